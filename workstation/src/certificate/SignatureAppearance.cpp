#include "certificate/SignatureAppearance.h"

#include "Timestamp.h"
#include "certificate/CertificateFonts.h"
#include "certificate/CertificateTypesetter.h"
#include "certificate/SigningText.h"

#include <QMutexLocker>

#include <cairo-pdf.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

namespace {

template<auto Free> struct CairoDeleter
{
    template<typename T> void operator()(T *object) const { Free(object); }
};

using SurfacePtr = std::unique_ptr<cairo_surface_t, CairoDeleter<cairo_surface_destroy>>;
using CairoPtr = std::unique_ptr<cairo_t, CairoDeleter<cairo_destroy>>;

constexpr double kLargestFontPoints = 9.0;
constexpr double kSmallestFontPoints = 4.0;
constexpr double kMarginPoints = 4.0;
constexpr double kBorderPoints = 0.6;

cairo_status_t appendToByteArray(void *closure, const unsigned char *data, unsigned int length)
{
    static_cast<QByteArray *>(closure)->append(reinterpret_cast<const char *>(data), qsizetype(length));
    return CAIRO_STATUS_SUCCESS;
}

} // namespace

QStringList SignatureAppearance::lines(const SignerDetails &signer)
{
    const char *const context = "SignatureAppearance";
    QStringList lines{bilingualDocumentText(context, QT_TRANSLATE_NOOP("SignatureAppearance", "Digitally signed by"))};
    const QString name = signer.name.trimmed();
    const QString nameHindi = signer.nameHindi.trimmed();
    if (!nameHindi.isEmpty() && nameHindi != name)
        lines.append(nameHindi);
    lines.append(name);
    const QString designation = signer.designation.trimmed();
    const QString designationHindi = signer.designationHindi.trimmed();
    if (!designationHindi.isEmpty() && designationHindi != designation)
        lines.append(designation.isEmpty() ? designationHindi : designationHindi + u" / "_s + designation);
    else if (!designation.isEmpty())
        lines.append(designation);
    if (signer.signedAt.isValid())
        lines.append(bilingualDocumentText(context, QT_TRANSLATE_NOOP("SignatureAppearance", "Date")) + u": "_s +
                     Timestamp::istDateTime(signer.signedAt) + u" IST"_s);
    return lines;
}

QByteArray SignatureAppearance::renderPdf(const SignerDetails &signer, const QSizeF &size, QString *error)
{
    const CertificateFonts *fonts = CertificateFonts::shared(CertificateFonts::defaultDirectory(), error);
    if (!fonts)
        return {};

    QByteArray pdf;
    const SurfacePtr surface(cairo_pdf_surface_create_for_stream(appendToByteArray, &pdf, size.width(), size.height()));
    const CairoPtr cairo(cairo_create(surface.get()));
    if (cairo_status(cairo.get()) != CAIRO_STATUS_SUCCESS) {
        *error = u"Cairo could not start the signature appearance: "_s +
                 QString::fromUtf8(cairo_status_to_string(cairo_status(cairo.get())));
        return {};
    }

    // A thin frame, inset by half its width so that all of it lies inside the box.
    cairo_set_source_rgb(cairo.get(), 0.2, 0.2, 0.2);
    cairo_set_line_width(cairo.get(), kBorderPoints);
    cairo_rectangle(cairo.get(), kBorderPoints / 2, kBorderPoints / 2, size.width() - kBorderPoints,
                    size.height() - kBorderPoints);
    cairo_stroke(cairo.get());

    // The text in the certificate's own fonts and typesetting, at the largest size, in steps of
    // half a point, at which it fits the box. One weight only: each weight of each script adds a
    // font subset of some kilobytes to the signed PDF.
    {
        const QMutexLocker locker(&fonts->mutex());
        const CertificateTypesetter typesetter(*fonts, cairo.get());
        const QString text = lines(signer).join(u'\n');
        const double textWidth = size.width() - 2 * kMarginPoints;
        const double textHeight = size.height() - 2 * kMarginPoints;
        LayoutPointer layout;
        for (double points = kLargestFontPoints; points >= kSmallestFontPoints; points -= 0.5) {
            layout = typesetter.layout(text, textWidth, TextStyle{points});
            if (CertificateTypesetter::height(layout) <= textHeight)
                break;
        }
        cairo_set_source_rgb(cairo.get(), 0, 0, 0);
        typesetter.draw(layout, kMarginPoints, kMarginPoints);
        cairo_show_page(cairo.get());
        cairo_surface_finish(surface.get());
    }
    if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) {
        *error = u"Cairo could not write the signature appearance: "_s +
                 QString::fromUtf8(cairo_status_to_string(cairo_surface_status(surface.get())));
        return {};
    }
    return pdf;
}

} // namespace nodues::workstation
