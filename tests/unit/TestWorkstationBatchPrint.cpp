// Batch printing from the workstation's cache, through a real CUPS with the cups-pdf printer that
// the test starts (CupsPrinter), offline (the sync engine points at a closed port):
// - a batch of three certificates is one CUPS job with three A4 pages, each with its QR code;
// - cancelling the progress dialog after the first page sends nothing to CUPS and records
//   nothing printed;
// - after a crash (the journal left as a crash leaves it: a print "sending", its batch open),
//   the window reports the uncertain print and resumes the batch with only the others;
// - the uncertain print is confirmed, or printed again as a copy marked "COPY 1";
// - `--print-batch` runs as a child process (this test executable, which hands --print-batch
//   to runPrintBatchCommand() as nodues-workstation does) to a PDF folder and to the CUPS
//   queue, and names the bad value when refusing options;
// - a certificate whose signed PDF the server refused prints nowhere, and each way of printing
//   says why; one whose upload is pending prints;
// - while CUPS hangs (the test stops its scheduler with SIGSTOP), the window's event loop keeps
//   running: a timer fires and the progress dialog shows, and Cancel works until the job is sent;
// - print jobs have ASCII names whatever the language.

#include "CupsPrinter.h"
#include "PrintOutputChecks.h"
#include "SignedCertificateSamples.h"
#include "WorkstationQueueFixtures.h"
#include "api/OfficerApiClient.h"
#include "app/LanguageSwitcher.h"
#include "app/PrintBatchCommand.h"
#include "app/WorkstationSettings.h"
#include "cache/CertificateFiles.h"
#include "cache/LocalCache.h"
#include "cache/PrintJournal.h"
#include "gui/BatchPrintDialog.h"
#include "gui/CertificatePrinting.h"
#include "gui/ScriptedPrompter.h"
#include "gui/SettingsDialog.h"
#include "gui/UncertainPrintsDialog.h"
#include "print/CertificatePrintRun.h"
#include "print/OffThreadCall.h"
#include "print/PrintJobTitle.h"
#include "sync/SyncController.h"
#include "sync/SyncSettings.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QLabel>
#include <QMap>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinterInfo>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeWidget>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;
using namespace nodues::test;
using namespace nodues::workstation;
using namespace nodues::workstation::test;

namespace {

constexpr int kJobTimeoutMs = 180000;
const QDateTime kNow(QDate(2026, 12, 5), QTime(6, 0), Qt::UTC);
const QString kOfficer = u"dgm.city"_s;

QString certificateNumber(int i)
{
    return u"NDC/20302/2026-27/%1"_s.arg(300 + i, 6, 10, QChar(u'0'));
}

QString applicationNumber(int i)
{
    return u"APP/2030201/2026-27/%1"_s.arg(500 + i, 6, 10, QChar(u'0'));
}

// An approved application with certificate number(i); revoked when asked.
CachedApplication approvedApplication(int i, bool revoked = false)
{
    ApplicationSpec spec;
    spec.number = applicationNumber(i);
    spec.status = u"approved"_s;
    spec.changeSeq = i;
    spec.certificateNumber = certificateNumber(i);
    spec.connections = {ConnectionSpec{u"10000000%1"_s.arg(i, 2, 10, QChar(u'0'))}};
    spec.connections.first().primary = true;
    QJsonObject json = applicationJson(spec);
    if (revoked) {
        QJsonObject certificate = json[u"certificate"_s].toObject();
        certificate[u"revoked"_s] = true;
        certificate[u"revoked_at"_s] = u"2026-12-05T01:00:00.000Z"_s;
        certificate[u"revoked_at_ist"_s] = u"05-12-2026 06:30"_s;
        certificate[u"revoked_reason"_s] = u"Issued in error"_s;
        json[u"certificate"_s] = certificate;
    }
    QString error;
    const std::optional<CachedApplication> application = CachedApplication::fromJson(json, &error);
    if (!application)
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
    return application.value_or(CachedApplication{});
}

quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 9;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

OfficerProfile divisionOfficer()
{
    OfficerProfile officer;
    officer.username = kOfficer;
    officer.name = u"Sunita Verma"_s;
    officer.role = OfficerRole::DivisionOfficer;
    officer.officeCode = u"20302"_s;
    officer.dcCodes = {u"2030201"_s};
    return officer;
}

// The server's message in the tests of refused uploads.
const QString kRefusalMessage =
    u"The PDF is signed with a certificate that is not the one registered for you. Sign it with your registered "
    "Digital Signature Certificate."_s;

// Lets a scheduler that a test paused go on after limit, so that a test whose GUI thread hangs
// in libcups fails instead of hanging.
class SchedulerWatchdog
{
public:
    SchedulerWatchdog(const CupsPrinter &cups, std::chrono::seconds limit)
        : m_thread([this, &cups, limit] {
            std::unique_lock lock(m_mutex);
            if (!m_released.wait_for(lock, limit, [this] { return m_stop; }))
                cups.resume();
        })
    {
    }
    ~SchedulerWatchdog()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_released.notify_all();
        m_thread.join();
    }
    Q_DISABLE_COPY_MOVE(SchedulerWatchdog)

private:
    std::mutex m_mutex;
    std::condition_variable m_released;
    bool m_stop = false;
    std::thread m_thread;
};

// Translates every message into Devanagari text, as the Hindi catalogue does.
class DevanagariTranslator final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        return u"हिंदी "_s + QString::fromUtf8(sourceText);
    }
};

bool isAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar character) { return character.unicode() < 128; });
}

struct ChildRun
{
    int exitCode = -1;
    QString output;
    QString errors;
};

} // namespace

