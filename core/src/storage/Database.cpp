#include "storage/Database.h"

#include "storage/SqlUtil.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcDatabase, "nodues.core.database")

namespace nodues {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

QString nextPrefix()
{
    static QAtomicInteger<quint64> counter;
    return u"nodues-db-%1-"_s.arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Database::Database(DatabaseUrl url)
    : m_url(std::move(url))
    , m_namePrefix(nextPrefix())
{
}

Database::~Database()
{
    const QMutexLocker locker(&m_mutex);
    for (const QString &name : std::as_const(m_connectionNames)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

QSqlDatabase Database::connection(QString *error)
{
    QThread *const thread = QThread::currentThread();
    {
        const QMutexLocker locker(&m_mutex);
        const auto found = m_connectionNames.constFind(thread);
        if (found != m_connectionNames.constEnd()) {
            QSqlDatabase db = QSqlDatabase::database(*found, false);
            if (db.isOpen())
                return db;
        }
    }

    const QString name = m_namePrefix + QString::number(reinterpret_cast<quintptr>(thread), 16);
    QSqlDatabase db = QSqlDatabase::contains(name)
        ? QSqlDatabase::database(name, false)
        : QSqlDatabase::addDatabase(isSqlite() ? u"QSQLITE"_s : u"QPSQL"_s, name);
    {
        const QMutexLocker locker(&m_mutex);
        m_connectionNames.insert(thread, name);
    }

    QString localError;
    if (!configure(db, &localError)) {
        // A caller that asks for the error reports it; otherwise it must reach the log.
        if (error)
            *error = localError;
        else
            qCWarning(lcDatabase) << "Could not open" << m_url.redacted() << ":" << localError;
        db.close();
    }
    return db;
}

void Database::closeThreadConnection()
{
    QString name;
    {
        const QMutexLocker locker(&m_mutex);
        name = m_connectionNames.take(QThread::currentThread());
    }
    if (name.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

bool Database::configure(QSqlDatabase &db, QString *error)
{
    if (isSqlite()) {
        const QFileInfo file(m_url.sqlitePath);
        if (!file.absoluteDir().exists()) {
            *error = Tr::tr("Could not open the SQLite database %1: the folder %2 does not exist. Create it first.")
                         .arg(m_url.sqlitePath, file.absolutePath());
            return false;
        }
        db.setDatabaseName(m_url.sqlitePath);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(kSqliteBusyTimeoutMs));
    } else {
        db.setHostName(m_url.host);
        db.setPort(m_url.port);
        db.setUserName(m_url.user);
        db.setPassword(m_url.password);
        db.setDatabaseName(m_url.databaseName);
        QString options = u"connect_timeout=10;application_name=nodues"_s;
        if (!m_url.sslMode.isEmpty())
            options += u";sslmode="_s + m_url.sslMode;
        db.setConnectOptions(options);
    }

    if (!db.open()) {
        *error = Tr::tr("Could not open the database %1: %2").arg(m_url.redacted(), db.lastError().text());
        return false;
    }

    QStringList setup;
    if (isSqlite()) {
        setup = {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=NORMAL"_s, u"PRAGMA foreign_keys=ON"_s};
    } else {
        setup = {u"SET TIME ZONE 'UTC'"_s, u"SET client_encoding TO 'UTF8'"_s, u"SET client_min_messages TO WARNING"_s};
        if (!m_url.schema.isEmpty()) {
            // The schema name was checked to be a plain identifier when the URL was parsed.
            setup << u"CREATE SCHEMA IF NOT EXISTS %1"_s.arg(m_url.schema)
                  << u"SET search_path TO %1"_s.arg(m_url.schema);
        }
    }
    for (const QString &statement : std::as_const(setup)) {
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            *error = Tr::tr("Could not prepare the database %1 (%2): %3")
                         .arg(m_url.redacted(), statement, query.lastError().text());
            return false;
        }
    }
    return true;
}

} // namespace nodues
