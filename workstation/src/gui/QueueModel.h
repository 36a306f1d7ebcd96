#pragma once

#include "cache/CachedApplication.h"
#include "cache/QueuedAction.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

namespace nodues {
class Clock;
}

namespace nodues::workstation {

// The clerk's queued actions on one application, as the queue shows them.
struct QueueActionSummary
{
    // Actions still to send (queued or sending), and the kind of the oldest of them.
    int pendingCount = 0;
    ActionKind pendingKind = ActionKind::Forward;
    // A refused action that the officer has not discarded yet, with the server's message.
    bool needsAttention = false;
    ActionKind attentionKind = ActionKind::Forward;
    QString attentionMessage;
};

// The officer's queue: one row per cached application, in the order they were loaded (the view
// sorts through QueueFilterModel).
//
// Display text is for people (IST times, rupees with Indian grouping, titles in the interface
// language); SortRole gives the raw value behind each cell (paise, UTC instants, the status in
// workflow order) so sorting never compares formatted text. An overdue application gets a warning
// icon and the word "Overdue" in the Due column, not a colour alone. A refused action gets an icon
// and text in the Status column.
//
// The model follows a language switch by itself: it watches the application object for
// QEvent::LanguageChange and then emits headerDataChanged and dataChanged for every cell.
class QueueModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        ApplicantColumn,
        ElectionColumn,
        DcColumn,
        StatusColumn,
        SubmittedColumn,
        DueColumn,
        DuesColumn,
        ColumnCount
    };

    enum Role {
        // The raw value of the cell: QString, qint64 paise, a UTC QDateTime or the status as int.
        SortRole = Qt::UserRole + 1,
        NumberRole,       // the application number, on every column
        StatusCodeRole,   // "submitted", ...
        DcCodeRole,       // the DC that handles the application
        ElectionKindRole, // an election kind code
        OverdueRole,      // bool, against the model's clock
        // bool: approved or issued, not revoked, and not printed on this workstation (a
        // certificate still to sign is not printed either)
        ToSignOrPrintRole,
        SearchTextRole, // lower-case text that the search box matches
        AttentionRole,  // bool: a queued action was refused and waits to be seen
    };

    explicit QueueModel(const Clock &clock, QObject *parent = nullptr);

    // Replaces every row in one model reset.
    void setApplications(QList<CachedApplication> applications);
    // Replaces the rows of applications already shown (one dataChanged per run of changed rows)
    // and appends the others in one insertion.
    void updateApplications(const QList<CachedApplication> &applications);
    // The queued actions per application number; numbers not in the map have none.
    void setActionSummaries(const QHash<QString, QueueActionSummary> &summaries);
    // The certificate numbers with a print that is or may be on paper, from the print journal
    // (PrintJournal::numbersOnPaper()); they leave the "To sign or print" tab.
    void setPrintedCertificates(const QSet<QString> &numbers);
    // Re-reads the clock: the cells that depend on it (Due, overdue) change as time passes.
    void refreshClock();

    const CachedApplication *applicationAt(int row) const;
    // -1 when number is not shown.
    int rowOf(const QString &number) const;
    QueueActionSummary actionSummary(const QString &number) const;

    // Whether application belongs in the "To sign or print" tab: approved or issued, its
    // certificate not revoked and not in printed.
    static bool isToSignOrPrint(const CachedApplication &application, const QSet<QString> &printed);
    // Open (submitted, forwarded or approved) and past its due time at now.
    static bool isOverdue(const CachedApplication &application, const QDateTime &now);
    // The sum of the positive arrears now over the connections to be certified (not those the
    // applicant unlinked): the dues that stop a certificate. Credits do not offset other dues.
    static qint64 outstandingDuesPaise(const CachedApplication &application);
    // "रमेश कुमार / Ramesh Kumar": the Hindi name first when there is one.
    static QString applicantText(const CachedApplicant &applicant);
    // A short status word for the queue, in the interface language.
    static QString shortStatusText(ApplicationStatus status);
    // The office contested, in the interface language (the server's title for an unknown kind).
    static QString electionTitle(const CachedElection &election);
    // The DC's name in the interface language, or its code when the name is unknown.
    static QString dcText(const CachedApplication &application);
    // "Forward", "Reject", ... for people.
    static QString actionKindText(ActionKind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QVariant displayData(const CachedApplication &application, int column) const;
    QVariant sortData(const CachedApplication &application, int column) const;
    QVariant decorationData(const CachedApplication &application, int column) const;
    QVariant toolTipData(const CachedApplication &application, int column) const;
    void rebuildIndex();
    void emitAllChanged();

    const Clock &m_clock;
    QDateTime m_now;
    QList<CachedApplication> m_applications;
    QHash<QString, int> m_rowByNumber;
    QHash<QString, QueueActionSummary> m_summaries;
    QSet<QString> m_printedCertificates;
};

} // namespace nodues::workstation
