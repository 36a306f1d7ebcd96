#include "ServerProcess.h"
#include "TestDatabase.h"
#include "storage/Migrations.h"
#include "storage/SqlUtil.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void initCreatesSchema_data() { test::addBackendColumn(); }
    void initCreatesSchema()
    {
        QFETCH(QString, backend);
        QString skipReason;
        const auto db = test::TestDatabase::create(backend, &skipReason, false);
        if (!db)
            QSKIP(qPrintable(skipReason));

        const test::CommandResult first = test::runServerCommand({u"init"_s}, db->url());
        QCOMPARE(first.exitCode, 0);
        const int latest = serverMigrations().back().version;
        QVERIFY2(first.standardOutput.contains(u"schema version %1 (was 0)"_s.arg(latest)),
                 qPrintable(first.standardOutput));

        // A second run changes nothing and says so.
        const test::CommandResult second = test::runServerCommand({u"init"_s}, db->url());
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.standardOutput.contains(u"up to date"_s), qPrintable(second.standardOutput));

        QString error;
        QCOMPARE(schemaVersion(db->database(), &error), latest);
        QSqlQuery query(db->database().connection());
        QVERIFY2(execPlain(query, u"SELECT last_seq FROM audit_head WHERE id = 1"_s, &error), qPrintable(error));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toLongLong(), 0);
    }

    void sqliteUsesWal()
    {
        QString skipReason;
        const auto db = test::TestDatabase::create(u"sqlite"_s, &skipReason);
        QVERIFY(db);
        QSqlQuery query(db->database().connection());
        QString error;
        QVERIFY2(execPlain(query, u"PRAGMA journal_mode"_s, &error), qPrintable(error));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), u"wal"_s);
    }

    void invalidUrlIsRejected_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expectedMessage");
        QTest::newRow("unknown scheme") << u"mysql://localhost/nodues"_s << u"is not supported"_s;
        QTest::newRow("no sqlite path") << u"sqlite://"_s << u"names no file"_s;
        QTest::newRow("no database") << u"postgresql://user@localhost:5432/"_s << u"names no database"_s;
        QTest::newRow("bad schema") << u"postgresql://u@localhost/db?schema=Drop;Table"_s << u"schema name"_s;
        QTest::newRow("missing folder") << u"sqlite:///nonexistent-folder-xyz/nodues.db"_s << u"does not exist"_s;
    }
    void invalidUrlIsRejected()
    {
        QFETCH(QString, url);
        QFETCH(QString, expectedMessage);
        const test::CommandResult result = test::runServerCommand({u"init"_s}, url);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.standardError.contains(expectedMessage), qPrintable(result.standardError));
    }

    void passwordNeverPrinted()
    {
        const test::CommandResult result =
            test::runServerCommand({u"init"_s}, u"postgresql://someone:S3cretPw@127.0.0.1:1/nodues"_s);
        QCOMPARE(result.exitCode, 1);
        QVERIFY(!result.standardError.contains(u"S3cretPw"_s));
        QVERIFY(!result.standardOutput.contains(u"S3cretPw"_s));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"
