#include "gui/MainWindow.h"

#include "Clock.h"
#include "api/OfficerApiClient.h"
#include "app/LanguageSwitcher.h"
#include "app/WorkstationSettings.h"
#include "cache/ActionQueue.h"
#include "cache/CertificateFiles.h"
#include "cache/LocalCache.h"
#include "cache/PrintJournal.h"
#include "gui/CertificatePrinting.h"
#include "gui/CertificateSigning.h"
#include "gui/DetailsPanel.h"
#include "gui/Prompter.h"
#include "gui/QueueColumnWidths.h"
#include "gui/QueueDecisions.h"
#include "gui/QueueFilterBar.h"
#include "gui/QueueFilterModel.h"
#include "gui/QueueLogging.h"
#include "gui/QueueModel.h"
#include "gui/ScreenFit.h"
#include "gui/SettingsDialog.h"
#include "gui/StatusBar.h"
#include "gui/ToolBarShortcuts.h"
#include "gui/UnbreakableText.h"
#include "sync/SyncController.h"

#include <QAction>
#include <QActionGroup>
#include <QCheckBox>
#include <QEvent>
#include <QHeaderView>
#include <QHideEvent>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenuBar>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

namespace {

// How often the Due column and the SLA clock move on.
constexpr int kClockRefreshMs = 30 * 1000;

// The window's size on a screen with room for it (on a 1366×768 screen, the full width), and the
// least that shows the queue, the details and the toolbar usably. ScreenFit shrinks both to fit a
// smaller screen.
constexpr QSize kPreferredSize(1366, 800);
constexpr QSize kMinimumSize(800, 560);

} // namespace

MainWindow::MainWindow(const MainWindowServices &services, const OfficerProfile &officer, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_officer(officer)
{
    setObjectName(u"mainWindow"_s);
    m_model = new QueueModel(m_services.clock, this);
    m_filter = new QueueFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_decisions = new QueueDecisions(m_services, m_officer, this);
    m_signing = new CertificateSigning(m_services, m_officer, m_services.credentials, this);
    m_printing = new CertificatePrinting(m_services, m_officer, this);

    buildActions();
    buildLayout();
    buildMenus();
    connectSync();

    // The queue comes from the cache before anything touches the network.
    reloadAll();
    switch (m_officer.role) {
    case OfficerRole::Clerk:
        m_filterBar->setTab(QueueTab::ToVerify);
        break;
    case OfficerRole::DivisionOfficer:
        m_filterBar->setTab(QueueTab::Forwarded);
        break;
    case OfficerRole::Admin:
        m_filterBar->setTab(QueueTab::All);
        break;
    }
    m_filter->sort(QueueModel::DueColumn, Qt::AscendingOrder);
    m_queueView->horizontalHeader()->setSortIndicator(QueueModel::DueColumn, Qt::AscendingOrder);
    if (m_filter->rowCount() > 0)
        m_queueView->setCurrentIndex(m_filter->index(0, 0));
    showCurrent();

    m_statusBar->setOnline(m_services.sync.isOnline(), tr("Not synced with the server since the workstation started."));
    m_statusBar->setLastSync(m_services.sync.lastSyncedAt());
    m_statusBar->setPendingActions(m_services.sync.pendingActions());
    m_statusBar->setPendingUploads(m_services.sync.pendingUploads());
    updateOnline(m_services.sync.isOnline());

    m_clockTimer.setInterval(kClockRefreshMs);
    connect(&m_clockTimer, &QTimer::timeout, this, &MainWindow::refreshClock);
    m_clockTimer.start();

    retranslate();
    restoreLayout();
    m_queueView->setFocus();

    // Once the window is up, list the prints that a crash left unfinished.
    QTimer::singleShot(0, m_printing, &CertificatePrinting::checkUnfinishedPrints);
}

MainWindow::~MainWindow() = default;

void MainWindow::restoreLayout()
{
    // The saved header state brings back the officer's sort column too.
    QHeaderView *header = m_queueView->horizontalHeader();
    if (m_services.settings && m_columnWidths->restoreState(m_services.settings->queueHeaderState()))
        m_queueView->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());

    const QRect saved = m_services.settings ? m_services.settings->mainWindowGeometry() : QRect();
    const bool restored = ScreenFit::restoreGeometry(*this, saved, kPreferredSize, kMinimumSize);
    if (restored && m_services.settings->mainWindowMaximized())
        setWindowState(windowState() | Qt::WindowMaximized);
    // The queue gets the larger share, and the details panel keeps its own minimum.
    m_splitter->setSizes({width() * 58 / 100, width() * 42 / 100});
}

