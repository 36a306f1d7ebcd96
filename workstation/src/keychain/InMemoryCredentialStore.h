#pragma once

#include "keychain/CredentialStore.h"

#include <QMap>
#include <QString>

namespace nodues::workstation {

// A credential store in memory, for tests. It keeps entries in a map, calls back through the event
// loop as the real keychain does (never inside the call), and fails on request.
class InMemoryCredentialStore final : public CredentialStore
{
public:
    void read(const QString &key, QObject *context, ReadCallback done) override;
    void write(const QString &key, const QString &secret, QObject *context, WriteCallback done) override;
    void remove(const QString &key, QObject *context, WriteCallback done) override;

    // Makes every later operation fail with error, as a locked or missing keychain would, until
    // it is called with an empty error. Failed operations change no entry.
    void setFailure(const QString &error) { m_failure = error; }

    // The stored entries, for checks, and a way to put one there without the asynchronous call.
    const QMap<QString, QString> &entries() const { return m_entries; }
    void setEntry(const QString &key, const QString &secret) { m_entries.insert(key, secret); }

    // The number of read, write and remove calls so far, completed or not.
    int operationCount() const { return m_operationCount; }

private:
    QMap<QString, QString> m_entries;
    QString m_failure;
    int m_operationCount = 0;
};

} // namespace nodues::workstation
