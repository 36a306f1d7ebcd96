#pragma once

#include "cache/CachedApplication.h"
#include "cache/CertificateFiles.h"
#include "cache/QueuedAction.h"

#include <QDateTime>
#include <QList>
#include <QWidget>

#include <optional>

class QGroupBox;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace nodues::workstation {

// The application chosen in the queue, beside it: the applicant, the election, the masked
// mobile, every connection with its checks in the latest billing data (dues in rupees with
// Indian grouping, e-KYC, meter), the history of events with who acted and when (IST), the SLA
// clock, and the clerk's queued or refused actions on it.
//
// Connections that need the clerk's eye are flagged by an icon and text, in their row and in a
// line above the table: a link pending verification (the bill has no mobile, so the clerk checks
// it), a connection billed to the applicant's mobile that the applicant unlinked (shown because
// that is how dues would be hidden), and a connection no longer in the billing data.
class DetailsPanel final : public QWidget
{
    Q_OBJECT

public:
    enum ConnectionColumn {
        IvrsColumn,
        NameColumn,
        DuesColumn,
        DuesAtSubmissionColumn,
        EkycColumn,
        MeterColumn,
        LinkColumn,
        ConnectionColumnCount
    };
    enum EventColumn { WhenColumn, EventNameColumn, ActorColumn, RemarksColumn, EventColumnCount };

    explicit DetailsPanel(QWidget *parent = nullptr);

    // Shows application (nothing chosen when empty) with the clerk's actions on it, pending or
    // refused, and the SLA clock at now. signedFile is the certificate's PDF in the cache, with
    // its upload state; empty when none is stored.
    void showApplication(const std::optional<CachedApplication> &application, const QList<QueuedAction> &actions,
                         const QDateTime &now, const std::optional<CertificateFileEntry> &signedFile = std::nullopt);
    // Moves the SLA clock to now.
    void refreshClock(const QDateTime &now);
    // Puts the keyboard focus on the connections, for reading them with the arrow keys.
    void focusDetails();

    const std::optional<CachedApplication> &application() const { return m_application; }

    // "47 h 05 min": a duration of whole minutes, rounded down, for the SLA clock.
    static QString durationText(qint64 seconds);
    // The event's name for people ("Forwarded"), or its code when unknown.
    static QString eventText(const QString &event);
    // "Applicant (98XXXXX210)", "Sunita Sharma (dgm.bhopal)" or "Officer rkumar", from the actor of an
    // event. The name is the Hindi one when the interface is in Hindi and the officer has one.
    static QString actorText(const QString &actor, const QString &actorName, const QString &actorNameHi);
    // How the connection is linked, for people.
    static QString linkText(LinkKind link);

signals:
    // Escape was pressed inside the panel: the queue should take the focus again.
    void backToQueueRequested();

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void buildWidgets();
    void retranslate();
    void render();
    void renderSummary(const CachedApplication &application);
    QString certificateText(const CachedCertificate &certificate) const;
    void renderSla();
    void renderActions();
    void renderConnections(const CachedApplication &application);
    void renderEvents(const CachedApplication &application);
    QTreeWidgetItem *connectionItem(const CachedConnection &connection) const;

    std::optional<CachedApplication> m_application;
    QList<QueuedAction> m_actions;
    QDateTime m_now;
    std::optional<CertificateFileEntry> m_signedFile;

    QLabel *m_emptyLabel = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_attentionIconLabel = nullptr;
    QLabel *m_attentionLabel = nullptr;
    QLabel *m_pendingLabel = nullptr;

    QLabel *m_applicantCaption = nullptr;
    QLabel *m_applicantLabel = nullptr;
    QLabel *m_relativeCaption = nullptr;
    QLabel *m_relativeLabel = nullptr;
    QLabel *m_addressCaption = nullptr;
    QLabel *m_addressLabel = nullptr;
    QLabel *m_mobileCaption = nullptr;
    QLabel *m_mobileLabel = nullptr;
    QLabel *m_electionCaption = nullptr;
    QLabel *m_electionLabel = nullptr;
    QLabel *m_dcCaption = nullptr;
    QLabel *m_dcLabel = nullptr;
    QLabel *m_submittedCaption = nullptr;
    QLabel *m_submittedLabel = nullptr;
    QLabel *m_dueCaption = nullptr;
    QLabel *m_slaIconLabel = nullptr;
    QLabel *m_slaLabel = nullptr;
    QLabel *m_outcomeCaption = nullptr;
    QLabel *m_outcomeLabel = nullptr;

    QGroupBox *m_connectionsGroup = nullptr;
    QLabel *m_flagsIconLabel = nullptr;
    QLabel *m_flagsLabel = nullptr;
    QTreeWidget *m_connectionsTree = nullptr;
    QGroupBox *m_eventsGroup = nullptr;
    QTreeWidget *m_eventsTree = nullptr;
};

} // namespace nodues::workstation
