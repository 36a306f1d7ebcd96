#include "cache/ActionQueue.h"

#include "Clock.h"
#include "Timestamp.h"
#include "api/OfficerApiClient.h"
#include "cache/LocalCache.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"
#include "storage/WriteTransaction.h"
#include "sync/SyncLogging.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

namespace {

const QString kColumns = u"id, kind, number, ivrs, version, idempotency_key, reason_code, remarks, created_at,"
                         " state, error_code, error_message, attempts, next_attempt_at, updated_at"_s;

QueuedAction actionFromRow(const QSqlQuery &query)
{
    QueuedAction action;
    action.id = query.value(0).toLongLong();
    action.kind = actionKindFromCode(query.value(1).toString()).value_or(ActionKind::Forward);
    action.number = query.value(2).toString();
    action.ivrs = query.value(3).toString();
    action.version = query.value(4).toLongLong();
    action.idempotencyKey = query.value(5).toString();
    action.reasonCode = query.value(6).toString();
    action.remarks = query.value(7).toString();
    action.createdAt = Timestamp::fromStorage(query.value(8).toString());
    action.state = actionStateFromCode(query.value(9).toString()).value_or(ActionState::Failed);
    action.errorCode = query.value(10).toString();
    action.errorMessage = query.value(11).toString();
    action.attempts = query.value(12).toInt();
    action.nextAttemptAt = Timestamp::fromStorage(query.value(13).toString());
    action.updatedAt = Timestamp::fromStorage(query.value(14).toString());
    return action;
}

QString draftProblem(const QueuedAction &draft)
{
    if (draft.number.trimmed().isEmpty())
        return u"The action names no application"_s;
    if (draft.version < 1)
        return u"The action on %1 has no version"_s.arg(draft.number);
    const bool link = draft.kind == ActionKind::ConfirmLink || draft.kind == ActionKind::RefuseLink;
    if (link && draft.ivrs.isEmpty())
        return u"The link action on %1 names no IVRS number"_s.arg(draft.number);
    if (draft.kind == ActionKind::Reject && draft.reasonCode.isEmpty())
        return u"The rejection of %1 has no reason code"_s.arg(draft.number);
    return {};
}

} // namespace

ActionQueue::ActionQueue(LocalCache &cache)
    : ActionQueue(cache, Clock::system())
{
}

ActionQueue::ActionQueue(LocalCache &cache, const Clock &clock)
    : m_cache(cache)
    , m_clock(clock)
{
}

QString ActionQueue::nowText() const
{
    return Timestamp::toStorage(m_clock.nowUtc());
}

