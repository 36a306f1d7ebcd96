// Officer sync while many writers change applications at once, over real HTTP on loopback, on
// PostgreSQL. Writer threads submit applications for different consumers and forward them as
// clerks, while a division officer's reader pages GET /api/v1/officer/sync with a small limit
// from cursor 0 until nothing is new. The reader must end up with every application of its
// jurisdiction at its final version, see change_seq strictly rise within and across pages, never
// be sent back by next_cursor, and never get an entry torn between two versions.

#include "ApiTestServer.h"
#include "ApplicationFixtures.h"
#include "OfficeFixtures.h"
#include "storage/SqlUtil.h"

#include <QAtomicInteger>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QUrl>

#include <memory>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;
using namespace nodues::test;

namespace {

// Consumers of the reader's division (20302), spread over its two DCs, and a few of division
// 20303, whose applications the reader must never see.
constexpr int kDivisionConsumers = 48;
constexpr int kOutsideConsumers = 6;
// How many of each group apply before the race starts; the race forwards those and submits and
// forwards the rest.
constexpr int kSubmittedBefore = 16;
constexpr int kOutsideSubmittedBefore = 2;
constexpr int kWriterThreads = 4;
constexpr int kSyncPageSize = 3;
// Bounds on the reader, so that a server that never stops reporting changes ends the test.
constexpr int kMaxSyncPages = 20000;
constexpr qint64 kMaxReadNanoseconds = 120'000'000'000;
constexpr int kRequestTimeoutMs = 15000;
constexpr int kMaxWriteTries = 4;

const QStringList kReaderDcs{u"2030201"_s, u"2030202"_s};
const QString kOutsideDc = u"2030301"_s;

struct Consumer
{
    QString mobile;
    QString ivrs;
    QString dcCode;
};

QList<Consumer> consumers()
{
    QList<Consumer> list;
    for (int i = 0; i < kDivisionConsumers; ++i) {
        list.append({u"96%1"_s.arg(i, 8, 10, QChar(u'0')), u"73%1"_s.arg(i, 8, 10, QChar(u'0')),
                     kReaderDcs.at(i % kReaderDcs.size())});
    }
    for (int i = 0; i < kOutsideConsumers; ++i)
        list.append({u"95%1"_s.arg(i, 8, 10, QChar(u'0')), u"74%1"_s.arg(i, 8, 10, QChar(u'0')), kOutsideDc});
    return list;
}

void insertBillingRows(Database &database)
{
    for (const Consumer &consumer : consumers()) {
        insertBillingConnection(database, BillingFixture{consumer.ivrs, u"Billed Name"_s, QString(), consumer.mobile,
                                                         consumer.dcCode, u"METERED"_s, u"WORKING"_s, u"DONE"_s, 0,
                                                         u"2026-11-15"_s});
    }
}

// One request and when it was in flight, in nanoseconds of the test's shared timer.
struct TimedResponse
{
    int status = 0;
    QByteArray body;
    qint64 sentAt = 0;
    qint64 answeredAt = 0;
};

// Sends one request on a new connection. Safe on any thread: it uses no QTest macro, and status
// 0 with the reason in body means no response came.
TimedResponse sendTimed(quint16 port, const QElapsedTimer &timer, const QByteArray &method, const QByteArray &target,
                        const QString &token, const QByteArray &body = {})
{
    TimedResponse timed;
    timed.sentAt = timer.nsecsElapsed();
    HttpTestClient client(port);
    QList<std::pair<QByteArray, QByteArray>> headers{{"Authorization"_ba, "Bearer "_ba + token.toLatin1()}};
    if (!body.isEmpty())
        headers.append({"Content-Type"_ba, "application/json"_ba});
    std::optional<HttpTestResponse> response;
    if (client.connectToServer(kRequestTimeoutMs))
        response = client.request(method, target, headers, body, kRequestTimeoutMs);
    timed.answeredAt = timer.nsecsElapsed();
    if (!response) {
        timed.body = "no response to "_ba + method + " "_ba + target;
        return timed;
    }
    timed.status = response->status;
    timed.body = response->body;
    return timed;
}

QJsonObject jsonObjectOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray forwardTarget(const QString &number)
{
    return "/api/v1/officer/applications/"_ba + QUrl::toPercentEncoding(number) + "/forward"_ba;
}

QByteArray forwardBody(const QString &key)
{
    return jsonBytes({{u"version"_s, 1}, {u"idempotency_key"_s, key}});
}

// One writer's work: submit a prepared application and forward it, or forward one submitted
// before the race.
struct WriteJob
{
    QString consumerToken; // set for a submission
    QByteArray submitBody; // the form with its OTP
    QString number;        // set for a forward of an earlier application
    QString clerkToken;    // the clerk of the application's DC
    QString idempotencyKey;
};

struct WriteRecord
{
    QByteArray what;
    int expectedStatus = 0;
    TimedResponse response;   // the last try
    int serverErrorTries = 0; // tries before it that got HTTP 500
};

// Sends a write and sends it again after an HTTP 500, up to kMaxWriteTries in all. A write that
// failed with 500 was rolled back whole, its OTP and idempotency key unused, so the same request
// may be sent again.
WriteRecord sendWrite(quint16 port, const QElapsedTimer &timer, const QByteArray &what, int expectedStatus,
                      const QByteArray &target, const QString &token, const QByteArray &body)
{
    WriteRecord record{what, expectedStatus, {}, 0};
    for (int attempt = 0; attempt < kMaxWriteTries; ++attempt) {
        record.response = sendTimed(port, timer, "POST"_ba, target, token, body);
        if (record.response.status != 500)
            break;
        ++record.serverErrorTries;
    }
    return record;
}

struct SyncChange
{
    QString number;
    QString dcCode;
    qint64 version = 0;
    qint64 changeSeq = 0;
    QString status;
    qsizetype eventCount = 0;
    QString lastEventStatus;
};

struct SyncPage
{
    qint64 after = 0;
    TimedResponse response;
    QList<SyncChange> changes;
    qint64 nextCursor = -1;
    bool hasMore = false;
    bool writersDoneBefore = false;
};

} // namespace