void MainWindow::saveLayout()
{
    if (!m_services.settings)
        return;
    m_services.settings->setMainWindowGeometry(normalGeometry(), isMaximized());
    m_services.settings->setQueueHeaderState(m_columnWidths->saveState());
}

bool MainWindow::selectApplication(const QString &number)
{
    const int sourceRow = m_model->rowOf(number);
    if (sourceRow < 0)
        return false;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return false;
    m_queueView->setCurrentIndex(index);
    m_queueView->scrollTo(index);
    return true;
}

void MainWindow::buildActions()
{
    const auto makeAction = [this](const QString &name, const QKeySequence &shortcut) {
        auto *action = new QAction(this);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        addAction(action);
        return action;
    };
    m_syncAction = makeAction(u"syncAction"_s, QKeySequence(Qt::Key_F5));
    m_syncAction->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_settingsAction = makeAction(u"settingsAction"_s, QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_signOutAction = makeAction(u"signOutAction"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    m_quitAction = makeAction(u"quitAction"_s, QKeySequence::Quit);
    m_findAction = makeAction(u"findAction"_s, QKeySequence::Find);
    m_overdueOnlyAction = makeAction(u"overdueOnlyAction"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_overdueOnlyAction->setCheckable(true);
    for (int tab = 0; tab < kQueueTabCount; ++tab) {
        QAction *action = makeAction(u"tabAction%1"_s.arg(tab), QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + tab)));
        connect(action, &QAction::triggered, this, [this, tab] {
            m_filterBar->setTab(QueueTab(tab));
            m_queueView->setFocus(Qt::ShortcutFocusReason);
        });
        m_tabActions << action;
    }

    m_languageGroup = new QActionGroup(this);
    m_hindiAction = new QAction(u"हिन्दी"_s, m_languageGroup);
    m_hindiAction->setObjectName(u"hindiAction"_s);
    m_englishAction = new QAction(u"English"_s, m_languageGroup);
    m_englishAction->setObjectName(u"englishAction"_s);
    for (QAction *action : {m_hindiAction, m_englishAction})
        action->setCheckable(true);
    if (m_services.languages)
        (m_services.languages->current() == Language::English ? m_englishAction : m_hindiAction)->setChecked(true);
    connect(m_hindiAction, &QAction::triggered, this, [this] { switchLanguage(Language::Hindi); });
    connect(m_englishAction, &QAction::triggered, this, [this] { switchLanguage(Language::English); });

    connect(m_syncAction, &QAction::triggered, &m_services.sync, &SyncController::syncNow);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_signOutAction, &QAction::triggered, this, &MainWindow::signOut);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::buildLayout()
{
    m_filterBar = new QueueFilterBar(*m_filter, this);
    connect(m_findAction, &QAction::triggered, m_filterBar, &QueueFilterBar::focusSearch);
    connect(m_filterBar, &QueueFilterBar::searchSubmitted, this, [this] {
        if (!m_queueView->currentIndex().isValid() && m_filter->rowCount() > 0)
            m_queueView->setCurrentIndex(m_filter->index(0, 0));
        m_queueView->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_overdueOnlyAction, &QAction::toggled, m_filterBar->overdueCheckBox(), &QCheckBox::setChecked);
    connect(m_filterBar->overdueCheckBox(), &QCheckBox::toggled, m_overdueOnlyAction, &QAction::setChecked);

    m_queueView = new QTableView(this);
    m_queueView->setObjectName(u"queueView"_s);
    m_queueView->setModel(m_filter);
    m_queueView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_queueView->setSelectionMode(m_officer.role == OfficerRole::DivisionOfficer ? QAbstractItemView::ExtendedSelection
                                                                                 : QAbstractItemView::SingleSelection);
    m_queueView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_queueView->setSortingEnabled(true);
    m_queueView->setTabKeyNavigation(false);
    m_queueView->setWordWrap(false);
    m_queueView->setAlternatingRowColors(true);
    m_queueView->verticalHeader()->hide();
    m_columnWidths = new QueueColumnWidths(*m_queueView, m_queueView);

    m_details = new DetailsPanel(this);
    connect(m_queueView, &QTableView::activated, m_details, &DetailsPanel::focusDetails);
    connect(m_details, &DetailsPanel::backToQueueRequested, this,
            [this] { m_queueView->setFocus(Qt::ShortcutFocusReason); });
    connect(m_queueView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::showCurrent);
    connect(m_queueView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::showCurrent);
    // A filter that hides the current row leaves no current index; the details follow.
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &MainWindow::showCurrent);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &MainWindow::showCurrent);

    auto *queuePane = new QWidget(this);
    auto *queueLayout = new QVBoxLayout(queuePane);
    queueLayout->setContentsMargins(0, 0, 0, 0);
    // A bar above the queue, not in the toolbar: with the certificate actions the toolbar is
    // full, and a widget that does not fit there goes into its overflow menu, out of sight.
    m_offlineReasonLabel = new QLabel(queuePane);
    m_offlineReasonLabel->setObjectName(u"offlineReasonLabel"_s);
    m_offlineReasonLabel->setWordWrap(true);
    m_offlineReasonLabel->setFrameShape(QFrame::StyledPanel);
    m_offlineReasonLabel->setMargin(6);
    m_offlineReasonLabel->hide();
    queueLayout->addWidget(m_offlineReasonLabel);
    queueLayout->addWidget(m_filterBar);
    queueLayout->addWidget(m_queueView, 1);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"queueSplitter"_s);
    m_splitter->addWidget(queuePane);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(u"actionsToolBar"_s);
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addActions(m_decisions->roleActions());
    if (!m_signing->roleActions().isEmpty() || !m_printing->roleActions().isEmpty()) {
        m_toolBar->addSeparator();
        m_toolBar->addActions(m_signing->roleActions());
        m_toolBar->addActions(m_printing->roleActions());
    }
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_syncAction);
    showShortcutsOnToolBar(*m_toolBar);

    m_statusBar = new StatusBar(this);
    setStatusBar(m_statusBar);

    connect(m_decisions, &QueueDecisions::applicationsChanged, this, &MainWindow::reloadApplications);
    connect(m_decisions, &QueueDecisions::actionsChanged, this, &MainWindow::refreshActionSummaries);
    connect(m_signing, &CertificateSigning::applicationsChanged, this, &MainWindow::reloadApplications);
    connect(m_printing, &CertificatePrinting::certificatesPrinted, this, [this] {
        refreshPrintedCertificates();
        showCurrent();
        // The other PCs of the office number their next print after these once the server has them.
        m_services.sync.syncNow();
    });
}

