#include "keychain/InMemoryCredentialStore.h"

#include <QMetaObject>

namespace nodues::workstation {

// Each answer is queued on context, so it is dropped when context goes first, as with the
// keychain jobs. The entries change at call time: an answer observes the state of its own call.

void InMemoryCredentialStore::read(const QString &key, QObject *context, ReadCallback done)
{
    ++m_operationCount;
    const QString failure = m_failure;
    const QString secret = m_entries.value(key);
    QMetaObject::invokeMethod(
        context,
        [failure, secret, done = std::move(done)] {
            if (!failure.isEmpty())
                done(false, QString(), failure);
            else
                done(true, secret, QString());
        },
        Qt::QueuedConnection);
}

void InMemoryCredentialStore::write(const QString &key, const QString &secret, QObject *context, WriteCallback done)
{
    ++m_operationCount;
    const QString failure = m_failure;
    if (failure.isEmpty())
        m_entries.insert(key, secret);
    QMetaObject::invokeMethod(
        context, [failure, done = std::move(done)] { done(failure.isEmpty(), failure); }, Qt::QueuedConnection);
}

void InMemoryCredentialStore::remove(const QString &key, QObject *context, WriteCallback done)
{
    ++m_operationCount;
    const QString failure = m_failure;
    if (failure.isEmpty())
        m_entries.remove(key);
    QMetaObject::invokeMethod(
        context, [failure, done = std::move(done)] { done(failure.isEmpty(), failure); }, Qt::QueuedConnection);
}

} // namespace nodues::workstation
