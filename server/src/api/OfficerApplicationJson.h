#pragma once

#include "applications/ApplicationStore.h"
#include "http/ResponseLanguage.h"

#include <QDateTime>
#include <QJsonObject>

namespace nodues {
class Database;
}

namespace nodues::server {

// An application as officers see it in sync pages: everything the consumer sees, plus the masked
// mobile, each connection's current checks from the latest billing data next to the figures at
// submission (connections unlinked by the applicant and links pending verification included and
// marked), the events with their actors, and the SLA: due time and whether it is overdue at now.
// The certificate, when there is one, also carries what its PDF shows: issued_at (the approval),
// issued_at_ist, qr_payload and verify_url (built on publicBaseUrl), and approved_by, so any
// officer's workstation can render it, and prints ({count, highest_copy_number}: the prints that
// workstations reported, CertificatePrints::summary()), so it numbers its next print after them. qr_payload and verify_url are null for a certificate
// approved before payloads were stored.
// Returns false with error set on a database failure.
bool officerApplicationJson(Database &database, const ApplicationRecord &application, const QDateTime &now,
                            ResponseLanguage language, const QString &publicBaseUrl, QJsonObject *json, QString *error);

// The approving officer's name and designation in both languages (schema CertificateApprover), or
// null when the certificate names none.
QJsonValue certificateApproverJson(const CertificateApprover &approver);

} // namespace nodues::server
