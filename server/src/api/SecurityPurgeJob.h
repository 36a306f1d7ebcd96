#pragma once

#include <QtGlobal>

#include <condition_variable>
#include <mutex>
#include <thread>

namespace nodues::server {

class ServerContext;

// Deletes OTP challenges and sessions that have ended, on a thread of its own, every
// intervalSeconds while `serve` runs (the first pass right after start):
//   - OTP challenges that expired before now minus the OTP send window, so the send caps, which
//     count codes within that window, stay exact;
//   - sessions whose absolute expiry or revocation lies before now;
//   - officer sign-in failure counts that no longer count (SignInLockout::purgeStale()).
// Failures are logged and retried at the next pass.
class SecurityPurgeJob final
{
    Q_DISABLE_COPY_MOVE(SecurityPurgeJob)

public:
    SecurityPurgeJob(ServerContext &context, int intervalSeconds);
    ~SecurityPurgeJob(); // stops

    void start();
    // Wakes the thread, lets a pass in progress finish and waits for the thread to end.
    void stop();

    // One pass on the calling thread; returns false when any purge failed.
    bool runOnce();

private:
    void threadMain();

    ServerContext &m_context;
    const int m_intervalSeconds;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopRequested = false;
    std::thread m_thread;
};

} // namespace nodues::server
