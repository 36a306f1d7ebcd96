#include "SoftHsmToken.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QUrl>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

using namespace Qt::Literals::StringLiterals;

namespace nodues::test {

namespace {

template<auto Free> struct OpenSslDeleter
{
    template<typename T> void operator()(T *object) const { Free(object); }
};

using BioPtr = std::unique_ptr<BIO, OpenSslDeleter<BIO_free>>;
using KeyPtr = std::unique_ptr<EVP_PKEY, OpenSslDeleter<EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, OpenSslDeleter<X509_free>>;
using ExtensionPtr = std::unique_ptr<X509_EXTENSION, OpenSslDeleter<X509_EXTENSION_free>>;

constexpr const char *kSoPin = "13579135";

QString openSslErrors()
{
    QStringList texts;
    char buffer[256];
    while (const unsigned long code = ERR_get_error()) {
        ERR_error_string_n(code, buffer, sizeof buffer);
        texts.append(QString::fromUtf8(buffer));
    }
    return texts.join(u"; "_s);
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(length));
}

bool addExtension(X509 *certificate, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    const ExtensionPtr extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

// A certificate for key with subject "C=IN, O=NoDues Test, CN=commonName", issued by issuer
// (self-signed when issuer is null) and signed with issuerKey.
X509Ptr makeCertificate(const QString &commonName, EVP_PKEY *key, X509 *issuer, EVP_PKEY *issuerKey,
                        const QDateTime &notBefore, const QDateTime &notAfter, bool authority)
{
    X509Ptr certificate(X509_new());
    X509 *raw = certificate.get();
    unsigned char serial[12];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f; // a positive INTEGER
    BIGNUM *serialNumber = BN_bin2bn(serial, sizeof serial, nullptr);
    const bool serialSet = serialNumber && BN_to_ASN1_INTEGER(serialNumber, X509_get_serialNumber(raw));
    BN_free(serialNumber);

    X509_NAME *subject = X509_get_subject_name(raw);
    const QByteArray name = commonName.toUtf8();
    const auto text = [](const char *value) {
        return reinterpret_cast<const unsigned char *>(value);
    };
    const bool built =
        serialSet && X509_set_version(raw, X509_VERSION_3) == 1 &&
        ASN1_TIME_set(X509_getm_notBefore(raw), time_t(notBefore.toSecsSinceEpoch())) &&
        ASN1_TIME_set(X509_getm_notAfter(raw), time_t(notAfter.toSecsSinceEpoch())) && X509_set_pubkey(raw, key) == 1 &&
        X509_NAME_add_entry_by_txt(subject, "C", MBSTRING_UTF8, text("IN"), -1, -1, 0) == 1 &&
        X509_NAME_add_entry_by_txt(subject, "O", MBSTRING_UTF8, text("NoDues Test"), -1, -1, 0) == 1 &&
        X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_UTF8, text(name.constData()), -1, -1, 0) == 1 &&
        X509_set_issuer_name(raw, issuer ? X509_get_subject_name(issuer) : subject) == 1;
    X509 *extensionIssuer = issuer ? issuer : raw;
    const bool extended =
        built &&
        addExtension(raw, extensionIssuer, NID_basic_constraints,
                     authority ? "critical,CA:TRUE" : "critical,CA:FALSE") &&
        addExtension(raw, extensionIssuer, NID_key_usage,
                     authority ? "critical,keyCertSign,cRLSign" : "critical,digitalSignature,nonRepudiation") &&
        addExtension(raw, extensionIssuer, NID_subject_key_identifier, "hash") &&
        (!issuer || addExtension(raw, extensionIssuer, NID_authority_key_identifier, "keyid:always"));
    if (!extended || X509_sign(raw, issuerKey, EVP_sha256()) <= 0)
        return {};
    return certificate;
}

QByteArray pemOf(X509 *certificate)
{
    const BioPtr bio(BIO_new(BIO_s_mem()));
    return bio && PEM_write_bio_X509(bio.get(), certificate) == 1 ? bioContents(bio.get()) : QByteArray();
}

QByteArray derOf(X509 *certificate)
{
    const BioPtr bio(BIO_new(BIO_s_mem()));
    return bio && i2d_X509_bio(bio.get(), certificate) == 1 ? bioContents(bio.get()) : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        *error = u"could not write %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

// Runs program with arguments in environment. Returns false with *error set, the program's
// output included, when it cannot start, times out or exits with a failure.
bool run(const QString &program, const QStringList &arguments, QString *error,
         const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        *error = u"%1 could not start: %2"_s.arg(program, process.errorString());
        return false;
    }
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = u"%1 %2 failed: %3"_s.arg(program, arguments.first(), QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    return true;
}

} // namespace

std::unique_ptr<SoftHsmToken> SoftHsmToken::create(const QString &commonName, const QDateTime &instant, QString *error)
{
    if (!QFileInfo::exists(QString::fromLatin1(kModulePath))) {
        *error = u"SoftHSM2 is not installed: %1 is missing (package softhsm2)"_s.arg(QString::fromLatin1(kModulePath));
        return nullptr;
    }
    std::unique_ptr<SoftHsmToken> token(new SoftHsmToken);
    if (!token->m_directory.isValid()) {
        *error = u"could not make a temporary folder: "_s + token->m_directory.errorString();
        return nullptr;
    }

    // The token's own configuration, so no system token folder is touched.
    const QString tokens = token->m_directory.filePath(u"tokens"_s);
    const QString configuration = token->m_directory.filePath(u"softhsm2.conf"_s);
    if (!QDir().mkpath(tokens) ||
        !writeFile(configuration,
                   "directories.tokendir = " + tokens.toUtf8() + "\nobjectstore.backend = file\nlog.level = ERROR\n",
                   error))
        return nullptr;
    qputenv("SOFTHSM2_CONF", configuration.toLocal8Bit());
    if (!run(u"softhsm2-util"_s,
             {u"--init-token"_s, u"--free"_s, u"--label"_s, QString::fromLatin1(kLabel), u"--so-pin"_s,
              QString::fromLatin1(kSoPin), u"--pin"_s, QString::fromLatin1(token->pin())},
             error))
        return nullptr;

    // The key and its certificate, made here and imported, since the certificate needs the key.
    const KeyPtr caKey(EVP_EC_gen("P-256"));
    const KeyPtr key(EVP_RSA_gen(2048));
    const X509Ptr ca = caKey ? makeCertificate(u"NoDues Test Token CA"_s, caKey.get(), nullptr, caKey.get(),
                                               instant.addYears(-10), instant.addYears(20), true)
                             : X509Ptr();
    const X509Ptr certificate = key && ca ? makeCertificate(commonName, key.get(), ca.get(), caKey.get(),
                                                            instant.addYears(-1), instant.addYears(2), false)
                                          : X509Ptr();
    const BioPtr keyPem(BIO_new(BIO_s_mem()));
    const BioPtr keyDer(BIO_new(BIO_s_mem()));
    if (!certificate || !keyPem || !keyDer ||
        PEM_write_bio_PrivateKey(keyPem.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1 ||
        i2d_PKCS8PrivateKey_bio(keyDer.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        *error = u"OpenSSL could not make the test key and certificate: "_s + openSslErrors();
        return nullptr;
    }
    token->m_keyPem = bioContents(keyPem.get());
    token->m_certificatePem = pemOf(certificate.get());
    token->m_caCertificatePem = pemOf(ca.get());

    const QString keyFile = token->m_directory.filePath(u"key.der"_s);
    const QString certificateFile = token->m_directory.filePath(u"certificate.der"_s);
    if (!writeFile(keyFile, bioContents(keyDer.get()), error) ||
        !writeFile(certificateFile, derOf(certificate.get()), error))
        return nullptr;
    const QStringList login{
        u"--module"_s, QString::fromLatin1(kModulePath), u"--token-label"_s, QString::fromLatin1(kLabel), u"--login"_s,
        u"--pin"_s,    QString::fromLatin1(token->pin())};
    const QStringList object{u"--id"_s, u"01"_s, u"--label"_s, QString::fromLatin1(kObjectLabel)};
    const bool imported =
        run(u"pkcs11-tool"_s, login + QStringList{u"--write-object"_s, keyFile, u"--type"_s, u"privkey"_s} + object,
            error) &&
        run(u"pkcs11-tool"_s,
            login + QStringList{u"--write-object"_s, certificateFile, u"--type"_s, u"cert"_s} + object, error);
    QFile::remove(keyFile);
    if (!imported)
        return nullptr;
    return token;
}

SoftHsmToken::~SoftHsmToken() = default;

QString SoftHsmToken::keyUri() const
{
    return u"pkcs11:token=%1;object=%2;type=private"_s.arg(
        QString::fromLatin1(QUrl::toPercentEncoding(QString::fromLatin1(kLabel))), QString::fromLatin1(kObjectLabel));
}

QString SoftHsmToken::writePkcs12(const QString &fileName, const QByteArray &passphrase, bool legacyEncryption,
                                  QString *error) const
{
    const QString keyFile = m_directory.filePath(u"p12-key.pem"_s);
    const QString certificateFile = m_directory.filePath(u"p12-certificate.pem"_s);
    const QString caFile = m_directory.filePath(u"p12-ca.pem"_s);
    const QString output = m_directory.filePath(fileName);
    if (!writeFile(keyFile, m_keyPem, error) || !writeFile(certificateFile, m_certificatePem, error) ||
        !writeFile(caFile, m_caCertificatePem, error))
        return {};

    // The passphrase goes through the environment, not the command line.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"NODUES_TEST_P12_PASSPHRASE"_s, QString::fromUtf8(passphrase));
    QStringList arguments{u"pkcs12"_s, u"-export"_s,    u"-inkey"_s,    keyFile,
                          u"-in"_s,    certificateFile, u"-certfile"_s, caFile,
                          u"-out"_s,   output,          u"-passout"_s,  u"env:NODUES_TEST_P12_PASSPHRASE"_s};
    if (legacyEncryption)
        arguments << u"-legacy"_s;
    const bool written = run(u"openssl"_s, arguments, error, environment);
    QFile::remove(keyFile);
    return written ? output : QString();
}

} // namespace nodues::test
