#pragma once

#include "app/Language.h"
#include "gui/MainWindowServices.h"
#include "gui/OfficerProfile.h"

#include <QMainWindow>
#include <QTimer>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QSplitter;
class QTableView;
class QToolBar;

namespace nodues::workstation {

class CertificatePrinting;
class CertificateSigning;
class DetailsPanel;
class QueueColumnWidths;
class QueueDecisions;
class QueueFilterBar;
class QueueFilterModel;
class QueueModel;
class StatusBar;

// The officer's main window: the queue (tabs with counts, filters and search above a sortable
// table), the details of the current application beside it, the role's actions in a toolbar and
// menu, and the status bar.
//
// It opens from the local cache at once, before any network call. Then it follows the sync
// engine: it reloads changed applications from the cache and shows queued actions, conflicts,
// the connection state and the last sync time as they change. It opens at a size that fits its
// screen, or at its last geometry and column widths when those still fit (see ScreenFit and
// QueueColumnWidths). Both are saved when it is closed or hidden at sign-out.
//
// Keyboard: arrows move in the queue, Enter opens the details (Escape returns), Ctrl+F searches,
// Ctrl+1 to Ctrl+6 choose a tab, F5 syncs, and each action has its key (see QueueDecisions).
// Dialogs confirm with Enter.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(const MainWindowServices &services, const OfficerProfile &officer, QWidget *parent = nullptr);
    ~MainWindow() override;

    const OfficerProfile &officer() const { return m_officer; }
    QueueModel *queueModel() const { return m_model; }
    QueueFilterModel *filterModel() const { return m_filter; }
    QueueFilterBar *filterBar() const { return m_filterBar; }
    QTableView *queueView() const { return m_queueView; }
    DetailsPanel *detailsPanel() const { return m_details; }
    StatusBar *workstationStatusBar() const { return m_statusBar; }
    QueueDecisions *decisions() const { return m_decisions; }
    CertificateSigning *signing() const { return m_signing; }
    CertificatePrinting *printing() const { return m_printing; }

    // Makes number the current row when the filters show it; false otherwise.
    bool selectApplication(const QString &number);

signals:
    // The officer confirmed Sign out; the application ends the session and closes the window.
    void signOutRequested();
    // Settings was chosen but the window has no settings to edit (see MainWindowServices).
    void settingsRequested();

protected:
    void changeEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void buildActions();
    void buildMenus();
    void buildLayout();
    void connectSync();
    void retranslate();
    // The window's geometry and the queue's columns, kept in the settings (when there are any).
    void restoreLayout();
    void saveLayout();

    void reloadAll();
    void reloadApplications(const QStringList &numbers);
    void refreshActionSummaries();
    void refreshPrintedCertificates();
    void updateDcChoices();
    void showCurrent();
    void refreshClock();
    void updateOnline(bool online);
    void updateOfflineReason();

    void openSettings();
    void signOut();
    void switchLanguage(Language language);

    MainWindowServices m_services;
    OfficerProfile m_officer;
    QString m_lastSyncError;

    QueueModel *m_model = nullptr;
    QueueFilterModel *m_filter = nullptr;
    QueueFilterBar *m_filterBar = nullptr;
    QTableView *m_queueView = nullptr;
    QueueColumnWidths *m_columnWidths = nullptr;
    DetailsPanel *m_details = nullptr;
    QSplitter *m_splitter = nullptr;
    StatusBar *m_statusBar = nullptr;
    QueueDecisions *m_decisions = nullptr;
    CertificateSigning *m_signing = nullptr;
    CertificatePrinting *m_printing = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_offlineReasonLabel = nullptr;
    QTimer m_clockTimer;

    QMenu *m_workstationMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_queueMenu = nullptr;
    QMenu *m_actionsMenu = nullptr;
    QMenu *m_certificatesMenu = nullptr;
    QAction *m_syncAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_hindiAction = nullptr;
    QAction *m_englishAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_overdueOnlyAction = nullptr;
    QList<QAction *> m_tabActions;
};

} // namespace nodues::workstation
