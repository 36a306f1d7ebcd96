#pragma once

// Whether a picture of a certificate's page shows the visible signature: the dark pixels inside
// CertificateLayout::signatureBox(), which the renderer leaves blank and the signing code fills
// with the signer's name, designation and date.

#include "PrintOutputChecks.h"
#include "certificate/CertificateLayout.h"

#include <QColor>
#include <QImage>
#include <QRect>
#include <QTemporaryDir>

namespace nodues::test {

// The least share of the signature box's area that the signer's name, designation and date
// cover when the visible signature is drawn. Measured: 8 to 9 % on the cups-pdf output at
// 100 dpi and in the preview dialog, fitted or zoomed.
inline constexpr double kMinSignatureInk = 0.02;

// The share of the pixels inside the signature box of page, a picture of a whole A4 page of any
// resolution, that are darker than mid grey: 0 for a blank box, -1 for a null image.
inline double signatureInk(const QImage &page)
{
    using namespace workstation::CertificateLayout;
    if (page.isNull())
        return -1;
    // signatureBoxInPdfSpace() has its origin at the bottom left; the image's is at the top left.
    const QRectF box = signatureBoxInPdfSpace();
    const double xScale = page.width() / kPageWidth;
    const double yScale = page.height() / kPageHeight;
    const QRect pixels = QRectF(box.left() * xScale, (kPageHeight - box.top() - box.height()) * yScale,
                                box.width() * xScale, box.height() * yScale)
                             .toAlignedRect()
                             .intersected(page.rect());
    if (pixels.isEmpty())
        return -1;
    int dark = 0;
    for (int y = pixels.top(); y <= pixels.bottom(); ++y) {
        for (int x = pixels.left(); x <= pixels.right(); ++x) {
            if (qGray(page.pixel(x, y)) < 128)
                ++dark;
        }
    }
    return double(dark) / (double(pixels.width()) * pixels.height());
}

// Page (from 1) of the PDF at path, rasterised by pdftoppm at dpi; null when that fails.
inline QImage pdfPageImage(const QString &path, int page, int dpi = 100)
{
    using namespace Qt::Literals::StringLiterals;
    QTemporaryDir folder;
    const QString prefix = folder.filePath(u"page"_s);
    const QString number = QString::number(page);
    runCheckTool(u"pdftoppm"_s, {u"-r"_s, QString::number(dpi), u"-f"_s, number, u"-l"_s, number, u"-png"_s,
                                 u"-singlefile"_s, path, prefix});
    return QImage(prefix + u".png"_s);
}

} // namespace nodues::test
