#pragma once

#include <QString>

#include <optional>

namespace nodues::TextCheck {

// A character a name or address may not contain.
struct DisallowedCharacter
{
    char32_t codePoint = 0;
    // True for a character that does not print: a control character, an invisible format
    // character such as U+202E (right-to-left override) or U+200B, half of a surrogate pair, a
    // private-use or unassigned code point.
    bool invisible = false;
};

// The first character of text that is not allowed in a name or address: an invisible character
// (line breaks are allowed where lineBreaksAllowed; the joiners U+200C and U+200D that Devanagari
// spelling needs are always allowed), or a letter or mark in a script other than Devanagari (and
// Latin where latinAllowed). Latin means the letters up to U+024F, so full-width forms such as
// "Ｄ" are refused. Digits, spaces and punctuation belong to every script.
std::optional<DisallowedCharacter> firstDisallowedCharacter(const QString &text, bool latinAllowed,
                                                            bool lineBreaksAllowed);

// "U+0915": how messages name a character that may not be printable.
QString codePointName(char32_t codePoint);

// The character itself, for messages, or its code point name when it does not print.
QString characterForMessage(const DisallowedCharacter &character);

} // namespace nodues::TextCheck
