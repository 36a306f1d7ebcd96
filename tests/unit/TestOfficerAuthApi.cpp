// Officer sign-in over real HTTP on loopback, on SQLite and PostgreSQL: the password step with
// its lockout per username and client address, the OTP step bound to the officer, the session on
// /api/v1/officer/me, sign-out, disabled accounts, tokens and codes that belong to someone else,
// and responses that must not reveal whether a username exists. Requests from other client
// addresses come from other loopback addresses (127.0.0.2 and up).

#include "ApiTestServer.h"
#include "ApplicationFixtures.h"
#include "OfficeFixtures.h"
#include "SignedPdfFixtures.h"
#include "api/SecurityPurgeJob.h"
#include "officers/OfficerStore.h"
#include "officers/PasswordHasher.h"
#include "officers/SigningCertificate.h"
#include "officers/SigningCertificateStore.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;
using namespace nodues::test;

namespace {

const QByteArray kPassword = "Correct-Horse-42";
const QString kClerk = u"rkumar"_s; // clerk at DC 2030201
const QString kClerkMobile = u"9425000001"_s;
const QString kDivisionOfficer = u"dgm.city"_s; // division 20302: DCs 2030201 and 2030202
const QString kDivisionOfficerMobile = u"9425000002"_s;
const QString kDevice = u"DC-Arera-PC1"_s;
const QString kConsumerMobile = u"9876543210"_s;
const QString kConsumerIvrs = u"1000000001"_s;

void insertBillingRows(Database &database)
{
    insertBillingConnection(database, {kConsumerIvrs, u"Ramesh Kumar"_s, QString(), kConsumerMobile, u"2030201"_s,
                                       u"METERED"_s, u"WORKING"_s, u"DONE"_s, 0, u"2026-11-15"_s});
}

// Adds the clerk and the division officer, both with kPassword. Fails the running test on error.
void addOfficers(ApiTestServer &api)
{
    OfficerStore store(api.db->database(), api.clock, PasswordHasher::Cost::Interactive);
    const QList<NewOfficer> officers = {
        {kClerk, u"Rakesh Kumar"_s, u"राकेश कुमार"_s, u"Junior Engineer"_s, kClerkMobile, u"clerk"_s, u"2030201"_s,
         u"कनिष्ठ यंत्री"_s},
        {kDivisionOfficer, u"Sunita Verma"_s, u"सुनीता वर्मा"_s, u"DGM (City)"_s, kDivisionOfficerMobile,
         u"division_officer"_s, u"20302"_s},
    };
    for (const NewOfficer &officer : officers) {
        QString error;
        QVERIFY2(store.add(officer, kPassword, u"test"_s, &error), qPrintable(error));
    }
}

QByteArray signInBody(const QString &username, const QByteArray &password, const QString &deviceName = kDevice)
{
    return jsonBytes(
        {{u"username"_s, username}, {u"password"_s, QString::fromUtf8(password)}, {u"device_name"_s, deviceName}});
}

QByteArray sessionBody(const QString &username, const QString &challengeId, const QString &otp,
                       const QString &deviceName = kDevice)
{
    return jsonBytes(
        {{u"username"_s, username}, {u"challenge_id"_s, challengeId}, {u"otp"_s, otp}, {u"device_name"_s, deviceName}});
}

HttpTestResponse passwordStep(ApiTestServer &api, const QString &username, const QByteArray &password = kPassword)
{
    return api.request("POST"_ba, "/api/v1/officer/sign-in"_ba, signInBody(username, password));
}

// The password step sent from another loopback address, which the server takes as the client
// address. Fails the running test when no response arrives.
HttpTestResponse passwordStepFrom(ApiTestServer &api, const QString &address, const QString &username,
                                  const QByteArray &password = kPassword)
{
    HttpTestClient client(api.server->port());
    if (!client.socket().bind(QHostAddress(address)) || !client.connectToServer()) {
        QTest::qFail(qPrintable(u"Could not connect from %1"_s.arg(address)), __FILE__, __LINE__);
        return {};
    }
    const std::optional<HttpTestResponse> response =
        client.request("POST"_ba, "/api/v1/officer/sign-in"_ba, {{"Content-Type"_ba, "application/json"_ba}},
                       signInBody(username, password));
    if (!response) {
        QTest::qFail("No response from the test server", __FILE__, __LINE__);
        return {};
    }
    return *response;
}

HttpTestResponse otpStep(ApiTestServer &api, const QString &username, const QString &challengeId, const QString &otp)
{
    return api.request("POST"_ba, "/api/v1/officer/session"_ba, sessionBody(username, challengeId, otp));
}

// Runs both sign-in steps and returns the bearer token (empty, with the test failed, on error).
QString signInOfficer(ApiTestServer &api, const QString &username, const QString &mobile)
{
    const HttpTestResponse password = passwordStep(api, username);
    if (password.status != 202) {
        QTest::qFail(password.body.constData(), __FILE__, __LINE__);
        return {};
    }
    const QString code = api.deliveredCode(mobile);
    const HttpTestResponse session = otpStep(api, username, jsonOf(password)[u"challenge_id"_s].toString(), code);
    if (session.status != 201) {
        QTest::qFail(session.body.constData(), __FILE__, __LINE__);
        return {};
    }
    return jsonOf(session)[u"token"_s].toString();
}

HttpTestResponse showMe(ApiTestServer &api, const QString &token)
{
    return api.withToken("GET"_ba, "/api/v1/officer/me"_ba, token);
}

qint64 sessionCount(ApiTestServer &api)
{
    return countRows(api.db->database(), u"SELECT COUNT(*) FROM auth_session"_s);
}

QByteArray spoolContents(const ApiTestServer &api)
{
    QFile spool(api.spoolPath);
    return spool.open(QIODevice::ReadOnly) ? spool.readAll() : QByteArray();
}

} // namespace

