#pragma once

#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QTimer>

#include <functional>
#include <optional>
#include <thread>

namespace nodues::workstation {

// Runs call, a blocking call into libcups, on a thread of its own and waits for its result in a
// local event loop. So the calling thread (the GUI thread) keeps repainting and running its
// timers while CUPS is slow or does not respond at all. libcups keeps its connection and its last
// error per thread, so the call may run on any thread; CUPS_SERVER is read from the environment
// by each new thread.
//
// keepWaiting is called when the wait starts and then every kOffThreadPollMs. When it returns
// false, the wait ends with nothing (as it does when QCoreApplication::exit() ends the event
// loops), and the call goes on alone with its result dropped. So call
// must own everything it uses (capture by value). The thread is detached, so a call that never
// returns does not hold up the end of the process.
// NOTE: a call still running when the process exits is cut off inside libcups.
constexpr int kOffThreadPollMs = 100;

template<typename Result>
std::optional<Result> runOffThread(std::function<Result()> call, const std::function<bool()> &keepWaiting)
{
    if (keepWaiting && !keepWaiting())
        return std::nullopt;

    QPromise<Result> promise;
    QFuture<Result> future = promise.future();
    std::thread([promise = std::move(promise), call = std::move(call)]() mutable {
        promise.start();
        promise.addResult(call());
        promise.finish();
    }).detach();

    // The watcher also reports a future that finished before it was set, through a queued event.
    QEventLoop loop;
    QFutureWatcher<Result> watcher;
    QObject::connect(&watcher, &QFutureWatcher<Result>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    QTimer poll;
    poll.setInterval(kOffThreadPollMs);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (!future.isFinished() && keepWaiting && !keepWaiting())
            loop.quit();
    });
    poll.start();
    if (!future.isFinished())
        loop.exec();

    // Unfinished here: abandoned, or QCoreApplication::exit() ended every event loop.
    if (!future.isFinished())
        return std::nullopt;
    return future.result();
}

} // namespace nodues::workstation
