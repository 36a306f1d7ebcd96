#include "gui/BatchPrintDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

BatchPrintDialog::BatchPrintDialog(const Counts &counts, QWidget *parent)
    : QDialog(parent)
    , m_counts(counts)
    , m_chosenRadio(new QRadioButton(this))
    , m_unprintedRadio(new QRadioButton(this))
{
    setObjectName(u"batchPrintDialog"_s);
    setWindowTitle(tr("Batch print"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 56);

    auto *introLabel = new QLabel(tr("Which certificates do you want to print as one job?"), this);
    introLabel->setWordWrap(true);
    m_chosenRadio->setObjectName(u"chosenRadio"_s);
    m_chosenRadio->setText(tr("The chosen certificates (%n)", nullptr, counts.chosen));
    m_chosenRadio->setEnabled(counts.chosen > 0);
    m_unprintedRadio->setObjectName(u"unprintedRadio"_s);
    m_unprintedRadio->setText(tr("Every certificate of my office not yet printed (%n)", nullptr, counts.unprinted));
    m_unprintedRadio->setEnabled(counts.unprinted > 0);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addWidget(m_chosenRadio);
    layout->addWidget(m_unprintedRadio);

    QStringList notes;
    if (counts.chosenCopies > 0)
        notes << tr("%n of the chosen certificates were printed before and print as copies, marked \"COPY\".", nullptr,
                    counts.chosenCopies);
    for (auto skipped = counts.chosenSkipped.cbegin(); skipped != counts.chosenSkipped.cend(); ++skipped) {
        const QString note = skipNote(skipped.key(), skipped.value());
        if (!note.isEmpty())
            notes << note;
    }
    if (counts.refused > 0)
        notes << tr("%n certificates have a signed PDF that the server refused, so they are not printed. Choose your "
                    "registered Digital Signature Certificate in Settings and sign them again.",
                    nullptr, counts.refused);
    if (counts.uncertain > 0)
        notes << tr("%n certificates may have printed before the workstation stopped. They are left out until you "
                    "check the printer's output.",
                    nullptr, counts.uncertain);
    if (!notes.isEmpty()) {
        auto *notesLabel = new QLabel(notes.join(u'\n'), this);
        notesLabel->setObjectName(u"notesLabel"_s);
        notesLabel->setWordWrap(true);
        layout->addWidget(notesLabel);
    }

    auto *buttons = new QDialogButtonBox(this);
    m_printButton = buttons->addButton(tr("&Print"), QDialogButtonBox::AcceptRole);
    m_printButton->setObjectName(u"printButton"_s);
    m_printButton->setDefault(true);
    QPushButton *cancelButton = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancelButton->setObjectName(u"cancelButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_chosenRadio, &QRadioButton::toggled, this, &BatchPrintDialog::updateButton);
    connect(m_unprintedRadio, &QRadioButton::toggled, this, &BatchPrintDialog::updateButton);
    setChoice(counts.chosen > 0 ? Choice::Chosen : Choice::AllUnprinted);
}

QString BatchPrintDialog::skipNote(CertificatePrintRun::SkipReason reason, int count)
{
    if (count <= 0)
        return {};
    switch (reason) {
    case CertificatePrintRun::SkipReason::Unknown:
        return tr("%n of the chosen certificates are not in this workstation's records.", nullptr, count);
    case CertificatePrintRun::SkipReason::NotIssued:
        return tr("%n of the chosen certificates belong to applications that are not approved now.", nullptr, count);
    case CertificatePrintRun::SkipReason::Revoked:
        return tr("%n of the chosen certificates are revoked.", nullptr, count);
    case CertificatePrintRun::SkipReason::NotSigned:
        return tr("%n of the chosen certificates are not signed yet, or their signed PDF has not reached this PC.",
                  nullptr, count);
    case CertificatePrintRun::SkipReason::Refused:
    case CertificatePrintRun::SkipReason::Uncertain:
        break;
    }
    return {};
}

BatchPrintDialog::Choice BatchPrintDialog::choice() const
{
    return m_unprintedRadio->isChecked() ? Choice::AllUnprinted : Choice::Chosen;
}

void BatchPrintDialog::setChoice(Choice choice)
{
    (choice == Choice::Chosen ? m_chosenRadio : m_unprintedRadio)->setChecked(true);
    updateButton();
}

void BatchPrintDialog::updateButton()
{
    const int count = choice() == Choice::Chosen ? m_counts.chosen : m_counts.unprinted;
    m_printButton->setEnabled(count > 0);
    m_printButton->setText(count > 0 ? tr("&Print %n certificates", nullptr, count) : tr("&Print"));
}

} // namespace nodues::workstation