class TestOfficerAuthApi : public QObject
{
    Q_OBJECT

private:
    // The send caps and rate limits have their own test. The other flows send more requests
    // and codes than the defaults allow within a few simulated minutes.
    static server::ApiSettings roomyApiSettings() { return {100, 100, 100, 100, 900, 1000, 1000}; }
    static OtpSettings roomyOtpSettings()
    {
        OtpSettings settings;
        settings.maxCodesPerMobile = 100;
        settings.maxCodesPerMobileAllAddresses = 1000;
        settings.maxCodesPerAddress = 1000;
        return settings;
    }

#define START_OFFICER_API_SERVER(api)                                                                                  \
    NODUES_START_API_SERVER(api, insertBillingRows, roomyApiSettings(), roomyOtpSettings(), {},                        \
                            PasswordHasher::Cost::Interactive);                                                        \
    addOfficers(api);                                                                                                  \
    if (QTest::currentTestFailed())                                                                                    \
        return;

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"nodues.*.info=false"_s);
    }

    void clerkSignsInAndOut_data()
    {
        addBackendColumn();
    }
    void clerkSignsInAndOut()
    {
        START_OFFICER_API_SERVER(api);

        // Step 1: the password sends an OTP to the registered mobile.
        const HttpTestResponse password = passwordStep(api, kClerk);
        QCOMPARE(password.status, 202);
        QCOMPARE(password.header("Cache-Control"_ba), "no-store"_ba);
        const QJsonObject challenge = jsonOf(password);
        QCOMPARE(challenge[u"challenge_id"_s].toString().size(), 22);
        QCOMPARE(challenge[u"expires_in_seconds"_s].toInt(), 600);
        QCOMPARE(challenge[u"expires_at"_s].toString(), u"2026-12-04T10:10:00.000Z"_s);
        QCOMPARE(challenge[u"sent_to_masked"_s].toString(), u"94XXXXX001"_s);
        QVERIFY(!password.body.contains(kClerkMobile.toLatin1()));
        const QString code = api.deliveredCode(kClerkMobile);
        QCOMPARE(code.size(), 6);
        QCOMPARE(sessionCount(api), 0);

        // Step 2: the code opens a session bound to the named device.
        const HttpTestResponse session = otpStep(api, kClerk, challenge[u"challenge_id"_s].toString(), code);
        QCOMPARE(session.status, 201);
        QCOMPARE(session.header("Cache-Control"_ba), "no-store"_ba);
        const QJsonObject created = jsonOf(session);
        const QString token = created[u"token"_s].toString();
        QCOMPARE(token.size(), 43);
        QCOMPARE(created[u"token_type"_s].toString(), u"Bearer"_s);
        QCOMPARE(created[u"expires_at"_s].toString(), u"2026-12-04T22:00:00.000Z"_s);
        QCOMPARE(created[u"absolute_expires_at"_s].toString(), u"2026-12-04T22:00:00.000Z"_s);
        QCOMPARE(created[u"device_name"_s].toString(), kDevice);
        const QJsonObject officer = created[u"officer"_s].toObject();
        QCOMPARE(officer[u"username"_s].toString(), kClerk);
        QCOMPARE(officer[u"role"_s].toString(), u"clerk"_s);
        QCOMPARE(officer[u"office_code"_s].toString(), u"2030201"_s);
        QCOMPARE(officer[u"dc_codes"_s].toArray(), QJsonArray{u"2030201"_s});
        QVERIFY(!session.body.contains(kClerkMobile.toLatin1()));
        QCOMPARE(
            countRows(api.db->database(),
                      u"SELECT COUNT(*) FROM auth_session WHERE subject_type = 'officer' AND device_name = :device"_s,
                      {{u"device"_s, kDevice}}),
            1);

        // The code is used up: a replay opens no second session.
        const HttpTestResponse replay = otpStep(api, kClerk, challenge[u"challenge_id"_s].toString(), code);
        QCOMPARE(replay.status, 401);
        QCOMPARE(errorCodeOf(replay), u"otp_already_used"_s);
        QCOMPARE(sessionCount(api), 1);

        // The token works on the officer routes.
        const HttpTestResponse me = showMe(api, token);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.header("Cache-Control"_ba), "no-store"_ba);
        const QJsonObject shown = jsonOf(me);
        QCOMPARE(shown[u"username"_s].toString(), kClerk);
        QCOMPARE(shown[u"name"_s].toString(), u"Rakesh Kumar"_s);
        QCOMPARE(shown[u"name_hi"_s].toString(), u"राकेश कुमार"_s);
        QCOMPARE(shown[u"designation"_s].toString(), u"Junior Engineer"_s);
        QCOMPARE(shown[u"designation_hi"_s].toString(), u"कनिष्ठ यंत्री"_s);
        QCOMPARE(shown[u"role"_s].toString(), u"clerk"_s);
        QCOMPARE(shown[u"role_title"_s].toString(), u"DC clerk"_s);
        QCOMPARE(shown[u"office_code"_s].toString(), u"2030201"_s);
        QCOMPARE(shown[u"office_name"_s].toString(), u"Arera Colony DC"_s);
        QCOMPARE(shown[u"office_name_hi"_s].toString(), u"अरेरा कॉलोनी वितरण केंद्र"_s);
        QCOMPARE(shown[u"mobile_masked"_s].toString(), u"94XXXXX001"_s);
        QCOMPARE(shown[u"dc_codes"_s].toArray(), QJsonArray{u"2030201"_s});
        QCOMPARE(shown[u"has_signing_certificate"_s].toBool(), false);
        QVERIFY(shown[u"signing_certificate_sha256"_s].isNull());

        // Sign-out ends the session, and the token is rejected afterwards.
        const HttpTestResponse signOut = api.withToken("DELETE"_ba, "/api/v1/officer/session"_ba, token);
        QCOMPARE(signOut.status, 204);
        QVERIFY(signOut.body.isEmpty());
        const HttpTestResponse afterSignOut = showMe(api, token);
        QCOMPARE(afterSignOut.status, 401);
        QCOMPARE(errorCodeOf(afterSignOut), u"session_revoked"_s);
        QVERIFY(afterSignOut.header("WWW-Authenticate"_ba).startsWith("Bearer"));
        const HttpTestResponse secondSignOut = api.withToken("DELETE"_ba, "/api/v1/officer/session"_ba, token);
        QCOMPARE(secondSignOut.status, 401);
        QCOMPARE(errorCodeOf(secondSignOut), u"session_revoked"_s);
        const HttpTestResponse anonymous = api.request("GET"_ba, "/api/v1/officer/me"_ba);
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(errorCodeOf(anonymous), u"missing_token"_s);

        QCOMPARE(countRows(api.db->database(), u"SELECT COUNT(*) FROM audit_log WHERE action = 'session.create'"_s), 1);
        QCOMPARE(countRows(api.db->database(), u"SELECT COUNT(*) FROM audit_log WHERE action = 'session.sign_out'"_s),
                 1);
    }

    void divisionOfficerSeesDivisionDcs_data()
    {
        addBackendColumn();
    }
    void divisionOfficerSeesDivisionDcs()
    {
        START_OFFICER_API_SERVER(api);
        const QString token = signInOfficer(api, kDivisionOfficer, kDivisionOfficerMobile);
        QVERIFY(!token.isEmpty());

        const HttpTestResponse me =
            api.request("GET"_ba, "/api/v1/officer/me"_ba, {},
                        {{"Authorization"_ba, "Bearer "_ba + token.toLatin1()}, {"Accept-Language"_ba, "hi"_ba}});
        QCOMPARE(me.status, 200);
        const QJsonObject shown = jsonOf(me);
        QCOMPARE(shown[u"role"_s].toString(), u"division_officer"_s);
        QCOMPARE(shown[u"office_code"_s].toString(), u"20302"_s);
        QCOMPARE(shown[u"office_name"_s].toString(), u"Bhopal City (East)"_s);
        // The DCs under division 20302, not 2030301 under the other division.
        QCOMPARE(shown[u"dc_codes"_s].toArray(), (QJsonArray{u"2030201"_s, u"2030202"_s}));
        QCOMPARE(shown[u"mobile_masked"_s].toString(), u"94XXXXX002"_s);
        QVERIFY(!shown[u"role_title"_s].toString().isEmpty());
        QVERIFY2(shown[u"role_title"_s].toString() != u"division officer"_s,
                 "Accept-Language: hi should give the Hindi role title");
    }

    void wrongPasswordLooksLikeUnknownUser_data()
    {
        addBackendColumn();
    }
    void wrongPasswordLooksLikeUnknownUser()
    {
        START_OFFICER_API_SERVER(api);
        const HttpTestResponse wrongPassword = passwordStep(api, kClerk, "Correct-Horse-43");
        const HttpTestResponse unknownUser = passwordStep(api, u"nobody"_s, kPassword);

        for (const HttpTestResponse &response : {wrongPassword, unknownUser}) {
            QCOMPARE(response.status, 401);
            QCOMPARE(errorCodeOf(response), u"invalid_credentials"_s);
            QCOMPARE(errorMessageOf(response), u"The username or the password is wrong. After repeated failures, "
                                               "sign-in with this username locks for a while."_s);
            QCOMPARE(response.header("WWW-Authenticate"_ba), "Bearer realm=\"nodues\""_ba);
        }
        QCOMPARE(wrongPassword.body, unknownUser.body);

        // Neither sent an OTP or opened a session.
        QVERIFY(api.deliverOutbox());
        QCOMPARE(api.spoolLineCount(), 0);
        QCOMPARE(countRows(api.db->database(), u"SELECT COUNT(*) FROM otp_challenge"_s), 0);
        QCOMPARE(sessionCount(api), 0);
    }

    void lockoutAfterFiveFailures_data()
    {
        addBackendColumn();
    }
    void lockoutAfterFiveFailures()
    {
        START_OFFICER_API_SERVER(api);
        for (int failure = 1; failure <= 4; ++failure) {
            const HttpTestResponse response = passwordStep(api, kClerk, "Correct-Horse-43");
            QCOMPARE(response.status, 401);
            QCOMPARE(errorCodeOf(response), u"invalid_credentials"_s);
        }

        // The fifth failure locks the username for this client address for 15 minutes, until
        // 10:15 UTC (15:45 IST), and the server logs a warning that names the officer.
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(u"^Locked officer rkumar until .* for client address 127\\.0\\.0\\.1 "_s));
        const HttpTestResponse locking = passwordStep(api, kClerk, "Correct-Horse-43");
        QCOMPARE(locking.status, 423);
        QCOMPARE(errorCodeOf(locking), u"account_locked"_s);
        QCOMPARE(errorMessageOf(locking),
                 u"Too many failed sign-ins with this username from your network address: sign-in from it is "
                 "locked until 04-12-2026 15:45 IST. Try again then, or ask an administrator to set a new "
                 "password."_s);
        QCOMPARE(locking.header("Retry-After"_ba), "900"_ba);

        // While locked, even the right password is rejected, and no OTP goes out.
        api.clock.advanceSeconds(60);
        const HttpTestResponse rightWhileLocked = passwordStep(api, kClerk);
        QCOMPARE(rightWhileLocked.status, 423);
        QCOMPARE(errorCodeOf(rightWhileLocked), u"account_locked"_s);
        QCOMPARE(rightWhileLocked.header("Retry-After"_ba), "840"_ba);
        api.clock.advanceSeconds(839);
        const HttpTestResponse lastSecond = passwordStep(api, kClerk);
        QCOMPARE(lastSecond.status, 423);
        QCOMPARE(lastSecond.header("Retry-After"_ba), "1"_ba);
        QCOMPARE(countRows(api.db->database(), u"SELECT COUNT(*) FROM otp_challenge"_s), 0);

        // The lock holds only for this address: from another one the officer signs in as usual.
        const HttpTestResponse otherAddress = passwordStepFrom(api, u"127.0.0.2"_s, kClerk);
        QCOMPARE(otherAddress.status, 202);
        const QString otherCode = api.deliveredCode(kClerkMobile);
        QCOMPARE(otpStep(api, kClerk, jsonOf(otherAddress)[u"challenge_id"_s].toString(), otherCode).status, 201);

        // Another officer is not affected by the lock.
        QCOMPARE(passwordStep(api, kDivisionOfficer).status, 202);

        // Once the lock ends, the right password works again.
        api.clock.advanceSeconds(1);
        const HttpTestResponse afterLock = passwordStep(api, kClerk);
        QCOMPARE(afterLock.status, 202);
        const QString code = api.deliveredCode(kClerkMobile);
        QCOMPARE(otpStep(api, kClerk, jsonOf(afterLock)[u"challenge_id"_s].toString(), code).status, 201);

        QCOMPARE(countRows(api.db->database(), u"SELECT COUNT(*) FROM audit_log WHERE action = 'officer.locked'"_s), 1);
        QCOMPARE(
            countRows(api.db->database(), u"SELECT COUNT(*) FROM audit_log WHERE action = 'officer.sign_in_failed'"_s),
            5);
        QCOMPARE(countRows(api.db->database(), u"SELECT COUNT(*) FROM audit_log WHERE details LIKE '%Correct-Horse%'"
                                               " OR entity_id LIKE '%Correct-Horse%'"_s),
                 0);
    }

    void strangerCannotLockOutOffice_data()
    {
        addBackendColumn();
    }
    void strangerCannotLockOutOffice()
    {
        START_OFFICER_API_SERVER(api);
        const QString stranger = u"127.0.0.3"_s;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^Locked officer rkumar until .* for client address "
                                                              "127\\.0\\.0\\.3 "_s));
        for (int failure = 1; failure <= 5; ++failure)
            passwordStepFrom(api, stranger, kClerk, "Correct-Horse-43");
        QCOMPARE(passwordStepFrom(api, stranger, kClerk).status, 423);

        // The office's address never saw a failure, so the right password still sends an OTP.
        const HttpTestResponse office = passwordStep(api, kClerk);
        QCOMPARE(office.status, 202);
        const QString code = api.deliveredCode(kClerkMobile);
        QCOMPARE(otpStep(api, kClerk, jsonOf(office)[u"challenge_id"_s].toString(), code).status, 201);
        QCOMPARE(passwordStepFrom(api, stranger, kClerk).status, 423);
    }

    void unknownUsernameLocksAlike_data()
    {
        addBackendColumn();
    }
    void unknownUsernameLocksAlike()
    {
        START_OFFICER_API_SERVER(api);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^Locked officer rkumar until"_s));

        // The same failures give the same responses, byte for byte, for a real and an unknown
        // username, including the lock and its Retry-After.
        for (int attempt = 1; attempt <= 6; ++attempt) {
            const HttpTestResponse known = passwordStep(api, kClerk, "Correct-Horse-43");
            const HttpTestResponse unknown = passwordStep(api, u"nobody"_s, "Correct-Horse-43");
            QCOMPARE(known.status, attempt < 5 ? 401 : 423);
            QCOMPARE(unknown.status, known.status);
            QCOMPARE(unknown.body, known.body);
            QCOMPARE(unknown.header("Retry-After"_ba), known.header("Retry-After"_ba));
        }
        const HttpTestResponse knownRight = passwordStep(api, kClerk);
        const HttpTestResponse unknownRight = passwordStep(api, u"nobody"_s);
        QCOMPARE(knownRight.status, 423);
        QCOMPARE(unknownRight.body, knownRight.body);
        QCOMPARE(countRows(api.db->database(), u"SELECT COUNT(*) FROM otp_challenge"_s), 0);
    }

    void allAddressesCapStopsSpreadGuessing_data()
    {
        addBackendColumn();
    }
    void allAddressesCapStopsSpreadGuessing()
    {
        START_OFFICER_API_SERVER(api);

        // Four wrong passwords from each of twelve addresses: 48, under the cap of 50 from all
        // addresses, and no address locks.
        for (int host = 10; host < 22; ++host) {
            for (int failure = 0; failure < 4; ++failure) {
                const HttpTestResponse response =
                    passwordStepFrom(api, u"127.0.0.%1"_s.arg(host), kClerk, "Correct-Horse-43");
                QCOMPARE(response.status, 401);
            }
        }
        QCOMPARE(passwordStepFrom(api, u"127.0.0.22"_s, kClerk, "Correct-Horse-43").status, 401);

        // The fiftieth failure locks the username for every address, the office's too.
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(u"^Locked officer rkumar until .* for every client address "_s));
        const HttpTestResponse locking = passwordStepFrom(api, u"127.0.0.22"_s, kClerk, "Correct-Horse-43");
        QCOMPARE(locking.status, 423);
        QCOMPARE(errorCodeOf(locking), u"account_locked"_s);
        QCOMPARE(errorMessageOf(locking),
                 u"Too many failed sign-ins with this username from many network addresses: sign-in is locked "
                 "for every address until 04-12-2026 15:45 IST. Try again then, or ask an administrator to set a "
                 "new password."_s);
        const HttpTestResponse office = passwordStep(api, kClerk);
        QCOMPARE(office.status, 423);
        QCOMPARE(office.body, locking.body);
        QCOMPARE(countRows(api.db->database(), u"SELECT COUNT(*) FROM otp_challenge"_s), 0);

        // Other usernames are not affected, and the lock ends after 15 minutes.
        QCOMPARE(passwordStep(api, kDivisionOfficer).status, 202);
        api.clock.advanceSeconds(15 * 60);
        QCOMPARE(passwordStep(api, kClerk).status, 202);
    }

    void purgeJobForgetsOldFailures_data()
    {
        addBackendColumn();
    }
    void purgeJobForgetsOldFailures()
    {
        START_OFFICER_API_SERVER(api);
        QCOMPARE(passwordStep(api, kClerk, "Correct-Horse-43").status, 401);
        QCOMPARE(passwordStep(api, u"nobody"_s, "Correct-Horse-43").status, 401);
        const QString rows = u"SELECT COUNT(*) FROM officer_sign_in_failure"_s;
        QCOMPARE(countRows(api.db->database(), rows), 4);

        // The counts stay while they can still add up to a lock, and go once they cannot.
        server::SecurityPurgeJob job(*api.context, 3600);
        api.clock.advanceSeconds(15 * 60 - 1);
        QVERIFY(job.runOnce());
        QCOMPARE(countRows(api.db->database(), rows), 4);
        api.clock.advanceSeconds(1);
        QVERIFY(job.runOnce());
        QCOMPARE(countRows(api.db->database(), rows), 0);
    }

    void typedUsernameIsNormalized_data()
    {
        addBackendColumn();
    }
    void typedUsernameIsNormalized()
    {
        START_OFFICER_API_SERVER(api);
        const HttpTestResponse password = passwordStep(api, u" RKumar "_s);
        QCOMPARE(password.status, 202);
        const QString code = api.deliveredCode(kClerkMobile);
        const HttpTestResponse session =
            otpStep(api, u"RKUMAR"_s, jsonOf(password)[u"challenge_id"_s].toString(), code);
        QCOMPARE(session.status, 201);
        QCOMPARE(jsonOf(session)[u"officer"_s].toObject()[u"username"_s].toString(), kClerk);
    }

    void disabledOfficerIsRejected_data()
    {
        addBackendColumn();
    }
    void disabledOfficerIsRejected()
    {
        START_OFFICER_API_SERVER(api);
        OfficerStore store(api.db->database(), api.clock, PasswordHasher::Cost::Interactive);
        QString error;
        QVERIFY2(store.setDisabled(kClerk, true, u"transferred"_s, u"test"_s, &error), qPrintable(error));

        const HttpTestResponse rejected = passwordStep(api, kClerk);
        QCOMPARE(rejected.status, 403);
        QCOMPARE(errorCodeOf(rejected), u"account_disabled"_s);
        QCOMPARE(errorMessageOf(rejected), u"This officer account is disabled. Ask an administrator to enable it."_s);
        QCOMPARE(countRows(api.db->database(), u"SELECT COUNT(*) FROM otp_challenge"_s), 0);
        // A wrong password on a disabled account still reads as wrong credentials, so only someone
        // who knows the password learns that the account is disabled.
        QCOMPARE(errorCodeOf(passwordStep(api, kClerk, "Correct-Horse-43")), u"invalid_credentials"_s);
    }

    void disablingEndsLiveSession_data()
    {
        addBackendColumn();
    }
    void disablingEndsLiveSession()
    {
        START_OFFICER_API_SERVER(api);
        const QString token = signInOfficer(api, kClerk, kClerkMobile);
        QCOMPARE(showMe(api, token).status, 200);

        OfficerStore store(api.db->database(), api.clock, PasswordHasher::Cost::Interactive);
        QString error;
        QVERIFY2(store.setDisabled(kClerk, true, u"transferred"_s, u"test"_s, &error), qPrintable(error));
        const HttpTestResponse afterDisable = showMe(api, token);
        QCOMPARE(afterDisable.status, 401);
        // setDisabled() revokes the officer's sessions in its own transaction.
        QCOMPARE(errorCodeOf(afterDisable), u"session_revoked"_s);

        // Enabling the account again does not bring the session back.
        QVERIFY2(store.setDisabled(kClerk, false, {}, u"test"_s, &error), qPrintable(error));
        const HttpTestResponse afterEnable = showMe(api, token);
        QCOMPARE(afterEnable.status, 401);
        QCOMPARE(errorCodeOf(afterEnable), u"session_revoked"_s);
    }

    void disabledBetweenStepsGetsNoSession_data()
    {
        addBackendColumn();
    }
    void disabledBetweenStepsGetsNoSession()
    {
        START_OFFICER_API_SERVER(api);
        const HttpTestResponse password = passwordStep(api, kClerk);
        QCOMPARE(password.status, 202);
        const QString code = api.deliveredCode(kClerkMobile);

        OfficerStore store(api.db->database(), api.clock, PasswordHasher::Cost::Interactive);
        QString error;
        QVERIFY2(store.setDisabled(kClerk, true, u"transferred"_s, u"test"_s, &error), qPrintable(error));
        const HttpTestResponse session = otpStep(api, kClerk, jsonOf(password)[u"challenge_id"_s].toString(), code);
        QCOMPARE(session.status, 403);
        QCOMPARE(errorCodeOf(session), u"account_disabled"_s);
        QCOMPARE(sessionCount(api), 0);
    }

    void tokensStayOnTheirSide_data()
    {
        addBackendColumn();
    }
    void tokensStayOnTheirSide()
    {
        START_OFFICER_API_SERVER(api);
        const QString consumerToken = api.signIn(kConsumerMobile);
        const QString officerToken = signInOfficer(api, kClerk, kClerkMobile);
        QVERIFY(!consumerToken.isEmpty());
        QVERIFY(!officerToken.isEmpty());

        const HttpTestResponse consumerOnOfficer = showMe(api, consumerToken);
        QCOMPARE(consumerOnOfficer.status, 403);
        QCOMPARE(errorCodeOf(consumerOnOfficer), u"not_an_officer_session"_s);
        QCOMPARE(errorMessageOf(consumerOnOfficer),
                 u"This route is for officers; a consumer's token cannot be used here."_s);
        const HttpTestResponse consumerSignsOutOfficer =
            api.withToken("DELETE"_ba, "/api/v1/officer/session"_ba, consumerToken);
        QCOMPARE(consumerSignsOutOfficer.status, 403);
        QCOMPARE(errorCodeOf(consumerSignsOutOfficer), u"not_an_officer_session"_s);

        const HttpTestResponse officerOnConsumer =
            api.withToken("GET"_ba, "/api/v1/consumer/connections"_ba, officerToken);
        QCOMPARE(officerOnConsumer.status, 403);
        QCOMPARE(errorCodeOf(officerOnConsumer), u"not_a_consumer_session"_s);
        QCOMPARE(errorMessageOf(officerOnConsumer),
                 u"This route is for consumers; an officer's token cannot be used here."_s);
        const HttpTestResponse officerSignsOutConsumer =
            api.withToken("DELETE"_ba, "/api/v1/consumer/session"_ba, officerToken);
        QCOMPARE(officerSignsOutConsumer.status, 403);
        QCOMPARE(errorCodeOf(officerSignsOutConsumer), u"not_a_consumer_session"_s);

        // Both sessions are still alive after the rejections.
        QCOMPARE(showMe(api, officerToken).status, 200);
        QCOMPARE(api.withToken("GET"_ba, "/api/v1/consumer/connections"_ba, consumerToken).status, 200);
    }

    void foreignOtpDoesNotSignIn_data()
    {
        addBackendColumn();
    }
    void foreignOtpDoesNotSignIn()
    {
        START_OFFICER_API_SERVER(api);
        const QString notThisSignIn =
            u"This OTP does not complete this sign-in; enter your password again to get a new OTP."_s;

        // The division officer's code, presented under the clerk's username.
        const HttpTestResponse clerkPassword = passwordStep(api, kClerk);
        QCOMPARE(clerkPassword.status, 202);
        const HttpTestResponse otherPassword = passwordStep(api, kDivisionOfficer);
        QCOMPARE(otherPassword.status, 202);
        const QString otherChallenge = jsonOf(otherPassword)[u"challenge_id"_s].toString();
        const QString otherCode = api.deliveredCode(kDivisionOfficerMobile);
        const HttpTestResponse otherOfficers = otpStep(api, kClerk, otherChallenge, otherCode);
        QCOMPARE(otherOfficers.status, 401);
        QCOMPARE(errorCodeOf(otherOfficers), u"otp_not_found"_s);
        QCOMPARE(errorMessageOf(otherOfficers), notThisSignIn);
        QCOMPARE(jsonOf(otherOfficers)[u"attempts_left"_s].toInt(), 0);
        QVERIFY(!otherOfficers.body.contains("token"));
        // The misuse costs the code a try, as a wrong code would.
        QCOMPARE(countRows(api.db->database(), u"SELECT failed_attempts FROM otp_challenge WHERE challenge_id = :id"_s,
                           {{u"id"_s, otherChallenge}}),
                 1);

        // A consumer's sign-in code, presented for an officer.
        const HttpTestResponse consumerOtp = api.requestOtp(kConsumerMobile);
        QCOMPARE(consumerOtp.status, 202);
        const QString consumerChallenge = jsonOf(consumerOtp)[u"challenge_id"_s].toString();
        const QString consumerCode = api.deliveredCode(kConsumerMobile);
        const HttpTestResponse consumers = otpStep(api, kClerk, consumerChallenge, consumerCode);
        QCOMPARE(consumers.status, 401);
        QCOMPARE(errorCodeOf(consumers), u"otp_not_found"_s);
        QCOMPARE(errorMessageOf(consumers), notThisSignIn);

        // A real challenge under a username that does not exist reads as an unknown challenge.
        const HttpTestResponse unknownUser = otpStep(api, u"nobody"_s, otherChallenge, otherCode);
        QCOMPARE(unknownUser.status, 401);
        QCOMPARE(errorCodeOf(unknownUser), u"otp_not_found"_s);
        QCOMPARE(errorMessageOf(unknownUser), notThisSignIn);
        QCOMPARE(jsonOf(unknownUser)[u"attempts_left"_s].toInt(), 0);

        // An officer's code does not open a consumer session either.
        const HttpTestResponse officerCodeForConsumer = api.createSession(otherChallenge, otherCode);
        QCOMPARE(officerCodeForConsumer.status, 401);
        QCOMPARE(errorCodeOf(officerCodeForConsumer), u"otp_not_found"_s);
        QCOMPARE(sessionCount(api), 0);

        // The codes still work for the sign-ins they were sent for.
        QCOMPARE(otpStep(api, kDivisionOfficer, otherChallenge, otherCode).status, 201);
        QCOMPARE(api.createSession(consumerChallenge, consumerCode).status, 201);
        QCOMPARE(countRows(api.db->database(),
                           u"SELECT COUNT(*) FROM auth_session s JOIN officer o ON o.id = s.officer_id"
                           " WHERE o.username = :username"_s,
                           {{u"username"_s, kClerk}}),
                 0);
    }

    void sessionStepHidesUsernames_data()
    {
        addBackendColumn();
    }
    void sessionStepHidesUsernames()
    {
        START_OFFICER_API_SERVER(api);

        // Live codes of a consumer and of an officer, presented under a real username that they
        // do not belong to and under a username that does not exist.
        const HttpTestResponse consumerOtp = api.requestOtp(kConsumerMobile);
        QCOMPARE(consumerOtp.status, 202);
        const QString consumerChallenge = jsonOf(consumerOtp)[u"challenge_id"_s].toString();
        const QString consumerCode = api.deliveredCode(kConsumerMobile);
        const HttpTestResponse clerkPassword = passwordStep(api, kClerk);
        QCOMPARE(clerkPassword.status, 202);
        const QString clerkChallenge = jsonOf(clerkPassword)[u"challenge_id"_s].toString();
        const QString clerkCode = api.deliveredCode(kClerkMobile);

        const qint64 auditBefore =
            countRows(api.db->database(), u"SELECT COUNT(*) FROM audit_log WHERE action = 'otp.verify_failed'"_s);
        const QList<std::pair<QString, QString>> liveCodes = {{consumerChallenge, consumerCode},
                                                              {clerkChallenge, clerkCode}};
        for (const auto &[challenge, code] : liveCodes) {
            const HttpTestResponse known = otpStep(api, kDivisionOfficer, challenge, code);
            const HttpTestResponse unknown = otpStep(api, u"nobody"_s, challenge, code);
            QCOMPARE(known.status, 401);
            QCOMPARE(errorCodeOf(known), u"otp_not_found"_s);
            QCOMPARE(jsonOf(known)[u"attempts_left"_s].toInt(), 0);
            QCOMPARE(unknown.status, known.status);
            QCOMPARE(unknown.body, known.body);
            QCOMPARE(unknown.header("WWW-Authenticate"_ba), known.header("WWW-Authenticate"_ba));

            // Both did the same work: each cost the live code one try, visible to no one.
            QCOMPARE(countRows(api.db->database(),
                               u"SELECT failed_attempts FROM otp_challenge WHERE challenge_id = :id"_s,
                               {{u"id"_s, challenge}}),
                     2);
        }
        QCOMPARE(countRows(api.db->database(), u"SELECT COUNT(*) FROM audit_log WHERE action = 'otp.verify_failed'"_s),
                 auditBefore + 4);
        QCOMPARE(sessionCount(api), 0);

        // The codes still work for the sign-ins they were sent for.
        QCOMPARE(otpStep(api, kClerk, clerkChallenge, clerkCode).status, 201);
        QCOMPARE(api.createSession(consumerChallenge, consumerCode).status, 201);
    }

    void officerSignInSkipsAddressCap_data()
    {
        addBackendColumn();
    }
    void officerSignInSkipsAddressCap()
    {
        // The default OTP caps: 10 codes per client address, 3 per recipient mobile and address.
        NODUES_START_API_SERVER(api, insertBillingRows, roomyApiSettings(), {}, {}, PasswordHasher::Cost::Interactive);
        addOfficers(api);

        // Four officer sign-in codes from the office address do not count against it.
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(passwordStep(api, kClerk).status, 202);
            QCOMPARE(passwordStep(api, kDivisionOfficer).status, 202);
        }
        for (int i = 0; i < 10; ++i)
            QCOMPARE(api.requestOtp(u"98000000%1"_s.arg(i, 2, 10, QChar(u'0'))).status, 202);
        const HttpTestResponse consumerCapped = api.requestOtp(u"9800000099"_s);
        QCOMPARE(consumerCapped.status, 429);
        QCOMPARE(errorCodeOf(consumerCapped), u"too_many_codes_for_address"_s);

        // The full address does not refuse an officer's sign-in code; the cap per officer still
        // applies.
        const HttpTestResponse officer = passwordStep(api, kClerk);
        QCOMPARE(officer.status, 202);
        const QString code = api.deliveredCode(kClerkMobile);
        QCOMPARE(otpStep(api, kClerk, jsonOf(officer)[u"challenge_id"_s].toString(), code).status, 201);
        const HttpTestResponse officerCapped = passwordStep(api, kClerk);
        QCOMPARE(officerCapped.status, 429);
        QCOMPARE(errorCodeOf(officerCapped), u"too_many_codes_for_officer"_s);
    }

    void deviceNameIsChecked_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QJsonValue>("deviceName");
        QTest::addColumn<QString>("expectedCode");
        for (const QString &backend : {u"sqlite"_s, u"postgres"_s}) {
            const QByteArray b = backend.toLatin1();
            QTest::addRow("%s-missing", b.constData())
                << backend << QJsonValue(QJsonValue::Undefined) << u"missing_field"_s;
            QTest::addRow("%s-null", b.constData()) << backend << QJsonValue(QJsonValue::Null) << u"missing_field"_s;
            QTest::addRow("%s-number", b.constData()) << backend << QJsonValue(7) << u"invalid_field_type"_s;
            QTest::addRow("%s-empty", b.constData()) << backend << QJsonValue(u""_s) << u"invalid_device_name"_s;
            QTest::addRow("%s-blank", b.constData()) << backend << QJsonValue(u" \t "_s) << u"invalid_device_name"_s;
            QTest::addRow("%s-65 characters", b.constData())
                << backend << QJsonValue(QString(65, u'x')) << u"invalid_device_name"_s;
            QTest::addRow("%s-zero-width space", b.constData())
                << backend << QJsonValue(u"DC\u200bPC"_s) << u"invalid_device_name"_s;
            QTest::addRow("%s-64 characters", b.constData()) << backend << QJsonValue(QString(64, u'x')) << QString();
            QTest::addRow("%s-Devanagari", b.constData()) << backend << QJsonValue(u"कोलार-पीसी"_s) << QString();
        }
    }
    void deviceNameIsChecked()
    {
        QFETCH(QJsonValue, deviceName);
        QFETCH(QString, expectedCode);
        START_OFFICER_API_SERVER(api);
        const auto withDevice = [&deviceName](QJsonObject body) {
            if (!deviceName.isUndefined())
                body[u"device_name"_s] = deviceName;
            return jsonBytes(body);
        };

        const HttpTestResponse password =
            api.request("POST"_ba, "/api/v1/officer/sign-in"_ba,
                        withDevice({{u"username"_s, kClerk}, {u"password"_s, QString::fromLatin1(kPassword)}}));
        if (expectedCode.isEmpty()) {
            QCOMPARE(password.status, 202);
        } else {
            QCOMPARE(password.status, 400);
            QCOMPARE(errorCodeOf(password), expectedCode);
            QVERIFY(errorMessageOf(password).contains(u"device"_s));
            QCOMPARE(countRows(api.db->database(), u"SELECT COUNT(*) FROM otp_challenge"_s), 0);
        }

        // The OTP step checks the name too, before it looks at the code.
        const HttpTestResponse good = passwordStep(api, kClerk);
        QCOMPARE(good.status, 202);
        const QString code = api.deliveredCode(kClerkMobile);
        const HttpTestResponse session =
            api.request("POST"_ba, "/api/v1/officer/session"_ba,
                        withDevice({{u"username"_s, kClerk},
                                    {u"challenge_id"_s, jsonOf(good)[u"challenge_id"_s].toString()},
                                    {u"otp"_s, code}}));
        if (expectedCode.isEmpty()) {
            QCOMPARE(session.status, 201);
            QCOMPARE(jsonOf(session)[u"device_name"_s].toString(), deviceName.toString());
        } else {
            QCOMPARE(session.status, 400);
            QCOMPARE(errorCodeOf(session), expectedCode);
            QCOMPARE(sessionCount(api), 0);
            QCOMPARE(countRows(api.db->database(), u"SELECT COUNT(*) FROM otp_challenge WHERE status = 'active'"_s), 1);
        }
    }

    void passwordNeverEchoed_data()
    {
        addBackendColumn();
    }
    void passwordNeverEchoed()
    {
        START_OFFICER_API_SERVER(api);
        QList<HttpTestResponse> responses;
        responses.append(passwordStep(api, kClerk, "Correct-Horse-43"));
        responses.append(passwordStep(api, u"nobody"_s, kPassword));
        responses.append(api.request("POST"_ba, "/api/v1/officer/sign-in"_ba, signInBody(kClerk, kPassword, {})));
        responses.append(api.request("POST"_ba, "/api/v1/officer/sign-in"_ba,
                                     jsonBytes({{u"username"_s, kClerk}, {u"password"_s, 42}})));
        const HttpTestResponse password = passwordStep(api, kClerk);
        responses.append(password);
        const QString code = api.deliveredCode(kClerkMobile);
        const HttpTestResponse session = otpStep(api, kClerk, jsonOf(password)[u"challenge_id"_s].toString(), code);
        responses.append(session);
        const QString token = jsonOf(session)[u"token"_s].toString();
        responses.append(showMe(api, token));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^Locked officer dgm\\.city until"_s));
        for (int failure = 0; failure < 5; ++failure)
            responses.append(passwordStep(api, kDivisionOfficer, "Correct-Horse-43"));
        responses.append(passwordStep(api, kDivisionOfficer));
        QCOMPARE(responses.constLast().status, 423);

        for (const HttpTestResponse &response : std::as_const(responses)) {
            QVERIFY2(!response.body.contains(kPassword), response.body.constData());
            QVERIFY2(!response.body.contains("Correct-Horse"), response.body.constData());
            for (const auto &header : response.headers)
                QVERIFY2(!header.second.contains("Correct-Horse"), header.second.constData());
        }
        QVERIFY(api.deliverOutbox());
        const QByteArray spool = spoolContents(api);
        QVERIFY(!spool.isEmpty());
        QVERIFY(!spool.contains("Correct-Horse"));
        QCOMPARE(
            countRows(api.db->database(), u"SELECT COUNT(*) FROM audit_log WHERE details LIKE '%Correct-Horse%'"_s), 0);
    }

    void signInIsRateLimited_data()
    {
        addBackendColumn();
    }
    void signInIsRateLimited()
    {
        // The defaults: 5 requests at once per address, then 6 a minute, and 3 codes per
        // recipient mobile, purpose and address within 15 minutes.
        NODUES_START_API_SERVER(api, insertBillingRows, {}, {}, {}, PasswordHasher::Cost::Interactive);
        addOfficers(api);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(passwordStep(api, kClerk).status, 202);
        const HttpTestResponse capped = passwordStep(api, kClerk);
        QCOMPARE(capped.status, 429);
        QCOMPARE(errorCodeOf(capped), u"too_many_codes_for_officer"_s);
        QVERIFY(capped.header("Retry-After"_ba).toInt() > 0);

        // A malformed request uses none of the budget; the fifth well-formed one used up the burst,
        // so the sixth is rejected before its password is checked.
        QCOMPARE(api.request("POST"_ba, "/api/v1/officer/sign-in"_ba, "not json"_ba).status, 400);
        QCOMPARE(passwordStep(api, kDivisionOfficer).status, 202);
        const HttpTestResponse limited = passwordStep(api, kDivisionOfficer);
        QCOMPARE(limited.status, 429);
        QCOMPARE(errorCodeOf(limited), u"too_many_requests"_s);
        QVERIFY(limited.header("Retry-After"_ba).toInt() > 0);
        QCOMPARE(countRows(api.db->database(), u"SELECT COUNT(*) FROM otp_challenge"_s), 4);
    }
    void meNamesRegisteredDsc_data()
    {
        test::addBackendColumn();
    }
    void meNamesRegisteredDsc()
    {
        NODUES_START_API_SERVER(api, insertBillingRows, roomyApiSettings(), roomyOtpSettings(), {},
                                PasswordHasher::Cost::Interactive);
        const Officer dgm = test::addOfficer(api.db->database(), u"dgm.city"_s, OfficerRole::DivisionOfficer,
                                             u"20302"_s, u"9425000345"_s);
        const QString token = test::officerToken(api, dgm);
        QVERIFY(!token.isEmpty());
        QVERIFY(jsonOf(showMe(api, token))[u"signing_certificate_sha256"_s].isNull());

        const QByteArray pem =
            test::TestSigningIdentity::validAround(u"Sunita Verma"_s, api.clock.nowUtc()).certificatePem();
        SigningCertificateStore store(api.db->database(), api.clock);
        QString error;
        QVERIFY2(store.registerCertificate(dgm.username, pem, u"test"_s, &error), qPrintable(error));
        const std::optional<SigningCertificate> registered = SigningCertificate::parse(pem, &error);
        QVERIFY2(registered, qPrintable(error));
        const QJsonObject shown = jsonOf(showMe(api, token));
        QCOMPARE(shown[u"has_signing_certificate"_s].toBool(), true);
        QCOMPARE(shown[u"signing_certificate_sha256"_s].toString(), registered->sha256Fingerprint);
        QCOMPARE(registered->sha256Fingerprint.size(), 32 * 3 - 1);
    }
};

QTEST_GUILESS_MAIN(TestOfficerAuthApi)
#include "TestOfficerAuthApi.moc"
