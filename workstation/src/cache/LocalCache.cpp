#include "cache/LocalCache.h"

#include "Timestamp.h"
#include "cache/CacheSchema.h"
#include "cache/PrintUploads.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"
#include "storage/WriteTransaction.h"
#include "sync/SyncLogging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

namespace {

const QString kCursor = u"cursor"_s;
const QString kLastSyncedAt = u"last_synced_at"_s;

// Why application cannot be stored, or empty when it can.
QString recordProblem(const CachedApplication &application)
{
    if (application.number.trimmed().isEmpty())
        return u"an application without a number"_s;
    if (application.version < 1 || application.changeSeq < 1)
        return u"application %1 has version %2 and change_seq %3; both must be 1 or more"_s.arg(application.number)
            .arg(application.version)
            .arg(application.changeSeq);
    if (application.raw.isEmpty())
        return u"application %1 has no JSON object to store"_s.arg(application.number);
    return {};
}

} // namespace

LocalCache::LocalCache(QString path, std::unique_ptr<Database> database)
    : m_path(std::move(path))
    , m_database(std::move(database))
{
}

LocalCache::~LocalCache() = default;

std::unique_ptr<LocalCache> LocalCache::open(const QString &path, QString *error)
{
    const QFileInfo file(path);
    if (!QDir().mkpath(file.absolutePath())) {
        *error = u"Could not create the folder %1 for the cache"_s.arg(file.absolutePath());
        return nullptr;
    }
    DatabaseUrl url;
    url.dialect = SqlDialect::Sqlite;
    url.sqlitePath = file.absoluteFilePath();
    auto database = std::make_unique<Database>(url);
    if (!migrateDatabase(*database, cacheMigrations(), error))
        return nullptr;
    qCDebug(lcSyncCache) << "Opened the cache" << url.sqlitePath;
    return std::unique_ptr<LocalCache>(new LocalCache(url.sqlitePath, std::move(database)));
}

QString LocalCache::defaultPath(const QUrl &serverUrl, const QString &username)
{
    const QByteArray identity =
        serverUrl.toString(QUrl::StripTrailingSlash).toUtf8() + '\n' + username.trimmed().toLower().toUtf8();
    const QString digest =
        QString::fromLatin1(QCryptographicHash::hash(identity, QCryptographicHash::Sha256).toHex().left(24));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return folder + u"/cache-"_s + digest + u".sqlite"_s;
}

int LocalCache::currentSchemaVersion()
{
    return cacheMigrations().back().version;
}

bool LocalCache::upsert(WriteTransaction &transaction, const CachedApplication &application, QString *error)
{
    // The server's print summary only grows, so it is stored whatever the order of the copies.
    if (application.certificate) {
        const CachedCertificate &certificate = *application.certificate;
        if (!PrintUploads::storeServerPrints(transaction, certificate.number,
                                             {certificate.serverPrintCount, certificate.serverHighestCopyNumber},
                                             QDateTime::currentDateTimeUtc(), error))
            return false;
    }

    // Keeps the stored copy when it is newer: a decision's response may arrive after a later page.
    QSqlQuery query(transaction.db());
    return execPrepared(
        query,
        u"INSERT INTO cached_application (number, change_seq, version, status, dc_code, due_at, updated_at,"
        " search_text, json) VALUES (:number, :change_seq, :version, :status, :dc_code, :due_at, :updated_at,"
        " :search_text, :json)"
        " ON CONFLICT (number) DO UPDATE SET change_seq = excluded.change_seq, version = excluded.version,"
        " status = excluded.status, dc_code = excluded.dc_code, due_at = excluded.due_at,"
        " updated_at = excluded.updated_at, search_text = excluded.search_text, json = excluded.json"
        " WHERE excluded.change_seq >= cached_application.change_seq"_s,
        {{u"number"_s, application.number},
         {u"change_seq"_s, application.changeSeq},
         {u"version"_s, application.version},
         {u"status"_s, application.statusCode()},
         {u"dc_code"_s, emptyIfNull(application.dcCode)},
         {u"due_at"_s, emptyIfNull(Timestamp::toStorage(application.dueAt))},
         {u"updated_at"_s, emptyIfNull(Timestamp::toStorage(application.updatedAt))},
         {u"search_text"_s, emptyIfNull(application.searchText())},
         {u"json"_s, QString::fromUtf8(QJsonDocument(application.raw).toJson(QJsonDocument::Compact))}},
        error);
}

bool LocalCache::writeState(WriteTransaction &transaction, const QString &key, const QString &value, QString *error)
{
    QSqlQuery query(transaction.db());
    return execPrepared(query,
                        u"INSERT INTO sync_state (name, value) VALUES (:name, :value)"
                        " ON CONFLICT (name) DO UPDATE SET value = excluded.value"_s,
                        {{u"name"_s, key}, {u"value"_s, value}}, error);
}

