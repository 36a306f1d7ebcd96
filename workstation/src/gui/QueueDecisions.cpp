#include "gui/QueueDecisions.h"

#include "api/OfficerApiClient.h"
#include "cache/ActionQueue.h"
#include "cache/LocalCache.h"
#include "gui/ApprovalFlow.h"
#include "gui/ApprovalResultsDialog.h"
#include "gui/ForwardDialog.h"
#include "gui/LinkDecisionDialog.h"
#include "gui/Prompter.h"
#include "gui/QueueLogging.h"
#include "gui/QueueModel.h"
#include "gui/RejectDialog.h"
#include "gui/UnbreakableText.h"
#include "sync/SyncController.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStyle>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

namespace {

// The server's list of reasons (RejectionReasonList), or nothing when body is not one.
std::optional<QList<RejectionReason>> parseReasons(const QJsonObject &body)
{
    const QJsonValue reasons = body.value(u"reasons"_s);
    if (!reasons.isArray() || reasons.toArray().isEmpty())
        return std::nullopt;
    QList<RejectionReason> parsed;
    for (const QJsonValue &value : reasons.toArray()) {
        const QJsonObject reason = value.toObject();
        const QString code = reason.value(u"code"_s).toString();
        if (code.isEmpty() || !reason.value(u"needs_remarks"_s).isBool())
            return std::nullopt;
        parsed << RejectionReason{code, reason.value(u"text_en"_s).toString(), reason.value(u"text_hi"_s).toString(),
                                  reason.value(u"needs_remarks"_s).toBool()};
    }
    return parsed;
}

} // namespace

QueueDecisions::QueueDecisions(const MainWindowServices &services, const OfficerProfile &officer, QWidget *window)
    : QObject(window)
    , m_services(services)
    , m_officer(officer)
    , m_window(window)
    , m_reasons(nodues::rejectionReasons())
{
    const auto makeAction = [this](const QString &name, const QKeySequence &shortcut, QStyle::StandardPixmap icon) {
        auto *action = new QAction(QApplication::style()->standardIcon(icon), QString(), m_window);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WindowShortcut);
        m_window->addAction(action);
        return action;
    };
    m_forwardAction = makeAction(u"forwardAction"_s, QKeySequence(Qt::Key_F6), QStyle::SP_ArrowForward);
    m_rejectAction = makeAction(u"rejectAction"_s, QKeySequence(Qt::Key_F7), QStyle::SP_DialogCancelButton);
    m_checkLinkAction = makeAction(u"checkLinkAction"_s, QKeySequence(Qt::Key_F8), QStyle::SP_FileDialogInfoView);
    m_approveAction = makeAction(u"approveAction"_s, QKeySequence(Qt::Key_F9), QStyle::SP_DialogApplyButton);
    m_discardAction =
        makeAction(u"discardAction"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), QStyle::SP_DialogDiscardButton);

    connect(m_forwardAction, &QAction::triggered, this, &QueueDecisions::forward);
    connect(m_rejectAction, &QAction::triggered, this, &QueueDecisions::reject);
    connect(m_checkLinkAction, &QAction::triggered, this, &QueueDecisions::checkLink);
    connect(m_approveAction, &QAction::triggered, this, &QueueDecisions::approve);
    connect(m_discardAction, &QAction::triggered, this, &QueueDecisions::discardRefused);

    // An action the role does not offer is neither shown nor reachable by its shortcut.
    const bool clerk = m_officer.role == OfficerRole::Clerk;
    const bool divisionOfficer = m_officer.role == OfficerRole::DivisionOfficer;
    m_forwardAction->setVisible(clerk);
    m_checkLinkAction->setVisible(clerk);
    m_discardAction->setVisible(clerk);
    m_rejectAction->setVisible(clerk || divisionOfficer);
    m_approveAction->setVisible(divisionOfficer);

    loadCachedReasons();
    retranslate();
}

QList<QAction *> QueueDecisions::roleActions() const
{
    switch (m_officer.role) {
    case OfficerRole::Clerk:
        return {m_forwardAction, m_rejectAction, m_checkLinkAction, m_discardAction};
    case OfficerRole::DivisionOfficer:
        return {m_approveAction, m_rejectAction};
    case OfficerRole::Admin:
        return {};
    }
    return {};
}

void QueueDecisions::setCurrent(const std::optional<CachedApplication> &current,
                                const QList<CachedApplication> &selection)
{
    m_current = current;
    m_selection = selection;
    updateEnabled();
}

