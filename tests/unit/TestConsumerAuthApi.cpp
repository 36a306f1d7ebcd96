// The consumer sign-in and connection routes over real HTTP on loopback, on SQLite and
// PostgreSQL, with OTPs read from the file SMS gateway's spool as a phone would receive them.

#include "ApiTestServer.h"
#include "OfficeFixtures.h"
#include "api/SecurityPurgeJob.h"
#include "api/ServerContext.h"
#include "storage/SqlUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTest>


using namespace Qt::Literals::StringLiterals;
using namespace nodues;
using namespace nodues::server;
using nodues::test::ApiTestServer;
using nodues::test::HttpTestResponse;
using namespace nodues::test;

using ApiServer = ApiTestServer;

namespace {

const QString kMobile = u"9876543210"_s;      // three connections
const QString kOtherMobile = u"9123456780"_s; // one connection
const QString kUnknownMobile = u"8012345678"_s; // none

} // namespace

class TestConsumerAuthApi : public QObject
{
    Q_OBJECT

private:
    // Opens the test database for the row, fills offices and billing rows and starts the server.
#define START_API_SERVER(api, ...) NODUES_START_API_SERVER(api, insertBillingRows, __VA_ARGS__)

    static void insertBillingRows(Database &database)
    {
        insertBillingConnection(database, {u"1000000001"_s, u"Ramesh Kumar"_s, u"रमेश कुमार"_s, kMobile, u"2030201"_s,
                                    u"METERED"_s, u"WORKING"_s, u"DONE"_s, 0, u"2026-11-15"_s});
        insertBillingConnection(database, {u"1000000002"_s, u"Ramesh Kumar"_s, QString(), kMobile, u"2030202"_s,
                                    u"METERED"_s, u"WORKING"_s, u"DONE"_s, 125000, u"2026-11-15"_s});
        insertBillingConnection(database, {u"1000000003"_s, u"Sita Devi"_s, u"सीता देवी"_s, kMobile, u"2030301"_s,
                                    u"UNMETERED"_s, QString(), u"DONE"_s, -5000, QString()});
        insertBillingConnection(database, {u"2000000001"_s, u"Mohan Lal"_s, QString(), kOtherMobile, u"2030201"_s,
                                    u"METERED"_s, u"WORKING"_s, u"PENDING"_s, 0, u"2026-11-15"_s});
    }

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"nodues.*.info=false"_s);
    }

    void signInListsConnectionsAndSignsOut_data() { test::addBackendColumn(); }
    void signInListsConnectionsAndSignsOut()
    {
        START_API_SERVER(api);

        const HttpTestResponse otp = api.requestOtp(u"+91 98765-43210"_s);
        QCOMPARE(otp.status, 202);
        QCOMPARE(otp.header("Cache-Control"_ba), "no-store"_ba);
        const QJsonObject sent = jsonOf(otp);
        QCOMPARE(sent[u"mobile_masked"_s].toString(), u"98XXXXX210"_s);
        QCOMPARE(sent[u"expires_in_seconds"_s].toInt(), 600);
        QCOMPARE(sent[u"expires_at"_s].toString(), u"2026-12-04T10:10:00.000Z"_s);
        const QString challengeId = sent[u"challenge_id"_s].toString();
        QVERIFY(challengeId.size() >= 20);
        QVERIFY(!otp.body.contains(kMobile.toLatin1()));

        const QString code = api.deliveredCode(kMobile);
        QCOMPARE(code.size(), 6);
        const HttpTestResponse session = api.createSession(challengeId, code);
        QCOMPARE(session.status, 201);
        QVERIFY(!session.body.contains(code.toLatin1()));
        const QJsonObject created = jsonOf(session);
        const QString token = created[u"token"_s].toString();
        QCOMPARE(token.size(), 43);
        QCOMPARE(created[u"token_type"_s].toString(), u"Bearer"_s);
        QCOMPARE(created[u"expires_at"_s].toString(), u"2026-12-04T10:30:00.000Z"_s);
        QCOMPARE(created[u"expires_at_ist"_s].toString(), u"04-12-2026 16:00"_s); // 10:30 UTC
        QCOMPARE(created[u"absolute_expires_at"_s].toString(), u"2026-12-04T18:00:00.000Z"_s);
        QCOMPARE(created[u"mobile_masked"_s].toString(), u"98XXXXX210"_s);

        const HttpTestResponse listed = api.withToken("GET"_ba, "/api/v1/consumer/connections"_ba, token);
        QCOMPARE(listed.status, 200);
        QCOMPARE(listed.header("Cache-Control"_ba), "no-store"_ba);
        const QJsonObject list = jsonOf(listed);
        QCOMPARE(list[u"mobile_masked"_s].toString(), u"98XXXXX210"_s);
        QCOMPARE(list[u"all_eligible"_s].toBool(), false);
        QVERIFY(!listed.body.contains(kMobile.toLatin1()));
        const QJsonArray connections = list[u"connections"_s].toArray();
        QCOMPARE(connections.size(), 3);

        const QJsonObject clean = connections[0].toObject();
        QCOMPARE(clean[u"ivrs"_s].toString(), u"1000000001"_s);
        QCOMPARE(clean[u"name"_s].toString(), u"Ramesh Kumar"_s);
        QCOMPARE(clean[u"name_hi"_s].toString(), u"रमेश कुमार"_s);
        QCOMPARE(clean[u"address"_s].toString(), u"12 Shivaji Nagar, Bhopal"_s);
        QCOMPARE(clean[u"dc_code"_s].toString(), u"2030201"_s);
        QCOMPARE(clean[u"dc_name"_s].toString(), u"Arera Colony DC"_s);
        QCOMPARE(clean[u"dc_name_hi"_s].toString(), u"अरेरा कॉलोनी वितरण केंद्र"_s);
        QCOMPARE(clean[u"arrears_paise"_s].toInteger(), 0);
        QCOMPARE(clean[u"arrears"_s].toString(), u"₹0.00"_s);
        QCOMPARE(clean[u"bill_date"_s].toString(), u"2026-11-15"_s);
        QCOMPARE(clean[u"refreshed_at"_s].toString(), u"2026-12-01T00:30:00.000Z"_s);
        QCOMPARE(clean[u"eligible"_s].toBool(), true);
        const QJsonArray cleanChecks = clean[u"checks"_s].toArray();
        QCOMPARE(cleanChecks.size(), 3);
        QStringList checkCodes;
        for (const QJsonValue &check : cleanChecks) {
            checkCodes.append(check[u"check"_s].toString());
            QCOMPARE(check[u"passed"_s].toBool(), true);
            QCOMPARE(check[u"applicable"_s].toBool(), true);
            QCOMPARE(check[u"remedy"_s].toString(), QString());
        }
        QCOMPARE(checkCodes, (QStringList{u"dues"_s, u"ekyc"_s, u"meter"_s}));

        const QJsonObject owing = connections[1].toObject();
        QCOMPARE(owing[u"ivrs"_s].toString(), u"1000000002"_s);
        QCOMPARE(owing[u"arrears_paise"_s].toInteger(), 125000);
        QCOMPARE(owing[u"arrears"_s].toString(), u"₹1,250.00"_s);
        QCOMPARE(owing[u"eligible"_s].toBool(), false);
        const QJsonObject dues = owing[u"checks"_s].toArray()[0].toObject();
        QCOMPARE(dues[u"check"_s].toString(), u"dues"_s);
        QCOMPARE(dues[u"passed"_s].toBool(), false);
        QVERIFY2(dues[u"reason"_s].toString().contains(u"₹1,250.00"_s), qPrintable(dues[u"reason"_s].toString()));
        QVERIFY(!dues[u"remedy"_s].toString().isEmpty());

        const QJsonObject credit = connections[2].toObject();
        QCOMPARE(credit[u"ivrs"_s].toString(), u"1000000003"_s);
        QCOMPARE(credit[u"arrears_paise"_s].toInteger(), -5000);
        QCOMPARE(credit[u"arrears"_s].toString(), u"-₹50.00"_s);
        QVERIFY(credit[u"bill_date"_s].isNull());
        QCOMPARE(credit[u"eligible"_s].toBool(), true);
        const QJsonObject meter = credit[u"checks"_s].toArray()[2].toObject();
        QCOMPARE(meter[u"check"_s].toString(), u"meter"_s);
        QCOMPARE(meter[u"applicable"_s].toBool(), false);
        QCOMPARE(meter[u"passed"_s].toBool(), true);

        const HttpTestResponse signedOut = api.withToken("DELETE"_ba, "/api/v1/consumer/session"_ba, token);
        QCOMPARE(signedOut.status, 204);
        QVERIFY(signedOut.body.isEmpty());
        const HttpTestResponse after = api.withToken("GET"_ba, "/api/v1/consumer/connections"_ba, token);
        QCOMPARE(after.status, 401);
        QCOMPARE(errorCodeOf(after), u"session_revoked"_s);
        QVERIFY(after.header("WWW-Authenticate"_ba).startsWith("Bearer"));
        QCOMPARE(api.withToken("DELETE"_ba, "/api/v1/consumer/session"_ba, token).status, 401);
    }

    void unknownMobileGetsTheSameAnswer_data() { test::addBackendColumn(); }
    void unknownMobileGetsTheSameAnswer()
    {
        START_API_SERVER(api);
        const HttpTestResponse known = api.requestOtp(kMobile);
        const HttpTestResponse unknown = api.requestOtp(kUnknownMobile);
        QCOMPARE(known.status, 202);
        QCOMPARE(unknown.status, 202);
        QCOMPARE(jsonOf(unknown).keys(), jsonOf(known).keys());
        QCOMPARE(jsonOf(unknown)[u"expires_in_seconds"_s], jsonOf(known)[u"expires_in_seconds"_s]);
        QCOMPARE(jsonOf(unknown)[u"challenge_id"_s].toString().size(),
                 jsonOf(known)[u"challenge_id"_s].toString().size());
        QCOMPARE(jsonOf(unknown)[u"mobile_masked"_s].toString(), u"80XXXXX678"_s);
        QCOMPARE(unknown.header("Content-Type"_ba), known.header("Content-Type"_ba));

        // The mobile without a connection may sign in (for a "no connection found" certificate).
        const QString code = api.deliveredCode(kUnknownMobile);
        QCOMPARE(code.size(), 6);
        const HttpTestResponse session = api.createSession(jsonOf(unknown)[u"challenge_id"_s].toString(), code);
        QCOMPARE(session.status, 201);
        const HttpTestResponse listed =
            api.withToken("GET"_ba, "/api/v1/consumer/connections"_ba, jsonOf(session)[u"token"_s].toString());
        QCOMPARE(listed.status, 200);
        QCOMPARE(jsonOf(listed)[u"connections"_s].toArray().size(), 0);
        QCOMPARE(jsonOf(listed)[u"all_eligible"_s].toBool(), false);

        // The other mobile sees only its own connection.
        const QString token = api.signIn(kOtherMobile);
        const QJsonArray other =
            jsonOf(api.withToken("GET"_ba, "/api/v1/consumer/connections"_ba, token))[u"connections"_s].toArray();
        QCOMPARE(other.size(), 1);
        QCOMPARE(other[0][u"ivrs"_s].toString(), u"2000000001"_s);
        QCOMPARE(other[0][u"checks"_s].toArray()[1][u"passed"_s].toBool(), false); // e-KYC pending
    }

    void badRequestBodies_data() { test::addBackendColumn(); }
    void badRequestBodies()
    {
        START_API_SERVER(api, ApiSettings{100, 100, 100, 100, 900, 1000, 1000});
        const QByteArray otpPath = "/api/v1/consumer/otp"_ba;
        const QByteArray sessionPath = "/api/v1/consumer/session"_ba;

        HttpTestResponse response = api.request("POST"_ba, otpPath, "{\"mobile\": \"98765"_ba);
        QCOMPARE(response.status, 400);
        QCOMPARE(errorCodeOf(response), u"truncated_json"_s);
        response = api.request("POST"_ba, otpPath, "{\"mobile\" 9876543210}"_ba);
        QCOMPARE(response.status, 400);
        QCOMPARE(errorCodeOf(response), u"malformed_json"_s);
        response = api.request("POST"_ba, otpPath, "[\"9876543210\"]"_ba);
        QCOMPARE(response.status, 400);
        QCOMPARE(errorCodeOf(response), u"json_not_object"_s);
        response = api.request("POST"_ba, otpPath, "{\"mobile\": \"9876543210\"}"_ba, {{"Content-Type"_ba, "text/plain"_ba}});
        QCOMPARE(response.status, 415);
        response = api.request("POST"_ba, otpPath,
                               "{\"mobile\": \"9876543210\", \"pad\": \""_ba + QByteArray(ApiTestServer::kBodyLimitBytes, 'x') + "\"}"_ba);
        QCOMPARE(response.status, 413);
        response = api.request("POST"_ba, otpPath, "{\"mobile\": 9876543210}"_ba);
        QCOMPARE(response.status, 400);
        QCOMPARE(errorCodeOf(response), u"invalid_field_type"_s);
        QVERIFY(errorMessageOf(response).contains(u"\"mobile\" is a number"_s));
        response = api.request("POST"_ba, otpPath, "{\"phone\": \"9876543210\"}"_ba);
        QCOMPARE(response.status, 400);
        QCOMPARE(errorCodeOf(response), u"missing_field"_s);
        QVERIFY(errorMessageOf(response).contains(u"\"mobile\""_s));
        response = api.request("POST"_ba, otpPath, "{\"mobile\": \"12345\"}"_ba);
        QCOMPARE(response.status, 400);
        QCOMPARE(errorCodeOf(response), u"invalid_mobile"_s);
        QVERIFY2(errorMessageOf(response).contains(u"\"12345\""_s), qPrintable(errorMessageOf(response)));
        response = api.request("POST"_ba, otpPath, "{\"mobile\": \"9876543210\", \"language\": \"fr\"}"_ba);
        QCOMPARE(response.status, 400);
        QCOMPARE(errorCodeOf(response), u"invalid_language"_s);

        response = api.request("POST"_ba, sessionPath, "{\"challenge_id\": \"abc\", \"otp\": 123456}"_ba);
        QCOMPARE(response.status, 400);
        QCOMPARE(errorCodeOf(response), u"invalid_field_type"_s);
        response = api.request("POST"_ba, sessionPath, "{\"challenge_id\": \"abc\", \"otp\": \"12ab56\"}"_ba);
        QCOMPARE(response.status, 400);
        QCOMPARE(errorCodeOf(response), u"invalid_otp_format"_s);
        QVERIFY(!response.body.contains("12ab56"));
        response = api.request("POST"_ba, sessionPath, "{\"challenge_id\": \"abc\"}"_ba);
        QCOMPARE(response.status, 400);
        QCOMPARE(errorCodeOf(response), u"missing_field"_s);
        response = api.request("POST"_ba, sessionPath, "{\"challenge_id\": "_ba);
        QCOMPARE(response.status, 400);
        QCOMPARE(errorCodeOf(response), u"truncated_json"_s);

        // Nothing was issued by any of these.
        QCOMPARE(api.deliveredCode(kMobile), QString());
        QCOMPARE(api.spoolLineCount(), 0);
    }

    void wrongExpiredReusedAndForeignOtps_data() { test::addBackendColumn(); }
    void wrongExpiredReusedAndForeignOtps()
    {
        START_API_SERVER(api, ApiSettings{100, 100, 100, 100, 900, 1000, 1000});

        // Wrong, then right.
        HttpTestResponse otp = api.requestOtp(kMobile);
        QString challengeId = jsonOf(otp)[u"challenge_id"_s].toString();
        QString code = api.deliveredCode(kMobile);
        HttpTestResponse response = api.createSession(challengeId, otherCode(code));
        QCOMPARE(response.status, 401);
        QCOMPARE(errorCodeOf(response), u"otp_wrong"_s);
        QCOMPARE(jsonOf(response)[u"attempts_left"_s].toInt(), 4);
        QVERIFY(!response.body.contains(code.toLatin1()));
        QVERIFY(!response.body.contains(otherCode(code).toLatin1()));
        QCOMPARE(api.createSession(challengeId, code).status, 201);

        // Reused.
        response = api.createSession(challengeId, code);
        QCOMPARE(response.status, 401);
        QCOMPARE(errorCodeOf(response), u"otp_already_used"_s);

        // Expired.
        otp = api.requestOtp(kMobile);
        challengeId = jsonOf(otp)[u"challenge_id"_s].toString();
        code = api.deliveredCode(kMobile);
        api.clock.advanceSeconds(601);
        response = api.createSession(challengeId, code);
        QCOMPARE(response.status, 401);
        QCOMPARE(errorCodeOf(response), u"otp_expired"_s);

        // Issued for linking a connection, not for signing in.
        OtpIssueRequest issue;
        issue.recipientMobile = kOtherMobile;
        issue.clientAddress = u"127.0.0.1"_s;
        issue.language = u"en"_s;
        issue.actor = u"consumer:98XXXXX210"_s;
        OtpIssueResult issued;
        QString error;
        QVERIFY2(api.context->otpService().issue(OtpBinding::linkConnection(kMobile, u"2000000001"_s), issue, &issued,
                                                 &error),
                 qPrintable(error));
        QCOMPARE(issued.status, OtpIssueStatus::Issued);
        code = api.deliveredCode(kOtherMobile);
        QCOMPARE(code.size(), 6);
        response = api.createSession(issued.challengeId, code);
        QCOMPARE(response.status, 401);
        QCOMPARE(errorCodeOf(response), u"otp_wrong_purpose"_s);

        // Unknown and malformed challenge ids.
        response = api.createSession(u"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"_s, u"123456"_s);
        QCOMPARE(response.status, 401);
        QCOMPARE(errorCodeOf(response), u"otp_not_found"_s);
        response = api.createSession(u"'; DROP TABLE otp_challenge; --"_s, u"123456"_s);
        QCOMPARE(response.status, 401);
        QCOMPARE(errorCodeOf(response), u"otp_not_found"_s);

        // Five wrong tries kill the code, even for the right code afterwards.
        otp = api.requestOtp(kOtherMobile);
        challengeId = jsonOf(otp)[u"challenge_id"_s].toString();
        code = api.deliveredCode(kOtherMobile);
        for (int attemptsLeft = 4; attemptsLeft >= 0; --attemptsLeft) {
            response = api.createSession(challengeId, otherCode(code));
            QCOMPARE(errorCodeOf(response), u"otp_wrong"_s);
            QCOMPARE(jsonOf(response)[u"attempts_left"_s].toInt(), attemptsLeft);
        }
        response = api.createSession(challengeId, code);
        QCOMPARE(response.status, 401);
        QCOMPARE(errorCodeOf(response), u"otp_too_many_attempts"_s);
    }

    void tooManySends_data() { test::addBackendColumn(); }
    void tooManySends()
    {
        START_API_SERVER(api, ApiSettings{5, 1, 100, 100, 900, 1000, 1000});
        for (int i = 0; i < 3; ++i)
            QCOMPARE(api.requestOtp(kMobile).status, 202);
        HttpTestResponse response = api.requestOtp(kMobile);
        QCOMPARE(response.status, 429);
        QCOMPARE(errorCodeOf(response), u"too_many_codes_for_mobile"_s);
        const int retryAfter = response.header("Retry-After"_ba).toInt();
        QVERIFY2(retryAfter > 0 && retryAfter <= 900, response.header("Retry-After"_ba).constData());

        // The fifth request of the burst still goes through for another mobile ...
        QCOMPARE(api.requestOtp(kUnknownMobile).status, 202);
        // ... and the sixth is refused by the per-address rate limit.
        response = api.requestOtp(kOtherMobile);
        QCOMPARE(response.status, 429);
        QCOMPARE(errorCodeOf(response), u"too_many_requests"_s);
        QCOMPARE(response.header("Retry-After"_ba), "60"_ba);

        // Once the window has passed, the mobile gets a code again.
        api.clock.advanceSeconds(15 * 60 + 1);
        QCOMPARE(api.requestOtp(kMobile).status, 202);
    }

    void missingOrBadTokens_data() { test::addBackendColumn(); }
    void missingOrBadTokens()
    {
        START_API_SERVER(api);
        HttpTestResponse response = api.request("GET"_ba, "/api/v1/consumer/connections"_ba);
        QCOMPARE(response.status, 401);
        QCOMPARE(errorCodeOf(response), u"missing_token"_s);
        QVERIFY(response.header("WWW-Authenticate"_ba).startsWith("Bearer"));
        response = api.request("GET"_ba, "/api/v1/consumer/connections"_ba, {},
                               {{"Authorization"_ba, "Basic dXNlcjpwYXNz"_ba}});
        QCOMPARE(errorCodeOf(response), u"missing_token"_s);
        response = api.withToken("GET"_ba, "/api/v1/consumer/connections"_ba, u"garbage"_s);
        QCOMPARE(response.status, 401);
        QCOMPARE(errorCodeOf(response), u"session_not_found"_s);
        response = api.withToken("GET"_ba, "/api/v1/consumer/connections"_ba,
                                 u"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"_s);
        QCOMPARE(errorCodeOf(response), u"session_not_found"_s);
        response = api.request("DELETE"_ba, "/api/v1/consumer/session"_ba);
        QCOMPARE(response.status, 401);
        QCOMPARE(errorCodeOf(response), u"missing_token"_s);

        // An idle session ends after 30 minutes.
        const QString token = api.signIn(kMobile);
        QCOMPARE(api.withToken("GET"_ba, "/api/v1/consumer/connections"_ba, token).status, 200);
        api.clock.advanceSeconds(31 * 60);
        response = api.withToken("GET"_ba, "/api/v1/consumer/connections"_ba, token);
        QCOMPARE(response.status, 401);
        QCOMPARE(errorCodeOf(response), u"session_expired"_s);
    }

    void purgeJobRemovesEndedRows_data() { test::addBackendColumn(); }
    void purgeJobRemovesEndedRows()
    {
        START_API_SERVER(api);
        const QString token = api.signIn(kMobile);
        QVERIFY(!token.isEmpty());
        QCOMPARE(api.requestOtp(kOtherMobile).status, 202);
        QCOMPARE(api.withToken("DELETE"_ba, "/api/v1/consumer/session"_ba, token).status, 204);

        const auto count = [&api](const QString &sql) {
            QString error;
            QSqlDatabase db = api.db->database().connection(&error);
            QSqlQuery query(db);
            return execPlain(query, sql, &error) && query.next() ? query.value(0).toInt() : -1;
        };
        SecurityPurgeJob job(*api.context, 3600);
        QVERIFY(job.runOnce());
        QCOMPARE(count(u"SELECT COUNT(*) FROM otp_challenge"_s), 2); // neither expired yet
        api.clock.advanceSeconds(1);
        QVERIFY(job.runOnce());
        QCOMPARE(count(u"SELECT COUNT(*) FROM auth_session"_s), 0); // revoked before now

        api.clock.advanceSeconds(10 * 60 + 15 * 60 + 1);
        QVERIFY(job.runOnce());
        QCOMPARE(count(u"SELECT COUNT(*) FROM otp_challenge"_s), 0);

        // The thread runs a first pass at once and stops promptly.
        job.start();
        job.stop();
    }
};

QTEST_GUILESS_MAIN(TestConsumerAuthApi)
#include "TestConsumerAuthApi.moc"
