// The officer's main window on a cache filled beforehand and no server, because the sync engine
// points at a closed port. It opens from the cache, is worked with the keyboard alone (move, open the
// details, act, confirm dialogs with Enter), shows rupees with Indian grouping, IST times and
// flagged connections, marks refused actions, and follows the officer's role. Dialogs are answered
// through the ScriptedPrompter. Each screen is saved as a PNG in English and Hindi.

#include "Clock.h"
#include "WorkstationQueueFixtures.h"
#include "api/OfficerApiClient.h"
#include "app/Fonts.h"
#include "app/LanguageSwitcher.h"
#include "cache/ActionQueue.h"
#include "cache/LocalCache.h"
#include "gui/ApprovalResultsDialog.h"
#include "gui/DetailsPanel.h"
#include "gui/MainWindow.h"
#include "gui/OtpDialog.h"
#include "gui/QueueDecisions.h"
#include "gui/QueueFilterBar.h"
#include "gui/QueueFilterModel.h"
#include "gui/QueueModel.h"
#include "gui/RejectDialog.h"
#include "gui/ScriptedPrompter.h"
#include "gui/StatusBar.h"
#include "sync/SyncController.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;
using namespace nodues::workstation;
using namespace nodues::workstation::test;

namespace {

// 2026-12-05 11:30 IST.
const QDateTime kNow(QDate(2026, 12, 5), QTime(6, 0), Qt::UTC);

QString number(int serial)
{
    return u"APP/2030201/2026-27/%1"_s.arg(serial, 6, 10, QLatin1Char('0'));
}

// Three new applications (the first with ₹1,23,456.00 of dues, a link pending verification and
// an unlinked connection; submitted 05-12-2026 00:30 IST) and two forwarded ones.
QList<CachedApplication> windowFixture()
{
    QList<CachedApplication> applications;
    ApplicationSpec first;
    first.number = number(1);
    first.submittedAt = QDateTime(QDate(2026, 12, 4), QTime(19, 0), Qt::UTC);
    first.connections = {{u"1000000001"_s, u"billing_mobile"_s, true, u"Ramesh Kumar"_s, 12345600},
                         {u"1000000003"_s, u"unlinked"_s, false, u"Suresh Kumar"_s, 78000},
                         {u"2000000004"_s, u"pending_verification"_s, false, u"Gopal Singh"_s, 0}};
    applications << cachedApplication(first);

    const QStringList names{u"Anita Devi"_s, u"Mohan Lal"_s, u"Gopal Singh"_s, u"Kishan Lal"_s};
    const QStringList namesHi{u"अनीता देवी"_s, u"मोहन लाल"_s, u"गोपाल सिंह"_s, u"किशन लाल"_s};
    for (int index = 0; index < names.size(); ++index) {
        ApplicationSpec spec;
        spec.number = number(index + 2);
        spec.status = index < 2 ? u"submitted"_s : u"forwarded"_s;
        spec.name = names.at(index);
        spec.nameHi = namesHi.at(index);
        spec.mobileMasked = u"9%1XXXXX00%1"_s.arg(index);
        spec.submittedAt = QDateTime(QDate(2026, 12, 5), QTime(1 + index, 0), Qt::UTC);
        spec.version = index < 2 ? 1 : 2;
        spec.changeSeq = index + 2;
        spec.connections = {
            {QString::number(index + 3) + u"000000002"_s, u"billing_mobile"_s, true, names.at(index), 0}};
        applications << cachedApplication(spec);
    }
    return applications;
}

OfficerProfile officerWithRole(OfficerRole role)
{
    OfficerProfile officer;
    officer.username = role == OfficerRole::Clerk ? u"rkumar"_s : u"dgm.city"_s;
    officer.name = role == OfficerRole::Clerk ? u"Rakesh Kumar"_s : u"Sunita Verma"_s;
    officer.nameHi = role == OfficerRole::Clerk ? u"राकेश कुमार"_s : u"सुनीता वर्मा"_s;
    officer.role = role;
    officer.officeCode = role == OfficerRole::Clerk ? u"2030201"_s : u"20302"_s;
    officer.dcCodes = {u"2030201"_s};
    officer.mobileMasked = u"94XXXXX001"_s;
    return officer;
}

// A port on 127.0.0.1 that nothing listens on.
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 9;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

// A main window over a cache filled with windowFixture(), synced against a closed port.
struct WindowHarness
{
    QTemporaryDir directory;
    ManualClock clock{kNow};
    SyncController sync;
    OfficerApiClient api;
    ScriptedPrompter prompter;
    std::unique_ptr<MainWindow> window;

