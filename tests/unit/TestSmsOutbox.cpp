#include "Clock.h"
#include "TestDatabase.h"
#include "Timestamp.h"
#include "sms/SmsOutbox.h"
#include "storage/SqlUtil.h"
#include "storage/WriteTransaction.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;

namespace {

const QDateTime kStart(QDate(2026, 12, 4), QTime(10, 0), Qt::UTC);

qint64 rowCount(Database &database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(u"SELECT COUNT(*) FROM sms_outbox"_s) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace

class TestSmsOutbox : public QObject
{
    Q_OBJECT

private:
    SmsTemplates m_templates;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_templates.setLinkDomains({u"nodues.mpcz.in"_s}, &error), qPrintable(error));
        QVERIFY2(m_templates.loadWithOverride({}, &error), qPrintable(error));
    }

    void enqueueWritesRow_data() { test::addBackendColumn(); }
    void enqueueWritesRow()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        const ManualClock clock(kStart);
        const SmsOutbox outbox(m_templates);

        WriteTransaction transaction(db->database());
        QString error;
        QVERIFY2(transaction.begin(&error), qPrintable(error));
        const qint64 otpId = outbox.enqueue(transaction, clock, SmsKind::SignInOtp, u"hi"_s, u"9876543210"_s,
                                            {{u"otp"_s, u"482913"_s}, {u"minutes"_s, u"10"_s}}, &error);
        QVERIFY2(otpId > 0, qPrintable(error));
        const qint64 noticeId = outbox.enqueue(transaction, clock, SmsKind::ApplicationAcknowledged, u"en"_s,
                                               u"6000000001"_s, {{u"application_number"_s, u"NDA/1/7"_s}}, &error);
        QVERIFY2(noticeId > otpId, qPrintable(error));
        QVERIFY2(transaction.commit(&error), qPrintable(error));

