#include "gui/SigningLogging.h"

Q_LOGGING_CATEGORY(lcSigningGui, "nodues.gui.signing")
