// The print journal's upload state and the server's print summary in the workstation's cache
// (PrintUploads, cache migration 7), without a server. The tests check which entries the sync
// engine sends and how each outcome is kept. They also check that the next copy number follows
// the prints of other workstations.

#include "Clock.h"
#include "Timestamp.h"
#include "cache/CacheSchema.h"
#include "cache/LocalCache.h"
#include "cache/PrintJournal.h"
#include "cache/PrintUploads.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/SqlUtil.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;
using namespace nodues::workstation;

namespace {

const QString kFirst = u"NDC/20302/2026-27/000001"_s;
const QString kSecond = u"NDC/20302/2026-27/000002"_s;
const QString kOfficer = u"clerk.arera"_s;
const QString kPrinter = u"Office_Printer"_s;

// Records one print of each number with its next copy number, and its outcome: printed, failed,
// or left sending. Returns the entries.
QList<PrintEntry> printAll(PrintJournal &journal, const QStringList &numbers, PrintState outcome)
{
    QList<PrintJournal::Print> prints;
    for (const QString &number : numbers)
        prints.append({number, journal.nextCopyNumber(number)});
    QString error;
    const std::optional<QList<PrintEntry>> entries =
        journal.markSending(prints, std::nullopt, kPrinter, kOfficer, &error);
    if (!entries) {
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
        return {};
    }
    QList<qint64> ids;
    for (const PrintEntry &entry : *entries)
        ids.append(entry.id);
    bool moved = true;
    if (outcome == PrintState::Printed)
        moved = journal.markPrinted(ids, 7, &error);
    else if (outcome == PrintState::Failed)
        moved = journal.markFailed(ids, u"Printer out of paper"_s, &error);
    if (!moved)
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
    return *entries;
}

QStringList numbersOf(const QList<PrintEntry> &entries)
{
    QStringList numbers;
    for (const PrintEntry &entry : entries)
        numbers.append(entry.number);
    return numbers;
}

} // namespace

