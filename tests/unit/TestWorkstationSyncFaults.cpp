// The workstation's sync through a faulty link: a TCP proxy on loopback in front of the
// in-process nodues-server drops, holds, delays or cuts connections. Sync must signal offline,
// lose nothing, double nothing, and recover when the link comes back: at once, through its
// connectivity probe, without waiting for the next retry.

#include "FaultyProxy.h"
#include "OfficeFixtures.h"
#include "WorkstationSyncFixtures.h"
#include "cache/ActionQueue.h"
#include "cache/LocalCache.h"
#include "sync/SyncController.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;
using namespace nodues::test;
using namespace nodues::workstation;

namespace {

constexpr int kWaitMs = 30000;
const QByteArray kActionRequest = "POST /api/v1/officer/applications/"_ba;

QueuedAction forwardOf(const QString &number, qint64 version)
{
    QueuedAction action;
    action.kind = ActionKind::Forward;
    action.number = number;
    action.version = version;
    return action;
}

QStringList cachedNumbers(LocalCache &cache)
{
    QStringList numbers;
    for (const CachedApplication &application : cache.loadAll())
        numbers.append(application.number);
    return numbers;
}

// Starts a round and waits for its end; returns its ok flag.
bool runRound(SyncController &controller)
{
    QSignalSpy finished(&controller, &SyncController::syncFinished);
    controller.syncNow();
    return finished.wait(kWaitMs) && finished.first().at(0).toBool();
}

} // namespace

class TestWorkstationSyncFaults : public QObject
{
    Q_OBJECT

private:
#define START_SYNC_API_SERVER(api)                                                                                     \
    NODUES_START_API_SERVER(api, insertSyncConsumers, roomyApiSettings(), roomyOtpSettings(), ApplicationSettings{},   \
                            PasswordHasher::Cost::Interactive)

    QTemporaryDir m_folder;
    int m_cacheSerial = 0;

