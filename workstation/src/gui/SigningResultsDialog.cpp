#include "gui/SigningResultsDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

namespace {

enum Column { CertificateColumn, ApplicantColumn, OutcomeColumn, ColumnCount };

} // namespace

SigningResultsDialog::SigningResultsDialog(const QList<SigningOutcome> &outcomes, bool stopped, QWidget *parent)
    : QDialog(parent)
    , m_outcomes(outcomes)
    , m_stopped(stopped)
{
    setObjectName(u"signingResultsDialog"_s);

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(u"resultsSummaryLabel"_s);
    m_summaryLabel->setWordWrap(true);

    m_resultsTree = new QTreeWidget(this);
    m_resultsTree->setObjectName(u"resultsTree"_s);
    m_resultsTree->setColumnCount(ColumnCount);
    m_resultsTree->setRootIsDecorated(false);
    m_resultsTree->header()->setSectionResizeMode(CertificateColumn, QHeaderView::ResizeToContents);
    m_resultsTree->header()->setSectionResizeMode(ApplicantColumn, QHeaderView::ResizeToContents);
    for (const SigningOutcome &outcome : outcomes) {
        auto *item = new QTreeWidgetItem(m_resultsTree);
        item->setText(CertificateColumn, outcome.certificateNumber);
        item->setText(ApplicantColumn, outcome.applicant);
        item->setIcon(OutcomeColumn, style()->standardIcon(outcome.stored ? QStyle::SP_DialogApplyButton
                                                                          : QStyle::SP_MessageBoxWarning));
    }

    auto *buttons = new QDialogButtonBox(this);
    m_previewButton = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_previewButton->setObjectName(u"previewButton"_s);
    const bool anyStored =
        std::any_of(outcomes.cbegin(), outcomes.cend(), [](const SigningOutcome &outcome) { return outcome.stored; });
    m_previewButton->setEnabled(anyStored);
    m_closeButton = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_closeButton->setObjectName(u"closeButton"_s);
    m_closeButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_previewButton, &QPushButton::clicked, this, [this] { done(PreviewResult); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_resultsTree);
    layout->addWidget(buttons);
    retranslate();
    resize(720, 380);
}

void SigningResultsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SigningResultsDialog::retranslate()
{
    setWindowTitle(tr("Signing results"));
    const int stored = int(std::count_if(m_outcomes.cbegin(), m_outcomes.cend(),
                                         [](const SigningOutcome &outcome) { return outcome.stored; }));
    const int failed = int(m_outcomes.size()) - stored;
    QString summary =
        tr("%n certificate(s) signed. They are uploaded to the server when it responds.", nullptr, stored);
    if (failed > 0)
        summary += u' ' + tr("%n certificate(s) not signed; the reasons are listed.", nullptr, failed);
    if (m_stopped)
        summary += u' ' + tr("You stopped the batch: the certificates after the last one listed were not signed.");
    m_summaryLabel->setText(summary);

    m_resultsTree->setHeaderLabels({tr("Certificate"), tr("Applicant"), tr("Outcome")});
    for (int row = 0; row < m_resultsTree->topLevelItemCount(); ++row) {
        const SigningOutcome &outcome = m_outcomes.at(row);
        QTreeWidgetItem *item = m_resultsTree->topLevelItem(row);
        item->setText(OutcomeColumn, outcome.stored ? tr("Signed; waiting to be uploaded")
                                                    : tr("Not signed: %1").arg(outcome.message));
        item->setToolTip(OutcomeColumn, item->text(OutcomeColumn));
    }
    m_previewButton->setText(tr("&Preview signed"));
    m_closeButton->setText(tr("Close"));
}

} // namespace nodues::workstation
