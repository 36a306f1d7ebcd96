// The officer's main window on a cache filled beforehand and no server, because the sync engine
// points at a closed port. It opens from the cache, is worked with the keyboard alone (move, open the
// details, act, confirm dialogs with Enter), shows rupees with Indian grouping, IST times and
// flagged connections, marks refused actions, and follows the officer's role. It fits a 1366×768
// screen and keeps its geometry and queue columns only where they still fit and show their texts.
// Dialogs are answered through the ScriptedPrompter. Each screen is saved as a PNG in English and
// Hindi.

#include "Clock.h"
#include "OfficeScreen.h"
#include "WorkstationQueueFixtures.h"
#include "api/OfficerApiClient.h"
#include "app/Fonts.h"
#include "app/LanguageSwitcher.h"
#include "app/WorkstationSettings.h"
#include "cache/ActionQueue.h"
#include "cache/LocalCache.h"
#include "gui/ApprovalResultsDialog.h"
#include "gui/DetailsPanel.h"
#include "gui/ForwardDialog.h"
#include "gui/LinkDecisionDialog.h"
#include "gui/MainWindow.h"
#include "gui/OtpDialog.h"
#include "gui/QueueDecisions.h"
#include "gui/QueueFilterBar.h"
#include "gui/QueueFilterModel.h"
#include "gui/QueueModel.h"
#include "gui/RejectDialog.h"
#include "gui/ScreenFit.h"
#include "gui/ScriptedPrompter.h"
#include "gui/StatusBar.h"
#include "gui/UnbreakableText.h"
#include "sync/SyncController.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextLayout>
#include <QToolBar>
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

    bool open(OfficerRole role, LanguageSwitcher *languages = nullptr, WorkstationSettings *preferences = nullptr)
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
        window = std::make_unique<MainWindow>(MainWindowServices{sync, api, prompter, clock, preferences, languages},
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
    QHeaderView &header() const { return *view().horizontalHeader(); }
};

// Translates one text of one context to replacement, so a test can lengthen a header.
class ReplacingTranslator final : public QTranslator
{
public:
    ReplacingTranslator(const char *context, const char *source, QString replacement)
        : m_context(context)
        , m_source(source)
        , m_replacement(std::move(replacement))
    {
    }
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        return QByteArrayView(context) == m_context && QByteArrayView(sourceText) == m_source ? m_replacement
                                                                                              : QString();
    }

private:
    QByteArray m_context;
    QByteArray m_source;
    QString m_replacement;
};

