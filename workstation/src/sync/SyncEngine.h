#pragma once

#include "api/ApiResult.h"
#include "cache/QueuedAction.h"
#include "sync/SyncSettings.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>

#include <memory>

class QTimer;

namespace nodues::workstation {

class ActionQueue;
class LocalCache;
class OfficerApiClient;

// The sync engine: lives on SyncController's worker thread, with its own OfficerApiClient and its
// own LocalCache connection, and is driven only through SyncController.
//
// One sync round: push, then pull.
//   push  the queued actions that are due, oldest first, one at a time, each with its
//         idempotency key and the version the clerk saw. A response stores the application as the
//         server now has it together with the action's new state. A conflict is stored on the
//         action and signalled; it is never sent again. No response leaves the action queued with
//         a growing delay and ends the round offline: later actions wait, so their order holds.
//   pull  GET /api/v1/officer/sync after the stored cursor, page by page while has_more; each
//         page and its next cursor are stored in one transaction. 410 cursor_unknown drops the
//         cached applications and pulls again from 0, once per round.
// 401 on any request ends the session: sessionEnded(), and no more rounds until configure().
// Rounds repeat every intervalMs while online, and after a failure with a delay that doubles
// from retryMinMs up to retryMaxMs (never above intervalMs).
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
    void sessionEnded();

private:
    void pushNext();
    void handleActionAnswer(const QueuedAction &action, const ApiResult &result);
    void pullNext();
    void handlePage(const ApiResult &result);
    void finishRound(bool ok, const QString &message);
    void endSession();
    void setOnline(bool online);
    void reportPending();
    QDateTime retryTime(int failures) const;
    int retryDelayMs(int failures) const;
    void sendAction(const QueuedAction &action);

    SyncSettings m_settings;
    std::unique_ptr<LocalCache> m_cache;
    std::unique_ptr<ActionQueue> m_queue;
    OfficerApiClient *m_client;
    QTimer *m_timer;
    bool m_running = false;
    bool m_again = false;
    bool m_resetThisRound = false;
    bool m_sessionEnded = false;
    int m_online = -1; // unknown until the first response
    int m_failedRounds = 0;
};

} // namespace nodues::workstation
