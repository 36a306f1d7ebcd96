#include "Clock.h"
#include "ServerProcess.h"
#include "TestDatabase.h"
#include "sms/SmsOutbox.h"
#include "storage/WriteTransaction.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;

namespace {

int spoolLineCount(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return int(file.readAll().count('\n'));
}

QProcessEnvironment smsEnvironment(const QStringList &assignments)
{
    QProcessEnvironment environment;
    for (const QString &assignment : assignments)
        environment.insert(assignment.section(u'=', 0, 0), assignment.section(u'=', 1));
    return environment;
}

} // namespace

class TestSmsCommand : public QObject
{
    Q_OBJECT

private:
    SmsTemplates m_templates;

    void enqueue(Database &database, int count)
    {
        WriteTransaction transaction(database);
        QString error;
        QVERIFY2(transaction.begin(&error), qPrintable(error));
        for (int i = 0; i < count; ++i) {
            QVERIFY2(SmsOutbox(m_templates)
                             .enqueue(transaction, Clock::system(), SmsKind::SignInOtp, u"hi"_s, u"9876543210"_s,
                                      {{u"otp"_s, u"482913"_s}, {u"minutes"_s, u"10"_s}}, &error) > 0,
                     qPrintable(error));
        }
        QVERIFY2(transaction.commit(&error), qPrintable(error));
    }

