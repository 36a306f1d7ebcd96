#include "certificate/SigningText.h"

#include "certificate/CertificateText.h"

#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

namespace {

// Loaded once and never installed, so the interface keeps the language the officer chose.
const QTranslator &hindiCatalogue()
{
    static QTranslator catalogue;
    // A catalogue that failed to load translates nothing, which leaves the English alone.
    [[maybe_unused]] static const bool loaded = catalogue.load(CertificateText::defaultCatalogue());
    return catalogue;
}

} // namespace

QString bilingualDocumentText(const char *context, const char *sourceText)
{
    const QString english = QString::fromUtf8(sourceText);
    const QString hindi = hindiCatalogue().translate(context, sourceText);
    if (hindi.isEmpty() || hindi == english)
        return english;
    return hindi + u" / "_s + english;
}

} // namespace nodues::workstation
