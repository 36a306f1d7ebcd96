// The signed certificate PDFs in the workstation's cache file (CertificateFiles): what replaces
// what, the upload states, and the order and timing of pending uploads.

#include "cache/CacheSchema.h"
#include "cache/CertificateFiles.h"
#include "cache/LocalCache.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;
using namespace nodues::workstation;

namespace {

const QString kFirst = u"NDC/20302/2026-27/000001"_s;
const QString kSecond = u"NDC/20302/2026-27/000002"_s;

QByteArray pdfNamed(const QByteArray &text)
{
    return "%PDF-1.7\n% "_ba + text + "\n%%EOF\n"_ba;
}

} // namespace

class TestWorkstationCertificateFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_folder;
    int m_serial = 0;

    std::unique_ptr<LocalCache> openCache()
    {
        QString error;
        std::unique_ptr<LocalCache> cache =
            LocalCache::open(m_folder.filePath(u"c%1.sqlite"_s.arg(++m_serial)), &error);
        if (!cache)
            QTest::qFail(qPrintable(error), __FILE__, __LINE__);
        return cache;
    }

private slots:
    void initTestCase() { QVERIFY(m_folder.isValid()); }

    void storeSignedStartsUpload()
    {
        std::unique_ptr<LocalCache> cache = openCache();
        QVERIFY(cache);
        CertificateFiles files(*cache);
        QVERIFY(!files.entry(kFirst));
        QVERIFY(!files.pdf(kFirst));

        QString error;
        const QByteArray pdf = pdfNamed("first");
        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
        QVERIFY2(files.storeSigned(kFirst, pdf, &error), qPrintable(error));
        const std::optional<CertificateFileEntry> entry = files.entry(kFirst);
        QVERIFY(entry);
        QCOMPARE(entry->number, kFirst);
        QCOMPARE(entry->sha256, CertificateFiles::sha256Hex(pdf));
        QCOMPARE(entry->sha256.size(), 64);
        QCOMPARE(entry->bytes, qint64(pdf.size()));
        QCOMPARE(entry->source, CertificateFileSource::SignedHere);
        QCOMPARE(entry->uploadState, CertificateUploadState::Pending);
        QCOMPARE(entry->attempts, 0);
        QVERIFY(!entry->nextAttemptAt.isValid());
        QVERIFY(entry->storedAt >= before);
        QCOMPARE(entry->storedAt.timeSpec(), Qt::UTC);
        QCOMPARE(*files.pdf(kFirst), pdf);
        QCOMPARE(files.pendingUploadCount(), 1);
        QCOMPARE(files.entries().size(), 1);
    }

    void storeRejectsWhatIsNoPdf()
    {
        std::unique_ptr<LocalCache> cache = openCache();
        QVERIFY(cache);
        CertificateFiles files(*cache);
        QString error;
        QVERIFY(!files.storeSigned(kFirst, "<html>not a pdf</html>"_ba, &error));
        QVERIFY2(error.contains(u"not a PDF"_s), qPrintable(error));
        QVERIFY(!files.storeDownloaded(u" "_s, pdfNamed("x"), &error));
        QVERIFY2(error.contains(u"without a certificate number"_s), qPrintable(error));
        QVERIFY(files.entries().isEmpty());
    }

    void uploadStatesFollowTheServer()
    {
        std::unique_ptr<LocalCache> cache = openCache();
        QVERIFY(cache);
        CertificateFiles files(*cache);
        QString error;
        const QByteArray pdf = pdfNamed("first");
        const QString sha = CertificateFiles::sha256Hex(pdf);
        QVERIFY(files.storeSigned(kFirst, pdf, &error));

        // A network failure keeps it pending until the retry time.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY2(files.markUploadFailed(kFirst, sha, u"server_busy"_s, u"Busy"_s, now.addSecs(60), &error),
                 qPrintable(error));
        std::optional<CertificateFileEntry> entry = files.entry(kFirst);
        QCOMPARE(entry->uploadState, CertificateUploadState::Pending);
        QCOMPARE(entry->uploadErrorCode, u"server_busy"_s);
        QCOMPARE(entry->uploadErrorMessage, u"Busy"_s);
        QCOMPARE(entry->attempts, 1);
        QCOMPARE(entry->nextAttemptAt.toMSecsSinceEpoch(), now.addSecs(60).toMSecsSinceEpoch());
        QVERIFY(files.pendingUploads(now).isEmpty());
        QCOMPARE(files.pendingUploads(now.addSecs(61)).size(), 1);
        QCOMPARE(files.pendingUploadCount(), 1);

        // Another file's digest changes nothing.
        QVERIFY(!files.markUploaded(kFirst, CertificateFiles::sha256Hex("other"), &error));
        QVERIFY2(error.contains(kFirst), qPrintable(error));
        QCOMPARE(files.entry(kFirst)->uploadState, CertificateUploadState::Pending);

        QVERIFY2(files.markUploaded(kFirst, sha, &error), qPrintable(error));
        entry = files.entry(kFirst);
        QCOMPARE(entry->uploadState, CertificateUploadState::Uploaded);
        QVERIFY(entry->uploadErrorCode.isEmpty());
        QVERIFY(!entry->nextAttemptAt.isValid());
        QCOMPARE(entry->attempts, 2);
        QCOMPARE(files.pendingUploadCount(), 0);

        // Only a pending upload can change state.
        QVERIFY(!files.markUploadRefused(kFirst, sha, u"x"_s, u"y"_s, &error));
        QCOMPARE(files.entry(kFirst)->uploadState, CertificateUploadState::Uploaded);
    }

    void replacementRules()
    {
        std::unique_ptr<LocalCache> cache = openCache();
        QVERIFY(cache);
        CertificateFiles files(*cache);
        QString error;
        const QByteArray first = pdfNamed("first");
        const QByteArray second = pdfNamed("second");
        const QByteArray published = pdfNamed("published");

        // A pending file is replaced by a new signature, which starts over.
        QVERIFY(files.storeSigned(kFirst, first, &error));
        QVERIFY(files.markUploadFailed(kFirst, CertificateFiles::sha256Hex(first), u"network"_s, u"No response"_s, {},
                                       &error));
        QVERIFY2(files.storeSigned(kFirst, second, &error), qPrintable(error));
        QCOMPARE(*files.pdf(kFirst), second);
        QCOMPARE(files.entry(kFirst)->attempts, 0);
        QVERIFY(files.entry(kFirst)->uploadErrorCode.isEmpty());

        // A refused file too.
        QVERIFY(files.markUploadRefused(kFirst, CertificateFiles::sha256Hex(second), u"certificate_number_mismatch"_s,
                                        u"Wrong number"_s, &error));
        QCOMPARE(files.entry(kFirst)->uploadState, CertificateUploadState::Refused);
        QCOMPARE(files.pendingUploadCount(), 0);
        QVERIFY(files.storeSigned(kFirst, first, &error));
        QCOMPARE(files.entry(kFirst)->uploadState, CertificateUploadState::Pending);

        // An uploaded file is not replaced by a signature, but the same bytes are welcome.
        QVERIFY(files.markUploaded(kFirst, CertificateFiles::sha256Hex(first), &error));
        QVERIFY(!files.storeSigned(kFirst, second, &error));
        QVERIFY2(error.contains(u"already has a published PDF"_s), qPrintable(error));
        QVERIFY2(files.storeSigned(kFirst, first, &error), qPrintable(error));
        QCOMPARE(files.entry(kFirst)->uploadState, CertificateUploadState::Uploaded);
        QCOMPARE(*files.pdf(kFirst), first);

        // The same bytes downloaded keep the uploaded state; other bytes from the server win.
        QVERIFY(files.storeDownloaded(kFirst, first, &error));
        QCOMPARE(files.entry(kFirst)->source, CertificateFileSource::SignedHere);
        QCOMPARE(files.entry(kFirst)->uploadState, CertificateUploadState::Uploaded);
        QVERIFY(files.storeDownloaded(kFirst, published, &error));
        QCOMPARE(files.entry(kFirst)->source, CertificateFileSource::Downloaded);
        QCOMPARE(files.entry(kFirst)->uploadState, CertificateUploadState::NotNeeded);
        QCOMPARE(*files.pdf(kFirst), published);

        // A downloaded file is not replaced by a signature either.
        QVERIFY(!files.storeSigned(kFirst, second, &error));
        QCOMPARE(*files.pdf(kFirst), published);

        // A pending signature gives way to the published file.
        QVERIFY(files.storeSigned(kSecond, first, &error));
        QVERIFY(files.storeDownloaded(kSecond, published, &error));
        QCOMPARE(files.entry(kSecond)->uploadState, CertificateUploadState::NotNeeded);
        QCOMPARE(files.pendingUploadCount(), 0);
        QCOMPARE(files.entries().size(), 2);
        QCOMPARE(files.entries().at(0).number, kFirst);
    }

    void pendingUploadsOldestFirst()
    {
        std::unique_ptr<LocalCache> cache = openCache();
        QVERIFY(cache);
        CertificateFiles files(*cache);
        QString error;
        QVERIFY(files.storeSigned(kSecond, pdfNamed("second"), &error));
        QTest::qWait(5);
        QVERIFY(files.storeSigned(kFirst, pdfNamed("first"), &error));
        const QList<CertificateFileEntry> due = files.pendingUploads(QDateTime::currentDateTimeUtc());
        QCOMPARE(due.size(), 2);
        QCOMPARE(due.at(0).number, kSecond);
        QCOMPARE(due.at(1).number, kFirst);
    }

    void migratesFromVersionTwo()
    {
        // A cache file of the release before certificate files gains the table and keeps its queue.
        const QString path = m_folder.filePath(u"old.sqlite"_s);
        QString error;
        {
            DatabaseUrl url;
            url.sqlitePath = path;
            Database database(url);
            const std::vector<Migration> firstTwo(cacheMigrations().begin(), cacheMigrations().begin() + 2);
            QVERIFY2(migrateDatabase(database, firstTwo, &error), qPrintable(error));
            QCOMPARE(schemaVersion(database, &error), 2);
        }
        std::unique_ptr<LocalCache> cache = LocalCache::open(path, &error);
        QVERIFY2(cache, qPrintable(error));
        QVERIFY(schemaVersion(cache->database(), &error) >= 3);
        CertificateFiles files(*cache);
        QVERIFY2(files.storeSigned(kFirst, pdfNamed("first"), &error), qPrintable(error));
        QCOMPARE(files.pendingUploadCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestWorkstationCertificateFiles)
#include "TestWorkstationCertificateFiles.moc"
