#pragma once

#include <QLoggingCategory>

// "nodues.core.applications": submissions and officers' decisions, by application number.
Q_DECLARE_LOGGING_CATEGORY(lcApplications)
