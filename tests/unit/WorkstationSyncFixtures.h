#pragma once

// Shared steps of the workstation sync tests: consumers and clerks on the in-process server,
// applications, and waiting for the asynchronous API client and sync controller.

#include "ApiTestServer.h"
#include "ApplicationFixtures.h"
#include "api/OfficerApiClient.h"
#include "storage/SqlUtil.h"
#include "sync/SyncSettings.h"

#include <QEventLoop>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

#include <optional>

namespace nodues::test {

inline constexpr int kConsumerCount = 6;
inline const QString kClerk = QStringLiteral("clerk.arera");
inline const QString kClerkMobile = QStringLiteral("9000000001");
inline const QString kOtherClerk = QStringLiteral("clerk.arera2");
inline const QString kOtherClerkMobile = QStringLiteral("9000000002");
inline const QByteArray kOfficerPassword = QByteArrayLiteral("Correct-Horse-42");

inline QString consumerMobile(int i)
{
    return QStringLiteral("98765432%1").arg(i, 2, 10, QChar(u'0'));
}

inline QString consumerIvrs(int i)
{
    return QStringLiteral("10000000%1").arg(i, 2, 10, QChar(u'0'));
}

// Billing rows of kConsumerCount eligible consumers, all in DC 2030201.
inline void insertSyncConsumers(Database &database)
{
    for (int i = 1; i <= kConsumerCount; ++i) {
        insertBillingConnection(database, BillingFixture{consumerIvrs(i), QStringLiteral("Consumer %1").arg(i),
                                                         QString(), consumerMobile(i), QStringLiteral("2030201"),
                                                         QStringLiteral("METERED"), QStringLiteral("WORKING"),
                                                         QStringLiteral("DONE"), 0, QStringLiteral("2026-11-15")});
    }
}

inline server::ApiSettings roomyApiSettings()
{
    return {1000, 1000, 1000, 1000, 900, 1000, 1000};
}

inline OtpSettings roomyOtpSettings()
{
    OtpSettings settings;
    settings.maxCodesPerMobile = 100;
    settings.maxCodesPerMobileAllAddresses = 1000;
    settings.maxCodesPerAddress = 1000;
    return settings;
}

// Submits the application of consumer i and returns its number.
inline QString submitFor(ApiTestServer &api, int i)
{
    return submitApplication(api, consumerMobile(i), applicationForm(consumerIvrs(i))).number;
}

inline QUrl serverUrlOf(quint16 port)
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
}

// A loopback port where nothing listens: a server is opened and closed again.
inline quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

inline workstation::SyncSettings syncSettings(const QUrl &url, const QString &token, const QString &cachePath,
                                              int pageSize = 2)
{
    workstation::SyncSettings settings;
    settings.serverUrl = url;
    settings.token = token;
    settings.language = QStringLiteral("en");
    settings.cachePath = cachePath;
    settings.pageSize = pageSize;
    settings.intervalMs = 3600 * 1000; // rounds only when a test asks
    settings.requestTimeoutMs = 5000;
    settings.retryMinMs = 3600 * 1000;
    settings.retryMaxMs = 3600 * 1000;
    settings.probeIntervalMs = 0;
    return settings;
}

// Runs call with a callback and waits for its result, at most timeoutMs.
template<typename Call> workstation::ApiResult awaitResult(Call call, int timeoutMs = 20000)
{
    std::optional<workstation::ApiResult> result;
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    call([&](const workstation::ApiResult &answer) {
        result = answer;
        loop.quit();
    });
    if (!result)
        loop.exec();
    if (!result) {
        QTest::qFail("No callback from the API client", __FILE__, __LINE__);
        return {};
    }
    return *result;
}

// The status and version of an application in the server's database, as "forwarded/2".
inline QString serverState(ApiTestServer &api, const QString &number)
{
    QString error;
    QSqlQuery query(api.db->database().connection(&error));
    if (!execPrepared(query, QStringLiteral("SELECT status, version FROM application WHERE number = :number"),
                      {{QStringLiteral("number"), number}}, &error) ||
        !query.next())
        return error.isEmpty() ? QStringLiteral("missing") : error;
    return query.value(0).toString() + u'/' + query.value(1).toString();
}

// How many events of kind event the server recorded for the application.
inline qint64 serverEventCount(ApiTestServer &api, const QString &number, const QString &event)
{
    return countRows(api.db->database(),
                     QStringLiteral("SELECT COUNT(*) FROM application_event e JOIN application a"
                                    " ON a.id = e.application_id WHERE a.number = :number AND e.event = :event"),
                     {{QStringLiteral("number"), number}, {QStringLiteral("event"), event}});
}

} // namespace nodues::test
