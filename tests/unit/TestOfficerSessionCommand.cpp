// `nodues-server officer sessions|revoke` through the built binary, on SQLite and PostgreSQL,
// against sessions opened through the API, whose test server then rejects the revoked tokens.

#include "ApiTestServer.h"
#include "OfficeFixtures.h"
#include "ServerProcess.h"
#include "officers/OfficerStore.h"
#include "officers/PasswordHasher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;
using namespace nodues::test;

namespace {

const QByteArray kPassword = "Correct-Horse-42";
const QString kClerk = u"rkumar"_s;
const QString kClerkMobile = u"9425000001"_s;
const QString kOtherClerk = u"ajain"_s;
const QString kOtherClerkMobile = u"9425000003"_s;

void noBillingRows(Database &)
{
}

void addOfficers(ApiTestServer &api)
{
    OfficerStore store(api.db->database(), api.clock, PasswordHasher::Cost::Interactive);
    const QList<NewOfficer> officers = {
        {kClerk, u"Rakesh Kumar"_s, {}, u"Junior Engineer"_s, kClerkMobile, u"clerk"_s, u"2030201"_s},
        {kOtherClerk, u"Amit Jain"_s, {}, u"Line Clerk"_s, kOtherClerkMobile, u"clerk"_s, u"2030202"_s},
    };
    for (const NewOfficer &officer : officers) {
        QString error;
        QVERIFY2(store.add(officer, kPassword, u"test"_s, &error), qPrintable(error));
    }
}

// Signs username in through both API steps from deviceName and returns the bearer token
// (empty, with the test failed, on error).
QString signInOfficer(ApiTestServer &api, const QString &username, const QString &mobile, const QString &deviceName)
{
    const HttpTestResponse password = api.request("POST"_ba, "/api/v1/officer/sign-in"_ba,
                                                  jsonBytes({{u"username"_s, username},
                                                             {u"password"_s, QString::fromLatin1(kPassword)},
                                                             {u"device_name"_s, deviceName}}));
    if (password.status != 202) {
        QTest::qFail(password.body.constData(), __FILE__, __LINE__);
        return {};
    }
    const HttpTestResponse session =
        api.request("POST"_ba, "/api/v1/officer/session"_ba,
                    jsonBytes({{u"username"_s, username},
                               {u"challenge_id"_s, jsonOf(password)[u"challenge_id"_s].toString()},
                               {u"otp"_s, api.deliveredCode(mobile)},
                               {u"device_name"_s, deviceName}}));
    if (session.status != 201) {
        QTest::qFail(session.body.constData(), __FILE__, __LINE__);
        return {};
    }
    return jsonOf(session)[u"token"_s].toString();
}

// The sessions `officer sessions USER --json [--all]` prints, failing the test on a bad exit.
QJsonArray listedSessions(ApiTestServer &api, const QString &username, bool all = false)
{
    QStringList arguments = {u"officer"_s, u"sessions"_s, username, u"--json"_s};
    if (all)
        arguments.append(u"--all"_s);
    const CommandResult listed = runServerCommand(arguments, api.db->url());
    if (listed.exitCode != 0) {
        QTest::qFail(qPrintable(listed.standardError), __FILE__, __LINE__);
        return {};
    }
    return QJsonDocument::fromJson(listed.standardOutput.toUtf8()).array();
}

QString idOf(const QJsonValue &session)
{
    return QString::number(session[u"id"_s].toInteger());
}

int meStatus(ApiTestServer &api, const QString &token)
{
    return api.withToken("GET"_ba, "/api/v1/officer/me"_ba, token).status;
}

} // namespace

