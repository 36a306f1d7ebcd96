#pragma once

#include <QString>

namespace nodues::workstation::CupsSubmission {

// Whether this build hands print jobs to CUPS itself (libcups was found at build time).
//
// Qt's CUPS print engine submits a job inside QPrinter::end(), ignores cupsPrintFile()'s
// result, and cannot abort: QPrinter::abort() does nothing there, so a cancelled batch would
// still print. With libcups the workstation paints the job into a private PDF file, and submits
// that file only once the print journal has recorded it.
//
// Every function here blocks until the scheduler responds. A stopped scheduler (the tests stop
// theirs with SIGSTOP) keeps the call waiting until it goes on, so call them off the GUI thread
// (runOffThread()). They are safe on any thread, because libcups keeps its connection and its
// last error per thread.
// NOTE: no time limit is set on these calls.
bool available();

// The scheduler's report on a queue, requested before a job is painted for it.
struct QueueCheck
{
    enum class Status {
        Ready,       // the queue exists and takes A4 (or does not list its media)
        NotFound,    // no queue of that name
        NoA4,        // the queue lists its media, and A4 is not among them
        Unreachable, // the scheduler could not be asked
    };
    Status status = Status::Unreachable;
    QString detail; // English, CUPS's reason, for Unreachable
};

// Queries the scheduler for queue and whether it takes A4 paper.
QueueCheck checkQueue(const QString &queue);

// The outcome of submit(): the CUPS job id, or 0 with error (English, CUPS's reason).
struct Submitted
{
    int jobId = 0;
    QString error;
};

// Submits the PDF at path to the CUPS queue as one job called title: A4, one-sided, one copy.
// Fails when CUPS refuses the job or cannot be reached. CUPS_SERVER and the user's client.conf
// choose the scheduler, as for every CUPS client.
Submitted submit(const QString &queue, const QString &path, const QString &title);

} // namespace nodues::workstation::CupsSubmission
