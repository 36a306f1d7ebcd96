#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

struct _cairo;

namespace nodues::workstation {

// A QR code symbol (ISO/IEC 18004) made with libqrencode at error correction level M, which
// restores up to about 15 % of damaged codewords: enough for a creased or smudged paper
// certificate while keeping the symbol small.
class QrSymbol final
{
    Q_DECLARE_TR_FUNCTIONS(QrSymbol)

public:
    // Light modules around the symbol that readers need to find it, as ISO/IEC 18004 requires.
    static constexpr int kQuietZoneModules = 4;

    // Encodes text in the smallest version that fits it. Returns nothing and sets error
    // (translated) when libqrencode fails, as for a text too long for version 40.
    static std::optional<QrSymbol> encode(const QByteArray &text, QString *error);

    int version() const { return m_version; }
    // Modules per side, without the quiet zone: 17 + 4 * version.
    int moduleCount() const { return m_moduleCount; }
    // Modules per side with the quiet zone on both sides.
    int sideWithQuietZone() const { return m_moduleCount + 2 * kQuietZoneModules; }
    bool isDark(int column, int row) const;

    // Appends the dark modules to cr's current path as filled rectangles, one per horizontal
    // run, so a single cairo_fill() paints them without seams between neighbours. (x, y) is the
    // top left corner of the quiet zone in user space units, and moduleSize is the side of one
    // module in the same units.
    void appendToPath(_cairo *cr, double x, double y, double moduleSize) const;

private:
    QrSymbol(int version, int moduleCount, QByteArray modules);

    int m_version = 0;
    int m_moduleCount = 0;
    QByteArray m_modules; // row by row, 1 for a dark module
};

} // namespace nodues::workstation