QString LocalCache::readState(const QString &key, QString *error)
{
    QString localError;
    QString *const sink = error ? error : &localError;
    QSqlQuery query(m_database->connection(sink));
    if (!execPrepared(query, u"SELECT value FROM sync_state WHERE name = :name"_s, {{u"name"_s, key}}, sink))
        return {};
    return query.next() ? query.value(0).toString() : u""_s;
}

bool LocalCache::applyPage(const QList<CachedApplication> &applications, qint64 nextCursor, QString *error)
{
    for (const CachedApplication &application : applications) {
        const QString problem = recordProblem(application);
        if (!problem.isEmpty()) {
            *error = u"The sync page was not stored: "_s + problem;
            return false;
        }
    }

    WriteTransaction transaction(*m_database);
    if (!transaction.begin(error))
        return false;
    for (const CachedApplication &application : applications) {
        if (!upsert(transaction, application, error))
            return false;
    }
    if (!writeState(transaction, kCursor, QString::number(nextCursor), error) || !transaction.commit(error))
        return false;
    qCDebug(lcSyncCache) << "Stored" << applications.size() << "applications; cursor" << nextCursor;
    return true;
}

bool LocalCache::storeApplications(const QList<CachedApplication> &applications, QString *error)
{
    for (const CachedApplication &application : applications) {
        const QString problem = recordProblem(application);
        if (!problem.isEmpty()) {
            *error = u"The applications were not stored: "_s + problem;
            return false;
        }
    }
    WriteTransaction transaction(*m_database);
    if (!transaction.begin(error))
        return false;
    for (const CachedApplication &application : applications) {
        if (!upsert(transaction, application, error))
            return false;
    }
    return transaction.commit(error);
}

qint64 LocalCache::cursor(QString *error)
{
    QString localError;
    const QString value = readState(kCursor, &localError);
    bool ok = false;
    const qint64 cursor = value.toLongLong(&ok);
    if (!localError.isEmpty() || !ok || cursor < 0) {
        if (error)
            *error = localError.isEmpty() ? u"The stored sync cursor \"%1\" is not valid"_s.arg(value) : localError;
        return -1;
    }
    return cursor;
}

bool LocalCache::resetCursor(QString *error)
{
    WriteTransaction transaction(*m_database);
    if (!transaction.begin(error))
        return false;
    QSqlQuery query(transaction.db());
    if (!execPlain(query, u"DELETE FROM cached_application"_s, error) ||
        !writeState(transaction, kCursor, u"0"_s, error) || !transaction.commit(error))
        return false;
    qCInfo(lcSyncCache) << "Dropped the cached applications; the next sync starts from 0";
    return true;
}

QDateTime LocalCache::lastSyncedAt(QString *error)
{
    return Timestamp::fromStorage(readState(kLastSyncedAt, error));
}

bool LocalCache::setLastSyncedAt(const QDateTime &instant, QString *error)
{
    WriteTransaction transaction(*m_database);
    return transaction.begin(error) && writeState(transaction, kLastSyncedAt, Timestamp::toStorage(instant), error) &&
           transaction.commit(error);
}

QList<CachedApplication> LocalCache::loadAll(QString *error)
{
    QString localError;
    QString *const sink = error ? error : &localError;
    QSqlQuery query(m_database->connection(sink));
    query.setForwardOnly(true);
    if (!execPlain(query, u"SELECT json FROM cached_application ORDER BY number"_s, sink))
        return {};
    QList<CachedApplication> applications;
    while (query.next()) {
        QString parseError;
        const QJsonObject json = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
        if (std::optional<CachedApplication> application = CachedApplication::fromJson(json, &parseError))
            applications.append(std::move(*application));
        else
            qCWarning(lcSyncCache) << "Skipped a stored application that does not parse:" << parseError;
    }
    return applications;
}

std::optional<CachedApplication> LocalCache::load(const QString &number, QString *error)
{
    QString localError;
    QString *const sink = error ? error : &localError;
    QSqlQuery query(m_database->connection(sink));
    if (!execPrepared(query, u"SELECT json FROM cached_application WHERE number = :number"_s, {{u"number"_s, number}},
                      sink) ||
        !query.next())
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    return CachedApplication::fromJson(json, sink);
}

int LocalCache::applicationCount(QString *error)
{
    QString localError;
    QString *const sink = error ? error : &localError;
    QSqlQuery query(m_database->connection(sink));
    if (!execPlain(query, u"SELECT COUNT(*) FROM cached_application"_s, sink) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QString LocalCache::integrityCheck()
{
    QString error;
    QSqlQuery query(m_database->connection(&error));
    if (!execPlain(query, u"PRAGMA integrity_check"_s, &error))
        return error;
    return query.next() ? query.value(0).toString() : u"no result"_s;
}

QString LocalCache::journalMode()
{
    QString error;
    QSqlQuery query(m_database->connection(&error));
    if (!execPlain(query, u"PRAGMA journal_mode"_s, &error))
        return error;
    return query.next() ? query.value(0).toString() : QString();
}

} // namespace nodues::workstation
