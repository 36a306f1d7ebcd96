// Signed certificate PDFs are made here at test time: a test CA and officer keys and certificates
// from the OpenSSL API, a one-page PDF with a signature placeholder, and a detached CAdES CMS from
// CMS_sign over the byte ranges. Where poppler's pdfsig is installed it checks the fixture too.

#include "certificates/PdfSignatureVerifier.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/ess.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <array>
#include <cstring>
#include <functional>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;

namespace {

template<auto Free> struct OpenSslDeleter
{
    template<typename T> void operator()(T *object) const { Free(object); }
};

void freeCertificateView(STACK_OF(X509) * certificates)
{
    sk_X509_free(certificates);
}

using BioPtr = std::unique_ptr<BIO, OpenSslDeleter<BIO_free>>;
using KeyPtr = std::unique_ptr<EVP_PKEY, OpenSslDeleter<EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, OpenSslDeleter<X509_free>>;
using CmsPtr = std::unique_ptr<CMS_ContentInfo, OpenSslDeleter<CMS_ContentInfo_free>>;
using CertificateViewPtr = std::unique_ptr<STACK_OF(X509), OpenSslDeleter<freeCertificateView>>;
using ExtensionPtr = std::unique_ptr<X509_EXTENSION, OpenSslDeleter<X509_EXTENSION_free>>;
using SigningCertV2Ptr = std::unique_ptr<ESS_SIGNING_CERT_V2, OpenSslDeleter<ESS_SIGNING_CERT_V2_free>>;

using ByteRange = std::array<qint64, 4>;
// The ranges to write and sign, from the /Contents string's begin and end and the file size.
using ByteRangeLayout = std::function<ByteRange(qint64, qint64, qint64)>;

const QByteArray kByteRangePlaceholder = "[0 0000000000 0000000000 0000000000]";
const QByteArray kPageText = "No Dues Certificate NDC/20302/2026-27/000123";
const QString kReason = u"नो ड्यूज प्रमाण-पत्र NDC/20302/2026-27/000123"_s;
const QString kLocation = u"Bhopal (City) division"_s;
const QString kSignerName = u"Officer One"_s;
const QString kDictionaryTime = u"D:20260405103000+05'30'"_s;

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

struct Identity
{
    KeyPtr key;
    X509Ptr certificate;
};

KeyPtr makeRsaKey()
{
    return KeyPtr(EVP_RSA_gen(2048));
}

KeyPtr makeEcKey()
{
    return KeyPtr(EVP_EC_gen("P-256"));
}

bool addExtension(X509 *certificate, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    const ExtensionPtr extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

// A certificate for key with the common name commonName, issued by issuer (self-signed when
// issuer is null) and signed with issuerKey.
X509Ptr makeCertificate(const QString &commonName, EVP_PKEY *key, X509 *issuer, EVP_PKEY *issuerKey, long serial)
{
    X509Ptr certificate(X509_new());
    X509_NAME *subject = X509_get_subject_name(certificate.get());
    const QByteArray name = commonName.toUtf8();
    const auto *nameBytes = reinterpret_cast<const unsigned char *>(name.constData());
    const auto *country = reinterpret_cast<const unsigned char *>("IN");
    const auto *organisation = reinterpret_cast<const unsigned char *>("Test Distribution Company");
    const bool built = X509_set_version(certificate.get(), X509_VERSION_3) == 1 &&
                       ASN1_INTEGER_set(X509_get_serialNumber(certificate.get()), serial) == 1 &&
                       X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -3600) &&
                       X509_gmtime_adj(X509_getm_notAfter(certificate.get()), 365L * 24 * 3600) &&
                       X509_set_pubkey(certificate.get(), key) == 1 &&
                       X509_NAME_add_entry_by_txt(subject, "C", MBSTRING_UTF8, country, -1, -1, 0) == 1 &&
                       X509_NAME_add_entry_by_txt(subject, "O", MBSTRING_UTF8, organisation, -1, -1, 0) == 1 &&
                       X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_UTF8, nameBytes, -1, -1, 0) == 1 &&
                       X509_set_issuer_name(certificate.get(), issuer ? X509_get_subject_name(issuer) : subject) == 1;
    if (!built)
        return {};

