#include "sync/SyncController.h"

#include "cache/ActionQueue.h"
#include "cache/CertificateFiles.h"
#include "cache/LocalCache.h"
#include "sync/SyncEngine.h"
#include "sync/SyncLogging.h"

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

SyncController::SyncController(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(u"nodues-sync"_s);
}

SyncController::~SyncController()
{
    stop();
}

bool SyncController::configure(const QUrl &serverUrl, const QString &token, const QString &language,
                               const QString &cachePath, QString *error)
{
    SyncSettings settings;
    settings.serverUrl = serverUrl;
    settings.token = token;
    settings.language = language;
    settings.cachePath = cachePath;
    return configure(settings, error);
}

bool SyncController::configure(const SyncSettings &settings, QString *error)
{
    stop();
    m_cache = LocalCache::open(settings.cachePath, error);
    if (!m_cache)
        return false;
    m_settings = settings;
    refreshPendingCount();
    refreshPendingUploads();
    startEngine(settings);
    return true;
}

void SyncController::stop()
{
    stopEngine();
    m_cache.reset();
    m_syncing = false;
}

void SyncController::startEngine(const SyncSettings &settings)
{
    m_engine = new SyncEngine;
    m_engine->moveToThread(&m_thread);
    connect(m_engine, &SyncEngine::syncStarted, this, [this] {
        m_syncing = true;
        emit syncStarted();
    });
    connect(m_engine, &SyncEngine::pageApplied, this, &SyncController::pageApplied);
    connect(m_engine, &SyncEngine::syncFinished, this, [this](bool ok, const QString &message) {
        m_syncing = false;
        emit syncFinished(ok, message);
    });
    connect(m_engine, &SyncEngine::applicationsChanged, this, &SyncController::applicationsChanged);
    connect(m_engine, &SyncEngine::onlineChanged, this, [this](bool online) {
        m_online = online;
        emit onlineChanged(online);
    });
    connect(m_engine, &SyncEngine::pendingActionsChanged, this, [this](int count) {
        m_pendingActions = count;
        emit pendingActionsChanged(count);
    });
    connect(m_engine, &SyncEngine::actionConflicted, this, &SyncController::actionConflicted);
    connect(m_engine, &SyncEngine::applicationsUnreadable, this, &SyncController::applicationsUnreadable);
    connect(m_engine, &SyncEngine::sessionEnded, this, &SyncController::sessionEnded);
    connect(m_engine, &SyncEngine::certificateFilesChanged, this, &SyncController::certificateFilesChanged);
    connect(m_engine, &SyncEngine::certificateUploadRefused, this, &SyncController::certificateUploadRefused);
    connect(m_engine, &SyncEngine::printUploadRejected, this, &SyncController::printUploadRejected);
    connect(m_engine, &SyncEngine::pendingPrintUploadsChanged, this, &SyncController::pendingPrintUploadsChanged);
    connect(m_engine, &SyncEngine::pendingUploadsChanged, this, [this](int count) {
        m_pendingUploads = count;
        emit pendingUploadsChanged(count);
    });

    if (!m_thread.isRunning())
        m_thread.start();
    SyncEngine *const engine = m_engine;
    QMetaObject::invokeMethod(
        engine, [engine, settings] { engine->configure(settings); }, Qt::QueuedConnection);
}

void SyncController::stopEngine()
{
    if (!m_engine)
        return;
    SyncEngine *const engine = m_engine;
    m_engine = nullptr;
    disconnect(engine, nullptr, this, nullptr);
    // The engine's cache connection and network manager belong to the worker thread: close and
    // delete them there.
    QMetaObject::invokeMethod(
        engine, [engine] { delete engine; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SyncController::setToken(const QString &token)
{
    m_settings.token = token;
    if (!m_engine)
        return;
    SyncEngine *const engine = m_engine;
    QMetaObject::invokeMethod(
        engine,
        [engine, token] {
            engine->setToken(token);
            engine->syncNow();
        },
        Qt::QueuedConnection);
}

void SyncController::setLanguage(const QString &language)
{
    m_settings.language = language;
    if (SyncEngine *const engine = m_engine)
        QMetaObject::invokeMethod(
            engine, [engine, language] { engine->setLanguage(language); }, Qt::QueuedConnection);
}

void SyncController::setInterval(int milliseconds)
{
    m_settings.intervalMs = milliseconds;
    if (SyncEngine *const engine = m_engine)
        QMetaObject::invokeMethod(
            engine, [engine, milliseconds] { engine->setInterval(milliseconds); }, Qt::QueuedConnection);
}

void SyncController::syncNow()
{
    if (SyncEngine *const engine = m_engine)
        QMetaObject::invokeMethod(engine, &SyncEngine::syncNow, Qt::QueuedConnection);
}

std::optional<QueuedAction> SyncController::queueAction(const QueuedAction &draft, QString *error)
{
    if (!m_cache) {
        *error = u"Sync is not configured"_s;
        return std::nullopt;
    }
    std::optional<QueuedAction> queued = ActionQueue(*m_cache).enqueue(draft, error);
    if (!queued)
        return std::nullopt;
    refreshPendingCount();
    emit applicationsChanged({queued->number});
    syncNow();
    return queued;
}

bool SyncController::discardAction(qint64 id, QString *error)
{
    if (!m_cache) {
        *error = u"Sync is not configured"_s;
        return false;
    }
    ActionQueue queue(*m_cache);
    const std::optional<QueuedAction> action = queue.find(id, error);
    if (!action) {
        if (error->isEmpty())
            *error = u"There is no queued action %1"_s.arg(id);
        return false;
    }
    if (!queue.discard(id, error))
        return false;
    refreshPendingCount();
    emit applicationsChanged({action->number});
    return true;
}

bool SyncController::storeSignedCertificate(const QString &number, const QByteArray &pdf, QString *error)
{
    if (!m_cache) {
        *error = u"Sync is not configured"_s;
        return false;
    }
    if (!CertificateFiles(*m_cache).storeSigned(number, pdf, error))
        return false;
    refreshPendingUploads();
    emit certificateFilesChanged({number});
    syncNow();
    return true;
}

QDateTime SyncController::lastSyncedAt() const
{
    return m_cache ? m_cache->lastSyncedAt() : QDateTime();
}

void SyncController::refreshPendingUploads()
{
    const int count = m_cache ? CertificateFiles(*m_cache).pendingUploadCount() : 0;
    if (count < 0 || count == m_pendingUploads)
        return;
    m_pendingUploads = count;
    emit pendingUploadsChanged(count);
}

void SyncController::refreshPendingCount()
{
    const int count = m_cache ? ActionQueue(*m_cache).pendingCount() : 0;
    if (count < 0 || count == m_pendingActions)
        return;
    m_pendingActions = count;
    emit pendingActionsChanged(count);
}

} // namespace nodues::workstation