    // A controller synced once through proxy, with short request timeouts.
    bool startSynced(SyncController &controller, FaultyProxy &proxy, const QString &token)
    {
        SyncSettings settings =
            syncSettings(serverUrlOf(proxy.port()), token, m_folder.filePath(u"c%1.sqlite"_s.arg(++m_cacheSerial)));
        settings.requestTimeoutMs = 1500;
        QSignalSpy finished(&controller, &SyncController::syncFinished);
        QString error;
        return controller.configure(settings, &error) && finished.wait(kWaitMs) && finished.first().at(0).toBool();
    }

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"nodues.*.info=false\nnodues.*.debug=false"_s);
        QVERIFY(m_folder.isValid());
    }

    void dropsAndRecovers_data()
    {
        addBackendColumn();
    }
    void dropsAndRecovers()
    {
        START_SYNC_API_SERVER(api);
        const QString first = submitFor(api, 1);
        const QString token =
            officerToken(api, addOfficer(api.db->database(), kClerk, OfficerRole::Clerk, u"2030201"_s, kClerkMobile));
        FaultyProxy proxy(api.server->port());
        QVERIFY(proxy.listen());
        SyncController controller;
        QVERIFY(startSynced(controller, proxy, token));
        QCOMPARE(controller.isOnline(), true);

        // The link drops: the forward waits, offline is signalled, the cache stays readable.
        proxy.setMode(FaultyProxy::Mode::Drop);
        proxy.abortAll();
        const QString second = submitFor(api, 2);
        QSignalSpy online(&controller, &SyncController::onlineChanged);
        QSignalSpy finished(&controller, &SyncController::syncFinished);
        QString error;
        QVERIFY2(controller.queueAction(forwardOf(first, 1), &error), qPrintable(error));
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(online.size(), 1);
        QCOMPARE(online.first().at(0).toBool(), false);
        QCOMPARE(controller.pendingActions(), 1);
        QCOMPARE(serverState(api, first), u"submitted/1"_s);
        QCOMPARE(cachedNumbers(*controller.cache()), QStringList{first});

        // Back again: online, the forward goes once, the new application arrives.
        proxy.setMode(FaultyProxy::Mode::Pass);
        QVERIFY(runRound(controller));
        QCOMPARE(online.size(), 2);
        QCOMPARE(online.last().at(0).toBool(), true);
        QCOMPARE(controller.pendingActions(), 0);
        QCOMPARE(serverState(api, first), u"forwarded/2"_s);
        QCOMPARE(serverEventCount(api, first, u"forwarded"_s), 1);
        QCOMPARE(cachedNumbers(*controller.cache()), (QStringList{first, second}));
        QCOMPARE(controller.cache()->load(first)->status, ApplicationStatus::Forwarded);
    }

    void sendsQueueOnceServerResponds_data()
    {
        addBackendColumn();
    }
    void sendsQueueOnceServerResponds()
    {
        START_SYNC_API_SERVER(api);
        const QString number = submitFor(api, 1);
        const QString token =
            officerToken(api, addOfficer(api.db->database(), kClerk, OfficerRole::Clerk, u"2030201"_s, kClerkMobile));
        FaultyProxy proxy(api.server->port());
        QVERIFY(proxy.listen());

        // Rounds after a failure wait an hour (syncSettings()), so only the probe can bring the
        // action through within the test.
        SyncSettings settings =
            syncSettings(serverUrlOf(proxy.port()), token, m_folder.filePath(u"c%1.sqlite"_s.arg(++m_cacheSerial)));
        settings.requestTimeoutMs = 1500;
        settings.probeIntervalMs = 50;
        SyncController controller;
        QSignalSpy finished(&controller, &SyncController::syncFinished);
        QString error;
        QVERIFY2(controller.configure(settings, &error), qPrintable(error));
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(finished.first().at(0).toBool(), true);

        // The link drops while the clerk forwards: offline, the forward waits.
        proxy.setMode(FaultyProxy::Mode::Drop);
        proxy.abortAll();
        QSignalSpy online(&controller, &SyncController::onlineChanged);
        QSignalSpy pending(&controller, &SyncController::pendingActionsChanged);
        finished.clear();
        QVERIFY2(controller.queueAction(forwardOf(number, 1), &error), qPrintable(error));
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(online.size(), 1);
        QCOMPARE(online.first().at(0).toBool(), false);
        QCOMPARE(controller.pendingActions(), 1);

        // The link is back: the probe reports online and the round that follows sends the forward.
        finished.clear();
        proxy.setMode(FaultyProxy::Mode::Pass);
        QVERIFY(online.wait(kWaitMs));
        QCOMPARE(online.last().at(0).toBool(), true);
        QVERIFY(!finished.isEmpty() || finished.wait(kWaitMs));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(controller.pendingActions(), 0);
        QCOMPARE(pending.last().at(0).toInt(), 0);
        QCOMPARE(serverState(api, number), u"forwarded/2"_s);
        QCOMPARE(serverEventCount(api, number, u"forwarded"_s), 1);
        QVERIFY(proxy.countInRequests("GET /healthz"_ba) >= 1);
    }

    void survivesAnAnswerCutMidway_data()
    {
        addBackendColumn();
    }
    void survivesAnAnswerCutMidway()
    {
        START_SYNC_API_SERVER(api);
        const QString number = submitFor(api, 1);
        const QString token =
            officerToken(api, addOfficer(api.db->database(), kClerk, OfficerRole::Clerk, u"2030201"_s, kClerkMobile));
        FaultyProxy proxy(api.server->port());
        QVERIFY(proxy.listen());
        SyncController controller;
        QVERIFY(startSynced(controller, proxy, token));
        const qint64 cursor = controller.cache()->cursor();

        // A sync page cut midway stores nothing and leaves the cursor.
        const QString second = submitFor(api, 2);
        proxy.setMode(FaultyProxy::Mode::Cut);
        proxy.setCutAfterBytes(300);
        proxy.abortAll();
        QVERIFY(!runRound(controller));
        QCOMPARE(controller.isOnline(), false);
        QCOMPARE(controller.cache()->cursor(), cursor);
        QVERIFY(!controller.cache()->load(second));

        // The server forwards, but its response breaks off after the status line.
        proxy.setCutAfterBytes(20);
        QSignalSpy finished(&controller, &SyncController::syncFinished);
        QString error;
        const std::optional<QueuedAction> queued = controller.queueAction(forwardOf(number, 1), &error);
        QVERIFY2(queued, qPrintable(error));
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(finished.first().at(0).toBool(), false);
        ActionQueue queue(*controller.cache());
        QCOMPARE(queue.find(queued->id)->state, ActionState::Queued);
        QCOMPARE(queue.find(queued->id)->errorCode, u"network"_s);
        QCOMPARE(serverState(api, number), u"forwarded/2"_s);
        QCOMPARE(controller.cache()->load(number)->version, 1);

        // Whole again: the same key is replayed, the page arrives, one forward on the server.
        proxy.setMode(FaultyProxy::Mode::Pass);
        QVERIFY(runRound(controller));
        QCOMPARE(queue.find(queued->id)->state, ActionState::Done);
        QCOMPARE(queue.find(queued->id)->attempts, 2);
        QCOMPARE(serverEventCount(api, number, u"forwarded"_s), 1);
        QVERIFY(proxy.countInRequests(kActionRequest) >= 2);
        QCOMPARE(controller.cache()->load(number)->version, 2);
        QCOMPARE(cachedNumbers(*controller.cache()), (QStringList{number, second}));
        QVERIFY(controller.cache()->cursor() > cursor);
    }

    void waitsOutHeldAndSlowAnswers_data()
    {
        addBackendColumn();
    }
    void waitsOutHeldAndSlowAnswers()
    {
        START_SYNC_API_SERVER(api);
        const QString number = submitFor(api, 1);
        const QString token =
            officerToken(api, addOfficer(api.db->database(), kClerk, OfficerRole::Clerk, u"2030201"_s, kClerkMobile));
        FaultyProxy proxy(api.server->port());
        QVERIFY(proxy.listen());
        SyncController controller;
        QVERIFY(startSynced(controller, proxy, token));

        // The response never comes: the request times out and the action waits, though the
        // server acted.
        proxy.setMode(FaultyProxy::Mode::Hold);
        QSignalSpy withheld(&proxy, &FaultyProxy::responseWithheld);
        QSignalSpy finished(&controller, &SyncController::syncFinished);
        QString error;
        const std::optional<QueuedAction> queued = controller.queueAction(forwardOf(number, 1), &error);
        QVERIFY2(queued, qPrintable(error));
        QVERIFY(finished.wait(kWaitMs));
        QVERIFY(!withheld.isEmpty());
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(controller.pendingActions(), 1);
        QCOMPARE(serverState(api, number), u"forwarded/2"_s);

        // A slow link within the timeout works: the retry is replayed, nothing doubles.
        proxy.abortAll();
        proxy.setMode(FaultyProxy::Mode::Delay);
        proxy.setDelayMs(400);
        QVERIFY(runRound(controller));
        QCOMPARE(controller.pendingActions(), 0);
        QCOMPARE(ActionQueue(*controller.cache()).find(queued->id)->attempts, 2);
        QCOMPARE(serverEventCount(api, number, u"forwarded"_s), 1);
        QCOMPARE(controller.cache()->load(number)->status, ApplicationStatus::Forwarded);

        // Slower than the timeout: offline again, and nothing in the cache changes.
        const QString second = submitFor(api, 2);
        proxy.setDelayMs(2500);
        QVERIFY(!runRound(controller));
        QCOMPARE(controller.isOnline(), false);
        QVERIFY(!controller.cache()->load(second));
        proxy.setMode(FaultyProxy::Mode::Pass);
        QTRY_VERIFY_WITH_TIMEOUT(runRound(controller), kWaitMs);
        QVERIFY(controller.cache()->load(second));
    }
};

QTEST_GUILESS_MAIN(TestWorkstationSyncFaults)
#include "TestWorkstationSyncFaults.moc"
