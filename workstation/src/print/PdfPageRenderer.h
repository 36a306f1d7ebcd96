#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QSizeF>
#include <QString>

#include <memory>

namespace Poppler {
class Document;
}

namespace nodues::workstation {

// Renders the pages of a PDF held in memory to images, with poppler-qt6.
//
// Poppler draws the page's annotations and form-field widgets, so the visible PAdES signature
// of a signed certificate (a signature field's widget) shows. QtPdf 6.4 cannot: pdfium's
// FPDF_RenderPageBitmap never draws form-field widgets.
//
// One renderer reads one document at a time. Poppler's documents are not shared across threads,
// so each thread needs its own renderer.
class PdfPageRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(PdfPageRenderer)

public:
    enum class Status { Empty, Ready, Unreadable, Locked, NoPages };

    PdfPageRenderer();
    ~PdfPageRenderer();
    Q_DISABLE_COPY_MOVE(PdfPageRenderer)

    // Reads pdf; the bytes are copied. Returns false with *error (translated) when the bytes are
    // not a readable PDF, the PDF is locked with a password, or it has no page.
    bool load(const QByteArray &pdf, QString *error);
    // Forgets the document.
    void clear();

    Status status() const { return m_status; }
    // The number of pages; 0 unless status() is Ready.
    int pageCount() const;
    // The size of page (from 0) in points; empty when there is no such page.
    QSizeF pageSizePoints(int page) const;

    // Page (from 0) at dpi, with antialiasing, annotations and form fields, on white. A null
    // image with *error (translated) when there is no such page or poppler fails.
    QImage render(int page, double dpi, QString *error) const;

private:
    std::unique_ptr<Poppler::Document> m_document;
    Status m_status = Status::Empty;
};

} // namespace nodues::workstation
