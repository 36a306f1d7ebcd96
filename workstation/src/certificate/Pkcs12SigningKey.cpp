#include "certificate/Pkcs12SigningKey.h"

#include "certificate/OpenSslSupport.h"
#include "certificate/SigningLogging.h"

#include <QFile>

#include <openssl/err.h>
#include <openssl/pkcs12.h>
#include <openssl/provider.h>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

namespace {

constexpr qint64 kMaxFileBytes = 1024 * 1024;

using Pkcs12Ptr = std::unique_ptr<PKCS12, openssl::Deleter<PKCS12_free>>;

void freeCertificates(STACK_OF(X509) * certificates)
{
    sk_X509_pop_free(certificates, X509_free);
}

using CertificatesPtr = std::unique_ptr<STACK_OF(X509), openssl::Deleter<freeCertificates>>;

// Loads OpenSSL's legacy provider next to the default one, once per process, for files encrypted
// with RC2. Returns false when the provider is not installed.
bool loadLegacyProvider()
{
    static OSSL_PROVIDER *const legacy = OSSL_PROVIDER_try_load(nullptr, "legacy", 1);
    return legacy != nullptr;
}

// The passphrase as PKCS12_verify_mac() and PKCS12_parse() take it. An empty passphrase may mean
// an empty string or none at all, so both are tried for it.
bool macMatches(PKCS12 *file, const QByteArray &passphrase)
{
    if (PKCS12_mac_present(file) != 1)
        return true;
    if (passphrase.isEmpty())
        return PKCS12_verify_mac(file, nullptr, 0) == 1 || PKCS12_verify_mac(file, "", 0) == 1;
    return PKCS12_verify_mac(file, passphrase.constData(), int(passphrase.size())) == 1;
}

} // namespace

struct Pkcs12SigningKey::Contents
{
    openssl::EvpPkeyPtr key;
    openssl::X509Ptr certificate;
    CertificatesPtr chain;
};

Pkcs12SigningKey::Pkcs12SigningKey(QString path)
    : m_path(std::move(path))
{
}

Pkcs12SigningKey::~Pkcs12SigningKey() = default;

QString Pkcs12SigningKey::description() const
{
    return u"PKCS#12 "_s + m_path;
}

bool Pkcs12SigningKey::unlock(QByteArray passphrase, SigningError *error)
{
    *error = {};
    lock();
    ERR_clear_error();
    const auto fail = [&](SigningErrorCode code, const QString &message, const QString &detail) {
        openssl::wipe(passphrase);
        m_contents.reset();
        *error = {code, message, detail};
        qCWarning(lcSigning).noquote() << "Could not unlock" << description() << ":" << detail;
        ERR_clear_error();
        return false;
    };

    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(SigningErrorCode::FileUnreadable,
                    tr("The PKCS#12 file %1 could not be opened: %2. Choose the file of your Digital Signature "
                       "Certificate in the settings.")
                        .arg(m_path, file.errorString()),
                    file.errorString());
    // A PKCS#12 file of one key and a few certificates has some kilobytes.
    if (file.size() > kMaxFileBytes)
        return fail(SigningErrorCode::FileUnreadable,
                    tr("The file %1 is too large to be a PKCS#12 file of a Digital Signature Certificate. Choose "
                       "the certificate's .p12 or .pfx file in the settings.")
                        .arg(m_path),
                    u"%1 bytes"_s.arg(file.size()));
    const QByteArray bytes = file.readAll();
    const openssl::BioPtr bio(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
    const Pkcs12Ptr pkcs12(bio ? d2i_PKCS12_bio(bio.get(), nullptr) : nullptr);
    if (!pkcs12)
        return fail(SigningErrorCode::FileUnreadable,
                    tr("The file %1 is not a PKCS#12 file (.p12 or .pfx). Choose the file of your Digital "
                       "Signature Certificate in the settings.")
                        .arg(m_path),
                    openssl::takeErrors());

    if (!macMatches(pkcs12.get(), passphrase))
        return fail(SigningErrorCode::WrongSecret,
                    tr("The passphrase of the PKCS#12 file %1 is wrong. Type it again carefully.").arg(m_path),
                    u"the passphrase does not match the file's MAC"_s);

    // PKCS12_parse() wants a C string; QByteArray keeps one terminated by a zero byte.
    EVP_PKEY *key = nullptr;
    X509 *certificate = nullptr;
    STACK_OF(X509) *chain = nullptr;
    const char *secret = passphrase.isEmpty() ? "" : passphrase.constData();
    bool parsed = PKCS12_parse(pkcs12.get(), secret, &key, &certificate, &chain) == 1;
    if (!parsed && loadLegacyProvider()) {
        ERR_clear_error();
        parsed = PKCS12_parse(pkcs12.get(), secret, &key, &certificate, &chain) == 1;
    }
    openssl::wipe(passphrase);
    auto contents = std::make_unique<Contents>();
    contents->key.reset(key);
    contents->certificate.reset(certificate);
    contents->chain.reset(chain);
    if (!parsed)
        return fail(SigningErrorCode::FileUnreadable,
                    tr("The PKCS#12 file %1 could not be decrypted, although its passphrase is right. Export "
                       "the Digital Signature Certificate again with AES encryption and choose the new file.")
                        .arg(m_path),
                    openssl::takeErrors());
    if (!contents->key)
        return fail(SigningErrorCode::KeyNotFound,
                    tr("The PKCS#12 file %1 contains no private key. Export the Digital Signature Certificate "
                       "again together with its private key.")
                        .arg(m_path),
                    {});
    if (!contents->certificate)
        return fail(SigningErrorCode::CertificateNotFound,
                    tr("The PKCS#12 file %1 contains no certificate for its private key. Export the Digital "
                       "Signature Certificate again together with its certificate.")
                        .arg(m_path),
                    {});
    const int keyType = EVP_PKEY_get_base_id(contents->key.get());
    if (keyType != EVP_PKEY_RSA && keyType != EVP_PKEY_EC)
        return fail(SigningErrorCode::KeyUnsupported,
                    tr("The key in %1 is neither an RSA nor an EC key, so it cannot sign certificates. Use "
                       "the file of your Digital Signature Certificate.")
                        .arg(m_path),
                    u"key type %1"_s.arg(keyType));

    m_contents = std::move(contents);
    qCInfo(lcSigning).noquote() << "Unlocked" << description() << "for"
                                << openssl::commonName(m_contents->certificate.get());
    return true;
}

void Pkcs12SigningKey::lock()
{
    m_contents.reset();
}

bool Pkcs12SigningKey::isUnlocked() const
{
    return m_contents && m_contents->key && m_contents->certificate;
}

EVP_PKEY *Pkcs12SigningKey::privateKey() const
{
    return isUnlocked() ? m_contents->key.get() : nullptr;
}

X509 *Pkcs12SigningKey::certificate() const
{
    return isUnlocked() ? m_contents->certificate.get() : nullptr;
}

QList<X509 *> Pkcs12SigningKey::chain() const
{
    QList<X509 *> certificates;
    if (!isUnlocked() || !m_contents->chain)
        return certificates;
    for (int i = 0; i < sk_X509_num(m_contents->chain.get()); ++i)
        certificates.append(sk_X509_value(m_contents->chain.get(), i));
    return certificates;
}

} // namespace nodues::workstation
