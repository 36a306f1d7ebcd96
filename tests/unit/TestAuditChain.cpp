#include "Clock.h"
#include "ServerProcess.h"
#include "TestDatabase.h"
#include "audit/AuditLog.h"
#include "storage/SqlUtil.h"
#include "storage/WriteTransaction.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;

class TestAuditChain : public QObject
{
    Q_OBJECT

private:
    static void appendEntries(Database &database, const Clock &clock, int count)
    {
        for (int i = 0; i < count; ++i) {
            WriteTransaction transaction(database);
            QString error;
            QVERIFY2(transaction.begin(&error), qPrintable(error));
            const AuditEntry entry{u"officer:clerk%1"_s.arg(i), u"application.forward"_s, u"application"_s,
                                   u"APP-%1"_s.arg(i), QJsonObject{{u"remarks"_s, u"टिप्पणी %1"_s.arg(i)}}};
            QVERIFY2(AuditLog::append(transaction, clock, entry, &error), qPrintable(error));
            QVERIFY2(transaction.commit(&error), qPrintable(error));
        }
    }

private slots:
    void intactChainVerifies_data() { test::addBackendColumn(); }
    void intactChainVerifies()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        const ManualClock clock(QDateTime(QDate(2026, 12, 4), QTime(10, 0), Qt::UTC));
        appendEntries(db->database(), clock, 5);

        QString error;
        const AuditVerification result = AuditLog::verify(db->database(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(result.intact);
        QCOMPARE(result.rowsChecked, 5);
        QCOMPARE(result.firstBrokenSeq, -1);
    }

    void rolledBackEntryLeavesNoRow_data() { test::addBackendColumn(); }
    void rolledBackEntryLeavesNoRow()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        const ManualClock clock(QDateTime(QDate(2026, 12, 4), QTime(10, 0), Qt::UTC));
        appendEntries(db->database(), clock, 2);
        {
            WriteTransaction transaction(db->database());
            QString error;
            QVERIFY(transaction.begin(&error));
            QVERIFY(AuditLog::append(transaction, clock, {u"system"_s, u"x"_s, u"y"_s, u"z"_s, {}}, &error));
            // No commit: the destructor rolls back.
        }
        appendEntries(db->database(), clock, 1);

        QString error;
        const AuditVerification result = AuditLog::verify(db->database(), &error);
        QVERIFY(result.intact);
        QCOMPARE(result.rowsChecked, 3);
    }

    void editedRowIsNamed_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("tamperSql");
        QTest::addColumn<qint64>("expectedBrokenSeq");
        const QString editDetails = u"UPDATE audit_log SET details = '{\"remarks\":\"changed\"}' WHERE seq = 3"_s;
        const QString editActor = u"UPDATE audit_log SET actor = 'officer:intruder' WHERE seq = 2"_s;
        const QString deleteMiddle = u"DELETE FROM audit_log WHERE seq = 4"_s;
        const QString deleteLast = u"DELETE FROM audit_log WHERE seq = 6"_s;
        for (const QString &backend : {u"sqlite"_s, u"postgres"_s}) {
            QTest::addRow("%s-edited-details", qPrintable(backend)) << backend << editDetails << qint64(3);
            QTest::addRow("%s-edited-actor", qPrintable(backend)) << backend << editActor << qint64(2);
            QTest::addRow("%s-deleted-middle", qPrintable(backend)) << backend << deleteMiddle << qint64(5);
            QTest::addRow("%s-deleted-last", qPrintable(backend)) << backend << deleteLast << qint64(6);
        }
    }
    void editedRowIsNamed()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        QFETCH(QString, tamperSql);
        QFETCH(qint64, expectedBrokenSeq);
        const ManualClock clock(QDateTime(QDate(2026, 12, 4), QTime(10, 0), Qt::UTC));
        appendEntries(db->database(), clock, 6);

        // Tamper the way an intruder with database access would: straight SQL, bypassing the code.
        QSqlQuery query(db->database().connection());
        QString error;
        QVERIFY2(execPlain(query, tamperSql, &error), qPrintable(error));

        const AuditVerification result = AuditLog::verify(db->database(), &error);
        QVERIFY(!result.intact);
        QCOMPARE(result.firstBrokenSeq, expectedBrokenSeq);
        QVERIFY(!result.problem.isEmpty());

        // The administrator's command reports the same row and fails.
        const test::CommandResult command = test::runServerCommand({u"audit"_s, u"verify"_s}, db->url());
        QCOMPARE(command.exitCode, 1);
        QVERIFY2(command.standardError.contains(u"broken at row %1"_s.arg(expectedBrokenSeq)),
                 qPrintable(command.standardError));
    }

    void commandReportsIntactChain_data() { test::addBackendColumn(); }
    void commandReportsIntactChain()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        const ManualClock clock(QDateTime(QDate(2026, 12, 4), QTime(10, 0), Qt::UTC));
        appendEntries(db->database(), clock, 3);

        const test::CommandResult command = test::runServerCommand({u"audit"_s, u"verify"_s}, db->url());
        QCOMPARE(command.exitCode, 0);
        QVERIFY2(command.standardOutput.contains(u"3 rows checked"_s), qPrintable(command.standardOutput));

        // The head printed is the last row's stored hash.
        QSqlQuery query(db->database().connection());
        QString error;
        QVERIFY(execPlain(query, u"SELECT hash FROM audit_log WHERE seq = 3"_s, &error) && query.next());
        QVERIFY2(command.standardOutput.contains(u"Head: row 3, hash "_s + query.value(0).toString()),
                 qPrintable(command.standardOutput));
    }
};

QTEST_GUILESS_MAIN(TestAuditChain)
#include "TestAuditChain.moc"
