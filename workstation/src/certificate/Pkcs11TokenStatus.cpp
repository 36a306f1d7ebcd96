#include "certificate/Pkcs11TokenStatus.h"

#include "certificate/OpenSslSupport.h"
#include "certificate/Pkcs11SigningKey.h"
#include "certificate/Pkcs11Uri.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <libp11.h>
#include <openssl/err.h>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

namespace {

// The module Pkcs11SigningKey loads when neither the settings nor the URI name one.
constexpr const char *kDefaultModule = "p11-kit-proxy.so";

// uri with any pin-value attribute masked, for messages.
QString withoutPin(const QString &uri)
{
    static const QRegularExpression pinValue(u"(pin-value=)[^;?&]*"_s, QRegularExpression::CaseInsensitiveOption);
    return QString(uri).replace(pinValue, u"\\1***"_s);
}

bool matches(const QString &wanted, const char *actual)
{
    return wanted.isEmpty() || (actual && wanted == QString::fromUtf8(actual));
}

// The loaded module and its slot list, released in reverse order.
struct ModuleSession
{
    PKCS11_CTX *context = nullptr;
    bool loaded = false;
    PKCS11_SLOT *slotList = nullptr;
    unsigned int slotCount = 0;

    ModuleSession() = default;
    Q_DISABLE_COPY_MOVE(ModuleSession)

    ~ModuleSession()
    {
        if (slotList)
            PKCS11_release_all_slots(context, slotList, slotCount);
        if (loaded)
            PKCS11_CTX_unload(context);
        if (context)
            PKCS11_CTX_free(context);
        ERR_clear_error();
    }
};

} // namespace

std::optional<Pkcs11TokenStatus> Pkcs11TokenStatus::read(const Pkcs11KeyLocation &location, SigningError *error)
{
    *error = {};
    QString uriError;
    const std::optional<Pkcs11Uri> uri = Pkcs11Uri::parse(location.uri, &uriError);
    if (!uri) {
        *error = {SigningErrorCode::KeyNotFound,
                  tr("The key's address in the settings is not a valid pkcs11: URI (%1). Correct it in the "
                     "settings.")
                      .arg(uriError),
                  uriError};
        return std::nullopt;
    }

    QString module = location.modulePath.isEmpty() ? uri->modulePath : location.modulePath;
    if (module.contains(u'/') && !QFileInfo::exists(module)) {
        *error = {SigningErrorCode::ModuleUnavailable,
                  tr("The token's PKCS#11 module %1 does not exist. Install the token's driver, or correct the "
                     "module's path in the settings.")
                      .arg(module),
                  u"no file at the module path"_s};
        return std::nullopt;
    }
    if (module.isEmpty())
        module = QString::fromLatin1(kDefaultModule);

    ModuleSession session;
    session.context = PKCS11_CTX_new();
    session.loaded = session.context && PKCS11_CTX_load(session.context, module.toLocal8Bit().constData()) == 0;
    if (!session.loaded || PKCS11_enumerate_slots(session.context, &session.slotList, &session.slotCount) != 0) {
        *error = {SigningErrorCode::ModuleUnavailable,
                  tr("The token's PKCS#11 module %1 could not be loaded or could not list the tokens. Install "
                     "the token's driver, or plug the token in again.")
                      .arg(module),
                  openssl::takeErrors()};
        return std::nullopt;
    }

    for (unsigned int i = 0; i < session.slotCount; ++i) {
        const PKCS11_TOKEN *token = session.slotList[i].token;
        if (!token || !token->initialized || !matches(uri->token, token->label) ||
            !matches(uri->manufacturer, token->manufacturer) || !matches(uri->serial, token->serialnr) ||
            !matches(uri->model, token->model))
            continue;
        Pkcs11TokenStatus status;
        status.label = QString::fromUtf8(token->label).trimmed();
        status.pinCountLow = token->userPinCountLow;
        status.pinFinalTry = token->userPinFinalTry;
        status.pinLocked = token->userPinLocked;
        status.pinPad = token->secureLogin;
        return status;
    }
    *error = {SigningErrorCode::TokenNotFound,
              tr("No token matching %1 is plugged in. Plug in the token with your Digital Signature Certificate, "
                 "or correct the key's address in the settings.")
                  .arg(withoutPin(location.uri)),
              u"%1 slots, none with a matching token"_s.arg(session.slotCount)};
    return std::nullopt;
}

QString Pkcs11TokenStatus::lockedMessage()
{
    return tr("The token has locked its PIN after too many wrong tries. Unlock it with the token's own program "
              "and its PUK (security officer PIN), then sign again.");
}

} // namespace nodues::workstation
