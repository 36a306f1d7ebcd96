#pragma once

#include "TranslatableText.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace nodues::server {

// The language of the human-readable text in a response (error messages).
//
// Hindi is chosen when the request's Accept-Language prefers it over English: of the entries whose
// primary subtag is "hi" or "en", the one with the highest q-value wins, an earlier entry winning
// a tie. Any other header, a missing one or one naming neither language gives English, the source
// language of every message. Each response names its language in Content-Language.
enum class ResponseLanguage {
    English,
    Hindi,
};

ResponseLanguage languageFromAcceptLanguage(const QByteArray &acceptLanguage);
QByteArray languageTag(ResponseLanguage language);

// A message marked for translation with QT_TRANSLATE_NOOP(context, sourceText), translated when
// the response is built. Server threads answer clients in different languages at once, so the
// text is looked up per response in the Hindi catalogue (:/i18n/nodues_hi.qm) instead of through
// the process-wide translator that tr() uses.
struct LocalizedMessage
{
    const char *context = nullptr;
    const char *sourceText = nullptr;
    QStringList arguments;  // replace %1, %2, ... in order after translation

    QString toString(ResponseLanguage language) const;
};

// The same message as core code returns it.
inline LocalizedMessage localized(const TranslatableText &text)
{
    return {text.context, text.sourceText, text.arguments};
}

} // namespace nodues::server
