#pragma once

#include <QCoreApplication>
#include <QString>

namespace nodues {

// Lifetimes of sign-in sessions. Each session has a sliding expiry (idle limit), moved forward
// when the session is used, and a fixed absolute expiry counted from sign-in. The session ends at
// the earlier of the two.
//
// Consumers: 30 minutes idle, 8 hours at most. A consumer signs in to check connections and apply,
// which takes minutes, often on a shared or borrowed phone, so an idle session should end soon.
// Officers: 12 hours absolute, one working day, with the same 12 hours as idle limit, so in effect
// no idle limit. The workstation syncs in the background and keeps a session busy while it runs,
// so an idle limit would not protect anything. An administrator ends an officer's sessions at
// once by revoking them or disabling the account.
struct SessionSettings
{
    Q_DECLARE_TR_FUNCTIONS(SessionSettings)

public:
    int consumerIdleSeconds = 30 * 60;
    int consumerLifetimeSeconds = 8 * 3600;
    int officerIdleSeconds = 12 * 3600;
    int officerLifetimeSeconds = 12 * 3600;
    // A lookup records last use (and slides the expiry) only when the stored last use is at least
    // this old, so a burst of requests costs one write, not one per request. The sliding expiry is
    // therefore exact to this many seconds.
    int touchIntervalSeconds = 60;

    // Checks that every value is in range; sets error naming the first value that is not.
    bool validate(QString *error) const;
};

} // namespace nodues
