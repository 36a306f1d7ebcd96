#include "Clock.h"
#include "RecordingHttpServer.h"
#include "TestDatabase.h"
#include "Timestamp.h"
#include "sms/CdacSmsGateway.h"
#include "sms/FileSmsGateway.h"
#include "sms/HttpSmsGateway.h"
#include "sms/SmsDispatcher.h"
#include "sms/SmsOutbox.h"
#include "storage/SqlUtil.h"
#include "storage/WriteTransaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;
using test::RecordingHttpServer;

namespace {

const QDateTime kStart(QDate(2026, 12, 4), QTime(10, 0), Qt::UTC);

// One outbox row as the tests read it back.
struct OutboxRow
{
    QString status;
    int attemptCount = -1;
    QString nextAttemptAt;
    QString body;
    QString lastError;
    QString claimedBy;
    QString gateway;
    QString gatewayReference;
    QString sentAt;
};

OutboxRow readRow(Database &database, qint64 id)
{
    OutboxRow row;
    QSqlQuery query(database.connection());
    QString error;
    if (!execPrepared(query,
                      u"SELECT status, attempt_count, next_attempt_at, body, last_error, claimed_by, gateway,"
                      " gateway_reference, sent_at FROM sms_outbox WHERE id = :id"_s,
                      {{u"id"_s, id}}, &error) ||
        !query.next()) {
        qWarning("Could not read SMS row %lld: %s", id, qPrintable(error));
        return row;
    }
    row.status = query.value(0).toString();
    row.attemptCount = query.value(1).toInt();
    row.nextAttemptAt = query.value(2).toString();
    row.body = query.value(3).toString();
    row.lastError = query.value(4).toString();
    row.claimedBy = query.value(5).toString();
    row.gateway = query.value(6).toString();
    row.gatewayReference = query.value(7).toString();
    row.sentAt = query.value(8).toString();
    return row;
}

qint64 countWithStatus(Database &database, const QString &status)
{
    QSqlQuery query(database.connection());
    QString error;
    if (!execPrepared(query, u"SELECT COUNT(*) FROM sms_outbox WHERE status = :status"_s, {{u"status"_s, status}},
                      &error) ||
        !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QList<QJsonObject> readSpool(const QString &path)
{
    QList<QJsonObject> lines;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return lines;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        lines.append(QJsonDocument::fromJson(line).object());
    }
    return lines;
}

// Successful (2xx) requests per outbox id, from the {id} the HTTP gateway puts in the query.
QMap<qint64, int> successfulRequestsPerId(const RecordingHttpServer &server)
{
    QMap<qint64, int> counts;
    for (const RecordingHttpServer::Request &request : server.requests()) {
        if (request.reply.action == RecordingHttpServer::Action::Respond && request.reply.status / 100 == 2)
            ++counts[request.formFields.value(u"id"_s).toLongLong()];
    }
    return counts;
}

QString hexDigest(const QString &text, QCryptographicHash::Algorithm algorithm)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), algorithm).toHex());
}

} // namespace

class TestSmsDispatcher : public QObject
{
    Q_OBJECT

private:
    SmsTemplates m_templates;

    qint64 enqueue(Database &database, const Clock &clock, SmsKind kind, const QString &language,
                   const QString &mobile = u"9876543210"_s)
    {
        const QMap<QString, QString> values{
            {u"otp"_s, u"482913"_s},
            {u"minutes"_s, u"10"_s},
            {u"ivrs"_s, u"0123456789"_s},
            {u"application_number"_s, u"NDA/20302/000451"_s},
            {u"certificate_number"_s, u"NDC/20302/2026-27/000123"_s},
            {u"reason"_s, u"Dues outstanding"_s},
            {u"link"_s, u"https://nodues.mpcz.in/c/AbC123"_s},
            {u"decision"_s, u"approve"_s},
            {u"count"_s, u"3"_s},
        };
        SmsVariables variables;
        for (const QString &name : smsKindInfo(kind).variables)
            variables.insert(name, values.value(name));

        WriteTransaction transaction(database);
        QString error;
        if (!transaction.begin(&error))
            qFatal("begin: %s", qPrintable(error));
        const qint64 id = SmsOutbox(m_templates).enqueue(transaction, clock, kind, language, mobile, variables, &error);
        if (id <= 0 || !transaction.commit(&error))
            qFatal("enqueue: %s", qPrintable(error));
        return id;
    }

    static HttpSmsSettings httpSettings(const RecordingHttpServer &server, int timeoutMs = 5000)
    {
        HttpSmsSettings settings;
        settings.urlTemplate =
            server.url(u"/send"_s).toString() + u"?id={id}&to={mobile}&text={text}&tid={template_id}&from={sender}"_s;
        settings.timeoutMs = timeoutMs;
        return settings;
    }

    static SmsDispatcher::GatewayFactory httpFactory(const HttpSmsSettings &settings)
    {
        return [settings] {
            return std::make_unique<HttpSmsGateway>(settings);
        };
    }

