#pragma once

#include <QtGlobal>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace nodues::server {

// A fixed set of threads that run request handlers, so blocking database work never stalls the
// server's I/O threads. Each thread keeps its own database connection (Database::connection()
// opens one per thread on first use); threadFinished runs on each thread just before it ends,
// which is where that connection is closed.
class WorkerPool
{
    Q_DISABLE_COPY_MOVE(WorkerPool)

public:
    using Task = std::function<void()>;

    WorkerPool(int threadCount, std::function<void()> threadFinished);
    ~WorkerPool();

    // Queues a task; returns false once stop() has begun, and the task is then not run.
    bool post(Task task);

    // Runs every task already queued, then ends the threads and waits for them.
    void stop();

    int threadCount() const { return int(m_threads.size()); }

private:
    void run();

    std::function<void()> m_threadFinished;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Task> m_tasks;
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};

} // namespace nodues::server
