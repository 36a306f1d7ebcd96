#pragma once

#include <QLoggingCategory>

// "nodues.sync.api": requests to nodues-server, by method, path and status; never a token,
// password or OTP.
Q_DECLARE_LOGGING_CATEGORY(lcSyncApi)
// "nodues.sync.cache": the workstation's local SQLite cache and its queue of actions.
Q_DECLARE_LOGGING_CATEGORY(lcSyncCache)
// "nodues.sync.engine": pulls, pushes, conflicts and the online state.
Q_DECLARE_LOGGING_CATEGORY(lcSyncEngine)
