// A workstation killed mid-sync, as by a power cut: this test binary, started again with
// --sync-child, runs a real sync against the in-process server through a proxy the parent
// controls, and the parent SIGKILLs it at chosen moments. The cache must reopen intact: SQLite's
// integrity check passes, the cursor matches the stored rows, and queued actions are still
// queued and go through exactly once.

#include "FaultyProxy.h"
#include "OfficeFixtures.h"
#include "WorkstationSyncFixtures.h"
#include "cache/ActionQueue.h"
#include "cache/LocalCache.h"
#include "sync/SyncController.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;
using namespace nodues::test;
using namespace nodues::workstation;

namespace {

constexpr int kWaitMs = 30000;
const char *const kChildFlag = "--sync-child";
const char *const kTokenVariable = "NODUES_CHILD_TOKEN";

// The child: syncs the cache at argv[3] with the server at argv[2] (token from the
// environment, page size argv[4]), printing "page <cursor>" after each stored page.
int runSyncChild(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"nodues.*.info=false\nnodues.*.debug=false"_s);
    if (argc < 5)
        return 2;
    SyncSettings settings = syncSettings(QUrl(QString::fromLocal8Bit(argv[2])), qEnvironmentVariable(kTokenVariable),
                                         QString::fromLocal8Bit(argv[3]), QByteArray(argv[4]).toInt());
    settings.requestTimeoutMs = 60000;
    SyncController controller;
    QObject::connect(&controller, &SyncController::pageApplied, &app, [](int, qint64 cursor) {
        std::printf("page %lld\n", static_cast<long long>(cursor));
        std::fflush(stdout);
    });
    QObject::connect(&controller, &SyncController::syncFinished, &app, [](bool ok, const QString &) {
        std::printf("finished %d\n", ok ? 1 : 0);
        std::fflush(stdout);
        QCoreApplication::exit(ok ? 0 : 1);
    });
    QString error;
    if (!controller.configure(settings, &error))
        return 3;
    return app.exec();
}

// The change_seq of every application the clerk sees on the server, by number.
QHash<QString, qint64> serverChangeSeqs(ApiTestServer &api, const QString &token)
{
    QHash<QString, qint64> seqs;
    const QJsonArray changes =
        jsonOf(api.withToken("GET"_ba, "/api/v1/officer/sync?after=0&limit=500"_ba, token))[u"changes"_s].toArray();
    for (const QJsonValue &change : changes)
        seqs.insert(change[u"number"_s].toString(), change[u"change_seq"_s].toInteger());
    return seqs;
}

} // namespace

class TestWorkstationCrashRecovery : public QObject
{
    Q_OBJECT

private:
#define START_SYNC_API_SERVER(api)                                                                                     \
    NODUES_START_API_SERVER(api, insertSyncConsumers, roomyApiSettings(), roomyOtpSettings(), ApplicationSettings{},   \
                            PasswordHasher::Cost::Interactive)

    QTemporaryDir m_folder;
    int m_cacheSerial = 0;

    QString newCachePath()
    {
        return m_folder.filePath(u"crash-%1.sqlite"_s.arg(++m_cacheSerial));
    }

