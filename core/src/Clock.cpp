#include "Clock.h"

namespace nodues {

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

ManualClock::ManualClock(const QDateTime &start)
    : m_now(start.toUTC())
{
}

QDateTime ManualClock::nowUtc() const
{
    const QMutexLocker locker(&m_mutex);
    return m_now;
}

void ManualClock::setNow(const QDateTime &instant)
{
    const QMutexLocker locker(&m_mutex);
    m_now = instant.toUTC();
}

void ManualClock::advanceSeconds(qint64 seconds)
{
    const QMutexLocker locker(&m_mutex);
    m_now = m_now.addSecs(seconds);
}

} // namespace nodues
