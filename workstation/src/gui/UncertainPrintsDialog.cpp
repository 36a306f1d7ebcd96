#include "gui/UncertainPrintsDialog.h"

#include "Timestamp.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

UncertainPrintsDialog::UncertainPrintsDialog(const QList<PrintEntry> &entries, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setObjectName(u"uncertainPrintsDialog"_s);
    setWindowTitle(tr("Check the printer's output"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);

    auto *introLabel = new QLabel(
        tr("The workstation stopped while these certificates were being sent to the printer. They may have printed. "
           "Check the printer's output, then tell the workstation what happened."),
        this);
    introLabel->setObjectName(u"introLabel"_s);
    introLabel->setWordWrap(true);

    m_list->setObjectName(u"uncertainList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Certificate"), tr("Copy"), tr("Printer"), tr("Sent at (IST)")});
    for (const PrintEntry &entry : entries) {
        const QString copy = entry.copyNumber == 0 ? tr("Original") : QString::number(entry.copyNumber);
        auto *item =
            new QTreeWidgetItem(m_list, {entry.number, copy, entry.printer, Timestamp::istDateTime(entry.recordedAt)});
        item->setData(0, Qt::UserRole, entry.id);
    }
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *printedButton = buttons->addButton(tr("&Mark as printed"), QDialogButtonBox::AcceptRole);
    printedButton->setObjectName(u"markPrintedButton"_s);
    QPushButton *againButton = buttons->addButton(tr("Print &again as copies"), QDialogButtonBox::AcceptRole);
    againButton->setObjectName(u"printAgainButton"_s);
    QPushButton *laterButton = buttons->addButton(tr("Decide &later"), QDialogButtonBox::RejectRole);
    laterButton->setObjectName(u"laterButton"_s);
    laterButton->setDefault(true);
    connect(printedButton, &QPushButton::clicked, this, [this] {
        m_decision = Decision::MarkPrinted;
        accept();
    });
    connect(againButton, &QPushButton::clicked, this, [this] {
        m_decision = Decision::PrintAgain;
        accept();
    });
    connect(laterButton, &QPushButton::clicked, this, [this] {
        m_decision = Decision::Later;
        reject();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
}

} // namespace nodues::workstation
