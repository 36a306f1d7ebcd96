#pragma once

#include "storage/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace nodues::test {

// The storage back ends a test case runs on, for use in a QtTest _data() function:
// adds a "backend" column and a row for "sqlite" and one for "postgres".
void addBackendColumn();

// A fresh, migrated database for one test case: a SQLite file in a temporary folder, or a
// PostgreSQL schema of its own in the database that NODUES_TEST_PG names, dropped afterwards.
class TestDatabase final
{
    Q_DISABLE_COPY_MOVE(TestDatabase)

public:
    // Returns nullptr and sets skipReason when the back end is not available (PostgreSQL with
    // NODUES_TEST_PG unset); fails the running test on any other error.
    static std::unique_ptr<TestDatabase> create(const QString &backend, QString *skipReason, bool migrate = true);
    ~TestDatabase();

    Database &database() { return *m_database; }
    // The URL to hand to nodues-server with --db.
    QString url() const { return m_url; }
    const QString &backend() const { return m_backend; }
    // A folder that lives as long as this database, for input and output files.
    QString scratchPath(const QString &fileName) const;

private:
    TestDatabase() = default;

    QString m_backend;
    QString m_url;
    QTemporaryDir m_folder;
    std::unique_ptr<Database> m_database;
};

// Opens the test database for the current data row, or QSKIPs the row with the reason.
#define NODUES_OPEN_TEST_DATABASE(variable)                                                              \
    QFETCH(QString, backend);                                                                            \
    QString variable##SkipReason;                                                                        \
    const std::unique_ptr<nodues::test::TestDatabase> variable =                                         \
        nodues::test::TestDatabase::create(backend, &variable##SkipReason);                              \
    if (!variable)                                                                                       \
        QSKIP(qPrintable(variable##SkipReason));

} // namespace nodues::test
