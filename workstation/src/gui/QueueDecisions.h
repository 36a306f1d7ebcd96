#pragma once

#include "applications/RejectionReason.h"
#include "cache/CachedApplication.h"
#include "cache/QueuedAction.h"
#include "gui/MainWindowServices.h"
#include "gui/OfficerProfile.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <optional>

class QAction;
class QWidget;

namespace nodues::workstation {

// The officer's actions on the queue, as QActions with keyboard shortcuts, enabled for the
// current application or selection and the officer's role:
//   clerk             Forward (F6), Reject (F7), Check link (F8) on the current submitted
//                     application, queued in the cache and pushed by the sync engine, so they
//                     work offline; Discard refused action (Ctrl+Shift+D).
//   division officer  Approve (F9) and Reject (F7) the forwarded applications of the selection,
//                     confirmed with an OTP; they need the server, so they are disabled offline
//                     and offlineReason() says why.
//   administrator     none: the queue is read-only.
// Destructive steps (rejecting, refusing a link) ask through the Prompter with Cancel as the
// default button.
class QueueDecisions final : public QObject
{
    Q_OBJECT

public:
    QueueDecisions(const MainWindowServices &services, const OfficerProfile &officer, QWidget *window);

    QAction *forwardAction() const { return m_forwardAction; }
    QAction *rejectAction() const { return m_rejectAction; }
    QAction *checkLinkAction() const { return m_checkLinkAction; }
    QAction *approveAction() const { return m_approveAction; }
    QAction *discardAction() const { return m_discardAction; }
    // The actions the officer's role offers, in toolbar order.
    QList<QAction *> roleActions() const;

    // The application with the keyboard focus and the selected ones; the actions follow them.
    void setCurrent(const std::optional<CachedApplication> &current, const QList<CachedApplication> &selection);
    void setOnline(bool online);
    // Why Approve and Reject are disabled for a division officer offline; empty otherwise.
    QString offlineReason() const;

    // The reasons the Reject dialog offers: the server's list once fetched (and kept beside the
    // cache file for the next start), else the same fixed list built into the program.
    QList<RejectionReason> rejectionReasons() const { return m_reasons; }
    // Fetches GET /api/v1/officer/rejection-reasons once per session while online.
    void refreshRejectionReasons();

    void retranslate();

    void forward();
    void reject();
    void checkLink();
    void approve();
    void discardRefused();

signals:
    // The cached copies of these applications changed (a decision's response was stored), or an
    // action on them was queued or discarded.
    void applicationsChanged(const QStringList &numbers);
    void actionsChanged();

private:
    void updateEnabled();
    void queue(const QueuedAction &draft);
    void decideBatch(bool approve);
    QList<CachedApplication> forwardedSelection() const;
    QList<QueuedAction> actionsOfCurrent() const;
    bool hasQueuedDecision(const QList<QueuedAction> &actions) const;
    QList<CachedConnection> uncheckedLinks(const QList<QueuedAction> &actions) const;
    QString reasonsCachePath() const;
    void loadCachedReasons();

    MainWindowServices m_services;
    OfficerProfile m_officer;
    QWidget *m_window;
    std::optional<CachedApplication> m_current;
    QList<CachedApplication> m_selection;
    bool m_online = false;
    bool m_reasonsFetched = false;
    QList<RejectionReason> m_reasons;

    QAction *m_forwardAction = nullptr;
    QAction *m_rejectAction = nullptr;
    QAction *m_checkLinkAction = nullptr;
    QAction *m_approveAction = nullptr;
    QAction *m_discardAction = nullptr;
};

} // namespace nodues::workstation
