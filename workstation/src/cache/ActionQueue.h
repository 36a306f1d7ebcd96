#pragma once

#include "cache/QueuedAction.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace nodues {
class Clock;
}

namespace nodues::workstation {

class LocalCache;
struct CachedApplication;

// The clerk's actions waiting in the cache file for the server (see QueuedAction for the states).
// The queue survives a restart or a crash: an action interrupted while "sending" is sent again
// with the same idempotency key, and the server replays its response if the first try got through.
//
// Like LocalCache, an ActionQueue is used on the thread that opened its cache. Each change is one
// transaction; a change that also carries the application as the server now has it stores that
// copy in the same transaction.
class ActionQueue final
{
public:
    explicit ActionQueue(LocalCache &cache);
    // Stamps created_at and updated_at from clock, so tests can choose the instant.
    ActionQueue(LocalCache &cache, const Clock &clock);

    // Adds draft as "queued" and returns it with its id, its created_at (now, UTC) and, unless
    // the draft has one, a new idempotency key. Refuses a draft without a number or version, a
    // link action without an IVRS, or a rejection without a reason code.
    std::optional<QueuedAction> enqueue(QueuedAction draft, QString *error);

    // Oldest first. Without includeDone, the actions still queued or sending and the conflicts
    // and failures the officer has not discarded.
    QList<QueuedAction> list(bool includeDone = false, QString *error = nullptr);
    // The actions still to send, queued or sending, oldest first. The sync engine sends them in
    // this order and waits while the first one's nextAttemptAt lies ahead.
    QList<QueuedAction> pending(QString *error = nullptr);
    QList<QueuedAction> forApplication(const QString &number, QString *error = nullptr);
    std::optional<QueuedAction> find(qint64 id, QString *error = nullptr);
    // Actions queued or sending.
    int pendingCount(QString *error = nullptr);

    // Starts a try: state sending, attempts + 1. Returns the action as stored now, or nothing:
    // with error empty when the action is no longer queued (the clerk discarded it meanwhile).
    std::optional<QueuedAction> markSending(qint64 id, QString *error);
    // The server accepted the action; current, when given, is stored in the same transaction.
    // Untried actions queued later for the same application at the version this one was sent
    // with move to current's version: the clerk drafted them on top of this one.
    bool markDone(qint64 id, const CachedApplication *current, QString *error);
    // The server refused for good (see QueuedAction); current, when the response carried the
    // application, is stored in the same transaction.
    bool markConflict(qint64 id, const QString &code, const QString &message, const CachedApplication *current,
                      QString *error);
    bool markFailed(qint64 id, const QString &code, const QString &message, QString *error);
    // No response, or one worth waiting out (a server error, 429): back to queued until retryAt.
    bool markRetry(qint64 id, const QString &code, const QString &message, const QDateTime &retryAt, QString *error);
    // Removes an action that is not being sent: a queued one the clerk withdraws, or a conflict
    // or failure that has been seen.
    bool discard(qint64 id, QString *error);
    // Deletes done actions updated before cutoff; returns how many, or -1 on error.
    int purgeDone(const QDateTime &cutoff, QString *error);

private:
    bool setState(qint64 id, ActionState state, const QString &code, const QString &message, const QDateTime &retryAt,
                  const CachedApplication *current, QString *error);
    QList<QueuedAction> select(const QString &where, const QVariantMap &values, QString *error);

    QString nowText() const;

    LocalCache &m_cache;
    const Clock &m_clock;
};

} // namespace nodues::workstation
