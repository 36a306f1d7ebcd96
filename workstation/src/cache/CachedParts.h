#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace nodues::workstation {

class JsonFields;

// The parts of an application as the officer sync returns it (OfficerApplication and its members
// in docs/api/openapi.yaml). Texts the server translates (titles, reasons, remedies) are in the
// language of the request that fetched them. Instants are UTC.

// One eligibility check of a connection in the latest billing data (schema Check).
struct CachedCheck
{
    QString check; // dues, ekyc or meter
    QString title;
    bool passed = false;
    // False when the rule does not apply (the meter of an unmetered connection); counts as passed.
    bool applicable = true;
    QString reason;
    QString remedy; // empty when passed

    static CachedCheck read(JsonFields &fields);
};

// How a connection relates to the applicant's mobile (ApplicationConnection.link).
enum class LinkKind { BillingMobile, Linked, PendingVerification, Unlinked };
std::optional<LinkKind> linkKindFromCode(const QString &code);
QString linkKindCode(LinkKind kind);

// A connection of the application (schema OfficerApplicationConnection): its figures at
// submission and its checks now.
struct CachedConnection
{
    QString ivrs; // text: a leading zero is kept
    LinkKind link = LinkKind::BillingMobile;
    bool primary = false;
    QString name;    // as billed at submission
    QString address; // as billed at submission
    QString dcCode;
    qint64 arrearsPaiseAtSubmission = 0; // positive for dues, negative for a credit
    bool eligibleAtSubmission = false;
    // False when the latest billing data no longer has the connection: then arrearsPaise,
    // mobileMasked and refreshedAt are empty, checks is empty and eligible is false.
    bool inBillingData = true;
    std::optional<qint64> arrearsPaise; // dues now
    QString mobileMasked;               // the bill's mobile now, masked; empty when none
    QDateTime refreshedAt;              // invalid when not in the billing data
    bool eligible = false;
    QList<CachedCheck> checks;

    bool isPendingVerification() const { return link == LinkKind::PendingVerification; }
    // Billed to the applicant's mobile but unlinked by the applicant: shown, never certified.
    bool isUnlinked() const { return link == LinkKind::Unlinked; }

    static CachedConnection read(JsonFields &fields);
};

// One step of the application's life (schema OfficerApplicationEvent), oldest first.
struct CachedEvent
{
    QString event;  // submitted, link_confirmed, link_refused, forwarded, approved, rejected, ...
    QString status; // the status the event left the application in
    QString actor;  // "consumer:<masked mobile>" or "officer:<username>"
    QString actorName;   // the officer's name in English; empty for the applicant or a removed account
    QString actorNameHi; // the officer's name in Hindi; empty also for an account without one
    QDateTime at;
    QString reasonCode; // empty unless a rejection
    QString remarks;    // empty when none

    static CachedEvent read(JsonFields &fields);
};

struct CachedApplicant
{
    QString name;
    QString nameHi;   // empty when the applicant gave none
    QString relation; // father or husband
    QString relativeName;
    QString address;

    static CachedApplicant read(JsonFields &fields);
};

struct CachedElection
{
    QString kind;  // an election kind code of core applications/ElectionKind.h
    QString title; // the office contested, in the language of the sync request
    QString body;
    QString ward;

    static CachedElection read(JsonFields &fields);
};

// Set only while the status is rejected.
struct CachedRejection
{
    QString reasonCode;
    QString remarks; // empty when none
};

// The division officer who approved a certificate (schema CertificateApprover).
struct CachedApprover
{
    QString username;
    QString name;
    QString nameHi; // empty when the account has none
    QString designation;
    QString designationHi; // empty when the account has none

    static CachedApprover read(JsonFields &fields);
};

// The certificate, from approval on (schema OfficerApplicationCertificate): what its page shows,
// so any workstation of the office can render and print it after a sync.
struct CachedCertificate
{
    QString number; // NDC/<division>/<fiscal year>/<serial>
    // The approval, from issued_at; its IST date is the certificate's date. When the server sends
    // null, the "at" of the latest "approved" event, and invalid when the events lack it too.
    QDateTime issuedAt;
    // The server's signed payload and the verify URL that the QR code contains (IssuedCertificate's
    // members). Empty only for a certificate approved before the server stored payloads: such a
    // certificate cannot be rendered.
    QString qrPayload;
    QString verifyUrl;
    // Empty when the server names no approving officer, also in copies cached from a server
    // that did not send approved_by yet.
    std::optional<CachedApprover> approvedBy;
    QDateTime publishedAt; // the signed PDF's publication; invalid before
    bool revoked = false;
    QDateTime revokedAt;
    QString revokedReason;
    // The prints that workstations reported to the server (prints.count and
    // prints.highest_copy_number); 0 and -1 also in copies from a server that did not send them.
    int serverPrintCount = 0;
    int serverHighestCopyNumber = -1;

    bool isPublished() const { return publishedAt.isValid(); }

    // Reads the members of the certificate object; events give issuedAt when issued_at is null.
    static CachedCertificate read(JsonFields &fields, const QList<CachedEvent> &events);
};

} // namespace nodues::workstation
