#include "print/PrintLogging.h"

Q_LOGGING_CATEGORY(lcPrint, "nodues.gui.print")
