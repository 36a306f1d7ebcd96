#include "gui/DetailsPanel.h"

#include "Timestamp.h"
#include "applications/RejectionReason.h"
#include "billing/Money.h"
#include "gui/QueueModel.h"

#include <QApplication>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

namespace {

QIcon standardIcon(QStyle::StandardPixmap pixmap)
{
    return QApplication::style()->standardIcon(pixmap);
}

QPixmap smallPixmap(QWidget *widget, QStyle::StandardPixmap pixmap)
{
    const int size = widget->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, widget);
    return widget->style()->standardIcon(pixmap, nullptr, widget).pixmap(size, size);
}

QLabel *valueLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

const CachedCheck *findCheck(const CachedConnection &connection, const QString &code)
{
    for (const CachedCheck &check : connection.checks) {
        if (check.check == code)
            return &check;
    }
    return nullptr;
}

QString rejectionReasonText(const QString &code)
{
    const std::optional<RejectionReason> reason = rejectionReasonFromCode(code);
    if (!reason)
        return code;
    return QLocale().language() == QLocale::Hindi ? reason->hindi : reason->english;
}

} // namespace

DetailsPanel::DetailsPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"detailsPanel"_s);
    buildWidgets();
    retranslate();
    render();
}

void DetailsPanel::buildWidgets()
{
    m_emptyLabel = valueLabel(this, u"emptyLabel"_s);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_content = new QWidget(this);

    m_titleLabel = valueLabel(m_content, u"numberLabel"_s);
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_titleLabel->setFont(titleFont);
    m_statusLabel = valueLabel(m_content, u"statusLabel"_s);
    m_attentionIconLabel = new QLabel(m_content);
    m_attentionIconLabel->setObjectName(u"attentionIconLabel"_s);
    m_attentionLabel = valueLabel(m_content, u"attentionLabel"_s);
    m_pendingLabel = valueLabel(m_content, u"pendingActionLabel"_s);
    auto *attentionRow = new QHBoxLayout;
    attentionRow->addWidget(m_attentionIconLabel, 0, Qt::AlignTop);
    attentionRow->addWidget(m_attentionLabel, 1);

    auto *form = new QFormLayout;
    const auto addRow = [&](QLabel *&caption, QLabel *&value, const QString &name) {
        caption = new QLabel(m_content);
        value = valueLabel(m_content, name);
        form->addRow(caption, value);
    };
    addRow(m_applicantCaption, m_applicantLabel, u"applicantLabel"_s);
    addRow(m_relativeCaption, m_relativeLabel, u"relativeLabel"_s);
    addRow(m_addressCaption, m_addressLabel, u"addressLabel"_s);
    addRow(m_mobileCaption, m_mobileLabel, u"mobileLabel"_s);
    addRow(m_electionCaption, m_electionLabel, u"electionLabel"_s);
    addRow(m_dcCaption, m_dcLabel, u"dcLabel"_s);
    addRow(m_submittedCaption, m_submittedLabel, u"submittedLabel"_s);
    m_dueCaption = new QLabel(m_content);
    m_slaIconLabel = new QLabel(m_content);
    m_slaIconLabel->setObjectName(u"slaIconLabel"_s);
    m_slaLabel = valueLabel(m_content, u"slaLabel"_s);
    auto *slaRow = new QHBoxLayout;
    slaRow->addWidget(m_slaIconLabel);
    slaRow->addWidget(m_slaLabel, 1);
    form->addRow(m_dueCaption, slaRow);
    addRow(m_outcomeCaption, m_outcomeLabel, u"outcomeLabel"_s);

    m_connectionsGroup = new QGroupBox(m_content);
    m_flagsIconLabel = new QLabel(m_connectionsGroup);
    m_flagsIconLabel->setObjectName(u"connectionFlagsIconLabel"_s);
    m_flagsLabel = valueLabel(m_connectionsGroup, u"connectionFlagsLabel"_s);
    m_connectionsTree = new QTreeWidget(m_connectionsGroup);
    m_connectionsTree->setObjectName(u"connectionsTree"_s);
    m_connectionsTree->setColumnCount(ConnectionColumnCount);
    m_connectionsTree->setRootIsDecorated(false);
    m_connectionsTree->setAlternatingRowColors(true);
    m_connectionsTree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *flagsRow = new QHBoxLayout;
    flagsRow->addWidget(m_flagsIconLabel, 0, Qt::AlignTop);
    flagsRow->addWidget(m_flagsLabel, 1);
    auto *connectionsLayout = new QVBoxLayout(m_connectionsGroup);
    connectionsLayout->addLayout(flagsRow);
    connectionsLayout->addWidget(m_connectionsTree);

    m_eventsGroup = new QGroupBox(m_content);
    m_eventsTree = new QTreeWidget(m_eventsGroup);
    m_eventsTree->setObjectName(u"eventsTree"_s);
    m_eventsTree->setColumnCount(EventColumnCount);
    m_eventsTree->setRootIsDecorated(false);
    m_eventsTree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *eventsLayout = new QVBoxLayout(m_eventsGroup);
    eventsLayout->addWidget(m_eventsTree);

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->addWidget(m_titleLabel);
    contentLayout->addWidget(m_statusLabel);
    contentLayout->addLayout(attentionRow);
    contentLayout->addWidget(m_pendingLabel);
    contentLayout->addLayout(form);
    contentLayout->addWidget(m_connectionsGroup, 1);
    contentLayout->addWidget(m_eventsGroup, 1);

    auto *scrollArea = new QScrollArea(this);
    scrollArea->setObjectName(u"detailsScrollArea"_s);
    scrollArea->setWidgetResizable(true);
    scrollArea->setFrameShape(QFrame::NoFrame);
    auto *scrolled = new QWidget(scrollArea);
    auto *scrolledLayout = new QVBoxLayout(scrolled);
    scrolledLayout->addWidget(m_emptyLabel);
    scrolledLayout->addWidget(m_content);
    scrollArea->setWidget(scrolled);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scrollArea);
}