void MainWindow::buildMenus()
{
    m_workstationMenu = menuBar()->addMenu(QString());
    m_workstationMenu->setObjectName(u"workstationMenu"_s);
    m_workstationMenu->addAction(m_syncAction);
    m_workstationMenu->addAction(m_settingsAction);
    m_languageMenu = m_workstationMenu->addMenu(QString());
    m_languageMenu->setObjectName(u"languageMenu"_s);
    m_languageMenu->addAction(m_hindiAction);
    m_languageMenu->addAction(m_englishAction);
    m_languageMenu->menuAction()->setVisible(m_services.languages != nullptr);
    m_workstationMenu->addSeparator();
    m_workstationMenu->addAction(m_signOutAction);
    m_workstationMenu->addAction(m_quitAction);

    m_queueMenu = menuBar()->addMenu(QString());
    m_queueMenu->setObjectName(u"queueMenu"_s);
    m_queueMenu->addAction(m_findAction);
    m_queueMenu->addAction(m_overdueOnlyAction);
    m_queueMenu->addSeparator();
    m_queueMenu->addActions(m_tabActions);

    m_actionsMenu = menuBar()->addMenu(QString());
    m_actionsMenu->setObjectName(u"actionsMenu"_s);
    m_actionsMenu->addActions(m_decisions->roleActions());
    m_actionsMenu->menuAction()->setVisible(!m_decisions->roleActions().isEmpty());

    m_certificatesMenu = menuBar()->addMenu(QString());
    m_certificatesMenu->setObjectName(u"certificatesMenu"_s);
    m_certificatesMenu->addActions(m_signing->roleActions());
    m_certificatesMenu->addSeparator();
    m_certificatesMenu->addActions(m_printing->menuActions());
}

