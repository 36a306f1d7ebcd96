#pragma once

#include "certificate/Pkcs11SigningKey.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace nodues::workstation {

class SigningKey;

// Where the officer's signing key is, as the settings store it: on a PKCS#11 token (the DSC on a
// USB token) or in a PKCS#12 file. It contains no secret, because the PIN is requested for each
// batch and a PKCS#12 passphrase is kept, if at all, in the keychain.
struct SigningKeyConfig
{
    Q_DECLARE_TR_FUNCTIONS(SigningKeyConfig)

public:
    enum class Kind { None, Pkcs11, Pkcs12 };

    Kind kind = Kind::None;
    // The token vendor's PKCS#11 module (.so or .dll). Empty takes the URI's module-path
    // attribute, or else p11-kit's proxy module (see Pkcs11KeyLocation).
    QString pkcs11Module;
    // The token's label, such as "ePass2003", or an RFC 7512 URI of the key, such as
    // "pkcs11:token=ePass2003;object=DSC;type=private".
    QString pkcs11Token;
    // The .p12 or .pfx file.
    QString pkcs12File;

    // "pkcs11", "pkcs12" or "" for None, as stored in the settings.
    static QString kindCode(Kind kind);
    static Kind kindFromCode(const QString &code);

    // The key's pkcs11: URI. It is pkcs11Token when that is a URI, else a URI that selects the
    // private key of the token with that label.
    QString pkcs11KeyUri() const;
    Pkcs11KeyLocation pkcs11Location() const;

    // Checks that the fields of the chosen kind are filled in and usable: a pkcs11: URI that
    // parses, a module path that exists when it is absolute, a PKCS#12 file that exists. Returns
    // false with a translated message naming the field when not.
    bool validate(QString *error) const;

    // A locked key for this configuration, or null with *error set (translated) when validate()
    // fails.
    std::unique_ptr<SigningKey> createKey(QString *error) const;
};

} // namespace nodues::workstation
