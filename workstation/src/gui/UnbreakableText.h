#pragma once

#include <QString>

namespace nodues::workstation {

// U+2060 WORD JOINER: no line break on either side, and it draws nothing.
inline constexpr QChar kWordJoiner{0x2060};

// number ("APP/2030201/2026-27/000123", "NDC/20302/2026-27/000123") made to stay on one line in
// a word-wrapped label: a word joiner follows each '/' and '-', where Qt's line breaking would
// otherwise allow a break. The text looks the same. Text copied from such a label contains the
// joiners, which the queue's search ignores.
QString unbreakable(const QString &number);

// text without the word joiners that unbreakable() inserted.
QString withoutWordJoiners(QString text);

} // namespace nodues::workstation
