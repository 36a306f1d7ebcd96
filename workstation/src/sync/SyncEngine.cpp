#include "sync/SyncEngine.h"

#include "api/OfficerApiClient.h"
#include "cache/ActionQueue.h"
#include "cache/CertificateFiles.h"
#include "cache/LocalCache.h"
#include "cache/PrintUploads.h"
#include "sync/SyncLogging.h"

#include <QJsonArray>
#include <QTimer>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

namespace {

// The responses to an action that a retry cannot change: the application changed or its re-check
// failed. Everything else that is 4xx is a failure; 5xx, 408 and 429 are worth waiting out.
bool isConflict(const ApiResult &result)
{
    return result.httpStatus == 409 || (result.httpStatus == 422 && !result.otpRefused());
}

bool isTransient(const ApiResult &result)
{
    return result.httpStatus >= 500 || result.httpStatus == 408 || result.httpStatus == 429;
}

std::optional<CachedApplication> applicationOf(const ApiResult &result)
{
    const QJsonObject json = result.body.value(u"application"_s).toObject();
    if (json.isEmpty())
        return std::nullopt;
    QString error;
    std::optional<CachedApplication> application = CachedApplication::fromJson(json, &error);
    if (!application)
        qCWarning(lcSyncEngine) << "An action's response carried an application that does not parse:" << error;
    return application;
}

} // namespace

SyncEngine::SyncEngine(QObject *parent)
    : QObject(parent)
    , m_client(new OfficerApiClient(this))
    , m_timer(new QTimer(this))
    , m_probeTimer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SyncEngine::syncNow);
    m_probeTimer->setSingleShot(true);
    connect(m_probeTimer, &QTimer::timeout, this, &SyncEngine::probe);
}

SyncEngine::~SyncEngine()
{
    shutdown();
}

void SyncEngine::configure(const SyncSettings &settings)
{
    m_settings = settings;
    m_settings.pageSize = std::clamp(m_settings.pageSize, 1, 500);
    m_client->setServerUrl(settings.serverUrl);
    m_client->setToken(settings.token);
    m_client->setLanguage(settings.language);
    m_client->setTimeoutMs(settings.requestTimeoutMs);
    m_sessionEnded = false;
    m_failedRounds = 0;

    QString error;
    m_prints.reset();
    m_files.reset();
    m_queue.reset();
    m_cache = LocalCache::open(settings.cachePath, &error);
    if (!m_cache) {
        qCWarning(lcSyncEngine) << "Could not open the cache:" << error;
        emit syncFinished(false, tr("Could not open the local cache; the log has the reason."));
        return;
    }
    m_queue = std::make_unique<ActionQueue>(*m_cache);
    m_files = std::make_unique<CertificateFiles>(*m_cache);
    m_prints = std::make_unique<PrintUploads>(*m_cache);
    m_downloadsDue = true;
    reportPending();
    reportPendingUploads();
    reportPendingPrints();
    syncNow();
}

void SyncEngine::setToken(const QString &token)
{
    m_client->setToken(token);
    m_sessionEnded = token.isEmpty();
}

void SyncEngine::setLanguage(const QString &language)
{
    m_client->setLanguage(language);
}

void SyncEngine::setInterval(int milliseconds)
{
    m_settings.intervalMs = std::max(1000, milliseconds);
    if (!m_running && m_cache && !m_sessionEnded)
        m_timer->start(m_settings.intervalMs);
}

void SyncEngine::shutdown()
{
    m_timer->stop();
    m_probeTimer->stop();
    m_prints.reset();
    m_files.reset();
    m_queue.reset();
    m_cache.reset();
}

void SyncEngine::syncNow()
{
    if (!m_cache || m_sessionEnded || !m_client->hasToken())
        return;
    if (m_running) {
        m_again = true;
        return;
    }
    m_timer->stop();
    m_running = true;
    m_again = false;
    m_resetThisRound = false;
    m_triedUploads.clear();
    m_triedPrints.clear();
    m_downloadQueue.clear();
    emit syncStarted();
    pushNext();
}

