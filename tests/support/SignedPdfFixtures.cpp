#include "SignedPdfFixtures.h"

#include <QList>
#include <QTest>

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
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
using CmsPtr = std::unique_ptr<CMS_ContentInfo, OpenSslDeleter<CMS_ContentInfo_free>>;
using ExtensionPtr = std::unique_ptr<X509_EXTENSION, OpenSslDeleter<X509_EXTENSION_free>>;

// The placeholders the signer fills in. /ByteRange is written at its final width, so filling it
// moves no byte; /Contents has room for a P-256 CMS with its certificate (about 1,100 bytes).
const QByteArray kByteRangePlaceholder = "[0 0000000000 0000000000 0000000000]";
constexpr qsizetype kContentsBytes = 2048;

QByteArray openSslErrors()
{
    QByteArray texts;
    char buffer[256];
    while (const unsigned long code = ERR_get_error()) {
        ERR_error_string_n(code, buffer, sizeof buffer);
        texts += QByteArray(buffer) + "; ";
    }
    return texts;
}

std::shared_ptr<EVP_PKEY> makeKey()
{
    return std::shared_ptr<EVP_PKEY>(EVP_EC_gen("P-256"), EVP_PKEY_free);
}

bool addExtension(X509 *certificate, X509 *issuer, int nid, const QByteArray &value)
{
    X509V3_CTX context;
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    const ExtensionPtr extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value.constData()));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

// A certificate for key, issued by issuer with issuerKey, or self-signed when issuer is null.
std::shared_ptr<X509> makeCertificate(const QString &commonName, EVP_PKEY *key, X509 *issuer, EVP_PKEY *issuerKey,
                                      const TestCertificateOptions &options)
{
    static long nextSerial = 0x1000;
    std::shared_ptr<X509> certificate(X509_new(), X509_free);
    X509 *raw = certificate.get();
    X509_NAME *subject = X509_get_subject_name(raw);
    const QByteArray name = commonName.toUtf8();
    const auto text = [](const char *value) {
        return reinterpret_cast<const unsigned char *>(value);
    };
    const bool built =
        X509_set_version(raw, X509_VERSION_3) == 1 && ASN1_INTEGER_set(X509_get_serialNumber(raw), ++nextSerial) == 1 &&
        ASN1_TIME_set(X509_getm_notBefore(raw), time_t(options.notBefore.toSecsSinceEpoch())) &&
        ASN1_TIME_set(X509_getm_notAfter(raw), time_t(options.notAfter.toSecsSinceEpoch())) &&
        X509_set_pubkey(raw, key) == 1 &&
        X509_NAME_add_entry_by_txt(subject, "C", MBSTRING_UTF8, text("IN"), -1, -1, 0) == 1 &&
        X509_NAME_add_entry_by_txt(subject, "O", MBSTRING_UTF8, text("NoDues Test"), -1, -1, 0) == 1 &&
        X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_UTF8, text(name.constData()), -1, -1, 0) == 1 &&
        X509_set_issuer_name(raw, issuer ? X509_get_subject_name(issuer) : subject) == 1;
    if (!built)
        return {};
    X509 *extensionIssuer = issuer ? issuer : raw;
    const bool extended =
        addExtension(raw, extensionIssuer, NID_basic_constraints,
                     options.certificateAuthority ? "critical,CA:TRUE" : "critical,CA:FALSE") &&
        (options.keyUsage.isEmpty() || addExtension(raw, extensionIssuer, NID_key_usage, options.keyUsage)) &&
        addExtension(raw, extensionIssuer, NID_subject_key_identifier, "hash");
    if (!extended || X509_sign(raw, issuerKey, EVP_sha256()) <= 0)
        return {};
    return certificate;
}

struct TestCa
{
    std::shared_ptr<EVP_PKEY> key;
    std::shared_ptr<X509> certificate;
};

const TestCa &testCa()
{
    static const TestCa ca = [] {
        TestCa created;
        created.key = makeKey();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        TestCertificateOptions options{now.addYears(-10), now.addYears(20), true, "critical,keyCertSign,cRLSign"};
        if (created.key)
            created.certificate =
                makeCertificate(u"NoDues Test CA"_s, created.key.get(), nullptr, created.key.get(), options);
        return created;
    }();
    return ca;
}

// A PDF literal string of ASCII text.
QByteArray literalString(const QString &text)
{
    QByteArray escaped = text.toLatin1();
    escaped.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
    return "(" + escaped + ")";
}

} // namespace

struct TestSigningIdentity::Data
{
    std::shared_ptr<EVP_PKEY> key;
    std::shared_ptr<X509> certificate;
};

