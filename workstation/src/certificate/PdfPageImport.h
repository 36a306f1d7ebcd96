#pragma once

#include <QByteArray>

namespace PoDoFo {
class PdfMemDocument;
class PdfObject;
} // namespace PoDoFo

namespace nodues::workstation {

// Copies the first page of pagePdf into document as a new form XObject: the page's content
// becomes the form's stream, its media box the form's /BBox, and its resources (fonts, images)
// are deep-copied into document. Only the objects the page's resources reach are copied, so no
// catalog, page tree or outline of pagePdf enters document. Returns the form's object, which
// document owns. Throws PoDoFo::PdfError when pagePdf cannot be parsed or has no page.
PoDoFo::PdfObject *importPageAsForm(const QByteArray &pagePdf, PoDoFo::PdfMemDocument &document);

} // namespace nodues::workstation