void SyncEngine::pushNext()
{
    QString error;
    const QList<QueuedAction> pending = m_queue->pending(&error);
    if (!error.isEmpty()) {
        qCWarning(lcSyncEngine) << "Could not read the queue:" << error;
        finishRound(false, tr("Could not read the local cache; the log has the reason."));
        return;
    }
    // The oldest action goes first; while it waits out a server error, the later ones wait too.
    const bool waiting = !pending.isEmpty() && pending.first().nextAttemptAt.isValid() &&
                         pending.first().nextAttemptAt > QDateTime::currentDateTimeUtc();
    if (pending.isEmpty() || waiting) {
        pushUploads();
        return;
    }
    sendAction(pending.first());
}

void SyncEngine::sendAction(const QueuedAction &queued)
{
    QString error;
    const std::optional<QueuedAction> claimed = m_queue->markSending(queued.id, &error);
    if (!claimed && error.isEmpty()) {
        // Discarded on the GUI thread since the queue was read.
        pushNext();
        return;
    }
    if (!claimed) {
        qCWarning(lcSyncEngine) << "Could not mark action" << queued.id << "as sending:" << error;
        finishRound(false, tr("Could not write the local cache; the log has the reason."));
        return;
    }
    const QueuedAction &action = *claimed;
    qCInfo(lcSyncEngine) << "Sending" << actionKindCode(action.kind) << "of" << action.number << "version"
                         << action.version << "action" << action.id;
    auto done = [this, action](const ApiResult &result) {
        handleActionAnswer(action, result);
    };
    switch (action.kind) {
    case ActionKind::Forward:
        m_client->forward(action.number, action.version, action.idempotencyKey, action.remarks, this, done);
        break;
    case ActionKind::Reject:
        m_client->reject(action.number, action.version, action.idempotencyKey, action.reasonCode, action.remarks, this,
                         done);
        break;
    case ActionKind::ConfirmLink:
        m_client->confirmLink(action.number, action.ivrs, action.version, action.idempotencyKey, action.remarks, this,
                              done);
        break;
    case ActionKind::RefuseLink:
        m_client->refuseLink(action.number, action.ivrs, action.version, action.idempotencyKey, action.remarks, this,
                             done);
        break;
    }
}

void SyncEngine::handleActionAnswer(const QueuedAction &action, const ApiResult &result)
{
    if (!m_queue)
        return;
    QString error;
    if (result.unreachable()) {
        setOnline(false);
        // Rounds are already spaced out while offline; the action goes first in the next one.
        if (!m_queue->markRetry(action.id, u"network"_s,
                                tr("No response from the server; the action will be sent again."), {}, &error))
            qCWarning(lcSyncEngine) << "Could not requeue action" << action.id << ":" << error;
        finishRound(false, tr("Cannot reach the server. Working offline; your actions wait in the queue."));
        return;
    }
    setOnline(true);
    if (result.sessionEnded()) {
        // Not the action's fault: it goes again, with the same key, after the next sign-in.
        if (!m_queue->markRetry(action.id, result.errorCode, result.errorMessage, {}, &error))
            qCWarning(lcSyncEngine) << "Could not requeue action" << action.id << ":" << error;
        endSession();
        return;
    }

    const std::optional<CachedApplication> current = applicationOf(result);
    bool stored = false;
    if (result.ok()) {
        stored = m_queue->markDone(action.id, current ? &*current : nullptr, &error);
        qCInfo(lcSyncEngine) << "Action" << action.id << "on" << action.number << "done";
    } else if (isConflict(result)) {
        stored = m_queue->markConflict(action.id, result.errorCode, result.errorMessage, current ? &*current : nullptr,
                                       &error);
        qCInfo(lcSyncEngine) << "Action" << action.id << "on" << action.number << "refused:" << result.errorCode;
        emit actionConflicted(action.number, result.errorMessage);
    } else if (isTransient(result) && action.attempts < m_settings.maxServerErrors) {
        stored =
            m_queue->markRetry(action.id, result.errorCode, result.errorMessage, retryTime(action.attempts), &error);
        if (stored) {
            reportPending();
            finishRound(false, result.errorMessage);
            return;
        }
    } else {
        stored = m_queue->markFailed(action.id, result.errorCode, result.errorMessage, &error);
        qCWarning(lcSyncEngine) << "Action" << action.id << "on" << action.number << "failed:" << result.httpStatus
                                << result.errorCode;
        emit actionConflicted(action.number, result.errorMessage);
    }
    if (!stored) {
        qCWarning(lcSyncEngine) << "Could not store the outcome of action" << action.id << ":" << error;
        finishRound(false, tr("Could not write the local cache; the log has the reason."));
        return;
    }
    emit applicationsChanged({action.number});
    reportPending();
    pushNext();
}