    static void startChild(QProcess &child, quint16 port, const QString &token, const QString &cachePath, int pageSize)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(kTokenVariable), token);
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(
            QCoreApplication::applicationFilePath(),
            {QString::fromLatin1(kChildFlag), serverUrlOf(port).toString(), cachePath, QString::number(pageSize)});
    }

    // Ends a child that a failed check left running.
    static void stopChild(QProcess &child)
    {
        if (child.state() == QProcess::NotRunning)
            return;
        child.kill();
        child.waitForFinished(kWaitMs);
    }

    static void killChild(QProcess &child)
    {
        child.kill(); // SIGKILL: no destructor, no rollback, no flush
        QVERIFY(child.waitForFinished(kWaitMs));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    }

    // The reopened cache is sound and its cursor matches its rows: every stored row is at or
    // below the cursor, and every server application at or below the cursor is stored.
    static void verifyConsistent(const QString &cachePath, const QHash<QString, qint64> &server)
    {
        QString error;
        std::unique_ptr<LocalCache> cache = LocalCache::open(cachePath, &error);
        QVERIFY2(cache, qPrintable(error));
        QCOMPARE(cache->integrityCheck(), u"ok"_s);
        const qint64 cursor = cache->cursor(&error);
        QVERIFY2(cursor >= 0, qPrintable(error));
        QSet<QString> stored;
        for (const CachedApplication &application : cache->loadAll()) {
            QVERIFY2(application.changeSeq <= cursor, qPrintable(application.number));
            stored.insert(application.number);
        }
        for (auto it = server.cbegin(); it != server.cend(); ++it) {
            if (it.value() <= cursor)
                QVERIFY2(stored.contains(it.key()), qPrintable(it.key()));
        }
        QCOMPARE(cache->applicationCount(), int(stored.size()));
    }

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"nodues.*.info=false\nnodues.*.debug=false"_s);
        QVERIFY(m_folder.isValid());
    }

    void killedBetweenPages_data()
    {
        addBackendColumn();
    }
    void killedBetweenPages()
    {
        START_SYNC_API_SERVER(api);
        for (int i = 1; i <= 4; ++i)
            submitFor(api, i);
        const QString token =
            officerToken(api, addOfficer(api.db->database(), kClerk, OfficerRole::Clerk, u"2030201"_s, kClerkMobile));
        FaultyProxy proxy(api.server->port());
        QVERIFY(proxy.listen());
        proxy.setMode(FaultyProxy::Mode::Hold);
        QSignalSpy withheld(&proxy, &FaultyProxy::responseWithheld);
        const QString cachePath = newCachePath();

        // Page one is let through; the child stores it and requests page two, which is held.
        QProcess child;
        const auto reapChild = qScopeGuard([&child] { stopChild(child); });
        startChild(child, proxy.port(), token, cachePath, 1);
        QVERIFY(withheld.wait(kWaitMs));
        QTest::qWait(200); // the rest of the response's chunks
        proxy.releaseHeld();
        const qsizetype withheldBefore = withheld.size();
        QTRY_VERIFY_WITH_TIMEOUT(child.canReadLine(), kWaitMs);
        const QByteArray line = child.readLine().trimmed();
        QVERIFY2(line.startsWith("page "), line.constData());
        const qint64 firstCursor = line.mid(5).toLongLong();
        QTRY_VERIFY_WITH_TIMEOUT(withheld.size() > withheldBefore, kWaitMs);
        killChild(child);

        const QHash<QString, qint64> server = serverChangeSeqs(api, token);
        verifyConsistent(cachePath, server);
        QString error;
        std::unique_ptr<LocalCache> cache = LocalCache::open(cachePath, &error);
        QCOMPARE(cache->cursor(), firstCursor);
        QCOMPARE(cache->applicationCount(), 1);
        cache.reset();

        // The next start pulls the rest.
        SyncController controller;
        QSignalSpy finished(&controller, &SyncController::syncFinished);
        QVERIFY(controller.configure(syncSettings(serverUrlOf(api.server->port()), token, cachePath, 1), &error));
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(controller.cache()->applicationCount(), 4);
    }

    void killedWhilePushing_data()
    {
        addBackendColumn();
    }
    void killedWhilePushing()
    {
        START_SYNC_API_SERVER(api);
        const QString first = submitFor(api, 1);
        const QString second = submitFor(api, 2);
        const QString token =
            officerToken(api, addOfficer(api.db->database(), kClerk, OfficerRole::Clerk, u"2030201"_s, kClerkMobile));

        // Two forwards drafted offline.
        const QString cachePath = newCachePath();
        QString error;
        QString firstKey;
        {
            std::unique_ptr<LocalCache> cache = LocalCache::open(cachePath, &error);
            QVERIFY2(cache, qPrintable(error));
            ActionQueue queue(*cache);
            for (const QString &number : {first, second}) {
                QueuedAction action;
                action.number = number;
                action.version = 1;
                const std::optional<QueuedAction> queued = queue.enqueue(action, &error);
                QVERIFY2(queued, qPrintable(error));
                if (firstKey.isEmpty())
                    firstKey = queued->idempotencyKey;
            }
        }

        // The server forwards the first, but the workstation dies before the response arrives.
        FaultyProxy proxy(api.server->port());
        QVERIFY(proxy.listen());
        proxy.setMode(FaultyProxy::Mode::Hold);
        QSignalSpy withheld(&proxy, &FaultyProxy::responseWithheld);
        QProcess child;
        const auto reapChild = qScopeGuard([&child] { stopChild(child); });
        startChild(child, proxy.port(), token, cachePath, 10);
        QVERIFY(withheld.wait(kWaitMs));
        killChild(child);
        QCOMPARE(serverState(api, first), u"forwarded/2"_s);
        QCOMPARE(serverState(api, second), u"submitted/1"_s);

        {
            std::unique_ptr<LocalCache> cache = LocalCache::open(cachePath, &error);
            QVERIFY2(cache, qPrintable(error));
            QCOMPARE(cache->integrityCheck(), u"ok"_s);
            const QList<QueuedAction> pending = ActionQueue(*cache).pending();
            QCOMPARE(pending.size(), 2);
            QCOMPARE(pending.at(0).state, ActionState::Sending);
            QCOMPARE(pending.at(0).idempotencyKey, firstKey);
            QCOMPARE(pending.at(1).state, ActionState::Queued);
            QCOMPARE(pending.at(1).attempts, 0);
        }
        verifyConsistent(cachePath, serverChangeSeqs(api, token));

        // Restarted: the first is replayed, the second sent, each forwarded once.
        SyncController controller;
        QSignalSpy finished(&controller, &SyncController::syncFinished);
        QVERIFY(controller.configure(syncSettings(serverUrlOf(api.server->port()), token, cachePath), &error));
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(controller.pendingActions(), 0);
        const QList<QueuedAction> actions = ActionQueue(*controller.cache()).list(true);
        QCOMPARE(actions.size(), 2);
        QCOMPARE(actions.at(0).state, ActionState::Done);
        QCOMPARE(actions.at(0).attempts, 2);
        QCOMPARE(actions.at(1).state, ActionState::Done);
        QCOMPARE(actions.at(1).attempts, 1);
        QCOMPARE(serverEventCount(api, first, u"forwarded"_s), 1);
        QCOMPARE(serverEventCount(api, second, u"forwarded"_s), 1);
        QCOMPARE(controller.cache()->load(first)->status, ApplicationStatus::Forwarded);
        QCOMPARE(controller.cache()->load(second)->status, ApplicationStatus::Forwarded);
    }

    void killedAtRandomMoments_data()
    {
        addBackendColumn();
    }
    void killedAtRandomMoments()
    {
        START_SYNC_API_SERVER(api);
        for (int i = 1; i <= kConsumerCount; ++i)
            submitFor(api, i);
        const QString token =
            officerToken(api, addOfficer(api.db->database(), kClerk, OfficerRole::Clerk, u"2030201"_s, kClerkMobile));
        const QHash<QString, qint64> server = serverChangeSeqs(api, token);
        const QString cachePath = newCachePath();

        // A slow link stretches each page, so that a kill can land anywhere in it: while the
        // request waits, while the page is stored, or between pages.
        FaultyProxy proxy(api.server->port());
        QVERIFY(proxy.listen());
        proxy.setMode(FaultyProxy::Mode::Delay);
        proxy.setDelayMs(60);

        // Each run resumes from what the last one left and is killed after 0 or 1 pages and a
        // random moment more.
        int killed = 0;
        for (int run = 0; run < 8; ++run) {
            QProcess child;
            const auto reapChild = qScopeGuard([&child] { stopChild(child); });
            startChild(child, proxy.port(), token, cachePath, 1);
            QVERIFY(child.waitForStarted(kWaitMs));
            if (QRandomGenerator::global()->bounded(2) == 1)
                QTRY_VERIFY_WITH_TIMEOUT(child.canReadLine() || child.state() == QProcess::NotRunning, kWaitMs);
            QTest::qWait(int(QRandomGenerator::global()->bounded(0, 120)));
            if (child.state() != QProcess::NotRunning) {
                child.kill();
                QVERIFY(child.waitForFinished(kWaitMs));
                if (child.exitStatus() == QProcess::CrashExit)
                    ++killed;
            }
            verifyConsistent(cachePath, server);
        }
        QVERIFY2(killed > 0, "every child finished before its kill; the test proved nothing");
    }
};

int main(int argc, char **argv)
{
    if (argc > 1 && qstrcmp(argv[1], kChildFlag) == 0)
        return runSyncChild(argc, argv);
    QCoreApplication app(argc, argv);
    TestWorkstationCrashRecovery test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestWorkstationCrashRecovery.moc"
