#pragma once

#include <QLoggingCategory>

// "nodues.gui.print": certificate print jobs, by certificate number, page count, printer and
// CUPS job id.
Q_DECLARE_LOGGING_CATEGORY(lcPrint)