void QueueDecisions::setOnline(bool online)
{
    m_online = online;
    updateEnabled();
    if (online)
        refreshRejectionReasons();
}

QString QueueDecisions::offlineReason() const
{
    if (m_officer.role != OfficerRole::DivisionOfficer || m_online)
        return {};
    return tr("Offline: approving and rejecting need the server, which sends the OTP. They come back when the "
              "server responds.");
}

void QueueDecisions::refreshRejectionReasons()
{
    if (m_reasonsFetched || !m_services.api.hasToken())
        return;
    m_reasonsFetched = true;
    m_services.api.rejectionReasons(this, [this](const ApiResult &result) {
        const std::optional<QList<RejectionReason>> reasons = result.ok() ? parseReasons(result.body) : std::nullopt;
        if (!reasons) {
            qCWarning(lcQueue) << "Rejection reasons not loaded:" << result.httpStatus << result.errorCode
                               << result.networkError;
            m_reasonsFetched = false;
            return;
        }
        m_reasons = *reasons;
        QSaveFile file(reasonsCachePath());
        if (file.open(QIODevice::WriteOnly)) {
            file.write(QJsonDocument(result.body).toJson(QJsonDocument::Compact));
            if (!file.commit())
                qCWarning(lcQueue) << "Could not keep the rejection reasons:" << file.errorString();
        }
    });
}

void QueueDecisions::retranslate()
{
    m_forwardAction->setText(tr("&Forward"));
    m_rejectAction->setText(tr("&Reject"));
    m_checkLinkAction->setText(tr("&Check link"));
    m_approveAction->setText(tr("&Approve"));
    //: Deletes the clerk's queued action that the server refused (a conflict), not an application.
    m_discardAction->setText(tr("&Discard action the server refused"));
    updateEnabled();
}

void QueueDecisions::updateEnabled()
{
    const auto describe = [](QAction *action, const QString &reason) {
        const QString shortcut = action->shortcut().toString(QKeySequence::NativeText);
        const QString name = action->text().remove(u'&');
        action->setToolTip(reason.isEmpty() ? u"%1 (%2)"_s.arg(name, shortcut)
                                            : u"%1 (%2)\n%3"_s.arg(name, shortcut, reason));
        action->setStatusTip(reason);
    };

    if (m_officer.role == OfficerRole::DivisionOfficer) {
        const int forwarded = int(forwardedSelection().size());
        QString reason = offlineReason();
        if (reason.isEmpty() && forwarded == 0)
            reason = tr("Choose one or more forwarded applications.");
        m_approveAction->setEnabled(reason.isEmpty());
        m_rejectAction->setEnabled(reason.isEmpty());
        describe(m_approveAction, reason);
        describe(m_rejectAction, reason);
        return;
    }

    const QList<QueuedAction> actions = actionsOfCurrent();
    const bool submitted = m_current && m_current->status == ApplicationStatus::Submitted;
    const bool decisionQueued = hasQueuedDecision(actions);
    const bool linksUnchecked = !uncheckedLinks(actions).isEmpty();

    QString decideReason;
    if (!m_current)
        decideReason = tr("Choose an application in the queue.");
    else if (!submitted)
        decideReason = tr("Only new (submitted) applications can be forwarded or rejected here.");
    else if (decisionQueued)
        decideReason = tr("Your decision on this application waits to be sent.");
    QString forwardReason = decideReason;
    if (forwardReason.isEmpty() && linksUnchecked)
        forwardReason = tr("Check the connection linked pending verification first (F8).");
    QString linkReason = decideReason;
    if (linkReason.isEmpty() && !linksUnchecked)
        linkReason = tr("No linked connection waits for a check.");
    const bool refused = std::any_of(actions.cbegin(), actions.cend(),
                                     [](const QueuedAction &action) { return action.needsAttention(); });

    m_forwardAction->setEnabled(forwardReason.isEmpty());
    m_rejectAction->setEnabled(decideReason.isEmpty());
    m_checkLinkAction->setEnabled(linkReason.isEmpty());
    m_discardAction->setEnabled(refused);
    describe(m_forwardAction, forwardReason);
    describe(m_rejectAction, decideReason);
    describe(m_checkLinkAction, linkReason);
    describe(m_discardAction, refused ? QString() : tr("No refused action on this application."));
}

