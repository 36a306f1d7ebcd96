#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace nodues::test {

// A SoftHSM2 token in place of an officer's USB token. Its token folder and softhsm2.conf are in a
// private temporary folder, named to this process through SOFTHSM2_CONF. softhsm2-util
// initialises it, and pkcs11-tool imports an RSA-2048 private key and its certificate under the
// label "officer" and id 01. The certificate is issued by a test CA made
// for the token, and allows digitalSignature and nonRepudiation, as the server requires.
//
// SoftHSM2 reads SOFTHSM2_CONF when a program initialises it, so a process should use one token
// at a time. The folder is removed when the token is destroyed.
class SoftHsmToken
{
public:
    static constexpr const char *kModulePath = "/usr/lib/softhsm/libsofthsm2.so";
    static constexpr const char *kLabel = "NoDues Test Token";
    static constexpr const char *kObjectLabel = "officer";

    // Makes the token for commonName, with a certificate valid from a year before instant to two
    // years after it. Returns null with *error set when a tool is missing or fails.
    static std::unique_ptr<SoftHsmToken> create(const QString &commonName, const QDateTime &instant, QString *error);
    ~SoftHsmToken();
    Q_DISABLE_COPY_MOVE(SoftHsmToken)

    // "pkcs11:token=NoDues%20Test%20Token;object=officer;type=private"
    QString keyUri() const;
    QByteArray pin() const { return "246810"; }
    QByteArray certificatePem() const { return m_certificatePem; }
    QByteArray caCertificatePem() const { return m_caCertificatePem; }
    QString directory() const { return m_directory.path(); }

    // Writes the token's key, certificate and CA certificate to a PKCS#12 file protected by
    // passphrase, with `openssl pkcs12`, and returns its path. legacyEncryption chooses RC2 and
    // 3DES, as older Windows tools export, in place of AES-256. Returns an empty path with
    // *error set on failure.
    QString writePkcs12(const QString &fileName, const QByteArray &passphrase, bool legacyEncryption,
                        QString *error) const;

private:
    SoftHsmToken() = default;

    QTemporaryDir m_directory;
    QByteArray m_keyPem; // a test key, kept to write PKCS#12 files
    QByteArray m_certificatePem;
    QByteArray m_caCertificatePem;
};

} // namespace nodues::test
