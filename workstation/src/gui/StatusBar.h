#pragma once

#include <QDateTime>
#include <QStatusBar>
#include <QStringList>

class QLabel;
class QProgressBar;

namespace nodues::workstation {

// The main window's status bar: whether the server responds, when the cache last caught up with
// it (shown in IST), how many queued actions wait to be sent, the applications that the server
// sent in a form the workstation cannot read, and a progress bar for long work.
// Offline is shown by an icon and a word, with the reason in the tooltip, not by colour alone.
class StatusBar final : public QStatusBar
{
    Q_OBJECT

public:
    explicit StatusBar(QWidget *parent = nullptr);

    // reason (translated) explains why the server is out of reach. It is ignored while online.
    void setOnline(bool online, const QString &reason = {});
    // An invalid instant means the cache has never been synced.
    void setLastSync(const QDateTime &utc);
    void setPendingActions(int count);
    // Signed PDFs stored here and not yet accepted by the server.
    void setPendingUploads(int count);
    // Prints made here, printed or unconfirmed, that the server has not recorded yet.
    void setPendingPrintReports(int count);
    // The numbers of the applications that sync could not read, with an empty string for an entry
    // without a number. An empty list hides the warning.
    void setUnreadableApplications(const QStringList &numbers);

    // Shows task with a progress bar; maximum 0 shows a busy bar until finishProgress().
    void startProgress(const QString &task, int maximum);
    void setProgress(int value);
    void finishProgress();

    bool isOnline() const { return m_online; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    bool m_online = false;
    QString m_offlineReason;
    QDateTime m_lastSync;
    int m_pendingActions = 0;
    int m_pendingUploads = 0;
    int m_pendingPrintReports = 0;
    QStringList m_unreadable;

    QLabel *m_unreadableIconLabel = nullptr;
    QLabel *m_unreadableLabel = nullptr;
    QLabel *m_connectionIconLabel = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_lastSyncLabel = nullptr;
    QLabel *m_pendingLabel = nullptr;
    QLabel *m_taskLabel = nullptr;
    QProgressBar *m_progressBar = nullptr;
};

} // namespace nodues::workstation
