#pragma once

#include "print/PdfPageRenderer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QRectF>
#include <QString>

class QPainter;

namespace nodues::workstation {

// Draws the pages of one signed certificate PDF onto a painter: a QPrinter's for printing, or
// a print preview's.
//
// PdfPageRenderer (poppler) renders each page to an image at the given resolution, annotations
// and form fields included, so the signature's appearance shows. The image is scaled into the
// target rectangle with its aspect ratio kept. A reprint gets the copy mark of
// CertificateRenderer: the bilingual "COPY n" phrase of CertificateText, bold, in a ruled box
// whose top is CertificateLayout::kCopyMarkTop below the page's top and whose right side is on
// the content's right margin. It is drawn as text, so the words stay in the printed PDF's text.
class CertificatePagePainter final
{
    Q_DECLARE_TR_FUNCTIONS(CertificatePagePainter)

public:
    explicit CertificatePagePainter(int dpi);
    Q_DISABLE_COPY_MOVE(CertificatePagePainter)

    // Opens pdf for drawing. Returns false with *error (translated, naming number) when it
    // cannot be read, is locked with a password or has no page.
    bool open(const QString &number, const QByteArray &pdf, QString *error);
    int pageCount() const;

    // Draws page (from 0) into target, in the painter's device coordinates, with the copy mark
    // when copyNumber > 0. Returns false with *error (translated) when the page cannot be rendered
    // or the copy mark's wording is missing.
    bool paint(QPainter &painter, int page, const QRectF &target, int copyNumber, QString *error);

    // The copy mark's text, "प्रति n / COPY n"; empty with *error (translated) when the Hindi
    // catalogue lacks the phrase.
    static QString copyMarkText(int copyNumber, QString *error);

private:
    static void drawCopyMark(QPainter &painter, const QRectF &page, const QString &text);

    int m_dpi;
    QString m_number;
    PdfPageRenderer m_document;
};

} // namespace nodues::workstation
