// The workstation's sync against an in-process nodues-server on loopback, on SQLite and
// PostgreSQL: sign-in through the API client, paged pulls, actions queued offline and pushed
// later, conflicts, idempotent replays, the end of a session, an unknown cursor, and a page with
// an entry the workstation cannot read (served by a recording server from the server's own page).

#include "OfficeFixtures.h"
#include "RecordingHttpServer.h"
#include "WorkstationSyncFixtures.h"
#include "cache/ActionQueue.h"
#include "cache/LocalCache.h"
#include "sync/SyncController.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;
using namespace nodues::test;
using namespace nodues::workstation;

namespace {

constexpr int kWaitMs = 30000;

QueuedAction clerkAction(ActionKind kind, const QString &number, qint64 version)
{
    QueuedAction action;
    action.kind = kind;
    action.number = number;
    action.version = version;
    if (kind == ActionKind::Reject)
        action.reasonCode = u"details_mismatch"_s;
    action.remarks = u"checked at the counter"_s;
    return action;
}

// Starts a round and waits for its end; returns its ok flag.
bool runRound(SyncController &controller)
{
    QSignalSpy finished(&controller, &SyncController::syncFinished);
    controller.syncNow();
    if (!finished.wait(kWaitMs))
        return false;
    return finished.first().at(0).toBool();
}

} // namespace

