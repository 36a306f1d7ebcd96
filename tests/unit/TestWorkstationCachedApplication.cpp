// Reading one officer sync entry into the workstation's record: every member, the helpers the
// queue relies on, and clear refusals of malformed entries.

#include "WorkstationSamples.h"
#include "cache/CachedApplication.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;
using namespace nodues::workstation;

namespace {

const QString kNumber = u"APP/2030201/2026-27/000001"_s;

} // namespace

class TestWorkstationCachedApplication : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryMember()
    {
        QString error;
        const std::optional<CachedApplication> application =
            CachedApplication::fromJson(test::sampleApplication(kNumber, 7, 3), &error);
        QVERIFY2(application, qPrintable(error));
        QCOMPARE(application->number, kNumber);
        QCOMPARE(application->status, ApplicationStatus::Submitted);
        QCOMPARE(application->statusCode(), u"submitted"_s);
        QCOMPARE(application->dcNameHi, u"अरेरा कॉलोनी वितरण केंद्र"_s);
        QCOMPARE(application->applicant.nameHi, u"रमेश कुमार"_s);
        QCOMPARE(application->election.ward, u"Ward 7"_s);
        QCOMPARE(application->primaryIvrs, u"0100000001"_s);
        QCOMPARE(application->version, 3);
        QCOMPARE(application->changeSeq, 7);
        QCOMPARE(application->dueAt, QDateTime(QDate(2026, 12, 7), QTime(0, 36, 18, 413), Qt::UTC));
        QVERIFY(!application->rejection);
        QVERIFY(!application->certificate);

        QCOMPARE(application->connections.size(), 2);
        const CachedConnection &first = application->connections.at(0);
        QCOMPARE(first.ivrs, u"0100000001"_s);
        QCOMPARE(first.link, LinkKind::BillingMobile);
        QCOMPARE(first.arrearsPaiseAtSubmission, -5000);
        QCOMPARE(first.arrearsPaise, std::optional<qint64>(78000));
        QCOMPARE(first.checks.size(), 3);
        QCOMPARE(first.checks.at(0).check, u"dues"_s);
        QCOMPARE(first.checks.at(0).passed, false);
        QCOMPARE(first.checks.at(0).remedy, u"Pay"_s);
        QCOMPARE(application->connections.at(1).link, LinkKind::PendingVerification);
        QCOMPARE(application->events.size(), 1);
        QCOMPARE(application->events.at(0).actor, u"consumer:98XXXXX210"_s);
        QVERIFY(application->events.at(0).reasonCode.isEmpty());
    }

    void readsRejectionAndCertificate()
    {
        QJsonObject json = test::sampleApplication(kNumber, 9, 4, u"approved"_s);
        const QString payload = u"1.NDC/20302/2026-27/000001.20261205.Ramesh_Kumar.1.AAAAAAAA.sig"_s;
        const QString verifyUrl = u"https://nodues.example.in/verify/NDC%2F20302%2F2026-27%2F000001#"_s + payload;
        json[u"certificate"_s] = QJsonObject{{u"number"_s, u"NDC/20302/2026-27/000001"_s},
                                             {u"issued_at"_s, u"2026-12-05T01:00:00.000Z"_s},
                                             {u"issued_at_ist"_s, u"05-12-2026 06:30"_s},
                                             {u"qr_payload"_s, payload},
                                             {u"verify_url"_s, verifyUrl},
                                             {u"published_at"_s, QJsonValue::Null},
                                             {u"published_at_ist"_s, QJsonValue::Null},
                                             {u"download_path"_s, QJsonValue::Null},
                                             {u"revoked"_s, false},
                                             {u"revoked_at"_s, QJsonValue::Null},
                                             {u"revoked_at_ist"_s, QJsonValue::Null},
                                             {u"revoked_reason"_s, QJsonValue::Null}};
        QJsonArray events = json[u"events"_s].toArray();
        events.append(QJsonObject{{u"event"_s, u"approved"_s},
                                  {u"status"_s, u"approved"_s},
                                  {u"actor"_s, u"officer:dgm.city"_s},
                                  {u"actor_name"_s, u"Sunita Sharma"_s},
                                  {u"actor_name_hi"_s, u"सुनीता शर्मा"_s},
                                  {u"at"_s, u"2026-12-05T01:00:00.000Z"_s},
                                  {u"at_ist"_s, u"05-12-2026 06:30"_s},
                                  {u"reason_code"_s, QJsonValue::Null},
                                  {u"remarks"_s, u"ok"_s}});
        json[u"events"_s] = events;
        QString error;
        std::optional<CachedApplication> application = CachedApplication::fromJson(json, &error);
        QVERIFY2(application, qPrintable(error));
        QCOMPARE(application->status, ApplicationStatus::Approved);
        QVERIFY(application->certificate);
        QCOMPARE(application->certificate->number, u"NDC/20302/2026-27/000001"_s);
        QCOMPARE(application->certificate->issuedAt, QDateTime(QDate(2026, 12, 5), QTime(1, 0), Qt::UTC));
        QCOMPARE(application->certificate->qrPayload, payload);
        QCOMPARE(application->certificate->verifyUrl, verifyUrl);
        QCOMPARE(application->certificate->isPublished(), false);
        QCOMPARE(application->certificate->revoked, false);
        QCOMPARE(application->events.last().actor, u"officer:dgm.city"_s);
        QCOMPARE(application->events.last().actorName, u"Sunita Sharma"_s);
        QCOMPARE(application->events.last().actorNameHi, u"सुनीता शर्मा"_s);
        QVERIFY(application->events.first().actorNameHi.isEmpty());
        QCOMPARE(application->events.first().actorName, QString());
        const QJsonObject approved = json;

        // A certificate approved before the server stored payloads: the approval event dates it.
        QJsonObject certificate = json[u"certificate"_s].toObject();
        certificate[u"issued_at"_s] = QJsonValue::Null;
        certificate[u"issued_at_ist"_s] = QJsonValue::Null;
        certificate[u"qr_payload"_s] = QJsonValue::Null;
        certificate[u"verify_url"_s] = QJsonValue::Null;
        json[u"certificate"_s] = certificate;
        application = CachedApplication::fromJson(json, &error);
        QVERIFY2(application, qPrintable(error));
        QCOMPARE(application->certificate->issuedAt, QDateTime(QDate(2026, 12, 5), QTime(1, 0), Qt::UTC));
        QVERIFY(application->certificate->qrPayload.isEmpty());
        QVERIFY(application->certificate->verifyUrl.isEmpty());

        // Read strictly: each member must be there, and the QR's URL must carry the payload.
        for (const QString &member : {u"issued_at"_s, u"issued_at_ist"_s, u"qr_payload"_s, u"verify_url"_s}) {
            json = approved;
            certificate = json[u"certificate"_s].toObject();
            certificate.remove(member);
            json[u"certificate"_s] = certificate;
            QVERIFY2(!CachedApplication::fromJson(json, &error), qPrintable(member));
            QVERIFY2(error.contains(u"certificate."_s + member), qPrintable(error));
        }
        json = approved;
        certificate = json[u"certificate"_s].toObject();
        certificate[u"verify_url"_s] = u"https://nodues.example.in/verify/NDC%2F20302%2F2026-27%2F000001#other"_s;
        json[u"certificate"_s] = certificate;
        QVERIFY(!CachedApplication::fromJson(json, &error));
        QVERIFY2(error.contains(u"verify_url"_s), qPrintable(error));
        json = approved;
        certificate = json[u"certificate"_s].toObject();
        certificate[u"verify_url"_s] = QJsonValue::Null;
        json[u"certificate"_s] = certificate;
        QVERIFY(!CachedApplication::fromJson(json, &error));
        QVERIFY2(error.contains(u"both"_s), qPrintable(error));

        json = test::sampleApplication(kNumber, 9, 2, u"rejected"_s);
        json[u"rejection"_s] = QJsonObject{{u"reason_code"_s, u"details_mismatch"_s}, {u"remarks"_s, QJsonValue::Null}};
        application = CachedApplication::fromJson(json, &error);
        QVERIFY2(application, qPrintable(error));
        QVERIFY(application->rejection);
        QCOMPARE(application->rejection->reasonCode, u"details_mismatch"_s);
        QVERIFY(application->rejection->remarks.isEmpty());
    }

    void helpers()
    {
        QString error;
        std::optional<CachedApplication> application =
            CachedApplication::fromJson(test::sampleApplication(kNumber, 1), &error);
        QVERIFY2(application, qPrintable(error));
        const QDateTime due(QDate(2026, 12, 7), QTime(0, 36, 18, 413), Qt::UTC);
        QCOMPARE(application->isOverdue(due), false);
        QCOMPARE(application->isOverdue(due.addMSecs(1)), true);
        QCOMPARE(application->hasPendingLink(), true);
        QCOMPARE(application->hasUnlinkedConnection(), false);
        const QString search = application->searchText();
        QVERIFY2(search.contains(u"app/2030201/2026-27/000001"_s), qPrintable(search));
        QVERIFY(search.contains(u"0100000001"_s));
        QVERIFY(search.contains(u"2000000004"_s));
        QVERIFY(search.contains(u"ramesh kumar"_s));
        QVERIFY(search.contains(u"रमेश कुमार"_s));
        QVERIFY(search.contains(u"98xxxxx210"_s));

        // A rejected application is not overdue, whatever the time.
        application = CachedApplication::fromJson(test::sampleApplication(kNumber, 1, 2, u"rejected"_s), &error);
        QVERIFY2(application, qPrintable(error));
        QCOMPARE(application->isOverdue(due.addDays(10)), false);

        // Approved is still open for the SLA until the signed certificate is published.
        application = CachedApplication::fromJson(test::sampleApplication(kNumber, 1, 2, u"approved"_s), &error);
        QVERIFY2(application, qPrintable(error));
        QCOMPARE(application->isOverdue(due), false);
        QCOMPARE(application->isOverdue(due.addMSecs(1)), true);

        QJsonObject json = test::sampleApplication(kNumber, 1);
        QJsonArray connections = json[u"connections"_s].toArray();
        connections.append(test::sampleConnection(u"3000000009"_s, u"unlinked"_s, false));
        json[u"connections"_s] = connections;
        application = CachedApplication::fromJson(json, &error);
        QVERIFY2(application, qPrintable(error));
        QCOMPARE(application->hasUnlinkedConnection(), true);
    }

    void rejectsMalformedEntries_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no number") << u"number"_s << QJsonValue(QJsonValue::Undefined) << u"number is missing"_s;
        QTest::newRow("empty number") << u"number"_s << QJsonValue(u""_s) << u"number is empty"_s;
        QTest::newRow("unknown status") << u"status"_s << QJsonValue(u"lost"_s) << u"not a known status"_s;
        QTest::newRow("version as text") << u"version"_s << QJsonValue(u"3"_s) << u"version is not a whole number"_s;
        QTest::newRow("version 0") << u"version"_s << QJsonValue(0) << u"version is below 1"_s;
        QTest::newRow("fractional seq") << u"change_seq"_s << QJsonValue(1.5) << u"change_seq is not a whole number"_s;
        QTest::newRow("bad due_at") << u"due_at"_s << QJsonValue(u"07-12-2026"_s) << u"due_at is not an instant"_s;
        QTest::newRow("connections null")
            << u"connections"_s << QJsonValue(QJsonValue::Null) << u"connections is not an array"_s;
        QTest::newRow("bad link") << u"connections"_s
                                  << QJsonValue(QJsonArray{test::sampleConnection(u"1"_s, u"stolen"_s, true)})
                                  << u"connections[0].link is not a known link"_s;
        QTest::newRow("applicant text") << u"applicant"_s << QJsonValue(u"Ramesh"_s) << u"applicant is not an object"_s;
    }
    void rejectsMalformedEntries()
    {
        QFETCH(QString, member);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QJsonObject json = test::sampleApplication(kNumber, 1);
        if (value.isUndefined())
            json.remove(member);
        else
            json[member] = value;
        QString error;
        QVERIFY(!CachedApplication::fromJson(json, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void rejectsBrokenCheck()
    {
        QJsonObject json = test::sampleApplication(kNumber, 1);
        QJsonArray connections = json[u"connections"_s].toArray();
        QJsonObject connection = connections.at(1).toObject();
        QJsonArray checks = connection[u"checks"_s].toArray();
        QJsonObject check = checks.at(2).toObject();
        check.remove(u"passed"_s);
        checks[2] = check;
        connection[u"checks"_s] = checks;
        connections[1] = connection;
        json[u"connections"_s] = connections;
        QString error;
        QVERIFY(!CachedApplication::fromJson(json, &error));
        QCOMPARE(error, u"application APP/2030201/2026-27/000001.connections[1].checks[2].passed is missing"_s);
    }
};

QTEST_GUILESS_MAIN(TestWorkstationCachedApplication)
#include "TestWorkstationCachedApplication.moc"
