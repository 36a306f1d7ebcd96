#pragma once

#include "certificates/CertificateVerification.h"
#include "http/ResponseLanguage.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace nodues::server {

// One public verification: the number asked for, what the registry has under it, and the check
// of a QR payload when the request carried one.
struct PublicVerification
{
    QString number;
    std::optional<PublicCertificate> certificate;
    std::optional<QrCheck> qr;

    // "valid", "revoked" or "not_found".
    QString statusCode() const;
    // The verdict for people: valid, revoked on which IST date and why, or not found.
    LocalizedMessage statusMessage() const;
};

// "valid" (signed by a published key and matching the registry), "mismatch" (signed, but its
// fields name another certificate), "bad_signature", "unknown_key" or "malformed". The verify
// page's script shows the page paragraph whose data-qr-outcome has this value.
QString qrOutcomeCode(const QrCheck &check);
LocalizedMessage qrOutcomeMessage(const QString &outcomeCode);
// The outcome codes in the order the page lists their messages; "failed" is the page script's
// own outcome when the JSON route cannot be reached.
const QStringList &qrOutcomeCodes();

// The election's title in language, or its stored code when the code is unknown.
QString electionTitle(const PublicCertificate &certificate, ResponseLanguage language);

// The verification as GET /api/v1/public/certificates/{number} returns it; see
// PublicVerifyRoutes.h for the members.
QJsonObject publicVerificationJson(const PublicVerification &verification, ResponseLanguage language);

} // namespace nodues::server
