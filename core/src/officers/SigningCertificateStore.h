#pragma once

#include "officers/SigningCertificate.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace nodues {

class Clock;
class Database;

struct SigningCertificateRegistration
{
    SigningCertificate certificate;
    bool changed = false;        // false when this very certificate was registered already
    QString previousFingerprint; // SHA-256 of the certificate it replaced; empty for the first one
};

// The Digital Signature Certificates (DSC) of division officers, kept in
// officer.signing_certificate_pem. An uploaded certificate PDF is accepted only when the officer
// who approved it signed it with the certificate registered here (see CertificateUploadRoutes).
class SigningCertificateStore final
{
public:
    SigningCertificateStore(Database &database, const Clock &clock);

    // Registers pem as the DSC of the division officer username, replacing any earlier one, with
    // the audit row "officer.set_certificate" in the same transaction. Registering the certificate
    // that is already registered writes nothing and returns changed false. Returns nothing with
    // error set when the officer does not exist or is not a division officer. The same happens
    // when pem is not one signing certificate (SigningCertificate::parse), when the clock's
    // current instant is outside its validity, or when another officer registered it already.
    std::optional<SigningCertificateRegistration> registerCertificate(const QString &username, const QByteArray &pem,
                                                                      const QString &actor, QString *error);

    // The PEM registered for officer id; nothing, with error left empty, when none is.
    std::optional<QByteArray> certificatePem(qint64 officerId, QString *error);

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace nodues
