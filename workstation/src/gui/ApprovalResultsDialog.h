#pragma once

#include "gui/ApprovalFlow.h"

#include <QDialog>

class QTreeWidget;

namespace nodues::workstation {

// Shows what a batch decision did to each application: approved with its certificate number,
// rejected, or refused with the server's reason. Enter closes it.
class ApprovalResultsDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Column { NumberColumn, OutcomeColumn, ColumnCount };

    ApprovalResultsDialog(ApprovalFlow::Action action, const ApprovalFlow::Result &result, QWidget *parent = nullptr);

    QTreeWidget *resultsTree() const { return m_resultsTree; }

private:
    QTreeWidget *m_resultsTree = nullptr;
};

} // namespace nodues::workstation
