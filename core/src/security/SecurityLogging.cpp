#include "security/SecurityLogging.h"

Q_LOGGING_CATEGORY(lcSecurity, "nodues.core.security")
