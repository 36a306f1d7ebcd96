#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace nodues {

// The facts of an officer's X.509 Digital Signature Certificate (DSC) that administrators and
// the audit log see. Nothing here is secret: a certificate contains a public key only.
struct SigningCertificate
{
    QByteArray pem;            // the certificate alone, re-encoded as one PEM block
    QString subject;           // RFC 2253, UTF-8 kept: "CN=राजेश कुमार,O=MPMKVVCL,C=IN"
    QString issuer;            // the same form
    QString serialNumber;      // upper-case hex bytes separated by ":", "0A:1F:..."
    QString sha256Fingerprint; // SHA-256 of the DER encoding, upper-case hex bytes separated by ":"
    QDateTime notBefore;       // UTC
    QDateTime notAfter;        // UTC

    // Warn when fewer days than this are left before notAfter.
    static constexpr int kExpiryWarningDays = 30;

    // Reads exactly one PEM certificate, the form PdfSignatureVerifier expects. Text around the
    // BEGIN and END lines (as `openssl x509 -text` writes it) is ignored. Returns nothing with
    // error set when pem contains no certificate, several, or one that OpenSSL cannot parse, or
    // when it is a CA certificate or its key usage allows neither digitalSignature nor
    // nonRepudiation, so it cannot sign documents.
    static std::optional<SigningCertificate> parse(const QByteArray &pem, QString *error);

    bool isValidAt(const QDateTime &instant) const { return instant >= notBefore && instant <= notAfter; }
    // Whole days from instant until notAfter, rounded down; negative once expired.
    qint64 daysLeftAt(const QDateTime &instant) const;
};

} // namespace nodues
