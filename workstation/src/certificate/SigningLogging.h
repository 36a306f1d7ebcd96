#pragma once

#include <QLoggingCategory>

namespace nodues::workstation {

// Unlocking signing keys and signing certificate PDFs. Never logs a PIN or passphrase.
Q_DECLARE_LOGGING_CATEGORY(lcSigning)

} // namespace nodues::workstation
