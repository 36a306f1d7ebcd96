#pragma once

#include <QString>

namespace nodues::workstation {

// The languages of the workstation's interface. Hindi is the default; English is the source
// text of every message.
enum class Language { Hindi, English };

// "hi" or "en", the code that settings, NODUES_LANG and Accept-Language use.
QString languageCode(Language language);
// Hindi for "hi", English for "en" (case and surrounding spaces ignored), fallback otherwise.
Language languageFromCode(const QString &code, Language fallback = Language::Hindi);

} // namespace nodues::workstation
