#pragma once

#include <QSortFilterProxyModel>

#include <array>

namespace nodues::workstation {

// The tabs of the queue. To verify lists submitted applications (the clerk's work), Forwarded the
// division officer's, Approved every approved or issued one, and To sign or print the approved
// or issued ones whose certificate is not revoked and not printed on this workstation yet: those
// still to sign, and those signed but not printed. The status of a submitted application reads
// "New", so its tab has another name.
enum class QueueTab { ToVerify, Forwarded, Approved, Rejected, ToSign, All };
inline constexpr int kQueueTabCount = 6;

// Filters and sorts a QueueModel for the queue view: by tab, DC, election kind, overdue only and
// the search box, and sorts by QueueModel::SortRole (raw values, not display text).
//
// Search: the text is split at spaces and every word must occur in the application's search text
// (number, IVRS, applicant's and billed names in Hindi and English, masked mobile), ignoring
// case. A full 10-digit mobile number is matched in its masked form ("9876543210" finds
// "98XXXXX210"), because the queue never contains full numbers.
class QueueFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit QueueFilterModel(QObject *parent = nullptr);

    void setTab(QueueTab tab);
    QueueTab tab() const { return m_tab; }
    // Empty for every DC.
    void setDcCode(const QString &dcCode);
    QString dcCode() const { return m_dcCode; }
    // Empty for every kind.
    void setElectionKind(const QString &kind);
    QString electionKind() const { return m_electionKind; }
    void setOverdueOnly(bool overdueOnly);
    bool overdueOnly() const { return m_overdueOnly; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }

    // For each tab, the source rows it would show with the current DC, kind, overdue and search
    // filters; index by int(QueueTab).
    std::array<int, kQueueTabCount> tabCounts() const;
    int tabCount(QueueTab tab) const { return tabCounts().at(size_t(tab)); }
    // The tab's name for people, in the interface language.
    static QString tabTitle(QueueTab tab);
    // Whether an application with this status code belongs in tab; toSignOrPrint decides the
    // "To sign or print" tab (QueueModel::ToSignOrPrintRole).
    static bool statusInTab(QueueTab tab, const QString &statusCode, bool toSignOrPrint);

signals:
    // The numbers tabCounts() returns may have changed.
    void countsChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool matchesFiltersOtherThanTab(int sourceRow) const;
    bool matchesTab(QueueTab tab, int sourceRow) const;
    void refilter();
    void watchSource();

    QueueTab m_tab = QueueTab::ToVerify;
    QString m_dcCode;
    QString m_electionKind;
    bool m_overdueOnly = false;
    QString m_searchText;
    QStringList m_searchWords; // lower-case, masked where a word is a mobile number
};

} // namespace nodues::workstation