void MainWindow::connectSync()
{
    SyncController &sync = m_services.sync;
    connect(&sync, &SyncController::applicationsChanged, this, &MainWindow::reloadApplications);
    connect(&sync, &SyncController::onlineChanged, this, &MainWindow::updateOnline);
    connect(&sync, &SyncController::pendingUploadsChanged, m_statusBar, &StatusBar::setPendingUploads);
    connect(&sync, &SyncController::pendingPrintUploadsChanged, m_statusBar, &StatusBar::setPendingPrintReports);
    connect(&sync, &SyncController::certificateFilesChanged, this, [this](const QStringList &) {
        m_signing->refresh();
        m_printing->refresh();
        showCurrent();
    });
    connect(&sync, &SyncController::certificateUploadRefused, this, [this](const QString &number, const QString &message) {
        m_services.prompter.warn(this, tr("Certificate not accepted"),
                                 tr("The server did not accept the signed certificate %1: %2 Sign it again after "
                                    "correcting the cause.")
                                     .arg(unbreakable(number), message));
    });
    connect(&sync, &SyncController::printUploadRejected, this,
            [this](const QString &number, int, const QString &message) {
                m_statusBar->showMessage(
                    tr("The server did not record the print of certificate %1: %2").arg(number, message));
            });
    connect(&sync, &SyncController::pendingActionsChanged, this, [this](int count) {
        m_statusBar->setPendingActions(count);
        refreshActionSummaries();
    });
    connect(&sync, &SyncController::actionConflicted, this, [this](const QString &number, const QString &message) {
        qCInfo(lcQueue) << "Action on" << number << "refused by the server";
        refreshActionSummaries();
        reloadApplications({number});
        m_statusBar->showMessage(tr("The server refused your action on %1: %2").arg(number, message));
    });
    connect(&sync, &SyncController::applicationsUnreadable, m_statusBar, &StatusBar::setUnreadableApplications);
    connect(&sync, &SyncController::sessionEnded, this, [this] {
        m_statusBar->showMessage(tr("Your session has ended. Sign in again to sync and to send your actions."));
    });
    connect(&sync, &SyncController::syncStarted, this, [this] { m_statusBar->startProgress(tr("Syncing…"), 0); });
    connect(&sync, &SyncController::pageApplied, this, [this](int applied, qint64) {
        m_statusBar->startProgress(tr("Syncing: %n application(s) received", nullptr, applied), 0);
    });
    connect(&sync, &SyncController::syncFinished, this, [this](bool ok, const QString &message) {
        m_statusBar->finishProgress();
        m_statusBar->setLastSync(m_services.sync.lastSyncedAt());
        m_lastSyncError = ok ? QString() : message;
        if (ok)
            m_statusBar->clearMessage();
        else if (!message.isEmpty())
            m_statusBar->showMessage(message);
        if (!m_services.sync.isOnline())
            m_statusBar->setOnline(false, message);
        refreshActionSummaries();
    });
}

void MainWindow::hideEvent(QHideEvent *event)
{
    // Closing and signing out both hide the window first.
    if (!event->spontaneous())
        saveLayout();
    QMainWindow::hideEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    //: The main window's title: the program, the officer's name and role.
    setWindowTitle(
        tr("NoDues workstation — %1 (%2)").arg(m_officer.displayName(), officerRoleTitle(m_officer.role).translated()));
    m_workstationMenu->setTitle(tr("&Workstation"));
    m_languageMenu->setTitle(tr("&Language"));
    m_queueMenu->setTitle(tr("&Queue"));
    m_actionsMenu->setTitle(tr("&Actions"));
    m_toolBar->setWindowTitle(tr("Actions"));
    m_syncAction->setText(tr("&Sync now"));
    m_settingsAction->setText(tr("S&ettings…"));
    m_signOutAction->setText(tr("Sign &out…"));
    m_quitAction->setText(tr("&Quit"));
    m_findAction->setText(tr("&Find…"));
    m_overdueOnlyAction->setText(tr("&Overdue only"));
    for (int tab = 0; tab < kQueueTabCount; ++tab)
        m_tabActions.at(tab)->setText(tr("Show \"%1\"").arg(QueueFilterModel::tabTitle(QueueTab(tab))));
    m_decisions->retranslate();
    m_signing->retranslate();
    m_printing->retranslate();
    m_certificatesMenu->setTitle(tr("&Certificates"));
    updateOfflineReason();
}

