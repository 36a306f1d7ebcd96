#pragma once

#include "http/Request.h"
#include "http/Response.h"

#include <QHash>
#include <QMutex>
#include <QString>

namespace nodues {
class Clock;
}

namespace nodues::server {

// A token bucket per client address: each address may make `burst` requests at once, refilled
// at `ratePerSecond`. Time comes from the injected Clock (millisecond resolution), so tests
// choose the instants. Thread-safe; one limiter is shared by the worker threads of a route.
//
// Memory is bounded: when more than maxClients addresses are tracked, buckets that have refilled
// completely are forgotten (they are equal to a fresh bucket), and if that is not enough the
// limiter starts over with an empty table, which can only let requests through, never block one.
class RateLimiter
{
    Q_DISABLE_COPY_MOVE(RateLimiter)

public:
    RateLimiter(const Clock &clock, double ratePerSecond, double burst, qsizetype maxClients = 100000);

    struct Decision
    {
        bool allowed = true;
        int retryAfterSeconds = 0;  // when not allowed: whole seconds until one token is back
    };

    // Takes `cost` tokens from the client's bucket when it has them.
    Decision take(const QString &clientAddress, double cost = 1.0);

    qsizetype trackedClients() const;

private:
    struct Bucket
    {
        double tokens = 0.0;
        qint64 updatedMs = 0;
    };

    void refill(Bucket &bucket, qint64 nowMs) const;
    void pruneLocked(qint64 nowMs);

    const Clock &m_clock;
    const double m_ratePerSecond;
    const double m_burst;
    const qsizetype m_maxClients;
    mutable QMutex m_mutex;
    QHash<QString, Bucket> m_buckets;
};

// The 429 answer for a refused request, with Retry-After.
Response tooManyRequestsResponse(const Request &request, const RateLimiter::Decision &decision);

} // namespace nodues::server
