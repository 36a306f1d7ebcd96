// The workstation's local SQLite cache: migrations, WAL, transactional sync pages, the cursor,
// and the queue of clerk actions across reopening.

#include "Clock.h"
#include "WorkstationSamples.h"
#include "cache/ActionQueue.h"
#include "cache/CacheSchema.h"
#include "cache/LocalCache.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/SqlUtil.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;
using namespace nodues::workstation;

namespace {

CachedApplication parsed(const QJsonObject &json)
{
    QString error;
    std::optional<CachedApplication> application = CachedApplication::fromJson(json, &error);
    if (!application)
        qFatal("sample does not parse: %s", qPrintable(error));
    return *application;
}

QString number(int serial)
{
    return u"APP/2030201/2026-27/%1"_s.arg(serial, 6, 10, QChar(u'0'));
}

QStringList numbersOf(const QList<CachedApplication> &applications)
{
    QStringList numbers;
    for (const CachedApplication &application : applications)
        numbers.append(application.number);
    return numbers;
}

QueuedAction draft(ActionKind kind, const QString &applicationNumber, qint64 version)
{
    QueuedAction action;
    action.kind = kind;
    action.number = applicationNumber;
    action.version = version;
    return action;
}

} // namespace

class TestWorkstationCache : public QObject
{
    Q_OBJECT

private slots:
    void migratesFromEmptyAndReopens()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(u"sub/cache.sqlite"_s);
        QString error;
        {
            std::unique_ptr<LocalCache> cache = LocalCache::open(path, &error);
            QVERIFY2(cache, qPrintable(error));
            QCOMPARE(schemaVersion(cache->database(), &error), LocalCache::currentSchemaVersion());
            QCOMPARE(LocalCache::currentSchemaVersion(), int(cacheMigrations().size()));
            QCOMPARE(cache->journalMode(), u"wal"_s);
            QCOMPARE(cache->cursor(), 0);
            QCOMPARE(cache->applicationCount(), 0);
            QVERIFY(!cache->lastSyncedAt().isValid());
            QVERIFY2(cache->applyPage({parsed(test::sampleApplication(number(1), 4))}, 4, &error), qPrintable(error));
        }