void QueueDecisions::forward()
{
    if (!m_forwardAction->isEnabled() || !m_current)
        return;
    const CachedApplication application = *m_current;
    ForwardDialog dialog(application.number, QueueModel::applicantText(application.applicant), !m_online, m_window);
    if (m_services.prompter.execDialog(dialog) != QDialog::Accepted)
        return;

    QueuedAction draft;
    draft.kind = ActionKind::Forward;
    draft.number = application.number;
    draft.version = application.version;
    draft.remarks = dialog.remarks();
    queue(draft);
}

void QueueDecisions::reject()
{
    if (!m_rejectAction->isEnabled())
        return;
    if (m_officer.role == OfficerRole::DivisionOfficer) {
        decideBatch(false);
        return;
    }
    if (!m_current)
        return;

    const CachedApplication application = *m_current;
    const QString applicant = QueueModel::applicantText(application.applicant);
    RejectDialog dialog(tr("Reject application %1 of %2? The applicant gets an SMS naming the reason.")
                            .arg(unbreakable(application.number), applicant),
                        m_reasons,
                        m_online ? QString()
                                 : tr("You are offline. The rejection waits in the queue and is sent when the "
                                      "server responds."),
                        m_window);
    if (m_services.prompter.execDialog(dialog) != QDialog::Accepted)
        return;
    Question question;
    question.title = tr("Reject application");
    question.text = tr("Reject application %1 of %2?").arg(unbreakable(application.number), applicant);
    question.detail = tr("A rejection cannot be undone; the applicant has to apply again.");
    question.acceptVerb = tr("Reject");
    question.destructive = true;
    if (!m_services.prompter.ask(m_window, question))
        return;

    QueuedAction draft;
    draft.kind = ActionKind::Reject;
    draft.number = application.number;
    draft.version = application.version;
    draft.reasonCode = dialog.reasonCode();
    draft.remarks = dialog.remarks();
    queue(draft);
}

void QueueDecisions::checkLink()
{
    if (!m_checkLinkAction->isEnabled() || !m_current)
        return;
    const CachedApplication application = *m_current;
    QList<PendingLink> links;
    for (const CachedConnection &connection : uncheckedLinks(actionsOfCurrent()))
        links << PendingLink{connection.ivrs, connection.name, connection.address, connection.dcCode,
                             connection.primary};
    if (links.isEmpty())
        return;

    LinkDecisionDialog dialog(application.number, links, !m_online, m_window);
    if (m_services.prompter.execDialog(dialog) != QDialog::Accepted)
        return;
    const bool refuse = dialog.decision() == LinkDecisionDialog::Decision::Refuse;
    if (refuse) {
        Question question;
        question.title = tr("Refuse link");
        question.text =
            tr("Refuse the link of IVRS %1 to application %2?").arg(dialog.ivrs(), unbreakable(application.number));
        question.detail = tr("The connection leaves the application and the applicant cannot link it again.");
        question.acceptVerb = tr("Refuse link");
        question.destructive = true;
        if (!m_services.prompter.ask(m_window, question))
            return;
    }

    QueuedAction draft;
    draft.kind = refuse ? ActionKind::RefuseLink : ActionKind::ConfirmLink;
    draft.number = application.number;
    draft.ivrs = dialog.ivrs();
    draft.version = application.version;
    draft.remarks = dialog.remarks();
    queue(draft);
}

void QueueDecisions::approve()
{
    if (m_approveAction->isEnabled())
        decideBatch(true);
}

void QueueDecisions::discardRefused()
{
    if (!m_discardAction->isEnabled() || !m_current)
        return;
    const QString number = m_current->number;
    for (const QueuedAction &action : actionsOfCurrent()) {
        if (!action.needsAttention())
            continue;
        QString error;
        if (!m_services.sync.discardAction(action.id, &error))
            qCWarning(lcQueue) << "Could not discard action" << action.id << "of" << number << ":" << error;
    }
    qCInfo(lcQueue) << "Refused actions of" << number << "discarded";
    emit actionsChanged();
    emit applicationsChanged({number});
}

