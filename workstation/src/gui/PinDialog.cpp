#include "gui/PinDialog.h"

#include "certificate/Pkcs11TokenStatus.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

PinDialog::PinDialog(SecretKind kind, const QString &keyName, int certificateCount, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_keyName(keyName)
    , m_certificateCount(certificateCount)
{
    setObjectName(u"pinDialog"_s);
    buildWidgets();
    retranslate();
    updateSignButton();
    m_secretEdit->setFocus();
}

PinDialog::~PinDialog()
{
    // QLineEdit keeps its text until it is destroyed; it goes as early as possible.
    m_secretEdit->clear();
}

void PinDialog::buildWidgets()
{
    m_introLabel = new QLabel(this);
    m_introLabel->setObjectName(u"introLabel"_s);
    m_introLabel->setWordWrap(true);

    m_secretEdit = new QLineEdit(this);
    m_secretEdit->setObjectName(u"secretEdit"_s);
    // Password mode already refuses copy and cut. Without a context menu or input-method
    // prediction, the secret stays in this field only.
    m_secretEdit->setEchoMode(QLineEdit::Password);
    m_secretEdit->setContextMenuPolicy(Qt::NoContextMenu);
    m_secretEdit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText |
                                      Qt::ImhNoAutoUppercase);
    m_secretEdit->setMaxLength(256);
    m_secretLabel = new QLabel(this);
    m_secretLabel->setObjectName(u"secretLabel"_s);
    m_secretLabel->setBuddy(m_secretEdit);
    connect(m_secretEdit, &QLineEdit::textChanged, this, &PinDialog::updateSignButton);

    m_triesLabel = new QLabel(this);
    m_triesLabel->setObjectName(u"triesLabel"_s);
    m_triesLabel->setWordWrap(true);
    m_triesLabel->hide();

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"errorLabel"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(u"color: #b00020;"_s);
    m_errorLabel->hide();

    m_rememberCheckBox = new QCheckBox(this);
    m_rememberCheckBox->setObjectName(u"rememberCheckBox"_s);
    m_rememberCheckBox->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_signButton = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_signButton->setObjectName(u"signButton"_s);
    m_signButton->setDefault(true);
    m_cancelButton = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancelButton->setObjectName(u"cancelButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PinDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(m_secretLabel, m_secretEdit);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addWidget(m_errorLabel);
    layout->addLayout(form);
    layout->addWidget(m_triesLabel);
    layout->addWidget(m_rememberCheckBox);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void PinDialog::setError(const QString &message)
{
    m_error = message;
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

void PinDialog::setTokenStatus(const Pkcs11TokenStatus &status)
{
    m_pinCountLow = status.pinCountLow;
    m_pinFinalTry = status.pinFinalTry;
    m_pinPad = status.pinPad;
    retranslate();
    updateSignButton();
}

void PinDialog::offerRemember(bool checked)
{
    m_rememberCheckBox->setVisible(m_kind == SecretKind::Pkcs12Passphrase);
    m_rememberCheckBox->setChecked(checked && m_kind == SecretKind::Pkcs12Passphrase);
}

bool PinDialog::rememberChecked() const
{
    return m_kind == SecretKind::Pkcs12Passphrase && m_rememberCheckBox->isChecked();
}

QByteArray PinDialog::takeSecret()
{
    const QByteArray secret = m_secretEdit->text().toUtf8();
    m_secretEdit->clear();
    return secret;
}

void PinDialog::reject()
{
    m_secretEdit->clear();
    QDialog::reject();
}

void PinDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void PinDialog::retranslate()
{
    const bool pin = m_kind == SecretKind::TokenPin;
    setWindowTitle(pin ? tr("Token PIN") : tr("PKCS#12 passphrase"));
    if (pin && m_pinPad)
        m_introLabel->setText(tr("Sign %n certificate(s) with the key on token %1. Press Sign, then type the PIN "
                                 "on the token's own keypad.",
                                 nullptr, m_certificateCount)
                                  .arg(m_keyName));
    else if (pin)
        m_introLabel->setText(
            tr("Sign %n certificate(s) with the key on token %1. Type the token's PIN.", nullptr, m_certificateCount)
                .arg(m_keyName));
    else
        m_introLabel->setText(
            tr("Sign %n certificate(s) with the key in %1. Type the file's passphrase.", nullptr, m_certificateCount)
                .arg(m_keyName));
    m_secretLabel->setText(pin ? tr("&PIN:") : tr("&Passphrase:"));
    m_secretLabel->setVisible(!m_pinPad);
    m_secretEdit->setVisible(!m_pinPad);

    // PKCS#11 tokens report no count, only that few tries are left or that one is.
    QString tries;
    if (m_pinFinalTry)
        tries = tr("Last try: one more wrong PIN locks the token.");
    else if (m_pinCountLow)
        tries = tr("The token reports few tries left: a wrong PIN was typed since the last good one.");
    m_triesLabel->setText(tries);
    m_triesLabel->setVisible(!tries.isEmpty());

    m_rememberCheckBox->setText(tr("&Remember the passphrase in the keychain"));
    m_rememberCheckBox->setToolTip(tr("The passphrase is kept in this computer's keychain for your account and "
                                      "this file, so you are not asked again."));
    m_signButton->setText(tr("&Sign"));
    m_cancelButton->setText(tr("Cancel"));
}

void PinDialog::updateSignButton()
{
    m_signButton->setEnabled(m_pinPad || !m_secretEdit->text().isEmpty());
}

} // namespace nodues::workstation
