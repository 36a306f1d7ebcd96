#include "keychain/QtKeychainCredentialStore.h"

#include <QLoggingCategory>

#include <qt6keychain/keychain.h>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcKeychain, "nodues.gui.keychain")

namespace nodues::workstation {

namespace {

QString serviceName()
{
    return QString::fromLatin1(QtKeychainCredentialStore::kServiceName);
}

// The job's error for the log: QtKeychain's text, which names the backend's failure, after the
// error code.
QString describeError(const QKeychain::Job &job)
{
    return u"keychain error %1: %2"_s.arg(int(job.error())).arg(job.errorString());
}

} // namespace

void QtKeychainCredentialStore::read(const QString &key, QObject *context, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setAutoDelete(true);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context, [key, done = std::move(done)](QKeychain::Job *finished) {
        const auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (readJob->error() == QKeychain::EntryNotFound) {
            done(true, QString(), QString());
            return;
        }
        if (readJob->error() != QKeychain::NoError) {
            const QString error = describeError(*readJob);
            qCWarning(lcKeychain).noquote() << "Could not read the keychain entry" << key << "-" << error;
            done(false, QString(), error);
            return;
        }
        done(true, readJob->textData(), QString());
    });
    job->start();
}

void QtKeychainCredentialStore::write(const QString &key, const QString &secret, QObject *context, WriteCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(secret);
    QObject::connect(job, &QKeychain::Job::finished, context, [key, done = std::move(done)](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError) {
            const QString error = describeError(*finished);
            qCWarning(lcKeychain).noquote() << "Could not write the keychain entry" << key << "-" << error;
            done(false, error);
            return;
        }
        qCInfo(lcKeychain).noquote() << "Stored the keychain entry" << key;
        done(true, QString());
    });
    job->start();
}

void QtKeychainCredentialStore::remove(const QString &key, QObject *context, WriteCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    job->setAutoDelete(true);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context, [key, done = std::move(done)](QKeychain::Job *finished) {
        // Deleting an entry that is not there leaves the keychain as the caller wants it.
        if (finished->error() != QKeychain::NoError && finished->error() != QKeychain::EntryNotFound) {
            const QString error = describeError(*finished);
            qCWarning(lcKeychain).noquote() << "Could not delete the keychain entry" << key << "-" << error;
            done(false, error);
            return;
        }
        qCInfo(lcKeychain).noquote() << "Deleted the keychain entry" << key;
        done(true, QString());
    });
    job->start();
}

} // namespace nodues::workstation
