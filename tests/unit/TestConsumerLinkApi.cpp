// Linking and unlinking connections by IVRS over real HTTP on loopback, on SQLite and PostgreSQL,
// with OTPs read from the file SMS gateway's spool as the other phone would receive them.

#include "HttpTestClient.h"
#include "OfficeFixtures.h"
#include "TestDatabase.h"
#include "Clock.h"
#include "api/ApiRoutes.h"
#include "api/SecurityPurgeJob.h"
#include "api/ServerContext.h"
#include "http/HttpServer.h"
#include "http/Router.h"
#include "security/ServerSecrets.h"
#include "sms/FileSmsGateway.h"
#include "sms/SmsDispatcher.h"
#include "sms/SmsTemplates.h"
#include "storage/SqlUtil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;
using namespace nodues::server;
using nodues::test::HttpTestClient;
using nodues::test::HttpTestResponse;

namespace {

const QString kMobile = u"9876543210"_s;      // the consumer: two connections
const QString kOtherMobile = u"9123456780"_s; // billed for 2000000001 and 2000000002
const QString kOwnFirst = u"1000000001"_s;
const QString kOwnSecond = u"1000000002"_s;
const QString kForeign = u"2000000001"_s;
const QString kForeignSecond = u"2000000002"_s;
const QString kNoMobile = u"3000000001"_s;
const QDateTime kStart = QDateTime(QDate(2026, 12, 4), QTime(10, 0), Qt::UTC);
constexpr qint64 kBodyLimit = 4096;

using Headers = QList<std::pair<QByteArray, QByteArray>>;

QJsonObject jsonOf(const HttpTestResponse &response)
{
    return QJsonDocument::fromJson(response.body).object();
}

QString errorCodeOf(const HttpTestResponse &response)
{
    return jsonOf(response)[u"error"_s][u"code"_s].toString();
}

QString errorMessageOf(const HttpTestResponse &response)
{
    return jsonOf(response)[u"error"_s][u"message"_s].toString();
}

QByteArray jsonBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// One billing row; meterStatus empty means NULL (an unmetered connection).
struct Connection
{
    QString ivrs;
    QString name;
    QString nameHi;
    QString mobile;
    QString dcCode;
    QString metering;
    QString meterStatus;
    QString ekyc;
    qint64 arrearsPaise;
    QString billDate;
};

void insertConnection(Database &database, const Connection &row)
{
    QString error;
    QSqlDatabase db = database.connection(&error);
    QVERIFY2(db.isOpen(), qPrintable(error));
    QSqlQuery query(db);
    QVERIFY2(execPrepared(query,
                          u"INSERT INTO billing_connection (ivrs, name, name_hi, relative_name, address, mobile,"
                          " dc_code, tariff, connection_status, metering, meter_status, ekyc, arrears_paise,"
                          " bill_date, refreshed_at, changed_at) VALUES (:ivrs, :name, :name_hi, '', :address,"
                          " :mobile, :dc_code, 'LV1.2', 'LIVE', :metering, :meter_status, :ekyc, :arrears,"
                          " :bill_date, :refreshed_at, :refreshed_at)"_s,
                          {{u"ivrs"_s, row.ivrs},
                           {u"name"_s, row.name},
                           {u"name_hi"_s, row.nameHi.isNull() ? u""_s : row.nameHi},
                           {u"address"_s, u"12 Shivaji Nagar, Bhopal"_s},
                           {u"mobile"_s, row.mobile.isEmpty() ? QVariant() : QVariant(row.mobile)},
                           {u"dc_code"_s, row.dcCode},
                           {u"metering"_s, row.metering},
                           {u"meter_status"_s, row.meterStatus.isEmpty() ? QVariant() : QVariant(row.meterStatus)},
                           {u"ekyc"_s, row.ekyc},
                           {u"arrears"_s, row.arrearsPaise},
                           {u"bill_date"_s, row.billDate.isEmpty() ? QVariant() : QVariant(row.billDate)},
                           {u"refreshed_at"_s, u"2026-12-01T00:30:00.000Z"_s}},
                          &error),
             qPrintable(error));
}

// A server with the API routes on port 0, a manual clock and a file SMS spool, for one test row.
struct ApiServer
{
    std::unique_ptr<test::TestDatabase> db;
    ManualClock clock{kStart};
    SmsTemplates templates;
    std::unique_ptr<ServerContext> context;
    Router router;
    std::unique_ptr<HttpServer> server;
    QString spoolPath;

