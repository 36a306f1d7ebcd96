#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace nodues {
class Clock;
}

namespace nodues::workstation {

// Counts down the seconds until an OTP may be sent again, for the "Resend code" buttons. The
// remaining time comes from a Clock, so tests move a ManualClock instead of waiting; a timer
// only polls it four times a second while a countdown runs.
class ResendCountdown : public QObject
{
    Q_OBJECT

public:
    explicit ResendCountdown(const Clock &clock, QObject *parent = nullptr);

    // Starts counting seconds down from now; 0 or less finishes at once.
    void start(int seconds);
    void stop();

    bool running() const { return m_timer.isActive(); }
    // The whole seconds left, rounded up; 0 when not running.
    int secondsLeft() const;

signals:
    // Emitted when the whole seconds left change while running, and by start().
    void ticked(int secondsLeft);
    // Emitted once when the countdown reaches zero.
    void finished();

private:
    void poll();

    const Clock &m_clock;
    QTimer m_timer;
    QDateTime m_deadline;
    int m_lastReported = -1;
};

} // namespace nodues::workstation
