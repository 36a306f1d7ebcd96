#pragma once

#include "cache/PrintRecords.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace nodues {
class Clock;
class WriteTransaction;
} // namespace nodues

namespace nodues::workstation {

class LocalCache;

// The prints recorded on the server for one certificate, from every workstation.
struct ServerPrints
{
    int count = 0;
    int highestCopyNumber = -1; // -1 while the server has no print recorded
};

// The other half of the print journal: which print entries the server has, and which prints the
// server reported from every workstation (table certificate_server_print, cache migration 7).
//
// Upload: a print entry that is printed or unconfirmed and whose upload is pending is sent by the
// sync engine after the signed PDFs (POST /api/v1/officer/certificates/{number}/prints) under the
// entry's UUID, so a repeated upload is recorded once. The states are those of PrintUploadState.
//
// Server prints: the print summary of each certificate from the sync pages (LocalCache::upsert())
// and from the responses to uploads. The stored values never decrease, because the server only
// adds print records and an older page or response may arrive after a newer one.
// PrintJournal::nextCopyNumber() numbers the next print after them.
//
// Like LocalCache, a PrintUploads is used on the thread that opened its cache. Functions returning
// bool give false with error (English, for the log) on a storage failure or a refused change.
// Readers return nothing or an empty list, with error when given.
class PrintUploads final
{
public:
    explicit PrintUploads(LocalCache &cache);
    PrintUploads(LocalCache &cache, const Clock &clock);

    // The printed or unconfirmed entries whose upload is pending and due at now (nextUploadAt
    // invalid or not after now), oldest first: the order the sync engine sends them in.
    QList<PrintEntry> pendingUploads(const QDateTime &now, QString *error = nullptr);
    // Printed or unconfirmed entries with upload pending, due or not; -1 on error.
    int pendingUploadCount(QString *error = nullptr);
    // The entries the server rejected, oldest first.
    QList<PrintEntry> rejectedUploads(QString *error = nullptr);

    // The server recorded the entry: uploaded, error cleared, attempts + 1.
    bool markUploaded(qint64 entryId, QString *error);
    // A try that found no server, or one worth waiting out: stays pending with code ("network" or
    // the server's) and message, attempts + 1, next try not before retryAt (invalid for "now").
    bool markUploadFailed(qint64 entryId, const QString &code, const QString &message, const QDateTime &retryAt,
                          QString *error);
    // The server refused the entry for good: rejected with its code and message, attempts + 1.
    bool markUploadRejected(qint64 entryId, const QString &code, const QString &message, QString *error);

    // Stores the server's print summary of certificate number, raising the stored values only.
    bool storeServerPrints(const QString &number, const ServerPrints &prints, QString *error);
    // The same inside the caller's transaction, stamped at, for LocalCache::upsert().
    static bool storeServerPrints(WriteTransaction &transaction, const QString &number, const ServerPrints &prints,
                                  const QDateTime &at, QString *error);
    // The stored summary of number; nothing when the server reported no print of it (or on error).
    std::optional<ServerPrints> serverPrints(const QString &number, QString *error = nullptr);

private:
    bool setUploadState(qint64 entryId, PrintUploadState state, const QString &code, const QString &message,
                        const QDateTime &retryAt, QString *error);

    LocalCache &m_cache;
    const Clock &m_clock;
};

} // namespace nodues::workstation
