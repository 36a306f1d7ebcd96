#include "certificate/Pkcs11SigningKey.h"

#include "certificate/OpenSslSupport.h"
#include "certificate/Pkcs11Uri.h"
#include "certificate/SigningLogging.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <libp11.h>
#include <openssl/err.h>
#include <openssl/ui.h>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

namespace {

// p11-kit's proxy module, found on the library path; it loads the modules registered with p11-kit.
constexpr const char *kDefaultModule = "p11-kit-proxy.so";

// libp11 queues a failed PKCS#11 call under this error library, with the CK_RV as the reason
// code (PKCS#11 v2.40, section 5.1).
const QString kModuleErrorLibrary = u"PKCS#11 module"_s;
constexpr int kCkrDeviceRemoved = 0x32;
constexpr int kCkrPinIncorrect = 0xA0;
constexpr int kCkrPinInvalid = 0xA1;
constexpr int kCkrPinLenRange = 0xA2;
constexpr int kCkrPinExpired = 0xA3;
constexpr int kCkrPinLocked = 0xA4;
constexpr int kCkrTokenNotPresent = 0xE0;
constexpr int kCkrTokenNotRecognized = 0xE1;
constexpr int kCkrPinTooWeak = 0x1C3;

// Fails every prompt. libp11 requests a PIN from its UI method when a key needs a login before
// each signature (CKA_ALWAYS_AUTHENTICATE). OpenSSL's default method would read a terminal, which
// would hang a program without one.
UI_METHOD *noPromptMethod()
{
    static UI_METHOD *const method = [] {
        UI_METHOD *created = UI_create_method("NoDues: no PIN prompt");
        if (created)
            UI_method_set_reader(created, [](UI *, UI_STRING *) { return 0; });
        return created;
    }();
    return method;
}

// uri with any pin-value attribute masked, for logs and messages.
QString withoutPin(const QString &uri)
{
    static const QRegularExpression pinValue(u"(pin-value=)[^;?&]*"_s, QRegularExpression::CaseInsensitiveOption);
    return QString(uri).replace(pinValue, u"\\1***"_s);
}

bool hasModuleError(const QList<openssl::QueuedError> &errors, std::initializer_list<int> reasons)
{
    for (const openssl::QueuedError &error : errors) {
        if (error.library != kModuleErrorLibrary)
            continue;
        for (const int reason : reasons) {
            if (error.reason == reason)
                return true;
        }
    }
    return false;
}

bool matches(const QString &wanted, const char *actual)
{
    return wanted.isEmpty() || (actual && wanted == QString::fromUtf8(actual));
}

bool tokenMatches(const Pkcs11Uri &uri, const PKCS11_TOKEN &token)
{
    return token.initialized && matches(uri.token, token.label) && matches(uri.manufacturer, token.manufacturer) &&
           matches(uri.serial, token.serialnr) && matches(uri.model, token.model);
}

template<typename Object> bool objectMatches(const Pkcs11Uri &uri, const Object &object)
{
    return matches(uri.object, object.label) &&
           (uri.id.isEmpty() ||
            uri.id == QByteArray(reinterpret_cast<const char *>(object.id), qsizetype(object.id_len)));
}

// The first certificate on token that uri's object attributes match, or null.
const PKCS11_CERT *findCertificate(PKCS11_TOKEN *token, const Pkcs11Uri &uri)
{
    PKCS11_CERT *certificates = nullptr;
    unsigned int count = 0;
    if (PKCS11_enumerate_certs(token, &certificates, &count) != 0)
        return nullptr;
    for (unsigned int i = 0; i < count; ++i) {
        if (objectMatches(uri, certificates[i]))
            return &certificates[i];
    }
    return nullptr;
}

} // namespace

// The loaded module, the token's slot with its login, and the key and certificate taken from it.
// Destroyed in the reverse order: the key's methods call into the module.
struct Pkcs11SigningKey::Session
{
    PKCS11_CTX *context = nullptr;
    bool moduleLoaded = false;
    PKCS11_SLOT *slotList = nullptr;
    unsigned int slotCount = 0;
    PKCS11_SLOT *slot = nullptr; // the token's slot, in slotList
    bool loggedIn = false;
    PKCS11_KEY *tokenKey = nullptr; // owned by libp11 with the slots
    openssl::EvpPkeyPtr key;
    openssl::X509Ptr certificate;

