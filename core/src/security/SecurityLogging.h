#pragma once

#include <QLoggingCategory>

// The security subsystem's log (key files, OTPs, sessions): row ids, purposes, masked mobiles and
// outcomes, never a key, an OTP, a token or a token's hash.
Q_DECLARE_LOGGING_CATEGORY(lcSecurity)