    bool start(ApiSettings api = {}, OtpSettings otp = {})
    {
        QString error;
        if (!templates.loadWithOverride({}, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        context = std::make_unique<ServerContext>(db->database(), clock, ServerSecrets::fromKeys(QByteArray(32, 'k')),
                                                  templates, otp, SessionSettings{}, api);
        addApiRoutes(router, *context, u"test"_s);
        HttpServerOptions options;
        options.address = u"127.0.0.1"_s;
        options.port = 0;
        options.ioThreads = 1;
        options.workerThreads = 2;
        options.bodyLimitBytes = kBodyLimit;
        Database *database = &db->database();
        options.workerThreadFinished = [database] { database->closeThreadConnection(); };
        server = std::make_unique<HttpServer>(router, options);
        if (!server->start(&error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        spoolPath = db->scratchPath(u"sms-spool.jsonl"_s);
        return true;
    }

    ~ApiServer()
    {
        if (server)
            server->stop(std::chrono::seconds(2));
    }

    HttpTestResponse request(const QByteArray &method, const QByteArray &target, const QByteArray &body = {},
                             Headers headers = {})
    {
        HttpTestClient client(server->port());
        if (!client.connectToServer()) {
            QTest::qFail("Could not connect to the test server", __FILE__, __LINE__);
            return {};
        }
        if (!body.isEmpty() && std::none_of(headers.cbegin(), headers.cend(), [](const auto &header) {
                return header.first.compare("Content-Type", Qt::CaseInsensitive) == 0;
            }))
            headers.append({"Content-Type"_ba, "application/json"_ba});
        const std::optional<HttpTestResponse> response = client.request(method, target, headers, body);
        if (!response) {
            QTest::qFail("No response from the test server", __FILE__, __LINE__);
            return {};
        }
        return *response;
    }

    HttpTestResponse requestOtp(const QString &mobile)
    {
        return request("POST"_ba, "/api/v1/consumer/otp"_ba, jsonBytes({{u"mobile"_s, mobile}}));
    }

    HttpTestResponse createSession(const QString &challengeId, const QString &otp)
    {
        return request("POST"_ba, "/api/v1/consumer/session"_ba,
                       jsonBytes({{u"challenge_id"_s, challengeId}, {u"otp"_s, otp}}));
    }

    HttpTestResponse withToken(const QByteArray &method, const QByteArray &target, const QString &token,
                               const QByteArray &body = {})
    {
        return request(method, target, body, {{"Authorization"_ba, "Bearer "_ba + token.toLatin1()}});
    }

    // Sends the outbox contents through the file gateway, as the dispatcher of serve would, and
    // returns the code of the newest SMS the spool received for mobile (empty when none).
    QString deliveredCode(const QString &mobile)
    {
        SmsDispatcher dispatcher(db->database(), clock,
                                 [this] { return std::make_unique<FileSmsGateway>(spoolPath, clock); });
        SmsDispatchPass pass;
        QString error;
        if (!dispatcher.runOnce(&pass, &error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        QFile spool(spoolPath);
        if (!spool.open(QIODevice::ReadOnly))
            return {};
        QString code;
        static const QRegularExpression sixDigits(u"(?<![0-9])([0-9]{6})(?![0-9])"_s);
        const QList<QByteArray> lines = spool.readAll().split('\n');
        for (const QByteArray &line : lines) {
            const QJsonObject message = QJsonDocument::fromJson(line).object();
            if (message[u"mobile"_s].toString() == mobile)
                code = sixDigits.match(message[u"body"_s].toString()).captured(1);
        }
        return code;
    }

    // The body of the newest SMS the spool received for mobile (empty when none); call after
    // deliveredCode(), which sends what the outbox holds.
    QString lastBody(const QString &mobile) const
    {
        QFile spool(spoolPath);
        if (!spool.open(QIODevice::ReadOnly))
            return {};
        QString body;
        const QList<QByteArray> lines = spool.readAll().split('\n');
        for (const QByteArray &line : lines) {
            const QJsonObject message = QJsonDocument::fromJson(line).object();
            if (message[u"mobile"_s].toString() == mobile)
                body = message[u"body"_s].toString();
        }
        return body;
    }

    int spoolLineCount() const
    {
        QFile spool(spoolPath);
        if (!spool.open(QIODevice::ReadOnly))
            return 0;
        return int(spool.readAll().count('\n'));
    }

    // Signs mobile in and returns the bearer token (empty on failure, with the test failed).
    QString signIn(const QString &mobile)
    {
        const HttpTestResponse otp = requestOtp(mobile);
        if (otp.status != 202) {
            QTest::qFail(otp.body.constData(), __FILE__, __LINE__);
            return {};
        }
        const QString code = deliveredCode(mobile);
        const HttpTestResponse session = createSession(jsonOf(otp)[u"challenge_id"_s].toString(), code);
        if (session.status != 201) {
            QTest::qFail(session.body.constData(), __FILE__, __LINE__);
            return {};
        }
        return jsonOf(session)[u"token"_s].toString();
    }
};

QString otherCode(const QString &code)
{
    return u"%1"_s.arg((code.toInt() + 1) % 1000000, 6, 10, QChar(u'0'));
}

// The stored consumer_link state of (mobile, ivrs), or "none".
QString storedLinkState(Database &database, const QString &mobile, const QString &ivrs)
{
    QString error;
    QSqlDatabase db = database.connection(&error);
    QSqlQuery query(db);
    if (!execPrepared(query, u"SELECT state FROM consumer_link WHERE mobile = :mobile AND ivrs = :ivrs"_s,
                      {{u"mobile"_s, mobile}, {u"ivrs"_s, ivrs}}, &error)) {
        qWarning("%s", qPrintable(error));
        return u"error"_s;
    }
    return query.next() ? query.value(0).toString() : u"none"_s;
}

qint64 countRows(Database &database, const QString &sql, const QVariantMap &values = {})
{
    QString error;
    QSqlDatabase db = database.connection(&error);
    QSqlQuery query(db);
    if (!execPrepared(query, sql, values, &error) || !query.next()) {
        qWarning("%s", qPrintable(error));
        return -1;
    }
    return query.value(0).toLongLong();
}

// "ivrs:link" of each listed connection, in order.
QStringList listed(ApiServer &api, const QString &token)
{
    const HttpTestResponse response = api.withToken("GET"_ba, "/api/v1/consumer/connections"_ba, token);
    if (response.status != 200)
        return {u"status %1"_s.arg(response.status)};
    QStringList result;
    const QJsonArray connections = jsonOf(response)[u"connections"_s].toArray();
    for (const QJsonValue &connection : connections)
        result.append(connection[u"ivrs"_s].toString() + u":"_s + connection[u"link"_s].toString());
    return result;
}

QByteArray ivrsBody(const QString &ivrs)
{
    return jsonBytes({{u"ivrs"_s, ivrs}});
}

QByteArray confirmBody(const QString &challengeId, const QString &otp)
{
    return jsonBytes({{u"challenge_id"_s, challengeId}, {u"otp"_s, otp}});
}

QByteArray confirmTarget(const QString &ivrs)
{
    return "/api/v1/consumer/connections/"_ba + ivrs.toLatin1() + "/confirm"_ba;
}

QByteArray connectionTarget(const QString &ivrs)
{
    return "/api/v1/consumer/connections/"_ba + ivrs.toLatin1();
}

} // namespace

class TestConsumerLinkApi : public QObject
{
    Q_OBJECT

private:
#define START_API_SERVER(api)                                                                                        \
    QFETCH(QString, backend);                                                                                        \
    ApiServer api;                                                                                                   \
    {                                                                                                                \
        QString skipReason;                                                                                          \
        api.db = test::TestDatabase::create(backend, &skipReason);                                                   \
        if (!api.db)                                                                                                 \
            QSKIP(qPrintable(skipReason));                                                                           \
        test::insertOfficeTree(api.db->database());                                                                  \
        insertBillingRows(api.db->database());                                                                       \
        QVERIFY(api.start());                                                                                        \
    }

    static void insertBillingRows(Database &database)
    {
        insertConnection(database, {kOwnFirst, u"Ramesh Kumar"_s, u"रमेश कुमार"_s, kMobile, u"2030201"_s, u"METERED"_s,
                                    u"WORKING"_s, u"DONE"_s, 0, u"2026-11-15"_s});
        insertConnection(database, {kOwnSecond, u"Ramesh Kumar"_s, QString(), kMobile, u"2030202"_s, u"METERED"_s,
                                    u"WORKING"_s, u"DONE"_s, 125000, u"2026-11-15"_s});
        insertConnection(database, {kForeign, u"Mohan Lal"_s, QString(), kOtherMobile, u"2030201"_s, u"METERED"_s,
                                    u"WORKING"_s, u"DONE"_s, 0, u"2026-11-15"_s});
        insertConnection(database, {kForeignSecond, u"Mohan Lal"_s, QString(), kOtherMobile, u"2030201"_s,
                                    u"METERED"_s, u"WORKING"_s, u"DONE"_s, 0, u"2026-11-15"_s});
        insertConnection(database, {kNoMobile, u"Kamla Bai"_s, QString(), QString(), u"2030301"_s, u"UNMETERED"_s,
                                    QString(), u"DONE"_s, 0, QString()});
    }

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"nodues.*.info=false"_s);
    }

    void unlinkOwnConnectionAndRelinkIt_data() { test::addBackendColumn(); }
    void unlinkOwnConnectionAndRelinkIt()
    {
        START_API_SERVER(api);
        const QString token = api.signIn(kMobile);
        QCOMPARE(listed(api, token), (QStringList{kOwnFirst + u":billing_mobile"_s, kOwnSecond + u":billing_mobile"_s}));

        const HttpTestResponse unlinked = api.withToken("DELETE"_ba, connectionTarget(kOwnFirst), token);
        QCOMPARE(unlinked.status, 204);
        QCOMPARE(listed(api, token), QStringList{kOwnSecond + u":billing_mobile"_s});
        // Still recorded, for officers.
        QCOMPARE(storedLinkState(api.db->database(), kMobile, kOwnFirst), u"unlinked"_s);
        QCOMPARE(countRows(api.db->database(),
                           u"SELECT COUNT(*) FROM audit_log WHERE action = 'consumer_link.unlinked'"
                           " AND entity_id = :ivrs"_s,
                           {{u"ivrs"_s, kOwnFirst}}),
                 1);

        const HttpTestResponse again = api.withToken("DELETE"_ba, connectionTarget(kOwnFirst), token);
        QCOMPARE(again.status, 404);
        QCOMPARE(errorCodeOf(again), u"connection_not_linked"_s);
        QVERIFY(errorMessageOf(again).contains(kOwnFirst));

        // Linking it again restores it without an OTP.
        const int smsBefore = api.spoolLineCount();
        const HttpTestResponse relinked =
            api.withToken("POST"_ba, "/api/v1/consumer/connections"_ba, token, ivrsBody(kOwnFirst));
        QCOMPARE(relinked.status, 201);
        QCOMPARE(jsonOf(relinked)[u"ivrs"_s].toString(), kOwnFirst);
        QCOMPARE(jsonOf(relinked)[u"link"_s].toString(), u"billing_mobile"_s);
        QCOMPARE(jsonOf(relinked)[u"dc_name"_s].toString().isEmpty(), false);
        QCOMPARE(api.deliveredCode(kMobile).size(), 6); // the sign-in code, sent before
        QCOMPARE(api.spoolLineCount(), smsBefore);
        QCOMPARE(listed(api, token), (QStringList{kOwnFirst + u":billing_mobile"_s, kOwnSecond + u":billing_mobile"_s}));
        QCOMPARE(storedLinkState(api.db->database(), kMobile, kOwnFirst), u"linked"_s);

        const HttpTestResponse duplicate =
            api.withToken("POST"_ba, "/api/v1/consumer/connections"_ba, token, ivrsBody(kOwnSecond));
        QCOMPARE(duplicate.status, 409);
        QCOMPARE(errorCodeOf(duplicate), u"already_linked"_s);
    }

    void linkForeignConnectionWithOtp_data() { test::addBackendColumn(); }
    void linkForeignConnectionWithOtp()
    {
        START_API_SERVER(api);
        const QString token = api.signIn(kMobile);
        const QString signInBody = api.lastBody(kMobile);

        const HttpTestResponse asked =
            api.withToken("POST"_ba, "/api/v1/consumer/connections"_ba, token, ivrsBody(kForeign));
        QCOMPARE(asked.status, 202);
        QCOMPARE(asked.header("Cache-Control"_ba), "no-store"_ba);
        const QJsonObject challenge = jsonOf(asked);
        QCOMPARE(challenge[u"sent_to_masked"_s].toString(), u"91XXXXX780"_s);
        QCOMPARE(challenge[u"expires_in_seconds"_s].toInt(), 600);
        QVERIFY(!asked.body.contains(kOtherMobile.toLatin1()));
        const QString challengeId = challenge[u"challenge_id"_s].toString();
        QVERIFY(challengeId.size() >= 20);
        QCOMPARE(storedLinkState(api.db->database(), kMobile, kForeign), u"none"_s);

        // The code went to the connection's billing mobile, naming the IVRS; nothing new to the consumer.
        const QString code = api.deliveredCode(kOtherMobile);
        QCOMPARE(code.size(), 6);
        QVERIFY2(api.lastBody(kOtherMobile).contains(kForeign), qPrintable(api.lastBody(kOtherMobile)));
        QCOMPARE(api.lastBody(kMobile), signInBody);

        const HttpTestResponse wrong =
            api.withToken("POST"_ba, confirmTarget(kForeign), token, confirmBody(challengeId, otherCode(code)));
        QCOMPARE(wrong.status, 401);
        QCOMPARE(errorCodeOf(wrong), u"otp_wrong"_s);
        QCOMPARE(jsonOf(wrong)[u"attempts_left"_s].toInt(), 4);
        QCOMPARE(listed(api, token).size(), 2);
        QCOMPARE(storedLinkState(api.db->database(), kMobile, kForeign), u"none"_s);

        const HttpTestResponse confirmed =
            api.withToken("POST"_ba, confirmTarget(kForeign), token, confirmBody(challengeId, code));
        QCOMPARE(confirmed.status, 201);
        QVERIFY(!confirmed.body.contains(code.toLatin1()));
        QCOMPARE(jsonOf(confirmed)[u"ivrs"_s].toString(), kForeign);
        QCOMPARE(jsonOf(confirmed)[u"link"_s].toString(), u"linked"_s);
        QCOMPARE(jsonOf(confirmed)[u"name"_s].toString(), u"Mohan Lal"_s);
        QCOMPARE(listed(api, token), (QStringList{kOwnFirst + u":billing_mobile"_s, kOwnSecond + u":billing_mobile"_s,
                                                  kForeign + u":linked"_s}));
        QCOMPARE(storedLinkState(api.db->database(), kMobile, kForeign), u"linked"_s);

        // The code is used up, and the connection is already linked.
        const HttpTestResponse reused =
            api.withToken("POST"_ba, confirmTarget(kForeign), token, confirmBody(challengeId, code));
        QCOMPARE(reused.status, 401);
        QCOMPARE(errorCodeOf(reused), u"otp_already_used"_s);
        const HttpTestResponse duplicate =
            api.withToken("POST"_ba, "/api/v1/consumer/connections"_ba, token, ivrsBody(kForeign));
        QCOMPARE(duplicate.status, 409);
        QCOMPARE(errorCodeOf(duplicate), u"already_linked"_s);

        // The other mobile's own list does not change.
        const QString otherToken = api.signIn(kOtherMobile);
        QCOMPARE(listed(api, otherToken),
                 (QStringList{kForeign + u":billing_mobile"_s, kForeignSecond + u":billing_mobile"_s}));

        // Unlinking a linked connection removes it from the list and records it.
        QCOMPARE(api.withToken("DELETE"_ba, connectionTarget(kForeign), token).status, 204);
        QCOMPARE(listed(api, token), (QStringList{kOwnFirst + u":billing_mobile"_s, kOwnSecond + u":billing_mobile"_s}));
        QCOMPARE(storedLinkState(api.db->database(), kMobile, kForeign), u"unlinked"_s);
    }

    void otpForAnotherIvrsIsRejected_data() { test::addBackendColumn(); }
    void otpForAnotherIvrsIsRejected()
    {
        START_API_SERVER(api);
        const QString token = api.signIn(kMobile);
        const HttpTestResponse asked =
            api.withToken("POST"_ba, "/api/v1/consumer/connections"_ba, token, ivrsBody(kForeign));
        QCOMPARE(asked.status, 202);
        const QString challengeId = jsonOf(asked)[u"challenge_id"_s].toString();
        const QString code = api.deliveredCode(kOtherMobile);
        QCOMPARE(code.size(), 6);

        // The right code, sent for kForeign, cannot link kForeignSecond.
        const HttpTestResponse foreign =
            api.withToken("POST"_ba, confirmTarget(kForeignSecond), token, confirmBody(challengeId, code));
        QCOMPARE(foreign.status, 401);
        QCOMPARE(errorCodeOf(foreign), u"otp_wrong_purpose"_s);
        QCOMPARE(storedLinkState(api.db->database(), kMobile, kForeignSecond), u"none"_s);

        // Nor can the sign-in code of the consumer link anything.
        const HttpTestResponse signInOtp = api.requestOtp(kMobile);
        QCOMPARE(signInOtp.status, 202);
        const QString signInCode = api.deliveredCode(kMobile);
        const HttpTestResponse signInUsed = api.withToken(
            "POST"_ba, confirmTarget(kForeign), token,
            confirmBody(jsonOf(signInOtp)[u"challenge_id"_s].toString(), signInCode));
        QCOMPARE(signInUsed.status, 401);
        QCOMPARE(errorCodeOf(signInUsed), u"otp_wrong_purpose"_s);
        QCOMPARE(listed(api, token).size(), 2);

        // A code the other mobile's holder got for linking to someone else cannot link to this
        // consumer either: the binding names the consumer's mobile.
        const QString otherToken = api.signIn(kOtherMobile);
        const HttpTestResponse otherAsked =
            api.withToken("POST"_ba, "/api/v1/consumer/connections"_ba, otherToken, ivrsBody(kOwnFirst));
        QCOMPARE(otherAsked.status, 202);
        QCOMPARE(jsonOf(otherAsked)[u"sent_to_masked"_s].toString(), u"98XXXXX210"_s);
        const QString otherCodeSent = api.deliveredCode(kMobile);
        QVERIFY(api.lastBody(kMobile).contains(kOwnFirst));
        const HttpTestResponse hijack = api.withToken(
            "POST"_ba, confirmTarget(kOwnFirst), token,
            confirmBody(jsonOf(otherAsked)[u"challenge_id"_s].toString(), otherCodeSent));
        QCOMPARE(hijack.status, 401);
        QCOMPARE(errorCodeOf(hijack), u"otp_wrong_purpose"_s);

        // The original code still links the connection it was sent for.
        const HttpTestResponse confirmed =
            api.withToken("POST"_ba, confirmTarget(kForeign), token, confirmBody(challengeId, code));
        QCOMPARE(confirmed.status, 201);
        QCOMPARE(storedLinkState(api.db->database(), kMobile, kForeign), u"linked"_s);
    }

    void malformedAndUnknownIvrs_data() { test::addBackendColumn(); }
    void malformedAndUnknownIvrs()
    {
        START_API_SERVER(api);
        const QString token = api.signIn(kMobile);

        const HttpTestResponse letters =
            api.withToken("POST"_ba, "/api/v1/consumer/connections"_ba, token, ivrsBody(u"12AB34"_s));
        QCOMPARE(letters.status, 400);
        QCOMPARE(errorCodeOf(letters), u"invalid_ivrs"_s);
        QVERIFY(errorMessageOf(letters).contains(u"12AB34"_s));

        const HttpTestResponse tooLong = api.withToken("POST"_ba, "/api/v1/consumer/connections"_ba, token,
                                                       ivrsBody(u"123456789012345678901"_s));
        QCOMPARE(tooLong.status, 400);
        QCOMPARE(errorCodeOf(tooLong), u"invalid_ivrs"_s);

        const HttpTestResponse missing = api.withToken("POST"_ba, "/api/v1/consumer/connections"_ba, token,
                                                       jsonBytes({{u"mobile"_s, kOtherMobile}}));
        QCOMPARE(missing.status, 400);
        QCOMPARE(errorCodeOf(missing), u"missing_field"_s);

        const HttpTestResponse number = api.withToken("POST"_ba, "/api/v1/consumer/connections"_ba, token,
                                                      jsonBytes({{u"ivrs"_s, 2000000001.0}}));
        QCOMPARE(number.status, 400);
        QCOMPARE(errorCodeOf(number), u"invalid_field_type"_s);

        const HttpTestResponse unknown =
            api.withToken("POST"_ba, "/api/v1/consumer/connections"_ba, token, ivrsBody(u"9999999999"_s));
        QCOMPARE(unknown.status, 404);
        QCOMPARE(errorCodeOf(unknown), u"connection_not_found"_s);
        QVERIFY(errorMessageOf(unknown).contains(u"9999999999"_s));

        const HttpTestResponse badDelete = api.withToken("DELETE"_ba, connectionTarget(u"12AB34"_s), token);
        QCOMPARE(badDelete.status, 400);
        QCOMPARE(errorCodeOf(badDelete), u"invalid_ivrs"_s);
        const HttpTestResponse unknownDelete = api.withToken("DELETE"_ba, connectionTarget(u"9999999999"_s), token);
        QCOMPARE(unknownDelete.status, 404);
        QCOMPARE(errorCodeOf(unknownDelete), u"connection_not_linked"_s);
        // Another mobile's connection was never this consumer's.
        const HttpTestResponse foreignDelete = api.withToken("DELETE"_ba, connectionTarget(kForeign), token);
        QCOMPARE(foreignDelete.status, 404);
        QCOMPARE(errorCodeOf(foreignDelete), u"connection_not_linked"_s);

        const HttpTestResponse badConfirm = api.withToken("POST"_ba, confirmTarget(u"12AB34"_s), token,
                                                          confirmBody(u"x"_s, u"123456"_s));
        QCOMPARE(badConfirm.status, 400);
        QCOMPARE(errorCodeOf(badConfirm), u"invalid_ivrs"_s);
        const HttpTestResponse noChallenge = api.withToken("POST"_ba, confirmTarget(kForeign), token,
                                                           confirmBody(u"no-such-challenge"_s, u"123456"_s));
        QCOMPARE(noChallenge.status, 401);
        QCOMPARE(errorCodeOf(noChallenge), u"otp_not_found"_s);

        // Without a token nothing is linked or unlinked.
        const HttpTestResponse anonymous =
            api.request("POST"_ba, "/api/v1/consumer/connections"_ba, ivrsBody(kForeign));
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(errorCodeOf(anonymous), u"missing_token"_s);
        QCOMPARE(api.request("DELETE"_ba, connectionTarget(kOwnFirst)).status, 401);
        QCOMPARE(listed(api, token).size(), 2);
        QCOMPARE(countRows(api.db->database(), u"SELECT COUNT(*) FROM consumer_link"_s), 0);
    }

    void connectionWithoutMobileIsPendingVerification_data() { test::addBackendColumn(); }
    void connectionWithoutMobileIsPendingVerification()
    {
        START_API_SERVER(api);
        const QString token = api.signIn(kMobile);
        const qint64 outboxBefore = countRows(api.db->database(), u"SELECT COUNT(*) FROM sms_outbox"_s);

        const HttpTestResponse linked =
            api.withToken("POST"_ba, "/api/v1/consumer/connections"_ba, token, ivrsBody(kNoMobile));
        QCOMPARE(linked.status, 201);
        QCOMPARE(jsonOf(linked)[u"ivrs"_s].toString(), kNoMobile);
        QCOMPARE(jsonOf(linked)[u"link"_s].toString(), u"pending_verification"_s);
        QCOMPARE(jsonOf(linked)[u"name"_s].toString(), u"Kamla Bai"_s);
        QCOMPARE(countRows(api.db->database(), u"SELECT COUNT(*) FROM sms_outbox"_s), outboxBefore);
        QCOMPARE(storedLinkState(api.db->database(), kMobile, kNoMobile), u"pending_verification"_s);
        QCOMPARE(listed(api, token), (QStringList{kOwnFirst + u":billing_mobile"_s, kOwnSecond + u":billing_mobile"_s,
                                                  kNoMobile + u":pending_verification"_s}));
        QCOMPARE(countRows(api.db->database(),
                           u"SELECT COUNT(*) FROM audit_log WHERE action = 'consumer_link.pending_verification'"
                           " AND entity_id = :ivrs"_s,
                           {{u"ivrs"_s, kNoMobile}}),
                 1);

        const HttpTestResponse duplicate =
            api.withToken("POST"_ba, "/api/v1/consumer/connections"_ba, token, ivrsBody(kNoMobile));
        QCOMPARE(duplicate.status, 409);
        QCOMPARE(errorCodeOf(duplicate), u"already_linked"_s);

        // Unlinked, it can be linked again, pending as before.
        QCOMPARE(api.withToken("DELETE"_ba, connectionTarget(kNoMobile), token).status, 204);
        QCOMPARE(listed(api, token).size(), 2);
        QCOMPARE(storedLinkState(api.db->database(), kMobile, kNoMobile), u"unlinked"_s);
        const HttpTestResponse relinked =
            api.withToken("POST"_ba, "/api/v1/consumer/connections"_ba, token, ivrsBody(kNoMobile));
        QCOMPARE(relinked.status, 201);
        QCOMPARE(jsonOf(relinked)[u"link"_s].toString(), u"pending_verification"_s);
        QCOMPARE(listed(api, token).size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestConsumerLinkApi)
#include "TestConsumerLinkApi.moc"
