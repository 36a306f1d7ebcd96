#include "gui/ForwardDialog.h"

#include "gui/UnbreakableText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

ForwardDialog::ForwardDialog(const QString &applicationNumber, const QString &applicant, bool offline, QWidget *parent)
    : QDialog(parent)
    , m_remarksEdit(new QLineEdit(this))
{
    setObjectName(u"forwardDialog"_s);
    // Room for a long applicant name and the remarks without wrapping every few words.
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    setWindowTitle(tr("Forward application"));

    auto *introLabel = new QLabel(tr("Forward application %1 of %2 to the division officer for approval?")
                                      .arg(unbreakable(applicationNumber), applicant),
                                  this);
    introLabel->setObjectName(u"forwardIntroLabel"_s);
    introLabel->setWordWrap(true);

    m_remarksEdit->setObjectName(u"remarksEdit"_s);
    m_remarksEdit->setMaxLength(kMaxRemarksLength);
    m_remarksEdit->setPlaceholderText(tr("Optional; only officers see them"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Remarks:"), m_remarksEdit);

    auto *buttons = new QDialogButtonBox(this);
    m_forwardButton = buttons->addButton(tr("&Forward"), QDialogButtonBox::AcceptRole);
    m_forwardButton->setObjectName(u"forwardButton"_s);
    m_forwardButton->setDefault(true);
    QPushButton *cancelButton = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancelButton->setObjectName(u"cancelButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addLayout(form);
    if (offline) {
        auto *offlineLabel = new QLabel(
            tr("You are offline. The forward waits in the queue and is sent when the server responds."), this);
        offlineLabel->setObjectName(u"offlineLabel"_s);
        offlineLabel->setWordWrap(true);
        layout->addWidget(offlineLabel);
    }
    layout->addWidget(buttons);
    m_remarksEdit->setFocus();
}

QString ForwardDialog::remarks() const
{
    return m_remarksEdit->text().trimmed();
}

} // namespace nodues::workstation
