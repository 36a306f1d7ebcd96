#include "import/TextCheck.h"

using namespace Qt::Literals::StringLiterals;

namespace nodues::TextCheck {

QChar firstDisallowedCharacter(const QString &text, bool latinAllowed, bool lineBreaksAllowed)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control) {
            if (lineBreaksAllowed && (c == u'\n' || c == u'\r'))
                continue;
            return c;
        }
        // Characters beyond the Basic Multilingual Plane are in neither script.
        if (c.isSurrogate())
            return c;
        if (!c.isLetter() && !c.isMark())
            continue;
        const QChar::Script script = c.script();
        if (script == QChar::Script_Devanagari || script == QChar::Script_Inherited || script == QChar::Script_Common)
            continue;
        if (latinAllowed && script == QChar::Script_Latin)
            continue;
        return c;
    }
    return {};
}

QString codePointName(QChar c)
{
    return u"U+"_s + u"%1"_s.arg(uint(c.unicode()), 4, 16, QChar(u'0')).toUpper();
}

} // namespace nodues::TextCheck
