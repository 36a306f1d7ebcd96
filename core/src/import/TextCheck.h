#pragma once

#include <QChar>
#include <QString>

namespace nodues::TextCheck {

// The first character of text that is not allowed in a name or address: a control character
// (other than a line break where lineBreaksAllowed), or a letter or mark in a script other than
// Devanagari (and Latin where latinAllowed). Digits, spaces, punctuation and joiners belong to
// every script. Returns a null QChar when every character is allowed.
QChar firstDisallowedCharacter(const QString &text, bool latinAllowed, bool lineBreaksAllowed);

// "U+0915": how messages name a character that may not be printable.
QString codePointName(QChar c);

} // namespace nodues::TextCheck