    X509 *extensionIssuer = issuer ? issuer : certificate.get();
    const bool isCa = issuer == nullptr;
    const bool extended =
        addExtension(certificate.get(), extensionIssuer, NID_basic_constraints,
                     isCa ? "critical,CA:TRUE" : "critical,CA:FALSE") &&
        addExtension(certificate.get(), extensionIssuer, NID_key_usage,
                     isCa ? "critical,keyCertSign,cRLSign" : "critical,digitalSignature,nonRepudiation") &&
        addExtension(certificate.get(), extensionIssuer, NID_subject_key_identifier, "hash") &&
        (isCa || addExtension(certificate.get(), extensionIssuer, NID_authority_key_identifier, "keyid:always"));
    if (!extended || X509_sign(certificate.get(), issuerKey, EVP_sha256()) <= 0)
        return {};
    return certificate;
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

QByteArray utf16BigEndianHex(const QString &text)
{
    QByteArray bytes = "\xFE\xFF";
    for (const QChar c : text) {
        bytes += char(c.unicode() >> 8);
        bytes += char(c.unicode() & 0xff);
    }
    return bytes.toHex().toUpper();
}

struct PdfOptions
{
    bool signatureField = true;
    QByteArray subFilter = "/ETSI.CAdES.detached"; // written as is; empty leaves /SubFilter out
    QByteArray extraEntries;                       // appended inside the signature dictionary
    QByteArray signatureDictionary;                // replaces the whole dictionary when set
    qsizetype contentsBytes = 8192;                // room for the DER CMS in the placeholder
    QByteArray contentsPlaceholder;                // the hex digits between < and > when set
    bool eofMarker = true;
};

QByteArray objectLine(int number, const QByteArray &body)
{
    return QByteArray::number(number) + " 0 obj\n" + body + "\nendobj\n";
}

QByteArray xrefOffset(qsizetype offset)
{
    return QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
}

// A one-page certificate PDF: catalog with a signature form field, page tree, page, content
// stream, the field's widget, a font and the signature dictionary with its placeholders.
QByteArray buildPdf(const PdfOptions &options = {})
{
    const QByteArray content = "BT /F1 12 Tf 72 770 Td (" + kPageText + ") Tj ET\n";
    QByteArray signature = options.signatureDictionary;
    if (signature.isEmpty()) {
        signature = "<< /Type /Sig /Filter /Adobe.PPKLite";
        if (!options.subFilter.isEmpty())
            signature += " /SubFilter " + options.subFilter;
        const QByteArray placeholder = options.contentsPlaceholder.isEmpty()
                                           ? QByteArray(2 * options.contentsBytes, '0')
                                           : options.contentsPlaceholder;
        signature += "\n/ByteRange " + kByteRangePlaceholder + "\n/Contents <" + placeholder + ">\n/Reason <" +
                     utf16BigEndianHex(kReason) +
                     ">\n/Location (Bhopal \\(City\\) division)\n/Name (Officer\\040One)\n/M (" +
                     kDictionaryTime.toLatin1() + ")" + options.extraEntries + "\n>>";
    }
    const QByteArray form = options.signatureField ? " /AcroForm << /Fields [5 0 R] /SigFlags 3 >>" : "";
    const QByteArray annotations = options.signatureField ? " /Annots [5 0 R]" : "";
    const QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R" + form + " >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 6 0 R >> "
        ">>" +
            annotations + " >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "endstream",
        options.signatureField
            ? QByteArray("<< /Type /Annot /Subtype /Widget /FT /Sig /T (Signature1) /Rect [0 0 0 0] /F 132 /P 3 0 R "
                         "/V 7 0 R >>")
            : QByteArray("null"),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        options.signatureField ? signature : QByteArray("null"),
    };

    QByteArray pdf = "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += objectLine(int(i + 1), objects.at(i));
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : std::as_const(offsets))
        pdf += xrefOffset(offset);
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
           QByteArray::number(xref) + "\n";
    if (options.eofMarker)
        pdf += "%%EOF\n";
    return pdf;
}

// Appends an incremental update that adds or replaces object number with body.
QByteArray appendUpdate(const QByteArray &pdf, int number, const QByteArray &body)
{
    const qsizetype startXref = pdf.lastIndexOf("startxref");
    const qsizetype numberBegin = startXref + int(sizeof "startxref");
    const QByteArray previousXref = pdf.mid(numberBegin, pdf.indexOf('\n', numberBegin) - numberBegin);
    QByteArray updated = pdf;
    const qsizetype offset = updated.size();
    updated += objectLine(number, body);
    const qsizetype xref = updated.size();
    updated += "xref\n0 1\n0000000000 65535 f \n" + QByteArray::number(number) + " 1\n" + xrefOffset(offset);
    updated += "trailer\n<< /Size " + QByteArray::number(qMax(number + 1, 8)) + " /Root 1 0 R /Prev " + previousXref +
               " >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return updated;
}

struct Signer
{
    X509 *certificate = nullptr;
    EVP_PKEY *key = nullptr;
};

struct SignOptions
{
    unsigned int flags = CMS_DETACHED | CMS_BINARY | CMS_CADES;
    const EVP_MD *digest = nullptr; // set to add the signer with CMS_add1_signer and this digest
    Signer secondSigner;            // a second SignerInfo when set
    // Set to sign without CMS_CADES and add an ESS signing-certificate-v2 attribute for this
    // certificate instead of the signer's.
    X509 *essCertificate = nullptr;
    ByteRangeLayout byteRange; // unset signs the whole file except /Contents
    QByteArray byteRangeText;  // written instead of the signed ranges when set
    QByteArray contents;       // bytes written into /Contents instead of the CMS when set
    QByteArray padding;        // bytes written right after the CMS inside /Contents
};

// Adds to signer the ESS signing-certificate-v2 attribute that names certificate.
bool addSigningCertificateV2(CMS_SignerInfo *signer, X509 *certificate)
{
    const SigningCertV2Ptr attribute(OSSL_ESS_signing_cert_v2_new_init(EVP_sha256(), certificate, nullptr, 0));
    unsigned char *der = nullptr;
    const int length = attribute ? i2d_ESS_SIGNING_CERT_V2(attribute.get(), &der) : 0;
    const bool added = length > 0 && CMS_signed_add1_attr_by_NID(signer, NID_id_smime_aa_signingCertificateV2,
                                                                 V_ASN1_SEQUENCE, der, length) == 1;
    OPENSSL_free(der);
    return added;
}

CmsPtr makeCms(const QByteArray &data, Signer signer, X509 *ca, const SignOptions &options)
{
    const BioPtr content(BIO_new_mem_buf(data.constData(), int(data.size())));
    const CertificateViewPtr chain(sk_X509_new_null());
    if (!content || !chain || sk_X509_push(chain.get(), ca) <= 0)
        return {};
    if (!options.digest && !options.secondSigner.certificate && !options.essCertificate)
        return CmsPtr(CMS_sign(signer.certificate, signer.key, chain.get(), content.get(), options.flags));

    const unsigned int flags = options.essCertificate ? options.flags & ~CMS_CADES : options.flags;
    CmsPtr cms(CMS_sign(nullptr, nullptr, chain.get(), nullptr, flags | CMS_PARTIAL));
    CMS_SignerInfo *first =
        cms ? CMS_add1_signer(cms.get(), signer.certificate, signer.key, options.digest, flags) : nullptr;
    const bool essAdded = !options.essCertificate || (first && addSigningCertificateV2(first, options.essCertificate));
    const Signer second = options.secondSigner;
    const bool secondAdded =
        !second.certificate || (cms && CMS_add1_signer(cms.get(), second.certificate, second.key, nullptr, flags));
    if (!first || !essAdded || !secondAdded || CMS_final(cms.get(), content.get(), nullptr, flags) != 1)
        return {};
    return cms;
}

