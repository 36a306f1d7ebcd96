#include "Clock.h"
#include "ServerProcess.h"
#include "TestDatabase.h"
#include "officers/OfficerStore.h"
#include "storage/Migrations.h"
#include "storage/SqlUtil.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
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

        // A second run changes nothing and reports that.
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

    // Accounts added before the Hindi designation existed keep their English one and get an
    // empty Hindi one, which certificates replace by the English designation.
    void officerGainsEmptyHindiDesignation_data() { test::addBackendColumn(); }
    void officerGainsEmptyHindiDesignation()
    {
        QFETCH(QString, backend);
        QString skipReason;
        const auto db = test::TestDatabase::create(backend, &skipReason, false);
        if (!db)
            QSKIP(qPrintable(skipReason));

        std::vector<Migration> beforeHindiDesignation;
        for (const Migration &migration : serverMigrations()) {
            if (migration.version < 8)
                beforeHindiDesignation.push_back(migration);
        }
        QString error;
        QVERIFY2(migrateDatabase(db->database(), beforeHindiDesignation, &error), qPrintable(error));
        QCOMPARE(schemaVersion(db->database(), &error), 7);
        QSqlQuery query(db->database().connection());
        QVERIFY2(execPlain(query,
                           u"INSERT INTO office (code, type, name, created_at, updated_at) VALUES ('20302',"
                           " 'division', 'Bhopal City (East)', '2026-04-01T00:00:00.000Z',"
                           " '2026-04-01T00:00:00.000Z')"_s,
                           &error),
                 qPrintable(error));
        QVERIFY2(execPlain(query,
                           u"INSERT INTO officer (username, name, designation, mobile, role, office_code,"
                           " password_hash, created_at, updated_at) VALUES ('dgm.city', 'Sunita Verma',"
                           " 'Deputy General Manager', '9425012345', 'division_officer', '20302', 'x',"
                           " '2026-04-01T00:00:00.000Z', '2026-04-01T00:00:00.000Z')"_s,
                           &error),
                 qPrintable(error));

        QVERIFY2(migrateDatabase(db->database(), serverMigrations(), &error), qPrintable(error));
        QCOMPARE(schemaVersion(db->database(), &error), serverMigrations().back().version);
        const std::optional<Officer> officer =
            OfficerStore(db->database(), Clock::system()).find(u"dgm.city"_s, &error);
        QVERIFY2(officer, qPrintable(error));
        QCOMPARE(officer->designation, u"Deputy General Manager"_s);
        QCOMPARE(officer->designationHi, QString());
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

    void passwordNeverPrinted_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        const QString url = u"postgresql://someone:S3cretPw@127.0.0.1:1/nodues"_s;
        QTest::newRow("unreachable server") << QStringList{u"init"_s, u"--db"_s, url} << 1;
        QTest::newRow("option before command") << QStringList{u"--db"_s, url, u"init"_s} << 2;
        QTest::newRow("misspelt scheme") << QStringList{u"init"_s, u"--db"_s, u"postgresq://someone:S3cretPw@h/db"_s} << 1;
        QTest::newRow("bad port") << QStringList{u"init"_s, u"--db"_s, u"postgresql://someone:S3cretPw@h:99999/db"_s} << 1;
    }
    void passwordNeverPrinted()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const test::CommandResult result = test::runServerCommand(arguments);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(!result.standardError.contains(u"S3cretPw"_s), qPrintable(result.standardError));
        QVERIFY(!result.standardOutput.contains(u"S3cretPw"_s));
    }

    void missingSqliteFileNotCreated()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(u"absent.db"_s);
        for (const QStringList &command : {QStringList{u"officer"_s, u"list"_s}, QStringList{u"audit"_s, u"verify"_s},
                                           QStringList{u"connection"_s, u"show"_s, u"0012345678"_s}}) {
            const test::CommandResult result = test::runServerCommand(command, u"sqlite://"_s + path);
            QCOMPARE(result.exitCode, 1);
            QVERIFY2(result.standardError.contains(u"does not exist"_s), qPrintable(result.standardError));
            QVERIFY(!QFile::exists(path));
        }
    }

    void commandRefusesUnmigratedDatabase()
    {
        QString skipReason;
        const auto db = test::TestDatabase::create(u"sqlite"_s, &skipReason, false);
        QVERIFY(db);
        const test::CommandResult result = test::runServerCommand({u"officer"_s, u"list"_s}, db->url());
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.standardError.contains(u"has no NoDues schema"_s), qPrintable(result.standardError));
    }

    void unknownConfigKeyRefused()
    {
        QString skipReason;
        const auto db = test::TestDatabase::create(u"sqlite"_s, &skipReason);
        QVERIFY(db);
        const QString configPath = db->scratchPath(u"nodues.ini"_s);
        QFile config(configPath);
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("[sms]\ngatway = cdac\n[database]\nurl = " + db->url().toUtf8() + "\n");
        config.close();

        const test::CommandResult refused = test::runServerCommand({u"officer"_s, u"list"_s, u"--config"_s, configPath});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.standardError.contains(u"sms/gatway"_s), qPrintable(refused.standardError));

        // Spelt right, the same file also names the database.
        QVERIFY(config.open(QIODevice::WriteOnly | QIODevice::Truncate));
        config.write("[sms]\ngateway = file\n[database]\nurl = " + db->url().toUtf8() + "\n");
        config.close();
        const test::CommandResult accepted = test::runServerCommand({u"officer"_s, u"list"_s, u"--config"_s, configPath});
        QVERIFY2(accepted.exitCode == 0, qPrintable(accepted.standardError));
        QVERIFY2(accepted.standardOutput.contains(u"0 officers"_s), qPrintable(accepted.standardOutput));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"
