#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace nodues::test {

// A private CUPS scheduler with one cups-pdf queue, started by a printing test, so pages go
// through the real CUPS filters (pdftopdf, pdftops) and come out as PDF files the test can check.
//
// cupsd runs in the foreground as this process's child, with its configuration, spool, cache,
// state, temporary and log folders in a private temporary folder. It listens only on a Unix
// socket in that folder, never on a network address, and has browsing, the web interface and
// the printcap file written into the private folder. CUPS_SERVER names the socket: useInThisProcess() sets it for
// libcups in this process (QPrinter, QPrinterInfo and the workstation's submission), and
// environment() gives it to child processes.
//
// The queue's PPD is cups-pdf's own with Letter as the default paper, as on a PC set up for the
// United States, so a job that does not ask for A4 comes out as Letter. The queue converts jobs
// to PostScript with pdftocairo, as Debian's cups-pdf README advises: with Ghostscript, the
// default, the text of the printed PDF does not extract. The scheduler's error policy aborts a
// failed job instead of stopping the queue.
//
// cups-pdf reads its settings from /etc/cups/cups-pdf-<name>.conf, where <name> is the part of
// the queue's device URI after "cups-pdf:/". The folder is compiled in: the backend ignores
// CUPS_SERVERROOT, and values read from the PPD cannot hold a path, because libcups cuts a
// PPD default at its first "/". So start() writes a file under a name of its own there, which
// sends the PDFs, cups-pdf's spool and its log into the private folder, and the destructor
// removes it. This is the one file outside the private folder; writing it needs root.
//
// cups-pdf writes the output of job N as "job_N-<title>.pdf" in outputDirectory().
class CupsPrinter
{
public:
    // Starts cupsd and adds the queue. Returns null with *error set when cupsd, lpadmin, the
    // cups-pdf backend or its PPD is missing, or when the scheduler does not come up.
    static std::unique_ptr<CupsPrinter> start(QString *error);
    // Cancels the jobs still queued, stops cupsd and removes the cups-pdf settings file.
    ~CupsPrinter();
    Q_DISABLE_COPY_MOVE(CupsPrinter)

    // Whether the programs and files start() needs are installed; with the reason when not.
    static bool available(QString *reason);

    QString queueName() const { return m_queueName; }
    // The scheduler's Unix socket: the value of CUPS_SERVER.
    QString socketPath() const;
    QString outputDirectory() const;
    // The scheduler's error log, for failure messages.
    QString errorLog() const;

    // Points libcups in this process at the private scheduler. Call it before the first libcups
    // call of each thread: libcups reads CUPS_SERVER once per thread.
    void useInThisProcess() const;
    // The system environment with CUPS_SERVER set, for child processes.
    QProcessEnvironment environment() const;

    // The ids of the queue's jobs that are not completed yet (pending, held or printing).
    QList<int> pendingJobs(QString *error = nullptr) const;
    // The ids of every job of the queue since start() or reset(), completed or not.
    QList<int> allJobs(QString *error = nullptr) const;
    // The PDF files cups-pdf has written so far, by job id.
    QStringList outputFiles() const;
    // Waits until job jobId has left the queue and returns its PDF, or an empty path with
    // *error set (the scheduler's log included) when the deadline passes first.
    QString waitForJobOutput(int jobId, int timeoutMs, QString *error) const;
    // Waits until the queue has no pending job and returns the PDFs written meanwhile (all of
    // outputFiles()), or an empty list with *error set when the deadline passes first.
    QStringList waitUntilIdle(int timeoutMs, QString *error) const;
    // Cancels every job of the queue and deletes the PDFs written so far.
    bool reset(QString *error);

    // Stops the scheduler with SIGSTOP, so that clients hang as they do with a CUPS that stopped
    // responding: their connections are accepted by the kernel, and no response comes.
    bool pause() const;
    // Lets a paused scheduler go on (SIGCONT); harmless when it is not paused. Safe to call from
    // any thread.
    bool resume() const;

private:
    CupsPrinter() = default;
    bool runTool(const QString &program, const QStringList &arguments, QString *output, QString *error) const;
    QString outputOfJob(int jobId) const;
    QList<int> jobs(const QString &which, QString *error) const;

    QTemporaryDir m_directory;
    QString m_queueName;
    QString m_cupsPdfConfig; // /etc/cups/cups-pdf-<name>.conf, removed by the destructor
    std::unique_ptr<QProcess> m_cupsd;
};

} // namespace nodues::test
