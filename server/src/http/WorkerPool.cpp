#include "http/WorkerPool.h"

#include <algorithm>
namespace nodues::server {

WorkerPool::WorkerPool(int threadCount, std::function<void()> threadFinished)
    : m_threadFinished(std::move(threadFinished))
{
    m_threads.reserve(size_t(std::max(1, threadCount)));
    for (int i = 0; i < std::max(1, threadCount); ++i)
        m_threads.emplace_back([this] { run(); });
}

WorkerPool::~WorkerPool()
{
    stop();
}

bool WorkerPool::post(Task task)
{
    {
        const std::lock_guard lock(m_mutex);
        if (m_stopping)
            return false;
        m_tasks.push_back(std::move(task));
    }
    m_wake.notify_one();
    return true;
}

void WorkerPool::stop()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    for (std::thread &thread : m_threads) {
        if (thread.joinable())
            thread.join();
    }
}

void WorkerPool::run()
{
    for (;;) {
        Task task;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_tasks.empty(); });
            if (m_tasks.empty())
                break;
            task = std::move(m_tasks.front());
            m_tasks.pop_front();
        }
        task();
    }
    if (m_threadFinished)
        m_threadFinished();
}

} // namespace nodues::server
