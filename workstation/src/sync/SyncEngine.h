#pragma once

#include "api/ApiResult.h"
#include "cache/QueuedAction.h"
#include "sync/SyncSettings.h"

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <memory>

class QTimer;

namespace nodues::workstation {

class ActionQueue;
class CertificateFiles;
class LocalCache;
class OfficerApiClient;
class PrintUploads;
struct CertificateFileEntry;
struct PrintEntry;

// The sync engine: lives on SyncController's worker thread, with its own OfficerApiClient and its
// own LocalCache connection, and is driven only through SyncController.
//
// One sync round: push, upload, prints, pull, download.
//   push      the queued actions that are due, oldest first, one at a time, each with its
//             idempotency key and the version the clerk saw. A response stores the application as
//             the server now has it together with the action's new state. A conflict is stored on
//             the action and signalled; it is never sent again. No response leaves the action
//             queued with a growing delay and ends the round offline: later actions wait, so their
//             order holds.
//   upload    the signed certificate PDFs waiting in CertificateFiles that are due, oldest first,
//             each at most once per round (PUT /api/v1/officer/certificates/{number}/pdf). 201 or
//             200 marks the file uploaded. No response keeps it pending and ends the round
//             offline, so it goes again when the delay between rounds has passed. 5xx, 408 and 429
//             keep it pending until a growing delay has passed, up to maxServerErrors tries. Any
//             other refusal but 401 is stored on the file with the server's code and message,
//             signalled by certificateUploadRefused() and never sent again.
//   prints    the print entries that are printed or unconfirmed and not on the server yet
//             (PrintUploads), oldest first, each at most once per round (POST
//             /api/v1/officer/certificates/{number}/prints). They go after the PDFs, so a
//             certificate signed and printed offline is normally published by then. 201 or 200
//             marks the entry uploaded and stores the server's print summary of the certificate.
//             No response keeps it pending and ends the round offline. 5xx, 408 and 429 keep it
//             pending until a growing delay has passed, up to maxServerErrors tries. 409
//             certificate_not_published does so without a limit, because the PDF's upload
//             resolves it. Any other refusal but 401 is stored on the entry, signalled by
//             printUploadRejected() and never sent again, and the round goes on.
//   pull      GET /api/v1/officer/sync after the stored cursor, page by page while has_more; each
//             page and its next cursor are stored in one transaction. An entry that does not
//             parse is left out of the page and named by applicationsUnreadable(). The cache
//             keeps its older copy of that application, if any, until the server sends it again.
//             410 cursor_unknown drops the cached applications and pulls again from 0, once per
//             round.
//   download  when the round's pages changed applications (or an earlier download or upload
//             failed), the published PDF of every cached approved or issued application whose
//             certificate is not revoked and has no stored file, or a refused one (GET
//             /api/v1/officer/certificates/{number}/pdf), stored as downloaded when its SHA-256
//             matches the ETag. 404 and 410 are left for the next pages to explain.
// 401 on any request ends the session: sessionEnded(), and no more rounds until configure().
// certificateFilesChanged() names the certificates whose stored file or upload state changed.
// Rounds repeat every intervalMs while online, and after a failure with a delay that doubles
// from retryMinMs up to retryMaxMs (never above intervalMs). While offline, a probe (GET /healthz)
// runs every probeIntervalMs between rounds. When the server responds with 200, the engine
// reports online and starts a round at once, which sends the queued actions first.
class SyncEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncEngine)

public:
    explicit SyncEngine(QObject *parent = nullptr);
    ~SyncEngine() override;

    // Opens the cache and starts a round, which sends actions left "sending" by a crash first.
    // When the cache cannot be opened, syncFinished(false, ...) reports it and no round runs.
    void configure(const SyncSettings &settings);
    void setToken(const QString &token);
    void setLanguage(const QString &language);
    void setInterval(int milliseconds);
    // Starts a round now, or right after the one running.
    void syncNow();
    // Stops the timer and closes the cache; call before the thread ends.
    void shutdown();

signals:
    void syncStarted();
    void pageApplied(int applied, qint64 cursor);
    void syncFinished(bool ok, const QString &message);
    // The applications whose cached copy changed; an empty list means "reload all" (after a reset).
    void applicationsChanged(const QStringList &numbers);
    void onlineChanged(bool online);
    void pendingActionsChanged(int count);
    void actionConflicted(const QString &number, const QString &message);
    // The sorted numbers of the applications whose last copy from the server could not be read,
    // with an empty string for entries without a number. It is emitted when the list changes. An
    // empty list means that every one has since arrived readable.
    void applicationsUnreadable(const QStringList &numbers);
    void sessionEnded();
    void certificateFilesChanged(const QStringList &numbers);
    // The server refused the signed PDF of certificate number for good; message is its reason.
    void certificateUploadRefused(const QString &number, const QString &message);
    void pendingUploadsChanged(int count);
    // The server rejected the record of a print of certificate number for good; message is its
    // reason. The print stays in the journal, and the copy numbers here count it.
    void printUploadRejected(const QString &number, int copyNumber, const QString &message);
    // Print entries not on the server yet, printed or unconfirmed.
    void pendingPrintUploadsChanged(int count);

private:
    void pushNext();
    void handleActionAnswer(const QueuedAction &action, const ApiResult &result);
    void pullNext();
    void handlePage(const ApiResult &result);
    void finishRound(bool ok, const QString &message);
    void endSession();
    void setOnline(bool online);
    void scheduleProbe();
    void probe();
    void handleProbeAnswer(const ApiResult &result);
    void reportPending();
    QStringList sortedUnreadable() const;
    QDateTime retryTime(int failures) const;
    int retryDelayMs(int failures) const;
    void sendAction(const QueuedAction &action);

    // The upload and download steps (SyncEngineCertificates.cpp).
    void pushUploads();
    void sendUpload(const CertificateFileEntry &entry);
    void handleUploadAnswer(const QString &number, const QString &sha256, int attempts, const ApiResult &result);
    void startDownloads();
    bool findMissingPdfs(QStringList *numbers, QString *error);
    void downloadNext();
    void handleDownload(const QString &number, const ApiResult &result, const QByteArray &pdf, const QString &etag);
    void reportPendingUploads();

    // The print step (SyncEnginePrints.cpp).
    void pushPrints();
    void sendPrint(const PrintEntry &entry);
    void handlePrintAnswer(const PrintEntry &entry, const ApiResult &result);
    void reportPendingPrints();

    SyncSettings m_settings;
    std::unique_ptr<LocalCache> m_cache;
    std::unique_ptr<ActionQueue> m_queue;
    std::unique_ptr<CertificateFiles> m_files;
    std::unique_ptr<PrintUploads> m_prints;
    OfficerApiClient *m_client;
    QTimer *m_timer;
    QTimer *m_probeTimer;
    bool m_running = false;
    bool m_again = false;
    bool m_resetThisRound = false;
    bool m_sessionEnded = false;
    int m_online = -1; // unknown until the first response
    int m_failedRounds = 0;
    QSet<QString> m_triedUploads; // certificate numbers sent this round
    QSet<qint64> m_triedPrints;   // print entry ids sent this round
    QSet<QString> m_unreadable;   // application numbers whose last entry did not parse
    // Whether the download step has work: set by applied pages, resets, refusals and failures.
    bool m_downloadsDue = true;
    QStringList m_downloadQueue; // certificate numbers left to download this round
};

} // namespace nodues::workstation