class TestWorkstationBatchPrint : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CupsPrinter> m_cups;
    std::unique_ptr<SignedCertificateSamples> m_samples;
    QHash<QString, QByteArray> m_pdfs;    // by certificate number
    QHash<QString, QString> m_verifyUrls; // by certificate number

    // Per test: a cache with applications 1 to 5 approved; 1 to 4 signed; 5 not signed; 6
    // revoked (signed before the revocation).
    std::unique_ptr<QTemporaryDir> m_folder;
    QString m_cachePath;
    std::unique_ptr<WorkstationSettings> m_settings;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<SyncController> m_sync;
    std::unique_ptr<OfficerApiClient> m_api;
    std::unique_ptr<ScriptedPrompter> m_prompter;
    std::unique_ptr<QWidget> m_window;
    CertificatePrinting *m_printing = nullptr;

    LocalCache &cache() { return *m_sync->cache(); }

    ChildRun runChild(const QStringList &arguments, const QMap<QString, QString> &extraEnvironment = {})
    {
        QProcess process;
        // English messages, and settings of its own rather than the user's.
        QProcessEnvironment environment = m_cups->environment();
        for (auto it = extraEnvironment.cbegin(); it != extraEnvironment.cend(); ++it)
            environment.insert(it.key(), it.value());
        environment.insert(u"NODUES_LANG"_s, u"en"_s);
        environment.insert(u"XDG_CONFIG_HOME"_s, m_folder->filePath(u"child-config"_s));
        process.setProcessEnvironment(environment);
        process.start(QCoreApplication::applicationFilePath(), QStringList{u"--print-batch"_s} + arguments);
        ChildRun run;
        if (!process.waitForStarted(10000) || !process.waitForFinished(kJobTimeoutMs)) {
            run.errors = u"the child did not run: "_s + process.errorString();
            process.kill();
            process.waitForFinished(5000);
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.output = QString::fromUtf8(process.readAllStandardOutput());
        run.errors = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    // A script for the print dialog: the printer chosen in Settings is preselected; accept it.
    static ScriptedPrompter::DialogScript acceptPrintDialog(QString *chosen = nullptr)
    {
        return [chosen](QDialog &dialog) {
            auto *printDialog = qobject_cast<QPrintDialog *>(&dialog);
            QVERIFY(printDialog);
            if (chosen)
                *chosen = printDialog->printer()->printerName();
            dialog.accept();
        };
    }

    static ScriptedPrompter::DialogScript chooseBatch(BatchPrintDialog::Choice choice, BatchPrintDialog::Counts *seen)
    {
        return [choice, seen](QDialog &dialog) {
            auto *batch = qobject_cast<BatchPrintDialog *>(&dialog);
            QVERIFY(batch);
            if (seen) {
                seen->chosen = batch->findChild<QRadioButton *>(u"chosenRadio"_s)->isEnabled() ? 1 : 0;
                seen->unprinted = batch->findChild<QRadioButton *>(u"unprintedRadio"_s)->isEnabled() ? 1 : 0;
            }
            batch->setChoice(choice);
            saveScreen(*batch, u"batch-print-dialog"_s);
            batch->findChild<QPushButton *>(u"printButton"_s)->click();
        };
    }

    // The journal entries of number, as "state:copy".
    QStringList journalOf(const QString &number)
    {
        QStringList states;
        for (const PrintEntry &entry : PrintJournal(cache()).entries(number))
            states << u"%1:%2"_s.arg(printStateCode(entry.state)).arg(entry.copyNumber);
        return states;
    }

    // Records that the server refused the signed PDF of number, as the sync engine does.
    void markRefused(const QString &number)
    {
        QString error;
        QVERIFY2(CertificateFiles(cache()).markUploadRefused(number, CertificateFiles::sha256Hex(m_pdfs.value(number)),
                                                             u"signature_not_registered"_s, kRefusalMessage, &error),
                 qPrintable(error));
    }

private slots:
    void initTestCase()
    {
        const QString missing = missingCheckTool();
        if (!missing.isEmpty())
            QFAIL(qPrintable(missing + u" is missing: install poppler-utils and zbar-tools."_s));
        QString reason;
        if (!CupsPrinter::available(&reason))
            QSKIP(qPrintable(u"CUPS with cups-pdf is not available: "_s + reason));

        QString error;
        m_cups = CupsPrinter::start(&error);
        QVERIFY2(m_cups, qPrintable(error));
        m_cups->useInThisProcess();
        QVERIFY(QPrinterInfo::availablePrinterNames().contains(m_cups->queueName()));

        m_samples = SignedCertificateSamples::create(&error);
        QVERIFY2(m_samples, qPrintable(error));
        for (int i = 1; i <= 6; ++i) {
            QString verifyUrl;
            const std::optional<QByteArray> pdf = m_samples->make(certificateNumber(i), &verifyUrl, &error);
            QVERIFY2(pdf, qPrintable(error));
            m_pdfs.insert(certificateNumber(i), *pdf);
            m_verifyUrls.insert(certificateNumber(i), verifyUrl);
        }
    }

    void cleanupTestCase() { m_cups.reset(); }

    void init()
    {
        QString error;
        QVERIFY2(m_cups->reset(&error), qPrintable(error));
        m_folder = std::make_unique<QTemporaryDir>();
        QVERIFY(m_folder->isValid());
        m_cachePath = m_folder->filePath(u"cache.sqlite"_s);
        {
            std::unique_ptr<LocalCache> cache = LocalCache::open(m_cachePath, &error);
            QVERIFY2(cache, qPrintable(error));
            QList<CachedApplication> applications;
            for (int i = 1; i <= 5; ++i)
                applications.append(approvedApplication(i));
            applications.append(approvedApplication(6, true));
            QVERIFY2(cache->applyPage(applications, 6, &error), qPrintable(error));
            CertificateFiles files(*cache);
            for (const int i : {1, 2, 3, 4, 6})
                QVERIFY2(files.storeSigned(certificateNumber(i), m_pdfs.value(certificateNumber(i)), &error),
                         qPrintable(error));
        }

        m_settings = std::make_unique<WorkstationSettings>(m_folder->filePath(u"settings.ini"_s));
        m_settings->setPrinterName(m_cups->queueName());
        m_clock = std::make_unique<ManualClock>(kNow);
        m_sync = std::make_unique<SyncController>();
        SyncSettings settings;
        settings.serverUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(closedPort()));
        settings.token = u"test-token"_s;
        settings.language = u"en"_s;
        settings.cachePath = m_cachePath;
        settings.intervalMs = 3600 * 1000;
        settings.retryMinMs = 3600 * 1000;
        settings.retryMaxMs = 3600 * 1000;
        QVERIFY2(m_sync->configure(settings, &error), qPrintable(error));
        m_api = std::make_unique<OfficerApiClient>();
        m_prompter = std::make_unique<ScriptedPrompter>();
        m_window = std::make_unique<QWidget>();
        m_printing = new CertificatePrinting(
            MainWindowServices{*m_sync, *m_api, *m_prompter, *m_clock, m_settings.get(), nullptr}, divisionOfficer(),
            m_window.get());
    }

    void cleanup()
    {
        if (m_cups)
            m_cups->resume();
        m_printing = nullptr;
        m_window.reset();
        if (m_sync)
            m_sync->stop();
        m_sync.reset();
        m_api.reset();
        m_prompter.reset();
        m_settings.reset();
        m_folder.reset();
    }

    void journalKeepsCopyNumbersAndTheCrashRule()
    {
        PrintJournal journal(cache(), *m_clock);
        const QString number = certificateNumber(1);
        QString error;
        QCOMPARE(journal.nextCopyNumber(number, &error), 0);

        const auto sending = journal.markSending({{number, 0}}, std::nullopt, u"Queue"_s, kOfficer, &error);
        QVERIFY2(sending, qPrintable(error));
        QCOMPARE(sending->size(), 1);
        QCOMPARE(sending->first().state, PrintState::Sending);
        // "sending" may be on paper: the next print is a copy, and the same copy is refused.
        QCOMPARE(journal.nextCopyNumber(number), 1);
        QVERIFY(!journal.markSending({{number, 0}}, std::nullopt, u"Queue"_s, kOfficer, &error));
        QVERIFY2(error.contains(u"printed meanwhile"_s), qPrintable(error));
        QCOMPARE(journal.uncertain().size(), 1);

        QVERIFY2(journal.markPrinted({sending->first().id}, 42, &error), qPrintable(error));
        QVERIFY(!journal.markPrinted({sending->first().id}, 42, &error));
        QCOMPARE(journal.uncertain().size(), 0);
        const QList<PrintEntry> entries = journal.entries(number);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().cupsJobId, 42);
        QCOMPARE(entries.first().officer, kOfficer);
        QCOMPARE(entries.first().recordedAt, kNow);

        // A failed print is not on paper.
        const auto failed = journal.markSending({{number, 1}}, std::nullopt, u"Queue"_s, kOfficer, &error);
        QVERIFY2(failed && journal.markFailed({failed->first().id}, u"refused"_s, &error), qPrintable(error));
        QCOMPARE(journal.nextCopyNumber(number), 1);
        QCOMPARE(journalOf(number), (QStringList{u"printed:0"_s, u"failed:1"_s}));
        QCOMPARE(journal.numbersOnPaper(), QSet<QString>{number});

        QVERIFY(!journal.openBatch(u"Queue"_s, kOfficer, BatchSelection::Chosen, {}, &error));
        const auto batch = journal.openBatch(u"Queue"_s, kOfficer, BatchSelection::AllUnprinted,
                                             {certificateNumber(2), certificateNumber(3)}, &error);
        QVERIFY2(batch, qPrintable(error));
        QCOMPARE(journal.openBatches().size(), 1);
        QCOMPARE(journal.batch(batch->id)->numbers, (QStringList{certificateNumber(2), certificateNumber(3)}));
        QCOMPARE(journal.batch(batch->id)->selection, BatchSelection::AllUnprinted);
        QVERIFY2(journal.closeBatch(batch->id, BatchState::Done, &error), qPrintable(error));
        QVERIFY(!journal.closeBatch(batch->id, BatchState::Done, &error));
        QVERIFY(journal.openBatches().isEmpty());
    }

    void plansLeaveOutWhatCannotPrint()
    {
        CertificatePrintRun run(cache(), kOfficer, *m_clock);
        QString error;
        const CertificatePrintRun::Plan unprinted = run.planUnprinted(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(unprinted.numbers(),
                 (QStringList{certificateNumber(1), certificateNumber(2), certificateNumber(3), certificateNumber(4)}));
        QVERIFY(unprinted.skipped.isEmpty());

        const CertificatePrintRun::Plan chosen = run.planChosen(
            {certificateNumber(5), certificateNumber(6), u"NDC/99999/2026-27/000001"_s, certificateNumber(2)}, &error);
        QCOMPARE(chosen.numbers(), QStringList{certificateNumber(2)});
        QCOMPARE(chosen.skipped.size(), 3);
        QCOMPARE(chosen.skipped[0].reason, CertificatePrintRun::SkipReason::NotSigned);
        QCOMPARE(chosen.skipped[1].reason, CertificatePrintRun::SkipReason::Revoked);
        QCOMPARE(chosen.skipped[2].reason, CertificatePrintRun::SkipReason::Unknown);
        QVERIFY2(chosen.skipped[1].message.contains(certificateNumber(6)), qPrintable(chosen.skipped[1].message));
    }

    // The window's batch print of three chosen certificates: one job, three A4 pages in order.
    void batchOfThreeIsOneJob()
    {
        const QList<CachedApplication> selection{approvedApplication(1), approvedApplication(2),
                                                 approvedApplication(3)};
        m_printing->setCurrent(selection.first(), selection);
        const QList<int> jobsBefore = m_cups->allJobs();
        QString chosenPrinter;
        m_prompter->scriptNextDialog(chooseBatch(BatchPrintDialog::Choice::Chosen, nullptr));
        m_prompter->scriptNextDialog(acceptPrintDialog(&chosenPrinter));
        QList<int> pagesSeen;
        connect(m_printing, &CertificatePrinting::pagePrinted, this,
                [&](int pages, const QString &) { pagesSeen.append(pages); });
        m_printing->batchPrintAction()->trigger();

        QCOMPARE(chosenPrinter, m_cups->queueName());
        QVERIFY(m_printing->lastResult());
        const CertificatePrintRun::Result result = *m_printing->lastResult();
        QCOMPARE(result.outcome, CertificatePrintRun::Outcome::Printed);
        QCOMPARE(result.printed, (QStringList{certificateNumber(1), certificateNumber(2), certificateNumber(3)}));
        QCOMPARE(result.pages, 3);
        QCOMPARE(pagesSeen, (QList<int>{1, 2, 3}));
        QCOMPARE(m_prompter->recordsOf(ScriptedPrompter::Kind::Information).size(), 1);

        QString error;
        const QString output = m_cups->waitForJobOutput(result.cupsJobId, kJobTimeoutMs, &error);
        QVERIFY2(!output.isEmpty(), qPrintable(error));
        const QList<int> jobsAfter = m_cups->allJobs();
        QCOMPARE(jobsAfter.size(), jobsBefore.size() + 1);
        QCOMPARE(m_cups->outputFiles(), QStringList{output});
        const PdfPages pages = pdfPages(output);
        QCOMPARE(pages.count, 3);
        for (const QString &size : pages.sizes)
            QVERIFY2(size.contains(u"(A4)"_s), qPrintable(size));
        for (int page = 1; page <= 3; ++page)
            QCOMPARE(pdfQrText(output, page), m_verifyUrls.value(certificateNumber(page)));

        // The journal: one batch, done, and an original of each, printed with the CUPS job id.
        PrintJournal journal(cache());
        QVERIFY(result.batchId);
        const std::optional<PrintBatchRecord> batch = journal.batch(*result.batchId);
        QVERIFY(batch);
        QCOMPARE(batch->state, BatchState::Done);
        QCOMPARE(batch->selection, BatchSelection::Chosen);
        QCOMPARE(batch->printer, m_cups->queueName());
        QCOMPARE(batch->total(), 3);
        const QList<PrintEntry> entries = journal.entriesOfBatch(*result.batchId);
        QCOMPARE(entries.size(), 3);
        for (const PrintEntry &entry : entries) {
            QCOMPARE(entry.state, PrintState::Printed);
            QCOMPARE(entry.copyNumber, 0);
            QCOMPARE(entry.cupsJobId, result.cupsJobId);
            QCOMPARE(entry.printer, m_cups->queueName());
            QCOMPARE(entry.officer, kOfficer);
        }

        // Printed now, they are no longer "not yet printed".
        CertificatePrintRun run(cache(), kOfficer);
        QCOMPARE(run.planUnprinted(&error).numbers(), QStringList{certificateNumber(4)});
    }

    void cancelAfterFirstPagePrintsNothing()
    {
        m_printing->setCurrent(std::nullopt, {});
        const QList<int> jobsBefore = m_cups->allJobs();
        m_prompter->scriptNextDialog(chooseBatch(BatchPrintDialog::Choice::AllUnprinted, nullptr));
        m_prompter->scriptNextDialog(acceptPrintDialog());
        int cancelledAt = 0;
        connect(m_printing, &CertificatePrinting::pagePrinted, this, [&](int pages, const QString &) {
            if (pages != 1)
                return;
            auto *progress = m_window->findChild<QProgressDialog *>(u"printProgressDialog"_s);
            QVERIFY(progress);
            QVERIFY(progress->isVisible());
            progress->cancel();
            cancelledAt = pages;
        });
        m_printing->batchPrint();

        QCOMPARE(cancelledAt, 1);
        const CertificatePrintRun::Result result = *m_printing->lastResult();
        QCOMPARE(result.outcome, CertificatePrintRun::Outcome::Cancelled);
        QVERIFY(result.printed.isEmpty());
        QCOMPARE(result.pages, 0);
        const QList<ScriptedPrompter::Record> informed = m_prompter->recordsOf(ScriptedPrompter::Kind::Information);
        QCOMPARE(informed.size(), 1);
        QVERIFY2(informed.first().text.contains(u"Nothing was printed"_s), qPrintable(informed.first().text));

        // Nothing reached CUPS, and the journal records no print, only the cancelled batch.
        QCOMPARE(m_cups->allJobs(), jobsBefore);
        QVERIFY(m_cups->outputFiles().isEmpty());
        PrintJournal journal(cache());
        for (int i = 1; i <= 4; ++i)
            QVERIFY(journal.entries(certificateNumber(i)).isEmpty());
        QVERIFY(journal.openBatches().isEmpty());
        QCOMPARE(journal.batch(*result.batchId)->state, BatchState::Cancelled);
        CertificatePrintRun run(cache(), kOfficer);
        QString error;
        QCOMPARE(run.planUnprinted(&error).certificates.size(), 4);
    }

    // The journal as a crash leaves it: a batch of 1, 2 and 3 open, and 1 "sending" (the process
    // died after recording it and before hearing back from the printer).
    void crashResumesWithoutPrintingTwice()
    {
        QString error;
        PrintJournal journal(cache(), *m_clock);
        const auto batch =
            journal.openBatch(m_cups->queueName(), kOfficer, BatchSelection::AllUnprinted,
                              {certificateNumber(1), certificateNumber(2), certificateNumber(3)}, &error);
        QVERIFY2(batch, qPrintable(error));
        QVERIFY2(journal.markSending({{certificateNumber(1), 0}}, batch->id, m_cups->queueName(), kOfficer, &error),
                 qPrintable(error));

        // Next start: the uncertain print is shown and left for later; the batch resumes.
        QStringList listed;
        m_prompter->scriptNextDialog([&](QDialog &dialog) {
            QVERIFY(qobject_cast<UncertainPrintsDialog *>(&dialog));
            auto *list = dialog.findChild<QTreeWidget *>(u"uncertainList"_s);
            QVERIFY(list);
            for (int i = 0; i < list->topLevelItemCount(); ++i)
                listed << list->topLevelItem(i)->text(0);
            saveScreen(dialog, u"uncertain-prints-dialog"_s);
            dialog.findChild<QPushButton *>(u"laterButton"_s)->click();
        });
        m_prompter->answerNext(true);
        m_prompter->scriptNextDialog(acceptPrintDialog());
        m_printing->checkUnfinishedPrints();

        QCOMPARE(listed, QStringList{certificateNumber(1)});
        const ScriptedPrompter::Record question = m_prompter->recordsOf(ScriptedPrompter::Kind::Question).constLast();
        QVERIFY2(question.text.contains(u"Print the 2 certificates"_s), qPrintable(question.text));
        QCOMPARE(m_prompter->pendingCount(), 0);

        const CertificatePrintRun::Result result = *m_printing->lastResult();
        QCOMPARE(result.outcome, CertificatePrintRun::Outcome::Printed);
        QCOMPARE(result.printed, (QStringList{certificateNumber(2), certificateNumber(3)}));
        QCOMPARE(result.batchId.value_or(0), batch->id);
        QCOMPARE(result.uncertain.size(), 1);
        QCOMPARE(result.uncertain.first().number, certificateNumber(1));
        const QString report = m_prompter->recordsOf(ScriptedPrompter::Kind::Information).constLast().text;
        QVERIFY2(report.contains(certificateNumber(1)) && report.contains(u"may have printed"_s), qPrintable(report));

        const QString output = m_cups->waitForJobOutput(result.cupsJobId, kJobTimeoutMs, &error);
        QVERIFY2(!output.isEmpty(), qPrintable(error));
        QCOMPARE(pdfPages(output).count, 2);
        QCOMPARE(pdfQrText(output, 1), m_verifyUrls.value(certificateNumber(2)));
        QCOMPARE(pdfQrText(output, 2), m_verifyUrls.value(certificateNumber(3)));

        QCOMPARE(journalOf(certificateNumber(1)), QStringList{u"sending:0"_s});
        QCOMPARE(journalOf(certificateNumber(2)), QStringList{u"printed:0"_s});
        QCOMPARE(journalOf(certificateNumber(3)), QStringList{u"printed:0"_s});
        QCOMPARE(journal.batch(batch->id)->state, BatchState::Done);
        // A batch of every unprinted certificate leaves the uncertain one out too.
        CertificatePrintRun run(cache(), kOfficer);
        const CertificatePrintRun::Plan next = run.planUnprinted(&error);
        QCOMPARE(next.numbers(), QStringList{certificateNumber(4)});
        QCOMPARE(next.uncertain.size(), 1);

        // Asked again at the next start, the officer prints it again: it becomes copy 1.
        m_prompter->clearRecords();
        m_prompter->scriptNextDialog(
            [](QDialog &dialog) { dialog.findChild<QPushButton *>(u"printAgainButton"_s)->click(); });
        m_prompter->scriptNextDialog(acceptPrintDialog());
        m_printing->checkUnfinishedPrints();
        const CertificatePrintRun::Result again = *m_printing->lastResult();
        QCOMPARE(again.outcome, CertificatePrintRun::Outcome::Printed);
        QCOMPARE(again.printed, QStringList{certificateNumber(1)});
        QCOMPARE(journalOf(certificateNumber(1)), (QStringList{u"unconfirmed:0"_s, u"printed:1"_s}));
        const QString copy = m_cups->waitForJobOutput(again.cupsJobId, kJobTimeoutMs, &error);
        QVERIFY2(!copy.isEmpty(), qPrintable(error));
        QVERIFY2(pdfText(copy).contains(u"COPY 1"_s), qPrintable(pdfText(copy)));
        QVERIFY(journal.uncertain().isEmpty());
        QVERIFY(journal.openBatches().isEmpty());
    }

    void uncertainPrintCanBeConfirmed()
    {
        QString error;
        PrintJournal journal(cache(), *m_clock);
        QVERIFY(journal.markSending({{certificateNumber(4), 0}}, std::nullopt, m_cups->queueName(), kOfficer, &error));
        m_prompter->scriptNextDialog(
            [](QDialog &dialog) { dialog.findChild<QPushButton *>(u"markPrintedButton"_s)->click(); });
        m_printing->checkUnfinishedPrints();
        QCOMPARE(m_prompter->pendingCount(), 0);
        QCOMPARE(journalOf(certificateNumber(4)), QStringList{u"printed:0"_s});
        QVERIFY(m_cups->allJobs().isEmpty());
    }

    // Print (Ctrl+P) on a certificate printed before asks for confirmation, then prints the next copy.
    void reprintIsRecordedCopy()
    {
        QString error;
        PrintJournal journal(cache(), *m_clock);
        const auto first = journal.markSending({{certificateNumber(2), 0}}, std::nullopt, u"Queue"_s, kOfficer, &error);
        QVERIFY(first && journal.markPrinted({first->first().id}, 0, &error));

        m_printing->setCurrent(approvedApplication(2), {approvedApplication(2)});
        QVERIFY(m_printing->printAction()->isEnabled());
        m_prompter->answerNext(true);
        m_prompter->scriptNextDialog(acceptPrintDialog());
        m_printing->printAction()->trigger();
        const ScriptedPrompter::Record question = m_prompter->recordsOf(ScriptedPrompter::Kind::Question).constLast();
        QCOMPARE(question.acceptVerb, u"Print copy"_s);
        QVERIFY2(question.text.contains(u"copy 1"_s), qPrintable(question.text));
        const CertificatePrintRun::Result result = *m_printing->lastResult();
        QCOMPARE(result.outcome, CertificatePrintRun::Outcome::Printed);
        QVERIFY(!result.batchId);
        QCOMPARE(journalOf(certificateNumber(2)), (QStringList{u"printed:0"_s, u"printed:1"_s}));
        const QString output = m_cups->waitForJobOutput(result.cupsJobId, kJobTimeoutMs, &error);
        QVERIFY2(!output.isEmpty(), qPrintable(error));
        QVERIFY2(pdfText(output).contains(u"COPY 1"_s), qPrintable(pdfText(output)));

        // Not signed, revoked: Print is disabled, and its tooltip gives the reason.
        m_printing->setCurrent(approvedApplication(5), {});
        QVERIFY(!m_printing->printAction()->isEnabled());
        QVERIFY2(m_printing->printAction()->toolTip().contains(u"not signed"_s),
                 qPrintable(m_printing->printAction()->toolTip()));
        m_printing->setCurrent(approvedApplication(6, true), {});
        QVERIFY(!m_printing->printAction()->isEnabled());
        QVERIFY2(m_printing->printAction()->toolTip().contains(u"revoked"_s),
                 qPrintable(m_printing->printAction()->toolTip()));
    }

    // The preview shows the pages and prints nothing.
    void previewShowsPagesOnly()
    {
        m_printing->setCurrent(approvedApplication(3), {approvedApplication(3)});
        QVERIFY(m_printing->printPreviewAction()->isEnabled());
        int pages = -1;
        m_prompter->scriptNextDialog([&pages](QDialog &dialog) {
            QVERIFY(qobject_cast<QPrintPreviewDialog *>(&dialog));
            auto *preview = dialog.findChild<QPrintPreviewWidget *>();
            QVERIFY(preview);
            pages = preview->pageCount();
            dialog.reject();
        });
        m_printing->printPreviewAction()->trigger();
        QCOMPARE(m_prompter->pendingCount(), 0);
        QCOMPARE(pages, 1);
        QVERIFY(m_cups->allJobs().isEmpty());
        QVERIFY(PrintJournal(cache()).entries(certificateNumber(3)).isEmpty());
    }

    // Print inside the preview of a certificate printed before shows the same question as Print
    // (Ctrl+P). Declined, nothing prints. Accepted, the next copy prints, marked on the page.
    void previewPrintAsksBeforeCopy()
    {
        QString error;
        PrintJournal journal(cache(), *m_clock);
        const auto first = journal.markSending({{certificateNumber(3), 0}}, std::nullopt, u"Queue"_s, kOfficer, &error);
        QVERIFY(first && journal.markPrinted({first->first().id}, 0, &error));
        m_printing->setCurrent(approvedApplication(3), {approvedApplication(3)});

        // The preview's Print button hands the real printer to the page painter after its own
        // print dialog; QPrintPreviewWidget::print() does the same without that dialog.
        const auto printFromPreview = [](QDialog &dialog) {
            QVERIFY(qobject_cast<QPrintPreviewDialog *>(&dialog));
            auto *preview = dialog.findChild<QPrintPreviewWidget *>();
            QVERIFY(preview);
            QTRY_COMPARE(preview->pageCount(), 1);
            preview->print();
            dialog.accept();
        };
        m_prompter->answerNext(false);
        m_prompter->scriptNextDialog(printFromPreview);
        m_printing->printPreviewAction()->trigger();
        QCOMPARE(m_prompter->pendingCount(), 0);
        QList<ScriptedPrompter::Record> questions = m_prompter->recordsOf(ScriptedPrompter::Kind::Question);
        QCOMPARE(questions.size(), 1);
        QCOMPARE(questions.first().title, u"Print a copy"_s);
        QCOMPARE(questions.first().acceptVerb, u"Print copy"_s);
        QCOMPARE(questions.first().text,
                 u"Certificate %1 was printed before. Print it again as copy 1?"_s.arg(certificateNumber(3)));
        QCOMPARE(journalOf(certificateNumber(3)), QStringList{u"printed:0"_s});
        QVERIFY(m_cups->allJobs().isEmpty());

        m_prompter->clearRecords();
        m_prompter->answerNext(true);
        m_prompter->scriptNextDialog(printFromPreview);
        m_printing->printPreviewAction()->trigger();
        QCOMPARE(m_prompter->pendingCount(), 0);
        QCOMPARE(m_prompter->recordsOf(ScriptedPrompter::Kind::Question).size(), 1);
        const CertificatePrintRun::Result result = *m_printing->lastResult();
        QCOMPARE(result.outcome, CertificatePrintRun::Outcome::Printed);
        QCOMPARE(journalOf(certificateNumber(3)), (QStringList{u"printed:0"_s, u"printed:1"_s}));
        const QString output = m_cups->waitForJobOutput(result.cupsJobId, kJobTimeoutMs, &error);
        QVERIFY2(!output.isEmpty(), qPrintable(error));
        QVERIFY2(pdfText(output).contains(u"COPY 1"_s), qPrintable(pdfText(output)));
    }

    void commandLinePrintsToPdfFolder()
    {
        const QString folder = m_folder->filePath(u"night"_s);
        QVERIFY(QDir().mkpath(folder));
        m_sync->stop();
        const ChildRun run = runChild(
            {u"--all-unprinted"_s, u"--pdf-dir"_s, folder, u"--cache"_s, m_cachePath, u"--officer"_s, kOfficer});
        QVERIFY2(run.exitCode == kPrintBatchOk, qPrintable(run.output + run.errors));
        for (int i = 1; i <= 4; ++i) {
            const QString file = PrintTarget::pdfFolder(folder).fileFor(certificateNumber(i), 0);
            QCOMPARE(QFileInfo(file).fileName(), u"NDC-20302-2026-27-%1-print.pdf"_s.arg(300 + i, 6, 10, QChar(u'0')));
            QVERIFY2(run.output.contains(u"Printed "_s + certificateNumber(i)), qPrintable(run.output));
            QVERIFY2(QFileInfo::exists(file), qPrintable(file));
            const PdfPages pages = pdfPages(file);
            QCOMPARE(pages.count, 1);
            QVERIFY2(pages.size.contains(u"(A4)"_s), qPrintable(pages.size));
            QCOMPARE(pdfQrText(file, 1), m_verifyUrls.value(certificateNumber(i)));
        }
        QVERIFY2(run.output.contains(u"4 certificates printed"_s), qPrintable(run.output));
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 4);

        QString error;
        std::unique_ptr<LocalCache> reopened = LocalCache::open(m_cachePath, &error);
        QVERIFY2(reopened, qPrintable(error));
        PrintJournal journal(*reopened);
        const QList<PrintEntry> entries = journal.entries(certificateNumber(3));
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().state, PrintState::Printed);
        QCOMPARE(entries.first().printer, u"pdf:"_s + QDir(folder).absolutePath());
        QCOMPARE(entries.first().officer, kOfficer);
        QVERIFY(journal.openBatches().isEmpty());

        // Run again, it finds nothing left to print.
        const ChildRun again = runChild({u"--all-unprinted"_s, u"--pdf-dir"_s, folder, u"--cache"_s, m_cachePath});
        QCOMPARE(again.exitCode, int(kPrintBatchOk));
        QVERIFY2(again.output.contains(u"Nothing to print"_s), qPrintable(again.output));
    }

    void commandLinePrintsToCupsQueue()
    {
        m_sync->stop();
        const QList<int> jobsBefore = m_cups->allJobs();
        const ChildRun run =
            runChild({u"--numbers"_s, certificateNumber(4) + u","_s + certificateNumber(5), u"--printer"_s,
                      m_cups->queueName(), u"--cache"_s, m_cachePath, u"--officer"_s, kOfficer});
        // 4 prints. 5 is not signed, so the run is incomplete and reports the reason.
        QCOMPARE(run.exitCode, int(kPrintBatchIncomplete));
        QVERIFY2(run.output.contains(u"Printed "_s + certificateNumber(4)), qPrintable(run.output));
        QVERIFY2(run.errors.contains(certificateNumber(5)) && run.errors.contains(u"not signed"_s),
                 qPrintable(run.errors));

        QString error;
        const QStringList outputs = m_cups->waitUntilIdle(kJobTimeoutMs, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(m_cups->allJobs().size(), jobsBefore.size() + 1);
        QCOMPARE(outputs.size(), 1);
        QCOMPARE(pdfPages(outputs.first()).count, 1);
        QCOMPARE(pdfQrText(outputs.first(), 1), m_verifyUrls.value(certificateNumber(4)));

        // Again: 4 is a reprint now, marked as copy 1.
        const ChildRun copy = runChild({u"--numbers"_s, certificateNumber(4), u"--printer"_s, m_cups->queueName(),
                                        u"--cache"_s, m_cachePath, u"--officer"_s, kOfficer});
        QCOMPARE(copy.exitCode, int(kPrintBatchOk));
        QVERIFY2(copy.output.contains(u"(copy 1)"_s), qPrintable(copy.output));
        const QStringList both = m_cups->waitUntilIdle(kJobTimeoutMs, &error);
        QCOMPARE(both.size(), 2);
        QVERIFY2(pdfText(both.last()).contains(u"COPY 1"_s), qPrintable(pdfText(both.last())));
    }

    // A scheduler that does not respond: the night run gives up within NODUES_PRINT_TIMEOUT instead
    // of waiting for ever, and prints nothing.
    void commandLineGivesUpOnSilentCups()
    {
        m_sync->stop();
        const QList<int> jobsBefore = m_cups->allJobs();
        const SchedulerWatchdog watchdog(*m_cups, std::chrono::seconds(120));
        QVERIFY(m_cups->pause());
        const ChildRun run = runChild({u"--numbers"_s, certificateNumber(4), u"--printer"_s, m_cups->queueName(),
                                       u"--cache"_s, m_cachePath, u"--officer"_s, kOfficer},
                                      {{u"NODUES_PRINT_TIMEOUT"_s, u"2"_s}});
        QVERIFY(m_cups->resume());
        QVERIFY2(run.exitCode == kPrintBatchUnavailable, qPrintable(u"%1: %2"_s.arg(run.exitCode).arg(run.errors)));
        QVERIFY2(run.errors.contains(u"could not be asked about the printer \""_s + m_cups->queueName()),
                 qPrintable(run.errors));
        QVERIFY2(run.errors.contains(u"did not answer for 2 s"_s), qPrintable(run.errors));
        QCOMPARE(m_cups->allJobs(), jobsBefore);
    }

    // Ctrl+P while CUPS does not respond: the print dialog, which would wait without limit, does
    // not open. The wait gives up after the print time limit, or when the officer cancels it.
    void printDialogWaitsOnlyWithinLimit()
    {
        const SchedulerWatchdog watchdog(*m_cups, std::chrono::seconds(120));
        m_printing->setCurrent(approvedApplication(1), {approvedApplication(1)});
        {
            qputenv("NODUES_PRINT_TIMEOUT", "1");
            const auto restore = qScopeGuard([] { qunsetenv("NODUES_PRINT_TIMEOUT"); });
            QVERIFY(m_cups->pause());
            m_printing->printAction()->trigger();
            QVERIFY(m_cups->resume());
        }
        const QList<ScriptedPrompter::Record> warnings = m_prompter->recordsOf(ScriptedPrompter::Kind::Warning);
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().text.contains(u"did not respond, so the print dialog cannot open"_s),
                 qPrintable(warnings.first().text));
        QCOMPARE(m_prompter->unansweredCount(), 0);
        QVERIFY(journalOf(certificateNumber(1)).isEmpty());

        // Cancel while waiting: nothing opens, and nothing is reported as a failure.
        m_prompter->clearRecords();
        QObject guard;
        bool cancelled = false;
        QTimer poll;
        connect(&poll, &QTimer::timeout, &guard, [&] {
            auto *progress = m_window->findChild<QProgressDialog *>(u"printServiceProgressDialog"_s);
            if (!progress || !progress->isVisible() || cancelled)
                return;
            progress->cancel();
            cancelled = true;
        });
        poll.start(50);
        QVERIFY(m_cups->pause());
        m_printing->printAction()->trigger();
        QVERIFY(m_cups->resume());
        QVERIFY(cancelled);
        QVERIFY(m_prompter->records().isEmpty());
        QCOMPARE(m_prompter->unansweredCount(), 0);
    }

    // Settings lists the printers without waiting for CUPS: with the scheduler stopped, the dialog
    // opens with the saved printer and a note, and fills the list once CUPS responds, or shows
    // that it did not within the print time limit.
    void settingsListsPrintersWithoutWaiting()
    {
        const SchedulerWatchdog watchdog(*m_cups, std::chrono::seconds(120));
        LanguageSwitcher languages;
        QVERIFY(m_cups->pause());
        {
            SettingsDialog dialog(*m_settings, languages);
            auto *note = dialog.findChild<QLabel *>(u"printerNoteLabel"_s);
            auto *printers = dialog.findChild<QComboBox *>(u"printerComboBox"_s);
            QVERIFY(note && printers);
            QCOMPARE(note->text(), u"Looking for the printers of this PC…"_s);
            QCOMPARE(printers->currentData().toString(), m_cups->queueName());
            QVERIFY(m_cups->resume());
            QTRY_VERIFY_WITH_TIMEOUT(note->isHidden(), kJobTimeoutMs);
            QVERIFY(printers->findData(m_cups->queueName()) > 0);
            QCOMPARE(printers->currentData().toString(), m_cups->queueName());
        }

        qputenv("NODUES_PRINT_TIMEOUT", "1");
        const auto restore = qScopeGuard([] { qunsetenv("NODUES_PRINT_TIMEOUT"); });
        QVERIFY(m_cups->pause());
        SettingsDialog dialog(*m_settings, languages);
        auto *note = dialog.findChild<QLabel *>(u"printerNoteLabel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(note->text().startsWith(u"The printing service (CUPS) did not respond"_s),
                                 kJobTimeoutMs);
        QVERIFY(m_cups->resume());
        auto *printers = dialog.findChild<QComboBox *>(u"printerComboBox"_s);
        QCOMPARE(printers->count(), 2);
        QCOMPARE(printers->currentData().toString(), m_cups->queueName());
    }

    void commandLineNamesBadValues_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("named");
        QTest::newRow("no selection") << QStringList{u"--printer"_s, u"X"_s} << int(kPrintBatchUsage)
                                      << u"--all-unprinted"_s;
        QTest::newRow("both selections") << QStringList{u"--all-unprinted"_s, u"--numbers"_s, u"A"_s, u"--printer"_s,
                                                        u"X"_s}
                                         << int(kPrintBatchUsage) << u"--numbers"_s;
        QTest::newRow("empty number") << QStringList{u"--numbers"_s, u"NDC/1,,NDC/2"_s, u"--printer"_s, u"X"_s}
                                      << int(kPrintBatchUsage) << u"NDC/1,,NDC/2"_s;
        QTest::newRow("no target") << QStringList{u"--all-unprinted"_s} << int(kPrintBatchUsage) << u"--pdf-dir"_s;
        QTest::newRow("unknown printer") << QStringList{u"--all-unprinted"_s, u"--printer"_s, u"NoSuchQueue"_s}
                                         << int(kPrintBatchUnavailable) << u"\"NoSuchQueue\""_s;
        QTest::newRow("missing cache") << QStringList{u"--all-unprinted"_s, u"--pdf-dir"_s, u"@FOLDER@"_s, u"--cache"_s,
                                                      u"@FOLDER@/missing.sqlite"_s}
                                       << int(kPrintBatchUnavailable) << u"missing.sqlite"_s;
        QTest::newRow("missing folder") << QStringList{u"--all-unprinted"_s, u"--pdf-dir"_s, u"@FOLDER@/no/such/dir"_s,
                                                       u"--cache"_s, u"@FOLDER@/cache.sqlite"_s}
                                        << int(kPrintBatchUnavailable) << u"@FOLDER@/no/such/dir\" does not exist"_s;
        QTest::newRow("file as folder") << QStringList{u"--all-unprinted"_s, u"--pdf-dir"_s, u"@FOLDER@/cache.sqlite"_s,
                                                       u"--cache"_s, u"@FOLDER@/cache.sqlite"_s}
                                        << int(kPrintBatchUnavailable) << u"@FOLDER@/cache.sqlite\" is not a folder"_s;
        QTest::newRow("bad server") << QStringList{u"--all-unprinted"_s, u"--pdf-dir"_s, u"@FOLDER@"_s, u"--server"_s,
                                                   u"not a url"_s,       u"--officer"_s, u"x"_s}
                                    << int(kPrintBatchUsage) << u"\"not a url\""_s;
    }
    void commandLineNamesBadValues()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, named);
        for (QString &argument : arguments)
            argument.replace(u"@FOLDER@"_s, m_folder->path());
        named.replace(u"@FOLDER@"_s, m_folder->path());
        const ChildRun run = runChild(arguments);
        QVERIFY2(run.exitCode == exitCode, qPrintable(u"%1: %2"_s.arg(run.exitCode).arg(run.errors)));
        QVERIFY2(run.errors.contains(named), qPrintable(run.errors));
        QVERIFY(run.output.isEmpty());
        // A missing folder is not created.
        QVERIFY(!QFileInfo::exists(m_folder->filePath(u"no"_s)));
    }

    // --help lists the options, what --pdf-dir writes, and the exit codes.
    void commandLineHelpListsExitCodes()
    {
        m_sync->stop();
        const ChildRun run = runChild({u"--help"_s});
        QCOMPARE(run.exitCode, int(kPrintBatchOk));
        for (const QString &option : {u"--all-unprinted"_s, u"--numbers"_s, u"--printer"_s, u"--pdf-dir"_s,
                                      u"--server"_s, u"--officer"_s, u"--cache"_s})
            QVERIFY2(run.output.contains(option), qPrintable(option + u" missing in:\n"_s + run.output));
        // The descriptions are wrapped at spaces.
        const QString words = run.output.simplified();
        QVERIFY2(words.contains(u"images of the printed pages, not the signed certificate"_s), qPrintable(run.output));
        QVERIFY2(words.contains(u"-print.pdf"_s), qPrintable(run.output));
        // One term for the workstation's SQLite file, as in the window and the README.
        QVERIFY2(words.contains(u"local cache"_s), qPrintable(run.output));
        QVERIFY2(!words.contains(u"local copy"_s, Qt::CaseInsensitive), qPrintable(run.output));
        QVERIFY2(run.output.contains(u"\nExit codes:\n"_s), qPrintable(run.output));
        for (int code = 0; code <= 4; ++code)
            QVERIFY2(run.output.contains(u"\n  %1  "_s.arg(code)), qPrintable(run.output));
    }

    // A certificate whose signed PDF the server refused is not the published certificate: Print,
    // Print preview, the batch and --print-batch leave it out, each naming it with the server's
    // reason and what to do. A PDF signed here and still waiting for its upload prints.
    void rejectedCertificateDoesNotPrint()
    {
        const QString refused = certificateNumber(2);
        const QString pending = certificateNumber(3);
        markRefused(refused);
        QVERIFY(CertificateFiles(cache()).entry(pending)->isUploadPending());

        CertificatePrintRun run(cache(), kOfficer, *m_clock);
        QString error;
        const CertificatePrintRun::Plan chosen = run.planChosen({refused, pending}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(chosen.numbers(), QStringList{pending});
        QCOMPARE(chosen.skipped.size(), 1);
        QCOMPARE(chosen.skipped.first().number, refused);
        QCOMPARE(chosen.skipped.first().reason, CertificatePrintRun::SkipReason::Refused);
        const QString message = chosen.skipped.first().message;
        QVERIFY2(message.contains(refused), qPrintable(message));
        QVERIFY2(message.contains(kRefusalMessage), qPrintable(message));
        QVERIFY2(message.contains(u"registered Digital Signature Certificate in Settings"_s), qPrintable(message));
        QVERIFY2(message.contains(u"sign the certificate again"_s), qPrintable(message));
        const CertificatePrintRun::Plan unprinted = run.planUnprinted(&error);
        QCOMPARE(unprinted.numbers(), (QStringList{certificateNumber(1), pending, certificateNumber(4)}));
        QCOMPARE(unprinted.skipped.size(), 1);
        QCOMPARE(unprinted.skipped.first().number, refused);
        QCOMPARE(unprinted.skipped.first().reason, CertificatePrintRun::SkipReason::Refused);

        // Ctrl+P and Ctrl+Alt+P stay enabled and explain; no print dialog opens.
        m_printing->setCurrent(approvedApplication(2), {approvedApplication(2)});
        QVERIFY(m_printing->printAction()->isEnabled());
        QVERIFY(m_printing->printPreviewAction()->isEnabled());
        QVERIFY2(m_printing->printAction()->toolTip().contains(kRefusalMessage),
                 qPrintable(m_printing->printAction()->toolTip()));
        m_printing->printAction()->trigger();
        m_printing->printPreviewAction()->trigger();
        const QList<ScriptedPrompter::Record> warnings = m_prompter->recordsOf(ScriptedPrompter::Kind::Warning);
        QCOMPARE(warnings.size(), 2);
        QCOMPARE(warnings.at(0).text, message);
        QCOMPARE(warnings.at(1).text, message);
        QVERIFY(m_prompter->recordsOf(ScriptedPrompter::Kind::Dialog).isEmpty());
        QCOMPARE(m_prompter->unansweredCount(), 0);
        QVERIFY(journalOf(refused).isEmpty());

        // A batch of it and another: the other prints, and the report names the refused one.
        m_prompter->clearRecords();
        const QList<CachedApplication> selection{approvedApplication(1), approvedApplication(2)};
        m_printing->setCurrent(selection.first(), selection);
        QString notes;
        m_prompter->scriptNextDialog([&notes](QDialog &dialog) {
            notes = dialog.findChild<QLabel *>(u"notesLabel"_s)->text();
            dialog.findChild<QPushButton *>(u"printButton"_s)->click();
        });
        m_prompter->scriptNextDialog(acceptPrintDialog());
        m_printing->batchPrint();
        QVERIFY2(notes.contains(u"1 certificates have a signed PDF that the server refused"_s), qPrintable(notes));
        const CertificatePrintRun::Result result = *m_printing->lastResult();
        QCOMPARE(result.outcome, CertificatePrintRun::Outcome::Printed);
        QCOMPARE(result.printed, QStringList{certificateNumber(1)});
        const QString report = m_prompter->recordsOf(ScriptedPrompter::Kind::Information).constLast().text;
        QVERIFY2(report.contains(message), qPrintable(report));
        QVERIFY2(!m_cups->waitForJobOutput(result.cupsJobId, kJobTimeoutMs, &error).isEmpty(), qPrintable(error));
        QCOMPARE(pdfPages(m_cups->outputFiles().constLast()).count, 1);
        QVERIFY(journalOf(refused).isEmpty());

        // --print-batch: the pending one prints, the refused one is named with the reason.
        const QString folder = m_folder->filePath(u"night"_s);
        QVERIFY(QDir().mkpath(folder));
        m_sync->stop();
        const ChildRun child = runChild({u"--numbers"_s, refused + u","_s + pending, u"--pdf-dir"_s, folder,
                                         u"--cache"_s, m_cachePath, u"--officer"_s, kOfficer});
        QCOMPARE(child.exitCode, int(kPrintBatchIncomplete));
        QVERIFY2(child.output.contains(u"Printed "_s + pending), qPrintable(child.output));
        QVERIFY2(!child.output.contains(refused), qPrintable(child.output));
        QVERIFY2(child.errors.contains(refused) && child.errors.contains(kRefusalMessage), qPrintable(child.errors));
        QCOMPARE(QDir(folder).entryList(QDir::Files),
                 QStringList{QFileInfo(PrintTarget::pdfFolder(folder).fileFor(pending, 0)).fileName()});
    }

    // The batch dialog gives each reason a chosen certificate cannot print on a line of its own.
    void batchDialogNamesEachReason()
    {
        markRefused(certificateNumber(2));
        const QList<CachedApplication> selection{approvedApplication(1), approvedApplication(2), approvedApplication(5),
                                                 approvedApplication(6, true)};
        m_printing->setCurrent(selection.first(), selection);
        QStringList notes;
        m_prompter->scriptNextDialog([&notes](QDialog &dialog) {
            notes = dialog.findChild<QLabel *>(u"notesLabel"_s)->text().split(u'\n');
            saveScreen(dialog, u"batch-print-dialog-reasons"_s);
            dialog.reject();
        });
        m_printing->batchPrint();
        QCOMPARE(m_prompter->pendingCount(), 0);
        QVERIFY2(notes.contains(u"1 of the chosen certificates are revoked."_s), qPrintable(notes.join(u'\n')));
        QVERIFY2(notes.contains(u"1 of the chosen certificates are not signed yet, or their signed PDF has not "
                                "reached this PC."_s),
                 qPrintable(notes.join(u'\n')));
        QVERIFY2(notes.filter(u"server refused"_s).size() == 1, qPrintable(notes.join(u'\n')));
        QVERIFY2(notes.filter(u"not approved or revoked"_s).isEmpty(), qPrintable(notes.join(u'\n')));
        QVERIFY(m_cups->allJobs().isEmpty());
    }

    // CUPS stops responding while the batch is being sent. The window's event loop goes on: a
    // timer fires while the submission waits, with the progress dialog and its Cancel button
    // showing and "sending" in the journal. Once CUPS responds, the job prints and is recorded.
    void windowRunsWhileCupsHangs()
    {
        const QList<CachedApplication> selection{approvedApplication(1), approvedApplication(2)};
        m_printing->setCurrent(selection.first(), selection);
        m_prompter->scriptNextDialog(chooseBatch(BatchPrintDialog::Choice::Chosen, nullptr));
        m_prompter->scriptNextDialog(acceptPrintDialog());
        const SchedulerWatchdog watchdog(*m_cups, std::chrono::seconds(120));
        QObject guard;
        bool paused = false;
        bool returned = false;
        QStringList timerFired;
        bool progressShown = false;
        bool cancelShown = false;
        QString label;
        QStringList journalWhileWaiting;
        connect(m_printing, &CertificatePrinting::pagePrinted, &guard, [&](int pages, const QString &) {
            if (pages == 2)
                paused = m_cups->pause();
        });
        connect(m_printing, &CertificatePrinting::waitingForPrinter, &guard, [&](PrintStage stage) {
            if (stage != PrintStage::Sending)
                return;
            QTimer::singleShot(0, &guard, [&] {
                timerFired << (returned ? u"after the print"_s : u"while waiting"_s);
                auto *progress = m_window->findChild<QProgressDialog *>(u"printProgressDialog"_s);
                progressShown = progress && progress->isVisible();
                label = progress ? progress->labelText() : QString();
                const QList<QPushButton *> buttons =
                    progress ? progress->findChildren<QPushButton *>() : QList<QPushButton *>{};
                cancelShown = std::any_of(buttons.cbegin(), buttons.cend(),
                                          [](const QPushButton *button) { return button->isVisible(); });
                journalWhileWaiting = journalOf(certificateNumber(1)) + journalOf(certificateNumber(2));
                m_cups->resume();
            });
        });
        m_printing->batchPrint();
        returned = true;

        QVERIFY(paused);
        QCOMPARE(timerFired, QStringList{u"while waiting"_s});
        QVERIFY(progressShown);
        QVERIFY2(label.startsWith(u"Sending the job to "_s + m_cups->queueName()), qPrintable(label));
        // Cancel stays offered: it would withdraw the job from CUPS.
        QVERIFY(cancelShown);
        QCOMPARE(journalWhileWaiting, (QStringList{u"sending:0"_s, u"sending:0"_s}));

        const CertificatePrintRun::Result result = *m_printing->lastResult();
        QCOMPARE(result.outcome, CertificatePrintRun::Outcome::Printed);
        QCOMPARE(result.printed, (QStringList{certificateNumber(1), certificateNumber(2)}));
        QString error;
        const QString output = m_cups->waitForJobOutput(result.cupsJobId, kJobTimeoutMs, &error);
        QVERIFY2(!output.isEmpty(), qPrintable(error));
        QCOMPARE(pdfPages(output).count, 2);
        QCOMPARE(journalOf(certificateNumber(1)), QStringList{u"printed:0"_s});
        QCOMPARE(journalOf(certificateNumber(2)), QStringList{u"printed:0"_s});
    }

    // Prints certificate 3 alone and waits for its pages, so that a job withdrawn before it would
    // have printed by then: cups-pdf writes jobs in order. Returns the PDFs written in all.
    QStringList printLaterJob()
    {
        m_printing->setCurrent(approvedApplication(3), {approvedApplication(3)});
        m_prompter->scriptNextDialog(chooseBatch(BatchPrintDialog::Choice::Chosen, nullptr));
        m_prompter->scriptNextDialog(acceptPrintDialog());
        m_printing->batchPrint();
        const CertificatePrintRun::Result result = *m_printing->lastResult();
        if (result.outcome != CertificatePrintRun::Outcome::Printed) {
            QTest::qFail(qPrintable(u"the later job did not print: "_s + result.error), __FILE__, __LINE__);
            return {};
        }
        QString error;
        if (m_cups->waitForJobOutput(result.cupsJobId, kJobTimeoutMs, &error).isEmpty())
            QTest::qFail(qPrintable(error), __FILE__, __LINE__);
        return m_cups->outputFiles();
    }

    // Cancel while CUPS hangs during the sending: the job is withdrawn, nothing prints, and the
    // journal records the prints as failed, so the next print is an original again.
    void cancelWhileSendingWithdrawsJob()
    {
        const QList<CachedApplication> selection{approvedApplication(1), approvedApplication(2)};
        m_printing->setCurrent(selection.first(), selection);
        m_prompter->scriptNextDialog(chooseBatch(BatchPrintDialog::Choice::Chosen, nullptr));
        m_prompter->scriptNextDialog(acceptPrintDialog());
        const SchedulerWatchdog watchdog(*m_cups, std::chrono::seconds(120));
        QObject guard;
        bool paused = false;
        QString withdrawingLabel;
        connect(m_printing, &CertificatePrinting::pagePrinted, &guard, [&](int pages, const QString &) {
            if (pages == 2)
                paused = m_cups->pause();
        });
        connect(m_printing, &CertificatePrinting::waitingForPrinter, &guard, [&](PrintStage stage) {
            if (stage != PrintStage::Sending)
                return;
            QTimer::singleShot(0, &guard, [&] {
                auto *progress = m_window->findChild<QProgressDialog *>(u"printProgressDialog"_s);
                QVERIFY(progress);
                QPushButton *cancel = nullptr;
                for (QPushButton *button : progress->findChildren<QPushButton *>()) {
                    if (button->isVisible())
                        cancel = button;
                }
                QVERIFY(cancel);
                cancel->click();
                withdrawingLabel = progress->labelText();
                // The wait passes the cancel on at its next poll, and CUPS responds after that.
                QTimer::singleShot(3 * kOffThreadPollMs, &guard, [this] { m_cups->resume(); });
            });
        });
        m_printing->batchPrint();

        QVERIFY(paused);
        QVERIFY2(withdrawingLabel.startsWith(u"Withdrawing the job from "_s), qPrintable(withdrawingLabel));
        const CertificatePrintRun::Result result = *m_printing->lastResult();
        QCOMPARE(result.outcome, CertificatePrintRun::Outcome::Cancelled);
        QVERIFY(result.printed.isEmpty());
        const QString report = m_prompter->recordsOf(ScriptedPrompter::Kind::Information).constLast().text;
        QVERIFY2(report.contains(u"Nothing was printed"_s), qPrintable(report));
        QCOMPARE(journalOf(certificateNumber(1)), QStringList{u"failed:0"_s});
        QCOMPARE(journalOf(certificateNumber(2)), QStringList{u"failed:0"_s});
        QCOMPARE(PrintJournal(cache()).nextCopyNumber(certificateNumber(1)), 0);

        QCOMPARE(printLaterJob().size(), 1);
    }

    // A scheduler that stays silent longer than NODUES_PRINT_TIMEOUT: the job is withdrawn and
    // reported as not printed, instead of waiting for ever.
    void silentSchedulerTimesOut()
    {
        qputenv("NODUES_PRINT_TIMEOUT", "2");
        const auto restore = qScopeGuard([] { qunsetenv("NODUES_PRINT_TIMEOUT"); });
        m_printing->setCurrent(approvedApplication(1), {approvedApplication(1)});
        m_prompter->scriptNextDialog(chooseBatch(BatchPrintDialog::Choice::Chosen, nullptr));
        m_prompter->scriptNextDialog(acceptPrintDialog());
        const SchedulerWatchdog watchdog(*m_cups, std::chrono::seconds(120));
        QObject guard;
        bool paused = false;
        const QMetaObject::Connection pauseOnPage = connect(m_printing, &CertificatePrinting::pagePrinted, &guard,
                                                            [&](int, const QString &) { paused = m_cups->pause(); });
        m_printing->batchPrint();
        disconnect(pauseOnPage);
        QVERIFY(m_cups->resume());

        QVERIFY(paused);
        const CertificatePrintRun::Result result = *m_printing->lastResult();
        QCOMPARE(result.outcome, CertificatePrintRun::Outcome::Failed);
        // Without the English catalogue this test shows the source's "second(s)".
        QVERIFY2(result.error.contains(u"did not answer for 2 second"_s), qPrintable(result.error));
        QVERIFY2(result.error.contains(u"so the job was withdrawn. Nothing was printed."_s), qPrintable(result.error));
        const QString warning = m_prompter->recordsOf(ScriptedPrompter::Kind::Warning).constLast().text;
        QVERIFY2(warning.contains(result.error), qPrintable(warning));
        QCOMPARE(journalOf(certificateNumber(1)), QStringList{u"failed:0"_s});

        QCOMPARE(printLaterJob().size(), 1);
    }

    // CUPS hangs while the printer is looked up, before any page is painted: Cancel ends the
    // wait, and nothing is printed or recorded.
    void cancelWhileCupsHangsPrintsNothing()
    {
        m_printing->setCurrent(approvedApplication(3), {approvedApplication(3)});
        const SchedulerWatchdog watchdog(*m_cups, std::chrono::seconds(120));
        QObject guard;
        bool paused = false;
        m_prompter->scriptNextDialog([&paused, this](QDialog &dialog) {
            QVERIFY(qobject_cast<QPrintDialog *>(&dialog));
            dialog.accept();
            paused = m_cups->pause();
        });
        QList<PrintStage> stages;
        bool cancelled = false;
        connect(m_printing, &CertificatePrinting::waitingForPrinter, &guard, [&](PrintStage stage) {
            stages << stage;
            QTimer::singleShot(0, &guard, [&] {
                auto *progress = m_window->findChild<QProgressDialog *>(u"printProgressDialog"_s);
                if (!progress || !progress->isVisible())
                    return;
                progress->cancel();
                cancelled = true;
            });
        });
        int pages = 0;
        connect(m_printing, &CertificatePrinting::pagePrinted, &guard, [&pages] { ++pages; });
        m_printing->printAction()->trigger();
        QVERIFY(m_cups->resume());

        QVERIFY(paused);
        QCOMPARE(stages, QList<PrintStage>{PrintStage::FindingPrinter});
        QVERIFY(cancelled);
        QCOMPARE(pages, 0);
        QCOMPARE(m_printing->lastResult()->outcome, CertificatePrintRun::Outcome::Cancelled);
        const QString report = m_prompter->recordsOf(ScriptedPrompter::Kind::Information).constLast().text;
        QVERIFY2(report.contains(u"Nothing was printed"_s), qPrintable(report));
        QVERIFY(journalOf(certificateNumber(3)).isEmpty());
        QString error;
        QCOMPARE(m_cups->allJobs(&error), QList<int>{});
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // The job name that CUPS and cups-pdf see is ASCII, also when the window speaks Hindi.
    void jobNamesStayAscii()
    {
        QCOMPARE(certificateJobTitle(u"NDC/20104/2026-27/000008"_s), u"NoDues NDC-20104-2026-27-000008"_s);
        QCOMPARE(batchJobTitle(5), u"NoDues batch of 5"_s);

        DevanagariTranslator hindi;
        QVERIFY(QCoreApplication::installTranslator(&hindi));
        const auto uninstall = qScopeGuard([&hindi] { QCoreApplication::removeTranslator(&hindi); });
        m_printing->setCurrent(approvedApplication(1), {approvedApplication(1)});
        QString docName;
        m_prompter->scriptNextDialog([&docName](QDialog &dialog) {
            auto *printDialog = qobject_cast<QPrintDialog *>(&dialog);
            QVERIFY(printDialog);
            docName = printDialog->printer()->docName();
            QVERIFY2(!isAscii(dialog.windowTitle()), qPrintable(dialog.windowTitle()));
            dialog.accept();
        });
        m_printing->printAction()->trigger();
        QCOMPARE(docName, u"NoDues NDC-20302-2026-27-000301"_s);
        const CertificatePrintRun::Result result = *m_printing->lastResult();
        QCOMPARE(result.outcome, CertificatePrintRun::Outcome::Printed);
        QString error;
        const QString output = m_cups->waitForJobOutput(result.cupsJobId, kJobTimeoutMs, &error);
        QVERIFY2(!output.isEmpty(), qPrintable(error));
        const QString fileName = QFileInfo(output).fileName();
        QVERIFY2(isAscii(fileName), qPrintable(fileName));
        QVERIFY2(fileName.contains(u"NDC-20302-2026-27-000301"_s), qPrintable(fileName));
    }
};

// As nodues-workstation does, this executable runs --print-batch when asked, so the tests can start
// the command as a child process; otherwise it runs the tests.
int main(int argc, char *argv[])
{
    if (isPrintBatchCommand(argc, argv))
        return runPrintBatchCommand(argc, argv);
    QApplication app(argc, argv);
    TestWorkstationBatchPrint test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestWorkstationBatchPrint.moc"
