#include "api/ApiLogging.h"

Q_LOGGING_CATEGORY(lcApi, "nodues.server.api")
