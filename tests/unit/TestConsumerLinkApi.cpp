// Linking and unlinking connections by IVRS over real HTTP on loopback, on SQLite and PostgreSQL,
// with OTPs read from the file SMS gateway's spool as the other phone would receive them.

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

const QString kMobile = u"9876543210"_s;      // the consumer: two connections
const QString kOtherMobile = u"9123456780"_s; // billed for 2000000001 and 2000000002
const QString kOwnFirst = u"1000000001"_s;
const QString kOwnSecond = u"1000000002"_s;
const QString kForeign = u"2000000001"_s;
const QString kForeignSecond = u"2000000002"_s;
const QString kNoMobile = u"3000000001"_s;

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
#define START_API_SERVER(api, ...) NODUES_START_API_SERVER(api, insertBillingRows, __VA_ARGS__)

    static void insertBillingRows(Database &database)
    {
        insertBillingConnection(database, {kOwnFirst, u"Ramesh Kumar"_s, u"रमेश कुमार"_s, kMobile, u"2030201"_s, u"METERED"_s,
                                    u"WORKING"_s, u"DONE"_s, 0, u"2026-11-15"_s});
        insertBillingConnection(database, {kOwnSecond, u"Ramesh Kumar"_s, QString(), kMobile, u"2030202"_s, u"METERED"_s,
                                    u"WORKING"_s, u"DONE"_s, 125000, u"2026-11-15"_s});
        insertBillingConnection(database, {kForeign, u"Mohan Lal"_s, QString(), kOtherMobile, u"2030201"_s, u"METERED"_s,
                                    u"WORKING"_s, u"DONE"_s, 0, u"2026-11-15"_s});
        insertBillingConnection(database, {kForeignSecond, u"Mohan Lal"_s, QString(), kOtherMobile, u"2030201"_s,
                                    u"METERED"_s, u"WORKING"_s, u"DONE"_s, 0, u"2026-11-15"_s});
        insertBillingConnection(database, {kNoMobile, u"Kamla Bai"_s, QString(), QString(), u"2030301"_s, u"UNMETERED"_s,
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
        // The holder of the other phone sees who asks, masked, and never the full number.
        QVERIFY2(api.lastBody(kOtherMobile).contains(u"98XXXXX210"_s), qPrintable(api.lastBody(kOtherMobile)));
        QVERIFY(!api.lastBody(kOtherMobile).contains(kMobile));
        QCOMPARE(api.lastBody(kMobile), signInBody);

        const HttpTestResponse wrong =
            api.withToken("POST"_ba, confirmTarget(kForeign), token, confirmBody(challengeId, otherCode(code)));
        QCOMPARE(wrong.status, 422);
        QCOMPARE(errorCodeOf(wrong), u"otp_wrong"_s);
        QCOMPARE(jsonOf(wrong)[u"attempts_left"_s].toInt(), 4);
        // A code that is not six digits is refused before it can cost a try.
        const HttpTestResponse malformed =
            api.withToken("POST"_ba, confirmTarget(kForeign), token, confirmBody(challengeId, u"12a4"_s));
        QCOMPARE(malformed.status, 400);
        QCOMPARE(errorCodeOf(malformed), u"invalid_otp_format"_s);
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
        QCOMPARE(reused.status, 422);
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
        QCOMPARE(foreign.status, 422);
        QCOMPARE(errorCodeOf(foreign), u"otp_wrong_purpose"_s);
        QCOMPARE(storedLinkState(api.db->database(), kMobile, kForeignSecond), u"none"_s);

        // Nor can the sign-in code of the consumer link anything.
        const HttpTestResponse signInOtp = api.requestOtp(kMobile);
        QCOMPARE(signInOtp.status, 202);
        const QString signInCode = api.deliveredCode(kMobile);
        const HttpTestResponse signInUsed = api.withToken(
            "POST"_ba, confirmTarget(kForeign), token,
            confirmBody(jsonOf(signInOtp)[u"challenge_id"_s].toString(), signInCode));
        QCOMPARE(signInUsed.status, 422);
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
        QCOMPARE(hijack.status, 422);
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
        QCOMPARE(noChallenge.status, 422);
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
        // No billing mobile shows that the connection is the consumer's, so another person's
        // name, address and dues stay hidden until the DC confirms the link.
        QCOMPARE(jsonOf(linked)[u"details_hidden"_s].toBool(), true);
        QVERIFY(jsonOf(linked)[u"name"_s].isNull());
        QVERIFY(jsonOf(linked)[u"address"_s].isNull());
        QVERIFY(jsonOf(linked)[u"arrears_paise"_s].isNull());
        QVERIFY(!linked.body.contains("Kamla"));
        QVERIFY(!linked.body.contains("Shivaji"));
        QCOMPARE(jsonOf(linked)[u"dc_code"_s].toString(), u"2030301"_s);
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
