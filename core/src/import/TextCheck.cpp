#include "import/TextCheck.h"

#include <QList>

using namespace Qt::Literals::StringLiterals;

namespace nodues::TextCheck {

namespace {

constexpr char32_t kZeroWidthNonJoiner = 0x200C;
constexpr char32_t kZeroWidthJoiner = 0x200D;
constexpr char32_t kLastLatinLetter = 0x024F; // end of Latin Extended-B

bool isInvisible(char32_t c, bool lineBreaksAllowed)
{
    if (lineBreaksAllowed && (c == u'\n' || c == u'\r'))
        return false;
    if (c == kZeroWidthNonJoiner || c == kZeroWidthJoiner)
        return false;
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
        return true;
    default:
        return false;
    }
}

} // namespace

std::optional<DisallowedCharacter> firstDisallowedCharacter(const QString &text, bool latinAllowed,
                                                            bool lineBreaksAllowed)
{
    // toUcs4() turns each surrogate pair into one code point and keeps a lone half as it is.
    const QList<uint> codePoints = text.toUcs4();
    for (const uint value : codePoints) {
        const char32_t c = value;
        if (isInvisible(c, lineBreaksAllowed))
            return DisallowedCharacter{c, true};
        if (!QChar::isLetter(c) && !QChar::isMark(c))
            continue;
        const QChar::Script script = QChar::script(c);
        if (script == QChar::Script_Devanagari || script == QChar::Script_Inherited || script == QChar::Script_Common)
            continue;
        if (latinAllowed && script == QChar::Script_Latin && c <= kLastLatinLetter)
            continue;
        return DisallowedCharacter{c, false};
    }
    return std::nullopt;
}

QString codePointName(char32_t codePoint)
{
    return u"U+"_s + u"%1"_s.arg(uint(codePoint), 4, 16, QChar(u'0')).toUpper();
}

QString characterForMessage(const DisallowedCharacter &character)
{
    if (character.invisible)
        return codePointName(character.codePoint);
    return u"\""_s + QString::fromUcs4(&character.codePoint, 1) + u"\" ("_s + codePointName(character.codePoint) +
           u")"_s;
}

} // namespace nodues::TextCheck
