#include "TestDatabase.h"

#include "storage/DatabaseUrl.h"
#include "storage/Migrations.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace nodues::test {

void addBackendColumn()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgres") << u"postgres"_s;
}

std::unique_ptr<TestDatabase> TestDatabase::create(const QString &backend, QString *skipReason, bool migrate)
{
    std::unique_ptr<TestDatabase> result(new TestDatabase);
    result->m_backend = backend;
    if (!result->m_folder.isValid()) {
        QTest::qFail("Could not create a temporary folder", __FILE__, __LINE__);
        return nullptr;
    }

    if (backend == u"sqlite"_s) {
        result->m_url = u"sqlite://"_s + result->m_folder.filePath(u"nodues.db"_s);
    } else {
        const QString base = QProcessEnvironment::systemEnvironment().value(u"NODUES_TEST_PG"_s);
        if (base.isEmpty()) {
            *skipReason = u"PostgreSQL tests need NODUES_TEST_PG, a URL such as "
                          "postgresql://nodues:nodues@127.0.0.1:5432/nodues_test (.ci/run sets it)"_s;
            return nullptr;
        }
        // One schema per test case keeps parallel and repeated runs apart.
        const QString schema = u"t_"_s + QUuid::createUuid().toString(QUuid::Id128).left(20);
        result->m_url = base + (base.contains(u'?') ? u"&schema="_s : u"?schema="_s) + schema;
    }

    QString error;
    const std::optional<DatabaseUrl> url = DatabaseUrl::parse(result->m_url, &error);
    if (!url) {
        QTest::qFail(qPrintable(u"Invalid test database URL: "_s + error), __FILE__, __LINE__);
        return nullptr;
    }
    result->m_database = std::make_unique<Database>(*url);
    if (!result->m_database->connection(&error).isOpen()) {
        QTest::qFail(qPrintable(u"Could not open the test database: "_s + error), __FILE__, __LINE__);
        return nullptr;
    }
    if (migrate && !migrateDatabase(*result->m_database, serverMigrations(), &error)) {
        QTest::qFail(qPrintable(u"Could not migrate the test database: "_s + error), __FILE__, __LINE__);
        return nullptr;
    }
    return result;
}

TestDatabase::~TestDatabase()
{
    if (!m_database || !m_database->isPostgres())
        return;

    // Close every connection into the schema first, so the drop does not wait on their locks.
    DatabaseUrl url = m_database->url();
    const QString schema = url.schema;
    m_database.reset();
    url.schema.clear();
    Database cleanup(url);
    QSqlQuery query(cleanup.connection());
    if (!query.exec(u"DROP SCHEMA IF EXISTS %1 CASCADE"_s.arg(schema)))
        qWarning("Could not drop the test schema %s", qPrintable(schema));
}

QString TestDatabase::scratchPath(const QString &fileName) const
{
    return m_folder.filePath(fileName);
}

} // namespace nodues::test
