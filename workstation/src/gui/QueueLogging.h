#pragma once

#include <QLoggingCategory>

// "nodues.gui.queue": the main window, the queue and the officer's actions, by application number.
Q_DECLARE_LOGGING_CATEGORY(lcQueue)
