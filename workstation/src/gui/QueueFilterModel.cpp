#include "gui/QueueFilterModel.h"

#include "billing/MobileNumber.h"
#include "gui/QueueModel.h"
#include "gui/UnbreakableText.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

QueueFilterModel::QueueFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(QueueModel::SortRole);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
    connect(this, &QSortFilterProxyModel::sourceModelChanged, this, &QueueFilterModel::watchSource);
}

void QueueFilterModel::setTab(QueueTab tab)
{
    if (tab == m_tab)
        return;
    m_tab = tab;
    // Only the shown rows change; the counts of the tabs stay.
    invalidateRowsFilter();
}

void QueueFilterModel::setDcCode(const QString &dcCode)
{
    if (dcCode == m_dcCode)
        return;
    m_dcCode = dcCode;
    refilter();
}

void QueueFilterModel::setElectionKind(const QString &kind)
{
    if (kind == m_electionKind)
        return;
    m_electionKind = kind;
    refilter();
}

void QueueFilterModel::setOverdueOnly(bool overdueOnly)
{
    if (overdueOnly == m_overdueOnly)
        return;
    m_overdueOnly = overdueOnly;
    refilter();
}

void QueueFilterModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;

    static const QRegularExpression spaces(u"\\s+"_s);
    static const QRegularExpression mobile(u"^(\\+?91|0)?[6-9][0-9]{9}$"_s);
    m_searchWords.clear();
    // A number copied from a dialog contains word joiners (see unbreakable()).
    const QStringList words =
        withoutWordJoiners(text).normalized(QString::NormalizationForm_C).split(spaces, Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (mobile.match(word).hasMatch()) {
            if (const std::optional<QString> normalized = MobileNumber::normalize(word, nullptr)) {
                m_searchWords << MobileNumber::mask(*normalized).toLower();
                continue;
            }
        }
        m_searchWords << word.toLower();
    }
    refilter();
}

std::array<int, kQueueTabCount> QueueFilterModel::tabCounts() const
{
    std::array<int, kQueueTabCount> counts{};
    const QAbstractItemModel *source = sourceModel();
    if (!source)
        return counts;
    for (int row = 0; row < source->rowCount(); ++row) {
        if (!matchesFiltersOtherThanTab(row))
            continue;
        for (int tab = 0; tab < kQueueTabCount; ++tab) {
            if (matchesTab(QueueTab(tab), row))
                ++counts.at(size_t(tab));
        }
    }
    return counts;
}

QString QueueFilterModel::tabTitle(QueueTab tab)
{
    switch (tab) {
    case QueueTab::ToVerify:
        return tr("To verify");
    case QueueTab::Forwarded:
        return tr("Forwarded");
    case QueueTab::Approved:
        return tr("Approved");
    case QueueTab::Rejected:
        return tr("Rejected");
    case QueueTab::ToSign:
        return tr("To sign or print");
    case QueueTab::All:
        return tr("All");
    }
    return {};
}

bool QueueFilterModel::statusInTab(QueueTab tab, const QString &statusCode, bool toSignOrPrint)
{
    switch (tab) {
    case QueueTab::ToVerify:
        return statusCode == u"submitted";
    case QueueTab::Forwarded:
        return statusCode == u"forwarded";
    case QueueTab::Approved:
        return statusCode == u"approved" || statusCode == u"issued";
    case QueueTab::Rejected:
        return statusCode == u"rejected";
    case QueueTab::ToSign:
        return toSignOrPrint;
    case QueueTab::All:
        return true;
    }
    return false;
}

bool QueueFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    return matchesTab(m_tab, sourceRow) && matchesFiltersOtherThanTab(sourceRow);
}

bool QueueFilterModel::matchesFiltersOtherThanTab(int sourceRow) const
{
    const QAbstractItemModel *source = sourceModel();
    const QModelIndex index = source->index(sourceRow, 0);
    if (!m_dcCode.isEmpty() && index.data(QueueModel::DcCodeRole).toString() != m_dcCode)
        return false;
    if (!m_electionKind.isEmpty() && index.data(QueueModel::ElectionKindRole).toString() != m_electionKind)
        return false;
    if (m_overdueOnly && !index.data(QueueModel::OverdueRole).toBool())
        return false;
    if (m_searchWords.isEmpty())
        return true;
    const QString text = index.data(QueueModel::SearchTextRole).toString().normalized(QString::NormalizationForm_C);
    for (const QString &word : m_searchWords) {
        if (!text.contains(word))
            return false;
    }
    return true;
}

bool QueueFilterModel::matchesTab(QueueTab tab, int sourceRow) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0);
    return statusInTab(tab, index.data(QueueModel::StatusCodeRole).toString(),
                       index.data(QueueModel::ToSignOrPrintRole).toBool());
}

void QueueFilterModel::refilter()
{
    invalidateRowsFilter();
    emit countsChanged();
}

void QueueFilterModel::watchSource()
{
    QAbstractItemModel *source = sourceModel();
    if (!source)
        return;
    const auto changed = [this] {
        emit countsChanged();
    };
    connect(source, &QAbstractItemModel::modelReset, this, changed);
    connect(source, &QAbstractItemModel::rowsInserted, this, changed);
    connect(source, &QAbstractItemModel::rowsRemoved, this, changed);
    connect(source, &QAbstractItemModel::dataChanged, this, changed);
    emit countsChanged();
}

} // namespace nodues::workstation