// Fills the last signature placeholder of pdf: the byte ranges, then the CMS over them.
// Returns an empty array and warns when the placeholder is missing or too small.
QByteArray signPdf(QByteArray pdf, Signer signer, X509 *ca, const SignOptions &options = {})
{
    const QByteArray byteRangeEntry = "/ByteRange " + kByteRangePlaceholder;
    const qsizetype placeholder = pdf.lastIndexOf(byteRangeEntry);
    const qsizetype contentsBegin = pdf.indexOf("/Contents <", placeholder) + qsizetype(sizeof "/Contents");
    const qsizetype contentsEnd = pdf.indexOf('>', contentsBegin) + 1;
    if (placeholder < 0 || contentsBegin < placeholder || contentsEnd <= contentsBegin) {
        qWarning() << "No signature placeholder in the PDF";
        return {};
    }

    const qint64 size = pdf.size();
    const ByteRange range = options.byteRange ? options.byteRange(contentsBegin, contentsEnd, size)
                                              : ByteRange{0, contentsBegin, contentsEnd, size - contentsEnd};
    QByteArray rangeText = options.byteRangeText;
    if (rangeText.isEmpty())
        rangeText = "[" + QByteArray::number(range[0]) + " " + QByteArray::number(range[1]) + " " +
                    QByteArray::number(range[2]) + " " + QByteArray::number(range[3]) + "]";
    if (rangeText.size() > kByteRangePlaceholder.size()) {
        qWarning() << "The byte range" << rangeText << "does not fit the placeholder";
        return {};
    }
    const qsizetype rangeBegin = placeholder + qsizetype(sizeof "/ByteRange");
    pdf.replace(rangeBegin, kByteRangePlaceholder.size(), rangeText.leftJustified(kByteRangePlaceholder.size(), ' '));

    QByteArray der = options.contents;
    if (der.isEmpty()) {
        const QByteArray signedBytes = pdf.mid(range[0], range[1]) + pdf.mid(qMin(range[2], size), range[3]);
        const CmsPtr cms = makeCms(signedBytes, signer, ca, options);
        const int length = cms ? i2d_CMS_ContentInfo(cms.get(), nullptr) : 0;
        if (length <= 0) {
            qWarning() << "Could not sign:" << openSslErrors();
            return {};
        }
        der.resize(length);
        auto *out = reinterpret_cast<unsigned char *>(der.data());
        i2d_CMS_ContentInfo(cms.get(), &out);
    }
    const QByteArray hex = QByteArray(der + options.padding).toHex().toUpper();
    if (hex.size() > contentsEnd - contentsBegin - 2) {
        qWarning() << "The CMS of" << der.size() << "bytes does not fit the placeholder";
        return {};
    }
    pdf.replace(contentsBegin + 1, hex.size(), hex);
    return pdf;
}

QString statusName(PdfSignatureStatus status)
{
    switch (status) {
    case PdfSignatureStatus::Valid:
        return u"Valid"_s;
    case PdfSignatureStatus::NotPdf:
        return u"NotPdf"_s;
    case PdfSignatureStatus::NoSignature:
        return u"NoSignature"_s;
    case PdfSignatureStatus::SeveralSignatures:
        return u"SeveralSignatures"_s;
    case PdfSignatureStatus::SignatureDictionaryMalformed:
        return u"SignatureDictionaryMalformed"_s;
    case PdfSignatureStatus::ByteRangeNotCoveringFile:
        return u"ByteRangeNotCoveringFile"_s;
    case PdfSignatureStatus::WrongSubFilter:
        return u"WrongSubFilter"_s;
    case PdfSignatureStatus::CmsMalformed:
        return u"CmsMalformed"_s;
    case PdfSignatureStatus::WeakDigestAlgorithm:
        return u"WeakDigestAlgorithm"_s;
    case PdfSignatureStatus::DigestMismatch:
        return u"DigestMismatch"_s;
    case PdfSignatureStatus::SignerNotExpected:
        return u"SignerNotExpected"_s;
    case PdfSignatureStatus::ExpectedCertificateMalformed:
        return u"ExpectedCertificateMalformed"_s;
    }
    return u"unknown"_s;
}

// A failure text with both statuses and the check's detail for logs.
QByteArray describe(const PdfSignatureCheck &check, PdfSignatureStatus expected)
{
    return (u"status %1, expected %2; detail: %3"_s.arg(statusName(check.status), statusName(expected), check.detail))
        .toUtf8();
}

#define VERIFY_STATUS(check, expected) QVERIFY2((check).status == (expected), describe((check), (expected)).constData())

} // namespace

class TestPdfSignatureVerifier : public QObject
{
    Q_OBJECT

private:
    // The PDF signed by the RSA officer over the whole file, with the given options.
    QByteArray signedPdf(const PdfOptions &pdfOptions = {}, const SignOptions &signOptions = {}) const
    {
        return signPdf(buildPdf(pdfOptions), officer(), m_ca.certificate.get(), signOptions);
    }

