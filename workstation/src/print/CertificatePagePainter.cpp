#include "print/CertificatePagePainter.h"

#include "certificate/CertificateLayout.h"
#include "certificate/CertificateText.h"

#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPen>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

namespace {

// The renderer's copy mark: 11 pt bold with 4 pt of padding inside a 1.2 pt rule.
constexpr double kCopyMarkPointSize = 11;
constexpr double kCopyMarkPadding = 4;
constexpr double kCopyMarkRule = 1.2;

} // namespace

CertificatePagePainter::CertificatePagePainter(int dpi)
    : m_dpi(dpi)
{
}

bool CertificatePagePainter::open(const QString &number, const QByteArray &pdf, QString *error)
{
    m_number = number;
    QString reason;
    if (m_document.load(pdf, &reason))
        return true;
    if (m_document.status() == PdfPageRenderer::Status::Locked)
        *error = tr("The stored PDF of certificate %1 is locked with a password, so it cannot be printed.").arg(number);
    else
        *error = tr("The stored PDF of certificate %1 cannot be read, so it cannot be printed. Download or sign it "
                    "again.")
                     .arg(number);
    return false;
}

int CertificatePagePainter::pageCount() const
{
    return m_document.pageCount();
}

bool CertificatePagePainter::paint(QPainter &painter, int page, const QRectF &target, int copyNumber, QString *error)
{
    QString reason;
    const QImage image = m_document.render(page, m_dpi, &reason);
    if (image.isNull()) {
        *error = tr("Page %1 of certificate %2 could not be rendered for printing.").arg(page + 1).arg(m_number);
        return false;
    }
    // Opaque white under the page: an alpha channel would make the PDF engine add a soft mask.
    QImage opaque(image.size(), QImage::Format_RGB32);
    opaque.fill(Qt::white);
    {
        QPainter flatten(&opaque);
        flatten.drawImage(0, 0, image);
    }

    // The page scaled into target with its aspect ratio kept, centred.
    QSizeF size = QSizeF(opaque.size()).scaled(target.size(), Qt::KeepAspectRatio);
    const QRectF placed(target.left() + (target.width() - size.width()) / 2,
                        target.top() + (target.height() - size.height()) / 2, size.width(), size.height());
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    painter.drawImage(placed, opaque);
    painter.restore();

    if (copyNumber > 0) {
        const QString text = copyMarkText(copyNumber, error);
        if (text.isEmpty())
            return false;
        drawCopyMark(painter, placed, text);
    }
    return true;
}

QString CertificatePagePainter::copyMarkText(int copyNumber, QString *error)
{
    // The Hindi catalogue is in the program's resources; load it once.
    static const std::optional<CertificateText> text = [] {
        QString ignored;
        return CertificateText::load(CertificateText::defaultCatalogue(), &ignored);
    }();
    if (!text) {
        *error = tr("The Hindi wording of the copy mark is missing from the program, so a copy cannot be printed.");
        return {};
    }
    const QString number = QString::number(copyNumber);
    return text->phrase(CertificateText::Phrase::Copy, {number}, {number}).joined();
}

void CertificatePagePainter::drawCopyMark(QPainter &painter, const QRectF &page, const QString &text)
{
    using namespace CertificateLayout;
    const double scale = page.width() / kPageWidth; // device units per point

    QFont font;
    // Devanagari first: Qt shapes each script with the first family that covers it, and the Latin
    // letters, which Noto Sans Devanagari lacks, come from Noto Sans.
    font.setFamilies({u"Noto Sans Devanagari"_s, u"Noto Sans"_s});
    font.setBold(true);
    font.setPixelSize(qMax(1, qRound(kCopyMarkPointSize * scale)));
    const QFontMetricsF metrics(font, painter.device());
    const double padding = kCopyMarkPadding * scale;
    const QSizeF textSize(metrics.horizontalAdvance(text), metrics.height());
    const QRectF box(page.left() + kContentRight * scale - textSize.width() - 2 * padding,
                     page.top() + kCopyMarkTop * scale, textSize.width() + 2 * padding,
                     textSize.height() + 2 * padding);

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(Qt::black, kCopyMarkRule * scale));
    painter.setBrush(Qt::white);
    painter.drawRect(box);
    painter.setFont(font);
    painter.drawText(box.adjusted(padding, padding, -padding, -padding), Qt::AlignLeft | Qt::AlignVCenter, text);
    painter.restore();
}

} // namespace nodues::workstation
