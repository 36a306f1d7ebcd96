#pragma once

#include "certificate/SigningKey.h"

#include <QCoreApplication>

#include <memory>

namespace nodues::workstation {

struct Pkcs11Uri;

// The place of an officer's key on a PKCS#11 token (the DSC on a USB token).
struct Pkcs11KeyLocation
{
    // RFC 7512 URI of the private key, such as "pkcs11:token=ePass2003;object=DSC;type=private".
    // It names the token (label, serial, ...) and the key's label (object) or id, and may leave
    // the key out when the token holds only one. The PIN never goes here.
    QString uri;
    // The token vendor's PKCS#11 module (.so). Empty takes the URI's module-path attribute, or
    // else p11-kit's proxy module, which loads the modules registered with p11-kit.
    QString modulePath;
    // URI of the certificate. Empty finds the certificate stored under the key's id, or else
    // under its label, as DSC tokens store it.
    QString certificateUri;
};

// A private key on a PKCS#11 token, reached through libp11's PKCS11_* functions. The EVP_PKEY
// that libp11 makes signs through the token, so OpenSSL's CMS code uses it like any other key.
//
// libp11's OpenSSL engine (the route to PKCS#11 from OpenSSL 3.0 on Debian 12, which packages no
// pkcs11-provider) is not used. ENGINE_by_id() returns one engine per process, and libp11
// 0.4.12's engine keeps the module initialized and logged in after ENGINE_finish(). So after one
// successful unlock the engine accepted any PIN until the program ended: pkcs11-spy showed no
// C_Finalize and no second C_Login. Here each unlock loads the module and logs out any earlier
// login, so that the token checks the PIN; lock() logs out and unloads the module. An OpenSSL 3
// provider can replace this class behind SigningKey. Only RSA and EC keys are supported, as by
// libp11's engine.
//
// The PIN goes to the token once and is then wiped; it is never logged. A key that requires the PIN
// again before each signature (CKA_ALWAYS_AUTHENTICATE) cannot sign: no prompt is offered.
class Pkcs11SigningKey final : public SigningKey
{
    Q_DECLARE_TR_FUNCTIONS(Pkcs11SigningKey)

public:
    explicit Pkcs11SigningKey(Pkcs11KeyLocation location);
    ~Pkcs11SigningKey() override;
    Q_DISABLE_COPY_MOVE(Pkcs11SigningKey)

    QString description() const override;
    bool unlock(QByteArray pin, SigningError *error) override;
    void lock() override;
    bool isUnlocked() const override;
    EVP_PKEY *privateKey() const override;
    X509 *certificate() const override;

    const Pkcs11KeyLocation &location() const { return m_location; }

private:
    struct Session;

    // The steps of unlock(); each returns false with *error set.
    bool openToken(const Pkcs11Uri &keyUri, SigningError *error);
    bool logIn(QByteArray &pin, SigningError *error);
    bool loadKey(const Pkcs11Uri &keyUri, SigningError *error);
    bool loadCertificate(const Pkcs11Uri *certificateUri, SigningError *error); // null: none configured

    static QString pinLockedMessage();
    static QString tokenGoneMessage();
    QString keyNotFoundMessage() const;

    Pkcs11KeyLocation m_location;
    std::unique_ptr<Session> m_session;
};

} // namespace nodues::workstation
