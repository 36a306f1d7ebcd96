#include "gui/QueueModel.h"

#include "Clock.h"
#include "Timestamp.h"
#include "applications/ElectionKind.h"
#include "billing/Money.h"

#include <QApplication>
#include <QEvent>
#include <QIcon>
#include <QLocale>
#include <QStyle>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

namespace {

bool interfaceIsHindi()
{
    return QLocale().language() == QLocale::Hindi;
}

QIcon standardIcon(QStyle::StandardPixmap pixmap)
{
    return QApplication::style()->standardIcon(pixmap);
}

} // namespace

QueueModel::QueueModel(const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
    , m_now(clock.nowUtc())
{
    if (QCoreApplication *application = QCoreApplication::instance())
        application->installEventFilter(this);
}

void QueueModel::setApplications(QList<CachedApplication> applications)
{
    beginResetModel();
    m_applications = std::move(applications);
    m_now = m_clock.nowUtc();
    rebuildIndex();
    endResetModel();
}

void QueueModel::updateApplications(const QList<CachedApplication> &applications)
{
    QList<CachedApplication> added;
    QHash<QString, qsizetype> addedIndex;
    QList<int> changedRows;
    for (const CachedApplication &application : applications) {
        const auto found = m_rowByNumber.constFind(application.number);
        if (found == m_rowByNumber.constEnd()) {
            // A number listed twice keeps its last copy.
            const auto again = addedIndex.constFind(application.number);
            if (again != addedIndex.constEnd()) {
                added[*again] = application;
            } else {
                addedIndex.insert(application.number, added.size());
                added << application;
            }
            continue;
        }
        m_applications[*found] = application;
        changedRows << *found;
    }

    // One dataChanged per run of adjacent rows keeps a sync page of thousands cheap for views.
    std::sort(changedRows.begin(), changedRows.end());
    changedRows.erase(std::unique(changedRows.begin(), changedRows.end()), changedRows.end());
    for (qsizetype start = 0; start < changedRows.size();) {
        qsizetype end = start;
        while (end + 1 < changedRows.size() && changedRows.at(end + 1) == changedRows.at(end) + 1)
            ++end;
        emit dataChanged(index(changedRows.at(start), 0), index(changedRows.at(end), ColumnCount - 1));
        start = end + 1;
    }

    if (added.isEmpty())
        return;
    const int first = int(m_applications.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    m_applications << added;
    rebuildIndex();
    endInsertRows();
}

void QueueModel::setActionSummaries(const QHash<QString, QueueActionSummary> &summaries)
{
    m_summaries = summaries;
    if (!m_applications.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void QueueModel::setPrintedCertificates(const QSet<QString> &numbers)
{
    if (numbers == m_printedCertificates)
        return;
    m_printedCertificates = numbers;
    if (!m_applications.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void QueueModel::refreshClock()
{
    m_now = m_clock.nowUtc();
    if (!m_applications.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const CachedApplication *QueueModel::applicationAt(int row) const
{
    if (row < 0 || row >= m_applications.size())
        return nullptr;
    return &m_applications.at(row);
}

int QueueModel::rowOf(const QString &number) const
{
    return m_rowByNumber.value(number, -1);
}

QueueActionSummary QueueModel::actionSummary(const QString &number) const
{
    return m_summaries.value(number);
}

bool QueueModel::isToSignOrPrint(const CachedApplication &application, const QSet<QString> &printed)
{
    const bool approved =
        application.status == ApplicationStatus::Approved || application.status == ApplicationStatus::Issued;
    if (!approved || !application.certificate || application.certificate->revoked)
        return false;
    return !printed.contains(application.certificate->number);
}

bool QueueModel::isOverdue(const CachedApplication &application, const QDateTime &now)
{
    return isOpen(application.status) && application.dueAt.isValid() && application.dueAt < now;
}

qint64 QueueModel::outstandingDuesPaise(const CachedApplication &application)
{
    qint64 total = 0;
    for (const CachedConnection &connection : application.connections) {
        if (connection.isUnlinked() || !connection.arrearsPaise)
            continue;
        total += std::max<qint64>(0, *connection.arrearsPaise);
    }
    return total;
}

QString QueueModel::applicantText(const CachedApplicant &applicant)
{
    if (applicant.nameHi.isEmpty() || applicant.nameHi == applicant.name)
        return applicant.name;
    return u"%1 / %2"_s.arg(applicant.nameHi, applicant.name);
}

QString QueueModel::shortStatusText(ApplicationStatus status)
{
    switch (status) {
    case ApplicationStatus::Submitted:
        return tr("New");
    case ApplicationStatus::Forwarded:
        return tr("Forwarded");
    case ApplicationStatus::Approved:
        return tr("Approved");
    case ApplicationStatus::Rejected:
        return tr("Rejected");
    case ApplicationStatus::Issued:
        return tr("Issued");
    }
    return {};
}

QString QueueModel::electionTitle(const CachedElection &election)
{
    const std::optional<ElectionKind> kind = electionKindFromCode(election.kind);
    return kind ? electionKindTitle(*kind).translated() : election.title;
}

QString QueueModel::dcText(const CachedApplication &application)
{
    const QString name =
        interfaceIsHindi() && !application.dcNameHi.isEmpty() ? application.dcNameHi : application.dcName;
    return name.isEmpty() ? application.dcCode : name;
}

QString QueueModel::actionKindText(ActionKind kind)
{
    switch (kind) {
    case ActionKind::Forward:
        return tr("Forward");
    case ActionKind::Reject:
        return tr("Reject");
    case ActionKind::ConfirmLink:
        return tr("Confirm link");
    case ActionKind::RefuseLink:
        return tr("Refuse link");
    }
    return {};
}

int QueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_applications.size());
}

int QueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CachedApplication &application = m_applications.at(index.row());
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
        return displayData(application, column);
    case Qt::DecorationRole:
        return decorationData(application, column);
    case Qt::ToolTipRole:
        return toolTipData(application, column);
    case Qt::TextAlignmentRole:
        if (column == DuesColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case SortRole:
        return sortData(application, column);
    case NumberRole:
        return application.number;
    case StatusCodeRole:
        return application.statusCode();
    case DcCodeRole:
        return application.dcCode;
    case ElectionKindRole:
        return application.election.kind;
    case OverdueRole:
        return isOverdue(application, m_now);
    case ToSignOrPrintRole:
        return isToSignOrPrint(application, m_printedCertificates);
    case SearchTextRole:
        return application.searchText();
    case AttentionRole:
        return m_summaries.value(application.number).needsAttention;
    default:
        return {};
    }
}

QVariant QueueModel::displayData(const CachedApplication &application, int column) const
{
    switch (column) {
    case NumberColumn:
        return application.number;
    case ApplicantColumn:
        return applicantText(application.applicant);
    case ElectionColumn:
        return application.election.body.isEmpty()
                   ? electionTitle(application.election)
                   : u"%1, %2"_s.arg(electionTitle(application.election), application.election.body);
    case DcColumn:
        return dcText(application);
    case StatusColumn: {
        const QString status = shortStatusText(application.status);
        const QueueActionSummary summary = m_summaries.value(application.number);
        //: The queue's status cell when the server refused the officer's queued action.
        if (summary.needsAttention)
            return tr("%1 · %2 refused").arg(status, actionKindText(summary.attentionKind));
        //: The queue's status cell while the officer's action waits to be sent.
        if (summary.pendingCount > 0)
            return tr("%1 · %2 waiting to be sent").arg(status, actionKindText(summary.pendingKind));
        return status;
    }
    case SubmittedColumn:
        return Timestamp::istDateTime(application.submittedAt);
    case DueColumn: {
        const QString due = application.dueAt.isValid() ? Timestamp::istDateTime(application.dueAt) : QString();
        //: The queue's due cell of an application past its due time; %1 is the due time in IST.
        return isOverdue(application, m_now) ? tr("Overdue · %1").arg(due) : due;
    }
    case DuesColumn:
        return Money::formatRupees(outstandingDuesPaise(application));
    default:
        return {};
    }
}

QVariant QueueModel::sortData(const CachedApplication &application, int column) const
{
    switch (column) {
    case NumberColumn:
        return application.number;
    case ApplicantColumn:
        return applicantText(application.applicant);
    case ElectionColumn:
        return displayData(application, column);
    case DcColumn:
        return application.dcCode;
    case StatusColumn:
        return int(application.status);
    case SubmittedColumn:
        return application.submittedAt;
    case DueColumn:
        return application.dueAt;
    case DuesColumn:
        return outstandingDuesPaise(application);
    default:
        return {};
    }
}

QVariant QueueModel::decorationData(const CachedApplication &application, int column) const
{
    switch (column) {
    case NumberColumn:
        if (application.hasPendingLink() || application.hasUnlinkedConnection())
            return standardIcon(QStyle::SP_MessageBoxInformation);
        return {};
    case StatusColumn: {
        const QueueActionSummary summary = m_summaries.value(application.number);
        if (summary.needsAttention)
            return standardIcon(QStyle::SP_MessageBoxCritical);
        if (summary.pendingCount > 0)
            return standardIcon(QStyle::SP_ArrowUp);
        return {};
    }
    case DueColumn:
        if (isOverdue(application, m_now))
            return standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    default:
        return {};
    }
}

QVariant QueueModel::toolTipData(const CachedApplication &application, int column) const
{
    switch (column) {
    case NumberColumn: {
        QStringList notes;
        if (application.hasPendingLink())
            notes << tr("A linked connection waits for the clerk's check.");
        if (application.hasUnlinkedConnection())
            notes << tr("The applicant unlinked a connection billed to their mobile.");
        return notes.isEmpty() ? QVariant() : QVariant(notes.join(u'\n'));
    }
    case ElectionColumn:
        return QStringList{electionTitle(application.election), application.election.body, application.election.ward}
            .join(u'\n');
    case DcColumn:
        return tr("Distribution Centre %1").arg(application.dcCode);
    case StatusColumn: {
        const QueueActionSummary summary = m_summaries.value(application.number);
        const QString title = applicationStatusTitle(application.status).translated();
        return summary.needsAttention ? u"%1\n%2"_s.arg(title, summary.attentionMessage) : title;
    }
    default:
        return {};
    }
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Application");
    case ApplicantColumn:
        return tr("Applicant");
    case ElectionColumn:
        return tr("Election");
    case DcColumn:
        return tr("Distribution Centre");
    case StatusColumn:
        return tr("Status");
    case SubmittedColumn:
        return tr("Submitted (IST)");
    case DueColumn:
        return tr("Due (IST)");
    case DuesColumn:
        return tr("Dues");
    default:
        return {};
    }
}

bool QueueModel::eventFilter(QObject *watched, QEvent *event)
{
    // Installing or removing a translator sends LanguageChange to the application object.
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange)
        emitAllChanged();
    return QAbstractTableModel::eventFilter(watched, event);
}

void QueueModel::rebuildIndex()
{
    m_rowByNumber.clear();
    m_rowByNumber.reserve(m_applications.size());
    for (int row = 0; row < m_applications.size(); ++row)
        m_rowByNumber.insert(m_applications.at(row).number, row);
}

void QueueModel::emitAllChanged()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_applications.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace nodues::workstation
