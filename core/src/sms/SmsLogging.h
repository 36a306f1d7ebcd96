#pragma once

#include <QLoggingCategory>

// The SMS subsystem's log: row ids, kinds, attempt numbers and errors, never a body or an OTP.
Q_DECLARE_LOGGING_CATEGORY(lcSms)
