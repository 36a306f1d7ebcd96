#include "gui/ApprovalResultsDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

ApprovalResultsDialog::ApprovalResultsDialog(ApprovalFlow::Action action, const ApprovalFlow::Result &result,
                                             QWidget *parent)
    : QDialog(parent)
    , m_resultsTree(new QTreeWidget(this))
{
    setObjectName(u"approvalResultsDialog"_s);
    setWindowTitle(action == ApprovalFlow::Action::Approve ? tr("Approval results") : tr("Rejection results"));

    const QString decided = action == ApprovalFlow::Action::Approve
                                ? tr("%n application(s) approved.", nullptr, result.done)
                                : tr("%n application(s) rejected.", nullptr, result.done);
    QString summary = decided;
    if (result.refused > 0)
        summary += u' ' + tr("%n application(s) not decided; the reasons are listed.", nullptr, result.refused);
    auto *summaryLabel = new QLabel(summary, this);
    summaryLabel->setObjectName(u"resultsSummaryLabel"_s);
    summaryLabel->setWordWrap(true);

    m_resultsTree->setObjectName(u"resultsTree"_s);
    m_resultsTree->setColumnCount(ColumnCount);
    m_resultsTree->setHeaderLabels({tr("Application"), tr("Outcome")});
    m_resultsTree->setRootIsDecorated(false);
    m_resultsTree->header()->setSectionResizeMode(NumberColumn, QHeaderView::ResizeToContents);
    for (const ApprovalFlow::Outcome &outcome : result.outcomes) {
        auto *item = new QTreeWidgetItem(m_resultsTree);
        item->setText(NumberColumn, outcome.number);
        item->setText(OutcomeColumn, ApprovalFlow::outcomeText(outcome));
        item->setToolTip(OutcomeColumn, item->text(OutcomeColumn));
        item->setIcon(OutcomeColumn, style()->standardIcon(outcome.decided() ? QStyle::SP_DialogApplyButton
                                                                             : QStyle::SP_MessageBoxWarning));
    }

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *closeButton = buttons->addButton(tr("Close"), QDialogButtonBox::AcceptRole);
    closeButton->setObjectName(u"closeButton"_s);
    closeButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summaryLabel);
    layout->addWidget(m_resultsTree);
    layout->addWidget(buttons);
    resize(640, 360);
}

} // namespace nodues::workstation
