#include "http/RateLimiter.h"

#include "Clock.h"
#include "http/ApiError.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace nodues::server {

RateLimiter::RateLimiter(const Clock &clock, double ratePerSecond, double burst, qsizetype maxClients)
    : m_clock(clock)
    , m_ratePerSecond(ratePerSecond)
    , m_burst(burst)
    , m_maxClients(maxClients)
{
    Q_ASSERT(ratePerSecond > 0.0);
    Q_ASSERT(burst >= 1.0);
}

void RateLimiter::refill(Bucket &bucket, qint64 nowMs) const
{
    // A clock set back gives no tokens instead of taking them away.
    const qint64 elapsedMs = std::max<qint64>(0, nowMs - bucket.updatedMs);
    bucket.tokens = std::min(m_burst, bucket.tokens + double(elapsedMs) * m_ratePerSecond / 1000.0);
    bucket.updatedMs = std::max(bucket.updatedMs, nowMs);
}

RateLimiter::Decision RateLimiter::take(const QString &clientAddress, double cost)
{
    const qint64 nowMs = m_clock.nowUtc().toMSecsSinceEpoch();
    const QMutexLocker locker(&m_mutex);

    auto found = m_buckets.find(clientAddress);
    if (found == m_buckets.end()) {
        if (m_buckets.size() >= m_maxClients)
            pruneLocked(nowMs);
        found = m_buckets.insert(clientAddress, Bucket{m_burst, nowMs});
    }
    Bucket &bucket = *found;
    refill(bucket, nowMs);

    if (bucket.tokens >= cost) {
        bucket.tokens -= cost;
        return {true, 0};
    }
    const double missing = cost - bucket.tokens;
    return {false, std::max(1, int(std::ceil(missing / m_ratePerSecond)))};
}

void RateLimiter::pruneLocked(qint64 nowMs)
{
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        refill(*it, nowMs);
        if (it->tokens >= m_burst)
            it = m_buckets.erase(it);
        else
            ++it;
    }
    if (m_buckets.size() >= m_maxClients)
        m_buckets.clear();
}

qsizetype RateLimiter::trackedClients() const
{
    const QMutexLocker locker(&m_mutex);
    return m_buckets.size();
}

Response tooManyRequestsResponse(const Request &request, const RateLimiter::Decision &decision)
{
    Response response = errorResponse(
        request, 429, u"too_many_requests"_s,
        {"HttpError", QT_TRANSLATE_NOOP("HttpError", "Too many requests from your address; wait %1 s and try again."),
         {QString::number(decision.retryAfterSeconds)}});
    response.headers.set("Retry-After"_ba, QByteArray::number(decision.retryAfterSeconds));
    return response;
}

} // namespace nodues::server
