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

void SigningResultsDialog::setUploadState(const QString &certificateNumber, CertificateUploadState state,
                                          const QString &message)
{
    bool changed = false;
    for (SigningOutcome &outcome : m_outcomes) {
        if (!outcome.stored || outcome.certificateNumber != certificateNumber)
            continue;
        if (outcome.upload == state && outcome.uploadMessage == message)
            continue;
        outcome.upload = state;
        outcome.uploadMessage = message;
        changed = true;
    }
    if (changed)
        retranslate();
}

void SigningResultsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

QString SigningResultsDialog::outcomeText(const SigningOutcome &outcome)
{
    if (!outcome.stored)
        return tr("Not signed: %1").arg(outcome.message);
    switch (outcome.upload) {
    case CertificateUploadState::Pending:
        return tr("Signed; waiting to be uploaded");
    case CertificateUploadState::Uploaded:
    case CertificateUploadState::NotNeeded:
        return tr("Signed and uploaded");
    case CertificateUploadState::Refused:
        //: %1 is the server's reason, a full sentence.
        return tr("Signed, but the server did not accept the upload: %1 Sign it again.").arg(outcome.uploadMessage);
    }
    return {};
}

void SigningResultsDialog::retranslate()
{
    setWindowTitle(tr("Signing results"));
    int stored = 0;
    int waiting = 0;
    int notAccepted = 0;
    for (const SigningOutcome &outcome : std::as_const(m_outcomes)) {
        if (!outcome.stored)
            continue;
        ++stored;
        if (outcome.upload == CertificateUploadState::Pending)
            ++waiting;
        else if (outcome.upload == CertificateUploadState::Refused)
            ++notAccepted;
    }
    const int failed = int(m_outcomes.size()) - stored;

    // The first sentence stays true as uploads land while the dialog is open.
    QString summary;
    if (waiting > 0 || stored == 0)
        summary = tr("%n certificate(s) signed. They are uploaded to the server when it responds.", nullptr, stored);
    else if (notAccepted == 0)
        summary = tr("%n certificate(s) signed and uploaded to the server.", nullptr, stored);
    else
        summary = tr("%n certificate(s) signed. The server did not accept every upload; the list shows which.", nullptr,
                     stored);
    if (failed > 0)
        summary += u' ' + tr("%n certificate(s) not signed; the reasons are listed.", nullptr, failed);
    if (m_stopped)
        summary += u' ' + tr("You stopped the batch: the certificates after the last one listed were not signed.");
    m_summaryLabel->setText(summary);

    m_resultsTree->setHeaderLabels({tr("Certificate"), tr("Applicant"), tr("Outcome")});
    for (int row = 0; row < m_resultsTree->topLevelItemCount(); ++row) {
        const SigningOutcome &outcome = m_outcomes.at(row);
        QTreeWidgetItem *item = m_resultsTree->topLevelItem(row);
        const bool fine = outcome.stored && outcome.upload != CertificateUploadState::Refused;
        item->setText(OutcomeColumn, outcomeText(outcome));
        item->setIcon(OutcomeColumn,
                      style()->standardIcon(fine ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning));
        item->setToolTip(OutcomeColumn, item->text(OutcomeColumn));
    }
    m_previewButton->setText(tr("&Preview signed"));
    m_closeButton->setText(tr("Close"));
}

} // namespace nodues::workstation