void MainWindow::reloadAll()
{
    LocalCache *cache = m_services.sync.cache();
    if (!cache)
        return;
    const QModelIndex current = m_queueView->currentIndex();
    const QString currentNumber = current.isValid() ? current.data(QueueModel::NumberRole).toString() : QString();

    QString error;
    QList<CachedApplication> applications = cache->loadAll(&error);
    if (!error.isEmpty())
        qCWarning(lcQueue) << "Could not read the cache:" << error;
    m_model->setApplications(std::move(applications));
    refreshPrintedCertificates();
    refreshActionSummaries();
    updateDcChoices();
    if (!currentNumber.isEmpty())
        selectApplication(currentNumber);
    showCurrent();
}

void MainWindow::reloadApplications(const QStringList &numbers)
{
    LocalCache *cache = m_services.sync.cache();
    if (!cache)
        return;
    if (numbers.isEmpty()) {
        reloadAll();
        return;
    }
    QList<CachedApplication> changed;
    for (const QString &number : numbers) {
        QString error;
        if (std::optional<CachedApplication> application = cache->load(number, &error))
            changed << *application;
        else if (!error.isEmpty())
            qCWarning(lcQueue) << "Could not read" << number << "from the cache:" << error;
    }
    m_model->updateApplications(changed);
    refreshPrintedCertificates();
    refreshActionSummaries();
    updateDcChoices();
    showCurrent();
}

void MainWindow::refreshActionSummaries()
{
    LocalCache *cache = m_services.sync.cache();
    if (!cache)
        return;
    QString error;
    const QList<QueuedAction> actions = ActionQueue(*cache).list(false, &error);
    if (!error.isEmpty())
        qCWarning(lcQueue) << "Could not read the queued actions:" << error;

    // Oldest first: the first pending action names the summary; the latest refusal wins.
    QHash<QString, QueueActionSummary> summaries;
    for (const QueuedAction &action : actions) {
        QueueActionSummary &summary = summaries[action.number];
        if (action.isPending()) {
            if (summary.pendingCount == 0)
                summary.pendingKind = action.kind;
            ++summary.pendingCount;
        } else if (action.needsAttention()) {
            summary.needsAttention = true;
            summary.attentionKind = action.kind;
            summary.attentionMessage = action.errorMessage;
        }
    }
    m_model->setActionSummaries(summaries);
    showCurrent();
}

void MainWindow::refreshPrintedCertificates()
{
    LocalCache *cache = m_services.sync.cache();
    if (!cache)
        return;
    // A print run of the command line on this cache shows here at the next reload.
    QString error;
    const QSet<QString> printed = PrintJournal(*cache).numbersOnPaper(&error);
    if (!error.isEmpty()) {
        qCWarning(lcQueue) << "Could not read the print journal:" << error;
        return;
    }
    m_model->setPrintedCertificates(printed);
}

void MainWindow::updateDcChoices()
{
    // The officer's DCs, named from the cached applications where one names them.
    QList<std::pair<QString, QString>> dcs;
    QStringList codes = m_officer.dcCodes;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString code = m_model->applicationAt(row)->dcCode;
        if (!codes.contains(code))
            codes << code;
    }
    codes.sort();
    for (const QString &code : std::as_const(codes)) {
        QString name;
        for (int row = 0; row < m_model->rowCount() && name.isEmpty(); ++row) {
            const CachedApplication *application = m_model->applicationAt(row);
            if (application->dcCode == code)
                name = QueueModel::dcText(*application);
        }
        dcs.append({code, name});
    }
    m_filterBar->setDcChoices(dcs);
}

