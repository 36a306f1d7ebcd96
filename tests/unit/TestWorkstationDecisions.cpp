// The officers' decisions through the workstation's widgets against an in-process nodues-server
// on loopback, on SQLite and PostgreSQL: a clerk syncs, forwards and rejects; the division
// officer approves a batch of two with the OTP read from the SMS spool; then the server stops, so
// approving is disabled with the reason shown while the clerk's forward waits in the queue, and
// once the server is back the forward is pushed. Dialogs are answered through the
// ScriptedPrompter, with the keyboard.

#include "ApiTestServer.h"
#include "ApplicationFixtures.h"
#include "Clock.h"
#include "OfficeFixtures.h"
#include "WorkstationQueueFixtures.h"
#include "WorkstationSamples.h"
#include "api/OfficerApiClient.h"
#include "app/Fonts.h"
#include "cache/LocalCache.h"
#include "gui/ApprovalFlow.h"
#include "gui/DetailsPanel.h"
#include "gui/MainWindow.h"
#include "gui/QueueDecisions.h"
#include "gui/QueueFilterBar.h"
#include "gui/QueueFilterModel.h"
#include "gui/QueueModel.h"
#include "gui/ScriptedPrompter.h"
#include "gui/StatusBar.h"
#include "gui/UnbreakableText.h"
#include "http/HttpServer.h"
#include "sync/SyncController.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QApplication>
#include <QDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;
using namespace nodues::test;
using namespace nodues::workstation;
using nodues::workstation::test::saveScreen;
using nodues::workstation::test::waitActive;

namespace {

// Four consumers of DC 2030201 (division 20302), one application each.
const QStringList kMobiles{u"9876543210"_s, u"9123456780"_s, u"7012345678"_s, u"6012345678"_s};
const QStringList kIvrs{u"1000000001"_s, u"2000000001"_s, u"3000000001"_s, u"4000000001"_s};
const QString kClerkMobile = u"9000000001"_s;
const QString kDivisionOfficerMobile = u"9000000002"_s;
constexpr int kWaitMs = 20000;

void insertBillingRows(Database &database)
{
    for (qsizetype index = 0; index < kIvrs.size(); ++index) {
        insertBillingConnection(database, BillingFixture{kIvrs.at(index), u"Billed Name"_s, QString(),
                                                         kMobiles.at(index), u"2030201"_s, u"METERED"_s, u"WORKING"_s,
                                                         u"DONE"_s, 0, u"2026-11-15"_s});
    }
}

// A connection of DC 2030201 whose bill has no mobile: a consumer's link to it waits for the
// clerk's check.
const QString kUnclaimedIvrs = u"5000000001"_s;

void insertBillingRowsWithUnclaimed(Database &database)
{
    insertBillingRows(database);
    insertBillingConnection(database, BillingFixture{kUnclaimedIvrs, u"Unclaimed Name"_s, QString(), QString(),
                                                     u"2030201"_s, u"METERED"_s, u"WORKING"_s, u"DONE"_s, 0,
                                                     u"2026-11-15"_s});
}

server::ApiSettings roomyApiSettings()
{
    return {1000, 1000, 1000, 1000, 900, 1000, 1000};
}

OtpSettings roomyOtpSettings()
{
    OtpSettings settings;
    settings.maxCodesPerMobile = 100;
    settings.maxCodesPerMobileAllAddresses = 1000;
    settings.maxCodesPerAddress = 1000;
    return settings;
}

OfficerProfile profileOf(const Officer &officer, const QStringList &dcCodes)
{
    OfficerProfile profile;
    profile.username = officer.username;
    profile.name = officer.name;
    profile.nameHi = officer.nameHi;
    profile.role = officer.role;
    profile.officeCode = officer.officeCode;
    profile.dcCodes = dcCodes;
    return profile;
}

// Presses key where the keyboard focus is, as an officer would.
void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY(target);
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

// One officer's workstation against the test server: its own cache, sync engine and main window.
struct Workstation
{
    QString cachePath;
    ManualClock clock{ApiTestServer::startTime()};
    SyncController sync;
    OfficerApiClient api;
    ScriptedPrompter prompter;
    std::unique_ptr<MainWindow> window;

