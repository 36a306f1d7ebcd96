#pragma once

#include "certificate/SigningError.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <openssl/types.h>

namespace nodues::workstation {

// The officer's private key and Digital Signature Certificate, wherever they are kept. The PAdES
// signer uses keys only through this interface, so the way a token is reached (today libp11's
// PKCS11_* functions) can be replaced by an OpenSSL 3 provider in one class.
//
// A key starts locked. unlock() takes the PIN or passphrase, opens the token or file and loads
// the key and its certificate; lock() releases them. Not thread-safe: use one object from one
// thread at a time.
class SigningKey
{
public:
    virtual ~SigningKey() = default;

    // The key's source for logs and dialogs, without secrets, such as
    // "PKCS#11 pkcs11:token=ePass2003;object=DSC" or "PKCS#12 /home/officer/dsc.p12".
    virtual QString description() const = 0;

    // Opens the token or file with secret (the token's user PIN or the PKCS#12 passphrase) and
    // loads the private key and its certificate. A key that is already unlocked is locked first,
    // so every call checks the secret. Wipes its own copy of secret before returning, so callers
    // should move the secret in and keep no other copy. Returns false with *error set, the key
    // locked, on failure.
    virtual bool unlock(QByteArray secret, SigningError *error) = 0;

    // Releases the private key, the certificate and the token session. Safe to call when locked.
    virtual void lock() = 0;

    virtual bool isUnlocked() const = 0;

    // The private key, owned by this object; null while locked. An RSA or EC key, because those
    // are the types that libp11 and the PAdES signer support.
    virtual EVP_PKEY *privateKey() const = 0;

    // The signer's certificate, owned by this object; null while locked.
    virtual X509 *certificate() const = 0;

    // Further certificates to embed in the signature (the issuing CA chain), owned by this
    // object; empty when the source has none.
    virtual QList<X509 *> chain() const { return {}; }

    // The signer's certificate as one PEM block; empty while locked.
    QByteArray certificatePem() const;
};

} // namespace nodues::workstation