void DetailsPanel::showApplication(const std::optional<CachedApplication> &application,
                                   const QList<QueuedAction> &actions, const QDateTime &now,
                                   const std::optional<CertificateFileEntry> &signedFile)
{
    m_application = application;
    m_actions = actions;
    m_now = now;
    m_signedFile = signedFile;
    render();
}

void DetailsPanel::refreshClock(const QDateTime &now)
{
    m_now = now;
    if (m_application)
        renderSla();
}

void DetailsPanel::focusDetails()
{
    if (!m_application)
        return;
    m_connectionsTree->setFocus(Qt::ShortcutFocusReason);
    if (!m_connectionsTree->currentItem() && m_connectionsTree->topLevelItemCount() > 0)
        m_connectionsTree->setCurrentItem(m_connectionsTree->topLevelItem(0));
}

QString DetailsPanel::durationText(qint64 seconds)
{
    const qint64 minutes = std::abs(seconds) / 60;
    //: A duration in hours and minutes, such as "47 h 05 min".
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString DetailsPanel::eventText(const QString &event)
{
    if (event == u"submitted")
        return tr("Submitted");
    if (event == u"link_confirmed")
        return tr("Link confirmed");
    if (event == u"link_refused")
        return tr("Link refused");
    if (event == u"forwarded")
        return tr("Forwarded");
    if (event == u"approved")
        return tr("Approved");
    if (event == u"rejected")
        return tr("Rejected");
    if (event == u"certificate_issued")
        return tr("Certificate issued");
    if (event == u"certificate_revoked")
        return tr("Certificate revoked");
    return event;
}

QString DetailsPanel::actorText(const QString &actor, const QString &actorName, const QString &actorNameHi)
{
    static const QString consumerPrefix = u"consumer:"_s;
    static const QString officerPrefix = u"officer:"_s;
    if (actor.startsWith(consumerPrefix))
        return tr("Applicant (%1)").arg(actor.mid(consumerPrefix.size()));
    if (actor.startsWith(officerPrefix)) {
        const QString username = actor.mid(officerPrefix.size());
        const QString name =
            QLocale().language() == QLocale::Hindi && !actorNameHi.isEmpty() ? actorNameHi : actorName;
        if (name.isEmpty())
            return tr("Officer %1").arg(username);
        //: An officer in the history: the name, then the username in brackets.
        return tr("%1 (%2)").arg(name, username);
    }
    return actor;
}

QString DetailsPanel::linkText(LinkKind link)
{
    switch (link) {
    case LinkKind::BillingMobile:
        return tr("Billed to the applicant's mobile");
    case LinkKind::Linked:
        return tr("Linked by the applicant");
    case LinkKind::PendingVerification:
        return tr("Pending verification");
    case LinkKind::Unlinked:
        return tr("Unlinked by the applicant");
    }
    return {};
}

void DetailsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        render();
    }
    QWidget::changeEvent(event);
}

