#pragma once

#include <QString>

namespace nodues::workstation {

// Text that the signature puts into the certificate PDF, which is Hindi first and then English
// whatever language the workstation's interface shows. sourceText must be marked with
// QT_TRANSLATE_NOOP(context, ...). Returns "Hindi / English", looking the Hindi up in the
// catalogue at CertificateText::defaultCatalogue(), or the English alone while that catalogue is
// missing or has no translation of it (unlike the certificate's own wording, which CertificateText
// requires complete).
QString bilingualDocumentText(const char *context, const char *sourceText);

} // namespace nodues::workstation
