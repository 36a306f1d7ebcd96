#include "gui/RejectDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

RejectDialog::RejectDialog(const QString &intro, const QList<RejectionReason> &reasons, const QString &note,
                           QWidget *parent)
    : QDialog(parent)
    , m_reasons(reasons)
    , m_reasonCombo(new QComboBox(this))
    , m_remarksEdit(new QLineEdit(this))
    , m_remarksHintLabel(new QLabel(this))
{
    setObjectName(u"rejectDialog"_s);
    // Room for a long applicant name and the remarks without wrapping every few words.
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    setWindowTitle(tr("Reject"));

    auto *introLabel = new QLabel(intro, this);
    introLabel->setObjectName(u"rejectIntroLabel"_s);
    introLabel->setWordWrap(true);

    // The first entry is a prompt, so that a reason is always a deliberate choice.
    m_reasonCombo->setObjectName(u"reasonCombo"_s);
    m_reasonCombo->addItem(tr("Choose a reason"));
    const bool hindi = QLocale().language() == QLocale::Hindi;
    for (const RejectionReason &reason : std::as_const(m_reasons))
        m_reasonCombo->addItem(hindi ? reason.hindi : reason.english, reason.code);

    m_remarksEdit->setObjectName(u"remarksEdit"_s);
    m_remarksEdit->setMaxLength(kMaxRemarksLength);
    m_remarksEdit->setPlaceholderText(tr("Shown to the applicant"));
    m_remarksHintLabel->setObjectName(u"remarksHintLabel"_s);
    m_remarksHintLabel->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("R&eason:"), m_reasonCombo);
    form->addRow(tr("&Remarks:"), m_remarksEdit);
    form->addRow(QString(), m_remarksHintLabel);

    auto *buttons = new QDialogButtonBox(this);
    m_rejectButton = buttons->addButton(tr("Re&ject"), QDialogButtonBox::AcceptRole);
    m_rejectButton->setObjectName(u"rejectButton"_s);
    m_rejectButton->setDefault(true);
    QPushButton *cancelButton = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancelButton->setObjectName(u"cancelButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addLayout(form);
    if (!note.isEmpty()) {
        auto *noteLabel = new QLabel(note, this);
        noteLabel->setObjectName(u"noteLabel"_s);
        noteLabel->setWordWrap(true);
        layout->addWidget(noteLabel);
    }
    layout->addWidget(buttons);

    connect(m_reasonCombo, &QComboBox::currentIndexChanged, this, &RejectDialog::updateRejectButton);
    connect(m_remarksEdit, &QLineEdit::textChanged, this, &RejectDialog::updateRejectButton);
    updateRejectButton();
    m_reasonCombo->setFocus();
}

QString RejectDialog::reasonCode() const
{
    const RejectionReason *reason = chosenReason();
    return reason ? reason->code : QString();
}

QString RejectDialog::remarks() const
{
    return m_remarksEdit->text().trimmed();
}

const RejectionReason *RejectDialog::chosenReason() const
{
    const int index = m_reasonCombo->currentIndex() - 1;
    if (index < 0 || index >= m_reasons.size())
        return nullptr;
    return &m_reasons.at(index);
}

void RejectDialog::updateRejectButton()
{
    const RejectionReason *reason = chosenReason();
    const bool needsRemarks = reason && reason->needsRemarks;
    const bool remarksMissing = needsRemarks && remarks().isEmpty();
    // The SMS names only the reason, and the applicant reads the remarks with the application on
    // the consumer portal.
    if (!reason)
        m_remarksHintLabel->setText(tr("Choose the reason the applicant is told in the rejection SMS."));
    else if (remarksMissing)
        m_remarksHintLabel->setText(tr("This reason needs remarks that say what is wrong."));
    else if (needsRemarks)
        m_remarksHintLabel->setText(tr("The SMS tells the applicant to read these remarks on the portal, where "
                                       "they are shown with the application."));
    else
        m_remarksHintLabel->setText(tr("Remarks are optional. The applicant sees them on the portal with the "
                                       "application; the SMS names only the reason."));
    m_rejectButton->setEnabled(reason && !remarksMissing);
}

} // namespace nodues::workstation
