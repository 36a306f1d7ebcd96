#pragma once

#include <QString>
#include <QUrl>

namespace nodues::workstation {

// What the sync engine needs to know to run; SyncController::configure() fills it.
struct SyncSettings
{
    QUrl serverUrl;
    QString token;                           // the officer's bearer token; never logged
    QString language = QStringLiteral("hi"); // "hi" or "en", for the server's messages
    QString cachePath;                       // the cache file of this server and officer
    int pageSize = 100;                      // applications per sync page, 1 to 500
    int intervalMs = 60000;                  // between syncs while online
    int requestTimeoutMs = 30000;
    // The wait before the next try after a network failure doubles from the first to the second.
    int retryMinMs = 2000;
    int retryMaxMs = 300000;
    // While offline, the wait between connectivity probes (GET /healthz). 0 turns them off. A
    // probe that gets 200 starts a round at once, so queued actions do not wait out the retry
    // delay once the server is back. Each probe is one small request.
    int probeIntervalMs = 5000;
    // Tries of an action (network failures included) after which a server error (5xx, 408,
    // 429) marks it failed instead of queued for another try.
    int maxServerErrors = 5;
};

} // namespace nodues::workstation
