#include "app/Language.h"

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

QString languageCode(Language language)
{
    return language == Language::English ? u"en"_s : u"hi"_s;
}

Language languageFromCode(const QString &code, Language fallback)
{
    const QString normalized = code.trimmed().toLower();
    if (normalized == u"hi"_s)
        return Language::Hindi;
    if (normalized == u"en"_s)
        return Language::English;
    return fallback;
}

} // namespace nodues::workstation
