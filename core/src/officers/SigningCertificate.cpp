#include "officers/SigningCertificate.h"

#include <QCoreApplication>
#include <QStringList>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <climits>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace nodues {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SigningCertificate)
};

template<auto Free> struct OpenSslDeleter
{
    template<typename T> void operator()(T *object) const { Free(object); }
};

using BioPtr = std::unique_ptr<BIO, OpenSslDeleter<BIO_free>>;
using X509Ptr = std::unique_ptr<X509, OpenSslDeleter<X509_free>>;
using BignumPtr = std::unique_ptr<BIGNUM, OpenSslDeleter<BN_free>>;

// Empties the thread's OpenSSL error queue on entry and on exit, so no error of this parse is
// left for the next OpenSSL caller on the thread to misreport.
class OpenSslErrorScope final
{
public:
    OpenSslErrorScope() { ERR_clear_error(); }
    ~OpenSslErrorScope() { ERR_clear_error(); }
    Q_DISABLE_COPY_MOVE(OpenSslErrorScope)
};

// "0A1F" -> "0A:1F".
QString colonSeparated(const QByteArray &hex)
{
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < hex.size(); i += 2)
        pairs.append(QString::fromLatin1(hex.mid(i, 2)));
    return pairs.join(u':');
}

QString nameText(const X509_NAME *name)
{
    const BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB) < 0)
        return {};
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, qsizetype(length));
}

QDateTime instantOf(const ASN1_TIME *time)
{
    struct tm parts = {};
    if (!time || ASN1_TIME_to_tm(time, &parts) != 1)
        return {};
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
}

QString serialText(const X509 *certificate)
{
    const BignumPtr serial(ASN1_INTEGER_to_BN(X509_get0_serialNumber(certificate), nullptr));
    char *hex = serial ? BN_bn2hex(serial.get()) : nullptr;
    if (!hex)
        return {};
    QByteArray digits(hex);
    OPENSSL_free(hex);
    const bool negative = digits.startsWith('-');
    if (negative)
        digits.remove(0, 1);
    if (digits.size() % 2 != 0)
        digits.prepend('0');
    return (negative ? u"-"_s : QString()) + colonSeparated(digits);
}

QString fingerprintOf(const X509 *certificate)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (X509_digest(certificate, EVP_sha256(), digest, &length) != 1)
        return {};
    return colonSeparated(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex().toUpper());
}

QByteArray pemOf(X509 *certificate)
{
    const BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), certificate) != 1)
        return {};
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(length));
}

} // namespace

std::optional<SigningCertificate> SigningCertificate::parse(const QByteArray &pem, QString *error)
{
    const OpenSslErrorScope errorScope;
    const QString notOne = Tr::tr("The file does not contain exactly one X.509 certificate in PEM form (a block "
                                  "from \"-----BEGIN CERTIFICATE-----\" to \"-----END CERTIFICATE-----\"). Export "
                                  "the officer's Digital Signature Certificate without its private key, as PEM.");
    if (pem.size() > INT_MAX) {
        *error = notOne;
        return std::nullopt;
    }
    const BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    X509Ptr certificate(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!certificate) {
        *error = notOne;
        return std::nullopt;
    }
    // A second certificate (a chain file) is ambiguous: which one is the officer's?
    ERR_set_mark();
    const X509Ptr second(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    ERR_pop_to_mark();
    if (second) {
        *error = notOne;
        return std::nullopt;
    }

    // X509_get_extension_flags() also decodes the extensions; EXFLAG_INVALID marks ones that do
    // not parse.
    const uint32_t flags = X509_get_extension_flags(certificate.get());
    if (flags & EXFLAG_INVALID) {
        *error = Tr::tr("The certificate's extensions cannot be read, so it cannot be checked. Export the "
                        "certificate again from the token or the issuer's file.");
        return std::nullopt;
    }
    if (flags & EXFLAG_CA) {
        *error = Tr::tr("The file contains a certificate authority's certificate (its basic constraints say "
                        "CA:TRUE), not an officer's. Export the officer's own Digital Signature Certificate.");
        return std::nullopt;
    }
    const uint32_t keyUsage = X509_get_key_usage(certificate.get());
    if (keyUsage != UINT32_MAX && !(keyUsage & (KU_DIGITAL_SIGNATURE | KU_NON_REPUDIATION))) {
        *error = Tr::tr("The certificate's key usage allows neither digital signatures nor non-repudiation, so it "
                        "cannot sign certificates. Export the officer's signing certificate, not an encryption "
                        "certificate.");
        return std::nullopt;
    }

    SigningCertificate result;
    result.pem = pemOf(certificate.get());
    result.subject = nameText(X509_get_subject_name(certificate.get()));
    result.issuer = nameText(X509_get_issuer_name(certificate.get()));
    result.serialNumber = serialText(certificate.get());
    result.sha256Fingerprint = fingerprintOf(certificate.get());
    result.notBefore = instantOf(X509_get0_notBefore(certificate.get()));
    result.notAfter = instantOf(X509_get0_notAfter(certificate.get()));
    if (result.pem.isEmpty() || result.serialNumber.isEmpty() || result.sha256Fingerprint.isEmpty() ||
        !result.notBefore.isValid() || !result.notAfter.isValid()) {
        *error = Tr::tr("The certificate's serial number or validity dates cannot be read. Export the certificate "
                        "again from the token or the issuer's file.");
        return std::nullopt;
    }
    return result;
}

qint64 SigningCertificate::daysLeftAt(const QDateTime &instant) const
{
    const qint64 seconds = instant.secsTo(notAfter);
    constexpr qint64 kSecondsPerDay = 24 * 3600;
    // Rounds toward minus infinity, so one second after expiry is day -1, not day 0.
    return seconds >= 0 ? seconds / kSecondsPerDay : -((-seconds + kSecondsPerDay - 1) / kSecondsPerDay);
}

} // namespace nodues