    // Starts nodues-server with arguments and waits until the spool contains that many lines, then
    // stops it with SIGTERM and expects a clean exit.
    void runUntilSpooled(const QStringList &arguments, const QString &databaseUrl, const QString &spool, int lines,
                         const std::function<void()> &whileRunning = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"NODUES_DB"_s);
        environment.remove(u"NODUES_CONFIG"_s);
        environment.insert(u"NODUES_SMS_SPOOL_FILE"_s, spool);
        environment.insert(u"NODUES_SMS_POLL_INTERVAL_MS"_s, u"50"_s);
        // serve needs a key folder for OTP hashing; on PostgreSQL there is no default one.
        environment.insert(u"NODUES_SECURITY_KEY_DIR"_s, QFileInfo(spool).absolutePath() + u"/keys"_s);
        process.setProcessEnvironment(environment);
        process.start(test::serverBinaryPath(), arguments + QStringList{u"--db"_s, databaseUrl});
        QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));

        if (whileRunning) {
            QTRY_COMPARE_WITH_TIMEOUT(spoolLineCount(spool), lines - 1, 20000);
            whileRunning();
        }
        QTRY_COMPARE_WITH_TIMEOUT(spoolLineCount(spool), lines, 20000);
        process.terminate();
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_templates.loadWithOverride({}, &error), qPrintable(error));
    }

    void statusAndDispatchOnce_data() { test::addBackendColumn(); }
    void statusAndDispatchOnce()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        enqueue(db->database(), 2);
        const QString spool = db->scratchPath(u"spool.jsonl"_s);
        const QProcessEnvironment environment = smsEnvironment({u"NODUES_SMS_SPOOL_FILE="_s + spool});

        test::CommandResult result = test::runServerCommand({u"sms"_s, u"status"_s}, db->url());
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.standardOutput.contains(u"pending: 2 (due now: 2)"_s), qPrintable(result.standardOutput));
        QVERIFY2(result.standardOutput.contains(u"sent: 0"_s), qPrintable(result.standardOutput));

        result = test::runServerCommand({u"sms"_s, u"dispatch"_s, u"--once"_s}, db->url(), {}, 60000, environment);
        QVERIFY2(result.exitCode == 0, qPrintable(result.standardError));
        QVERIFY2(result.standardOutput.contains(u"Claimed 2, sent 2"_s), qPrintable(result.standardOutput));
        QCOMPARE(spoolLineCount(spool), 2);
        // The log names ids and kinds, never the OTP.
        QVERIFY2(!result.standardError.contains(u"482913"_s), qPrintable(result.standardError));
        QVERIFY2(result.standardError.contains(u"sign_in_otp"_s), qPrintable(result.standardError));

        result = test::runServerCommand({u"sms"_s, u"status"_s}, db->url());
        QVERIFY2(result.standardOutput.contains(u"sent: 2"_s), qPrintable(result.standardOutput));
        QVERIFY2(result.standardOutput.contains(u"oldest unsent: none"_s), qPrintable(result.standardOutput));
    }

    void dispatchRunsUntilSignal_data() { test::addBackendColumn(); }
    void dispatchRunsUntilSignal()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        enqueue(db->database(), 1);
        const QString spool = db->scratchPath(u"spool.jsonl"_s);
        // A row queued while the dispatcher runs is picked up on a later poll.
        runUntilSpooled({u"sms"_s, u"dispatch"_s}, db->url(), spool, 2, [&] { enqueue(db->database(), 1); });
    }

    void serveRunsDispatcher_data() { test::addBackendColumn(); }
    void serveRunsDispatcher()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        enqueue(db->database(), 3);
        const QString spool = db->scratchPath(u"spool.jsonl"_s);
        runUntilSpooled({u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s}, db->url(), spool, 3);
    }

    void configurationErrorsReported_data()
    {
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<QString>("expectedError");
        QTest::newRow("unknown-gateway") << QStringList{u"NODUES_SMS_GATEWAY=smpp"_s} << u"sms/gateway is \"smpp\""_s;
        QTest::newRow("cdac-without-url") << QStringList{u"NODUES_SMS_GATEWAY=cdac"_s} << u"set sms/cdac_url"_s;
        QTest::newRow("cdac-without-password")
            << QStringList{u"NODUES_SMS_GATEWAY=cdac"_s,
                           u"NODUES_SMS_CDAC_URL=http://127.0.0.1:9/esms/sendsmsrequestDLT"_s,
                           u"NODUES_SMS_CDAC_USERNAME=user"_s}
            << u"sms/cdac_password"_s;
        QTest::newRow("cdac-placeholder-ids")
            << QStringList{u"NODUES_SMS_GATEWAY=cdac"_s,
                           u"NODUES_SMS_CDAC_URL=http://127.0.0.1:9/esms/sendsmsrequestDLT"_s,
                           u"NODUES_SMS_CDAC_USERNAME=user"_s, u"NODUES_SMS_CDAC_PASSWORD=pass"_s,
                           u"NODUES_SMS_CDAC_SECURE_KEY=key"_s}
            << u"placeholder DLT template ids"_s;
        QTest::newRow("http-without-url") << QStringList{u"NODUES_SMS_GATEWAY=http"_s} << u"sms/http_url"_s;
        QTest::newRow("bad-attempts") << QStringList{u"NODUES_SMS_MAX_ATTEMPTS=zero"_s}
                                      << u"sms/max_attempts is \"zero\""_s;
        QTest::newRow("short-lease") << QStringList{u"NODUES_SMS_LEASE_SECONDS=30"_s} << u"sms/lease_seconds (30)"_s;
        QTest::newRow("bad-sender") << QStringList{u"NODUES_SMS_SENDER_ID=MP"_s} << u"sender id \"MP\""_s;
        QTest::newRow("missing-templates-file")
            << QStringList{u"NODUES_SMS_TEMPLATES_FILE=/nonexistent/t.json"_s} << u"/nonexistent/t.json"_s;
    }
    void configurationErrorsReported()
    {
        QFETCH(QStringList, environment);
        QFETCH(QString, expectedError);
        QString skipReason;
        const auto db = test::TestDatabase::create(u"sqlite"_s, &skipReason);
        QVERIFY(db);
        const test::CommandResult result = test::runServerCommand({u"sms"_s, u"dispatch"_s, u"--once"_s}, db->url(), {},
                                                                  60000, smsEnvironment(environment));
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.standardError.contains(expectedError), qPrintable(result.standardError));
    }

    void uninitialisedDatabaseReported()
    {
        QString skipReason;
        const auto db = test::TestDatabase::create(u"sqlite"_s, &skipReason, false);
        QVERIFY(db);
        const test::CommandResult result = test::runServerCommand({u"sms"_s, u"status"_s}, db->url());
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.standardError.contains(u"run nodues-server init"_s), qPrintable(result.standardError));
    }
};

QTEST_GUILESS_MAIN(TestSmsCommand)
#include "TestSmsCommand.moc"
