#pragma once

#include "cache/QueuedAction.h"
#include "sync/SyncSettings.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QThread>

#include <memory>
#include <optional>

namespace nodues::workstation {

class LocalCache;
class SyncEngine;

// The GUI thread's handle on sync. It owns a worker QThread where the SyncEngine runs (see
// SyncEngine for what a round does) and a LocalCache on the GUI thread for reading the cached
// applications and queueing the clerk's actions. Both open the same cache file; SQLite's WAL lets
// the window read while the engine writes.
//
// All signals arrive on the GUI thread. Use it like this:
//   controller.configure(settings, &error);   // opens the cache; cache() is ready at once
//   model.reset(controller.cache()->loadAll());
//   connect(&controller, &SyncController::applicationsChanged, ...);  // reload those numbers
//   controller.queueAction(draft, &error);     // stored at once, pushed in the next round
//   controller.storeSignedCertificate(number, pdf, &error);  // stored at once, uploaded next
class SyncController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncController)

public:
    explicit SyncController(QObject *parent = nullptr);
    // Stops the engine and waits for its thread.
    ~SyncController() override;

    // Opens the GUI thread's cache at settings.cachePath, then starts the engine with the same
    // settings, which begins a round at once. False with error (English, for the log) when the
    // cache cannot be opened. Calling it again (another officer, a new token) restarts the engine.
    bool configure(const SyncSettings &settings, QString *error);
    // The brief's shorthand for configure() with default timings.
    bool configure(const QUrl &serverUrl, const QString &token, const QString &language, const QString &cachePath,
                   QString *error);
    // Stops the engine and closes the caches, as at sign-out; cache() is null afterwards.
    void stop();

    // A new token after signing in again resumes sync; an empty one pauses it.
    void setToken(const QString &token);
    void setLanguage(const QString &language);
    void setInterval(int milliseconds);
    void syncNow();

    // The GUI thread's cache: read it (loadAll, load, lastSyncedAt) and list actions with
    // ActionQueue(*cache()). Null before configure().
    LocalCache *cache() const { return m_cache.get(); }

    // Stores draft in the queue (see ActionQueue::enqueue), reports the pending count and starts
    // a round to push it. Works offline: the action waits until the server responds.
    std::optional<QueuedAction> queueAction(const QueuedAction &draft, QString *error);
    // Withdraws a queued action, or clears a conflict or failure the officer has seen.
    bool discardAction(qint64 id, QString *error);
    // Stores pdf, signed on this workstation, as certificate number's file with its upload
    // pending (CertificateFiles::storeSigned() documents what it replaces and what it rejects),
    // emits certificateFilesChanged({number}) and starts a round to upload it. Works offline.
    bool storeSignedCertificate(const QString &number, const QByteArray &pdf, QString *error);

    bool isConfigured() const { return m_cache != nullptr; }
    bool isOnline() const { return m_online; }
    bool isSyncing() const { return m_syncing; }
    int pendingActions() const { return m_pendingActions; }
    // Signed certificate PDFs waiting for their upload.
    int pendingUploads() const { return m_pendingUploads; }
    // The end of the last complete sync, from the cache; invalid before the first.
    QDateTime lastSyncedAt() const;

signals:
    void syncStarted();
    void pageApplied(int applied, qint64 cursor);
    // ok false with a message for the officer (in the UI language, or the server's message in
    // the requested language) when the round stopped early.
    void syncFinished(bool ok, const QString &message);
    // The applications whose cached copy changed; empty means "reload all".
    void applicationsChanged(const QStringList &numbers);
    void onlineChanged(bool online);
    void pendingActionsChanged(int count);
    // The server refused a queued action for good; the action stays in the queue as a conflict
    // or failure until discarded.
    void actionConflicted(const QString &number, const QString &message);
    // The applications whose last copy from the server could not be read (see
    // SyncEngine::applicationsUnreadable()). The list is empty once every one arrived readable.
    void applicationsUnreadable(const QStringList &numbers);
    // 401: the session is gone. Sync pauses until setToken() or configure() with a new token.
    void sessionEnded();
    // The stored PDF or the upload state of these certificates changed: signed here, uploaded,
    // refused, or downloaded from the server. Read them with CertificateFiles(*cache()).
    void certificateFilesChanged(const QStringList &numbers);
    // The server refused the signed PDF of certificate number for good, with message (in the
    // language of the sync). The refusal stays on the file until the officer signs it again.
    void certificateUploadRefused(const QString &number, const QString &message);
    void pendingUploadsChanged(int count);
    // The server rejected the record of a print for good (see SyncEngine::printUploadRejected()).
    void printUploadRejected(const QString &number, int copyNumber, const QString &message);
    void pendingPrintUploadsChanged(int count);

private:
    void startEngine(const SyncSettings &settings);
    void stopEngine();
    void refreshPendingCount();
    void refreshPendingUploads();

    SyncSettings m_settings;
    std::unique_ptr<LocalCache> m_cache;
    QThread m_thread;
    SyncEngine *m_engine = nullptr; // lives on m_thread
    bool m_online = false;
    bool m_syncing = false;
    int m_pendingActions = 0;
    int m_pendingUploads = 0;
};

} // namespace nodues::workstation
