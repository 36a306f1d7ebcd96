#include "api/SecurityPurgeJob.h"

#include "Clock.h"
#include "api/ApiLogging.h"
#include "api/ServerContext.h"
#include "storage/Database.h"

namespace nodues::server {

SecurityPurgeJob::SecurityPurgeJob(ServerContext &context, int intervalSeconds)
    : m_context(context), m_intervalSeconds(intervalSeconds)
{
}

SecurityPurgeJob::~SecurityPurgeJob()
{
    stop();
}

void SecurityPurgeJob::start()
{
    if (m_thread.joinable())
        return;
    {
        const std::lock_guard lock(m_mutex);
        m_stopRequested = false;
    }
    m_thread = std::thread([this] { threadMain(); });
}

void SecurityPurgeJob::stop()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopRequested = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

bool SecurityPurgeJob::runOnce()
{
    const QDateTime now = m_context.clock().nowUtc();
    const int window = m_context.otpService().settings().sendWindowSeconds;
    QString error;
    bool ok = true;
    const qint64 challenges = m_context.otpService().purgeExpired(now.addSecs(-window), &error);
    if (challenges < 0) {
        qCWarning(lcApi).noquote() << "Could not purge expired OTP challenges:" << error;
        ok = false;
    }
    const qint64 sessions = m_context.sessionStore().purgeEnded(now, &error);
    if (sessions < 0) {
        qCWarning(lcApi).noquote() << "Could not purge ended sessions:" << error;
        ok = false;
    }
    const qint64 failures = m_context.officerAuthenticator().purgeStaleFailures(&error);
    if (failures < 0) {
        qCWarning(lcApi).noquote() << "Could not purge stale officer sign-in failure counts:" << error;
        ok = false;
    }
    if (challenges > 0 || sessions > 0 || failures > 0)
        qCInfo(lcApi) << "Purged" << qMax<qint64>(challenges, 0) << "OTP challenges," << qMax<qint64>(sessions, 0)
                      << "sessions and" << qMax<qint64>(failures, 0) << "officer sign-in failure counts";
    return ok;
}

void SecurityPurgeJob::threadMain()
{
    std::unique_lock lock(m_mutex);
    while (!m_stopRequested) {
        lock.unlock();
        runOnce();
        lock.lock();
        m_wake.wait_for(lock, std::chrono::seconds(m_intervalSeconds), [this] { return m_stopRequested; });
    }
    lock.unlock();
    m_context.database().closeThreadConnection();
}

} // namespace nodues::server