    Session() = default;
    Q_DISABLE_COPY_MOVE(Session)

    ~Session()
    {
        key.reset();
        certificate.reset();
        if (loggedIn)
            PKCS11_logout(slot);
        if (slotList)
            PKCS11_release_all_slots(context, slotList, slotCount);
        if (moduleLoaded)
            PKCS11_CTX_unload(context);
        if (context)
            PKCS11_CTX_free(context);
        ERR_clear_error();
    }
};

Pkcs11SigningKey::Pkcs11SigningKey(Pkcs11KeyLocation location)
    : m_location(std::move(location))
{
}

Pkcs11SigningKey::~Pkcs11SigningKey() = default;

QString Pkcs11SigningKey::description() const
{
    return u"PKCS#11 "_s + withoutPin(m_location.uri);
}

bool Pkcs11SigningKey::unlock(QByteArray pin, SigningError *error)
{
    *error = {};
    lock();
    ERR_clear_error();

    QString uriError;
    const std::optional<Pkcs11Uri> keyUri = Pkcs11Uri::parse(m_location.uri, &uriError);
    std::optional<Pkcs11Uri> certificateUri;
    if (!keyUri) {
        *error = {SigningErrorCode::KeyNotFound,
                  tr("The key's address %1 in the settings is not a valid pkcs11: URI (%2). Correct it in the "
                     "settings.")
                      .arg(withoutPin(m_location.uri), uriError),
                  uriError};
    } else if (!m_location.certificateUri.isEmpty()) {
        certificateUri = Pkcs11Uri::parse(m_location.certificateUri, &uriError);
        if (!certificateUri)
            *error = {SigningErrorCode::CertificateNotFound,
                      tr("The certificate's address %1 in the settings is not a valid pkcs11: URI (%2). Correct "
                         "it in the settings.")
                          .arg(withoutPin(m_location.certificateUri), uriError),
                      uriError};
    }

    m_session = std::make_unique<Session>();
    const bool unlocked = !error->isError() && openToken(*keyUri, error) && logIn(pin, error) &&
                          loadKey(*keyUri, error) &&
                          loadCertificate(certificateUri ? &*certificateUri : nullptr, error);
    openssl::wipe(pin);
    ERR_clear_error();
    if (!unlocked) {
        m_session.reset();
        qCWarning(lcSigning).noquote() << "Could not unlock" << description() << ":" << error->detail;
        return false;
    }
    qCInfo(lcSigning).noquote() << "Unlocked" << description() << "for"
                                << openssl::commonName(m_session->certificate.get());
    return true;
}

bool Pkcs11SigningKey::openToken(const Pkcs11Uri &keyUri, SigningError *error)
{
    QString module = m_location.modulePath.isEmpty() ? keyUri.modulePath : m_location.modulePath;
    // A bare file name is left to the dynamic linker's search path.
    if (module.contains(u'/') && !QFileInfo::exists(module)) {
        *error = {SigningErrorCode::ModuleUnavailable,
                  tr("The token's PKCS#11 module %1 does not exist. Install the token's driver, or correct the "
                     "module's path in the settings.")
                      .arg(module),
                  u"no file at the module path"_s};
        return false;
    }
    if (module.isEmpty())
        module = QString::fromLatin1(kDefaultModule);
    m_session->context = PKCS11_CTX_new();
    m_session->moduleLoaded =
        m_session->context && PKCS11_CTX_load(m_session->context, module.toLocal8Bit().constData()) == 0;
    if (!m_session->moduleLoaded) {
        *error = {SigningErrorCode::ModuleUnavailable,
                  tr("The token's PKCS#11 module %1 could not be loaded. Install the token's driver, or correct "
                     "the module's path in the settings.")
                      .arg(module),
                  openssl::takeErrors()};
        return false;
    }
    PKCS11_set_ui_method(m_session->context, noPromptMethod(), nullptr);

    if (PKCS11_enumerate_slots(m_session->context, &m_session->slotList, &m_session->slotCount) != 0) {
        *error = {SigningErrorCode::ModuleUnavailable,
                  tr("The token's PKCS#11 module %1 could not list the tokens. Plug the token in again, then sign "
                     "again.")
                      .arg(module),
                  openssl::takeErrors()};
        return false;
    }
    for (unsigned int i = 0; i < m_session->slotCount && !m_session->slot; ++i) {
        const PKCS11_TOKEN *token = m_session->slotList[i].token;
        if (token && tokenMatches(keyUri, *token))
            m_session->slot = &m_session->slotList[i];
    }
    if (!m_session->slot) {
        *error = {SigningErrorCode::TokenNotFound,
                  tr("No token matching %1 is plugged in. Plug in the token with your Digital Signature "
                     "Certificate, or correct the key's address in the settings.")
                      .arg(withoutPin(m_location.uri)),
                  u"%1 slots, none with a matching token"_s.arg(m_session->slotCount)};
        return false;
    }
    return true;
}

