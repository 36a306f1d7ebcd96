#pragma once

#include <QLoggingCategory>

// The consumer and officer JSON API (server/src/api).
Q_DECLARE_LOGGING_CATEGORY(lcApi)