void MainWindow::showCurrent()
{
    // The details and the actions follow the selection: the current row when it is selected,
    // else the last selected row. A row deselected with Ctrl+click keeps the focus frame but is
    // neither shown nor acted on.
    QItemSelectionModel *const selectionModel = m_queueView->selectionModel();
    QList<CachedApplication> selection;
    const QModelIndexList rows = selectionModel->selectedRows();
    for (const QModelIndex &index : rows) {
        if (const CachedApplication *row = m_model->applicationAt(m_filter->mapToSource(index).row()))
            selection << *row;
    }
    std::optional<CachedApplication> application;
    const QModelIndex current = m_queueView->currentIndex();
    if (current.isValid() && selectionModel->isRowSelected(current.row(), current.parent())) {
        if (const CachedApplication *row = m_model->applicationAt(m_filter->mapToSource(current).row()))
            application = *row;
    } else if (!selection.isEmpty()) {
        application = selection.last();
    }

    QList<QueuedAction> actions;
    std::optional<CertificateFileEntry> signedFile;
    if (application && m_services.sync.cache()) {
        actions = ActionQueue(*m_services.sync.cache()).forApplication(application->number);
        if (application->certificate)
            signedFile = CertificateFiles(*m_services.sync.cache()).entry(application->certificate->number);
    }
    m_details->showApplication(application, actions, m_services.clock.nowUtc(), signedFile);
    m_decisions->setCurrent(application, selection);
    m_signing->setCurrent(application, selection);
    m_printing->setCurrent(application, selection);
}

void MainWindow::refreshClock()
{
    m_model->refreshClock();
    m_details->refreshClock(m_services.clock.nowUtc());
}

void MainWindow::updateOnline(bool online)
{
    m_statusBar->setOnline(online, m_lastSyncError);
    m_decisions->setOnline(online);
    updateOfflineReason();
}

void MainWindow::updateOfflineReason()
{
    const QString reason = m_decisions->offlineReason();
    m_offlineReasonLabel->setText(reason);
    m_offlineReasonLabel->setToolTip(reason);
    m_offlineReasonLabel->setVisible(!reason.isEmpty());
}

void MainWindow::openSettings()
{
    if (!m_services.settings || !m_services.languages) {
        emit settingsRequested();
        return;
    }
    WorkstationSettings &settings = *m_services.settings;
    const bool keptPassphrase = settings.rememberPkcs12Passphrase();
    const QString keptFile = settings.signingKey().pkcs12File;
    SettingsDialog dialog(settings, *m_services.languages, this);
    const bool saved = m_services.prompter.execDialog(dialog) == QDialog::Accepted;
    (m_services.languages->current() == Language::English ? m_englishAction : m_hindiAction)->setChecked(true);

    // A kept passphrase goes at once when "remember" is unticked or another key is chosen.
    const SigningKeyConfig key = settings.signingKey();
    const bool stillKept =
        settings.rememberPkcs12Passphrase() && key.kind == SigningKeyConfig::Kind::Pkcs12 && key.pkcs12File == keptFile;
    if (saved && keptPassphrase && !stillKept) {
        qCInfo(lcQueue) << "Deleting the kept passphrase of the PKCS#12 file after a change in Settings";
        m_signing->forgetKeptPassphrase(keptFile);
    }

    // The officer continues in the queue, wherever the focus was before, for example in the
    // connections table of the details.
    m_queueView->setFocus(Qt::OtherFocusReason);
}

void MainWindow::signOut()
{
    Question question;
    question.title = tr("Sign out");
    question.text = tr("Sign out of the NoDues workstation?");
    const int pending = m_services.sync.pendingActions();
    if (pending > 0)
        question.detail = tr("%n action(s) wait to be sent. They stay on this PC and are sent after you sign in "
                             "again.",
                             nullptr, pending);
    question.acceptVerb = tr("Sign out");
    if (!m_services.prompter.ask(this, question))
        return;
    qCInfo(lcQueue) << "Officer" << m_officer.username << "signs out";
    emit signOutRequested();
}

void MainWindow::switchLanguage(Language language)
{
    if (!m_services.languages)
        return;
    m_services.languages->apply(language);
    if (m_services.settings)
        m_services.settings->setLanguage(language);
    const QString code = languageCode(language);
    m_services.api.setLanguage(code);
    m_services.sync.setLanguage(code);
}

} // namespace nodues::workstation
