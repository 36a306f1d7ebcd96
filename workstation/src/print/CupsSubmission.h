#pragma once

#include <QString>

namespace nodues::workstation::CupsSubmission {

// Whether this build hands print jobs to CUPS itself (libcups was found at build time).
//
// Qt's CUPS print engine submits a job inside QPrinter::end(), ignores cupsPrintFile()'s
// result, and cannot abort: QPrinter::abort() does nothing there, so a cancelled batch would
// still print. With libcups the workstation paints the job into a private file through the
// printer's QPrinter, and submits that file only once the print journal has recorded it.
bool available();

// Submits the PDF at path to the CUPS queue as one job called title: A4, one-sided, one copy.
// Returns the CUPS job id, or 0 with *error (English, CUPS's reason) when CUPS refuses the job
// or cannot be reached. CUPS_SERVER and the user's client.conf choose the scheduler, as for
// every CUPS client.
int submit(const QString &queue, const QString &path, const QString &title, QString *error);

} // namespace nodues::workstation::CupsSubmission
