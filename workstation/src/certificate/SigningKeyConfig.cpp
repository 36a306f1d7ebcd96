#include "certificate/SigningKeyConfig.h"

#include "certificate/Pkcs11Uri.h"
#include "certificate/Pkcs12SigningKey.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

namespace {

const QString kPkcs11Code = u"pkcs11"_s;
const QString kPkcs12Code = u"pkcs12"_s;

bool isUri(const QString &text)
{
    return text.trimmed().startsWith(u"pkcs11:"_s, Qt::CaseInsensitive);
}

} // namespace

QString SigningKeyConfig::kindCode(Kind kind)
{
    switch (kind) {
    case Kind::Pkcs11:
        return kPkcs11Code;
    case Kind::Pkcs12:
        return kPkcs12Code;
    case Kind::None:
        break;
    }
    return {};
}

SigningKeyConfig::Kind SigningKeyConfig::kindFromCode(const QString &code)
{
    if (code == kPkcs11Code)
        return Kind::Pkcs11;
    if (code == kPkcs12Code)
        return Kind::Pkcs12;
    return Kind::None;
}

QString SigningKeyConfig::pkcs11KeyUri() const
{
    const QString token = pkcs11Token.trimmed();
    if (token.isEmpty() || isUri(token))
        return token;
    // RFC 7512 percent-encodes everything outside its unreserved characters, so a label with
    // spaces or ";" stays one attribute value.
    return u"pkcs11:token="_s + QString::fromLatin1(QUrl::toPercentEncoding(token)) + u";type=private"_s;
}

Pkcs11KeyLocation SigningKeyConfig::pkcs11Location() const
{
    return {pkcs11KeyUri(), pkcs11Module.trimmed(), {}};
}

bool SigningKeyConfig::validate(QString *error) const
{
    switch (kind) {
    case Kind::None:
        *error = tr("No signing key is set. Choose your USB token or PKCS#12 file in the settings.");
        return false;

    case Kind::Pkcs11: {
        const QString module = pkcs11Module.trimmed();
        if (QDir::isAbsolutePath(module) && !QFileInfo(module).isFile()) {
            *error = tr("The PKCS#11 module %1 does not exist. Install the token's driver, or choose the "
                        "module's file.")
                         .arg(QDir::toNativeSeparators(module));
            return false;
        }
        if (pkcs11Token.trimmed().isEmpty()) {
            *error = tr("Type the token's label, or the key's pkcs11: URI.");
            return false;
        }
        if (pkcs11Token.contains(u"pin-value"_s, Qt::CaseInsensitive) ||
            pkcs11Token.contains(u"pin-source"_s, Qt::CaseInsensitive)) {
            *error = tr("Remove the PIN from the key's address: the workstation asks for the PIN each time you "
                        "sign and never stores it.");
            return false;
        }
        QString uriError;
        if (isUri(pkcs11Token) && !Pkcs11Uri::parse(pkcs11Token, &uriError)) {
            //: %1 is a URI the officer typed, %2 the reason in English from the URI parser.
            *error = tr("%1 is not a valid pkcs11: URI (%2). Type the token's label alone, or correct the URI.")
                         .arg(pkcs11Token.trimmed(), uriError);
            return false;
        }
        return true;
    }

    case Kind::Pkcs12:
        if (pkcs12File.trimmed().isEmpty()) {
            *error = tr("Choose the PKCS#12 file (.p12 or .pfx) of your Digital Signature Certificate.");
            return false;
        }
        if (!QFileInfo(pkcs12File.trimmed()).isFile()) {
            *error = tr("The PKCS#12 file %1 does not exist. Choose the file of your Digital Signature "
                        "Certificate.")
                         .arg(QDir::toNativeSeparators(pkcs12File.trimmed()));
            return false;
        }
        return true;
    }
    return false;
}

std::unique_ptr<SigningKey> SigningKeyConfig::createKey(QString *error) const
{
    if (!validate(error))
        return nullptr;
    if (kind == Kind::Pkcs11)
        return std::make_unique<Pkcs11SigningKey>(pkcs11Location());
    return std::make_unique<Pkcs12SigningKey>(pkcs12File.trimmed());
}

} // namespace nodues::workstation