        QSqlQuery query(db->database().connection());
        QVERIFY2(execPrepared(query,
                              u"SELECT created_at, kind, language, template_id, sender_id, mobile, body, sensitive,"
                              " encoding, part_count, status, attempt_count, next_attempt_at, claimed_by, sent_at"
                              " FROM sms_outbox WHERE id = :id"_s,
                              {{u"id"_s, otpId}}, &error),
                 qPrintable(error));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), Timestamp::toStorage(kStart));
        QCOMPARE(query.value(1).toString(), u"sign_in_otp"_s);
        QCOMPARE(query.value(2).toString(), u"hi"_s);
        QCOMPARE(query.value(3).toString(), u"1007000000000000001"_s);
        QCOMPARE(query.value(4).toString(), u"MPMKVV"_s);
        QCOMPARE(query.value(5).toString(), u"9876543210"_s);
        QVERIFY(query.value(6).toString().contains(u"ओटीपी 482913 है"_s));
        QCOMPARE(query.value(7).toInt(), 1);
        QCOMPARE(query.value(8).toString(), u"UCS2"_s);
        QCOMPARE(query.value(9).toInt(), 2);
        QCOMPARE(query.value(10).toString(), u"pending"_s);
        QCOMPARE(query.value(11).toInt(), 0);
        QCOMPARE(query.value(12).toString(), Timestamp::toStorage(kStart));
        QVERIFY(query.value(13).isNull());
        QVERIFY(query.value(14).isNull());

        QVERIFY(execPrepared(query,
                             u"SELECT encoding, part_count, sensitive, template_id FROM sms_outbox WHERE id = :id"_s,
                             {{u"id"_s, noticeId}}, &error));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), u"GSM7"_s);
        QCOMPARE(query.value(1).toInt(), 1);
        QCOMPARE(query.value(2).toInt(), 0);
        QCOMPARE(query.value(3).toString(), u"1007000000000000008"_s);
    }

    void rolledBackEnqueueLeavesNothing_data() { test::addBackendColumn(); }
    void rolledBackEnqueueLeavesNothing()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        const ManualClock clock(kStart);
        const SmsOutbox outbox(m_templates);
        QString error;
        {
            WriteTransaction transaction(db->database());
            QVERIFY2(transaction.begin(&error), qPrintable(error));
            QVERIFY2(outbox.enqueue(transaction, clock, SmsKind::ApplicationAcknowledged, u"hi"_s, u"9876543210"_s,
                                    {{u"application_number"_s, u"NDA/1/7"_s}}, &error) > 0,
                     qPrintable(error));
            transaction.rollback();
        }
        {
            // The destructor rolls back an uncommitted transaction too.
            WriteTransaction transaction(db->database());
            QVERIFY2(transaction.begin(&error), qPrintable(error));
            QVERIFY(outbox.enqueue(transaction, clock, SmsKind::ApplicationAcknowledged, u"hi"_s, u"9876543210"_s,
                                   {{u"application_number"_s, u"NDA/1/8"_s}}, &error) > 0);
        }
        QCOMPARE(rowCount(db->database()), 0);
    }

    void invalidInputRejected_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("mobile");
        QTest::addColumn<QString>("expectedError");
        for (const QString &backend : {u"sqlite"_s, u"postgres"_s}) {
            QTest::addRow("%s-short-mobile", qPrintable(backend)) << backend << u"987654321"_s << u"\"987654321\""_s;
            QTest::addRow("%s-prefixed-mobile", qPrintable(backend)) << backend << u"+919876543210"_s << u"10 digits"_s;
            QTest::addRow("%s-mobile-starting-5", qPrintable(backend))
                << backend << u"5876543210"_s << u"starting with 6"_s;
            QTest::addRow("%s-missing-variable", qPrintable(backend)) << backend << u"9876543210"_s << u"{minutes}"_s;
        }
    }
    void invalidInputRejected()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        QFETCH(QString, mobile);
        QFETCH(QString, expectedError);
        const ManualClock clock(kStart);
        const SmsOutbox outbox(m_templates);

        WriteTransaction transaction(db->database());
        QString error;
        QVERIFY2(transaction.begin(&error), qPrintable(error));
        const SmsVariables variables = expectedError == u"{minutes}"_s
                                           ? SmsVariables{{u"otp"_s, u"482913"_s}}
                                           : SmsVariables{{u"otp"_s, u"482913"_s}, {u"minutes"_s, u"10"_s}};
        QCOMPARE(outbox.enqueue(transaction, clock, SmsKind::SignInOtp, u"en"_s, mobile, variables, &error), -1);
        QVERIFY2(error.contains(expectedError), qPrintable(error));
        QVERIFY2(transaction.commit(&error), qPrintable(error));
        QCOMPARE(rowCount(db->database()), 0);
    }

    void summaryCountsStatuses_data() { test::addBackendColumn(); }
    void summaryCountsStatuses()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        ManualClock clock(kStart);
        const SmsOutbox outbox(m_templates);
        QString error;
        {
            WriteTransaction transaction(db->database());
            QVERIFY(transaction.begin(&error));
            for (int i = 0; i < 3; ++i) {
                QVERIFY2(outbox.enqueue(transaction, clock, SmsKind::ApplicationAcknowledged, u"en"_s, u"9876543210"_s,
                                        {{u"application_number"_s, u"NDA/1/%1"_s.arg(i)}}, &error) > 0,
                         qPrintable(error));
                clock.advanceSeconds(60);
            }
            QVERIFY(transaction.commit(&error));
        }
        QSqlQuery query(db->database().connection());
        QVERIFY(execPlain(query, u"UPDATE sms_outbox SET status = 'sent' WHERE id = (SELECT MIN(id) FROM sms_outbox)"_s,
                          &error));
        QVERIFY(execPrepared(
            query, u"UPDATE sms_outbox SET next_attempt_at = :later WHERE id = (SELECT MAX(id) FROM sms_outbox)"_s,
            {{u"later"_s, Timestamp::toStorage(kStart.addSecs(3600))}}, &error));

        clock.setNow(kStart.addSecs(600));
        SmsOutboxSummary summary;
        QVERIFY2(SmsOutbox::summarize(db->database(), clock, &summary, &error), qPrintable(error));
        QCOMPARE(summary.countByStatus.value(u"sent"_s), 1);
        QCOMPARE(summary.countByStatus.value(u"pending"_s), 2);
        QCOMPARE(summary.countByStatus.value(u"failed"_s), 0);
        QCOMPARE(summary.countByStatus.value(u"sending"_s), 0);
        QCOMPARE(summary.dueCount, 1);
        // The oldest pending row was created at kStart + 60 s.
        QCOMPARE(summary.oldestPendingAgeSeconds, 540);
    }
};

QTEST_GUILESS_MAIN(TestSmsOutbox)
#include "TestSmsOutbox.moc"
