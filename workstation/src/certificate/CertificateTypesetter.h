#pragma once

// Internal to the certificate renderer: it includes Pango and Cairo, which only the library's
// own sources see.

#include <QString>

#include <pango/pangocairo.h>

#include <memory>

namespace nodues::workstation {

class CertificateFonts;

// The look of one piece of text on the certificate.
struct TextStyle
{
    double pointSize = 10;
    bool bold = false;
    PangoAlignment alignment = PANGO_ALIGN_LEFT;
    bool justify = false; // stretch every line of a paragraph but the last to the full width
};

using LayoutPointer = std::shared_ptr<PangoLayout>;

// Makes Pango layouts of the certificate's text in its fonts, for one Cairo context.
//
// Text is shaped with the Noto fonts of CertificateFonts at 72 units per inch, so a point size
// is a size in PDF points, with hinting off so that glyph positions do not depend on a device.
// PangoCairo hands Cairo each glyph cluster with its text, and Cairo's PDF backend writes that
// text into the file, so "प्रमाण-पत्र" extracts as the characters it was made of.
class CertificateTypesetter final
{
public:
    CertificateTypesetter(const CertificateFonts &fonts, cairo_t *cr);
    ~CertificateTypesetter();
    CertificateTypesetter(const CertificateTypesetter &) = delete;
    CertificateTypesetter &operator=(const CertificateTypesetter &) = delete;

    // A layout of text wrapped to width (at word boundaries, within a word only when a word is
    // wider than width).
    LayoutPointer layout(const QString &text, double width, const TextStyle &style) const;

    static double height(const LayoutPointer &layout);
    // The width of the widest line.
    static double width(const LayoutPointer &layout);
    // Draws layout with its top left corner at (x, y).
    void draw(const LayoutPointer &layout, double x, double y) const;

    // The family that Pango chose for the first glyph of text, for checks: "Noto Sans Devanagari".
    QString familyUsedFor(const QString &text) const;

private:
    cairo_t *m_cr;
    PangoContext *m_context;
};

} // namespace nodues::workstation