// The widths at which label's text breaks inside part, laid out as the label does: word-wrapped
// in its font, tried at every width from 60 to 900 pixels in steps of 5.
QList<int> widthsBreakingInside(const QLabel &label, const QString &part)
{
    const QString text = label.text();
    const qsizetype start = text.indexOf(part);
    if (start < 0) {
        QTest::qFail(qPrintable(u"\"%1\" is not in \"%2\""_s.arg(part, text)), __FILE__, __LINE__);
        return {};
    }
    QList<int> breaking;
    for (int width = 60; width <= 900; width += 5) {
        QTextLayout layout(text, label.font());
        QTextOption option;
        option.setWrapMode(QTextOption::WordWrap);
        layout.setTextOption(option);
        layout.beginLayout();
        bool brokenInside = false;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            const qsizetype end = line.textStart() + line.textLength();
            brokenInside = brokenInside || (end > start && end < start + part.size());
        }
        layout.endLayout();
        if (brokenInside)
            breaking << width;
    }
    return breaking;
}

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
        QCOMPARE(harness.window->filterModel()->tab(), QueueTab::ToVerify);
        QCOMPARE(harness.window->filterModel()->rowCount(), 3);
        QCOMPARE(harness.currentNumber(), number(1));
        QCOMPARE(harness.shownNumber(), u"Application %1"_s.arg(number(1)));
        QAbstractItemModelTester modelTester(harness.window->queueModel(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(harness.window->filterModel(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);

        QVERIFY(harness.show());
        const auto *tabs = harness.window->filterBar()->tabBar();
        QCOMPARE(tabs->tabText(int(QueueTab::ToVerify)), u"To verify (3)"_s);
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
        auto *hint = dialog.findChild<QLabel *>(u"remarksHintLabel"_s);
        auto *rejectButton = dialog.findChild<QPushButton *>(u"rejectButton"_s);
        const QString needsRemarks = u"This reason needs remarks that say what is wrong."_s;
        QCOMPARE(remarks->placeholderText(), u"Shown to the applicant"_s);

        combo->setCurrentIndex(combo->findData(u"other"_s));
        QVERIFY(!rejectButton->isEnabled());
        QCOMPARE(hint->text(), needsRemarks);
        QTest::keyClicks(remarks, u"  "_s);
        QVERIFY(!rejectButton->isEnabled());
        QCOMPARE(hint->text(), needsRemarks);

        // Typed remarks: the demand goes, and the hint says where the applicant reads them.
        QTest::keyClicks(remarks, u"Name differs from the bill"_s);
        QVERIFY(rejectButton->isEnabled());
        QVERIFY2(hint->text() != needsRemarks, qPrintable(hint->text()));
        QVERIFY2(hint->text().contains(u"on the portal"_s), qPrintable(hint->text()));
        QCOMPARE(dialog.reasonCode(), u"other"_s);
        QCOMPARE(dialog.remarks(), u"Name differs from the bill"_s);

        // Remarks cleared again: the demand is back.
        remarks->clear();
        QVERIFY(!rejectButton->isEnabled());
        QCOMPARE(hint->text(), needsRemarks);

        // A reason that needs none: optional, and still seen by the applicant.
        combo->setCurrentIndex(combo->findData(u"dues_outstanding"_s));
        QVERIFY(rejectButton->isEnabled());
        QVERIFY2(hint->text().startsWith(u"Remarks are optional. The applicant sees them on the portal"_s),
                 qPrintable(hint->text()));
    }

    void numbersStayOnOneLine()
    {
        const QString applicationNumber = number(12);
        const QString applicant = u"रमेश कुमार / Ramesh Kumar"_s;

        // Plain text lets Qt break such a number after "APP/", which is what the dialogs avoid.
        QLabel plain(u"Forward application %1 of %2 to the division officer?"_s.arg(applicationNumber, applicant));
        QVERIFY(!widthsBreakingInside(plain, applicationNumber).isEmpty());

        ForwardDialog forward(applicationNumber, applicant, false);
        const auto *forwardIntro = forward.findChild<QLabel *>(u"forwardIntroLabel"_s);
        QVERIFY(withoutWordJoiners(forwardIntro->text()).contains(applicationNumber));
        QCOMPARE(widthsBreakingInside(*forwardIntro, unbreakable(applicationNumber)), QList<int>());

        LinkDecisionDialog link(applicationNumber,
                                {PendingLink{u"2000000004"_s, u"Gopal Singh"_s, u"12 Shivaji Nagar"_s, u"2030201"_s}},
                                false);
        const auto *linkIntro = link.findChild<QLabel *>(u"linkIntroLabel"_s);
        QCOMPARE(widthsBreakingInside(*linkIntro, unbreakable(applicationNumber)), QList<int>());

        const QString summary = ApprovalFlow::summaryText(ApprovalFlow::Action::Approve, windowFixture());
        QLabel summaryLabel(summary);
        for (const CachedApplication &application : windowFixture())
            QCOMPARE(widthsBreakingInside(summaryLabel, unbreakable(application.number)), QList<int>());

        // The search finds a number copied from a dialog, joiners and all.
        WindowHarness harness;
        QVERIFY(harness.open(OfficerRole::Clerk));
        harness.window->filterModel()->setSearchText(unbreakable(number(2)));
        QCOMPARE(harness.window->filterModel()->rowCount(), 1);
    }

    void fitsOfficeScreen()
    {
        const QScreen *screen = QGuiApplication::primaryScreen();
        if (qgetenv("QT_QPA_PLATFORM").startsWith("offscreen"))
            QCOMPARE(screen->geometry().size(), kOfficeScreenSize);
        const QRect available = screen->availableGeometry();

        WindowHarness harness;
        QVERIFY(harness.open(OfficerRole::Clerk));
        QVERIFY(harness.show());
        const QSize size = harness.window->size();
        const QString shown =
            u"%1×%2 on %3×%4"_s.arg(size.width()).arg(size.height()).arg(available.width()).arg(available.height());
        QVERIFY2(size.width() + ScreenFit::kFrameAllowance.width() <= available.width(), qPrintable(shown));
        QVERIFY2(size.height() + ScreenFit::kFrameAllowance.height() <= available.height(), qPrintable(shown));
        // Shrunk to the screen, not below what the queue and the details need.
        QVERIFY2(size.width() >= 800, qPrintable(shown));
        QVERIFY2(size.height() >= 560, qPrintable(shown));
        QVERIFY(harness.window->detailsPanel()->width() > 0);
        QVERIFY(harness.view().width() > harness.window->detailsPanel()->width());

        // In English every toolbar button of the clerk fits, none goes into the overflow menu.
        auto *toolBar = harness.window->findChild<QToolBar *>(u"actionsToolBar"_s);
        const QList<QAction *> actions = toolBar->actions();
        for (QAction *action : actions) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            QWidget *button = toolBar->widgetForAction(action);
            QVERIFY2(button && button->isVisible(), qPrintable(action->objectName()));
        }
    }

    void fittedSizeShrinksToScreen()
    {
        // 1366×768 with a 40-pixel taskbar.
        const QRect available(0, 0, 1366, 728);
        const QSize preferred(1280, 800);
        const QSize minimum(800, 560);
        QCOMPARE(ScreenFit::fittedSize(preferred, minimum, available), QSize(1280, 728 - 40));
        QCOMPARE(ScreenFit::fittedSize(preferred, minimum, QRect(0, 0, 1920, 1040)), preferred);
        // A screen smaller than the minimum still gets a window that fits it.
        QCOMPARE(ScreenFit::fittedSize(preferred, minimum, QRect(0, 0, 800, 600)), QSize(800 - 16, 600 - 40));

        QVERIFY(ScreenFit::fits(QRect(100, 60, 1000, 600), available));
        QVERIFY(!ScreenFit::fits(QRect(0, 0, 1280, 800), available));
        QVERIFY(!ScreenFit::fits(QRect(1400, 60, 800, 600), available)); // on a second monitor that is gone
        QVERIFY(!ScreenFit::fits(QRect(), available));
    }

    void restoresGeometryOnlyWhereItFits()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        WorkstationSettings settings(folder.filePath(u"workstation.ini"_s));
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();

        // Saved on this screen: restored as it was, and saved again when closed.
        const QRect fitting(available.topLeft() + QPoint(40, 60), QSize(1000, 600));
        settings.setMainWindowGeometry(fitting, false);
        {
            WindowHarness harness;
            QVERIFY(harness.open(OfficerRole::Clerk, nullptr, &settings));
            QCOMPARE(harness.window->geometry(), fitting);
            QVERIFY(harness.show());
            harness.window->resize(1100, 620);
            QTRY_COMPARE(harness.window->size(), QSize(1100, 620));
            harness.window->close();
        }
        QCOMPARE(settings.mainWindowGeometry().size(), QSize(1100, 620));
        QVERIFY(!settings.mainWindowMaximized());

        // Saved on a larger monitor: not used, and the window fits this screen instead.
        settings.setMainWindowGeometry(QRect(available.topLeft(), QSize(1900, 1000)), false);
        WindowHarness harness;
        QVERIFY(harness.open(OfficerRole::Clerk, nullptr, &settings));
        QVERIFY(harness.window->width() < 1900);
        QVERIFY(harness.window->height() + ScreenFit::kFrameAllowance.height() <= available.height());
    }

    void queueColumnsShowTheirHeaders()
    {
        WindowHarness harness;
        QVERIFY(harness.open(OfficerRole::Clerk));
        QVERIFY(harness.show());
        QHeaderView &header = harness.header();
        for (int column = 0; column < QueueModel::ColumnCount; ++column) {
            const QString title = header.model()->headerData(column, Qt::Horizontal).toString();
            QVERIFY2(
                header.sectionSize(column) >= header.sectionSizeHint(column),
                qPrintable(
                    u"%1: %2 < %3"_s.arg(title).arg(header.sectionSize(column)).arg(header.sectionSizeHint(column))));
        }
        QVERIFY(header.sectionSize(QueueModel::NumberColumn) >
                harness.view().fontMetrics().horizontalAdvance(number(1)));

        // Dragged too narrow, a column stops at its header text.
        header.resizeSection(QueueModel::DcColumn, 10);
        QCOMPARE(header.sectionSize(QueueModel::DcColumn), header.sectionSizeHint(QueueModel::DcColumn));
    }

    void restoredColumnsKeepMinimums()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        WorkstationSettings settings(folder.filePath(u"workstation.ini"_s));

        // A state as an older layout could leave it: every column draggable, the number and the
        // DC squeezed, the applicant widened, sorted by submission.
        {
            ManualClock clock(kNow);
            QueueModel model(clock);
            QTableView view;
            view.setModel(&model);
            QHeaderView *header = view.horizontalHeader();
            header->setSectionResizeMode(QHeaderView::Interactive);
            header->resizeSection(QueueModel::NumberColumn, 20);
            header->resizeSection(QueueModel::DcColumn, 30);
            header->resizeSection(QueueModel::ApplicantColumn, 333);
            header->setSortIndicator(QueueModel::SubmittedColumn, Qt::DescendingOrder);
            settings.setQueueHeaderState(header->saveState());
        }

        WindowHarness harness;
        QVERIFY(harness.open(OfficerRole::Clerk, nullptr, &settings));
        QVERIFY(harness.show());
        QHeaderView &header = harness.header();
        QCOMPARE(header.sectionSize(QueueModel::ApplicantColumn), 333);
        QCOMPARE(header.sortIndicatorSection(), int(QueueModel::SubmittedColumn));
        QCOMPARE(harness.window->filterModel()->sortColumn(), int(QueueModel::SubmittedColumn));
        QCOMPARE(harness.window->filterModel()->sortOrder(), Qt::DescendingOrder);
        QVERIFY(header.sectionSize(QueueModel::NumberColumn) >
                harness.view().fontMetrics().horizontalAdvance(number(1)));
        QVERIFY(header.sectionSize(QueueModel::DcColumn) >= header.sectionSizeHint(QueueModel::DcColumn));

        // Closing keeps the state, with this window's widths.
        header.resizeSection(QueueModel::ElectionColumn, 250);
        harness.window->close();
        QHeaderView restored(Qt::Horizontal);
        QueueModel model(harness.clock);
        restored.setModel(&model);
        QVERIFY(restored.restoreState(settings.queueHeaderState()));
        QCOMPARE(restored.sectionSize(QueueModel::ElectionColumn), 250);
    }

    void columnsFollowHeaderTexts()
    {
        WindowHarness harness;
        QVERIFY(harness.open(OfficerRole::Clerk));
        QVERIFY(harness.show());
        QHeaderView &header = harness.header();
        header.resizeSection(QueueModel::DcColumn, 1);
        const int before = header.sectionSize(QueueModel::DcColumn);

        // Another language, here a longer text: the column widens to show it.
        const QString longer = u"Distribution Centre of the primary connection"_s;
        ReplacingTranslator translator("nodues::workstation::QueueModel", "Distribution Centre", longer);
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const auto removeTranslator = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
        QTRY_COMPARE(header.model()->headerData(QueueModel::DcColumn, Qt::Horizontal).toString(), longer);
        QTRY_VERIFY(header.sectionSize(QueueModel::DcColumn) >= header.sectionSizeHint(QueueModel::DcColumn));
        QVERIFY(header.sectionSize(QueueModel::DcColumn) > before);
    }

    void settingsReturnFocusToQueue()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        WorkstationSettings settings(folder.filePath(u"workstation.ini"_s));
        LanguageSwitcher languages;
        QVERIFY(languages.apply(Language::English));
        const auto restore = qScopeGuard([] { QLocale::setDefault(QLocale(QLocale::English, QLocale::India)); });
        WindowHarness harness;
        QVERIFY(harness.open(OfficerRole::Clerk, &languages, &settings));
        QVERIFY(harness.show());
        QCOMPARE(QApplication::focusWidget(), &harness.view());

        // Settings from the keyboard: switch to Hindi, save with Enter.
        harness.prompter.scriptNextDialog([](QDialog &dialog) {
            QCOMPARE(dialog.objectName(), u"settingsDialog"_s);
            QVERIFY(waitActive(&dialog));
            auto *language = dialog.findChild<QComboBox *>(u"languageComboBox"_s);
            language->setFocus();
            language->setCurrentIndex(language->findData(u"hi"_s));
            press(Qt::Key_Return);
        });
        press(Qt::Key_Comma, Qt::ControlModifier);
        QVERIFY(waitActive(harness.window.get()));
        QCOMPARE(harness.prompter.unansweredCount(), 0);
        QCOMPARE(languages.current(), Language::Hindi);
        QCOMPARE(QApplication::focusWidget(), &harness.view());

        // Opened from the details and cancelled with Escape: back to the queue, not the details.
        press(Qt::Key_Return);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"connectionsTree"_s);
        harness.prompter.scriptNextDialog([](QDialog &dialog) {
            QVERIFY(waitActive(&dialog));
            press(Qt::Key_Escape);
        });
        press(Qt::Key_Comma, Qt::ControlModifier);
        QVERIFY(waitActive(harness.window.get()));
        QCOMPARE(QApplication::focusWidget(), &harness.view());
        QVERIFY(languages.apply(Language::English));
    }

    void titleNamesOfficerInInterfaceLanguage()
    {
        WindowHarness harness;
        QVERIFY(harness.open(OfficerRole::Clerk));
        QVERIFY2(harness.window->windowTitle().contains(u"Rakesh Kumar"_s), qPrintable(harness.window->windowTitle()));
        QVERIFY(!harness.window->windowTitle().contains(u"राकेश कुमार"_s));

        LanguageSwitcher languages;
        QVERIFY(languages.apply(Language::Hindi));
        const auto restore = qScopeGuard([] { QLocale::setDefault(QLocale(QLocale::English, QLocale::India)); });
        QTRY_VERIFY2(harness.window->windowTitle().contains(u"राकेश कुमार"_s), qPrintable(harness.window->windowTitle()));
        QVERIFY(!harness.window->windowTitle().contains(u"Rakesh Kumar"_s));
    }

    void statusBarNamesUnreadableApplications()
    {
        WindowHarness harness;
        QVERIFY(harness.open(OfficerRole::Clerk));
        QVERIFY(harness.show());
        StatusBar &statusBar = *harness.window->workstationStatusBar();
        auto *label = statusBar.findChild<QLabel *>(u"unreadableLabel"_s);
        auto *icon = statusBar.findChild<QLabel *>(u"unreadableIconLabel"_s);
        QVERIFY(label->isHidden());

        emit harness.sync.applicationsUnreadable({number(9)});
        QVERIFY(label->isVisible());
        QVERIFY(icon->isVisible());
        QVERIFY2(withoutWordJoiners(label->text()).contains(number(9)), qPrintable(label->text()));
        QVERIFY(label->toolTip().contains(u"Tell the administrator"_s));
        QTRY_VERIFY2(label->width() >= label->sizeHint().width(),
                     qPrintable(u"%1 < %2"_s.arg(label->width()).arg(label->sizeHint().width())));
        // A successful round that follows keeps the warning.
        emit harness.sync.syncFinished(true, {});
        QVERIFY(label->isVisible());
        saveScreen(*harness.window, u"main-window-unreadable-application"_s);

        emit harness.sync.applicationsUnreadable({});
        QVERIFY(label->isHidden());
        QVERIFY(icon->isHidden());
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
        QTRY_VERIFY(window.filterBar()->tabBar()->tabText(0).startsWith(u"[hi] To verify"_s));
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
        harness.window->filterBar()->setTab(QueueTab::Forwarded);
        QVERIFY(harness.window->selectApplication(number(4)));
        const auto *events = harness.window->findChild<QTreeWidget *>(u"eventsTree"_s);
        QCOMPARE(events->topLevelItem(1)->text(DetailsPanel::ActorColumn), u"Test Officer (rkumar)"_s);

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
        // The history names the clerk in the interface language, whatever it was at sync time.
        QTRY_COMPARE(events->topLevelItem(1)->text(DetailsPanel::ActorColumn), u"परीक्षण अधिकारी (rkumar)"_s);

        harness.window->findChild<QAction *>(u"englishAction"_s)->trigger();
        QCOMPARE(languages.current(), Language::English);
        QCOMPARE(harness.api.language(), u"en"_s);
        QTRY_COMPARE(model.index(0, QueueModel::DcColumn).data().toString(), u"Arera Colony DC"_s);
        QCOMPARE(events->topLevelItem(1)->text(DetailsPanel::ActorColumn), u"Test Officer (rkumar)"_s);
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

// The tests run on one 1366×768 screen (see OfficeScreen.h).
int main(int argc, char *argv[])
{
    const QTemporaryDir screenFolder;
    useOfficeScreen(screenFolder);
    QApplication app(argc, argv);
    TestWorkstationMainWindow test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestWorkstationMainWindow.moc"