void QueueDecisions::queue(const QueuedAction &draft)
{
    QString error;
    const std::optional<QueuedAction> queued = m_services.sync.queueAction(draft, &error);
    if (!queued) {
        qCWarning(lcQueue) << "Could not queue" << actionKindCode(draft.kind) << "of" << draft.number << ":" << error;
        m_services.prompter.warn(m_window, tr("Action not saved"),
                                 tr("Your action on %1 could not be saved in the local cache. Try again; if it "
                                    "fails again, restart the workstation.")
                                     .arg(unbreakable(draft.number)));
        return;
    }
    qCInfo(lcQueue) << "Queued" << actionKindCode(draft.kind) << "of" << draft.number << "as action" << queued->id;
    emit actionsChanged();
    emit applicationsChanged({draft.number});
}

void QueueDecisions::decideBatch(bool approve)
{
    const QList<CachedApplication> applications = forwardedSelection();
    if (applications.isEmpty())
        return;
    if (applications.size() > ApprovalFlow::kMaxBatchSize) {
        m_services.prompter.warn(
            m_window, tr("Too many applications"),
            tr("You chose %1 forwarded applications; one decision takes at most %2. Choose fewer and try again.")
                .arg(applications.size())
                .arg(ApprovalFlow::kMaxBatchSize));
        return;
    }

    QString reasonCode;
    QString remarks;
    if (!approve) {
        RejectDialog dialog(tr("Reject %n forwarded application(s)? Each applicant gets an SMS naming the reason.",
                               nullptr, int(applications.size())),
                            m_reasons, QString(), m_window);
        if (m_services.prompter.execDialog(dialog) != QDialog::Accepted)
            return;
        reasonCode = dialog.reasonCode();
        remarks = dialog.remarks();
    }

    const ApprovalFlow::Action action = approve ? ApprovalFlow::Action::Approve : ApprovalFlow::Action::Reject;
    ApprovalFlow flow(m_services.api, m_services.prompter, m_services.clock);
    const std::optional<ApprovalFlow::Result> result = flow.run(m_window, action, applications, reasonCode, remarks);
    if (!result)
        return;

    // Store the applications of the response at once. The next pull brings the same copies in order.
    QString error;
    if (LocalCache *cache = m_services.sync.cache(); cache && !cache->storeApplications(result->applications, &error))
        qCWarning(lcQueue) << "Could not store the decided applications:" << error;
    QStringList numbers;
    for (const ApprovalFlow::Outcome &outcome : result->outcomes)
        numbers << outcome.number;
    emit applicationsChanged(numbers);

    ApprovalResultsDialog resultsDialog(action, *result, m_window);
    m_services.prompter.execDialog(resultsDialog);
    m_services.sync.syncNow();
}

QList<CachedApplication> QueueDecisions::forwardedSelection() const
{
    QList<CachedApplication> forwarded;
    for (const CachedApplication &application : m_selection) {
        if (application.status == ApplicationStatus::Forwarded)
            forwarded << application;
    }
    return forwarded;
}

QList<QueuedAction> QueueDecisions::actionsOfCurrent() const
{
    LocalCache *cache = m_services.sync.cache();
    if (!m_current || !cache)
        return {};
    return ActionQueue(*cache).forApplication(m_current->number);
}

bool QueueDecisions::hasQueuedDecision(const QList<QueuedAction> &actions) const
{
    return std::any_of(actions.cbegin(), actions.cend(), [](const QueuedAction &action) {
        return action.isPending() && (action.kind == ActionKind::Forward || action.kind == ActionKind::Reject);
    });
}

QList<CachedConnection> QueueDecisions::uncheckedLinks(const QList<QueuedAction> &actions) const
{
    QList<CachedConnection> links;
    if (!m_current)
        return links;
    for (const CachedConnection &connection : m_current->connections) {
        if (!connection.isPendingVerification())
            continue;
        const bool queued = std::any_of(actions.cbegin(), actions.cend(), [&connection](const QueuedAction &action) {
            return action.isPending() && action.ivrs == connection.ivrs &&
                   (action.kind == ActionKind::ConfirmLink || action.kind == ActionKind::RefuseLink);
        });
        if (!queued)
            links << connection;
    }
    return links;
}

QString QueueDecisions::reasonsCachePath() const
{
    const LocalCache *cache = m_services.sync.cache();
    return cache ? cache->path() + u".rejection-reasons.json"_s : QString();
}

void QueueDecisions::loadCachedReasons()
{
    const QString path = reasonsCachePath();
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    if (const std::optional<QList<RejectionReason>> reasons =
            parseReasons(QJsonDocument::fromJson(file.readAll()).object()))
        m_reasons = *reasons;
}

} // namespace nodues::workstation
