#pragma once

#include "storage/DatabaseUrl.h"

#include <QSqlDatabase>
#include <QString>

namespace nodues {

class Database;

// A write transaction on the calling thread's connection, rolled back unless committed.
//
// SQLite gets BEGIN IMMEDIATE: a deferred BEGIN (what QSqlDatabase::transaction() issues) lets
// two writers both start reading and then fail with "database is locked" when one upgrades,
// busy timeout or not. PostgreSQL gets a plain BEGIN at READ COMMITTED; code that must
// serialize takes row locks (SELECT ... FOR UPDATE) explicitly.
//
// SQLite refuses to COMMIT while a statement still has rows pending ("SQL statements in
// progress"): call QSqlQuery::finish() on a query whose rows were not all read (a SELECT read
// with one next(), an INSERT ... RETURNING) before commit(), or let it go out of scope first.
class WriteTransaction final
{
    Q_DISABLE_COPY_MOVE(WriteTransaction)

public:
    explicit WriteTransaction(Database &database);
    ~WriteTransaction();

    // Opens the connection if needed and starts the transaction.
    bool begin(QString *error);
    bool commit(QString *error);
    void rollback();

    QSqlDatabase &db() { return m_db; }
    // The database this transaction writes to; its thread connection is the transaction's.
    Database &database() { return m_database; }
    SqlDialect dialect() const { return m_dialect; }
    bool isActive() const { return m_active; }

private:
    Database &m_database;
    QSqlDatabase m_db;
    SqlDialect m_dialect;
    bool m_active = false;
};

} // namespace nodues