        // Reopening runs no migration again and keeps the rows.
        std::unique_ptr<LocalCache> cache = LocalCache::open(path, &error);
        QVERIFY2(cache, qPrintable(error));
        QSqlQuery query(cache->database().connection());
        QVERIFY(execPlain(query, u"SELECT version FROM schema_version ORDER BY version"_s, &error));
        QList<int> versions;
        while (query.next())
            versions.append(query.value(0).toInt());
        QList<int> expected;
        for (const Migration &migration : cacheMigrations())
            expected.append(migration.version);
        QCOMPARE(versions, expected);
        QCOMPARE(cache->cursor(), 4);
        QCOMPARE(numbersOf(cache->loadAll()), QStringList{number(1)});
        QCOMPARE(cache->integrityCheck(), u"ok"_s);
    }

    void migratesStepwiseFromVersionOne()
    {
        // A file from a release that had only the first migration gains the queue.
        QTemporaryDir folder;
        const QString path = folder.filePath(u"cache.sqlite"_s);
        QString error;
        {
            DatabaseUrl url;
            url.sqlitePath = path;
            Database database(url);
            std::vector<Migration> first{cacheMigrations().front()};
            QVERIFY2(migrateDatabase(database, first, &error), qPrintable(error));
            QCOMPARE(schemaVersion(database, &error), 1);
        }
        std::unique_ptr<LocalCache> cache = LocalCache::open(path, &error);
        QVERIFY2(cache, qPrintable(error));
        QCOMPARE(schemaVersion(cache->database(), &error), LocalCache::currentSchemaVersion());
        ActionQueue queue(*cache);
        QVERIFY2(queue.enqueue(draft(ActionKind::Forward, number(1), 1), &error), qPrintable(error));
        QCOMPARE(queue.pendingCount(), 1);
    }

    void appliesPagesInOneTransaction()
    {
        QTemporaryDir folder;
        QString error;
        std::unique_ptr<LocalCache> cache = LocalCache::open(folder.filePath(u"cache.sqlite"_s), &error);
        QVERIFY2(cache, qPrintable(error));
        QVERIFY2(cache->applyPage(
                     {parsed(test::sampleApplication(number(1), 1)), parsed(test::sampleApplication(number(2), 2))}, 2,
                     &error),
                 qPrintable(error));

        // A page with one bad record stores nothing, not even its good records or the cursor.
        CachedApplication broken = parsed(test::sampleApplication(number(4), 4));
        broken.changeSeq = 0;
        QVERIFY(!cache->applyPage({parsed(test::sampleApplication(number(3), 3)), broken}, 4, &error));
        QVERIFY2(error.contains(number(4)), qPrintable(error));
        QCOMPARE(cache->cursor(), 2);
        QCOMPARE(numbersOf(cache->loadAll()), (QStringList{number(1), number(2)}));

        // A statement failing inside the transaction rolls back the records already written.
        QSqlQuery query(cache->database().connection());
        QVERIFY2(execPlain(query,
                           u"CREATE TRIGGER refuse_five BEFORE INSERT ON cached_application"
                           " WHEN NEW.number LIKE '%000005' BEGIN SELECT RAISE(ABORT, 'refused'); END"_s,
                           &error),
                 qPrintable(error));
        QVERIFY(!cache->applyPage(
            {parsed(test::sampleApplication(number(3), 3)), parsed(test::sampleApplication(number(5), 5))}, 5, &error));
        QVERIFY2(error.contains(u"refused"_s), qPrintable(error));
        QCOMPARE(cache->cursor(), 2);
        QCOMPARE(cache->applicationCount(), 2);
    }

    void keepsTheNewerCopy()
    {
        QTemporaryDir folder;
        QString error;
        std::unique_ptr<LocalCache> cache = LocalCache::open(folder.filePath(u"cache.sqlite"_s), &error);
        QVERIFY2(cache, qPrintable(error));
        QVERIFY(cache->applyPage({parsed(test::sampleApplication(number(1), 10, 3, u"forwarded"_s))}, 10, &error));

        // An older copy (a late decision response) does not overwrite; an equal or newer one does.
        QVERIFY(cache->storeApplications({parsed(test::sampleApplication(number(1), 8, 2))}, &error));
        QCOMPARE(cache->load(number(1))->version, 3);
        QCOMPARE(cache->load(number(1))->status, ApplicationStatus::Forwarded);
        QVERIFY(cache->storeApplications({parsed(test::sampleApplication(number(1), 12, 4, u"rejected"_s))}, &error));
        QCOMPARE(cache->load(number(1))->status, ApplicationStatus::Rejected);
        QCOMPARE(cache->cursor(), 10);
        QVERIFY(!cache->load(number(2)));
    }

    void resetsTheCursor()
    {
        QTemporaryDir folder;
        QString error;
        std::unique_ptr<LocalCache> cache = LocalCache::open(folder.filePath(u"cache.sqlite"_s), &error);
        QVERIFY2(cache, qPrintable(error));
        QVERIFY(cache->applyPage({parsed(test::sampleApplication(number(1), 7))}, 7, &error));
        ActionQueue queue(*cache);
        QVERIFY(queue.enqueue(draft(ActionKind::Forward, number(1), 1), &error));

        QVERIFY2(cache->resetCursor(&error), qPrintable(error));
        QCOMPARE(cache->cursor(), 0);
        QCOMPARE(cache->applicationCount(), 0);
        QCOMPARE(queue.pendingCount(), 1);
    }

    void queuePersistsAcrossReopen()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(u"cache.sqlite"_s);
        QString error;
        QString rejectKey;
        {
            std::unique_ptr<LocalCache> cache = LocalCache::open(path, &error);
            QVERIFY2(cache, qPrintable(error));
            ActionQueue queue(*cache);
            const std::optional<QueuedAction> forward = queue.enqueue(draft(ActionKind::Forward, number(1), 1), &error);
            QVERIFY2(forward, qPrintable(error));
            QCOMPARE(forward->idempotencyKey.size(), 36);
            QueuedAction reject = draft(ActionKind::Reject, number(2), 3);
            reject.reasonCode = u"details_mismatch"_s;
            reject.remarks = u"पिता का नाम भिन्न"_s;
            const std::optional<QueuedAction> queued = queue.enqueue(reject, &error);
            QVERIFY2(queued, qPrintable(error));
            rejectKey = queued->idempotencyKey;
            QVERIFY(rejectKey != forward->idempotencyKey);
            QVERIFY(queue.markSending(forward->id, &error));

            // Drafts the server would refuse are refused here.
            QVERIFY(!queue.enqueue(draft(ActionKind::Reject, number(3), 1), &error));
            QVERIFY(!queue.enqueue(draft(ActionKind::ConfirmLink, number(3), 1), &error));
            QVERIFY(!queue.enqueue(draft(ActionKind::Forward, number(3), 0), &error));
        }

        std::unique_ptr<LocalCache> cache = LocalCache::open(path, &error);
        QVERIFY2(cache, qPrintable(error));
        ActionQueue queue(*cache);
        const QList<QueuedAction> pending = queue.pending();
        QCOMPARE(pending.size(), 2);
        QCOMPARE(pending.at(0).kind, ActionKind::Forward);
        QCOMPARE(pending.at(0).state, ActionState::Sending);
        QCOMPARE(pending.at(0).attempts, 1);
        QCOMPARE(pending.at(1).kind, ActionKind::Reject);
        QCOMPARE(pending.at(1).number, number(2));
        QCOMPARE(pending.at(1).version, 3);
        QCOMPARE(pending.at(1).reasonCode, u"details_mismatch"_s);
        QCOMPARE(pending.at(1).remarks, u"पिता का नाम भिन्न"_s);
        QCOMPARE(pending.at(1).idempotencyKey, rejectKey);
        QCOMPARE(pending.at(1).state, ActionState::Queued);
        QVERIFY(pending.at(1).createdAt.isValid());
    }

    void queueStates()
    {
        QTemporaryDir folder;
        QString error;
        std::unique_ptr<LocalCache> cache = LocalCache::open(folder.filePath(u"cache.sqlite"_s), &error);
        QVERIFY2(cache, qPrintable(error));
        ActionQueue queue(*cache);
        QueuedAction confirm = draft(ActionKind::ConfirmLink, number(1), 1);
        confirm.ivrs = u"2000000004"_s;
        const qint64 confirmId = queue.enqueue(confirm, &error)->id;
        const qint64 forwardId = queue.enqueue(draft(ActionKind::Forward, number(1), 1), &error)->id;
        const qint64 otherId = queue.enqueue(draft(ActionKind::Forward, number(2), 5), &error)->id;
        QCOMPARE(queue.pendingCount(), 3);

        // Done with the application at version 2: the forward drafted on top moves to version 2.
        QVERIFY(queue.markSending(confirmId, &error));
        const CachedApplication confirmed = parsed(test::sampleApplication(number(1), 3, 2));
        QVERIFY2(queue.markDone(confirmId, &confirmed, &error), qPrintable(error));
        QCOMPARE(queue.find(confirmId)->state, ActionState::Done);
        QCOMPARE(queue.find(forwardId)->version, 2);
        QCOMPARE(queue.find(otherId)->version, 5);
        QCOMPARE(cache->load(number(1))->version, 2);

        QVERIFY(queue.markSending(otherId, &error));
        QVERIFY(queue.markConflict(otherId, u"stale_version"_s, u"changed"_s, nullptr, &error));
        const QueuedAction conflict = *queue.find(otherId);
        QCOMPARE(conflict.state, ActionState::Conflict);
        QCOMPARE(conflict.errorCode, u"stale_version"_s);
        QCOMPARE(conflict.needsAttention(), true);
        QCOMPARE(queue.pendingCount(), 1);
        QCOMPARE(queue.list().size(), 2);
        QCOMPARE(queue.list(true).size(), 3);

        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(60);
        QVERIFY(queue.markSending(forwardId, &error));
        QVERIFY(queue.markRetry(forwardId, u"network"_s, u"no answer"_s, later, &error));
        QCOMPARE(queue.find(forwardId)->state, ActionState::Queued);
        QCOMPARE(queue.find(forwardId)->attempts, 1);
        QCOMPARE(queue.find(forwardId)->nextAttemptAt.toSecsSinceEpoch(), later.toSecsSinceEpoch());

        QVERIFY(queue.discard(otherId, &error));
        QVERIFY(!queue.find(otherId));
        QCOMPARE(queue.forApplication(number(1)).size(), 2);
        QCOMPARE(queue.purgeDone(QDateTime::currentDateTimeUtc().addSecs(1), &error), 1);
        QCOMPARE(queue.forApplication(number(1)).size(), 1);
    }
    void purgeDoneKeepsRecentActions()
    {
        QTemporaryDir folder;
        QString error;
        std::unique_ptr<LocalCache> cache = LocalCache::open(folder.filePath(u"cache.sqlite"_s), &error);
        QVERIFY2(cache, qPrintable(error));
        const QDateTime start = QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);
        ManualClock clock(start);
        ActionQueue queue(*cache, clock);

        const qint64 oldId = queue.enqueue(draft(ActionKind::Forward, number(1), 1), &error)->id;
        QCOMPARE(queue.find(oldId)->createdAt, start);
        QVERIFY(queue.markSending(oldId, &error));
        QVERIFY2(queue.markDone(oldId, nullptr, &error), qPrintable(error));

        clock.advanceSeconds(31 * 24 * 3600);
        const qint64 recentId = queue.enqueue(draft(ActionKind::Forward, number(2), 1), &error)->id;
        QVERIFY(queue.markSending(recentId, &error));
        QVERIFY2(queue.markDone(recentId, nullptr, &error), qPrintable(error));

        // The cutoff lies between the two updates, so only the older done action goes.
        const QDateTime cutoff = clock.nowUtc().addDays(-30);
        QCOMPARE(queue.purgeDone(cutoff, &error), 1);
        QVERIFY(!queue.find(oldId));
        QCOMPARE(queue.find(recentId)->state, ActionState::Done);
        QCOMPARE(queue.find(recentId)->createdAt, start.addSecs(31 * 24 * 3600));
    }
};

QTEST_GUILESS_MAIN(TestWorkstationCache)
#include "TestWorkstationCache.moc"
