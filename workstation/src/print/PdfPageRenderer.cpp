#include "print/PdfPageRenderer.h"

#include <poppler-qt6.h>

namespace nodues::workstation {

PdfPageRenderer::PdfPageRenderer() = default;

PdfPageRenderer::~PdfPageRenderer() = default;

bool PdfPageRenderer::load(const QByteArray &pdf, QString *error)
{
    clear();
    // Poppler copies the bytes, so pdf need not outlive the document.
    m_document = Poppler::Document::loadFromData(pdf);
    if (!m_document) {
        m_status = Status::Unreadable;
        *error = tr("The PDF cannot be read: it is damaged or not a PDF.");
        return false;
    }
    if (m_document->isLocked()) {
        m_document.reset();
        m_status = Status::Locked;
        *error = tr("The PDF is locked with a password, so it cannot be shown or printed.");
        return false;
    }
    if (m_document->numPages() < 1) {
        m_document.reset();
        m_status = Status::NoPages;
        *error = tr("The PDF has no page.");
        return false;
    }
    m_document->setRenderBackend(Poppler::Document::SplashBackend);
    m_document->setRenderHint(Poppler::Document::Antialiasing, true);
    m_document->setRenderHint(Poppler::Document::TextAntialiasing, true);
    m_document->setRenderHint(Poppler::Document::HideAnnotations, false);
    m_document->setPaperColor(Qt::white);
    m_status = Status::Ready;
    return true;
}

void PdfPageRenderer::clear()
{
    m_document.reset();
    m_status = Status::Empty;
}

int PdfPageRenderer::pageCount() const
{
    return m_status == Status::Ready ? m_document->numPages() : 0;
}

QSizeF PdfPageRenderer::pageSizePoints(int page) const
{
    if (page < 0 || page >= pageCount())
        return {};
    const std::unique_ptr<Poppler::Page> popplerPage = m_document->page(page);
    return popplerPage ? popplerPage->pageSizeF() : QSizeF();
}

QImage PdfPageRenderer::render(int page, double dpi, QString *error) const
{
    const std::unique_ptr<Poppler::Page> popplerPage =
        page >= 0 && page < pageCount() ? m_document->page(page) : nullptr;
    QImage image = popplerPage ? popplerPage->renderToImage(dpi, dpi) : QImage();
    if (image.isNull())
        *error = tr("Page %1 of the PDF could not be drawn.").arg(page + 1);
    return image;
}

} // namespace nodues::workstation