    static SmsDispatcher::GatewayFactory fileFactory(const QString &path, const Clock &clock)
    {
        return [path, &clock] {
            return std::make_unique<FileSmsGateway>(path, clock);
        };
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_templates.setLinkDomains({u"nodues.mpcz.in"_s}, &error), qPrintable(error));
        QVERIFY2(m_templates.loadWithOverride({}, &error), qPrintable(error));
    }

    void backoffDoublesToCap()
    {
        SmsDispatcherSettings settings;
        settings.backoffInitialSeconds = 30;
        settings.backoffMaxSeconds = 3600;
        QCOMPARE(settings.backoffSeconds(1), 30);
        QCOMPARE(settings.backoffSeconds(2), 60);
        QCOMPARE(settings.backoffSeconds(3), 120);
        QCOMPARE(settings.backoffSeconds(7), 1920);
        QCOMPARE(settings.backoffSeconds(8), 3600);
        QCOMPARE(settings.backoffSeconds(50), 3600);
    }

    void fileGatewayWritesJsonLines_data() { test::addBackendColumn(); }
    void fileGatewayWritesJsonLines()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        const ManualClock clock(kStart);
        const qint64 otpId = enqueue(db->database(), clock, SmsKind::SignInOtp, u"hi"_s);
        const qint64 readyId = enqueue(db->database(), clock, SmsKind::CertificateReady, u"en"_s, u"6000000001"_s);

        const QString spool = db->scratchPath(u"spool.jsonl"_s);
        SmsDispatcher dispatcher(db->database(), clock, fileFactory(spool, clock));
        SmsDispatchPass pass;
        QString error;
        QVERIFY2(dispatcher.runOnce(&pass, &error), qPrintable(error));
        QCOMPARE(pass.claimed, 2);
        QCOMPARE(pass.sent, 2);
        QCOMPARE(pass.retried, 0);

        const QList<QJsonObject> lines = readSpool(spool);
        QCOMPARE(lines.size(), 2);
        const QJsonObject otp = lines.at(0);
        QCOMPARE(otp.value(u"id"_s).toInteger(), otpId);
        QCOMPARE(otp.value(u"mobile"_s).toString(), u"9876543210"_s);
        QCOMPARE(otp.value(u"kind"_s).toString(), u"sign_in_otp"_s);
        QCOMPARE(otp.value(u"language"_s).toString(), u"hi"_s);
        QCOMPARE(otp.value(u"template_id"_s).toString(), u"1007000000000000001"_s);
        QCOMPARE(otp.value(u"sender"_s).toString(), u"MPMKVV"_s);
        QVERIFY(otp.value(u"body"_s).toString().contains(u"ओटीपी 482913 है"_s));
        QCOMPARE(otp.value(u"parts"_s).toInt(), 2);
        QCOMPARE(otp.value(u"encoding"_s).toString(), u"UCS2"_s);
        QCOMPARE(otp.value(u"sent_at"_s).toString(), Timestamp::toStorage(kStart));
        QCOMPARE(lines.at(1).value(u"id"_s).toInteger(), readyId);
        QCOMPARE(lines.at(1).value(u"encoding"_s).toString(), u"GSM7"_s);
        QCOMPARE(QFile(spool).permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());

        // The OTP leaves no secret at rest; the notice keeps its text.
        const OutboxRow otpRow = readRow(db->database(), otpId);
        QCOMPARE(otpRow.status, u"sent"_s);
        QCOMPARE(otpRow.attemptCount, 1);
        QCOMPARE(otpRow.body, SmsDispatcher::redactedSentBody());
        QCOMPARE(otpRow.gateway, u"file"_s);
        QCOMPARE(otpRow.gatewayReference, spool + u"@0"_s);
        QCOMPARE(otpRow.sentAt, Timestamp::toStorage(kStart));
        QCOMPARE(otpRow.claimedBy, dispatcher.dispatcherId());
        const OutboxRow readyRow = readRow(db->database(), readyId);
        QCOMPARE(readyRow.status, u"sent"_s);
        QVERIFY(readyRow.body.contains(u"https://nodues.mpcz.in/c/AbC123"_s));

        // A second pass finds nothing to send.
        SmsDispatchPass again;
        QVERIFY(dispatcher.runOnce(&again, &error));
        QCOMPARE(again.claimed, 0);
        QCOMPARE(readSpool(spool).size(), 2);
    }

    void fileGatewayReportsMissingFolder_data() { test::addBackendColumn(); }
    void fileGatewayReportsMissingFolder()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        const ManualClock clock(kStart);
        const qint64 id = enqueue(db->database(), clock, SmsKind::ApplicationAcknowledged, u"en"_s);
        const QString spool = db->scratchPath(u"missing/spool.jsonl"_s);
        SmsDispatcher dispatcher(db->database(), clock, fileFactory(spool, clock));
        SmsDispatchPass pass;
        QString error;
        QVERIFY2(dispatcher.runOnce(&pass, &error), qPrintable(error));
        QCOMPARE(pass.retried, 1);
        const OutboxRow row = readRow(db->database(), id);
        QCOMPARE(row.status, u"pending"_s);
        QVERIFY2(row.lastError.contains(spool), qPrintable(row.lastError));
    }

    void cdacGatewaySendsDocumentedForm_data() { test::addBackendColumn(); }
    void cdacGatewaySendsDocumentedForm()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        RecordingHttpServer server;
        QVERIFY(server.listen());
        server.setDefaultReply({RecordingHttpServer::Action::Respond, 200, "402,MsgID = 150620161466003974245msdgsms"});
        const ManualClock clock(kStart);

        struct Case
        {
            qint64 id;
            QString serviceType;
        };
        const QList<Case> cases{
            {enqueue(db->database(), clock, SmsKind::SignInOtp, u"hi"_s), u"unicodeotpmsg"_s},
            {enqueue(db->database(), clock, SmsKind::SignInOtp, u"en"_s), u"otpmsg"_s},
            {enqueue(db->database(), clock, SmsKind::ApplicationAcknowledged, u"hi"_s), u"unicodemsg"_s},
            {enqueue(db->database(), clock, SmsKind::ApplicationAcknowledged, u"en"_s), u"singlemsg"_s},
        };
        QStringList bodies;
        {
            QSqlQuery query(db->database().connection());
            QVERIFY(query.exec(u"SELECT body FROM sms_outbox ORDER BY id"_s));
            while (query.next())
                bodies << query.value(0).toString();
        }

        CdacSmsSettings settings;
        settings.url = server.url(u"/esms/sendsmsrequestDLT"_s);
        settings.username = u"mpmkvvcl-nodues"_s;
        settings.password = u"Pass@1234"_s;
        settings.secureKey = u"3f6c1a2e-9b7d-4c55-8e21-0a9f4d6b7c10"_s;
        SmsDispatcher dispatcher(db->database(), clock,
                                 [settings] { return std::make_unique<CdacSmsGateway>(settings); });
        SmsDispatchPass pass;
        QString error;
        QVERIFY2(dispatcher.runOnce(&pass, &error), qPrintable(error));
        QCOMPARE(pass.sent, 4);
        QCOMPARE(server.requests().size(), 4);

        const QString passwordSha1 = hexDigest(u"Pass@1234"_s, QCryptographicHash::Sha1);
        for (int i = 0; i < cases.size(); ++i) {
            const RecordingHttpServer::Request &request = server.requests().at(i);
            QCOMPARE(request.method, QByteArray("POST"));
            QCOMPARE(request.target, QByteArray("/esms/sendsmsrequestDLT"));
            QCOMPARE(request.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
            const QStringList expectedNames{u"content"_s,    u"key"_s,      u"mobileno"_s,
                                            u"password"_s,   u"senderid"_s, u"smsservicetype"_s,
                                            u"templateid"_s, u"username"_s};
            QCOMPARE(request.formFields.keys(), expectedNames);

            // The content: HTML numeric entities per UTF-16 code unit for UCS-2, else the text.
            const QString body = bodies.at(i);
            QString expectedContent;
            if (cases.at(i).serviceType.startsWith(u"unicode"_s)) {
                for (const QChar unit : body)
                    expectedContent += u"&#%1;"_s.arg(int(unit.unicode()));
                QVERIFY(expectedContent.startsWith(u"&#2344;&#2379;"_s)); // "नो"
            } else {
                expectedContent = body;
            }
            const QMap<QString, QString> &fields = request.formFields;
            QCOMPARE(fields.value(u"content"_s), expectedContent);
            QCOMPARE(fields.value(u"username"_s), u"mpmkvvcl-nodues"_s);
            QCOMPARE(fields.value(u"password"_s), passwordSha1);
            QCOMPARE(fields.value(u"senderid"_s), u"MPMKVV"_s);
            QCOMPARE(fields.value(u"smsservicetype"_s), cases.at(i).serviceType);
            QCOMPARE(fields.value(u"mobileno"_s), u"9876543210"_s);
            QVERIFY(fields.value(u"templateid"_s).startsWith(u"1007"_s));
            const QString expectedKey = hexDigest(u"mpmkvvcl-nodues"_s + u"MPMKVV"_s + expectedContent +
                                                      u"3f6c1a2e-9b7d-4c55-8e21-0a9f4d6b7c10"_s,
                                                  QCryptographicHash::Sha512);
            QCOMPARE(fields.value(u"key"_s), expectedKey);
            QCOMPARE(expectedKey.size(), 128);

            const OutboxRow row = readRow(db->database(), cases.at(i).id);
            QCOMPARE(row.status, u"sent"_s);
            QCOMPARE(row.gateway, u"cdac"_s);
            QCOMPARE(row.gatewayReference, u"150620161466003974245msdgsms"_s);
        }
    }

    void cdacNon402IsFailure_data() { test::addBackendColumn(); }
    void cdacNon402IsFailure()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        RecordingHttpServer server;
        QVERIFY(server.listen());
        const QString passwordSha1 = hexDigest(u"Pass@1234"_s, QCryptographicHash::Sha1);
        // A gateway that echoes the credentials and the OTP back in its error.
        server.queueReply(
            {RecordingHttpServer::Action::Respond, 200,
             "401,Invalid credentials for pass " + passwordSha1.toLatin1() + " key secure-key-1 otp 482913"});
        server.queueReply({RecordingHttpServer::Action::Respond, 503, "Service Unavailable"});
        const ManualClock clock(kStart);
        const qint64 id = enqueue(db->database(), clock, SmsKind::SignInOtp, u"en"_s);

        CdacSmsSettings settings;
        settings.url = server.url(u"/esms/sendsmsrequestDLT"_s);
        settings.username = u"user"_s;
        settings.password = u"Pass@1234"_s;
        settings.secureKey = u"secure-key-1"_s;
        SmsDispatcher dispatcher(db->database(), clock,
                                 [settings] { return std::make_unique<CdacSmsGateway>(settings); });
        SmsDispatchPass pass;
        QString error;
        QVERIFY2(dispatcher.runOnce(&pass, &error), qPrintable(error));
        QCOMPARE(pass.retried, 1);
        OutboxRow row = readRow(db->database(), id);
        QCOMPARE(row.status, u"pending"_s);
        QVERIFY2(row.lastError.contains(u"401,Invalid credentials"_s), qPrintable(row.lastError));
        QVERIFY2(!row.lastError.contains(passwordSha1), qPrintable(row.lastError));
        QVERIFY2(!row.lastError.contains(u"secure-key-1"_s), qPrintable(row.lastError));
        QVERIFY2(!row.lastError.contains(u"482913"_s), qPrintable(row.lastError));

        QVERIFY(dispatcher.runOnce(&pass, &error));
        row = readRow(db->database(), id);
        QCOMPARE(row.status, u"pending"_s); // not due yet
        QCOMPARE(row.attemptCount, 1);
    }

    void httpGatewayGetAndPost_data() { test::addBackendColumn(); }
    void httpGatewayGetAndPost()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        RecordingHttpServer server;
        QVERIFY(server.listen());
        server.setDefaultReply({RecordingHttpServer::Action::Respond, 202, "queued:abc-1"});
        const ManualClock clock(kStart);
        const qint64 hindiId = enqueue(db->database(), clock, SmsKind::ApplicationRejected, u"hi"_s);

        HttpSmsSettings get = httpSettings(server);
        get.headers = {{"X-Api-Key", "k-123"}};
        QString error;
        QVERIFY2(HttpSmsGateway::validate(get, &error), qPrintable(error));
        SmsDispatcher getDispatcher(db->database(), clock, httpFactory(get));
        SmsDispatchPass pass;
        QVERIFY2(getDispatcher.runOnce(&pass, &error), qPrintable(error));
        QCOMPARE(pass.sent, 1);
        QCOMPARE(server.requests().size(), 1);
        const RecordingHttpServer::Request &getRequest = server.requests().at(0);
        QCOMPARE(getRequest.method, QByteArray("GET"));
        QCOMPARE(getRequest.header("X-Api-Key"), QByteArray("k-123"));
        QCOMPARE(getRequest.formFields.value(u"id"_s), QString::number(hindiId));
        QCOMPARE(getRequest.formFields.value(u"to"_s), u"9876543210"_s);
        QCOMPARE(getRequest.formFields.value(u"tid"_s), u"1007000000000000009"_s);
        QCOMPARE(getRequest.formFields.value(u"from"_s), u"MPMKVV"_s);
        QCOMPARE(getRequest.formFields.value(u"text"_s),
                 u"नो ड्यूज प्रमाण-पत्र हेतु आपका आवेदन क्रमांक NDA/20302/000451 निरस्त किया गया। कारण: Dues outstanding"_s);
        const OutboxRow row = readRow(db->database(), hindiId);
        QCOMPARE(row.gateway, u"http"_s);
        QCOMPARE(row.gatewayReference, u"queued:abc-1"_s);

        // POST with a JSON body: values are JSON-escaped inside the template's quotes.
        const qint64 englishId = enqueue(db->database(), clock, SmsKind::ApplicationRejected, u"en"_s);
        HttpSmsSettings post;
        post.method = u"POST"_s;
        post.urlTemplate = server.url(u"/v1/sms"_s).toString();
        post.contentType = u"application/json"_s;
        post.bodyTemplate =
            uR"({"to": "91{mobile}", "message": "{text}", "dlt": {"template": "{template_id}"}, "unicode": {unicode}})"_s;
        QVERIFY2(HttpSmsGateway::validate(post, &error), qPrintable(error));
        SmsDispatcher postDispatcher(db->database(), clock, httpFactory(post));
        QVERIFY2(postDispatcher.runOnce(&pass, &error), qPrintable(error));
        QCOMPARE(server.requests().size(), 2);
        const RecordingHttpServer::Request &postRequest = server.requests().at(1);
        QCOMPARE(postRequest.method, QByteArray("POST"));
        QCOMPARE(postRequest.target, QByteArray("/v1/sms"));
        QCOMPARE(postRequest.header("Content-Type"), QByteArray("application/json"));
        const QJsonObject json = QJsonDocument::fromJson(postRequest.body).object();
        QCOMPARE(json.value(u"to"_s).toString(), u"919876543210"_s);
        QCOMPARE(json.value(u"message"_s).toString(),
                 u"Your No Dues certificate application NDA/20302/000451 was rejected. Reason: Dues outstanding"_s);
        QCOMPARE(json.value(u"dlt"_s).toObject().value(u"template"_s).toString(), u"1007000000000000010"_s);
        QCOMPARE(json.value(u"unicode"_s).toInt(), 0);
        QCOMPARE(readRow(db->database(), englishId).status, u"sent"_s);
    }

    void httpSettingsValidated_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("expectedError");
        QTest::newRow("no-url") << u"GET"_s << QString() << QString() << u"sms/http_url"_s;
        QTest::newRow("put") << u"PUT"_s << u"https://sms.example.in/send"_s << QString() << u"GET or POST"_s;
        QTest::newRow("ftp") << u"GET"_s << u"ftp://sms.example.in/send"_s << QString() << u"not a valid http"_s;
        QTest::newRow("unknown-placeholder")
            << u"GET"_s << u"https://sms.example.in/send?m={message}"_s << QString() << u"{message}"_s;
        QTest::newRow("get-with-body") << u"GET"_s << u"https://sms.example.in/send"_s << u"to={mobile}"_s
                                       << u"needs POST"_s;
    }
    void httpSettingsValidated()
    {
        QFETCH(QString, method);
        QFETCH(QString, url);
        QFETCH(QString, body);
        QFETCH(QString, expectedError);
        HttpSmsSettings settings;
        settings.method = method;
        settings.urlTemplate = url;
        settings.bodyTemplate = body;
        QString error;
        QVERIFY(!HttpSmsGateway::validate(settings, &error));
        QVERIFY2(error.contains(expectedError), qPrintable(error));
    }

    void failingGatewayRecovers_data() { test::addBackendColumn(); }
    void failingGatewayRecovers()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        RecordingHttpServer server;
        QVERIFY(server.listen());
        server.queueReply({RecordingHttpServer::Action::Respond, 500, "try later"}, 3);
        ManualClock clock(kStart);
        const qint64 first = enqueue(db->database(), clock, SmsKind::SignInOtp, u"en"_s);
        const qint64 second = enqueue(db->database(), clock, SmsKind::ApplicationAcknowledged, u"hi"_s);

        SmsDispatcherSettings settings;
        settings.backoffInitialSeconds = 30;
        settings.backoffMaxSeconds = 45;
        SmsDispatcher dispatcher(db->database(), clock, httpFactory(httpSettings(server)), settings);
        QString error;

        // t0: both fail (requests 1 and 2) and wait 30 s.
        SmsDispatchPass pass;
        QVERIFY2(dispatcher.runOnce(&pass, &error), qPrintable(error));
        QCOMPARE(pass.claimed, 2);
        QCOMPARE(pass.retried, 2);
        for (const qint64 id : {first, second}) {
            const OutboxRow row = readRow(db->database(), id);
            QCOMPARE(row.status, u"pending"_s);
            QCOMPARE(row.attemptCount, 1);
            QCOMPARE(row.nextAttemptAt, Timestamp::toStorage(kStart.addSecs(30)));
            QVERIFY2(row.lastError.contains(u"HTTP 500"_s), qPrintable(row.lastError));
            QVERIFY(row.claimedBy.isEmpty());
        }

        clock.setNow(kStart.addSecs(29));
        pass = {};
        QVERIFY(dispatcher.runOnce(&pass, &error));
        QCOMPARE(pass.claimed, 0);

        // t0 + 30 s: the first fails again (request 3) and waits min(60, 45) s; the second is sent.
        clock.setNow(kStart.addSecs(30));
        pass = {};
        QVERIFY(dispatcher.runOnce(&pass, &error));
        QCOMPARE(pass.retried, 1);
        QCOMPARE(pass.sent, 1);
        QCOMPARE(readRow(db->database(), first).attemptCount, 2);
        QCOMPARE(readRow(db->database(), first).nextAttemptAt, Timestamp::toStorage(kStart.addSecs(75)));
        QCOMPARE(readRow(db->database(), second).status, u"sent"_s);
        QCOMPARE(readRow(db->database(), second).attemptCount, 2);

        clock.setNow(kStart.addSecs(74));
        pass = {};
        QVERIFY(dispatcher.runOnce(&pass, &error));
        QCOMPARE(pass.claimed, 0);

        clock.setNow(kStart.addSecs(75));
        pass = {};
        QVERIFY(dispatcher.runOnce(&pass, &error));
        QCOMPARE(pass.sent, 1);
        const OutboxRow firstRow = readRow(db->database(), first);
        QCOMPARE(firstRow.status, u"sent"_s);
        QCOMPARE(firstRow.attemptCount, 3);
        QCOMPARE(firstRow.sentAt, Timestamp::toStorage(kStart.addSecs(75)));
        QVERIFY(firstRow.lastError.isEmpty());
        QCOMPARE(firstRow.body, SmsDispatcher::redactedSentBody());

        // Nothing lost, nothing doubled.
        QCOMPARE(server.requests().size(), 5);
        const QMap<qint64, int> delivered = successfulRequestsPerId(server);
        QCOMPARE(delivered.value(first), 1);
        QCOMPARE(delivered.value(second), 1);
        QCOMPARE(delivered.size(), 2);
    }

    void failingGatewayRecoversInThread_data() { test::addBackendColumn(); }
    void failingGatewayRecoversInThread()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        RecordingHttpServer server;
        QVERIFY(server.listen());
        server.queueReply({RecordingHttpServer::Action::Respond, 503, "busy"}, 7);
        server.queueReply({RecordingHttpServer::Action::Close, 0, {}}, 2);
        const ManualClock clock(kStart);
        QList<qint64> ids;
        for (int i = 0; i < 12; ++i)
            ids << enqueue(db->database(), clock, i % 2 ? SmsKind::SignInOtp : SmsKind::ApplicationAcknowledged,
                           i % 3 ? u"hi"_s : u"en"_s);

        SmsDispatcherSettings settings;
        settings.backoffInitialSeconds = 0; // retry at once, so the running thread recovers alone
        settings.backoffMaxSeconds = 0;
        settings.pollIntervalMs = 20;
        settings.batchSize = 4;
        SmsDispatcher dispatcher(db->database(), clock, httpFactory(httpSettings(server)), settings);
        dispatcher.start();
        QVERIFY(dispatcher.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(countWithStatus(db->database(), u"sent"_s), qint64(ids.size()), 30000);
        dispatcher.stop();
        QVERIFY(!dispatcher.isRunning());

        const QMap<qint64, int> delivered = successfulRequestsPerId(server);
        QCOMPARE(delivered.size(), ids.size());
        for (const qint64 id : std::as_const(ids))
            QCOMPARE(delivered.value(id), 1);
        QCOMPARE(server.requests().size(), ids.size() + 9);
    }

    void stallingGatewayTimesOut_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<int>("action");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("requestsPerAttempt");
        // QNetworkAccessManager resends a request once by itself when the connection closes
        // before any response, so a failed attempt against a closing server costs two requests.
        for (const QString &backend : {u"sqlite"_s, u"postgres"_s}) {
            QTest::addRow("%s-stall", qPrintable(backend))
                << backend << int(RecordingHttpServer::Action::Stall) << 1 << 1;
            QTest::addRow("%s-close", qPrintable(backend))
                << backend << int(RecordingHttpServer::Action::Close) << 2 << 2;
        }
    }
    void stallingGatewayTimesOut()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        QFETCH(int, action);
        QFETCH(int, count);
        QFETCH(int, requestsPerAttempt);
        RecordingHttpServer server;
        QVERIFY(server.listen());
        server.queueReply({RecordingHttpServer::Action(action), 0, {}}, count);
        ManualClock clock(kStart);
        const qint64 id = enqueue(db->database(), clock, SmsKind::OfficerSignInOtp, u"hi"_s);

        SmsDispatcher dispatcher(db->database(), clock, httpFactory(httpSettings(server, 300)));
        SmsDispatchPass pass;
        QString error;
        QElapsedTimer elapsed;
        elapsed.start();
        QVERIFY2(dispatcher.runOnce(&pass, &error), qPrintable(error));
        QVERIFY(elapsed.elapsed() < 5000);
        QCOMPARE(pass.retried, 1);
        QCOMPARE(server.requests().size(), requestsPerAttempt);
        OutboxRow row = readRow(db->database(), id);
        QCOMPARE(row.status, u"pending"_s);
        QCOMPARE(row.attemptCount, 1);
        if (RecordingHttpServer::Action(action) == RecordingHttpServer::Action::Stall)
            QVERIFY2(row.lastError.contains(u"no answer within 300 ms"_s), qPrintable(row.lastError));
        else
            QVERIFY2(row.lastError.contains(u"closed"_s, Qt::CaseInsensitive), qPrintable(row.lastError));

        clock.advanceSeconds(30);
        QVERIFY(dispatcher.runOnce(&pass, &error));
        row = readRow(db->database(), id);
        QCOMPARE(row.status, u"sent"_s);
        QCOMPARE(row.attemptCount, 2);
        QCOMPARE(server.requests().size(), requestsPerAttempt + 1);
        QCOMPARE(successfulRequestsPerId(server).value(id), 1);
    }

    void closedConnectionResentByQt_data() { test::addBackendColumn(); }
    void closedConnectionResentByQt()
    {
        // One close is absorbed by QNetworkAccessManager's own resend: the attempt succeeds with
        // two requests on the wire, which a gateway that had accepted the first would deliver twice.
        NODUES_OPEN_TEST_DATABASE(db);
        RecordingHttpServer server;
        QVERIFY(server.listen());
        server.queueReply({RecordingHttpServer::Action::Close, 0, {}});
        const ManualClock clock(kStart);
        const qint64 id = enqueue(db->database(), clock, SmsKind::ApplicationAcknowledged, u"en"_s);
        SmsDispatcher dispatcher(db->database(), clock, httpFactory(httpSettings(server, 300)));
        SmsDispatchPass pass;
        QString error;
        QVERIFY2(dispatcher.runOnce(&pass, &error), qPrintable(error));
        QCOMPARE(pass.sent, 1);
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(readRow(db->database(), id).attemptCount, 1);
    }

    void maxAttemptsMarksFailed_data() { test::addBackendColumn(); }
    void maxAttemptsMarksFailed()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        RecordingHttpServer server;
        QVERIFY(server.listen());
        server.setDefaultReply({RecordingHttpServer::Action::Respond, 500, "internal error"});
        ManualClock clock(kStart);
        const qint64 otpId = enqueue(db->database(), clock, SmsKind::RevocationOtp, u"en"_s);
        const qint64 noticeId = enqueue(db->database(), clock, SmsKind::ApplicationAcknowledged, u"en"_s);

        SmsDispatcherSettings settings;
        settings.maxAttempts = 3;
        settings.backoffInitialSeconds = 10;
        settings.backoffMaxSeconds = 10;
        SmsDispatcher dispatcher(db->database(), clock, httpFactory(httpSettings(server)), settings);
        QString error;
        for (int attempt = 1; attempt <= 3; ++attempt) {
            SmsDispatchPass pass;
            QVERIFY2(dispatcher.runOnce(&pass, &error), qPrintable(error));
            QCOMPARE(pass.claimed, 2);
            QCOMPARE(pass.failed, attempt == 3 ? 2 : 0);
            QCOMPARE(pass.retried, attempt == 3 ? 0 : 2);
            clock.advanceSeconds(10);
        }

        const OutboxRow otp = readRow(db->database(), otpId);
        QCOMPARE(otp.status, u"failed"_s);
        QCOMPARE(otp.attemptCount, 3);
        QVERIFY2(otp.lastError.contains(u"HTTP 500: internal error"_s), qPrintable(otp.lastError));
        QCOMPARE(otp.body, SmsDispatcher::redactedFailedBody());
        QVERIFY(otp.sentAt.isEmpty());
        const OutboxRow notice = readRow(db->database(), noticeId);
        QCOMPARE(notice.status, u"failed"_s);
        QVERIFY(notice.body.contains(u"NDA/20302/000451"_s));
        QCOMPARE(server.requests().size(), 6);

        // Failed rows are never picked up again.
        clock.advanceSeconds(3600);
        SmsDispatchPass pass;
        QVERIFY(dispatcher.runOnce(&pass, &error));
        QCOMPARE(pass.claimed, 0);
    }

    void twoDispatchersSendEachOnce_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("gateway");
        for (const QString &backend : {u"sqlite"_s, u"postgres"_s}) {
            QTest::addRow("%s-http", qPrintable(backend)) << backend << u"http"_s;
            QTest::addRow("%s-file", qPrintable(backend)) << backend << u"file"_s;
        }
    }
    void twoDispatchersSendEachOnce()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        QFETCH(QString, gateway);
        RecordingHttpServer server;
        QVERIFY(server.listen());
        const ManualClock clock(kStart);
        constexpr int kMessages = 150;
        QList<qint64> ids;
        for (int i = 0; i < kMessages; ++i)
            ids << enqueue(db->database(), clock,
                           i % 2 ? SmsKind::ApplicationSubmitOtp : SmsKind::ApplicationAcknowledged,
                           i % 3 ? u"hi"_s : u"en"_s, u"98765%1"_s.arg(i, 5, 10, QLatin1Char('0')));

        // Each dispatcher has a Database of its own, as two servers would.
        QString error;
        const std::optional<DatabaseUrl> url = DatabaseUrl::parse(db->url(), &error);
        QVERIFY2(url, qPrintable(error));
        Database firstDatabase(*url);
        Database secondDatabase(*url);
        const QString spool = db->scratchPath(u"spool.jsonl"_s);
        const auto factory = gateway == u"http"_s ? httpFactory(httpSettings(server)) : fileFactory(spool, clock);
        SmsDispatcherSettings settings;
        settings.pollIntervalMs = 20;
        settings.batchSize = 5;
        settings.dispatcherId = u"dispatcher-a"_s;
        SmsDispatcher first(firstDatabase, clock, factory, settings);
        settings.dispatcherId = u"dispatcher-b"_s;
        SmsDispatcher second(secondDatabase, clock, factory, settings);

        first.start();
        second.start();
        QTRY_COMPARE_WITH_TIMEOUT(countWithStatus(db->database(), u"sent"_s), qint64(kMessages), 60000);
        first.stop();
        second.stop();

        QMap<qint64, int> delivered;
        if (gateway == u"http"_s) {
            delivered = successfulRequestsPerId(server);
            QCOMPARE(server.requests().size(), kMessages);
        } else {
            const QList<QJsonObject> lines = readSpool(spool);
            QCOMPARE(lines.size(), kMessages);
            for (const QJsonObject &line : lines) {
                QVERIFY2(line.contains(u"body"_s), "every spool line is a whole JSON object");
                ++delivered[line.value(u"id"_s).toInteger()];
            }
        }
        QCOMPARE(delivered.size(), kMessages);
        for (const qint64 id : std::as_const(ids))
            QCOMPARE(delivered.value(id), 1);

        QSqlQuery query(db->database().connection());
        QVERIFY(query.exec(u"SELECT claimed_by, COUNT(*) FROM sms_outbox GROUP BY claimed_by ORDER BY claimed_by"_s));
        while (query.next())
            qInfo("%s sent %lld", qPrintable(query.value(0).toString()), query.value(1).toLongLong());
        QCOMPARE(countWithStatus(db->database(), u"sending"_s), 0);
    }

    void abandonedClaimRetakenAfterLease_data() { test::addBackendColumn(); }
    void abandonedClaimRetakenAfterLease()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        ManualClock clock(kStart);
        QList<qint64> ids;
        for (int i = 0; i < 3; ++i)
            ids << enqueue(db->database(), clock, SmsKind::SignInOtp, u"hi"_s);
        const QString spool = db->scratchPath(u"spool.jsonl"_s);

        SmsDispatcherSettings settings;
        settings.leaseSeconds = 120;
        settings.dispatcherId = u"dies-after-claiming"_s;
        SmsDispatcher dying(db->database(), clock, fileFactory(spool, clock), settings);
        QString error;
        const QList<SmsOutgoing> claimed = dying.claim(10, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(claimed.size(), 3);
        QCOMPARE(readRow(db->database(), ids.at(0)).status, u"sending"_s);
        QCOMPARE(readRow(db->database(), ids.at(0)).claimedBy, u"dies-after-claiming"_s);

        settings.dispatcherId = u"survivor"_s;
        SmsDispatcher survivor(db->database(), clock, fileFactory(spool, clock), settings);
        SmsDispatchPass pass;
        clock.advanceSeconds(119);
        QVERIFY2(survivor.runOnce(&pass, &error), qPrintable(error));
        QCOMPARE(pass.claimed, 0);

        clock.advanceSeconds(1);
        QVERIFY2(survivor.runOnce(&pass, &error), qPrintable(error));
        QCOMPARE(pass.sent, 3);
        for (const qint64 id : std::as_const(ids)) {
            const OutboxRow row = readRow(db->database(), id);
            QCOMPARE(row.status, u"sent"_s);
            QCOMPARE(row.claimedBy, u"survivor"_s);
            QCOMPARE(row.attemptCount, 2); // the abandoned claim counts as an attempt
        }
        QCOMPARE(readSpool(spool).size(), 3);

        // The dead dispatcher's stale claim cannot take the rows back.
        QCOMPARE(dying.claim(10, &error).size(), 0);
    }

    void stopReleasesUnsentClaims_data() { test::addBackendColumn(); }
    void stopReleasesUnsentClaims()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        RecordingHttpServer server;
        QVERIFY(server.listen());
        server.setDefaultReply({RecordingHttpServer::Action::Stall, 0, {}});
        const ManualClock clock(kStart);
        QList<qint64> ids;
        for (int i = 0; i < 4; ++i)
            ids << enqueue(db->database(), clock, SmsKind::ApplicationAcknowledged, u"en"_s);

        SmsDispatcherSettings settings;
        settings.batchSize = 4;
        settings.pollIntervalMs = 20;
        SmsDispatcher dispatcher(db->database(), clock, httpFactory(httpSettings(server, 60000)), settings);
        dispatcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(server.requests().size(), 1, 10000);

        // stop() cancels the stalled request at once instead of waiting out its 60 s timeout.
        QElapsedTimer elapsed;
        elapsed.start();
        dispatcher.stop();
        QVERIFY(elapsed.elapsed() < 5000);

        // The cancelled send counts as a failed attempt; the three never tried go back untouched.
        const OutboxRow tried = readRow(db->database(), ids.at(0));
        QCOMPARE(tried.status, u"pending"_s);
        QCOMPARE(tried.attemptCount, 1);
        QVERIFY2(tried.lastError.contains(u"cancelled"_s), qPrintable(tried.lastError));
        for (qsizetype i = 1; i < ids.size(); ++i) {
            const OutboxRow row = readRow(db->database(), ids.at(i));
            QCOMPARE(row.status, u"pending"_s);
            QCOMPARE(row.attemptCount, 0);
            QVERIFY(row.claimedBy.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestSmsDispatcher)
#include "TestSmsDispatcher.moc"
