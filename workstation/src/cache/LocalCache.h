#pragma once

#include "cache/CachedApplication.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

namespace nodues {
class Database;
class WriteTransaction;
} // namespace nodues

namespace nodues::workstation {

// The workstation's local SQLite cache of one officer's applications on one server, with the
// sync cursor and the queue of actions (ActionQueue).
//
// Storage: one file per server and officer (defaultPath()), in WAL mode with synchronous=NORMAL
// and a busy timeout; a schema_version table and stepwise migrations, each in one transaction,
// run on open. Writes take BEGIN IMMEDIATE, so the GUI thread's cache and the sync engine's can
// write the same file without "database is locked".
//
// Consistency: applyPage() stores a sync page and its next cursor in one transaction, so a
// process killed mid-sync (a power cut) reopens with the cursor matching the stored rows and
// pulls the rest again. Of two copies of an application, the one with the higher change_seq is
// kept. An equal one replaces the stored copy, so a page read twice changes nothing.
//
// Threads: a LocalCache uses one Qt Sql connection and must be used only from the thread that
// opened it. Each thread opens its own LocalCache on the same path.
class LocalCache final
{
    Q_DISABLE_COPY_MOVE(LocalCache)

public:
    ~LocalCache();

    // Opens path (creating the file and its folder) and migrates it to the current schema.
    // Nothing with error (English, for the log) when the file cannot be opened or migrated.
    static std::unique_ptr<LocalCache> open(const QString &path, QString *error);
    // The cache file of username on serverUrl, under the per-user application data folder; the
    // name is a digest of both, so two servers or two officers on one PC never share a cache.
    static QString defaultPath(const QUrl &serverUrl, const QString &username);
    // The schema version open() migrates to.
    static int currentSchemaVersion();

    QString path() const { return m_path; }

    // Stores the applications of one sync page and nextCursor in one transaction. Every record
    // is checked first (a number, a version and change_seq of at least 1); one bad record
    // leaves the cache unchanged and fails with error naming it.
    bool applyPage(const QList<CachedApplication> &applications, qint64 nextCursor, QString *error);
    // Stores applications that a decision's response carried, leaving the cursor alone: the next
    // pull brings them again with their change_seq in order.
    bool storeApplications(const QList<CachedApplication> &applications, QString *error);
    // The next_cursor of the last page applied; 0 before the first. -1 on error.
    qint64 cursor(QString *error = nullptr);
    // After 410 cursor_unknown: drops every cached application and sets the cursor to 0, in one
    // transaction, so the next pull starts over. Queued actions stay.
    bool resetCursor(QString *error);

    // The end of the last complete sync (UTC, by the workstation's clock); invalid before.
    QDateTime lastSyncedAt(QString *error = nullptr);
    bool setLastSyncedAt(const QDateTime &instant, QString *error);

    // Every cached application, by number. A stored row that no longer parses is skipped with a
    // warning in the log.
    QList<CachedApplication> loadAll(QString *error = nullptr);
    std::optional<CachedApplication> load(const QString &number, QString *error = nullptr);
    int applicationCount(QString *error = nullptr);

    // SQLite's PRAGMA integrity_check: "ok" for a sound file, otherwise its first complaint.
    QString integrityCheck();
    // SQLite's journal mode, "wal" once open.
    QString journalMode();

    // For ActionQueue and tests: the database and the upsert inside a caller's transaction. The
    // upsert also stores the certificate's print summary (PrintUploads::storeServerPrints()).
    Database &database() { return *m_database; }
    static bool upsert(WriteTransaction &transaction, const CachedApplication &application, QString *error);

private:
    LocalCache(QString path, std::unique_ptr<Database> database);
    bool writeState(WriteTransaction &transaction, const QString &key, const QString &value, QString *error);
    QString readState(const QString &key, QString *error);

    QString m_path;
    std::unique_ptr<Database> m_database;
};

} // namespace nodues::workstation