    bool open(const QUrl &serverUrl, const QString &token, const OfficerProfile &officer, const QString &path)
    {
        cachePath = path;
        SyncSettings settings;
        settings.serverUrl = serverUrl;
        settings.token = token;
        settings.language = u"en"_s;
        settings.cachePath = cachePath;
        settings.intervalMs = 1000;
        settings.requestTimeoutMs = 5000;
        settings.retryMinMs = 200;
        settings.retryMaxMs = 1000;
        QString error;
        if (!sync.configure(settings, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        api.setServerUrl(serverUrl);
        api.setToken(token);
        api.setLanguage(u"en"_s);
        window = std::make_unique<MainWindow>(MainWindowServices{sync, api, prompter, clock}, officer);
        window->show();
        return waitActive(window.get());
    }

    QueueModel &model() const { return *window->queueModel(); }
    const CachedApplication *application(const QString &number) const
    {
        return model().applicationAt(model().rowOf(number));
    }
    QString statusOf(const QString &number) const
    {
        const CachedApplication *found = application(number);
        return found ? found->statusCode() : QString();
    }
    // Makes number current in the queue and gives the queue the keyboard focus.
    bool choose(const QString &number)
    {
        if (!waitActive(window.get()) || !window->selectApplication(number))
            return false;
        window->queueView()->setFocus();
        return QApplication::focusWidget() == window->queueView();
    }
};

} // namespace

class TestWorkstationDecisions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::India));
        QLoggingCategory::setFilterRules(u"nodues.*.info=false\nnodues.*.debug=false"_s);
        QVERIFY(installBundledFonts());
    }

    void clerkAndDivisionOfficerDecide_data() { addBackendColumn(); }
    void clerkAndDivisionOfficerDecide()
    {
        NODUES_START_API_SERVER(api, insertBillingRows, roomyApiSettings(), roomyOtpSettings(), ApplicationSettings{},
                                PasswordHasher::Cost::Interactive);
        QStringList numbers;
        for (qsizetype index = 0; index < kMobiles.size(); ++index)
            numbers << submitApplication(api, kMobiles.at(index), applicationForm(kIvrs.at(index))).number;
        QCOMPARE(numbers.size(), 4);
        Database &database = api.db->database();
        const Officer clerk = addOfficer(database, u"clerk.arera"_s, OfficerRole::Clerk, u"2030201"_s, kClerkMobile);
        const Officer divisionOfficer =
            addOfficer(database, u"dgm.bhopal"_s, OfficerRole::DivisionOfficer, u"20302"_s, kDivisionOfficerMobile);
        const QUrl serverUrl(api.server->url());
        QTemporaryDir directory;

        // The clerk's workstation syncs the four new applications.
        Workstation clerkDesk;
        QVERIFY(clerkDesk.open(serverUrl, officerToken(api, clerk), profileOf(clerk, {u"2030201"_s}),
                               directory.filePath(u"clerk.sqlite"_s)));
        QAbstractItemModelTester tester(&clerkDesk.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE_WITH_TIMEOUT(clerkDesk.model().rowCount(), 4, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(clerkDesk.sync.isOnline(), kWaitMs);
        QCOMPARE(clerkDesk.window->filterModel()->tabCount(QueueTab::ToVerify), 4);

        // Forward the first and the third: F6, Enter.
        for (const QString &number : {numbers.at(0), numbers.at(2)}) {
            QVERIFY(clerkDesk.choose(number));
            clerkDesk.prompter.scriptNextDialog([](QDialog &dialog) {
                QCOMPARE(dialog.objectName(), u"forwardDialog"_s);
                QVERIFY(waitActive(&dialog));
                QTest::keyClicks(QApplication::focusWidget(), u"Verified at the counter"_s);
                press(Qt::Key_Return);
            });
            press(Qt::Key_F6);
            QVERIFY(waitActive(clerkDesk.window.get()));
            QTRY_COMPARE_WITH_TIMEOUT(clerkDesk.statusOf(number), u"forwarded"_s, kWaitMs);
        }

        // Reject the second: F7, the first reason, Enter, and confirm the destructive question.
        QVERIFY(clerkDesk.choose(numbers.at(1)));
        clerkDesk.prompter.scriptNextDialog([](QDialog &dialog) {
            QCOMPARE(dialog.objectName(), u"rejectDialog"_s);
            QVERIFY(waitActive(&dialog));
            press(Qt::Key_Down);
            press(Qt::Key_Return);
        });
        clerkDesk.prompter.answerNext(true);
        press(Qt::Key_F7);
        QVERIFY(waitActive(clerkDesk.window.get()));
        QTRY_COMPARE_WITH_TIMEOUT(clerkDesk.statusOf(numbers.at(1)), u"rejected"_s, kWaitMs);
        QCOMPARE(clerkDesk.application(numbers.at(1))->rejection->reasonCode, u"dues_outstanding"_s);
        QTRY_COMPARE_WITH_TIMEOUT(clerkDesk.sync.pendingActions(), 0, kWaitMs);
        QCOMPARE(clerkDesk.prompter.unansweredCount(), 0);
        // The applicant heard of it in the rejection SMS.
        QVERIFY(api.deliverOutbox());
        QVERIFY(!api.lastBody(kMobiles.at(1)).isEmpty());

        // The division officer approves both forwarded applications with one OTP.
        Workstation officerDesk;
        QVERIFY(officerDesk.open(serverUrl, officerToken(api, divisionOfficer),
                                 profileOf(divisionOfficer, {u"2030201"_s, u"2030202"_s}),
                                 directory.filePath(u"dgm.sqlite"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(officerDesk.window->filterModel()->tabCount(QueueTab::Forwarded), 2, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(officerDesk.sync.isOnline(), kWaitMs);
        QVERIFY(officerDesk.choose(numbers.at(0)));
        press(Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(officerDesk.window->queueView()->selectionModel()->selectedRows().size(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(officerDesk.window->decisions()->approveAction()->isEnabled(), kWaitMs);

        officerDesk.prompter.scriptNextDialog([&api](QDialog &dialog) {
            QCOMPARE(dialog.objectName(), u"otpDialog"_s);
            QVERIFY(waitActive(&dialog));
            saveScreen(dialog, u"approve-otp-dialog-before-code"_s);
            press(Qt::Key_Return); // "Send code" is the default until a code is sent
            auto *codeEdit = dialog.findChild<QLineEdit *>(u"otpCodeEdit"_s);
            QTRY_VERIFY_WITH_TIMEOUT(codeEdit->isEnabled(), kWaitMs);
            const QString code = api.deliveredCode(kDivisionOfficerMobile);
            QCOMPARE(code.size(), 6);
            QCOMPARE(QApplication::focusWidget(), codeEdit);
            QTest::keyClicks(codeEdit, code);
            press(Qt::Key_Return);
            QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), kWaitMs);
        });
        QStringList certificates;
        officerDesk.prompter.scriptNextDialog([&certificates](QDialog &dialog) {
            QCOMPARE(dialog.objectName(), u"approvalResultsDialog"_s);
            QVERIFY(waitActive(&dialog));
            auto *results = dialog.findChild<QTreeWidget *>(u"resultsTree"_s);
            QCOMPARE(results->topLevelItemCount(), 2);
            for (int row = 0; row < results->topLevelItemCount(); ++row)
                certificates << results->topLevelItem(row)->text(1);
            saveScreen(dialog, u"approval-results-dialog-live"_s);
            press(Qt::Key_Return);
        });
        press(Qt::Key_F9);
        QVERIFY(waitActive(officerDesk.window.get()));
        QCOMPARE(officerDesk.prompter.unansweredCount(), 0);
        QCOMPARE(certificates.size(), 2);
        for (const QString &outcome : std::as_const(certificates))
            QVERIFY2(outcome.startsWith(u"Approved; certificate NDC/20302/2026-27/00000"_s), qPrintable(outcome));
        // The response is in the cache at once.
        QCOMPARE(officerDesk.statusOf(numbers.at(0)), u"approved"_s);
        QCOMPARE(officerDesk.statusOf(numbers.at(2)), u"approved"_s);
        QCOMPARE(officerDesk.window->filterModel()->tabCount(QueueTab::ToSign), 2);

        // The server stops: both desks go offline. Approving is disabled with the reason shown.
        const quint16 port = api.server->port();
        server::HttpServerOptions options = api.server->options();
        api.server->stop(std::chrono::milliseconds(500));
        officerDesk.sync.syncNow();
        clerkDesk.sync.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!officerDesk.sync.isOnline(), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!clerkDesk.sync.isOnline(), kWaitMs);
        QVERIFY(!officerDesk.window->decisions()->approveAction()->isEnabled());
        const auto *reason = officerDesk.window->findChild<QLabel *>(u"offlineReasonLabel"_s);
        QVERIFY(reason->isVisible());
        QVERIFY(reason->text().contains(u"need the server"_s));
        QCOMPARE(officerDesk.window->workstationStatusBar()->findChild<QLabel *>(u"connectionLabel"_s)->text(),
                 u"Offline"_s);
        saveScreen(*officerDesk.window, u"main-window-division-officer-offline-live"_s);

        // The clerk forwards the fourth offline: it waits in the queue.
        QVERIFY(clerkDesk.choose(numbers.at(3)));
        clerkDesk.prompter.scriptNextDialog([](QDialog &dialog) {
            QVERIFY(waitActive(&dialog));
            QVERIFY(dialog.findChild<QLabel *>(u"offlineLabel"_s));
            press(Qt::Key_Return);
        });
        press(Qt::Key_F6);
        QVERIFY(waitActive(clerkDesk.window.get()));
        QCOMPARE(clerkDesk.sync.pendingActions(), 1);
        QCOMPARE(clerkDesk.statusOf(numbers.at(3)), u"submitted"_s);
        const QueueModel &clerkModel = clerkDesk.model();
        QCOMPARE(clerkModel.index(clerkModel.rowOf(numbers.at(3)), QueueModel::StatusColumn).data().toString(),
                 u"New · Forward waiting to be sent"_s);
        saveScreen(*clerkDesk.window, u"main-window-clerk-offline-queued"_s);

        // The server comes back on the same port: the forward is pushed and approving returns.
        options.port = port;
        api.server = std::make_unique<server::HttpServer>(api.router, options);
        QString error;
        QVERIFY2(api.server->start(&error), qPrintable(error));
        clerkDesk.sync.syncNow();
        officerDesk.sync.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(clerkDesk.statusOf(numbers.at(3)), u"forwarded"_s, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(clerkDesk.sync.pendingActions(), 0, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(officerDesk.sync.isOnline(), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!reason->isVisible(), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(officerDesk.statusOf(numbers.at(3)), u"forwarded"_s, kWaitMs);

        // The server's copies agree with both desks.
        const QJsonArray changes =
            jsonOf(api.withToken("GET"_ba, "/api/v1/officer/sync"_ba, officerToken(api, divisionOfficer)))[u"changes"_s]
                .toArray();
        QHash<QString, QString> serverStatus;
        for (const QJsonValue &change : changes)
            serverStatus.insert(change[u"number"_s].toString(), change[u"status"_s].toString());
        QCOMPARE(serverStatus.value(numbers.at(0)), u"approved"_s);
        QCOMPARE(serverStatus.value(numbers.at(1)), u"rejected"_s);
        QCOMPARE(serverStatus.value(numbers.at(2)), u"approved"_s);
        QCOMPARE(serverStatus.value(numbers.at(3)), u"forwarded"_s);
    }

    // The clerk refuses a link pending verification, then forwards; the division officer rejects
    // both forwarded applications as one batch with an OTP. Every step goes through the server.
    void clerkRefusesLinkAndDivisionOfficerRejectsBatch_data() { addBackendColumn(); }
    void clerkRefusesLinkAndDivisionOfficerRejectsBatch()
    {
        NODUES_START_API_SERVER(api, insertBillingRowsWithUnclaimed, roomyApiSettings(), roomyOtpSettings(),
                                ApplicationSettings{}, PasswordHasher::Cost::Interactive);
        const QString consumer = api.signIn(kMobiles.at(0));
        QCOMPARE(api.withToken("POST"_ba, "/api/v1/consumer/connections"_ba, consumer,
                               jsonBytes({{u"ivrs"_s, kUnclaimedIvrs}}))
                     .status,
                 201);
        const QStringList numbers{submitApplication(api, kMobiles.at(0), applicationForm(kIvrs.at(0))).number,
                                  submitApplication(api, kMobiles.at(1), applicationForm(kIvrs.at(1))).number};
        Database &database = api.db->database();
        const Officer clerk = addOfficer(database, u"clerk.arera"_s, OfficerRole::Clerk, u"2030201"_s, kClerkMobile);
        const Officer divisionOfficer =
            addOfficer(database, u"dgm.bhopal"_s, OfficerRole::DivisionOfficer, u"20302"_s, kDivisionOfficerMobile);
        const QUrl serverUrl(api.server->url());
        QTemporaryDir directory;

        Workstation clerkDesk;
        QVERIFY(clerkDesk.open(serverUrl, officerToken(api, clerk), profileOf(clerk, {u"2030201"_s}),
                               directory.filePath(u"clerk.sqlite"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(clerkDesk.model().rowCount(), 2, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(clerkDesk.sync.isOnline(), kWaitMs);
        QVERIFY(clerkDesk.application(numbers.at(0))->hasPendingLink());

        // F8 on the first: refuse the pending link and confirm the destructive question.
        QVERIFY(clerkDesk.choose(numbers.at(0)));
        QVERIFY(clerkDesk.window->decisions()->checkLinkAction()->isEnabled());
        QVERIFY(!clerkDesk.window->decisions()->forwardAction()->isEnabled());
        clerkDesk.prompter.scriptNextDialog([](QDialog &dialog) {
            QCOMPARE(dialog.objectName(), u"linkDecisionDialog"_s);
            QVERIFY(waitActive(&dialog));
            auto *combo = dialog.findChild<QComboBox *>(u"linkCombo"_s);
            QCOMPARE(combo->count(), 1);
            QCOMPARE(combo->currentData().toString(), kUnclaimedIvrs);
            QTest::keyClicks(dialog.findChild<QLineEdit *>(u"remarksEdit"_s), u"Bill not produced"_s);
            dialog.findChild<QPushButton *>(u"refuseLinkButton"_s)->click();
        });
        clerkDesk.prompter.answerNext(true);
        press(Qt::Key_F8);
        QVERIFY(waitActive(clerkDesk.window.get()));
        const QList<ScriptedPrompter::Record> questions =
            clerkDesk.prompter.recordsOf(ScriptedPrompter::Kind::Question);
        QCOMPARE(questions.size(), 1);
        QCOMPARE(questions.first().destructive, true);
        // The number is kept on one line by word joiners, which the text compared here drops.
        QCOMPARE(withoutWordJoiners(questions.first().text),
                 u"Refuse the link of IVRS %1 to application %2?"_s.arg(kUnclaimedIvrs, numbers.at(0)));
        QTRY_COMPARE_WITH_TIMEOUT(clerkDesk.sync.pendingActions(), 0, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!clerkDesk.application(numbers.at(0))->hasPendingLink(), kWaitMs);
        QCOMPARE(clerkDesk.application(numbers.at(0))->connections.size(), 1);
        QCOMPARE(countRows(database, u"SELECT COUNT(*) FROM consumer_link WHERE ivrs = :ivrs AND state = 'refused'"_s,
                           {{u"ivrs"_s, kUnclaimedIvrs}}),
                 1);

        // Now both can be forwarded.
        for (const QString &number : numbers) {
            QVERIFY(clerkDesk.choose(number));
            clerkDesk.prompter.scriptNextDialog([](QDialog &dialog) {
                QVERIFY(waitActive(&dialog));
                press(Qt::Key_Return);
            });
            press(Qt::Key_F6);
            QVERIFY(waitActive(clerkDesk.window.get()));
            QTRY_COMPARE_WITH_TIMEOUT(clerkDesk.statusOf(number), u"forwarded"_s, kWaitMs);
        }

        // The division officer selects both and rejects them with one OTP: F7, a reason, the code.
        Workstation officerDesk;
        QVERIFY(officerDesk.open(serverUrl, officerToken(api, divisionOfficer),
                                 profileOf(divisionOfficer, {u"2030201"_s, u"2030202"_s}),
                                 directory.filePath(u"dgm.sqlite"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(officerDesk.window->filterModel()->tabCount(QueueTab::Forwarded), 2, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(officerDesk.sync.isOnline(), kWaitMs);
        QVERIFY(officerDesk.choose(numbers.at(0)));
        press(Qt::Key_A, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(officerDesk.window->decisions()->rejectAction()->isEnabled(), kWaitMs);
        officerDesk.prompter.scriptNextDialog([](QDialog &dialog) {
            QCOMPARE(dialog.objectName(), u"rejectDialog"_s);
            QVERIFY(waitActive(&dialog));
            press(Qt::Key_Down);
            press(Qt::Key_Return);
        });
        officerDesk.prompter.scriptNextDialog([&api](QDialog &dialog) {
            QCOMPARE(dialog.objectName(), u"otpDialog"_s);
            QVERIFY(waitActive(&dialog));
            press(Qt::Key_Return);
            auto *codeEdit = dialog.findChild<QLineEdit *>(u"otpCodeEdit"_s);
            QTRY_VERIFY_WITH_TIMEOUT(codeEdit->isEnabled(), kWaitMs);
            QTest::keyClicks(codeEdit, api.deliveredCode(kDivisionOfficerMobile));
            press(Qt::Key_Return);
            QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), kWaitMs);
        });
        QStringList outcomes;
        officerDesk.prompter.scriptNextDialog([&outcomes](QDialog &dialog) {
            QCOMPARE(dialog.objectName(), u"approvalResultsDialog"_s);
            QVERIFY(waitActive(&dialog));
            auto *results = dialog.findChild<QTreeWidget *>(u"resultsTree"_s);
            for (int row = 0; row < results->topLevelItemCount(); ++row)
                outcomes << results->topLevelItem(row)->text(1);
            press(Qt::Key_Return);
        });
        press(Qt::Key_F7);
        QVERIFY(waitActive(officerDesk.window.get()));
        QCOMPARE(officerDesk.prompter.unansweredCount(), 0);
        QCOMPARE(outcomes.size(), 2);
        for (const QString &number : numbers) {
            QCOMPARE(officerDesk.statusOf(number), u"rejected"_s);
            QCOMPARE(officerDesk.application(number)->rejection->reasonCode, u"dues_outstanding"_s);
        }
        QCOMPARE(countRows(database,
                           u"SELECT COUNT(*) FROM application_event WHERE event = 'rejected' AND actor = :actor"_s,
                           {{u"actor"_s, u"officer:dgm.bhopal"_s}}),
                 2);
        // The history shows each officer with the name the server stores.
        officerDesk.window->filterBar()->setTab(QueueTab::All);
        QVERIFY(officerDesk.choose(numbers.at(1)));
        const auto *history = officerDesk.window->detailsPanel()->findChild<QTreeWidget *>(u"eventsTree"_s);
        QVERIFY(history);
        QStringList actors;
        for (int row = 0; row < history->topLevelItemCount(); ++row)
            actors << history->topLevelItem(row)->text(DetailsPanel::ActorColumn);
        QVERIFY2(actors.contains(u"Test Officer (clerk.arera)"_s), qPrintable(actors.join(u" | "_s)));
        QVERIFY2(actors.contains(u"Test Officer (dgm.bhopal)"_s), qPrintable(actors.join(u" | "_s)));

        // Each applicant heard of it.
        QVERIFY(api.deliverOutbox());
        for (int index = 0; index < 2; ++index)
            QVERIFY(!api.lastBody(kMobiles.at(index)).isEmpty());
    }

    // A selection of more than 200 forwarded applications is rejected on the workstation, before
    // any OTP is requested, with the limit named.
    void batchOverLimitRejectedBeforeOtp_data() { addBackendColumn(); }
    void batchOverLimitRejectedBeforeOtp()
    {
        NODUES_START_API_SERVER(api, insertBillingRows, roomyApiSettings(), roomyOtpSettings(), ApplicationSettings{},
                                PasswordHasher::Cost::Interactive);
        const Officer divisionOfficer = addOfficer(api.db->database(), u"dgm.bhopal"_s, OfficerRole::DivisionOfficer,
                                                   u"20302"_s, kDivisionOfficerMobile);
        QTemporaryDir directory;
        const QString cachePath = directory.filePath(u"dgm.sqlite"_s);
        {
            // The cache already contains 201 forwarded applications of the division.
            QString error;
            const std::unique_ptr<LocalCache> cache = LocalCache::open(cachePath, &error);
            QVERIFY2(cache, qPrintable(error));
            QList<CachedApplication> applications;
            for (int serial = 1; serial <= ApprovalFlow::kMaxBatchSize + 1; ++serial) {
                const std::optional<CachedApplication> application = CachedApplication::fromJson(
                    nodues::test::sampleApplication(u"APP/2030201/2026-27/%1"_s.arg(serial, 6, 10, QChar(u'0')),
                                                                 serial, 2, u"forwarded"_s),
                    &error);
                QVERIFY2(application, qPrintable(error));
                applications << *application;
            }
            QVERIFY2(cache->storeApplications(applications, &error), qPrintable(error));
        }
        Workstation officerDesk;
        QVERIFY(officerDesk.open(QUrl(api.server->url()), officerToken(api, divisionOfficer),
                                 profileOf(divisionOfficer, {u"2030201"_s}), cachePath));
        QTRY_COMPARE_WITH_TIMEOUT(officerDesk.window->filterModel()->tabCount(QueueTab::Forwarded),
                                  ApprovalFlow::kMaxBatchSize + 1, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(officerDesk.sync.isOnline(), kWaitMs);
        QVERIFY(officerDesk.choose(u"APP/2030201/2026-27/000001"_s));
        press(Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(officerDesk.window->queueView()->selectionModel()->selectedRows().size(),
                 ApprovalFlow::kMaxBatchSize + 1);
        QVERIFY(officerDesk.window->decisions()->approveAction()->isEnabled());
        press(Qt::Key_F9);
        const QList<ScriptedPrompter::Record> warnings = officerDesk.prompter.recordsOf(ScriptedPrompter::Kind::Warning);
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.first().text,
                 u"You chose 201 forwarded applications; one decision takes at most 200. Choose fewer and try again."_s);
        QVERIFY(officerDesk.prompter.recordsOf(ScriptedPrompter::Kind::Dialog).isEmpty());
    }
};

QTEST_MAIN(TestWorkstationDecisions)
#include "TestWorkstationDecisions.moc"
