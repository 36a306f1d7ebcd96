#include "certificate/PadesSigner.h"

#include "certificate/CertificateLayout.h"
#include "certificate/OpenSslSupport.h"
#include "certificate/PdfPageImport.h"
#include "certificate/SigningKey.h"
#include "certificate/SigningLogging.h"
#include "certificate/SigningText.h"
#include "certificates/PdfSignatureVerifier.h"

#include <podofo/podofo.h>

#include <openssl/err.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

namespace {

// Room for the CMS beyond its certificates and signature value: the signed attributes
// (content type, signing time, message digest, ESS signing-certificate-v2), the signer's
// issuer and serial number, the algorithm identifiers and the ASN.1 framing. They took about
// 420 bytes for a test RSA-2048 key with OpenSSL 3.0; the rest is margin for longer names.
constexpr qsizetype kCmsOverheadBytes = 1024;

const char *const kFieldName = "NoDuesOfficerSignature";

void freeCertificateView(STACK_OF(X509) * certificates)
{
    sk_X509_free(certificates);
}

// A stack that does not own its certificates.
using CertificateViewPtr = std::unique_ptr<STACK_OF(X509), openssl::Deleter<freeCertificateView>>;

PoDoFo::PdfString pdfText(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return PoDoFo::PdfString(reinterpret_cast<const PoDoFo::pdf_utf8 *>(utf8.constData()));
}

// Bytes for /Contents: the certificates the CMS embeds, the signature value, and the overhead.
qsizetype signatureSpace(const SigningKey &key)
{
    qsizetype bytes = openssl::certificateDer(key.certificate()).size() + kCmsOverheadBytes;
    for (X509 *certificate : key.chain())
        bytes += openssl::certificateDer(certificate).size();
    // EVP_PKEY_get_size() is the largest signature the key makes (an ECDSA value varies in length).
    return bytes + EVP_PKEY_get_size(key.privateKey());
}

// The detached CAdES CMS over content, DER-encoded, or empty with *detail set.
QByteArray cadesSignature(const SigningKey &key, const QByteArray &content, QString *detail)
{
    const CertificateViewPtr chain(sk_X509_new_null());
    for (X509 *certificate : key.chain()) {
        if (!chain || sk_X509_push(chain.get(), certificate) <= 0) {
            *detail = u"could not build the certificate chain: "_s + openssl::takeErrors();
            return {};
        }
    }
    const openssl::BioPtr input(BIO_new_mem_buf(content.constData(), int(content.size())));
    const openssl::CmsPtr cms(CMS_sign(key.certificate(), key.privateKey(), chain.get(), input.get(),
                                       CMS_DETACHED | CMS_BINARY | CMS_CADES | CMS_NOSMIMECAP));
    const int length = cms ? i2d_CMS_ContentInfo(cms.get(), nullptr) : 0;
    if (length <= 0) {
        *detail = u"CMS_sign failed: "_s + openssl::takeErrors();
        return {};
    }
    QByteArray der(length, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    i2d_CMS_ContentInfo(cms.get(), &out);
    return der;
}

// The state of one signing run, so that the PoDoFo steps read as one sequence.
class SigningRun final
{
    Q_DECLARE_TR_FUNCTIONS(PadesSigner)

public:
    SigningRun(const QByteArray &unsignedPdf, const SigningKey &key, const SignatureRequest &request)
        : m_unsignedPdf(unsignedPdf)
        , m_key(key)
        , m_request(request)
    {
    }

    // Throws PoDoFo::PdfError for PoDoFo's failures; returns nothing with *error set for others.
    std::optional<QByteArray> run(SigningError *error)
    {
        PoDoFo::PdfMemDocument document;
        document.LoadFromBuffer(m_unsignedPdf.constData(), long(m_unsignedPdf.size()), true);
        m_loaded = true;
        const int pageIndex = m_request.pageIndex < 0 ? document.GetPageCount() - 1 : m_request.pageIndex;
        if (pageIndex < 0 || pageIndex >= document.GetPageCount()) {
            *error = {SigningErrorCode::PdfUnreadable,
                      tr("The certificate PDF has no page %1 for the signature. Render the certificate again.")
                          .arg(pageIndex + 1),
                      u"page index %1 of %2 pages"_s.arg(pageIndex).arg(document.GetPageCount())};
            return std::nullopt;
        }
        PoDoFo::PdfPage *page = document.GetPage(pageIndex);
        const QRectF box = m_request.box.isEmpty() ? CertificateLayout::signatureBoxInPdfSpace() : m_request.box;
        QString appearanceError;
        const QByteArray appearance = SignatureAppearance::renderPdf(m_request.signer, box.size(), &appearanceError);
        if (appearance.isEmpty()) {
            *error = {SigningErrorCode::SigningFailed,
                      tr("The visible signature could not be drawn. Check that the font Noto Sans Devanagari "
                         "(fonts-noto-core) is installed."),
                      appearanceError};
            return std::nullopt;
        }

        PoDoFo::PdfRefCountedBuffer buffer;
        PoDoFo::PdfOutputDevice output(&buffer);
        PoDoFo::PdfSignOutputDevice signer(&output);
        signer.SetSignatureSize(size_t(signatureSpace(m_key)));
        addSignatureField(document, *page, box, appearance, *signer.GetSignatureBeacon());
        document.WriteUpdate(&signer, true);
        if (!signer.HasSignaturePosition()) {
            *error = {SigningErrorCode::SigningFailed, failedMessage(),
                      u"PoDoFo did not find the /Contents placeholder in the written PDF"_s};
            return std::nullopt;
        }
        if (!fillContents(signer, error))
            return std::nullopt;
        return QByteArray(buffer.GetBuffer(), qsizetype(output.GetLength()));
    }

    // Whether PoDoFo parsed the unsigned PDF, so that a later PoDoFo error is not the input's fault.
    bool loaded() const { return m_loaded; }

    static QString failedMessage()
    {
        return tr("The certificate PDF could not be signed. Try again; if it fails again, send the "
                  "workstation's log to the administrator.");
    }

private:
    // Adds the signature field with its widget at box on page, showing appearance (a one-page
    // PDF), and the signature dictionary with beacon as the /Contents placeholder.
    void addSignatureField(PoDoFo::PdfMemDocument &document, PoDoFo::PdfPage &page, const QRectF &box,
                           const QByteArray &appearance, const PoDoFo::PdfData &beacon)
    {
        PoDoFo::PdfAcroForm *form =
            document.GetAcroForm(PoDoFo::ePdfCreateObject, PoDoFo::ePdfAcroFormDefaultAppearance_None);
        // SigFlags 3: the document has signatures, and may only be appended to.
        form->GetObject()->GetDictionary().AddKey(PoDoFo::PdfName("SigFlags"), PoDoFo::PdfObject(PoDoFo::pdf_int64(3)));
        if (form->GetNeedAppearances())
            form->SetNeedAppearances(false);

        PoDoFo::PdfAnnotation *widget = page.CreateAnnotation(
            PoDoFo::ePdfAnnotation_Widget, PoDoFo::PdfRect(box.x(), box.y(), box.width(), box.height()));
        widget->SetFlags(PoDoFo::ePdfAnnotationFlags_Print | PoDoFo::ePdfAnnotationFlags_Locked);
        PoDoFo::PdfSignatureField field(widget, form, &document);
        field.SetFieldName(PoDoFo::PdfString(kFieldName));
        PoDoFo::PdfXObject appearanceForm(importPageAsForm(appearance, document));
        field.SetAppearanceStream(&appearanceForm);

        const QString reason =
            !m_request.reason.isEmpty()
                ? m_request.reason
                : bilingualDocumentText("PadesSigner",
                                        QT_TRANSLATE_NOOP("PadesSigner", "Approval of the No Dues certificate"));
        field.SetSignatureReason(pdfText(reason));
        field.SetSignatureLocation(pdfText(m_request.certificateNumber));
        field.SetSignatureDate(PoDoFo::PdfDate(time_t(m_request.signer.signedAt.toSecsSinceEpoch())));
        field.SetSignature(beacon);

        // PoDoFo 0.9.8 writes adbe.pkcs7.detached; the CMS is CAdES, and the server accepts only PAdES.
        PoDoFo::PdfDictionary &dictionary = field.GetSignatureObject()->GetDictionary();
        dictionary.AddKey(PoDoFo::PdfName("SubFilter"), PoDoFo::PdfName("ETSI.CAdES.detached"));
        const QString name = m_request.signer.name.trimmed().isEmpty() ? openssl::commonName(m_key.certificate())
                                                                       : m_request.signer.name.trimmed();
        dictionary.AddKey(PoDoFo::PdfName("Name"), pdfText(name));
    }

    // Signs every byte but the /Contents placeholder, the ranges that the adjusted /ByteRange
    // names, and writes the CMS into the placeholder.
    bool fillContents(PoDoFo::PdfSignOutputDevice &signer, SigningError *error)
    {
        signer.AdjustByteRange();
        signer.Seek(0);
        QByteArray covered;
        char chunk[16384];
        while (const size_t read = signer.ReadForSignature(chunk, sizeof chunk))
            covered.append(chunk, qsizetype(read));

        QString detail;
        const QByteArray cms = cadesSignature(m_key, covered, &detail);
        if (cms.isEmpty()) {
            *error = {SigningErrorCode::SigningFailed,
                      tr("The key failed to sign. If it is on a token, check that the token is still plugged in, "
                         "then sign again."),
                      detail};
            return false;
        }
        if (size_t(cms.size()) > signer.GetSignatureSize()) {
            *error = {
                SigningErrorCode::SigningFailed, failedMessage(),
                u"the CMS has %1 bytes, more than the %2 reserved"_s.arg(cms.size()).arg(signer.GetSignatureSize())};
            return false;
        }
        signer.SetSignature(PoDoFo::PdfData(cms.constData(), size_t(cms.size())));
        signer.Flush();
        return true;
    }

    const QByteArray &m_unsignedPdf;
    const SigningKey &m_key;
    const SignatureRequest &m_request;
    bool m_loaded = false;
};

// Checks signed as the server will; returns false with *error set when it would be rejected.
bool checkLikeServer(const QByteArray &unsignedPdf, const QByteArray &signedPdf, const SigningKey &key,
                     const QString &certificateNumber, SigningError *error)
{
    if (!signedPdf.startsWith(unsignedPdf)) {
        *error = {SigningErrorCode::SigningFailed, SigningRun::failedMessage(),
                  u"the signed PDF does not start with the unsigned bytes"_s};
        return false;
    }
    const PdfSignatureCheck check = PdfSignatureVerifier::verify(signedPdf, key.certificatePem());
    if (check.status != PdfSignatureStatus::Valid) {
        *error = {SigningErrorCode::SigningFailed, SigningRun::failedMessage(),
                  u"the signed PDF fails the server's check: "_s + check.message.translated() + u" "_s + check.detail};
        return false;
    }
    if (check.location != certificateNumber) {
        *error = {SigningErrorCode::SigningFailed, SigningRun::failedMessage(),
                  u"/Location reads back as \"%1\", not \"%2\""_s.arg(check.location, certificateNumber)};
        return false;
    }
    return true;
}

} // namespace

std::optional<QByteArray> PadesSigner::sign(const QByteArray &unsignedPdf, const SigningKey &key,
                                            const SignatureRequest &request, SigningError *error)
{
    *error = {};
    if (!key.isUnlocked()) {
        *error = {SigningErrorCode::NotUnlocked,
                  tr("The signing key is locked. Enter the PIN or passphrase, then sign again."),
                  u"sign() called with a locked key"_s};
        return std::nullopt;
    }
    if (request.certificateNumber.trimmed().isEmpty() ||
        request.certificateNumber != request.certificateNumber.trimmed()) {
        *error = {SigningErrorCode::SigningFailed, SigningRun::failedMessage(),
                  u"the certificate number \"%1\" is empty or has spaces around it"_s.arg(request.certificateNumber)};
        return std::nullopt;
    }
    if (unsignedPdf.contains("/ByteRange")) {
        *error = {SigningErrorCode::PdfAlreadySigned,
                  tr("The certificate PDF is already signed, and a certificate carries exactly one signature. "
                     "Sign the unsigned PDF of certificate %1.")
                      .arg(request.certificateNumber),
                  {}};
        return std::nullopt;
    }

    // The same instant for /M and the visible signature.
    SignatureRequest resolved = request;
    if (!resolved.signer.signedAt.isValid())
        resolved.signer.signedAt = QDateTime::currentDateTimeUtc();

    // PoDoFo prints its debug output and log messages to the console unless they are disabled.
    PoDoFo::PdfError::EnableDebug(false);
    PoDoFo::PdfError::EnableLogging(false);
    ERR_clear_error();
    std::optional<QByteArray> signedPdf;
    SigningRun run(unsignedPdf, key, resolved);
    try {
        signedPdf = run.run(error);
    } catch (const PoDoFo::PdfError &pdfError) {
        const QString detail = u"PoDoFo error %1 (%2)"_s.arg(int(pdfError.GetError()))
                                   .arg(QString::fromUtf8(PoDoFo::PdfError::ErrorName(pdfError.GetError())));
        if (run.loaded())
            *error = {SigningErrorCode::SigningFailed, SigningRun::failedMessage(), detail};
        else
            *error = {SigningErrorCode::PdfUnreadable,
                      tr("The certificate PDF could not be read for signing. Render the certificate again, then "
                         "sign it."),
                      detail};
    }
    ERR_clear_error();
    if (!signedPdf || !checkLikeServer(unsignedPdf, *signedPdf, key, request.certificateNumber, error)) {
        qCWarning(lcSigning).noquote() << "Could not sign certificate" << request.certificateNumber << "with"
                                       << key.description() << ":" << error->detail;
        return std::nullopt;
    }
    qCInfo(lcSigning).noquote() << "Signed certificate" << request.certificateNumber << "with" << key.description()
                                << "(" << signedPdf->size() << "bytes)";
    return signedPdf;
}

} // namespace nodues::workstation
