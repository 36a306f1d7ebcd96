#pragma once

#include "applications/ApplicationForm.h"
#include "applications/ApplicationStatus.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace nodues {

class Database;

// One row of application_event.
struct ApplicationEvent
{
    QDateTime at; // UTC
    QString event; // "submitted", "forwarded", "approved", "rejected", "certificate_issued"
    ApplicationStatus status = ApplicationStatus::Submitted; // the status the event left
    QString actor;
    QString reasonCode; // rejections: the reason from the fixed list
    QString remarks;
};

// One row of application_connection: a connection as billed when the application was submitted.
struct ApplicationConnection
{
    QString ivrs;
    QString link; // "billing_mobile", "linked", "pending_verification", "unlinked"
    bool primary = false;
    QString name;
    QString address;
    QString dcCode;
    qint64 arrearsPaise = 0;
    bool eligible = false;
    QDate billDate; // invalid when the billing data had none
};

// The division officer who approved a certificate, as the account reads now. The certificate's
// page shows the name and designation; an empty designationHi shows designation instead.
struct CertificateApprover
{
    QString username; // empty when the certificate names no approving officer
    QString name;
    QString nameHi;
    QString designation;
    QString designationHi;
};

// A stored application with its connections and events.
struct ApplicationRecord
{
    qint64 id = 0;
    QString number;
    QString mobile;
    ApplicationStatus status = ApplicationStatus::Submitted;
    QString dcCode;
    ApplicationForm form; // as submitted
    QString contentSha256;
    QDateTime submittedAt; // UTC
    QDateTime dueAt;       // UTC: submittedAt plus the SLA
    QDateTime updatedAt;   // UTC
    qint64 version = 1;
    qint64 changeSeq = 0; // ChangeSequence value of the last change
    QString rejectionReason;
    QString rejectionRemarks;
    // Set from approval on: the certificate's number, its issue (the approval) and the signed QR
    // payload; the rest once it is published or revoked.
    QString certificateNumber;
    QDateTime certificateIssuedAt; // UTC; the approval
    // The signed text after "#" in the verify URL (QrPayload); empty for a certificate approved
    // before the server stored payloads.
    QString certificateQrPayload;
    QDateTime certificatePublishedAt; // UTC; invalid until the signed PDF is published
    QDateTime certificateRevokedAt;   // UTC; invalid unless revoked
    QString certificateRevokedReason;
    CertificateApprover certificateApprover;
    QList<ApplicationConnection> connections; // ordered by IVRS
    QList<ApplicationEvent> events;           // oldest first
};

// Reads applications for the status pages; the workflow steps write them.
namespace ApplicationStore {

// The applications of mobile, newest first. Returns false with error set on a database failure.
bool listForMobile(Database &database, const QString &mobile, QList<ApplicationRecord> *applications, QString *error);

// The applications of the DCs dcCodes whose change sequence is above after, in sequence order,
// at most limit of them. Returns false with error set on a database failure.
bool listChanged(Database &database, const QStringList &dcCodes, qint64 after, int limit,
                 QList<ApplicationRecord> *applications, QString *error);

// The application with this number, or nothing (with error left empty) when none has it.
std::optional<ApplicationRecord> loadByNumber(Database &database, const QString &number, QString *error);

} // namespace ApplicationStore
} // namespace nodues