std::optional<QueuedAction> ActionQueue::enqueue(QueuedAction draft, QString *error)
{
    const QString problem = draftProblem(draft);
    if (!problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    if (draft.idempotencyKey.isEmpty())
        draft.idempotencyKey = OfficerApiClient::newIdempotencyKey();
    draft.createdAt = Timestamp::fromStorage(nowText());
    draft.updatedAt = draft.createdAt;
    draft.state = ActionState::Queued;
    draft.attempts = 0;
    draft.errorCode.clear();
    draft.errorMessage.clear();
    draft.nextAttemptAt = QDateTime();

    WriteTransaction transaction(m_cache.database());
    if (!transaction.begin(error))
        return std::nullopt;
    QSqlQuery query(transaction.db());
    if (!execPrepared(query,
                      u"INSERT INTO queued_action (kind, number, ivrs, version, idempotency_key, reason_code, remarks,"
                      " created_at, state, updated_at) VALUES (:kind, :number, :ivrs, :version, :key, :reason,"
                      " :remarks, :created_at, 'queued', :created_at)"_s,
                      {{u"kind"_s, actionKindCode(draft.kind)},
                       {u"number"_s, draft.number},
                       {u"ivrs"_s, emptyIfNull(draft.ivrs)},
                       {u"version"_s, draft.version},
                       {u"key"_s, draft.idempotencyKey},
                       {u"reason"_s, emptyIfNull(draft.reasonCode)},
                       {u"remarks"_s, emptyIfNull(draft.remarks)},
                       {u"created_at"_s, Timestamp::toStorage(draft.createdAt)}},
                      error))
        return std::nullopt;
    draft.id = query.lastInsertId().toLongLong();
    query.finish();
    if (!transaction.commit(error))
        return std::nullopt;
    qCInfo(lcSyncCache) << "Queued" << actionKindCode(draft.kind) << "of" << draft.number << "as action" << draft.id;
    return draft;
}

QList<QueuedAction> ActionQueue::select(const QString &where, const QVariantMap &values, QString *error)
{
    QString localError;
    QString *const sink = error ? error : &localError;
    QSqlQuery query(m_cache.database().connection(sink));
    query.setForwardOnly(true);
    if (!execPrepared(query, u"SELECT "_s + kColumns + u" FROM queued_action WHERE "_s + where + u" ORDER BY id"_s,
                      values, sink))
        return {};
    QList<QueuedAction> actions;
    while (query.next())
        actions.append(actionFromRow(query));
    return actions;
}

QList<QueuedAction> ActionQueue::list(bool includeDone, QString *error)
{
    return select(includeDone ? u"1 = 1"_s : u"state <> 'done'"_s, {}, error);
}

QList<QueuedAction> ActionQueue::pending(QString *error)
{
    return select(u"state IN ('queued', 'sending')"_s, {}, error);
}

QList<QueuedAction> ActionQueue::forApplication(const QString &number, QString *error)
{
    return select(u"number = :number"_s, {{u"number"_s, number}}, error);
}

std::optional<QueuedAction> ActionQueue::find(qint64 id, QString *error)
{
    const QList<QueuedAction> found = select(u"id = :id"_s, {{u"id"_s, id}}, error);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

int ActionQueue::pendingCount(QString *error)
{
    QString localError;
    QString *const sink = error ? error : &localError;
    QSqlQuery query(m_cache.database().connection(sink));
    if (!execPlain(query, u"SELECT COUNT(*) FROM queued_action WHERE state IN ('queued', 'sending')"_s, sink) ||
        !query.next())
        return -1;
    return query.value(0).toInt();
}

std::optional<QueuedAction> ActionQueue::markSending(qint64 id, QString *error)
{
    WriteTransaction transaction(m_cache.database());
    if (!transaction.begin(error))
        return std::nullopt;
    QSqlQuery query(transaction.db());
    if (!execPrepared(query,
                      u"UPDATE queued_action SET state = 'sending', attempts = attempts + 1, updated_at = :now"
                      " WHERE id = :id AND state IN ('queued', 'sending')"_s,
                      {{u"id"_s, id}, {u"now"_s, nowText()}}, error))
        return std::nullopt;
    const bool claimed = query.numRowsAffected() == 1;
    if (!transaction.commit(error) || !claimed)
        return std::nullopt;
    return find(id, error);
}

bool ActionQueue::markDone(qint64 id, const CachedApplication *current, QString *error)
{
    return setState(id, ActionState::Done, {}, {}, {}, current, error);
}

bool ActionQueue::markConflict(qint64 id, const QString &code, const QString &message, const CachedApplication *current,
                               QString *error)
{
    return setState(id, ActionState::Conflict, code, message, {}, current, error);
}

bool ActionQueue::markFailed(qint64 id, const QString &code, const QString &message, QString *error)
{
    return setState(id, ActionState::Failed, code, message, {}, nullptr, error);
}

bool ActionQueue::markRetry(qint64 id, const QString &code, const QString &message, const QDateTime &retryAt,
                            QString *error)
{
    return setState(id, ActionState::Queued, code, message, retryAt, nullptr, error);
}

bool ActionQueue::setState(qint64 id, ActionState state, const QString &code, const QString &message,
                           const QDateTime &retryAt, const CachedApplication *current, QString *error)
{
    WriteTransaction transaction(m_cache.database());
    if (!transaction.begin(error))
        return false;
    QSqlQuery query(transaction.db());
    if (!execPrepared(query,
                      u"UPDATE queued_action SET state = :state, error_code = :code, error_message = :message,"
                      " next_attempt_at = :retry_at, updated_at = :now WHERE id = :id"_s,
                      {{u"id"_s, id},
                       {u"state"_s, actionStateCode(state)},
                       {u"code"_s, emptyIfNull(code)},
                       {u"message"_s, emptyIfNull(message)},
                       {u"retry_at"_s, retryAt.isValid() ? Timestamp::toStorage(retryAt) : u""_s},
                       {u"now"_s, nowText()}},
                      error))
        return false;
    if (query.numRowsAffected() != 1) {
        *error = u"There is no queued action %1"_s.arg(id);
        return false;
    }

    if (state == ActionState::Done && current) {
        // Later untried actions on this application were drafted on top of this one.
        if (!execPrepared(query,
                          u"UPDATE queued_action SET version = :new_version WHERE number = :number AND id > :id"
                          " AND state = 'queued' AND attempts = 0"
                          " AND version = (SELECT version FROM queued_action WHERE id = :id)"_s,
                          {{u"id"_s, id}, {u"number"_s, current->number}, {u"new_version"_s, current->version}}, error))
            return false;
    }
    if (current && !LocalCache::upsert(transaction, *current, error))
        return false;
    return transaction.commit(error);
}

bool ActionQueue::discard(qint64 id, QString *error)
{
    WriteTransaction transaction(m_cache.database());
    if (!transaction.begin(error))
        return false;
    QSqlQuery query(transaction.db());
    if (!execPrepared(query, u"DELETE FROM queued_action WHERE id = :id AND state <> 'sending'"_s, {{u"id"_s, id}},
                      error))
        return false;
    if (query.numRowsAffected() != 1) {
        *error = u"Action %1 does not exist or is being sent"_s.arg(id);
        return false;
    }
    return transaction.commit(error);
}

int ActionQueue::purgeDone(const QDateTime &cutoff, QString *error)
{
    WriteTransaction transaction(m_cache.database());
    if (!transaction.begin(error))
        return -1;
    QSqlQuery query(transaction.db());
    if (!execPrepared(query, u"DELETE FROM queued_action WHERE state = 'done' AND updated_at < :cutoff"_s,
                      {{u"cutoff"_s, Timestamp::toStorage(cutoff)}}, error))
        return -1;
    const int removed = query.numRowsAffected();
    return transaction.commit(error) ? removed : -1;
}

} // namespace nodues::workstation