bool Pkcs11SigningKey::logIn(QByteArray &pin, SigningError *error)
{
    const PKCS11_TOKEN &token = *m_session->slot->token;
    if (token.userPinLocked) {
        *error = {SigningErrorCode::SecretLocked, pinLockedMessage(), u"the token reports its user PIN locked"_s};
        return false;
    }
    // A token with its own PIN pad (CKF_PROTECTED_AUTHENTICATION_PATH) takes the PIN there.
    const bool pinPad = token.secureLogin && pin.isEmpty();
    if (pin.isEmpty() && !pinPad) {
        *error = {SigningErrorCode::WrongSecret, tr("Type the token's PIN to sign."), u"empty PIN"_s};
        return false;
    }
    if (PKCS11_open_session(m_session->slot, 0) != 0) {
        *error = {SigningErrorCode::TokenNotFound, tokenGoneMessage(), openssl::takeErrors()};
        return false;
    }

    // A login left over in this process (PKCS#11 logins belong to the process, not the session)
    // would let any PIN through, so it ends first. Logging out without a login fails harmlessly.
    PKCS11_logout(m_session->slot);
    ERR_clear_error();
    const int login = PKCS11_login(m_session->slot, 0, pinPad ? nullptr : pin.constData());
    openssl::wipe(pin);
    if (login == 0) {
        m_session->loggedIn = true;
        return true;
    }

    QList<openssl::QueuedError> queued;
    const QString detail = openssl::takeErrors(&queued);
    if (hasModuleError(queued, {kCkrPinIncorrect}))
        *error = {SigningErrorCode::WrongSecret,
                  token.userPinFinalTry ? tr("The token's PIN is wrong, and the next wrong PIN locks the token. "
                                             "Check the PIN before typing it again.")
                                        : tr("The token's PIN is wrong. Type it again carefully: after a few wrong "
                                             "PINs the token locks itself."),
                  detail};
    else if (hasModuleError(queued, {kCkrPinLocked}))
        *error = {SigningErrorCode::SecretLocked, pinLockedMessage(), detail};
    else if (hasModuleError(queued, {kCkrPinInvalid, kCkrPinLenRange, kCkrPinExpired, kCkrPinTooWeak}))
        *error = {SigningErrorCode::SecretRejected,
                  tr("The token did not accept the PIN: it is too short, too long or expired. Set a new PIN with "
                     "the token's own program, then sign again."),
                  detail};
    else if (hasModuleError(queued, {kCkrTokenNotPresent, kCkrTokenNotRecognized, kCkrDeviceRemoved}))
        *error = {SigningErrorCode::TokenNotFound, tokenGoneMessage(), detail};
    else
        *error = {SigningErrorCode::ModuleUnavailable,
                  tr("The token rejected the login. Plug the token in again, then sign again."), detail};
    return false;
}

