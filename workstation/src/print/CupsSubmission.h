#pragma once

#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

namespace nodues::workstation::CupsSubmission {

// Whether this build hands print jobs to CUPS itself (libcups was found at build time).
//
// Qt's CUPS print engine submits a job inside QPrinter::end(), ignores cupsPrintFile()'s
// result, and cannot abort: QPrinter::abort() does nothing there, so a cancelled batch would
// still print. With libcups the workstation paints the job into a private PDF file, and submits
// that file only once the print journal has recorded it.
//
// Every function here opens its own connection to the scheduler and blocks until it responds,
// gives up after CallControl::silenceLimitSeconds without a response, or stops when cancelled.
// Call them off the GUI thread (runOffThread()). They are safe on any thread, because each call
// has its own connection and libcups keeps its last error per thread.
bool available();

// The limits of one call, shared with the thread that waits for it.
struct CallControl
{
    // How long the scheduler may stay silent (no byte read or written) before the call gives up.
    int silenceLimitSeconds = 30;
    // Set from any thread to stop the call at its next check, about twice a second.
    std::shared_ptr<std::atomic_bool> cancelled = std::make_shared<std::atomic_bool>(false);

    void cancel() const { cancelled->store(true); }

    // The default limits, with silenceLimitSeconds from NODUES_PRINT_TIMEOUT when it is 1 to
    // 3600 (seconds). Another value is logged and the default of 30 s applies.
    static CallControl fromEnvironment();
};

// The scheduler's report on a queue, requested before a job is painted for it.
struct QueueCheck
{
    enum class Status {
        Ready,       // the queue exists and takes A4 (or does not list its media)
        NotFound,    // no queue of that name
        NoA4,        // the queue lists its media, and A4 is not among them
        Unreachable, // the scheduler could not be asked, did not respond in time, or the call was cancelled
    };
    Status status = Status::Unreachable;
    QString detail; // English, the reason, for Unreachable
};

// Queries the scheduler for queue and whether it takes A4 paper.
QueueCheck checkQueue(const QString &queue, const CallControl &control);

// The queues (printers and classes) the scheduler lists, for choosing one.
struct QueueList
{
    bool ok = false;
    QStringList names;
    QString detail;        // English, the reason, unless ok
    bool timedOut = false; // the scheduler took the connection and then stayed silent
};

// Lists the scheduler's queues.
QueueList listQueues(const CallControl &control);

// The outcome of submit().
struct Submitted
{
    enum class Status {
        Accepted,   // the scheduler took the whole job: jobId
        NotPrinted, // no job exists, or the one created was cancelled: nothing prints
        Uncertain,  // the job (jobId) may print: it was sent, and no cancel was confirmed
    };
    Status status = Status::NotPrinted;
    int jobId = 0;
    QString error;          // English, the reason, unless Accepted
    bool cancelled = false; // the call stopped because control was cancelled
    bool timedOut = false;  // the call stopped because the scheduler stayed silent too long
};

// Submits the PDF at path to the CUPS queue as one job called title: A4, one-sided, one copy.
// Creates the job, sends the file in parts (checking control between them) and closes it. A
// call stopped after the job was created cancels the job on a new connection, so that a partly
// sent job does not print. When that fails too, the result is Uncertain. CUPS_SERVER and the
// user's client.conf choose the scheduler, as for every CUPS client.
Submitted submit(const QString &queue, const QString &path, const QString &title, const CallControl &control);

} // namespace nodues::workstation::CupsSubmission