    Signer officer() const { return {m_rsaOfficer.certificate.get(), m_rsaOfficer.key.get()}; }

    PdfSignatureCheck verifyAsOfficer(const QByteArray &pdf) const
    {
        return PdfSignatureVerifier::verify(pdf, pemOf(m_rsaOfficer.certificate.get()));
    }

    // pdfsig's report on pdf, stdout and stderr together; empty when it could not run.
    QString runPdfsig(const QByteArray &pdf) const
    {
        QTemporaryDir folder;
        QFile file(folder.filePath(u"certificate.pdf"_s));
        if (!folder.isValid() || !file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
            return {};
        file.close();
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(m_pdfsig, {file.fileName()});
        if (!process.waitForFinished(120000))
            return {};
        return QString::fromUtf8(process.readAll());
    }

    Identity m_ca;
    Identity m_rsaOfficer;
    Identity m_ecOfficer;
    Identity m_otherOfficer;
    X509Ptr m_renewedRsaOfficerCertificate; // the RSA officer's key in a second certificate
    QString m_pdfsig;

private slots:
    void initTestCase()
    {
        m_ca.key = makeEcKey();
        QVERIFY2(m_ca.key, qPrintable(openSslErrors()));
        m_ca.certificate = makeCertificate(u"NoDues Test CA"_s, m_ca.key.get(), nullptr, m_ca.key.get(), 1);
        QVERIFY2(m_ca.certificate, qPrintable(openSslErrors()));

        const auto issue = [this](Identity *identity, KeyPtr key, const QString &name, long serial) {
            identity->key = std::move(key);
            if (identity->key)
                identity->certificate =
                    makeCertificate(name, identity->key.get(), m_ca.certificate.get(), m_ca.key.get(), serial);
        };
        issue(&m_rsaOfficer, makeRsaKey(), u"राजेश कुमार, DGM City Bhopal"_s, 2);
        QVERIFY2(m_rsaOfficer.certificate, qPrintable(openSslErrors()));
        issue(&m_ecOfficer, makeEcKey(), u"Officer EC, DGM O&M Gwalior"_s, 3);
        QVERIFY2(m_ecOfficer.certificate, qPrintable(openSslErrors()));
        issue(&m_otherOfficer, makeEcKey(), u"Other Officer, DGM City Indore"_s, 4);
        QVERIFY2(m_otherOfficer.certificate, qPrintable(openSslErrors()));
        m_renewedRsaOfficerCertificate =
            makeCertificate(u"राजेश कुमार, DGM City Bhopal (renewed)"_s, m_rsaOfficer.key.get(), m_ca.certificate.get(),
                            m_ca.key.get(), 5);
        QVERIFY2(m_renewedRsaOfficerCertificate, qPrintable(openSslErrors()));

        m_pdfsig = QStandardPaths::findExecutable(u"pdfsig"_s);
    }

    void validSignature_data()
    {
        QTest::addColumn<bool>("ecKey");
        QTest::newRow("RSA 2048") << false;
        QTest::newRow("EC P-256") << true;
    }

    void validSignature()
    {
        QFETCH(bool, ecKey);
        const Identity &identity = ecKey ? m_ecOfficer : m_rsaOfficer;
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-2);
        const QByteArray pdf =
            signPdf(buildPdf(), {identity.certificate.get(), identity.key.get()}, m_ca.certificate.get());
        QVERIFY(!pdf.isEmpty());
        const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(2);

        const PdfSignatureCheck check = PdfSignatureVerifier::verify(pdf, pemOf(identity.certificate.get()));
        VERIFY_STATUS(check, PdfSignatureStatus::Valid);
        QCOMPARE(check.message.context, "PdfSignatureVerifier");
        QVERIFY(check.detail.isEmpty());
        QCOMPARE(check.subFilter, u"ETSI.CAdES.detached"_s);
        QCOMPARE(check.reason, kReason);
        QCOMPARE(check.location, kLocation);
        QCOMPARE(check.name, kSignerName);
        QCOMPARE(check.dictionaryTime, kDictionaryTime);
        QCOMPARE(check.byteRange[0], qint64(0));
        QCOMPARE(check.byteRange[2] + check.byteRange[3], qint64(pdf.size()));
        QVERIFY(check.signingTime.isValid());
        QCOMPARE(check.signingTime.timeSpec(), Qt::UTC);
        QVERIFY2(check.signingTime >= before && check.signingTime <= after,
                 qPrintable(check.signingTime.toString(Qt::ISODate)));
        const QString expectedName = ecKey ? u"CN=Officer EC, DGM O&M Gwalior"_s : u"CN=राजेश कुमार, DGM City Bhopal"_s;
        // RFC 2253 escapes the comma inside the common name.
        QString escapedName = expectedName;
        escapedName.replace(u", DGM"_s, u"\\, DGM"_s);
        QVERIFY2(check.signerSubject.startsWith(escapedName), qPrintable(check.signerSubject));
        QVERIFY(check.signerSubject.endsWith(u"O=Test Distribution Company,C=IN"_s));
        QVERIFY(check.message.translated().contains(check.signerSubject));
    }

    void validSignatureCheckedByPdfsig()
    {
        if (m_pdfsig.isEmpty())
            QFAIL("pdfsig is missing: install poppler-utils (scripts/install-deps.sh does)");
        const QByteArray pdf = signedPdf();
        QVERIFY(!pdf.isEmpty());

        const QString report = runPdfsig(pdf);
        QVERIFY2(report.contains(u"Signature Validation: Signature is Valid."_s), qPrintable(report));
        QVERIFY2(report.contains(u"Total document signed"_s), qPrintable(report));
        QVERIFY2(report.contains(u"ETSI.CAdES.detached"_s), qPrintable(report));
    }