void SyncEngine::pullNext()
{
    QString error;
    const qint64 cursor = m_cache->cursor(&error);
    if (cursor < 0) {
        qCWarning(lcSyncEngine) << "Could not read the cursor:" << error;
        finishRound(false, tr("Could not read the local cache; the log has the reason."));
        return;
    }
    m_client->sync(cursor, m_settings.pageSize, this, [this](const ApiResult &result) {
        if (m_cache)
            handlePage(result);
    });
}

void SyncEngine::handlePage(const ApiResult &result)
{
    if (result.unreachable()) {
        setOnline(false);
        finishRound(false, tr("Cannot reach the server. Working offline; your actions wait in the queue."));
        return;
    }
    setOnline(true);
    if (result.sessionEnded()) {
        endSession();
        return;
    }
    QString error;
    if (result.httpStatus == 410 && result.errorCode == u"cursor_unknown"_s && !m_resetThisRound) {
        qCWarning(lcSyncEngine) << "The server does not know the cursor; syncing again from 0";
        m_resetThisRound = true;
        m_downloadsDue = true;
        // Every application comes again, the unreadable ones included.
        if (!m_unreadable.isEmpty()) {
            m_unreadable.clear();
            emit applicationsUnreadable({});
        }
        if (!m_cache->resetCursor(&error)) {
            qCWarning(lcSyncEngine) << "Could not reset the cache:" << error;
            finishRound(false, tr("Could not write the local cache; the log has the reason."));
            return;
        }
        emit applicationsChanged({});
        pullNext();
        return;
    }
    if (!result.ok()) {
        finishRound(false, result.errorMessage);
        return;
    }

    // An entry that does not parse is left out and named, and the rest of the page is stored in
    // one transaction with the next cursor. One unreadable record must not stop the sync of every
    // other application.
    const QJsonArray changes = result.body.value(u"changes"_s).toArray();
    QList<CachedApplication> applications;
    QStringList numbers;
    const QSet<QString> unreadableBefore = m_unreadable;
    for (qsizetype index = 0; index < changes.size(); ++index) {
        const QJsonObject change = changes.at(index).toObject();
        std::optional<CachedApplication> application = CachedApplication::fromJson(change, &error);
        if (!application) {
            // The number is the one member worth trying to read from an entry that failed.
            const QString number = change.value(u"number"_s).toString();
            qCWarning(lcSyncEngine).noquote() << "Left out entry" << index << "of a sync page, application"
                                              << (number.isEmpty() ? u"(no number)"_s : number) << ":" << error;
            m_unreadable.insert(number);
            continue;
        }
        m_unreadable.remove(application->number);
        numbers.append(application->number);
        applications.append(std::move(*application));
    }
    const qint64 nextCursor = result.body.value(u"next_cursor"_s).toInteger(-1);
    if (nextCursor < 0) {
        qCWarning(lcSyncEngine) << "A sync page has no next_cursor";
        finishRound(false, tr("The server sent data the workstation cannot read; the log has the details."));
        return;
    }
    const qint64 before = m_cache->cursor();
    if (!m_cache->applyPage(applications, nextCursor, &error)) {
        qCWarning(lcSyncEngine) << "Could not store a sync page:" << error;
        finishRound(false, tr("Could not write the local cache; the log has the reason."));
        return;
    }
    emit pageApplied(int(applications.size()), nextCursor);
    if (m_unreadable != unreadableBefore)
        emit applicationsUnreadable(sortedUnreadable());
    if (!numbers.isEmpty()) {
        m_downloadsDue = true;
        emit applicationsChanged(numbers);
    }

    const bool more = result.body.value(u"has_more"_s).toBool() && nextCursor > before;
    if (more)
        pullNext();
    else
        startDownloads();
}