void DetailsPanel::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        emit backToQueueRequested();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void DetailsPanel::retranslate()
{
    m_emptyLabel->setText(tr("Choose an application in the queue to see its details."));
    m_applicantCaption->setText(tr("Applicant:"));
    m_addressCaption->setText(tr("Address:"));
    m_mobileCaption->setText(tr("Mobile:"));
    m_electionCaption->setText(tr("Election:"));
    m_dcCaption->setText(tr("Distribution Centre:"));
    m_submittedCaption->setText(tr("Submitted (IST):"));
    m_dueCaption->setText(tr("Due (IST):"));
    m_connectionsGroup->setTitle(tr("Connections"));
    m_eventsGroup->setTitle(tr("History"));
    m_connectionsTree->setHeaderLabels({tr("IVRS"), tr("Name on the bill"), tr("Dues now"), tr("Dues at submission"),
                                        tr("e-KYC"), tr("Meter"), tr("Link")});
    m_eventsTree->setHeaderLabels({tr("When (IST)"), tr("Event"), tr("By"), tr("Remarks")});
}

void DetailsPanel::render()
{
    m_emptyLabel->setVisible(!m_application);
    m_content->setVisible(m_application.has_value());
    if (!m_application) {
        m_connectionsTree->clear();
        m_eventsTree->clear();
        return;
    }
    renderSummary(*m_application);
    renderSla();
    renderActions();
    renderConnections(*m_application);
    renderEvents(*m_application);
}

void DetailsPanel::renderSummary(const CachedApplication &application)
{
    m_titleLabel->setText(tr("Application %1").arg(application.number));
    m_statusLabel->setText(applicationStatusTitle(application.status).translated());

    const CachedApplicant &applicant = application.applicant;
    m_applicantLabel->setText(QueueModel::applicantText(applicant));
    m_relativeCaption->setText(applicant.relation == u"husband" ? tr("Husband:") : tr("Father:"));
    m_relativeLabel->setText(applicant.relativeName);
    m_addressLabel->setText(applicant.address);
    m_mobileLabel->setText(application.mobileMasked);

    QStringList election{QueueModel::electionTitle(application.election), application.election.body};
    if (!application.election.ward.isEmpty())
        election << application.election.ward;
    election.removeAll(QString());
    m_electionLabel->setText(election.join(u", "_s));
    m_dcLabel->setText(u"%1 (%2)"_s.arg(QueueModel::dcText(application), application.dcCode));
    m_submittedLabel->setText(Timestamp::istDateTime(application.submittedAt));

    // What became of the application: the certificate, or the reason it was rejected.
    QString outcome;
    if (application.rejection) {
        outcome = tr("Rejected: %1").arg(rejectionReasonText(application.rejection->reasonCode));
        if (!application.rejection->remarks.isEmpty())
            outcome += u" (%1)"_s.arg(application.rejection->remarks);
    } else if (application.certificate) {
        outcome = certificateText(*application.certificate);
    }
    m_outcomeCaption->setText(application.rejection ? tr("Rejection:") : tr("Certificate:"));
    m_outcomeCaption->setVisible(!outcome.isEmpty());
    m_outcomeLabel->setVisible(!outcome.isEmpty());
    m_outcomeLabel->setText(outcome);
}