class TestWorkstationSync : public QObject
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
        return m_folder.filePath(u"cache-%1.sqlite"_s.arg(++m_cacheSerial));
    }

    // Configures controller and waits for the first round; returns its ok flag.
    bool configureAndWait(SyncController &controller, const SyncSettings &settings)
    {
        QSignalSpy finished(&controller, &SyncController::syncFinished);
        QString error;
        if (!controller.configure(settings, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return finished.wait(kWaitMs) && finished.first().at(0).toBool();
    }

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"nodues.*.info=false\nnodues.*.debug=false"_s);
        QVERIFY(m_folder.isValid());
    }

    void signsInThroughTheClient_data()
    {
        addBackendColumn();
    }
    void signsInThroughTheClient()
    {
        START_SYNC_API_SERVER(api);
        addOfficer(api.db->database(), kClerk, OfficerRole::Clerk, u"2030201"_s, kClerkMobile);
        OfficerApiClient client;
        client.setServerUrl(serverUrlOf(api.server->port()));
        client.setLanguage(u"en"_s);

        ApiResult result = awaitResult([&](auto done) {
            client.signIn(kClerk, QString::fromLatin1(kOfficerPassword), u"DC-Arera-PC1"_s, this, done);
        });
        QCOMPARE(result.httpStatus, 202);
        const QString challengeId = result.body[u"challenge_id"_s].toString();
        QVERIFY(!challengeId.isEmpty());
        const QString otp = api.deliveredCode(kClerkMobile);
        QCOMPARE(otp.size(), 6);

        // A wrong code gets 401 otp_wrong with the tries left (no session has ended: none began);
        // the right one opens the session.
        result = awaitResult([&](auto done) {
            client.confirmSignIn(kClerk, challengeId, otherCode(otp), u"DC-Arera-PC1"_s, this, done);
        });
        QCOMPARE(result.httpStatus, 401);
        QCOMPARE(result.errorCode, u"otp_wrong"_s);
        QCOMPARE(result.body[u"attempts_left"_s].toInt(), 4);
        result = awaitResult(
            [&](auto done) { client.confirmSignIn(kClerk, challengeId, otp, u"DC-Arera-PC1"_s, this, done); });
        QCOMPARE(result.httpStatus, 201);
        const QString token = result.body[u"token"_s].toString();
        QCOMPARE(token.size(), 43);
        QCOMPARE(result.body[u"officer"_s][u"role"_s].toString(), u"clerk"_s);

        client.setToken(token);
        result = awaitResult([&](auto done) { client.me(this, done); });
        QCOMPARE(result.httpStatus, 200);
        QCOMPARE(result.body[u"username"_s].toString(), kClerk);
        QCOMPARE(result.body[u"dc_codes"_s].toArray(), QJsonArray{u"2030201"_s});
        result = awaitResult([&](auto done) { client.rejectionReasons(this, done); });
        QCOMPARE(result.body[u"reasons"_s][0][u"code"_s].toString(), u"dues_outstanding"_s);

        // Hindi messages when the workstation requests Hindi.
        client.setLanguage(u"hi"_s);
        result = awaitResult([&](auto done) { client.sync(-1, 10, this, done); });
        QVERIFY2(result.errorCode == u"invalid_cursor"_s,
                 qPrintable(u"%1 %2 %3"_s.arg(result.httpStatus)
                                .arg(result.networkError, QString::fromUtf8(QJsonDocument(result.body).toJson()))));
        const bool devanagari = std::any_of(result.errorMessage.cbegin(), result.errorMessage.cend(),
                                            [](QChar c) { return c.unicode() >= 0x0900 && c.unicode() <= 0x097F; });
        QVERIFY2(devanagari, qPrintable(result.errorMessage));

        result = awaitResult([&](auto done) { client.signOut(this, done); });
        QCOMPARE(result.httpStatus, 204);
        result = awaitResult([&](auto done) { client.me(this, done); });
        QCOMPARE(result.sessionEnded(), true);
    }

    void pullsInPages_data()
    {
        addBackendColumn();
    }
    void pullsInPages()
    {
        START_SYNC_API_SERVER(api);
        QStringList numbers;
        for (int i = 1; i <= 5; ++i)
            numbers.append(submitFor(api, i));
        const QString token =
            officerToken(api, addOfficer(api.db->database(), kClerk, OfficerRole::Clerk, u"2030201"_s, kClerkMobile));

        SyncController controller;
        QSignalSpy pages(&controller, &SyncController::pageApplied);
        QSignalSpy online(&controller, &SyncController::onlineChanged);
        const QString cachePath = newCachePath();
        QVERIFY(configureAndWait(controller, syncSettings(serverUrlOf(api.server->port()), token, cachePath, 2)));

        // Five applications in pages of two, two and one; the cursor follows each page.
        QCOMPARE(pages.size(), 3);
        QCOMPARE(pages.at(0).at(0).toInt(), 2);
        QCOMPARE(pages.at(1).at(0).toInt(), 2);
        QCOMPARE(pages.at(2).at(0).toInt(), 1);
        QVERIFY(pages.at(0).at(1).toLongLong() < pages.at(1).at(1).toLongLong());
        QCOMPARE(online.size(), 1);
        QCOMPARE(online.first().at(0).toBool(), true);
        QCOMPARE(controller.isOnline(), true);

        LocalCache *const cache = controller.cache();
        QStringList cached;
        for (const CachedApplication &application : cache->loadAll())
            cached.append(application.number);
        QCOMPARE(cached, numbers);
        QCOMPARE(cache->cursor(), pages.at(2).at(1).toLongLong());
        QVERIFY(controller.lastSyncedAt().isValid());
        const std::optional<CachedApplication> first = cache->load(numbers.first());
        QVERIFY(first);
        QCOMPARE(first->applicant.name, u"Ramesh Kumar"_s);
        QCOMPARE(first->connections.first().ivrs, consumerIvrs(1));
        QCOMPARE(first->version, 1);

        // Nothing new: one empty page with the same cursor. Then a new application arrives.
        pages.clear();
        QVERIFY(runRound(controller));
        QCOMPARE(pages.size(), 1);
        QCOMPARE(pages.first().at(0).toInt(), 0);
        const QString sixth = submitFor(api, 6);
        QSignalSpy changed(&controller, &SyncController::applicationsChanged);
        QVERIFY(runRound(controller));
        QCOMPARE(changed.last().at(0).toStringList(), QStringList{sixth});
        QCOMPARE(cache->applicationCount(), 6);
    }

    void pushesActionsQueuedOffline_data()
    {
        addBackendColumn();
    }
    void pushesActionsQueuedOffline()
    {
        START_SYNC_API_SERVER(api);
        const QString first = submitFor(api, 1);
        const QString second = submitFor(api, 2);
        const QString token =
            officerToken(api, addOfficer(api.db->database(), kClerk, OfficerRole::Clerk, u"2030201"_s, kClerkMobile));
        const QString cachePath = newCachePath();
        SyncController controller;
        QVERIFY(configureAndWait(controller, syncSettings(serverUrlOf(api.server->port()), token, cachePath)));

        // The network goes: the clerk works on, and both actions wait in the queue.
        QSignalSpy online(&controller, &SyncController::onlineChanged);
        QVERIFY(!configureAndWait(controller, syncSettings(serverUrlOf(closedPort()), token, cachePath)));
        QCOMPARE(online.size(), 1);
        QCOMPARE(online.first().at(0).toBool(), false);
        QCOMPARE(controller.cache()->applicationCount(), 2);
        QSignalSpy pending(&controller, &SyncController::pendingActionsChanged);
        QString error;
        QSignalSpy finished(&controller, &SyncController::syncFinished);
        QVERIFY2(controller.queueAction(clerkAction(ActionKind::Forward, first, 1), &error), qPrintable(error));
        QVERIFY2(controller.queueAction(clerkAction(ActionKind::Reject, second, 1), &error), qPrintable(error));
        QCOMPARE(controller.pendingActions(), 2);
        QCOMPARE(pending.last().at(0).toInt(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() && !controller.isSyncing(), kWaitMs);
        QCOMPARE(finished.last().at(0).toBool(), false);
        QCOMPARE(serverState(api, first), u"submitted/1"_s);
        QCOMPARE(serverState(api, second), u"submitted/1"_s);
        QCOMPARE(ActionQueue(*controller.cache()).pending().first().errorCode, u"network"_s);

        // The network comes back: both go, oldest first, and the cache shows the new states.
        QVERIFY(configureAndWait(controller, syncSettings(serverUrlOf(api.server->port()), token, cachePath)));
        QCOMPARE(serverState(api, first), u"forwarded/2"_s);
        QCOMPARE(serverState(api, second), u"rejected/2"_s);
        QCOMPARE(controller.pendingActions(), 0);
        QCOMPARE(controller.cache()->load(first)->status, ApplicationStatus::Forwarded);
        QCOMPARE(controller.cache()->load(second)->rejection->reasonCode, u"details_mismatch"_s);
        const QList<QueuedAction> done = ActionQueue(*controller.cache()).list(true);
        QCOMPARE(done.size(), 2);
        QCOMPARE(done.at(0).state, ActionState::Done);
        QCOMPARE(done.at(1).state, ActionState::Done);
        QCOMPARE(serverEventCount(api, first, u"forwarded"_s), 1);
    }

    void storesAndSignalsConflicts_data()
    {
        addBackendColumn();
    }
    void storesAndSignalsConflicts()
    {
        START_SYNC_API_SERVER(api);
        const QString number = submitFor(api, 1);
        Database &database = api.db->database();
        const QString token =
            officerToken(api, addOfficer(database, kClerk, OfficerRole::Clerk, u"2030201"_s, kClerkMobile));
        const QString otherToken =
            officerToken(api, addOfficer(database, kOtherClerk, OfficerRole::Clerk, u"2030201"_s, kOtherClerkMobile));
        SyncController controller;
        QVERIFY(configureAndWait(controller, syncSettings(serverUrlOf(api.server->port()), token, newCachePath())));

        // The other clerk forwards first; this clerk's rejection, drafted at version 1, conflicts.
        const HttpTestResponse forwarded =
            api.withToken("POST"_ba, OfficerApiClient::applicationPath(number, u"/forward"_s).toLatin1(), otherToken,
                          jsonBytes({{u"version"_s, 1}, {u"idempotency_key"_s, u"other-clerk-forward-1"_s}}));
        QCOMPARE(forwarded.status, 200);
        QSignalSpy conflicted(&controller, &SyncController::actionConflicted);
        QSignalSpy finished(&controller, &SyncController::syncFinished);
        QString error;
        const std::optional<QueuedAction> queued =
            controller.queueAction(clerkAction(ActionKind::Reject, number, 1), &error);
        QVERIFY2(queued, qPrintable(error));
        QVERIFY(conflicted.wait(kWaitMs));
        QCOMPARE(conflicted.first().at(0).toString(), number);
        QVERIFY2(conflicted.first().at(1).toString().contains(u"changed"_s),
                 qPrintable(conflicted.first().at(1).toString()));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), kWaitMs);

        ActionQueue queue(*controller.cache());
        const QueuedAction conflict = *queue.find(queued->id);
        QCOMPARE(conflict.state, ActionState::Conflict);
        QCOMPARE(conflict.errorCode, u"stale_version"_s);
        QCOMPARE(conflict.attempts, 1);
        QCOMPARE(controller.pendingActions(), 0);
        QCOMPARE(controller.cache()->load(number)->status, ApplicationStatus::Forwarded);
        QCOMPARE(serverState(api, number), u"forwarded/2"_s);

        // Never sent again; the officer clears it once seen.
        QVERIFY(runRound(controller));
        QCOMPARE(queue.find(queued->id)->attempts, 1);
        QVERIFY2(controller.discardAction(queued->id, &error), qPrintable(error));
        QCOMPARE(queue.list(true).size(), 0);
    }

    void replaysInsteadOfActingTwice_data()
    {
        addBackendColumn();
    }
    void replaysInsteadOfActingTwice()
    {
        START_SYNC_API_SERVER(api);
        const QString number = submitFor(api, 1);
        const QString token =
            officerToken(api, addOfficer(api.db->database(), kClerk, OfficerRole::Clerk, u"2030201"_s, kClerkMobile));
        SyncController controller;
        QVERIFY(configureAndWait(controller, syncSettings(serverUrlOf(api.server->port()), token, newCachePath())));
        controller.setInterval(3600 * 1000);

        // The first try reached the server but its response was lost: the server has forwarded,
        // and the action is still "sending" in the cache.
        ActionQueue queue(*controller.cache());
        QString error;
        const std::optional<QueuedAction> queued = queue.enqueue(clerkAction(ActionKind::Forward, number, 1), &error);
        QVERIFY2(queued, qPrintable(error));
        QVERIFY(queue.markSending(queued->id, &error));
        const QByteArray body = jsonBytes(
            {{u"version"_s, 1}, {u"idempotency_key"_s, queued->idempotencyKey}, {u"remarks"_s, queued->remarks}});
        const QByteArray target = OfficerApiClient::applicationPath(number, u"/forward"_s).toLatin1();
        QCOMPARE(api.withToken("POST"_ba, target, token, body).status, 200);

        // The retry carries the same key and version: the server replays, nothing doubles.
        QVERIFY(runRound(controller));
        const QueuedAction done = *queue.find(queued->id);
        QCOMPARE(done.state, ActionState::Done);
        QCOMPARE(done.attempts, 2);
        QCOMPARE(serverState(api, number), u"forwarded/2"_s);
        QCOMPARE(serverEventCount(api, number, u"forwarded"_s), 1);
        QCOMPARE(controller.cache()->load(number)->version, 2);

        // Sent a third time after a crash that lost the "done": still one forward.
        QVERIFY(queue.markRetry(queued->id, u"network"_s, u"lost"_s, {}, &error));
        QVERIFY(runRound(controller));
        QCOMPARE(queue.find(queued->id)->state, ActionState::Done);
        QCOMPARE(serverEventCount(api, number, u"forwarded"_s), 1);
        QCOMPARE(serverState(api, number), u"forwarded/2"_s);
    }

    void endsTheSessionOn401_data()
    {
        addBackendColumn();
    }
    void endsTheSessionOn401()
    {
        START_SYNC_API_SERVER(api);
        const QString number = submitFor(api, 1);
        const QString token =
            officerToken(api, addOfficer(api.db->database(), kClerk, OfficerRole::Clerk, u"2030201"_s, kClerkMobile));
        SyncController controller;
        QVERIFY(configureAndWait(controller, syncSettings(serverUrlOf(api.server->port()), token, newCachePath())));

        // Signed out elsewhere: the next push gets 401, the action stays queued for later.
        QCOMPARE(api.withToken("DELETE"_ba, "/api/v1/officer/session"_ba, token).status, 204);
        QSignalSpy ended(&controller, &SyncController::sessionEnded);
        QString error;
        const std::optional<QueuedAction> queued =
            controller.queueAction(clerkAction(ActionKind::Forward, number, 1), &error);
        QVERIFY(queued);
        QVERIFY(ended.wait(kWaitMs));
        ActionQueue queue(*controller.cache());
        QCOMPARE(queue.find(queued->id)->state, ActionState::Queued);
        QCOMPARE(queue.find(queued->id)->idempotencyKey, queued->idempotencyKey);
        QCOMPARE(serverState(api, number), u"submitted/1"_s);

        // No more rounds until a new token; with it, the action goes through.
        QSignalSpy started(&controller, &SyncController::syncStarted);
        controller.syncNow();
        QTest::qWait(300);
        QCOMPARE(started.size(), 0);
        const QString newToken = officerToken(
            api, addOfficer(api.db->database(), kOtherClerk, OfficerRole::Clerk, u"2030201"_s, kOtherClerkMobile));
        QSignalSpy finished(&controller, &SyncController::syncFinished);
        controller.setToken(newToken);
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(queue.find(queued->id)->state, ActionState::Done);
        QCOMPARE(serverState(api, number), u"forwarded/2"_s);
    }

    void resyncsAfterAnUnknownCursor_data()
    {
        addBackendColumn();
    }
    void resyncsAfterAnUnknownCursor()
    {
        START_SYNC_API_SERVER(api);
        const QString first = submitFor(api, 1);
        const QString second = submitFor(api, 2);
        const QString token =
            officerToken(api, addOfficer(api.db->database(), kClerk, OfficerRole::Clerk, u"2030201"_s, kClerkMobile));

        // A cache from another server (or before a restore): a cursor this server never gave
        // and an application it does not have.
        const QString cachePath = newCachePath();
        {
            QString error;
            std::unique_ptr<LocalCache> cache = LocalCache::open(cachePath, &error);
            QVERIFY2(cache, qPrintable(error));
            QJsonObject stranger =
                jsonOf(api.withToken("GET"_ba, "/api/v1/officer/sync"_ba, token))[u"changes"_s][0].toObject();
            stranger[u"number"_s] = u"APP/2030201/2026-27/999999"_s;
            std::optional<CachedApplication> record = CachedApplication::fromJson(stranger, &error);
            QVERIFY2(record, qPrintable(error));
            QVERIFY2(cache->applyPage({*record}, 999999, &error), qPrintable(error));
        }

        SyncController controller;
        QSignalSpy changed(&controller, &SyncController::applicationsChanged);
        QVERIFY(configureAndWait(controller, syncSettings(serverUrlOf(api.server->port()), token, cachePath)));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(changed.first().at(0).toStringList(), QStringList()); // "reload all"
        QStringList cached;
        for (const CachedApplication &application : controller.cache()->loadAll())
            cached.append(application.number);
        QCOMPARE(cached, (QStringList{first, second}));
        const qint64 newest =
            jsonOf(api.withToken("GET"_ba, "/api/v1/officer/sync"_ba, token))[u"next_cursor"_s].toInteger();
        QCOMPARE(controller.cache()->cursor(), newest);
    }

    void leavesOutAnUnreadableEntry_data()
    {
        addBackendColumn();
    }
    void leavesOutAnUnreadableEntry()
    {
        START_SYNC_API_SERVER(api);
        const QString first = submitFor(api, 1);
        const QString second = submitFor(api, 2);
        const QString third = submitFor(api, 3);
        const QString token =
            officerToken(api, addOfficer(api.db->database(), kClerk, OfficerRole::Clerk, u"2030201"_s, kClerkMobile));

        // The server's own page, with the second entry broken as a fault or a newer server might
        // send it.
        QJsonObject page = jsonOf(api.withToken("GET"_ba, "/api/v1/officer/sync?after=0&limit=100"_ba, token));
        QJsonArray changes = page[u"changes"_s].toArray();
        QCOMPARE(changes.size(), 3);
        const QJsonObject intact = changes.at(1).toObject();
        QCOMPARE(intact[u"number"_s].toString(), second);
        QJsonObject broken = intact;
        broken[u"version"_s] = u"two"_s;
        changes[1] = broken;
        page[u"changes"_s] = changes;
        const qint64 cursor = page[u"next_cursor"_s].toInteger();
        RecordingHttpServer server;
        QVERIFY(server.listen());
        server.queueReply({RecordingHttpServer::Action::Respond, 200, QJsonDocument(page).toJson()});

        // The rest of the page is stored, the cursor moves on, and the broken entry is named.
        SyncController controller;
        QSignalSpy unreadable(&controller, &SyncController::applicationsUnreadable);
        QVERIFY(configureAndWait(controller, syncSettings(serverUrlOf(server.port()), token, newCachePath(), 100)));
        QCOMPARE(unreadable.size(), 1);
        QCOMPARE(unreadable.first().at(0).toStringList(), QStringList{second});
        QStringList cached;
        for (const CachedApplication &application : controller.cache()->loadAll())
            cached.append(application.number);
        QCOMPARE(cached, (QStringList{first, third}));
        QCOMPARE(controller.cache()->cursor(), cursor);
        QVERIFY(controller.lastSyncedAt().isValid());

        // Sent again readable, after a change on the server: stored, and nothing is left unread.
        const QJsonObject next{
            {u"changes"_s, QJsonArray{intact}}, {u"next_cursor"_s, cursor + 1}, {u"has_more"_s, false}};
        server.queueReply({RecordingHttpServer::Action::Respond, 200, QJsonDocument(next).toJson()});
        QVERIFY(runRound(controller));
        QCOMPARE(unreadable.size(), 2);
        QCOMPARE(unreadable.last().at(0).toStringList(), QStringList());
        QVERIFY(controller.cache()->load(second));
        QCOMPARE(controller.cache()->cursor(), cursor + 1);
    }
};

QTEST_GUILESS_MAIN(TestWorkstationSync)
#include "TestWorkstationSync.moc"