    void changedByteIsDigestMismatch()
    {
        QByteArray pdf = signedPdf();
        QVERIFY(!pdf.isEmpty());
        const QByteArray pageString = "(" + kPageText + ")";
        const qsizetype number = pdf.indexOf(pageString) + kPageText.size();
        QCOMPARE(pdf.at(number), '3');
        pdf[number] = '4';

        const PdfSignatureCheck check = verifyAsOfficer(pdf);
        VERIFY_STATUS(check, PdfSignatureStatus::DigestMismatch);
        QVERIFY(!check.message.isEmpty());

        if (m_pdfsig.isEmpty())
            QFAIL("pdfsig is missing: install poppler-utils (scripts/install-deps.sh does)");
        const QString report = runPdfsig(pdf);
        QVERIFY2(report.contains(u"Signature Validation: Digest Mismatch."_s), qPrintable(report));
    }

    void appendedDataIsNotCovered_data()
    {
        QTest::addColumn<QByteArray>("suffix");
        QTest::addColumn<bool>("incrementalUpdate");
        QTest::newRow("bytes after %%EOF") << QByteArray("garbage after the end\n") << false;
        QTest::newRow("one newline") << QByteArray("\n") << false;
        QTest::newRow("second %%EOF") << QByteArray("%%EOF\n") << false;
        QTest::newRow("incremental update of the page") << QByteArray() << true;
    }

    void appendedDataIsNotCovered()
    {
        QFETCH(QByteArray, suffix);
        QFETCH(bool, incrementalUpdate);
        const QByteArray signedFile = signedPdf();
        QVERIFY(!signedFile.isEmpty());
        QByteArray pdf = signedFile + suffix;
        if (incrementalUpdate) {
            const QByteArray content = "BT /F1 12 Tf 72 770 Td (No Dues Certificate NDC/20302/2026-27/999999) Tj ET\n";
            pdf = appendUpdate(signedFile, 4,
                               "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content +
                                   "endstream");
        }

        const PdfSignatureCheck check = verifyAsOfficer(pdf);
        VERIFY_STATUS(check, PdfSignatureStatus::ByteRangeNotCoveringFile);
        QVERIFY(!check.detail.isEmpty());

        if (!incrementalUpdate)
            return;
        if (m_pdfsig.isEmpty())
            QFAIL("pdfsig is missing: install poppler-utils (scripts/install-deps.sh does)");
        const QString report = runPdfsig(pdf);
        QVERIFY2(report.contains(u"Signature Validation: Signature is Valid."_s), qPrintable(report));
        QVERIFY2(report.contains(u"Not total document signed"_s), qPrintable(report));
    }

    void byteRangeLayouts_data()
    {
        using Layout = ByteRangeLayout;
        QTest::addColumn<Layout>("layout");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("expected");

        const int notCovering = int(PdfSignatureStatus::ByteRangeNotCoveringFile);
        QTest::newRow("gap wider than /Contents") << Layout([](qint64 begin, qint64 end, qint64 size) {
            return ByteRange{0, begin, end + 20, size - end - 20};
        }) << QByteArray() << notCovering;
        QTest::newRow("gap starts before /Contents") << Layout([](qint64 begin, qint64 end, qint64 size) {
            return ByteRange{0, begin - 10, end, size - end};
        }) << QByteArray() << notCovering;
        QTest::newRow("last bytes unsigned") << Layout([](qint64 begin, qint64 end, qint64 size) {
            return ByteRange{0, begin, end, size - end - 6};
        }) << QByteArray() << notCovering;
        QTest::newRow("first bytes unsigned") << Layout([](qint64 begin, qint64 end, qint64 size) {
            return ByteRange{9, begin - 9, end, size - end};
        }) << QByteArray() << notCovering;
        QTest::newRow("gap inside /Contents") << Layout([](qint64 begin, qint64 end, qint64 size) {
            return ByteRange{0, begin + 2, end, size - end};
        }) << QByteArray() << notCovering;
        QTest::newRow("huge declared /Contents length")
            << Layout() << QByteArray("[0 1000 999999999999999999 1000]") << notCovering;
        QTest::newRow("second range past the end")
            << Layout() << QByteArray("[0 1 2 999999999999999999]") << notCovering;
        QTest::newRow("number longer than 18 digits") << Layout() << QByteArray("[0 1000 99999999999999999999 1]")
                                                      << int(PdfSignatureStatus::SignatureDictionaryMalformed);
        QTest::newRow("negative length") << Layout() << QByteArray("[0 -1000 2000 1]")
                                         << int(PdfSignatureStatus::SignatureDictionaryMalformed);
        QTest::newRow("three numbers") << Layout() << QByteArray("[0 1000 2000]")
                                       << int(PdfSignatureStatus::SignatureDictionaryMalformed);
        QTest::newRow("real number") << Layout() << QByteArray("[0 1000.0 2000 1]")
                                     << int(PdfSignatureStatus::SignatureDictionaryMalformed);
    }

    void byteRangeLayouts()
    {
        QFETCH(ByteRangeLayout, layout);
        QFETCH(QByteArray, text);
        QFETCH(int, expected);
        SignOptions options;
        options.byteRange = layout;
        options.byteRangeText = text;
        const QByteArray pdf = signedPdf({}, options);
        QVERIFY(!pdf.isEmpty());

        const PdfSignatureCheck check = verifyAsOfficer(pdf);
        VERIFY_STATUS(check, PdfSignatureStatus(expected));
    }

    void secondSignatureInUpdate()
    {
        const QByteArray first = signedPdf();
        QVERIFY(!first.isEmpty());
        const QByteArray second =
            signPdf(appendUpdate(first, 8,
                                 "<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter "
                                 "/ETSI.CAdES.detached /ByteRange " +
                                     kByteRangePlaceholder + " /Contents <" + QByteArray(16384, '0') + "> >>"),
                    officer(), m_ca.certificate.get());
        QVERIFY(!second.isEmpty());

        const PdfSignatureCheck check = verifyAsOfficer(second);
        VERIFY_STATUS(check, PdfSignatureStatus::SeveralSignatures);
        QCOMPARE(check.message.arguments, QStringList{u"2"_s});
    }

    void escapedSecondByteRangeCounts()
    {
        PdfOptions options;
        options.extraEntries = "\n/Prop_Build << /App << /Name /Byte#52ange >> >>";
        const QByteArray pdf = signedPdf(options);
        QVERIFY(!pdf.isEmpty());

        const PdfSignatureCheck check = verifyAsOfficer(pdf);
        VERIFY_STATUS(check, PdfSignatureStatus::SeveralSignatures);
    }

    void severalSignersInCms()
    {
        SignOptions options;
        options.secondSigner = {m_otherOfficer.certificate.get(), m_otherOfficer.key.get()};
        const QByteArray pdf = signedPdf({}, options);
        QVERIFY(!pdf.isEmpty());

        const PdfSignatureCheck check = verifyAsOfficer(pdf);
        VERIFY_STATUS(check, PdfSignatureStatus::SeveralSignatures);
    }

    void otherOfficerIsNotExpected()
    {
        const QByteArray pdf =
            signPdf(buildPdf(), {m_otherOfficer.certificate.get(), m_otherOfficer.key.get()}, m_ca.certificate.get());
        QVERIFY(!pdf.isEmpty());

        const PdfSignatureCheck check = verifyAsOfficer(pdf);
        VERIFY_STATUS(check, PdfSignatureStatus::SignerNotExpected);
        QVERIFY2(check.signerSubject.startsWith(u"CN=Other Officer"_s), qPrintable(check.signerSubject));
        QCOMPARE(check.message.arguments.size(), 2);
        QCOMPARE(check.message.arguments.at(0), check.signerSubject);
        QVERIFY(check.message.arguments.at(1).startsWith(u"CN=राजेश कुमार"_s));
    }

    // The key is the officer's, but the registered certificate is another one: DER is compared.
    void sameKeyOtherCertificateIsNotExpected()
    {
        const QByteArray pdf =
            signPdf(buildPdf(), {m_renewedRsaOfficerCertificate.get(), m_rsaOfficer.key.get()}, m_ca.certificate.get());
        QVERIFY(!pdf.isEmpty());

        const PdfSignatureCheck check = verifyAsOfficer(pdf);
        VERIFY_STATUS(check, PdfSignatureStatus::SignerNotExpected);
    }

    void essAttributeNamesCertificate_data()
    {
        QTest::addColumn<bool>("namesSigner");
        QTest::newRow("the signer's certificate") << true;
        QTest::newRow("another officer's certificate") << false;
    }

    void essAttributeNamesCertificate()
    {
        QFETCH(bool, namesSigner);
        SignOptions options;
        options.essCertificate = namesSigner ? m_rsaOfficer.certificate.get() : m_otherOfficer.certificate.get();
        const QByteArray pdf = signedPdf({}, options);
        QVERIFY(!pdf.isEmpty());

        const PdfSignatureCheck check = verifyAsOfficer(pdf);
        if (namesSigner) {
            VERIFY_STATUS(check, PdfSignatureStatus::Valid);
        } else {
            VERIFY_STATUS(check, PdfSignatureStatus::SignerNotExpected);
            QVERIFY2(check.detail.contains(u"ESS"_s), qPrintable(check.detail));
        }
    }

    void missingEssAttributeIsMalformed()
    {
        SignOptions options;
        options.flags = CMS_DETACHED | CMS_BINARY;
        const QByteArray pdf = signedPdf({}, options);
        QVERIFY(!pdf.isEmpty());

        const PdfSignatureCheck check = verifyAsOfficer(pdf);
        VERIFY_STATUS(check, PdfSignatureStatus::CmsMalformed);
        QVERIFY2(check.detail.contains(u"ESS"_s), qPrintable(check.detail));
    }

    void sha1DigestIsWeak()
    {
        SignOptions options;
        options.digest = EVP_sha1();
        const QByteArray pdf = signedPdf({}, options);
        QVERIFY(!pdf.isEmpty());

        const PdfSignatureCheck check = verifyAsOfficer(pdf);
        VERIFY_STATUS(check, PdfSignatureStatus::WeakDigestAlgorithm);
        QCOMPARE(check.message.arguments, QStringList{u"SHA1"_s});
    }

    void unsignedPdf_data()
    {
        QTest::addColumn<bool>("signatureField");
        QTest::addColumn<int>("expected");
        QTest::newRow("no signature field") << false << int(PdfSignatureStatus::NoSignature);
        QTest::newRow("empty placeholder") << true << int(PdfSignatureStatus::ByteRangeNotCoveringFile);
    }

    void unsignedPdf()
    {
        QFETCH(bool, signatureField);
        QFETCH(int, expected);
        PdfOptions options;
        options.signatureField = signatureField;

        const PdfSignatureCheck check = verifyAsOfficer(buildPdf(options));
        VERIFY_STATUS(check, PdfSignatureStatus(expected));
    }

    void malformedCms_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QByteArray>("padding");
        QTest::addColumn<unsigned int>("flags");

