#pragma once

#include <QSqlDatabase>
#include <QString>

namespace nodues {

class Database;

// A read-only transaction on the calling thread's connection in which every statement sees the
// same committed state: REPEATABLE READ on PostgreSQL, and on SQLite (WAL) a deferred BEGIN,
// whose first read fixes the snapshot. Used where one answer is built from several queries (a
// sync page: the application rows, then their events and connections), so a change committed in
// between cannot make one entry mix two versions. Ended (committed) when destroyed.
class ReadSnapshot final
{
    Q_DISABLE_COPY_MOVE(ReadSnapshot)

public:
    explicit ReadSnapshot(Database &database);
    ~ReadSnapshot();

    bool begin(QString *error);

private:
    Database &m_database;
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace nodues
