#pragma once

#include "import/ImportIssue.h"

#include <QStringList>

#include <functional>

namespace nodues {
struct ImportProgress;
}

namespace nodues::server {

// Prints each ignored-column warning to standard error.
void printImportWarnings(const QStringList &warnings);

// Prints one line per kept issue to standard error, then how many were not shown.
void printImportIssues(const ImportIssueLog &issues);

// A progress callback that redraws one status line on standard error once a second or every
// 50,000 rows, whichever comes first, and ends the line at the last report. Returns an empty
// function when standard error is not a terminal. finishProgress() ends a line left open by an
// import that failed.
std::function<void(const ImportProgress &)> terminalProgress();
void finishProgress();

} // namespace nodues::server
