#pragma once

#include <QDateTime>
#include <QMutex>

namespace nodues {

// Source of the current instant. Everything that depends on time (OTP expiry, SLA ages,
// fiscal-year rollover, IST dates) takes a Clock so tests can choose the instant.
class Clock
{
public:
    virtual ~Clock() = default;

    // Returns the current instant in UTC.
    virtual QDateTime nowUtc() const = 0;

    // The process-wide system clock.
    static const Clock &system();
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override;
};

// A clock that stands still until a test moves it; safe to share between threads.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(const QDateTime &start);

    QDateTime nowUtc() const override;
    void setNow(const QDateTime &instant);
    void advanceSeconds(qint64 seconds);

private:
    mutable QMutex m_mutex;
    QDateTime m_now;
};

} // namespace nodues
