#include "certificate/QrSymbol.h"

#include <cairo.h>
#include <qrencode.h>

#include <cerrno>
#include <cstring>
#include <memory>

namespace nodues::workstation {

QrSymbol::QrSymbol(int version, int moduleCount, QByteArray modules)
    : m_version(version)
    , m_moduleCount(moduleCount)
    , m_modules(std::move(modules))
{
}

std::optional<QrSymbol> QrSymbol::encode(const QByteArray &text, QString *error)
{
    // QRcode_encodeString() reads a C string, so a NUL byte would cut the text short.
    if (text.contains('\0')) {
        if (error)
            *error = tr("The QR code text contains a NUL byte.");
        return std::nullopt;
    }

    // Version 0 lets libqrencode choose the smallest version. It splits the text into numeric,
    // alphanumeric and byte segments, keeping the case of letters, which takes fewer modules than
    // bytes alone.
    errno = 0;
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(text.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code) {
        if (error)
            *error = tr("The QR code of %1 bytes could not be made: %2")
                         .arg(QString::number(text.size()), QString::fromLocal8Bit(std::strerror(errno)));
        return std::nullopt;
    }

    // libqrencode marks a dark module with the lowest bit of each byte.
    const int count = code->width;
    QByteArray modules(qsizetype(count) * count, '\0');
    for (qsizetype i = 0; i < modules.size(); ++i)
        modules[i] = char(code->data[i] & 1);
    return QrSymbol(code->version, count, std::move(modules));
}

bool QrSymbol::isDark(int column, int row) const
{
    if (column < 0 || row < 0 || column >= m_moduleCount || row >= m_moduleCount)
        return false;
    return m_modules.at(qsizetype(row) * m_moduleCount + column) != 0;
}

void QrSymbol::appendToPath(cairo_t *cr, double x, double y, double moduleSize) const
{
    const double left = x + kQuietZoneModules * moduleSize;
    const double top = y + kQuietZoneModules * moduleSize;
    for (int row = 0; row < m_moduleCount; ++row) {
        int column = 0;
        while (column < m_moduleCount) {
            if (!isDark(column, row)) {
                ++column;
                continue;
            }
            const int start = column;
            while (column < m_moduleCount && isDark(column, row))
                ++column;
            cairo_rectangle(cr, left + start * moduleSize, top + row * moduleSize, (column - start) * moduleSize,
                            moduleSize);
        }
    }
}

} // namespace nodues::workstation