bool Pkcs11SigningKey::loadKey(const Pkcs11Uri &keyUri, SigningError *error)
{
    if (!keyUri.type.isEmpty() && keyUri.type != u"private"_s) {
        *error = {SigningErrorCode::KeyNotFound, keyNotFoundMessage(),
                  u"the key's URI names type=%1, not type=private"_s.arg(keyUri.type)};
        return false;
    }
    PKCS11_KEY *keys = nullptr;
    unsigned int keyCount = 0;
    if (PKCS11_enumerate_keys(m_session->slot->token, &keys, &keyCount) != 0) {
        *error = {SigningErrorCode::KeyNotFound, keyNotFoundMessage(), openssl::takeErrors()};
        return false;
    }

    // The key the URI names, or the token's only key when the URI names none.
    PKCS11_KEY *key = nullptr;
    int matchingKeys = 0;
    for (unsigned int i = 0; i < keyCount; ++i) {
        if (keys[i].isPrivate && objectMatches(keyUri, keys[i])) {
            key = key ? key : &keys[i];
            ++matchingKeys;
        }
    }
    if (!key) {
        *error = {SigningErrorCode::KeyNotFound, keyNotFoundMessage(),
                  u"%1 private keys on the token, none matching"_s.arg(keyCount)};
        return false;
    }
    if (matchingKeys > 1) {
        *error = {SigningErrorCode::KeyNotFound,
                  tr("The token contains %1 keys that match %2. Add the key's label (object=...) or id (id=...) to "
                     "the key's address in the settings.")
                      .arg(matchingKeys)
                      .arg(withoutPin(m_location.uri)),
                  u"%1 matching private keys"_s.arg(matchingKeys)};
        return false;
    }
    const int keyType = PKCS11_get_key_type(key);
    if (keyType != EVP_PKEY_RSA && keyType != EVP_PKEY_EC) {
        *error = {SigningErrorCode::KeyUnsupported,
                  tr("The key at %1 is neither an RSA nor an EC key, so it cannot sign certificates. Use the key "
                     "of your Digital Signature Certificate.")
                      .arg(withoutPin(m_location.uri)),
                  u"key type %1"_s.arg(keyType)};
        return false;
    }
    m_session->key.reset(PKCS11_get_private_key(key));
    m_session->tokenKey = key;
    if (!m_session->key) {
        *error = {SigningErrorCode::KeyNotFound, keyNotFoundMessage(), openssl::takeErrors()};
        return false;
    }
    return true;
}

bool Pkcs11SigningKey::loadCertificate(const Pkcs11Uri *certificateUri, SigningError *error)
{
    // The certificate the settings name, or the one stored under the key's id or label.
    PKCS11_TOKEN *token = m_session->slot->token;
    PKCS11_KEY *key = m_session->tokenKey;
    const PKCS11_CERT *found = certificateUri ? findCertificate(token, *certificateUri) : PKCS11_find_certificate(key);
    if (!found && !certificateUri && key->label) {
        Pkcs11Uri sameLabel;
        sameLabel.object = QString::fromUtf8(key->label);
        found = findCertificate(token, sameLabel);
    }
    if (!found || !found->x509) {
        *error = {SigningErrorCode::CertificateNotFound,
                  tr("The token has no certificate for the key at %1. Import your Digital Signature Certificate "
                     "onto the token, or name its certificate in the settings.")
                      .arg(withoutPin(m_location.uri)),
                  openssl::takeErrors()};
        return false;
    }

    // A copy of our own: libp11 frees its certificates with the slots.
    m_session->certificate.reset(X509_dup(found->x509));
    if (!m_session->certificate || X509_check_private_key(m_session->certificate.get(), m_session->key.get()) != 1) {
        *error = {SigningErrorCode::CertificateMismatch,
                  tr("The certificate found on the token does not belong to the key at %1. Name the key's own "
                     "certificate in the settings.")
                      .arg(withoutPin(m_location.uri)),
                  openssl::takeErrors()};
        return false;
    }
    return true;
}

QString Pkcs11SigningKey::pinLockedMessage()
{
    return tr("The token has locked its PIN after too many wrong tries. Unlock it with the token's own program "
              "and its PUK (security officer PIN), then sign again.");
}

QString Pkcs11SigningKey::tokenGoneMessage()
{
    return tr("The token is not plugged in or not recognised. Plug in the token with your Digital Signature "
              "Certificate and sign again.");
}

QString Pkcs11SigningKey::keyNotFoundMessage() const
{
    return tr("No private key matching %1 is on the token. Check that the settings name the key of your Digital "
              "Signature Certificate.")
        .arg(withoutPin(m_location.uri));
}

void Pkcs11SigningKey::lock()
{
    m_session.reset();
}

bool Pkcs11SigningKey::isUnlocked() const
{
    return m_session && m_session->key && m_session->certificate;
}

EVP_PKEY *Pkcs11SigningKey::privateKey() const
{
    return isUnlocked() ? m_session->key.get() : nullptr;
}

X509 *Pkcs11SigningKey::certificate() const
{
    return isUnlocked() ? m_session->certificate.get() : nullptr;
}

} // namespace nodues::workstation
