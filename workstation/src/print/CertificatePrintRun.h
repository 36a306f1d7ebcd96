#pragma once

#include "cache/PrintRecords.h"
#include "print/CertificatePrintJob.h"
#include "print/PrintTarget.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace nodues {
class Clock;
}

namespace nodues::workstation {

class LocalCache;
struct CertificateFileEntry;

// Prints signed certificates from the cache as one job, keeping the print journal: the one
// place where the window's Print and Batch print and the command line's --print-batch decide
// what to print and record what printed. It reads only the cache file (the applications, the
// signed PDFs of CertificateFiles, the PrintJournal), never the network.
//
// Planning decides what a print contains:
//   planChosen()    certificates the officer chose. One already on paper prints again as the
//                   next copy ("COPY n").
//   planUnprinted() every certificate of the office not yet printed: its signed PDF is stored
//                   and not refused by the server, it is not revoked, and no print of it is or
//                   may be on paper.
//   planResume()    the certificates of a batch interrupted by a crash that have no print in
//                   it yet (and, for a batch of unprinted certificates, none elsewhere since).
// Only signed certificates print. A chosen certificate that is unknown, not approved, revoked or
// not signed is left out and listed in skipped with that one reason. So is one whose signed PDF
// the server refused (CertificateUploadState::Refused): that PDF is not the published
// certificate, so it never prints, and planUnprinted() lists it in skipped too, because the
// officer has to sign it again. A PDF signed here and not yet uploaded (pending) prints, so
// offices can print offline. A certificate whose print a crash left "sending" is left out as
// well: it waits for the officer's decision, is listed in uncertain too, and is never printed
// on its own.
//
// run() paints the plan into one CertificatePrintJob, with progress after each page (returning
// false cancels: the job is dropped and nothing is recorded printed), then records the prints as
// "sending", hands the job over, and records them "printed" (or "failed"). See PrintJournal for
// the crash rule. A folder of PDF files gets one job per certificate, each recorded when its
// file is written, so a cancelled or failed run keeps the files written before. The folder must
// exist; run() does not create it.
//
// The calls to CUPS (finding the printer, submitting the job) run on a worker thread while the
// calling thread waits in a local event loop (see CertificatePrintJob), so a window stays
// responsive. The progress callback is called during those waits too, with the stage.
class CertificatePrintRun final
{
    Q_DECLARE_TR_FUNCTIONS(CertificatePrintRun)

public:
    enum class SkipReason { Unknown, NotIssued, Revoked, NotSigned, Refused, Uncertain };

    struct Skipped
    {
        QString number;
        SkipReason reason = SkipReason::Unknown;
        QString message; // for people, translated, naming the certificate
    };

    struct Planned
    {
        QString number;
        int copyNumber = 0;
    };

    struct Plan
    {
        QList<Planned> certificates; // in print order
        QList<Skipped> skipped;
        QList<PrintEntry> uncertain; // prints of these certificates left "sending" by a crash
        std::optional<qint64> resumedBatchId;

        QStringList numbers() const;
        int copyCount() const; // how many of the certificates print as copies
    };

    enum class Outcome { Printed, NothingToPrint, Cancelled, Failed };

    struct Progress
    {
        int certificatesDone = 0; // whose pages are all painted
        int certificateCount = 0;
        int pagesDone = 0;
        QString number; // the certificate being painted
        PrintStage stage = PrintStage::Painting;
    };
    // Called after each page, and while the job waits for the printer (see
    // CertificatePrintJob::WaitCallback). Returning false cancels the job, except while it is
    // being sent.
    using ProgressCallback = std::function<bool(const Progress &)>;

    struct Result
    {
        Outcome outcome = Outcome::NothingToPrint;
        QStringList printed; // the certificates handed to the printer
        QStringList files;   // the PDF files written, for a file or a folder
        QList<Skipped> skipped;
        QList<PrintEntry> uncertain;
        std::optional<qint64> batchId;
        int pages = 0;     // pages handed to the printer or written
        int cupsJobId = 0; // of the last job handed to CUPS
        // The reason the run failed, or for Printed a problem recording the prints afterwards.
        QString error;
    };

    CertificatePrintRun(LocalCache &cache, QString officer);
    CertificatePrintRun(LocalCache &cache, QString officer, const Clock &clock);

    Plan planChosen(const QStringList &certificateNumbers, QString *error);
    Plan planUnprinted(QString *error);
    Plan planResume(const PrintBatchRecord &batch, QString *error);

    // Prints plan to target as one job titled title. With batchSelection, the run is a new print
    // batch of that kind. A plan from planResume() continues its batch. Otherwise (a single
    // Print) the prints belong to no batch.
    Result run(const Plan &plan, const PrintTarget &target, const QString &title,
               std::optional<BatchSelection> batchSelection, const ProgressCallback &progress);

    // The message for people, translated, that gives the reason number is not printed.
    // serverReason is the server's message (or error code) for Refused.
    static QString skipMessage(const QString &number, SkipReason reason, const QString &serverReason = {});
    // The server's message about a refused upload, or its error code when the message is empty.
    static QString refusalReason(const CertificateFileEntry &entry);

private:
    struct Known;
    std::optional<Known> known(QString *error);
    Outcome printJob(const QList<Planned> &certificates, const PrintTarget &target, const QString &title,
                     Progress &state, const ProgressCallback &progress, Result &result);
    void addUncertain(Plan &plan, const QList<PrintEntry> &uncertain) const;

    LocalCache &m_cache;
    QString m_officer;
    const Clock &m_clock;
};

} // namespace nodues::workstation