TestSigningIdentity TestSigningIdentity::create(const QString &commonName, const TestCertificateOptions &options)
{
    TestSigningIdentity identity;
    identity.m_data = std::make_shared<Data>();
    const TestCa &ca = testCa();
    identity.m_data->key = makeKey();
    if (ca.certificate && identity.m_data->key)
        identity.m_data->certificate =
            makeCertificate(commonName, identity.m_data->key.get(), ca.certificate.get(), ca.key.get(), options);
    if (!identity.m_data->certificate)
        QTest::qFail(QByteArray("Could not make a test certificate: " + openSslErrors()).constData(), __FILE__,
                     __LINE__);
    return identity;
}

TestSigningIdentity TestSigningIdentity::validAround(const QString &commonName, const QDateTime &instant)
{
    return create(commonName, {instant.addYears(-1), instant.addYears(2)});
}

QByteArray TestSigningIdentity::certificatePem() const
{
    const BioPtr bio(BIO_new(BIO_s_mem()));
    if (!m_data || !m_data->certificate || !bio || PEM_write_bio_X509(bio.get(), m_data->certificate.get()) != 1)
        return {};
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(length));
}

QByteArray TestSigningIdentity::sign(const QByteArray &pdf) const
{
    const QByteArray byteRangeEntry = "/ByteRange " + kByteRangePlaceholder;
    const qsizetype rangeAt = pdf.indexOf(byteRangeEntry);
    const qsizetype contentsBegin = pdf.indexOf("/Contents <", rangeAt) + qsizetype(sizeof "/Contents");
    const qsizetype contentsEnd = pdf.indexOf('>', contentsBegin) + 1;
    if (!m_data || !m_data->certificate || rangeAt < 0 || contentsBegin < rangeAt || contentsEnd <= contentsBegin) {
        QTest::qFail("The PDF has no signature placeholder, or the identity no certificate", __FILE__, __LINE__);
        return {};
    }

    QByteArray signedPdf = pdf;
    const qint64 size = pdf.size();
    const QByteArray range = "[0 " + QByteArray::number(contentsBegin) + " " + QByteArray::number(contentsEnd) + " " +
                             QByteArray::number(size - contentsEnd) + "]";
    signedPdf.replace(rangeAt + qsizetype(sizeof "/ByteRange"), kByteRangePlaceholder.size(),
                      range.leftJustified(kByteRangePlaceholder.size(), ' '));

    const QByteArray covered = signedPdf.left(contentsBegin) + signedPdf.mid(contentsEnd);
    const BioPtr content(BIO_new_mem_buf(covered.constData(), int(covered.size())));
    const CmsPtr cms(CMS_sign(m_data->certificate.get(), m_data->key.get(), nullptr, content.get(),
                              CMS_DETACHED | CMS_BINARY | CMS_CADES | CMS_NOSMIMECAP));
    const int length = cms ? i2d_CMS_ContentInfo(cms.get(), nullptr) : 0;
    if (length <= 0) {
        QTest::qFail(QByteArray("Could not sign: " + openSslErrors()).constData(), __FILE__, __LINE__);
        return {};
    }
    QByteArray der(length, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    i2d_CMS_ContentInfo(cms.get(), &out);
    const QByteArray hex = der.toHex().toUpper();
    if (hex.size() > contentsEnd - contentsBegin - 2) {
        QTest::qFail("The CMS does not fit the /Contents placeholder", __FILE__, __LINE__);
        return {};
    }
    signedPdf.replace(contentsBegin + 1, hex.size(), hex);
    return signedPdf;
}

QByteArray unsignedCertificatePdf(const QString &location, const QByteArray &pageText, bool withSignatureField)
{
    const QByteArray content = "BT /F1 12 Tf 72 770 Td (" + pageText + ") Tj ET\n";
    const QByteArray signature = "<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached\n/ByteRange " +
                                 kByteRangePlaceholder + "\n/Contents <" + QByteArray(2 * kContentsBytes, '0') +
                                 ">\n/Reason (No Dues certificate)\n/Location " + literalString(location) +
                                 "\n/M (D:20261204153000+05'30')\n>>";
    const QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R" +
            (withSignatureField ? " /AcroForm << /Fields [5 0 R] /SigFlags 3 >>"_ba : QByteArray()) + " >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        " /Resources << /Font << /F1 6 0 R >> >>" +
            (withSignatureField ? " /Annots [5 0 R]"_ba : QByteArray()) + " >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "endstream",
        withSignatureField ? "<< /Type /Annot /Subtype /Widget /FT /Sig /T (Signature1) /Rect [0 0 0 0] /F 132"
                             " /P 3 0 R /V 7 0 R >>"_ba
                           : "null"_ba,
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        withSignatureField ? signature : "null"_ba,
    };

    QByteArray pdf = "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : std::as_const(offsets))
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
           QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace nodues::test