class TestWorkstationPrintUploads : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_folder;
    int m_serial = 0;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<LocalCache> m_cache;

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"nodues.*.info=false\nnodues.*.debug=false"_s);
        QVERIFY(m_folder.isValid());
    }

    void init()
    {
        m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 12, 4), QTime(10, 0), Qt::UTC));
        QString error;
        m_cache = LocalCache::open(m_folder.filePath(u"cache%1.sqlite"_s.arg(++m_serial)), &error);
        QVERIFY2(m_cache, qPrintable(error));
    }

    void cleanup() { m_cache.reset(); }

    void onlySettledPrintsAreSent()
    {
        PrintJournal journal(*m_cache, *m_clock);
        PrintUploads uploads(*m_cache, *m_clock);
        const QList<PrintEntry> printed = printAll(journal, {kFirst}, PrintState::Printed);
        QCOMPARE(printed.size(), 1);
        printAll(journal, {kSecond}, PrintState::Failed);
        QCOMPARE(uploads.pendingUploadCount(), 1);
        QCOMPARE(numbersOf(uploads.pendingUploads(m_clock->nowUtc())), QStringList{kFirst});

        // Each entry has its own UUID and the time its job left.
        const PrintEntry entry = journal.entries(kFirst).first();
        static const QRegularExpression uuid(
            u"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s);
        QVERIFY2(uuid.match(entry.printId).hasMatch(), qPrintable(entry.printId));
        QCOMPARE(entry.printId, printed.first().printId);
        QCOMPARE(entry.sentAt, m_clock->nowUtc());
        QCOMPARE(entry.uploadState, PrintUploadState::Pending);
        QCOMPARE(journal.entries(kSecond).first().uploadState, PrintUploadState::NotNeeded);
        QVERIFY(journal.entries(kSecond).first().printId != entry.printId);

        // A print still being handed to the printer waits; once the officer decides, it goes.
        const QList<PrintEntry> uncertain = printAll(journal, {kSecond}, PrintState::Sending);
        QCOMPARE(uploads.pendingUploadCount(), 1);
        QString error;
        QVERIFY2(journal.markUnconfirmed({uncertain.first().id}, &error), qPrintable(error));
        QCOMPARE(uploads.pendingUploadCount(), 2);
        QCOMPARE(numbersOf(uploads.pendingUploads(m_clock->nowUtc())), (QStringList{kFirst, kSecond}));
    }

    void outcomesKept()
    {
        PrintJournal journal(*m_cache, *m_clock);
        PrintUploads uploads(*m_cache, *m_clock);
        const qint64 first = printAll(journal, {kFirst}, PrintState::Printed).first().id;
        const qint64 second = printAll(journal, {kSecond}, PrintState::Printed).first().id;
        QString error;

        // Deferred: not due before its time.
        const QDateTime retryAt = m_clock->nowUtc().addSecs(300);
        QVERIFY2(uploads.markUploadFailed(first, u"network"_s, u"No response"_s, retryAt, &error), qPrintable(error));
        QCOMPARE(numbersOf(uploads.pendingUploads(m_clock->nowUtc())), QStringList{kSecond});
        QCOMPARE(numbersOf(uploads.pendingUploads(retryAt)), (QStringList{kFirst, kSecond}));
        PrintEntry entry = journal.entries(kFirst).first();
        QCOMPARE(entry.uploadErrorCode, u"network"_s);
        QCOMPARE(entry.uploadAttempts, 1);
        QCOMPARE(entry.nextUploadAt, retryAt);

        QVERIFY2(uploads.markUploaded(first, &error), qPrintable(error));
        entry = journal.entries(kFirst).first();
        QCOMPARE(entry.uploadState, PrintUploadState::Uploaded);
        QVERIFY(entry.uploadErrorCode.isEmpty());
        QCOMPARE(entry.uploadAttempts, 2);

        QVERIFY2(uploads.markUploadRejected(second, u"invalid_printed_at"_s, u"Fix the clock"_s, &error),
                 qPrintable(error));
        QCOMPARE(uploads.pendingUploadCount(), 0);
        QCOMPARE(uploads.rejectedUploads().size(), 1);
        QCOMPARE(uploads.rejectedUploads().first().uploadErrorMessage, u"Fix the clock"_s);

        // A settled upload does not change again.
        QVERIFY(!uploads.markUploadFailed(second, u"network"_s, {}, {}, &error));
        QVERIFY2(error.contains(u"no pending upload"_s), qPrintable(error));
        QCOMPARE(journal.entries(kSecond).first().uploadState, PrintUploadState::Rejected);
    }

    void copyNumberFollowsServer()
    {
        PrintJournal journal(*m_cache, *m_clock);
        PrintUploads uploads(*m_cache, *m_clock);
        QString error;
        QCOMPARE(journal.nextCopyNumber(kFirst), 0);
        QVERIFY(!journal.numbersOnPaper().contains(kFirst));

        // Another PC printed the original and copy 1.
        QVERIFY2(uploads.storeServerPrints(kFirst, {2, 1}, &error), qPrintable(error));
        QCOMPARE(journal.nextCopyNumber(kFirst), 2);
        QVERIFY(journal.numbersOnPaper().contains(kFirst));
        // A stale summary never lowers what is known.
        QVERIFY2(uploads.storeServerPrints(kFirst, {1, 0}, &error), qPrintable(error));
        QCOMPARE(uploads.serverPrints(kFirst)->count, 2);
        QCOMPARE(uploads.serverPrints(kFirst)->highestCopyNumber, 1);
        // No print known: nothing stored.
        QVERIFY2(uploads.storeServerPrints(kSecond, {0, -1}, &error), qPrintable(error));
        QVERIFY(!uploads.serverPrints(kSecond));

        // This PC's print is copy 2, and its copy number must be the next one.
        QVERIFY(!journal.markSending({{kFirst, 0}}, std::nullopt, kPrinter, kOfficer, &error));
        QVERIFY2(error.contains(u"next print is copy 2"_s), qPrintable(error));
        QCOMPARE(printAll(journal, {kFirst}, PrintState::Printed).first().copyNumber, 2);
        QCOMPARE(journal.nextCopyNumber(kFirst), 3);

        // Local prints beyond the server's count: the larger wins.
        QVERIFY2(uploads.storeServerPrints(kFirst, {3, 2}, &error), qPrintable(error));
        QCOMPARE(journal.nextCopyNumber(kFirst), 3);
    }

    void migrationGivesOldPrintsIds()
    {
        // A cache file of the release before print uploads, with three prints in its journal.
        const QString path = m_folder.filePath(u"old%1.sqlite"_s.arg(++m_serial));
        QString error;
        {
            DatabaseUrl url;
            url.sqlitePath = path;
            Database database(url);
            const std::vector<Migration> firstSix(cacheMigrations().begin(), cacheMigrations().begin() + 6);
            QVERIFY2(migrateDatabase(database, firstSix, &error), qPrintable(error));
            QSqlQuery query(database.connection(&error));
            for (const auto &[number, copy, state] :
                 {std::tuple{kFirst, 0, u"printed"_s}, std::tuple{kFirst, 1, u"unconfirmed"_s},
                  std::tuple{kSecond, 0, u"failed"_s}}) {
                QVERIFY2(execPrepared(query,
                                      u"INSERT INTO certificate_print (number, copy_no, state, printer, officer,"
                                      " recorded_at) VALUES (:number, :copy, :state, 'Office_Printer', 'clerk.arera',"
                                      " '2026-12-01T05:00:00.000Z')"_s,
                                      {{u"number"_s, number}, {u"copy"_s, copy}, {u"state"_s, state}}, &error),
                         qPrintable(error));
            }
            QVERIFY2(execPrepared(query, u"UPDATE sync_state SET value = '42' WHERE name = 'cursor'"_s, {}, &error),
                     qPrintable(error));
        }
        std::unique_ptr<LocalCache> cache = LocalCache::open(path, &error);
        QVERIFY2(cache, qPrintable(error));
        QCOMPARE(schemaVersion(cache->database(), &error), 7);
        // Pulled again, for the print summaries.
        QCOMPARE(cache->cursor(), 0);

        PrintJournal journal(*cache);
        QSet<QString> ids;
        for (const QString &number : {kFirst, kSecond}) {
            for (const PrintEntry &entry : journal.entries(number)) {
                static const QRegularExpression uuid(
                    u"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s);
                QVERIFY2(uuid.match(entry.printId).hasMatch(), qPrintable(entry.printId));
                ids.insert(entry.printId);
                QCOMPARE(Timestamp::toStorage(entry.sentAt), u"2026-12-01T05:00:00.000Z"_s);
            }
        }
        QCOMPARE(ids.size(), 3);
        PrintUploads uploads(*cache);
        QCOMPARE(numbersOf(uploads.pendingUploads(QDateTime::currentDateTimeUtc())), (QStringList{kFirst, kFirst}));
        QCOMPARE(journal.entries(kSecond).first().uploadState, PrintUploadState::NotNeeded);
    }
};

QTEST_GUILESS_MAIN(TestWorkstationPrintUploads)
#include "TestWorkstationPrintUploads.moc"