QString DetailsPanel::certificateText(const CachedCertificate &certificate) const
{
    if (certificate.revoked)
        return tr("Certificate %1, revoked on %2")
            .arg(certificate.number, Timestamp::istDateTime(certificate.revokedAt));
    if (certificate.isPublished())
        return tr("Certificate %1, uploaded on %2")
            .arg(certificate.number, Timestamp::istDateTime(certificate.publishedAt));

    // Not published in the latest sync: the signed PDF in the cache shows how far it got.
    if (!m_signedFile || m_signedFile->number != certificate.number)
        return tr("Certificate %1, to be signed and uploaded").arg(certificate.number);
    switch (m_signedFile->uploadState) {
    case CertificateUploadState::Pending:
        return tr("Certificate %1, signed, waiting to be uploaded").arg(certificate.number);
    case CertificateUploadState::Uploaded:
    case CertificateUploadState::NotNeeded:
        return tr("Certificate %1, signed and uploaded").arg(certificate.number);
    case CertificateUploadState::Refused:
        //: %2 is the server's reason, a full sentence.
        return tr("Certificate %1, signed, but the server did not accept the upload: %2 Sign it again.")
            .arg(certificate.number, m_signedFile->uploadErrorMessage);
    }
    return {};
}

void DetailsPanel::renderSla()
{
    const CachedApplication &application = *m_application;
    const QString due = Timestamp::istDateTime(application.dueAt);
    const qint64 secondsLeft = m_now.secsTo(application.dueAt);
    const bool overdue = QueueModel::isOverdue(application, m_now);
    m_slaIconLabel->setVisible(overdue);
    if (!isOpen(application.status)) {
        m_slaIconLabel->clear();
        m_slaLabel->setText(tr("%1; closed, so no time limit runs").arg(due));
    } else if (overdue) {
        m_slaIconLabel->setPixmap(smallPixmap(this, QStyle::SP_MessageBoxWarning));
        m_slaLabel->setText(tr("%1; overdue by %2").arg(due, durationText(secondsLeft)));
    } else {
        m_slaIconLabel->clear();
        m_slaLabel->setText(tr("%1; %2 left").arg(due, durationText(secondsLeft)));
    }
}

void DetailsPanel::renderActions()
{
    QStringList pending;
    QStringList refused;
    for (const QueuedAction &action : std::as_const(m_actions)) {
        const QString verb = QueueModel::actionKindText(action.kind);
        if (action.isPending()) {
            pending
                << tr("%1, queued at %2 (IST), waits to be sent.").arg(verb, Timestamp::istDateTime(action.createdAt));
        } else if (action.needsAttention()) {
            refused << tr("The server refused your action \"%1\": %2").arg(verb, action.errorMessage);
        }
    }
    if (!refused.isEmpty())
        refused << tr("Look at the application again, then discard the refused action (Ctrl+Shift+D) or decide anew.");
    m_attentionIconLabel->setVisible(!refused.isEmpty());
    m_attentionLabel->setVisible(!refused.isEmpty());
    if (!refused.isEmpty())
        m_attentionIconLabel->setPixmap(smallPixmap(this, QStyle::SP_MessageBoxCritical));
    m_attentionLabel->setText(refused.join(u'\n'));
    m_pendingLabel->setVisible(!pending.isEmpty());
    m_pendingLabel->setText(pending.join(u'\n'));
}

