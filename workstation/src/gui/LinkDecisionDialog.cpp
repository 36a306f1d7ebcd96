#include "gui/LinkDecisionDialog.h"

#include "gui/UnbreakableText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

LinkDecisionDialog::LinkDecisionDialog(const QString &applicationNumber, const QList<PendingLink> &links, bool offline,
                                       QWidget *parent)
    : QDialog(parent)
    , m_links(links)
    , m_linkCombo(new QComboBox(this))
    , m_linkDetailsLabel(new QLabel(this))
    , m_primaryHintLabel(new QLabel(this))
    , m_remarksEdit(new QLineEdit(this))
{
    setObjectName(u"linkDecisionDialog"_s);
    setWindowTitle(tr("Check linked connection"));

    auto *introLabel = new QLabel(tr("Application %1: the applicant linked a connection whose bill has no mobile "
                                     "number. Check the bill, then confirm or refuse the link.")
                                      .arg(unbreakable(applicationNumber)),
                                  this);
    introLabel->setObjectName(u"linkIntroLabel"_s);
    introLabel->setWordWrap(true);

    m_linkCombo->setObjectName(u"linkCombo"_s);
    for (const PendingLink &link : std::as_const(m_links))
        m_linkCombo->addItem(tr("IVRS %1").arg(link.ivrs), link.ivrs);
    m_linkDetailsLabel->setObjectName(u"linkDetailsLabel"_s);
    m_linkDetailsLabel->setWordWrap(true);
    m_primaryHintLabel->setObjectName(u"primaryHintLabel"_s);
    m_primaryHintLabel->setWordWrap(true);
    m_remarksEdit->setObjectName(u"remarksEdit"_s);
    m_remarksEdit->setMaxLength(kMaxRemarksLength);
    m_remarksEdit->setPlaceholderText(tr("Optional, such as \"Bill seen at the counter\""));

    auto *form = new QFormLayout;
    form->addRow(tr("&Connection:"), m_linkCombo);
    form->addRow(QString(), m_linkDetailsLabel);
    form->addRow(tr("&Remarks:"), m_remarksEdit);

    auto *buttons = new QDialogButtonBox(this);
    m_confirmButton = buttons->addButton(tr("C&onfirm link"), QDialogButtonBox::AcceptRole);
    m_confirmButton->setObjectName(u"confirmLinkButton"_s);
    m_confirmButton->setDefault(true);
    m_refuseButton = buttons->addButton(tr("Re&fuse link"), QDialogButtonBox::ActionRole);
    m_refuseButton->setObjectName(u"refuseLinkButton"_s);
    m_refuseButton->setAutoDefault(false);
    QPushButton *cancelButton = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancelButton->setObjectName(u"cancelButton"_s);
    connect(m_confirmButton, &QPushButton::clicked, this, [this] {
        m_decision = Decision::Confirm;
        accept();
    });
    connect(m_refuseButton, &QPushButton::clicked, this, [this] {
        m_decision = Decision::Refuse;
        accept();
    });
    connect(cancelButton, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addLayout(form);
    layout->addWidget(m_primaryHintLabel);
    if (offline) {
        auto *offlineLabel = new QLabel(
            tr("You are offline. Your decision waits in the queue and is sent when the server responds."), this);
        offlineLabel->setObjectName(u"offlineLabel"_s);
        offlineLabel->setWordWrap(true);
        layout->addWidget(offlineLabel);
    }
    layout->addWidget(buttons);

    connect(m_linkCombo, &QComboBox::currentIndexChanged, this, &LinkDecisionDialog::showChosenLink);
    showChosenLink();
    m_linkCombo->setFocus();
}

QString LinkDecisionDialog::ivrs() const
{
    return m_linkCombo->currentData().toString();
}

QString LinkDecisionDialog::remarks() const
{
    return m_remarksEdit->text().trimmed();
}

void LinkDecisionDialog::showChosenLink()
{
    const int index = m_linkCombo->currentIndex();
    if (index < 0 || index >= m_links.size())
        return;
    const PendingLink &link = m_links.at(index);
    m_linkDetailsLabel->setText(
        tr("Name on the bill: %1\nAddress: %2\nDistribution Centre: %3").arg(link.name, link.address, link.dcCode));
    m_refuseButton->setEnabled(!link.primary);
    m_primaryHintLabel->setVisible(link.primary);
    m_primaryHintLabel->setText(tr("This is the application's primary connection, so it cannot be refused. If it "
                                   "is not the applicant's, reject the application instead."));
}

} // namespace nodues::workstation
