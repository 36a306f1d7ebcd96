#include "gui/QueueLogging.h"

Q_LOGGING_CATEGORY(lcQueue, "nodues.gui.queue")