class TestOfficerSessionCommand : public QObject
{
    Q_OBJECT

private:
    // The binary reads the system clock, so the sessions opened through the API start now and
    // count as active for it. The default OTP caps allow the three sign-ins of one test.
#define START_SESSION_API_SERVER(api)                                                                                  \
    NODUES_START_API_SERVER(api, noBillingRows, {}, {}, {}, PasswordHasher::Cost::Interactive);                        \
    api.clock.setNow(QDateTime::currentDateTimeUtc());                                                                 \
    addOfficers(api);                                                                                                  \
    if (QTest::currentTestFailed())                                                                                    \
        return;

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"nodues.*.info=false"_s);
    }

    void listsActiveSessions_data()
    {
        addBackendColumn();
    }
    void listsActiveSessions()
    {
        START_SESSION_API_SERVER(api);
        const CommandResult none = runServerCommand({u"officer"_s, u"sessions"_s, kClerk}, api.db->url());
        QCOMPARE(none.exitCode, 0);
        QCOMPARE(none.standardOutput, u"Officer rkumar has no active sessions.\n"_s);

        QVERIFY(!signInOfficer(api, kClerk, kClerkMobile, u"DC-Arera-PC1"_s).isEmpty());
        api.clock.advanceSeconds(5);
        QVERIFY(!signInOfficer(api, kClerk, kClerkMobile, u"DC-Arera-PC2"_s).isEmpty());
        QVERIFY(!signInOfficer(api, kOtherClerk, kOtherClerkMobile, u"DC-Kolar-PC1"_s).isEmpty());

        // Newest first, only this officer's.
        const QJsonArray sessions = listedSessions(api, kClerk);
        QCOMPARE(sessions.size(), 2);
        QCOMPARE(sessions[0][u"device_name"_s].toString(), u"DC-Arera-PC2"_s);
        QCOMPARE(sessions[1][u"device_name"_s].toString(), u"DC-Arera-PC1"_s);
        QVERIFY(sessions[0][u"id"_s].toInteger() > sessions[1][u"id"_s].toInteger());
        for (const QJsonValue &session : sessions) {
            QCOMPARE(session[u"client_address"_s].toString(), u"127.0.0.1"_s);
            QVERIFY(session[u"revoked_at"_s].isNull());
            QVERIFY(session[u"revoked_reason"_s].isNull());
            QVERIFY(!session[u"expires_at"_s].toString().isEmpty());
            QVERIFY(!session.toObject().contains(u"token"_s));
        }

        const CommandResult table = runServerCommand({u"officer"_s, u"sessions"_s, kClerk}, api.db->url());
        QCOMPARE(table.exitCode, 0);
        const QStringList lines = table.standardOutput.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], u"id\tdevice\taddress\tsigned in\tlast used\tstate"_s);
        QVERIFY2(lines[1].startsWith(idOf(sessions[0]) + u"\tDC-Arera-PC2\t127.0.0.1\t"_s), qPrintable(lines[1]));
        QVERIFY2(lines[1].contains(u"\tactive until "_s), qPrintable(lines[1]));
        QVERIFY2(lines[2].startsWith(idOf(sessions[1]) + u"\tDC-Arera-PC1\t"_s), qPrintable(lines[2]));
    }

    void revokesOneSession_data()
    {
        addBackendColumn();
    }
    void revokesOneSession()
    {
        START_SESSION_API_SERVER(api);
        const QString first = signInOfficer(api, kClerk, kClerkMobile, u"DC-Arera-PC1"_s);
        api.clock.advanceSeconds(5);
        const QString second = signInOfficer(api, kClerk, kClerkMobile, u"DC-Arera-PC2"_s);
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        const QJsonArray sessions = listedSessions(api, kClerk);
        QCOMPARE(sessions.size(), 2);
        const QString secondId = idOf(sessions[0]);

        const CommandResult revoked = runServerCommand(
            {u"officer"_s, u"revoke"_s, kClerk, u"--session"_s, secondId, u"--reason"_s, u"PC stolen"_s},
            api.db->url());
        QVERIFY2(revoked.exitCode == 0, qPrintable(revoked.standardError));
        QCOMPARE(revoked.standardOutput, u"Ended session %1 of officer rkumar.\n"_s.arg(secondId));

        // The revoked token is rejected at once, and the other session goes on.
        const HttpTestResponse rejected = api.withToken("GET"_ba, "/api/v1/officer/me"_ba, second);
        QCOMPARE(rejected.status, 401);
        QCOMPARE(errorCodeOf(rejected), u"session_revoked"_s);
        QCOMPARE(meStatus(api, first), 200);

        QCOMPARE(listedSessions(api, kClerk).size(), 1);
        const QJsonArray all = listedSessions(api, kClerk, true);
        QCOMPARE(all.size(), 2);
        QCOMPARE(idOf(all[0]), secondId);
        QCOMPARE(all[0][u"revoked_reason"_s].toString(), u"PC stolen"_s);
        QVERIFY(!all[0][u"revoked_at"_s].toString().isEmpty());
        QVERIFY(all[1][u"revoked_at"_s].isNull());
        QCOMPARE(countRows(api.db->database(),
                           u"SELECT COUNT(*) FROM audit_log WHERE action = 'session.revoke' AND entity_id = :id"
                           " AND actor LIKE 'admin-cli:%'"_s,
                           {{u"id"_s, secondId}}),
                 1);

        // The table lists the ended session only with --all, with its reason.
        const CommandResult table = runServerCommand({u"officer"_s, u"sessions"_s, kClerk, u"--all"_s}, api.db->url());
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.standardOutput.contains(u"(PC stolen)"_s), qPrintable(table.standardOutput));

        // Revoking it twice is an error, not a silent success.
        const CommandResult again =
            runServerCommand({u"officer"_s, u"revoke"_s, kClerk, u"--session"_s, secondId}, api.db->url());
        QCOMPARE(again.exitCode, 1);
        QCOMPARE(again.standardError, u"The session %1 is already revoked.\n"_s.arg(secondId));
    }

    void revokesAllSessions_data()
    {
        addBackendColumn();
    }
    void revokesAllSessions()
    {
        START_SESSION_API_SERVER(api);
        const QString first = signInOfficer(api, kClerk, kClerkMobile, u"DC-Arera-PC1"_s);
        const QString second = signInOfficer(api, kClerk, kClerkMobile, u"DC-Arera-PC2"_s);
        const QString other = signInOfficer(api, kOtherClerk, kOtherClerkMobile, u"DC-Kolar-PC1"_s);
        QVERIFY(!first.isEmpty() && !second.isEmpty() && !other.isEmpty());

        const CommandResult revoked = runServerCommand({u"officer"_s, u"revoke"_s, kClerk}, api.db->url());
        QVERIFY2(revoked.exitCode == 0, qPrintable(revoked.standardError));
        QCOMPARE(revoked.standardOutput, u"Ended 2 sessions of officer rkumar.\n"_s);
        QCOMPARE(meStatus(api, first), 401);
        QCOMPARE(meStatus(api, second), 401);
        QCOMPARE(meStatus(api, other), 200);

        const QJsonArray all = listedSessions(api, kClerk, true);
        QCOMPARE(all.size(), 2);
        for (const QJsonValue &session : all)
            QCOMPARE(session[u"revoked_reason"_s].toString(), u"revoked by an administrator"_s);
        QCOMPARE(listedSessions(api, kOtherClerk).size(), 1);

        // A second run finds nothing left to end.
        const CommandResult again = runServerCommand({u"officer"_s, u"revoke"_s, kClerk}, api.db->url());
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.standardOutput, u"Ended 0 sessions of officer rkumar.\n"_s);
        QCOMPARE(countRows(api.db->database(), u"SELECT COUNT(*) FROM audit_log WHERE action = 'session.revoke_all'"_s),
                 2);
    }

    void rejectsForeignOrUnknown_data()
    {
        addBackendColumn();
    }
    void rejectsForeignOrUnknown()
    {
        START_SESSION_API_SERVER(api);
        const QString own = signInOfficer(api, kClerk, kClerkMobile, u"DC-Arera-PC1"_s);
        const QString other = signInOfficer(api, kOtherClerk, kOtherClerkMobile, u"DC-Kolar-PC1"_s);
        QVERIFY(!own.isEmpty() && !other.isEmpty());
        const QString otherId = idOf(listedSessions(api, kOtherClerk).at(0));

        // Another officer's session id is rejected, and that session stays alive.
        const CommandResult foreign =
            runServerCommand({u"officer"_s, u"revoke"_s, kClerk, u"--session"_s, otherId}, api.db->url());
        QCOMPARE(foreign.exitCode, 1);
        QCOMPARE(foreign.standardError, u"Officer rkumar has no session with the id \"%1\"; `officer sessions rkumar "
                                        "--all` lists them.\n"_s.arg(otherId));
        QCOMPARE(meStatus(api, other), 200);

        for (const QString &badId : {u"abc"_s, u"999999"_s}) {
            const CommandResult bad =
                runServerCommand({u"officer"_s, u"revoke"_s, kClerk, u"--session"_s, badId}, api.db->url());
            QCOMPARE(bad.exitCode, 1);
            QVERIFY2(bad.standardError.contains(u"no session with the id \"%1\""_s.arg(badId)),
                     qPrintable(bad.standardError));
        }
        QCOMPARE(meStatus(api, own), 200);

        // Both commands reject an unknown username.
        for (const QStringList &arguments : {QStringList{u"officer"_s, u"sessions"_s, u"nobody"_s},
                                             QStringList{u"officer"_s, u"revoke"_s, u"nobody"_s}}) {
            const CommandResult unknown = runServerCommand(arguments, api.db->url());
            QCOMPARE(unknown.exitCode, 1);
            QCOMPARE(unknown.standardError, u"No officer has the username \"nobody\".\n"_s);
            QVERIFY(unknown.standardOutput.isEmpty());
        }
        QCOMPARE(countRows(api.db->database(), u"SELECT COUNT(*) FROM auth_session WHERE revoked_at IS NOT NULL"_s), 0);

        // A missing username is a usage error.
        const CommandResult usage = runServerCommand({u"officer"_s, u"sessions"_s}, api.db->url());
        QCOMPARE(usage.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestOfficerSessionCommand)
#include "TestOfficerSessionCommand.moc"
