#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace nodues::workstation {

// The certificate the server issues when a division officer approves an application (schema
// IssuedCertificate of docs/api/openapi.yaml). The server returns it only in the approval's
// response, so the workstation must keep it to print the certificate later.
struct IssuedCertificate
{
    QString number;     // "NDC/20302/2026-27/000123"
    QDateTime issuedAt; // UTC, the approval
    QString qrPayload;  // the signed payload, also the fragment of verifyUrl
    QString verifyUrl;  // what the QR code holds: <public base URL>/verify/<number>#<qrPayload>

    // The record of json, or nothing with error (English, for the log) naming the first missing
    // or mistyped member.
    static std::optional<IssuedCertificate> fromJson(const QJsonObject &json, QString *error);
};

} // namespace nodues::workstation
