#include "gui/StatusBar.h"

#include "Timestamp.h"
#include "gui/UnbreakableText.h"

#include <QEvent>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

StatusBar::StatusBar(QWidget *parent)
    : QStatusBar(parent)
    , m_unreadableIconLabel(new QLabel(this))
    , m_unreadableLabel(new QLabel(this))
    , m_connectionIconLabel(new QLabel(this))
    , m_connectionLabel(new QLabel(this))
    , m_lastSyncLabel(new QLabel(this))
    , m_pendingLabel(new QLabel(this))
    , m_taskLabel(new QLabel(this))
    , m_progressBar(new QProgressBar(this))
{
    m_unreadableIconLabel->setObjectName(u"unreadableIconLabel"_s);
    m_unreadableLabel->setObjectName(u"unreadableLabel"_s);
    m_connectionIconLabel->setObjectName(u"connectionIconLabel"_s);
    m_connectionLabel->setObjectName(u"connectionLabel"_s);
    m_lastSyncLabel->setObjectName(u"lastSyncLabel"_s);
    m_pendingLabel->setObjectName(u"pendingActionsLabel"_s);
    m_taskLabel->setObjectName(u"taskLabel"_s);
    m_progressBar->setObjectName(u"taskProgressBar"_s);

    m_progressBar->setMaximumWidth(200);
    m_progressBar->setTextVisible(false);
    m_taskLabel->hide();
    m_progressBar->hide();
    m_unreadableIconLabel->hide();
    m_unreadableLabel->hide();

    // Permanent widgets stay visible while showMessage() shows a message on the left.
    addPermanentWidget(m_unreadableIconLabel);
    addPermanentWidget(m_unreadableLabel);
    addPermanentWidget(m_taskLabel);
    addPermanentWidget(m_progressBar);
    addPermanentWidget(m_pendingLabel);
    addPermanentWidget(m_lastSyncLabel);
    addPermanentWidget(m_connectionIconLabel);
    addPermanentWidget(m_connectionLabel);
    retranslate();
}

void StatusBar::setOnline(bool online, const QString &reason)
{
    m_online = online;
    m_offlineReason = online ? QString() : reason;
    retranslate();
}

void StatusBar::setLastSync(const QDateTime &utc)
{
    m_lastSync = utc;
    retranslate();
}

void StatusBar::setPendingActions(int count)
{
    m_pendingActions = count;
    retranslate();
}

void StatusBar::setPendingUploads(int count)
{
    m_pendingUploads = count;
    retranslate();
}

void StatusBar::setPendingPrintReports(int count)
{
    m_pendingPrintReports = count;
    retranslate();
}

void StatusBar::setUnreadableApplications(const QStringList &numbers)
{
    m_unreadable = numbers;
    retranslate();
}

void StatusBar::startProgress(const QString &task, int maximum)
{
    m_taskLabel->setText(task);
    m_progressBar->setRange(0, maximum);
    m_progressBar->setValue(0);
    m_taskLabel->show();
    m_progressBar->show();
}

void StatusBar::setProgress(int value)
{
    m_progressBar->setValue(value);
}

void StatusBar::finishProgress()
{
    m_taskLabel->hide();
    m_progressBar->hide();
    m_taskLabel->clear();
}

void StatusBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QStatusBar::changeEvent(event);
}

void StatusBar::retranslate()
{
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    const QStyle::StandardPixmap icon = m_online ? QStyle::SP_DriveNetIcon : QStyle::SP_MessageBoxWarning;
    m_connectionIconLabel->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(iconSize, iconSize));
    m_connectionLabel->setText(m_online ? tr("Online") : tr("Offline"));
    const QString offlineHint = m_offlineReason.isEmpty() ? tr("The server cannot be reached.") : m_offlineReason;
    m_connectionLabel->setToolTip(m_online ? tr("The server responds.") : offlineHint);
    m_connectionIconLabel->setToolTip(m_connectionLabel->toolTip());

    m_lastSyncLabel->setText(m_lastSync.isValid() ? tr("Last sync: %1 IST").arg(Timestamp::istDateTime(m_lastSync))
                                                  : tr("Not synced yet"));
    QString pending = tr("%n action(s) waiting to be sent", nullptr, m_pendingActions);
    if (m_pendingUploads > 0)
        pending += u" · "_s + tr("%n signed certificate(s) waiting to be uploaded", nullptr, m_pendingUploads);
    if (m_pendingPrintReports > 0)
        pending += u" · "_s + tr("%n print(s) waiting to be reported to the server", nullptr, m_pendingPrintReports);
    m_pendingLabel->setText(pending);

    // An icon and words, as for offline, so the warning does not rely on colour.
    m_unreadableIconLabel->setVisible(!m_unreadable.isEmpty());
    m_unreadableLabel->setVisible(!m_unreadable.isEmpty());
    if (m_unreadable.isEmpty())
        return;
    m_unreadableIconLabel->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize, iconSize));
    QStringList numbers;
    for (const QString &number : std::as_const(m_unreadable))
        numbers << (number.isEmpty() ? tr("(no number)") : unbreakable(number));
    m_unreadableLabel->setText(
        tr("Could not read %n application(s) sent by the server: %1", nullptr, int(numbers.size()))
            .arg(numbers.join(u", "_s)));
    m_unreadableLabel->setToolTip(tr("The other applications were stored. These keep their earlier copy on this PC, "
                                     "if there is one, until the server sends them again. Tell the administrator "
                                     "these numbers."));
    m_unreadableIconLabel->setToolTip(m_unreadableLabel->toolTip());
}

} // namespace nodues::workstation
