#pragma once

#include <QLoggingCategory>

// "nodues.gui.signing": signing certificates and previewing them, by certificate number. It never
// logs a PIN or passphrase.
Q_DECLARE_LOGGING_CATEGORY(lcSigningGui)
