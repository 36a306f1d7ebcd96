#include "sync/SyncLogging.h"

Q_LOGGING_CATEGORY(lcSyncApi, "nodues.sync.api")
Q_LOGGING_CATEGORY(lcSyncCache, "nodues.sync.cache")
Q_LOGGING_CATEGORY(lcSyncEngine, "nodues.sync.engine")
