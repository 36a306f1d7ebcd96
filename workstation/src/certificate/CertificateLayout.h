#pragma once

#include <QRectF>

// The fixed geometry of the certificate page, in PDF points (1/72 inch), measured from the top
// left corner of the page as Cairo draws it unless a name says otherwise. CertificateRenderer
// lays everything out from these numbers; the signing code places the visible signature in
// signatureBox().
namespace nodues::workstation::CertificateLayout {

// ISO 216 A4, 210 mm x 297 mm.
inline constexpr double kPageWidth = 595.2756;
inline constexpr double kPageHeight = 841.8898;

inline constexpr double kMillimetre = 72.0 / 25.4;

// 15 mm on every side: inside the unprintable border of office laser and inkjet printers.
inline constexpr double kMarginLeft = 15 * kMillimetre;
inline constexpr double kMarginRight = 15 * kMillimetre;
inline constexpr double kMarginTop = 15 * kMillimetre;
inline constexpr double kMarginBottom = 15 * kMillimetre;
inline constexpr double kContentLeft = kMarginLeft;
inline constexpr double kContentRight = kPageWidth - kMarginRight;
inline constexpr double kContentWidth = kContentRight - kContentLeft;

// The "COPY n" box of a reprint, top right on every page above the first line of text.
inline constexpr double kCopyMarkTop = 8 * kMillimetre;

// The footer of the last page: the approving officer and the signature on the left, the QR
// code and the verify address on the right. It ends at the bottom margin; the connections table
// flows onto further pages when the footer would not fit below it.
inline constexpr double kFooterHeight = 180;
inline constexpr double kFooterTop = kPageHeight - kMarginBottom - kFooterHeight;
// The page number of a certificate of several pages sits under the bottom margin.
inline constexpr double kPageNumberTop = kPageHeight - kMarginBottom + 4;

// The QR code, quiet zone included, is at most this wide and sits in the footer's top right
// corner. Its module is kQrModuleSize, or smaller down to kQrMinModuleSize when a long verify
// URL needs a larger version. The renderer rejects a URL that would need smaller modules.
inline constexpr double kQrMaxSide = 150;
inline constexpr double kQrModuleSize = 2.0;                  // 0.71 mm
inline constexpr double kQrMinModuleSize = 0.5 * kMillimetre; // 1.42 pt

// The box for the signature's visible appearance (signer's name, designation, date) that the
// signing code draws on the last page, in the footer's left column above the approving
// officer's printed name. The renderer leaves it blank.
inline constexpr double kSignatureBoxLeft = kContentLeft;
inline constexpr double kSignatureBoxTop = kFooterTop + 16;
inline constexpr double kSignatureBoxWidth = 240;
inline constexpr double kSignatureBoxHeight = 64;

// The signature box with its top left corner at (kSignatureBoxLeft, kSignatureBoxTop), y down.
constexpr QRectF signatureBox()
{
    return {kSignatureBoxLeft, kSignatureBoxTop, kSignatureBoxWidth, kSignatureBoxHeight};
}

// The same box in PDF user space, origin at the bottom left of the page and y up, as a
// signature widget's /Rect needs it: x is the left edge and y the bottom edge.
constexpr QRectF signatureBoxInPdfSpace()
{
    return {kSignatureBoxLeft, kPageHeight - kSignatureBoxTop - kSignatureBoxHeight, kSignatureBoxWidth,
            kSignatureBoxHeight};
}

} // namespace nodues::workstation::CertificateLayout
