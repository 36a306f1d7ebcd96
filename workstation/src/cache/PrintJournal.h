#pragma once

#include "cache/PrintRecords.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace nodues {
class Clock;
}

namespace nodues::workstation {

class LocalCache;

// What the workstation printed, per certificate and per batch, in the cache file (tables
// certificate_print and print_batch, cache migration 4), so a reprint is marked as a copy and a
// crash in the middle of a batch prints nothing twice.
//
// The crash rule: the certificates of a job are recorded "sending" in one transaction just
// before the job leaves for the printer (markSending()). They are recorded "printed" in one
// transaction right after the printer took it (markPrinted()), or "failed" when it rejected the
// job (markFailed()). A job cancelled before it left records nothing. A workstation that stops between the two finds
// the entries still "sending" on its next start (uncertain()): they may have printed, so they are shown to the officer,
// never printed again on their own, and stay until the officer confirms them (confirmPrinted()) or prints them again as
// copies (markUnconfirmed() first). A batch interrupted before its job left stays "open" (openBatches()); resuming it
// prints its certificates that have no entry in it.
//
// markSending() checks, inside its transaction, that each copy number is still the next one, so
// two print runs on one cache file (the window and the command line) cannot both print an
// original. It gives each entry a UUID, under which the sync engine reports the print to the
// server once it is printed or unconfirmed (PrintUploads), so the other workstations of the
// office number their next print after it. Two workstations that print while both are offline
// still both print an original; the server keeps both reports.
//
// Like LocalCache, a PrintJournal is used on the thread that opened its cache. Functions returning
// bool give false with error (English, for the log) on a storage failure or a refused change;
// readers return nothing or an empty list, with error when given.
class PrintJournal final
{
public:
    explicit PrintJournal(LocalCache &cache);
    PrintJournal(LocalCache &cache, const Clock &clock);

    // A certificate to record, with the copy number its pages carry.
    struct Print
    {
        QString number;
        int copyNumber = 0;
    };

    // Starts a batch of numbers (in print order) for printer, state open.
    std::optional<PrintBatchRecord> openBatch(const QString &printer, const QString &officer, BatchSelection selection,
                                              const QStringList &numbers, QString *error);
    // Ends an open batch: done, cancelled or failed.
    bool closeBatch(qint64 batchId, BatchState state, QString *error);
    std::optional<PrintBatchRecord> batch(qint64 batchId, QString *error = nullptr);
    // Batches still open: being printed, or interrupted by a crash. Oldest first.
    QList<PrintBatchRecord> openBatches(QString *error = nullptr);

    // The copy number the next print of number carries: 0 while no print of it is or may be on
    // paper, else one more than the highest such, here or in the prints that the server reported
    // from other workstations (PrintUploads::storeServerPrints()). -1 on error.
    int nextCopyNumber(const QString &number, QString *error = nullptr);

    // Records prints as "sending" to printer (a queue name or "pdf:<folder>"), in batchId when
    // given, in one transaction. Refuses, recording nothing, when a copy number is no longer
    // the next one for its certificate (it was printed meanwhile), or a certificate is named
    // twice. Returns the entries in the order of prints.
    std::optional<QList<PrintEntry>> markSending(const QList<Print> &prints, std::optional<qint64> batchId,
                                                 const QString &printer, const QString &officer, QString *error);
    // The printer took the job (CUPS job cupsJobId, 0 for a PDF file): sending -> printed, in
    // one transaction. Refuses an entry that is not sending.
    bool markPrinted(const QList<qint64> &entryIds, int cupsJobId, QString *error);
    // The printer refused the job: sending -> failed with message, in one transaction.
    bool markFailed(const QList<qint64> &entryIds, const QString &message, QString *error);

    // Entries still "sending" when nothing prints: left by a crash or a power cut. Oldest first.
    QList<PrintEntry> uncertain(QString *error = nullptr);
    // The officer found the pages: sending -> printed.
    bool confirmPrinted(const QList<qint64> &entryIds, QString *error);
    // The officer prints them again instead: sending -> unconfirmed, so the new print is a copy.
    bool markUnconfirmed(const QList<qint64> &entryIds, QString *error);

    // Every print of number, oldest first.
    QList<PrintEntry> entries(const QString &number, QString *error = nullptr);
    QList<PrintEntry> entriesOfBatch(qint64 batchId, QString *error = nullptr);
    // The certificates with a print that is or may be on paper (printed, sending or
    // unconfirmed), here or on another workstation as the server reported: not "unprinted" for
    // a batch of every certificate not yet printed.
    QSet<QString> numbersOnPaper(QString *error = nullptr);

private:
    bool moveEntries(const QList<qint64> &entryIds, PrintState from, PrintState to, int cupsJobId,
                     const QString &message, QString *error);
    QList<PrintBatchRecord> selectBatches(const QString &where, const QVariantMap &values, QString *error);

    LocalCache &m_cache;
    const Clock &m_clock;
};

} // namespace nodues::workstation