class TestSyncConcurrentWriters : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLoggingCategory::setFilterRules(u"nodues.*.info=false"_s); }

    void readerSeesEveryFinalVersion_data() { addBackendColumn(); }
    void readerSeesEveryFinalVersion()
    {
        QFETCH(QString, backend);
        if (backend == u"sqlite"_s) {
            QSKIP("SQLite lets one write transaction run at a time, so writes cannot commit out of the order "
                  "they took their change_seq in; the race this test looks for needs PostgreSQL");
        }
        ApiTestServer api;
        QString skipReason;
        api.db = TestDatabase::create(backend, &skipReason);
        if (!api.db)
            QSKIP(qPrintable(skipReason));
        Database &database = api.db->database();
        insertOfficeTree(database);
        insertBillingRows(database);
        OtpSettings otp;
        otp.maxCodesPerMobile = 100;
        otp.maxCodesPerMobileAllAddresses = 1000;
        otp.maxCodesPerAddress = 2000;
        QVERIFY(api.start(server::ApiSettings{1000, 1000, 1000, 1000, 900, 1000, 1000}, otp, ApplicationSettings{},
                          PasswordHasher::Cost::Interactive));

        QMap<QString, QString> clerkTokens;
        clerkTokens.insert(u"2030201"_s, officerToken(api, addOfficer(database, u"clerk.kolar"_s, OfficerRole::Clerk,
                                                                      u"2030201"_s, u"9000000001"_s)));
        clerkTokens.insert(u"2030202"_s, officerToken(api, addOfficer(database, u"clerk.arera"_s, OfficerRole::Clerk,
                                                                      u"2030202"_s, u"9000000002"_s)));
        clerkTokens.insert(kOutsideDc, officerToken(api, addOfficer(database, u"clerk.sehore"_s, OfficerRole::Clerk,
                                                                    kOutsideDc, u"9000000003"_s)));
        const QString reader = officerToken(
            api, addOfficer(database, u"dgm.bhopal"_s, OfficerRole::DivisionOfficer, u"20302"_s, u"9000000004"_s));

        // Before the race: some applications submitted, the rest with a submit OTP in hand, so the
        // race itself is made only of the writes under test.
        std::vector<WriteJob> jobs;
        const QList<Consumer> all = consumers();
        int keyNumber = 0;
        const auto nextKey = [&keyNumber] {
            return u"race-key-%1"_s.arg(++keyNumber, 6, 10, QChar(u'0'));
        };
        for (qsizetype i = 0; i < all.size(); ++i) {
            const Consumer &consumer = all.at(i);
            const bool outside = consumer.dcCode == kOutsideDc;
            const qsizetype indexInGroup = outside ? i - kDivisionConsumers : i;
            const bool submitEarly = indexInGroup < (outside ? kOutsideSubmittedBefore : kSubmittedBefore);
            WriteJob job;
            job.clerkToken = clerkTokens.value(consumer.dcCode);
            job.idempotencyKey = nextKey();
            const QJsonObject form = applicationForm(consumer.ivrs);
            if (submitEarly) {
                const SubmittedApplication submitted = submitApplication(api, consumer.mobile, form);
                QCOMPARE(submitted.response.status, 201);
                job.number = submitted.number;
            } else {
                job.consumerToken = api.signIn(consumer.mobile);
                const HttpTestResponse challenge = api.withToken("POST"_ba, "/api/v1/consumer/applications/otp"_ba,
                                                                 job.consumerToken, jsonBytes(form));
                QCOMPARE(challenge.status, 202);
                const QString code = api.deliveredCode(consumer.mobile);
                QCOMPARE(code.size(), 6);
                job.submitBody = jsonBytes(withOtp(form, jsonOf(challenge)[u"challenge_id"_s].toString(), code));
            }
            jobs.push_back(job);
        }
        QCOMPARE(countRows(database, u"SELECT COUNT(*) FROM application"_s),
                 qint64(kSubmittedBefore + kOutsideSubmittedBefore));

        // The race: each writer thread takes every kWriterThreads-th job, one request after
        // another, while this thread pages through sync.
        const quint16 port = api.server->port();
        QElapsedTimer timer;
        timer.start();
        QAtomicInteger<int> writersRunning(kWriterThreads);
        std::vector<std::vector<WriteRecord>> records(kWriterThreads);
        std::vector<std::unique_ptr<QThread>> writers;
        for (int w = 0; w < kWriterThreads; ++w) {
            writers.emplace_back(QThread::create([&, w] {
                for (std::size_t j = std::size_t(w); j < jobs.size(); j += kWriterThreads) {
                    const WriteJob &job = jobs.at(j);
                    QString number = job.number;
                    if (number.isEmpty()) {
                        const WriteRecord submit =
                            sendWrite(port, timer, "submit"_ba, 201, "/api/v1/consumer/applications"_ba,
                                      job.consumerToken, job.submitBody);
                        number = jsonObjectOf(submit.response.body)[u"number"_s].toString();
                        records[std::size_t(w)].push_back(submit);
                        if (number.isEmpty())
                            continue;
                    }
                    records[std::size_t(w)].push_back(sendWrite(port, timer, "forward "_ba + number.toUtf8(), 200,
                                                                forwardTarget(number), job.clerkToken,
                                                                forwardBody(job.idempotencyKey)));
                }
                writersRunning.fetchAndSubOrdered(1);
            }));
        }
        for (const auto &writer : writers)
            writer->start();

        std::vector<SyncPage> pages;
        qint64 cursor = 0;
        while (int(pages.size()) < kMaxSyncPages && timer.nsecsElapsed() < kMaxReadNanoseconds) {
            SyncPage page;
            page.after = cursor;
            page.writersDoneBefore = writersRunning.loadAcquire() == 0;
            page.response = sendTimed(port, timer, "GET"_ba,
                                      "/api/v1/officer/sync?limit="_ba + QByteArray::number(kSyncPageSize) +
                                          "&after="_ba + QByteArray::number(cursor),
                                      reader);
            if (page.response.status != 200) {
                pages.push_back(page);
                break;
            }
            const QJsonObject json = jsonObjectOf(page.response.body);
            const QJsonArray changes = json[u"changes"_s].toArray();
            for (const QJsonValue &value : changes) {
                const QJsonArray events = value[u"events"_s].toArray();
                page.changes.append(SyncChange{value[u"number"_s].toString(), value[u"dc_code"_s].toString(),
                                               value[u"version"_s].toInteger(), value[u"change_seq"_s].toInteger(),
                                               value[u"status"_s].toString(), events.size(),
                                               events.isEmpty() ? QString() : events.last()[u"status"_s].toString()});
            }
            page.nextCursor = json[u"next_cursor"_s].toInteger(-1);
            page.hasMore = json[u"has_more"_s].toBool();
            pages.push_back(page);
            cursor = page.nextCursor;
            // Nothing new on a page requested after every writer had finished: the reader is done.
            if (page.writersDoneBefore && page.changes.isEmpty() && !page.hasMore)
                break;
            if (cursor < 0)
                break;
        }
        // No deadline: each request has its own timeout, and returning early would destroy a
        // running thread.
        for (const auto &writer : writers)
            writer->wait();

        // Every write did what it should.
        std::vector<WriteRecord> writes;
        for (const auto &perThread : records)
            writes.insert(writes.end(), perThread.begin(), perThread.end());
        for (const WriteRecord &write : writes) {
            QVERIFY2(
                write.response.status == write.expectedStatus,
                qPrintable(QString::fromUtf8(write.what + ": HTTP "_ba + QByteArray::number(write.response.status) +
                                             " "_ba + write.response.body.left(300))));
        }
        int serverErrorTries = 0;
        for (const WriteRecord &write : writes)
            serverErrorTries += write.serverErrorTries;
        const int expectedWrites = kDivisionConsumers + kOutsideConsumers + (kDivisionConsumers - kSubmittedBefore) +
                                   (kOutsideConsumers - kOutsideSubmittedBefore);
        QCOMPARE(int(writes.size()), expectedWrites);

        // The race was real: writes were in flight while pages were read.
        int overlapping = 0;
        for (const WriteRecord &write : writes) {
            for (const SyncPage &page : pages) {
                if (page.response.sentAt < write.response.answeredAt &&
                    write.response.sentAt < page.response.answeredAt) {
                    ++overlapping;
                    break;
                }
            }
        }
        int pagesWithChangesDuringRace = 0;
        for (const SyncPage &page : pages) {
            if (!page.writersDoneBefore && !page.changes.isEmpty())
                ++pagesWithChangesDuringRace;
        }
        qInfo("%d of %d writes overlapped a sync request; %d pages read, %d of them with changes while writers ran",
              overlapping, int(writes.size()), int(pages.size()), pagesWithChangesDuringRace);
        QVERIFY(overlapping > 0);

        // Every workflow transaction locks the audit head first (AuditLog::lockHead), so
        // concurrent submissions and decisions cannot deadlock.
        if (serverErrorTries > 0)
            qWarning("%d write tries got HTTP 500 and were sent again (see the server log above)", serverErrorTries);
        QCOMPARE(serverErrorTries, 0);

        // The reader finished by finding nothing new, not by running out of pages or time.
        QVERIFY(!pages.empty());
        QCOMPARE(pages.back().response.status, 200);
        QVERIFY2(pages.back().writersDoneBefore && pages.back().changes.isEmpty(),
                 "The reader stopped before it found a page with nothing new");

        // Pages: change_seq rises strictly within and across pages, next_cursor names the last
        // change (or stays put on an empty page) and never goes back, and no entry mixes versions.
        qint64 lastSeq = 0;
        qint64 lastCursor = 0;
        QMap<QString, qint64> seenVersions;
        QStringList tornEntries;
        for (std::size_t p = 0; p < pages.size(); ++p) {
            const SyncPage &page = pages.at(p);
            const QByteArray where =
                "page "_ba + QByteArray::number(qulonglong(p)) + " after "_ba + QByteArray::number(page.after);
            QVERIFY2(page.changes.size() <= kSyncPageSize, where.constData());
            QVERIFY2(page.nextCursor >= lastCursor, where.constData());
            QCOMPARE(page.nextCursor, page.changes.isEmpty() ? page.after : page.changes.constLast().changeSeq);
            for (const SyncChange &change : page.changes) {
                const QByteArray entry = where + " entry "_ba + change.number.toUtf8() + " v"_ba +
                                         QByteArray::number(change.version) + " seq "_ba +
                                         QByteArray::number(change.changeSeq);
                QVERIFY2(change.changeSeq > lastSeq, entry.constData());
                lastSeq = change.changeSeq;
                QVERIFY2(kReaderDcs.contains(change.dcCode), entry.constData());
                // Each write here adds one event and one version, so a whole entry has as many
                // events as its version, the last one in its current status.
                if (change.eventCount != change.version || change.lastEventStatus != change.status) {
                    tornEntries.append(QString::fromUtf8(entry) +
                                       u" status %1 with %2 events, the last %3"_s.arg(
                                           change.status, QString::number(change.eventCount), change.lastEventStatus));
                }
                QVERIFY2(change.version > seenVersions.value(change.number, 0), entry.constData());
                seenVersions.insert(change.number, change.version);
            }
            lastCursor = page.nextCursor;
        }

        // A sync page is read in one snapshot (ReadSnapshot), so no entry mixes two versions.
        if (!tornEntries.isEmpty())
            qWarning("%d sync entries mixed two versions, the first: %s", int(tornEntries.size()),
                     qPrintable(tornEntries.constFirst()));
        QVERIFY2(tornEntries.isEmpty(), qPrintable(tornEntries.join(u"; "_s)));

        // The union of the pages, keeping each application's highest version, is the database.
        QMap<QString, qint64> stored;
        QString error;
        QSqlDatabase db = database.connection(&error);
        QSqlQuery query(db);
        QVERIFY2(execPrepared(query, u"SELECT number, version FROM application WHERE dc_code IN (:first, :second)"_s,
                              {{u"first"_s, kReaderDcs.at(0)}, {u"second"_s, kReaderDcs.at(1)}}, &error),
                 qPrintable(error));
        while (query.next())
            stored.insert(query.value(0).toString(), query.value(1).toLongLong());
        QCOMPARE(stored.size(), kDivisionConsumers);
        for (auto it = stored.constBegin(); it != stored.constEnd(); ++it)
            QCOMPARE(it.value(), 2);
        QCOMPARE(seenVersions, stored);
    }
};

QTEST_GUILESS_MAIN(TestSyncConcurrentWriters)
#include "TestSyncConcurrentWriters.moc"
