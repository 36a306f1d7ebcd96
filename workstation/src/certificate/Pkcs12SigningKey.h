#pragma once

#include "certificate/SigningKey.h"

#include <QCoreApplication>

#include <memory>

namespace nodues::workstation {

// A private key and its Digital Signature Certificate in a PKCS#12 file (.p12 or .pfx), protected
// by a passphrase that the workstation may keep in the keychain.
//
// Files exported by older Windows tools encrypt their certificates with 40-bit RC2, which
// OpenSSL 3 moved to its legacy provider. So unlock() loads that provider when the default one
// cannot decrypt the file.
class Pkcs12SigningKey final : public SigningKey
{
    Q_DECLARE_TR_FUNCTIONS(Pkcs12SigningKey)

public:
    // Reads the file at path when unlocked.
    explicit Pkcs12SigningKey(QString path);
    ~Pkcs12SigningKey() override;
    Q_DISABLE_COPY_MOVE(Pkcs12SigningKey)

    QString description() const override;
    bool unlock(QByteArray passphrase, SigningError *error) override;
    void lock() override;
    bool isUnlocked() const override;
    EVP_PKEY *privateKey() const override;
    X509 *certificate() const override;
    QList<X509 *> chain() const override;

private:
    struct Contents;

    QString m_path;
    std::unique_ptr<Contents> m_contents;
};

} // namespace nodues::workstation
