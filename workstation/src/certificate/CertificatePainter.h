#pragma once

// Internal to CertificateRenderer: it includes Cairo, which only the library's own sources see.

#include "certificate/CertificateText.h"
#include "certificate/CertificateTypesetter.h"
#include "certificate/QrSymbol.h"

#include <QList>

#include <functional>

namespace nodues::workstation {

struct CertificateDocument;

// Lays out one certificate and draws its pages on a Cairo PDF surface. It is the one place that
// decides what goes where, from the fixed geometry in CertificateLayout.
class CertificatePainter final
{
public:
    CertificatePainter(const CertificateDocument &document, const CertificateText &text, const QrSymbol &qr,
                       double qrModuleSize, const CertificateTypesetter &typesetter, cairo_t *cr);

    // Draws every page, ending each with cairo_show_page(). Returns the number of pages.
    int paint();

private:
    // A piece of the flowing content that is never split across pages.
    struct Block
    {
        double height = 0;
        double spaceBefore = 0;
        // Room that the next block needs on the same page, so a heading never ends a page alone.
        double keepWithNext = 0;
        bool tableRow = false; // repeats the table header when it starts a page
        std::function<void(double top)> draw;
    };
    struct PlacedBlock
    {
        const Block *block = nullptr;
        double top = 0;
    };
    using Page = QList<PlacedBlock>;

    void addHeader();
    void addTitle();
    void addField(const BilingualText &label, const QString &value, bool bold, double spaceBefore = 0);
    void addFields();
    void addStatement();
    void addConnectionsTable();
    Block tableRow(const QList<QString> &cells, const TextStyle &style, bool header) const;

    QList<Page> paginate() const;
    void drawContinuationHeader() const;
    void drawCopyMark() const;
    void drawPageNumber(int page, int pageCount) const;
    void drawFooter() const;
    void drawQrColumn() const;
    void drawRule(double y, double left, double right, double lineWidth) const;
    // The text in the Hindi half: hi, or en when the document has no Hindi form of it.
    static QString hindiOr(const QString &hi, const QString &en) { return hi.isEmpty() ? en : hi; }

    const CertificateDocument &m_document;
    const CertificateText &m_text;
    const QrSymbol &m_qr;
    const double m_qrModuleSize;
    const CertificateTypesetter &m_typesetter;
    cairo_t *const m_cr;

    QList<Block> m_blocks;
    Block m_tableHeader;
    double m_continuationHeaderHeight = 0;
};

} // namespace nodues::workstation
