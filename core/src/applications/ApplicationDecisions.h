#pragma once

#include "applications/ApplicationStatus.h"
#include "applications/SubmissionCheck.h"
#include "officers/Jurisdiction.h"
#include "officers/Officer.h"
#include "sms/SmsOutbox.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace nodues {

class CertificateSigningKeys;
class Clock;
class SmsTemplates;
class WriteTransaction;

// An officer's decision on one application, with the version the officer saw.
struct DecisionInput
{
    QString applicationNumber;
    qint64 version = 0; // the application's version when the officer looked at it
    QString reasonCode; // reject: a RejectionReason code
    QString remarks;    // free text for the file, up to 500 characters; not sent by SMS
    QString ivrs;       // link decisions: the connection pending verification
};

enum class DecisionStatus {
    Done,
    NotFound,       // no such application in the officer's jurisdiction
    StaleVersion,   // someone acted first, and currentStatus and currentVersion give the current state
    WrongState,     // the action does not apply to the current status
    NotEligible,    // the re-check against the latest billing data failed: see ineligible
    PendingLinks,   // a connection still waits for the clerk's check of its link
    InvalidReason,  // an unknown reason code, or "other" without remarks
    InvalidRemarks, // remarks too long or with invisible characters
    LinkNotPending, // the IVRS is not a connection of this application pending verification
    PrimaryLink,    // refusing the primary connection's link: reject the application instead
    NoSigningKey,   // approval needs a certificate signing key and none exists yet
};

QString decisionStatusCode(DecisionStatus status);

struct DecisionResult
{
    DecisionStatus status = DecisionStatus::Done;
    qint64 applicationId = 0;
    ApplicationStatus currentStatus = ApplicationStatus::Submitted;
    qint64 currentVersion = 0;
    QList<NamedConnection> ineligible; // NotEligible: the connections failing a check now
    // Approve: the certificate allocated and its signed QR payload.
    QString certificateNumber;
    QString qrPayload;
    QDateTime issuedAt; // UTC
};

// The officers' workflow steps on an application. The division officer's decisions need an OTP
// bound to the batch, which the caller verifies in the same transaction first.
//
// Each step runs inside the caller's write transaction, which the caller commits together with
// its idempotency record, or rolls back. A step locks the application row and checks the
// jurisdiction, the version the officer saw and the state. It then writes the change, its event
// and its audit row, takes the next change sequence value and queues any SMS, all in that
// transaction. On any status but Done nothing was written.
class ApplicationDecisions final
{
public:
    ApplicationDecisions(const Clock &clock, const SmsTemplates &templates);

    // Checks a rejection's reason (when rejecting) and the remarks as the steps do, without
    // storage. Returns false with result's status set to InvalidReason or InvalidRemarks.
    static bool checkInput(bool rejecting, const QString &reasonCode, const QString &remarks, DecisionResult *result);

    // Clerk: submitted -> forwarded, after the re-check of every certified connection against
    // the latest billing data; refused while a link is pending verification.
    bool forward(WriteTransaction &transaction, const Officer &officer, const Jurisdiction &jurisdiction,
                 const DecisionInput &input, DecisionResult *result, QString *error);

    // Clerk: submitted -> rejected, or division officer: forwarded -> rejected (expected names
    // which), with a reason from the fixed list; the applicant gets an SMS with the reason.
    bool reject(WriteTransaction &transaction, const Officer &officer, const Jurisdiction &jurisdiction,
                const DecisionInput &input, ApplicationStatus expected, DecisionResult *result, QString *error);

    // Division officer: forwarded -> approved, after the same re-check as forward(). Allocates
    // the certificate number of the application's division and IST fiscal year, signs the QR
    // payload with the active key of keys and records the certificate (its signed PDF comes
    // later, by upload). keys may be null: the result is then NoSigningKey.
    bool approve(WriteTransaction &transaction, const Officer &officer, const Jurisdiction &jurisdiction,
                 const DecisionInput &input, const CertificateSigningKeys *keys, DecisionResult *result,
                 QString *error);

    // Clerk: confirms that a connection linked "pending verification" is the applicant's, or
    // refuses it, which takes it off the application and records the refusal for the mobile.
    bool confirmLink(WriteTransaction &transaction, const Officer &officer, const Jurisdiction &jurisdiction,
                     const DecisionInput &input, DecisionResult *result, QString *error);
    bool refuseLink(WriteTransaction &transaction, const Officer &officer, const Jurisdiction &jurisdiction,
                    const DecisionInput &input, DecisionResult *result, QString *error);

private:
    struct Locked
    {
        qint64 id = 0;
        QString mobile;
        QString language;
        QString primaryIvrs;
    };
    bool lockApplication(WriteTransaction &transaction, const Jurisdiction &jurisdiction, const DecisionInput &input,
                         ApplicationStatus expected, DecisionResult *result, Locked *locked, QString *error);
    bool recordEvent(WriteTransaction &transaction, const Officer &officer, qint64 applicationId, const QString &event,
                     ApplicationStatus status, const QString &reasonCode, const QString &remarks, QString *error);
    bool checkRemarks(const QString &remarks, DecisionResult *result) const;
    // Re-checks the certified connections of application id against the latest billing data;
    // sets result's status to PendingLinks or NotEligible when they do not all pass.
    bool recheckConnections(WriteTransaction &transaction, qint64 applicationId, DecisionResult *result,
                            int *certifiedCount, QString *error);

    const Clock &m_clock;
    SmsOutbox m_outbox;
};

} // namespace nodues