void SyncEngine::finishRound(bool ok, const QString &message)
{
    m_running = false;
    if (ok) {
        m_failedRounds = 0;
        QString error;
        if (!m_cache->setLastSyncedAt(QDateTime::currentDateTimeUtc(), &error))
            qCWarning(lcSyncEngine) << "Could not store the sync time:" << error;
    } else {
        ++m_failedRounds;
    }
    emit syncFinished(ok, message);
    if (m_sessionEnded || !m_cache)
        return;
    if (m_again) {
        QTimer::singleShot(0, this, &SyncEngine::syncNow);
        return;
    }
    m_timer->start(ok ? m_settings.intervalMs : retryDelayMs(m_failedRounds));
}

void SyncEngine::endSession()
{
    qCWarning(lcSyncEngine) << "The server ended the session; syncing stops until the next sign-in";
    m_sessionEnded = true;
    m_timer->stop();
    m_probeTimer->stop();
    reportPending();
    finishRound(false, tr("Your session has ended. Sign in again."));
    emit sessionEnded();
}

void SyncEngine::setOnline(bool online)
{
    if (m_online == int(online))
        return;
    m_online = int(online);
    qCInfo(lcSyncEngine) << (online ? "Online" : "Offline");
    if (online)
        m_probeTimer->stop();
    else
        scheduleProbe();
    emit onlineChanged(online);
}

void SyncEngine::scheduleProbe()
{
    if (m_settings.probeIntervalMs > 0 && m_cache && !m_sessionEnded && m_online == 0)
        m_probeTimer->start(m_settings.probeIntervalMs);
}

void SyncEngine::probe()
{
    if (!m_cache || m_sessionEnded || m_online != 0)
        return;
    // A round that runs finds out for itself.
    if (m_running) {
        scheduleProbe();
        return;
    }
    m_client->health(this, [this](const ApiResult &result) { handleProbeAnswer(result); });
}

void SyncEngine::handleProbeAnswer(const ApiResult &result)
{
    if (!m_cache || m_sessionEnded || m_online != 0)
        return;
    if (!result.ok()) {
        qCDebug(lcSyncEngine) << "Probe: the server does not respond yet:" << result.httpStatus << result.networkError;
        scheduleProbe();
        return;
    }
    qCInfo(lcSyncEngine) << "The server responds again; syncing now";
    setOnline(true);
    syncNow();
}

QStringList SyncEngine::sortedUnreadable() const
{
    QStringList numbers(m_unreadable.cbegin(), m_unreadable.cend());
    numbers.sort();
    return numbers;
}

void SyncEngine::reportPending()
{
    if (!m_queue)
        return;
    // Always reported, because the GUI thread queues actions too and only SyncController tracks
    // the count it showed last.
    const int count = m_queue->pendingCount();
    if (count >= 0)
        emit pendingActionsChanged(count);
}

int SyncEngine::retryDelayMs(int failures) const
{
    qint64 delay = m_settings.retryMinMs;
    for (int i = 1; i < failures && delay < m_settings.retryMaxMs; ++i)
        delay *= 2;
    return int(std::min<qint64>({delay, m_settings.retryMaxMs, m_settings.intervalMs}));
}

QDateTime SyncEngine::retryTime(int failures) const
{
    return QDateTime::currentDateTimeUtc().addMSecs(retryDelayMs(failures));
}

} // namespace nodues::workstation
