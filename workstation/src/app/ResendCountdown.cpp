#include "app/ResendCountdown.h"

#include "Clock.h"

namespace nodues::workstation {

namespace {

constexpr int kPollMilliseconds = 250;

} // namespace

ResendCountdown::ResendCountdown(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_timer.setInterval(kPollMilliseconds);
    connect(&m_timer, &QTimer::timeout, this, &ResendCountdown::poll);
}

void ResendCountdown::start(int seconds)
{
    m_deadline = m_clock.nowUtc().addSecs(seconds);
    m_lastReported = -1;
    m_timer.start();
    poll();
}

void ResendCountdown::stop()
{
    m_timer.stop();
    m_lastReported = -1;
}

int ResendCountdown::secondsLeft() const
{
    if (!running())
        return 0;
    const qint64 milliseconds = m_clock.nowUtc().msecsTo(m_deadline);
    return milliseconds <= 0 ? 0 : int((milliseconds + 999) / 1000);
}

void ResendCountdown::poll()
{
    const int left = secondsLeft();
    if (left <= 0) {
        stop();
        emit ticked(0);
        emit finished();
        return;
    }
    if (left != m_lastReported) {
        m_lastReported = left;
        emit ticked(left);
    }
}

} // namespace nodues::workstation
