#include "certificate/CertificateRenderer.h"

#include "certificate/CertificateDocument.h"
#include "certificate/CertificateFonts.h"
#include "certificate/CertificateLayout.h"
#include "certificate/CertificatePainter.h"
#include "certificate/CertificateTypesetter.h"
#include "certificate/QrSymbol.h"

#include <QLoggingCategory>
#include <QSaveFile>

#include <cairo-pdf.h>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcCertificateRender, "nodues.certificate.render")

namespace nodues::workstation {

namespace {

using SurfacePointer = std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)>;
using ContextPointer = std::unique_ptr<cairo_t, decltype(&cairo_destroy)>;

cairo_status_t appendToByteArray(void *closure, const unsigned char *data, unsigned int length)
{
    static_cast<QByteArray *>(closure)->append(reinterpret_cast<const char *>(data), qsizetype(length));
    return CAIRO_STATUS_SUCCESS;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

CertificateRenderer::CertificateRenderer(const CertificateFonts *fonts, CertificateText text)
    : m_fonts(fonts)
    , m_text(std::move(text))
{
}

CertificateRenderer::~CertificateRenderer() = default;

std::unique_ptr<CertificateRenderer> CertificateRenderer::create(QString *error)
{
    return create(Options(), error);
}

std::unique_ptr<CertificateRenderer> CertificateRenderer::create(const Options &options, QString *error)
{
    const QString fontDirectory =
        options.fontDirectory.isEmpty() ? CertificateFonts::defaultDirectory() : options.fontDirectory;
    const CertificateFonts *fonts = CertificateFonts::shared(fontDirectory, error);
    if (!fonts)
        return nullptr;

    const QString catalogue =
        options.hindiCatalogue.isEmpty() ? CertificateText::defaultCatalogue() : options.hindiCatalogue;
    std::optional<CertificateText> text = CertificateText::load(catalogue, error);
    if (!text)
        return nullptr;

    // Pango must set Hindi in Noto Sans Devanagari; any other font means the files were not used.
    const QMutexLocker locker(&fonts->mutex());
    const SurfacePointer probeSurface(cairo_image_surface_create(CAIRO_FORMAT_A8, 1, 1), &cairo_surface_destroy);
    const ContextPointer probeContext(cairo_create(probeSurface.get()), &cairo_destroy);
    const QString family = CertificateTypesetter(*fonts, probeContext.get()).familyUsedFor(u"प्रमाण-पत्र"_s);
    if (family != QLatin1String(CertificateFonts::kDevanagariFamily)) {
        fail(error, tr("Hindi text of the certificate would be set in the font \"%1\", not in %2. Reinstall the "
                       "package fonts-noto-core.")
                        .arg(family, QLatin1String(CertificateFonts::kDevanagariFamily)));
        return nullptr;
    }

    return std::unique_ptr<CertificateRenderer>(new CertificateRenderer(fonts, std::move(*text)));
}

std::optional<QByteArray> CertificateRenderer::render(const CertificateDocument &document, QString *error) const
{
    if (!document.validate(error))
        return std::nullopt;

    // The QR code contains the verify URL exactly. A long URL takes a larger version with
    // smaller modules, down to the smallest that a phone camera still reads from paper.
    const std::optional<QrSymbol> qr = QrSymbol::encode(document.verifyUrl.toUtf8(), error);
    if (!qr)
        return std::nullopt;
    const double moduleSize =
        std::min(CertificateLayout::kQrModuleSize, CertificateLayout::kQrMaxSide / qr->sideWithQuietZone());
    if (moduleSize < CertificateLayout::kQrMinModuleSize) {
        fail(error, tr("The verify URL of certificate %1 is %2 characters long, too long for a QR code that a phone "
                       "reads from paper. Ask the administrator to shorten the server's public address.")
                        .arg(document.number, QString::number(document.verifyUrl.size())));
        return std::nullopt;
    }

    QByteArray pdf;
    const SurfacePointer surface(cairo_pdf_surface_create_for_stream(&appendToByteArray, &pdf,
                                                                     CertificateLayout::kPageWidth,
                                                                     CertificateLayout::kPageHeight),
                                 &cairo_surface_destroy);
    const QByteArray title = u"%1 %2"_s.arg(m_text.phrase(CertificateText::Phrase::Title).en, document.number).toUtf8();
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, title.constData());
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_AUTHOR, document.companyName.toUtf8().constData());
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "NoDues workstation");

    // Cairo writes the font subsets when the surface finishes, so that too happens under the lock.
    const QMutexLocker locker(&m_fonts->mutex());
    int pageCount = 0;
    {
        const ContextPointer cr(cairo_create(surface.get()), &cairo_destroy);
        const CertificateTypesetter typesetter(*m_fonts, cr.get());
        CertificatePainter painter(document, m_text, *qr, moduleSize, typesetter, cr.get());
        pageCount = painter.paint();
        if (cairo_status(cr.get()) != CAIRO_STATUS_SUCCESS) {
            fail(error, tr("Certificate %1 could not be drawn: %2")
                            .arg(document.number, QString::fromUtf8(cairo_status_to_string(cairo_status(cr.get())))));
            return std::nullopt;
        }
    }
    cairo_surface_finish(surface.get());
    if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) {
        fail(error,
             tr("The PDF of certificate %1 could not be written: %2")
                 .arg(document.number, QString::fromUtf8(cairo_status_to_string(cairo_surface_status(surface.get())))));
        return std::nullopt;
    }

    qCDebug(lcCertificateRender).noquote()
        << "Rendered certificate" << document.number << "copy" << document.copyNumber << "in" << pageCount << "pages,"
        << pdf.size() << "bytes, QR version" << qr->version() << "module" << moduleSize << "pt";
    return pdf;
}

bool CertificateRenderer::renderToFile(const CertificateDocument &document, const QString &path, QString *error) const
{
    const std::optional<QByteArray> pdf = render(document, error);
    if (!pdf)
        return false;

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*pdf) != pdf->size() || !file.commit())
        return fail(error, tr("The certificate PDF %1 could not be saved: %2").arg(path, file.errorString()));
    return true;
}

} // namespace nodues::workstation