    bool open(OfficerRole role, LanguageSwitcher *languages = nullptr)
    {
        const QString cachePath = directory.filePath(u"cache.sqlite"_s);
        QString error;
        {
            std::unique_ptr<LocalCache> cache = LocalCache::open(cachePath, &error);
            if (!cache || !cache->applyPage(windowFixture(), 6, &error)) {
                qWarning("%s", qPrintable(error));
                return false;
            }
        }
        const QUrl serverUrl(u"http://127.0.0.1:%1"_s.arg(closedPort()));
        SyncSettings settings;
        settings.serverUrl = serverUrl;
        settings.token = u"test-token"_s;
        settings.language = u"en"_s;
        settings.cachePath = cachePath;
        settings.intervalMs = 3600 * 1000;
        settings.retryMinMs = 3600 * 1000;
        settings.retryMaxMs = 3600 * 1000;
        if (!sync.configure(settings, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        api.setServerUrl(serverUrl);
        api.setToken(u"test-token"_s);
        window = std::make_unique<MainWindow>(MainWindowServices{sync, api, prompter, clock, nullptr, languages},
                                              officerWithRole(role));
        return true;
    }

    bool show()
    {
        window->show();
        return waitActive(window.get());
    }

    QTableView &view() const { return *window->queueView(); }
    QString currentNumber() const { return view().currentIndex().data(QueueModel::NumberRole).toString(); }
    QString shownNumber() const { return window->detailsPanel()->findChild<QLabel *>(u"numberLabel"_s)->text(); }
    QList<QueuedAction> actions() { return ActionQueue(*sync.cache()).list(); }
    QString statusText(const QString &applicationNumber) const
    {
        QueueModel &model = *window->queueModel();
        return model.index(model.rowOf(applicationNumber), QueueModel::StatusColumn).data().toString();
    }
};

// Prefixes every message of the workstation's classes, so a test sees which texts were asked for
// again after a language change.
class MarkingTranslator final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (!QByteArrayView(context).startsWith("nodues::workstation::"))
            return {};
        return u"[hi] "_s + QString::fromUtf8(sourceText);
    }
};

// Presses key where the keyboard focus is, as an officer would.
void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QVERIFY(QTest::qWaitFor([] { return QApplication::activeWindow() != nullptr; }, 5000));
    QWidget *target = QApplication::focusWidget();
    QVERIFY(target);
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

} // namespace

Q_DECLARE_METATYPE(nodues::workstation::Language)

class TestWorkstationMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::India));
        QVERIFY(installBundledFonts());
    }

    void opensFromCacheWithoutServer()
    {
        WindowHarness harness;
        QVERIFY(harness.open(OfficerRole::Clerk));
        // Filled before any event ran, so before any response or failure from the network.
        QCOMPARE(harness.window->queueModel()->rowCount(), 5);
        QCOMPARE(harness.window->filterModel()->tab(), QueueTab::New);
        QCOMPARE(harness.window->filterModel()->rowCount(), 3);
        QCOMPARE(harness.currentNumber(), number(1));
        QCOMPARE(harness.shownNumber(), u"Application %1"_s.arg(number(1)));
        QAbstractItemModelTester modelTester(harness.window->queueModel(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(harness.window->filterModel(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);

        QVERIFY(harness.show());
        const auto *tabs = harness.window->filterBar()->tabBar();
        QCOMPARE(tabs->tabText(int(QueueTab::New)), u"New (3)"_s);
        QCOMPARE(tabs->tabText(int(QueueTab::Forwarded)), u"Forwarded (2)"_s);
        QCOMPARE(tabs->tabText(int(QueueTab::All)), u"All (5)"_s);
        const auto *connection = harness.window->workstationStatusBar()->findChild<QLabel *>(u"connectionLabel"_s);
        QCOMPARE(connection->text(), u"Offline"_s);
        QCOMPARE(harness.window->workstationStatusBar()->findChild<QLabel *>(u"lastSyncLabel"_s)->text(),
                 u"Not synced yet"_s);
        // The first round fails against the closed port; the window stays as it was.
        QTRY_VERIFY(!harness.sync.isSyncing());
        QCOMPARE(harness.window->queueModel()->rowCount(), 5);
    }

    void worksWithKeyboardOnly()
    {
        WindowHarness harness;
        QVERIFY(harness.open(OfficerRole::Clerk));
        QVERIFY(harness.show());
        QTableView &view = harness.view();
        QCOMPARE(QApplication::focusWidget(), &view);

        // Move, open the details, come back.
        press(Qt::Key_Down);
        QCOMPARE(harness.currentNumber(), number(2));
        QCOMPARE(harness.shownNumber(), u"Application %1"_s.arg(number(2)));
        press(Qt::Key_Return);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"connectionsTree"_s);
        press(Qt::Key_Escape);
        QCOMPARE(QApplication::focusWidget(), &view);

        // Forward the second application: F6, type remarks, Enter.
        harness.prompter.scriptNextDialog([](QDialog &dialog) {
            QCOMPARE(dialog.objectName(), u"forwardDialog"_s);
            QVERIFY(waitActive(&dialog));
            QCOMPARE(QApplication::focusWidget()->objectName(), u"remarksEdit"_s);
            QTest::keyClicks(QApplication::focusWidget(), u"Bill seen at the counter"_s);
            press(Qt::Key_Return);
        });
        press(Qt::Key_F6);
        QVERIFY(waitActive(harness.window.get()));
        QCOMPARE(harness.prompter.unansweredCount(), 0);
        QList<QueuedAction> actions = harness.actions();
        QCOMPARE(actions.size(), 1);
        QCOMPARE(actions.at(0).kind, ActionKind::Forward);
        QCOMPARE(actions.at(0).number, number(2));
        QCOMPARE(actions.at(0).version, 1);
        QCOMPARE(actions.at(0).remarks, u"Bill seen at the counter"_s);
        QCOMPARE(harness.statusText(number(2)), u"New · Forward waiting to be sent"_s);
        QVERIFY(!harness.window->decisions()->forwardAction()->isEnabled());
        // The English plural ("1 action") comes from nodues_en.ts, which the catalogue refresh fills.
        QTRY_VERIFY(harness.window->workstationStatusBar()
                        ->findChild<QLabel *>(u"pendingActionsLabel"_s)
                        ->text()
                        .startsWith(u"1 action"_s));
        QVERIFY(harness.window->detailsPanel()->findChild<QLabel *>(u"pendingActionLabel"_s)->isVisible());

        // Reject the third: F7, choose the first reason with the arrow key, Enter; the
        // destructive question is answered through the prompter.
        QCOMPARE(QApplication::focusWidget(), &view);
        press(Qt::Key_Down);
        QCOMPARE(harness.currentNumber(), number(3));
        harness.prompter.scriptNextDialog([](QDialog &dialog) {
            QCOMPARE(dialog.objectName(), u"rejectDialog"_s);
            QVERIFY(waitActive(&dialog));
            QCOMPARE(QApplication::focusWidget()->objectName(), u"reasonCombo"_s);
            auto *rejectButton = dialog.findChild<QPushButton *>(u"rejectButton"_s);
            QVERIFY(!rejectButton->isEnabled());
            press(Qt::Key_Down);
            QVERIFY(rejectButton->isEnabled());
            press(Qt::Key_Return);
        });
        harness.prompter.answerNext(true);
        press(Qt::Key_F7);
        QVERIFY(waitActive(harness.window.get()));
        const ScriptedPrompter::Record question =
            harness.prompter.recordsOf(ScriptedPrompter::Kind::Question).constLast();
        QVERIFY(question.destructive);
        QCOMPARE(question.acceptVerb, u"Reject"_s);
        actions = harness.actions();
        QCOMPARE(actions.size(), 2);
        QCOMPARE(actions.at(1).kind, ActionKind::Reject);
        QCOMPARE(actions.at(1).number, number(3));
        QCOMPARE(actions.at(1).reasonCode, u"dues_outstanding"_s);

        // The first application waits for its link check: F6 does nothing, F8 confirms the link.
        press(Qt::Key_Up);
        press(Qt::Key_Up);
        QCOMPARE(harness.currentNumber(), number(1));
        QVERIFY(!harness.window->decisions()->forwardAction()->isEnabled());
        const qsizetype dialogsBefore = harness.prompter.recordsOf(ScriptedPrompter::Kind::Dialog).size();
        press(Qt::Key_F6);
        QVERIFY(waitActive(harness.window.get()));
        QCOMPARE(harness.prompter.recordsOf(ScriptedPrompter::Kind::Dialog).size(), dialogsBefore);
        harness.prompter.scriptNextDialog([](QDialog &dialog) {
            QCOMPARE(dialog.objectName(), u"linkDecisionDialog"_s);
            QVERIFY(waitActive(&dialog));
            QCOMPARE(dialog.findChild<QComboBox *>(u"linkCombo"_s)->currentData().toString(), u"2000000004"_s);
            press(Qt::Key_Return);
        });
        press(Qt::Key_F8);
        QVERIFY(waitActive(harness.window.get()));
        actions = harness.actions();
        QCOMPARE(actions.size(), 3);
        QCOMPARE(actions.at(2).kind, ActionKind::ConfirmLink);
        QCOMPARE(actions.at(2).ivrs, u"2000000004"_s);
        // With the link check queued, Forward is offered; Escape cancels its dialog.
        QVERIFY(harness.window->decisions()->forwardAction()->isEnabled());
        harness.prompter.scriptNextDialog([](QDialog &dialog) {
            QVERIFY(waitActive(&dialog));
            press(Qt::Key_Escape);
        });
        press(Qt::Key_F6);
        QVERIFY(waitActive(harness.window.get()));
        QCOMPARE(harness.actions().size(), 3);

        // Search with Ctrl+F, Enter returns to the queue on the match.
        press(Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"searchEdit"_s);
        typeText(QApplication::focusWidget(), u"अनीता"_s);
        QCOMPARE(harness.window->filterModel()->rowCount(), 1);
        press(Qt::Key_Return);
        QCOMPARE(QApplication::focusWidget(), &view);
        QCOMPARE(harness.currentNumber(), number(2));

        // Ctrl+2 shows the forwarded tab.
        press(Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(harness.window->filterModel()->tab(), QueueTab::Forwarded);
        QCOMPARE(harness.prompter.unansweredCount(), 0);
    }

    void rejectionNeedsRemarksForOther()
    {
        RejectDialog dialog(u"Reject?"_s, rejectionReasons(), QString());
        auto *combo = dialog.findChild<QComboBox *>(u"reasonCombo"_s);
        auto *remarks = dialog.findChild<QLineEdit *>(u"remarksEdit"_s);
        auto *rejectButton = dialog.findChild<QPushButton *>(u"rejectButton"_s);
        combo->setCurrentIndex(combo->findData(u"other"_s));
        QVERIFY(!rejectButton->isEnabled());
        QTest::keyClicks(remarks, u"  "_s);
        QVERIFY(!rejectButton->isEnabled());
        QTest::keyClicks(remarks, u"Name differs from the bill"_s);
        QVERIFY(rejectButton->isEnabled());
        QCOMPARE(dialog.reasonCode(), u"other"_s);
        QCOMPARE(dialog.remarks(), u"Name differs from the bill"_s);
    }

    void detailsShowRupeesDatesAndFlags()
    {
        WindowHarness harness;
        QVERIFY(harness.open(OfficerRole::Clerk));
        QVERIFY(harness.show());
        QCOMPARE(harness.currentNumber(), number(1));
        DetailsPanel &details = *harness.window->detailsPanel();

        QCOMPARE(details.findChild<QLabel *>(u"applicantLabel"_s)->text(), u"रमेश कुमार / Ramesh Kumar"_s);
        QCOMPARE(details.findChild<QLabel *>(u"mobileLabel"_s)->text(), u"98XXXXX210"_s);
        QCOMPARE(details.findChild<QLabel *>(u"electionLabel"_s)->text(),
                 u"Sarpanch, Gram Panchayat, Gram Panchayat Bilkhiria, Ward 7"_s);
        // 2026-12-04T19:00Z is past midnight in IST.
        QCOMPARE(details.findChild<QLabel *>(u"submittedLabel"_s)->text(), u"05-12-2026 00:30"_s);
        QCOMPARE(details.findChild<QLabel *>(u"slaLabel"_s)->text(), u"07-12-2026 00:30; 37 h 00 min left"_s);

        auto *connections = details.findChild<QTreeWidget *>(u"connectionsTree"_s);
        QAbstractItemModelTester tester(connections->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(connections->topLevelItemCount(), 3);
        const QTreeWidgetItem *primary = connections->topLevelItem(0);
        QCOMPARE(primary->text(DetailsPanel::IvrsColumn), u"1000000001 (primary)"_s);
        QCOMPARE(primary->text(DetailsPanel::DuesColumn), u"₹1,23,456.00"_s);
        QCOMPARE(primary->text(DetailsPanel::EkycColumn), u"Passed"_s);
        QVERIFY(!primary->icon(DetailsPanel::DuesColumn).isNull());
        const QTreeWidgetItem *unlinked = connections->topLevelItem(1);
        QCOMPARE(unlinked->text(DetailsPanel::LinkColumn), u"Unlinked by the applicant"_s);
        QVERIFY(!unlinked->icon(DetailsPanel::LinkColumn).isNull());
        QCOMPARE(unlinked->text(DetailsPanel::DuesColumn), u"₹780.00"_s);
        const QTreeWidgetItem *pending = connections->topLevelItem(2);
        QCOMPARE(pending->text(DetailsPanel::LinkColumn), u"Pending verification"_s);
        QVERIFY(!pending->icon(DetailsPanel::LinkColumn).isNull());

        const auto *flags = details.findChild<QLabel *>(u"connectionFlagsLabel"_s);
        QVERIFY(flags->isVisible());
        QVERIFY(details.findChild<QLabel *>(u"connectionFlagsIconLabel"_s)->isVisible());
        QVERIFY(flags->text().contains(u"IVRS 2000000004 is linked pending verification"_s));
        QVERIFY(flags->text().contains(u"IVRS 1000000003 is billed to the applicant's mobile but the applicant "
                                       "unlinked it; dues now ₹780.00."_s));

        auto *events = details.findChild<QTreeWidget *>(u"eventsTree"_s);
        QCOMPARE(events->topLevelItemCount(), 1);
        QCOMPARE(events->topLevelItem(0)->text(DetailsPanel::WhenColumn), u"05-12-2026 00:30"_s);
        QCOMPARE(events->topLevelItem(0)->text(DetailsPanel::EventNameColumn), u"Submitted"_s);
        QCOMPARE(events->topLevelItem(0)->text(DetailsPanel::ActorColumn), u"Applicant (98XXXXX210)"_s);

        // A forwarded application: its history names the clerk and the remarks.
        harness.window->filterBar()->setTab(QueueTab::Forwarded);
        QVERIFY(harness.window->selectApplication(number(4)));
        QCOMPARE(events->topLevelItemCount(), 2);
        QCOMPARE(events->topLevelItem(1)->text(DetailsPanel::ActorColumn), u"Test Officer (rkumar)"_s);
        QCOMPARE(events->topLevelItem(1)->text(DetailsPanel::RemarksColumn), u"Verified at the counter"_s);

        // The SLA clock moves with the clock, and an overdue application shows it.
        harness.clock.setNow(QDateTime(QDate(2026, 12, 7), QTime(5, 0), Qt::UTC));
        harness.window->detailsPanel()->refreshClock(harness.clock.nowUtc());
        QCOMPARE(details.findChild<QLabel *>(u"slaLabel"_s)->text(), u"07-12-2026 08:30; overdue by 2 h 00 min"_s);
        QVERIFY(!details.findChild<QLabel *>(u"slaIconLabel"_s)->pixmap().isNull());
    }

    void showsRefusedActionAndDiscardsIt()
    {
        WindowHarness harness;
        QVERIFY(harness.open(OfficerRole::Clerk));
        QVERIFY(harness.show());
        QueuedAction draft;
        draft.kind = ActionKind::Reject;
        draft.number = number(1);
        draft.version = 1;
        draft.reasonCode = u"dues_outstanding"_s;
        ActionQueue queue(*harness.sync.cache());
        QString error;
        const std::optional<QueuedAction> queued = queue.enqueue(draft, &error);
        QVERIFY2(queued, qPrintable(error));
        QVERIFY2(queue.markConflict(queued->id, u"stale_version"_s,
                                    u"Application changed since you saw it (version 1, now 2)."_s, nullptr, &error),
                 qPrintable(error));
        emit harness.sync.actionConflicted(number(1), u"Application changed since you saw it."_s);

        QCOMPARE(harness.statusText(number(1)), u"New · Reject refused"_s);
        const auto *attention = harness.window->detailsPanel()->findChild<QLabel *>(u"attentionLabel"_s);
        QVERIFY(attention->isVisible());
        QVERIFY(attention->text().contains(u"version 1, now 2"_s));
        QVERIFY(harness.window->detailsPanel()->findChild<QLabel *>(u"attentionIconLabel"_s)->isVisible());
        saveScreen(*harness.window, u"main-window-refused-action"_s);

        QVERIFY(harness.window->decisions()->discardAction()->isEnabled());
        press(Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(harness.statusText(number(1)), u"New"_s);
        QVERIFY(!attention->isVisible());
        QVERIFY(harness.actions().isEmpty());
    }

    void divisionOfficerOfflineCannotApprove()
    {
        WindowHarness harness;
        QVERIFY(harness.open(OfficerRole::DivisionOfficer));
        QVERIFY(harness.show());
        QCOMPARE(harness.window->filterModel()->tab(), QueueTab::Forwarded);
        QCOMPARE(harness.currentNumber(), number(4));
        QueueDecisions &decisions = *harness.window->decisions();
        QVERIFY(decisions.approveAction()->isVisible());
        QVERIFY(!decisions.forwardAction()->isVisible());
        QVERIFY(!decisions.approveAction()->isEnabled());
        QVERIFY(!decisions.rejectAction()->isEnabled());
        const auto *reason = harness.window->findChild<QLabel *>(u"offlineReasonLabel"_s);
        QVERIFY(reason->isVisible());
        QVERIFY(reason->text().startsWith(u"Offline: approving and rejecting need the server"_s));
        QVERIFY(decisions.approveAction()->toolTip().contains(reason->text()));
        press(Qt::Key_F9);
        QVERIFY(waitActive(harness.window.get()));
        QVERIFY(harness.prompter.records().isEmpty());

        // Both forwarded applications can be selected with the keyboard.
        press(Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(harness.view().selectionModel()->selectedRows().size(), 2);
        saveScreen(*harness.window, u"main-window-division-officer-offline"_s);
    }

    // The Certificates menu lists Print preview between Print and Batch print, with its shortcut.
    void certificatesMenuHasPrintPreview()
    {
        WindowHarness harness;
        QVERIFY(harness.open(OfficerRole::DivisionOfficer));
        auto *menu = harness.window->findChild<QMenu *>(u"certificatesMenu"_s);
        QVERIFY(menu);
        QStringList names;
        for (const QAction *action : menu->actions()) {
            if (!action->isSeparator() && !action->objectName().isEmpty())
                names << action->objectName();
        }
        const qsizetype print = names.indexOf(u"printAction"_s);
        const qsizetype preview = names.indexOf(u"printPreviewAction"_s);
        const qsizetype batch = names.indexOf(u"batchPrintAction"_s);
        QVERIFY2(print >= 0 && preview == print + 1 && batch == preview + 1, qPrintable(names.join(u", "_s)));
        auto *previewAction = harness.window->findChild<QAction *>(u"printPreviewAction"_s);
        QVERIFY(menu->actions().contains(previewAction));
        QCOMPARE(previewAction->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P));
        QCOMPARE(previewAction->text(), u"Print pre&view"_s);
        QVERIFY(previewAction->isVisible());
    }

    void administratorOnlyReads()
    {
        WindowHarness harness;
        QVERIFY(harness.open(OfficerRole::Admin));
        QueueDecisions &decisions = *harness.window->decisions();
        QVERIFY(decisions.roleActions().isEmpty());
        for (QAction *action : {decisions.forwardAction(), decisions.rejectAction(), decisions.checkLinkAction(),
                                decisions.approveAction(), decisions.discardAction()})
            QVERIFY2(!action->isVisible(), qPrintable(action->objectName()));
        QCOMPARE(harness.window->filterModel()->tab(), QueueTab::All);
    }

    void signOutAsksFirst()
    {
        WindowHarness harness;
        QVERIFY(harness.open(OfficerRole::Clerk));
        QVERIFY(harness.show());
        QSignalSpy signOut(harness.window.get(), &MainWindow::signOutRequested);
        harness.prompter.answerNext(false);
        press(Qt::Key_Q, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(signOut.size(), 0);
        harness.prompter.answerNext(true);
        press(Qt::Key_Q, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(signOut.size(), 1);
        QCOMPARE(harness.prompter.recordsOf(ScriptedPrompter::Kind::Question).constLast().acceptVerb, u"Sign out"_s);
    }

    void retranslatesEveryPart()
    {
        WindowHarness harness;
        QVERIFY(harness.open(OfficerRole::Clerk));
        QVERIFY(harness.show());
        MainWindow &window = *harness.window;
        MarkingTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const auto removeTranslator = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });

        QTRY_VERIFY(window.windowTitle().startsWith(u"[hi] "_s));
        QCOMPARE(window.queueModel()->headerData(QueueModel::ApplicantColumn, Qt::Horizontal).toString(),
                 u"[hi] Applicant"_s);
        QTRY_VERIFY(window.filterBar()->tabBar()->tabText(0).startsWith(u"[hi] New"_s));
        QCOMPARE(window.decisions()->forwardAction()->text(), u"[hi] &Forward"_s);
        QCOMPARE(window.findChild<QAction *>(u"syncAction"_s)->text(), u"[hi] &Sync now"_s);
        QCOMPARE(window.workstationStatusBar()->findChild<QLabel *>(u"connectionLabel"_s)->text(), u"[hi] Offline"_s);
        auto *connections = window.detailsPanel()->findChild<QTreeWidget *>(u"connectionsTree"_s);
        QCOMPARE(connections->headerItem()->text(DetailsPanel::IvrsColumn), u"[hi] IVRS"_s);
        QCOMPARE(connections->topLevelItem(2)->text(DetailsPanel::LinkColumn), u"[hi] Pending verification"_s);
        QCOMPARE(window.filterBar()->searchEdit()->placeholderText(),
                 u"[hi] Application number, IVRS, name or mobile"_s);

        QVERIFY(QCoreApplication::removeTranslator(&translator));
        QTRY_COMPARE(window.decisions()->forwardAction()->text(), u"&Forward"_s);
    }

    void switchesLanguageFromMenu()
    {
        WindowHarness harness;
        LanguageSwitcher languages;
        QVERIFY(languages.apply(Language::English));
        const auto restore = qScopeGuard([] { QLocale::setDefault(QLocale(QLocale::English, QLocale::India)); });
        QVERIFY(harness.open(OfficerRole::Clerk, &languages));
        QVERIFY(harness.show());
        QueueModel &model = *harness.window->queueModel();
        QCOMPARE(model.index(0, QueueModel::DcColumn).data().toString(), u"Arera Colony DC"_s);

        harness.window->findChild<QAction *>(u"hindiAction"_s)->trigger();
        QCOMPARE(languages.current(), Language::Hindi);
        QCOMPARE(harness.api.language(), u"hi"_s);
        // The DC's Hindi name, and the election title from the Hindi catalogue.
        QTRY_COMPARE(model.index(0, QueueModel::DcColumn).data().toString(), u"अरेरा कॉलोनी वितरण केंद्र"_s);
        QVERIFY(model.index(0, QueueModel::ElectionColumn)
                    .data()
                    .toString()
                    .startsWith(QCoreApplication::translate("ElectionKind", "Sarpanch, Gram Panchayat")));
        QVERIFY(model.index(0, QueueModel::ElectionColumn).data().toString().startsWith(u"सरपंच"_s));

        harness.window->findChild<QAction *>(u"englishAction"_s)->trigger();
        QCOMPARE(languages.current(), Language::English);
        QCOMPARE(harness.api.language(), u"en"_s);
        QTRY_COMPARE(model.index(0, QueueModel::DcColumn).data().toString(), u"Arera Colony DC"_s);
    }

    void savesScreensInBothLanguages_data()
    {
        QTest::addColumn<Language>("language");
        QTest::newRow("en") << Language::English;
        QTest::newRow("hi") << Language::Hindi;
    }
    void savesScreensInBothLanguages()
    {
        QFETCH(Language, language);
        LanguageSwitcher languages;
        QVERIFY(languages.apply(language));
        const auto restore = qScopeGuard([] { QLocale::setDefault(QLocale(QLocale::English, QLocale::India)); });

        WindowHarness harness;
        QVERIFY(harness.open(OfficerRole::Clerk));
        QVERIFY(harness.show());
        if (language == Language::Hindi)
            QCOMPARE(harness.window->queueModel()->headerData(QueueModel::ApplicantColumn, Qt::Horizontal).toString(),
                     QCoreApplication::translate("nodues::workstation::QueueModel", "Applicant"));
        saveScreen(*harness.window, u"main-window-clerk"_s);

        // Each dialog of the clerk, saved and cancelled.
        harness.view().setFocus();
        press(Qt::Key_Down);
        for (const auto &[key, name] :
             {std::pair{Qt::Key_F6, u"forward-dialog"_s}, std::pair{Qt::Key_F7, u"reject-dialog"_s}}) {
            harness.prompter.scriptNextDialog([name = name](QDialog &dialog) {
                saveScreen(dialog, name);
                dialog.reject();
            });
            press(key);
            QVERIFY(waitActive(harness.window.get()));
        }
        press(Qt::Key_Up);
        harness.prompter.scriptNextDialog([](QDialog &dialog) {
            saveScreen(dialog, u"link-decision-dialog"_s);
            dialog.reject();
        });
        press(Qt::Key_F8);
        QVERIFY(waitActive(harness.window.get()));
        QCOMPARE(harness.prompter.unansweredCount(), 0);

        // The division officer's OTP dialog and the results of a batch.
        OtpDialog otp(harness.clock);
        otp.setSummary([] { return ApprovalFlow::summaryText(ApprovalFlow::Action::Approve, windowFixture().mid(3)); });
        otp.setConfirmVerb([] { return QueueDecisions::tr("Approve"); });
        otp.show();
        otp.codeSent(u"94XXXXX001"_s, 600);
        saveScreen(otp, u"approve-otp-dialog"_s);
        ApprovalFlow::Result result;
        result.done = 1;
        result.refused = 1;
        result.outcomes = {{number(4), u"approved"_s, {}, u"NDC/20302/2026-27/000001"_s},
                           {number(5),
                            u"connections_not_eligible"_s,
                            u"The latest billing data shows these connections failing a check: 6000000002."_s,
                            {}}};
        ApprovalResultsDialog results(ApprovalFlow::Action::Approve, result);
        results.show();
        QCOMPARE(results.resultsTree()->topLevelItemCount(), 2);
        saveScreen(results, u"approval-results-dialog"_s);
        QVERIFY(languages.apply(Language::English));
    }
};

QTEST_MAIN(TestWorkstationMainWindow)
#include "TestWorkstationMainWindow.moc"
