#pragma once

#include "certificates/QrPayload.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace nodues {

class Database;

// The public facts of an issued certificate, which anyone may read without signing in: what the
// printed certificate shows, except the connections' names and addresses, and with the
// applicant's mobile masked.
struct PublicCertificate
{
    QString number;
    QString applicantName;   // Latin script
    QString applicantNameHi; // Devanagari
    QString electionKind;    // ElectionKind code, "gram_panchayat_sarpanch"
    QString bodyName;        // "Gram Panchayat Bilkhiria"
    QString ward;
    QStringList connectionIvrs; // the certified connections, sorted; empty for "no connection found"
    QDateTime approvedAt;       // UTC; its IST date is the issue date the certificate and QR carry
    QDateTime publishedAt;      // UTC; invalid until the signed PDF is uploaded
    QString divisionCode;       // the approving office
    QString divisionName;
    QString divisionNameHi;
    QString maskedMobile; // "98XXXXX210"
    QDateTime revokedAt;  // UTC; invalid unless revoked
    QString revokedReason;

    bool isRevoked() const { return revokedAt.isValid(); }
    // The IST calendar date of approval.
    QDate issueDate() const;
};

struct Revocation
{
    QString number;
    QDateTime revokedAt; // UTC
    QString reason;
};

// A certificate field that a QR payload with a valid signature states differently from the
// registry.
enum class QrField { CertificateNumber, IssueDate, ApplicantName, ConnectionCount };

// The check of a scanned QR payload against the published keys and the registry.
struct QrCheck
{
    QrVerification signature = QrVerification::Malformed;
    QString keyId;             // empty when the payload is malformed
    QList<QrField> mismatches; // filled only when the signature is valid
    bool matchesRegistry() const { return signature == QrVerification::Valid && mismatches.isEmpty(); }
};

QString qrFieldCode(QrField field); // "certificate_number", "issue_date", "applicant_name", "connection_count"

// Reads the certificate registry for the public verify page and for offline verifiers.
namespace CertificateVerification {

// The certificate numbered number, or nothing (with error left empty) when none has it.
std::optional<PublicCertificate> find(Database &database, const QString &number, QString *error);

// Every revoked certificate, oldest revocation first. Returns false with error set on a database
// failure.
bool listRevocations(Database &database, QList<Revocation> *revocations, QString *error);

// Checks the signature of payload (the QR fragment) with lookup, and when it is valid compares
// its fields with certificate: the number, the IST issue date, the connection count, and the
// name exactly as QrPayload::encodeName() writes the registry's Latin name. certificate may be
// null (no such number): a valid signature then mismatches on the number.
QrCheck checkQrPayload(const QString &payload, const QrPayload::PublicKeyLookup &lookup,
                       const PublicCertificate *certificate);

} // namespace CertificateVerification

} // namespace nodues
