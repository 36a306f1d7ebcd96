#pragma once

#include "storage/DatabaseUrl.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>

class QThread;

namespace nodues {

// One logical database, reached through one Qt Sql connection per thread.
//
// Qt Sql connections must only be used from the thread that opened them (Qt 6.4 does not warn
// when this is broken), so connection() opens a connection for the calling thread on first use
// and returns that same connection to every later call from the thread. SQLite connections use
// WAL, synchronous=NORMAL, foreign keys and a busy timeout. Write transactions go through
// WriteTransaction, which issues BEGIN IMMEDIATE on SQLite so two writers queue on the busy
// timeout instead of failing with "database is locked".
class Database final
{
    Q_DISABLE_COPY_MOVE(Database)

public:
    explicit Database(DatabaseUrl url);
    ~Database();

    const DatabaseUrl &url() const { return m_url; }
    SqlDialect dialect() const { return m_url.dialect; }
    bool isSqlite() const { return m_url.dialect == SqlDialect::Sqlite; }
    bool isPostgres() const { return m_url.dialect == SqlDialect::Postgres; }

    // Returns the calling thread's connection, opening it on first use. On failure the returned
    // connection is not open and error contains the reason.
    QSqlDatabase connection(QString *error = nullptr);

    // Closes and removes the calling thread's connection. A worker thread calls it before it ends.
    void closeThreadConnection();

    // Milliseconds a SQLite writer waits for another writer's lock before giving up.
    static constexpr int kSqliteBusyTimeoutMs = 15000;

private:
    bool configure(QSqlDatabase &db, QString *error);

    DatabaseUrl m_url;
    QString m_namePrefix;
    QMutex m_mutex;
    QHash<QThread *, QString> m_connectionNames;
};

} // namespace nodues