void DetailsPanel::renderConnections(const CachedApplication &application)
{
    m_connectionsTree->clear();
    QStringList flags;
    for (const CachedConnection &connection : application.connections) {
        m_connectionsTree->addTopLevelItem(connectionItem(connection));
        if (connection.isPendingVerification())
            flags
                << tr("IVRS %1 is linked pending verification: check the bill before forwarding.").arg(connection.ivrs);
        else if (connection.isUnlinked())
            flags << tr("IVRS %1 is billed to the applicant's mobile but the applicant unlinked it; dues now %2.")
                         .arg(connection.ivrs,
                              connection.arrearsPaise ? Money::formatRupees(*connection.arrearsPaise) : tr("unknown"));
        if (!connection.inBillingData)
            flags << tr("IVRS %1 is no longer in the billing data.").arg(connection.ivrs);
    }
    if (application.connections.isEmpty())
        flags << tr("No connection: the applicant asks for a \"no connection found\" certificate.");

    m_flagsIconLabel->setVisible(!flags.isEmpty());
    m_flagsLabel->setVisible(!flags.isEmpty());
    if (!flags.isEmpty())
        m_flagsIconLabel->setPixmap(smallPixmap(this, QStyle::SP_MessageBoxWarning));
    m_flagsLabel->setText(flags.join(u'\n'));
}

QTreeWidgetItem *DetailsPanel::connectionItem(const CachedConnection &connection) const
{
    auto *item = new QTreeWidgetItem;
    item->setText(IvrsColumn, connection.primary ? tr("%1 (primary)").arg(connection.ivrs) : connection.ivrs);
    item->setText(NameColumn, connection.name);
    item->setToolTip(NameColumn, connection.address);

    if (!connection.inBillingData) {
        item->setText(DuesColumn, tr("Not in the billing data"));
        item->setIcon(DuesColumn, standardIcon(QStyle::SP_MessageBoxWarning));
    } else if (connection.arrearsPaise) {
        item->setText(DuesColumn, Money::formatRupees(*connection.arrearsPaise));
    }
    item->setText(DuesAtSubmissionColumn, Money::formatRupees(connection.arrearsPaiseAtSubmission));
    item->setTextAlignment(DuesColumn, Qt::AlignRight | Qt::AlignVCenter);
    item->setTextAlignment(DuesAtSubmissionColumn, Qt::AlignRight | Qt::AlignVCenter);

    // The dues check decides the dues column's icon; e-KYC and meter get their own cells.
    const auto showCheck = [&](int column, const QString &code) {
        const CachedCheck *check = findCheck(connection, code);
        if (!check)
            return;
        if (!check->applicable) {
            item->setText(column, tr("Not applicable"));
        } else if (check->passed) {
            item->setText(column, tr("Passed"));
            item->setIcon(column, standardIcon(QStyle::SP_DialogApplyButton));
        } else {
            item->setText(column, tr("Failed"));
            item->setIcon(column, standardIcon(QStyle::SP_DialogCancelButton));
        }
        const QString detail = check->remedy.isEmpty() ? check->reason : u"%1\n%2"_s.arg(check->reason, check->remedy);
        item->setToolTip(column, detail);
    };
    showCheck(EkycColumn, u"ekyc"_s);
    showCheck(MeterColumn, u"meter"_s);
    if (const CachedCheck *dues = findCheck(connection, u"dues"_s)) {
        item->setToolTip(DuesColumn, dues->reason);
        if (!dues->passed)
            item->setIcon(DuesColumn, standardIcon(QStyle::SP_DialogCancelButton));
    }

    item->setText(LinkColumn, linkText(connection.link));
    if (connection.isPendingVerification() || connection.isUnlinked())
        item->setIcon(LinkColumn, standardIcon(QStyle::SP_MessageBoxWarning));
    return item;
}

void DetailsPanel::renderEvents(const CachedApplication &application)
{
    m_eventsTree->clear();
    for (const CachedEvent &event : application.events) {
        auto *item = new QTreeWidgetItem;
        item->setText(WhenColumn, Timestamp::istDateTime(event.at));
        item->setText(EventNameColumn, eventText(event.event));
        item->setText(ActorColumn, actorText(event.actor, event.actorName, event.actorNameHi));
        QString remarks = event.remarks;
        if (!event.reasonCode.isEmpty()) {
            const QString reason = rejectionReasonText(event.reasonCode);
            remarks = remarks.isEmpty() ? reason : u"%1: %2"_s.arg(reason, remarks);
        }
        item->setText(RemarksColumn, remarks);
        item->setToolTip(RemarksColumn, remarks);
        m_eventsTree->addTopLevelItem(item);
    }
}

} // namespace nodues::workstation
