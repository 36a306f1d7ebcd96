#pragma once

#include <QString>

namespace nodues::workstation {

// The family name of the bundled Devanagari font.
inline constexpr const char *kDevanagariFontFamily = "Noto Sans Devanagari";

// Adds Noto Sans Devanagari (regular and bold, compiled into the workstation library from
// Debian's fonts-noto-core) to the application's fonts and puts it after the default family
// in the application font, so Hindi text takes its glyphs from the bundled font whatever the
// PC has installed, while Latin text keeps the platform's font. Needs a QGuiApplication.
// Returns false, with a warning in the log, when a font file could not be added.
bool installBundledFonts();

} // namespace nodues::workstation
