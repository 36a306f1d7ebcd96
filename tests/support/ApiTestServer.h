#pragma once

#include "Clock.h"
#include "HttpTestClient.h"
#include "TestDatabase.h"
#include "api/ServerContext.h"
#include "http/HttpServer.h"
#include "http/Router.h"
#include "officers/PasswordHasher.h"
#include "sms/SmsTemplates.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <utility>

namespace nodues::test {

using Headers = QList<std::pair<QByteArray, QByteArray>>;

QJsonObject jsonOf(const HttpTestResponse &response);
// The "error"."code" and "error"."message" members of an error body.
QString errorCodeOf(const HttpTestResponse &response);
QString errorMessageOf(const HttpTestResponse &response);
QByteArray jsonBytes(const QJsonObject &object);

// A 6-digit code that differs from code, for wrong-code tries.
QString otherCode(const QString &code);

// The first column of the first row of sql, or -1 (with a warning) when the query fails.
qint64 countRows(Database &database, const QString &sql, const QVariantMap &values = {});

// One billing row. An empty mobile or meterStatus is stored as NULL (no billing mobile, an
// unmetered connection); an empty billDate as NULL too.
struct BillingFixture
{
    QString ivrs;
    QString name;
    QString nameHi;
    QString mobile;
    QString dcCode;
    QString metering;
    QString meterStatus;
    QString ekyc;
    qint64 arrearsPaise = 0;
    QString billDate;
};

// Inserts row into billing_connection, refreshed at 2026-12-01T00:30Z; fails the running test on
// a database error.
void insertBillingConnection(Database &database, const BillingFixture &row);

// The whole API on 127.0.0.1 and a free port, with a manual clock starting at
// 2026-12-04T10:00Z and a file SMS spool, for one test row. The database must be set first.
struct ApiTestServer
{
    static QDateTime startTime();
    // The server's public address in SMS links, unless the test sets another.
    static QString publicBaseUrl();
    // The request body limit the server enforces.
    static constexpr qint64 kBodyLimitBytes = 4096;

    std::unique_ptr<TestDatabase> db;
    ManualClock clock{startTime()};
    SmsTemplates templates;
    std::unique_ptr<server::ServerContext> context;
    server::Router router;
    std::unique_ptr<server::HttpServer> server;
    QString spoolPath;

    // passwordCost is the Argon2id cost of the server's officer store and authenticator. Officer
    // tests pass Interactive, the cost they hash their officers' passwords with: the
    // authenticator verifies unknown usernames against a dummy hash of this cost and rehashes a
    // cheaper stored hash after a right password, which at Moderate takes about a second each.
    bool start(server::ApiSettings api = {}, OtpSettings otp = {}, ApplicationSettings applications = {},
               PasswordHasher::Cost passwordCost = PasswordHasher::Cost::Moderate);
    ~ApiTestServer();

    // One request on a new connection; fails the running test when no response arrives. A body
    // without a Content-Type header is sent as application/json.
    HttpTestResponse request(const QByteArray &method, const QByteArray &target, const QByteArray &body = {},
                             Headers headers = {});
    HttpTestResponse withToken(const QByteArray &method, const QByteArray &target, const QString &token,
                               const QByteArray &body = {});

    HttpTestResponse requestOtp(const QString &mobile);
    HttpTestResponse createSession(const QString &challengeId, const QString &otp);

    // Sends the outbox contents through the file gateway, as the dispatcher of serve would, and
    // returns the code of the newest SMS the spool received for mobile (empty when none).
    QString deliveredCode(const QString &mobile);
    // The body of the newest SMS the spool received for mobile (empty when none). Call it after
    // deliveredCode() or deliverOutbox(), which send the outbox contents.
    QString lastBody(const QString &mobile) const;
    // Sends the outbox contents through the file gateway; false with a warning on failure.
    bool deliverOutbox();
    int spoolLineCount() const;

    // Signs mobile in and returns the bearer token (empty on failure, with the test failed).
    QString signIn(const QString &mobile);
};

} // namespace nodues::test

// Opens the test database for the row's backend (skipping when it is unavailable), inserts the
// office tree of OfficeFixtures.h, calls fillBillingRows(database) and starts the server with the
// remaining arguments.
#define NODUES_START_API_SERVER(api, fillBillingRows, ...)                                                            \
    QFETCH(QString, backend);                                                                                        \
    ::nodues::test::ApiTestServer api;                                                                               \
    {                                                                                                                \
        QString skipReason;                                                                                          \
        api.db = ::nodues::test::TestDatabase::create(backend, &skipReason);                                         \
        if (!api.db)                                                                                                 \
            QSKIP(qPrintable(skipReason));                                                                           \
        ::nodues::test::insertOfficeTree(api.db->database());                                                        \
        fillBillingRows(api.db->database());                                                                         \
        QVERIFY(api.start(__VA_ARGS__));                                                                             \
    }