        const unsigned int cades = CMS_DETACHED | CMS_BINARY | CMS_CADES;
        QByteArray garbage;
        for (int i = 0; i < 700; ++i)
            garbage += char((i * 37 + 11) % 256);
        QTest::newRow("garbage") << garbage << QByteArray() << cades;
        QTest::newRow("SEQUENCE with garbage")
            << QByteArray(QByteArray("\x30\x82\x01\x00", 4) + garbage) << QByteArray() << cades;
        QTest::newRow("declared length 2 GiB")
            << QByteArray("\x30\x84\x7F\xFF\xFF\xFF\x06\x09", 8) << QByteArray() << cades;
        QTest::newRow("all zeros") << QByteArray(64, '\0') << QByteArray() << cades;
        QTest::newRow("data after the CMS") << QByteArray() << QByteArray("hidden") << cades;
        QTest::newRow("content attached") << QByteArray() << QByteArray() << unsigned(CMS_BINARY | CMS_CADES);
    }

    void malformedCms()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QByteArray, padding);
        QFETCH(unsigned int, flags);
        SignOptions options;
        options.contents = contents;
        options.padding = padding;
        options.flags = flags;
        PdfOptions pdfOptions;
        pdfOptions.contentsBytes = 16384; // an attached CMS carries the whole file
        const QByteArray pdf = signedPdf(pdfOptions, options);
        QVERIFY(!pdf.isEmpty());

        const PdfSignatureCheck check = verifyAsOfficer(pdf);
        VERIFY_STATUS(check, PdfSignatureStatus::CmsMalformed);
        QVERIFY(!check.detail.isEmpty());
    }

    void contentsNotHexPairs_data()
    {
        QTest::addColumn<QByteArray>("placeholder");
        QTest::newRow("odd number of digits") << QByteArray(16383, '0');
        QTest::newRow("whitespace") << QByteArray(QByteArray(16000, '0') + " 00");
        QTest::newRow("letter g") << QByteArray(QByteArray(16000, '0') + "g0");
    }

    void contentsNotHexPairs()
    {
        QFETCH(QByteArray, placeholder);
        PdfOptions options;
        options.contentsPlaceholder = placeholder;
        const QByteArray pdf = signedPdf(options);
        QVERIFY(!pdf.isEmpty());

        // "g" is not a hex digit, so that dictionary does not even parse.
        const PdfSignatureCheck check = verifyAsOfficer(pdf);
        const PdfSignatureStatus expected = placeholder.contains('g') ? PdfSignatureStatus::SignatureDictionaryMalformed
                                                                      : PdfSignatureStatus::CmsMalformed;
        VERIFY_STATUS(check, expected);
    }

    void wrongSubFilter_data()
    {
        QTest::addColumn<QByteArray>("subFilter");
        QTest::addColumn<QString>("reported");
        QTest::newRow("adbe.pkcs7.detached") << QByteArray("/adbe.pkcs7.detached") << u"adbe.pkcs7.detached"_s;
        QTest::newRow("ETSI.RFC3161") << QByteArray("/ETSI.RFC3161") << u"ETSI.RFC3161"_s;
        QTest::newRow("escaped name decoded") << QByteArray("/adbe#2Epkcs7.sha1") << u"adbe.pkcs7.sha1"_s;
        QTest::newRow("missing") << QByteArray() << QString();
    }

    void wrongSubFilter()
    {
        QFETCH(QByteArray, subFilter);
        QFETCH(QString, reported);
        PdfOptions options;
        options.subFilter = subFilter;
        const QByteArray pdf = signedPdf(options);
        QVERIFY(!pdf.isEmpty());

        const PdfSignatureCheck check = verifyAsOfficer(pdf);
        VERIFY_STATUS(check, PdfSignatureStatus::WrongSubFilter);
        QCOMPARE(check.subFilter, reported);
    }

    void truncatedFile_data()
    {
        QTest::addColumn<QByteArray>("truncated");
        QTest::addColumn<int>("expected");
        const QByteArray pdf = signedPdf();
        QVERIFY(!pdf.isEmpty());
        const qsizetype byteRange = pdf.indexOf("/ByteRange");
        const qsizetype contents = pdf.indexOf("/Contents <");

        QTest::newRow("last newline removed") << pdf.chopped(1) << int(PdfSignatureStatus::ByteRangeNotCoveringFile);
        QTest::newRow("cut inside the xref table")
            << pdf.chopped(200) << int(PdfSignatureStatus::ByteRangeNotCoveringFile);
        QTest::newRow("cut inside /Contents")
            << pdf.first(contents + 5000) << int(PdfSignatureStatus::SignatureDictionaryMalformed);
        QTest::newRow("cut inside /ByteRange")
            << pdf.first(byteRange + 20) << int(PdfSignatureStatus::SignatureDictionaryMalformed);
        QTest::newRow("header only") << pdf.first(4) << int(PdfSignatureStatus::NotPdf);
        QTest::newRow("empty") << QByteArray() << int(PdfSignatureStatus::NotPdf);
    }

    void truncatedFile()
    {
        QFETCH(QByteArray, truncated);
        QFETCH(int, expected);

        const PdfSignatureCheck check = verifyAsOfficer(truncated);
        VERIFY_STATUS(check, PdfSignatureStatus(expected));
    }

    void malformedDictionary_data()
    {
        QTest::addColumn<QByteArray>("extraEntries");
        QTest::addColumn<QByteArray>("dictionary");
        const QByteArray byteRange = "/ByteRange " + kByteRangePlaceholder;
        const QByteArray contents = "/Contents <" + QByteArray(16384, '0') + ">";
        QTest::newRow("nesting 100000 deep")
            << QByteArray("\n/Prop_Build " + QByteArray(100000, '[') + QByteArray(100000, ']')) << QByteArray();
        QTest::newRow("nesting 17 deep") << QByteArray("\n/Prop_Build " + QByteArray(17, '[') + QByteArray(17, ']'))
                                         << QByteArray();
        QByteArray manyEntries;
        for (int i = 0; i < 60; ++i)
            manyEntries += " /Extra" + QByteArray::number(i) + " " + QByteArray::number(i);
        QTest::newRow("more than 64 entries") << manyEntries << QByteArray();
        QTest::newRow("duplicate key") << QByteArray("\n/Reason (Another reason)") << QByteArray();
        QTest::newRow("duplicate key through an escape") << QByteArray("\n/Reas#6Fn (Another reason)") << QByteArray();
        QTest::newRow("unbalanced brackets") << QByteArray("\n/Prop_Build [ << ] >>") << QByteArray();
        QTest::newRow("unterminated literal string") << QByteArray("\n/ContactInfo (open") << QByteArray();
        QTest::newRow("type is not Sig") << QByteArray()
                                         << QByteArray("<< /Type /Annot " + byteRange + " " + contents + " >>");
        QTest::newRow("ByteRange only nested")
            << QByteArray() << QByteArray("<< /Type /Sig /Prop_Build << " + byteRange + " >> " + contents + " >>");
        QTest::newRow("Contents is a literal string")
            << QByteArray() << QByteArray("<< /Type /Sig " + byteRange + " /Contents (0000) >>");
        QTest::newRow("Contents missing") << QByteArray() << QByteArray("<< /Type /Sig " + byteRange + " >>");
        QTest::newRow("Reason is a number")
            << QByteArray() << QByteArray("<< /Type /Sig " + byteRange + " " + contents + " /Reason 42 >>");
        QTest::newRow("array instead of dictionary")
            << QByteArray() << QByteArray("[ " + byteRange + " " + contents + " ]");
    }

    void malformedDictionary()
    {
        QFETCH(QByteArray, extraEntries);
        QFETCH(QByteArray, dictionary);
        PdfOptions options;
        options.extraEntries = extraEntries;
        options.signatureDictionary = dictionary;

        const PdfSignatureCheck check = verifyAsOfficer(buildPdf(options));
        VERIFY_STATUS(check, PdfSignatureStatus::SignatureDictionaryMalformed);
        QVERIFY(!check.detail.isEmpty());
    }

    void byteRangeOutsideAnObject()
    {
        QByteArray pdf = signedPdf();
        QVERIFY(!pdf.isEmpty());
        // Turn "7 0 obj" into "7 0 xyz", so no object header precedes the signature dictionary.
        const qsizetype header = pdf.indexOf("7 0 obj");
        QVERIFY(header > 0);
        pdf.replace(header + 4, 3, "xyz");

        const PdfSignatureCheck check = verifyAsOfficer(pdf);
        VERIFY_STATUS(check, PdfSignatureStatus::SignatureDictionaryMalformed);
    }

    void notPdf()
    {
        const PdfSignatureCheck noHeader = verifyAsOfficer("Hello, this is not a PDF /ByteRange [0 1 2 3]");
        VERIFY_STATUS(noHeader, PdfSignatureStatus::NotPdf);

        PdfOptions options;
        options.eofMarker = false;
        const QByteArray pdf = signedPdf(options);
        QVERIFY(!pdf.isEmpty());
        const PdfSignatureCheck noEof = verifyAsOfficer(pdf);
        VERIFY_STATUS(noEof, PdfSignatureStatus::NotPdf);
    }

    void expectedCertificateMalformed_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("empty") << 0;
        QTest::newRow("garbage") << 1;
        QTest::newRow("two certificates") << 2;
        QTest::newRow("truncated PEM") << 3;
    }

    void expectedCertificateMalformed()
    {
        QFETCH(int, kind);
        const QByteArray officerPem = pemOf(m_rsaOfficer.certificate.get());
        QByteArray expected;
        if (kind == 1)
            expected = "-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n";
        else if (kind == 2)
            expected = officerPem + pemOf(m_otherOfficer.certificate.get());
        else if (kind == 3)
            expected = officerPem.first(officerPem.size() / 2);
        const QByteArray pdf = signedPdf();
        QVERIFY(!pdf.isEmpty());

        const PdfSignatureCheck check = PdfSignatureVerifier::verify(pdf, expected);
        VERIFY_STATUS(check, PdfSignatureStatus::ExpectedCertificateMalformed);
    }

    void openSslErrorQueueLeftEmpty()
    {
        QByteArray damaged = signedPdf();
        QVERIFY(!damaged.isEmpty());
        damaged[damaged.indexOf("/Contents <") + 11] = 'F';
        ERR_raise(ERR_LIB_USER, ERR_R_PASSED_INVALID_ARGUMENT);

        const PdfSignatureCheck check = verifyAsOfficer(damaged);
        VERIFY_STATUS(check, PdfSignatureStatus::CmsMalformed);
        QVERIFY2(check.detail.contains(u"asn1"_s, Qt::CaseInsensitive), qPrintable(check.detail));
        QVERIFY2(!check.detail.contains(u"passed invalid argument"_s), qPrintable(check.detail));
        QCOMPARE(ERR_peek_error(), 0UL);
    }

    void everyStatusHasMessage()
    {
        PdfOptions unsignedOptions;
        unsignedOptions.signatureField = false;
        const QList<QByteArray> files{signedPdf(), QByteArray("nothing"), buildPdf(unsignedOptions),
                                      QByteArray(signedPdf() + "x")};
        for (const QByteArray &pdf : files) {
            const PdfSignatureCheck check = verifyAsOfficer(pdf);
            QVERIFY(!check.message.isEmpty());
            QCOMPARE(check.message.context, "PdfSignatureVerifier");
            QVERIFY(!check.message.translated().isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestPdfSignatureVerifier)
#include "TestPdfSignatureVerifier.moc"
