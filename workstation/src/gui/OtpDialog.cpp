#include "gui/OtpDialog.h"

#include "Clock.h"
#include "app/ResendCountdown.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFontMetrics>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

namespace {

constexpr int kCodeLength = 6;

} // namespace

OtpDialog::OtpDialog(QWidget *parent)
    : OtpDialog(Clock::system(), parent)
{
}

OtpDialog::OtpDialog(const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_countdown(new ResendCountdown(clock, this))
{
    setObjectName(u"otpDialog"_s);
    buildWidgets();
    connect(m_countdown, &ResendCountdown::ticked, this, [this] { retranslate(); });
    connect(m_countdown, &ResendCountdown::finished, this, &OtpDialog::updateButtons);
    retranslate();
    updateButtons();
}

OtpDialog::~OtpDialog() = default;

void OtpDialog::buildWidgets()
{
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(u"summaryLabel"_s);
    m_summaryLabel->setWordWrap(true);

    m_sendCodeButton = new QPushButton(this);
    m_sendCodeButton->setObjectName(u"sendCodeButton"_s);
    connect(m_sendCodeButton, &QPushButton::clicked, this, &OtpDialog::requestCode);

    m_sentToLabel = new QLabel(this);
    m_sentToLabel->setObjectName(u"sentToLabel"_s);
    m_sentToLabel->setWordWrap(true);

    m_codeEdit = new QLineEdit(this);
    m_codeEdit->setObjectName(u"otpCodeEdit"_s);
    m_codeEdit->setMaxLength(kCodeLength);
    m_codeEdit->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9]{0,6}"_s), m_codeEdit));
    m_codeEdit->setInputMethodHints(Qt::ImhDigitsOnly);
    connect(m_codeEdit, &QLineEdit::textChanged, this, &OtpDialog::updateButtons);
    m_codeLabel = new QLabel(this);
    m_codeLabel->setObjectName(u"otpCodeLabel"_s);
    m_codeLabel->setBuddy(m_codeEdit);

    m_attemptsLeftLabel = new QLabel(this);
    m_attemptsLeftLabel->setObjectName(u"attemptsLeftLabel"_s);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"errorLabel"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(u"color: #b00020;"_s);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(this);
    m_confirmButton = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_confirmButton->setObjectName(u"confirmButton"_s);
    m_cancelButton = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancelButton->setObjectName(u"cancelButton"_s);
    // Confirming waits for the caller's result, so the accept role does not close the dialog.
    connect(m_confirmButton, &QPushButton::clicked, this, &OtpDialog::submitCode);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *codeRow = new QFormLayout;
    codeRow->addRow(m_codeLabel, m_codeEdit);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_sendCodeButton, 0, Qt::AlignLeft);
    layout->addWidget(m_sentToLabel);
    layout->addLayout(codeRow);
    layout->addWidget(m_attemptsLeftLabel);
    layout->addWidget(m_errorLabel);
    layout->addStretch();
    layout->addWidget(buttons);

    setTabOrder(m_sendCodeButton, m_codeEdit);
    setTabOrder(m_codeEdit, m_confirmButton);
    setTabOrder(m_confirmButton, m_cancelButton);
    setMinimumWidth(420);
}

void OtpDialog::setSummary(TextFunction summary)
{
    m_summary = std::move(summary);
    retranslate();
}

void OtpDialog::setConfirmVerb(TextFunction verb)
{
    m_confirmVerb = std::move(verb);
    retranslate();
}

void OtpDialog::codeSent(const QString &sentToMasked, int expiresInSeconds)
{
    m_sending = false;
    m_codeWasSent = true;
    m_sentToMasked = sentToMasked;
    m_expiresInSeconds = expiresInSeconds;
    m_attemptsLeft = -1;
    m_error.clear();
    m_codeEdit->clear();
    m_countdown->start(m_resendDelaySeconds);
    retranslate();
    updateButtons();
    m_codeEdit->setFocus();
}

void OtpDialog::sendFailed(const QString &message, int retryAfterSeconds)
{
    m_sending = false;
    if (retryAfterSeconds > 0)
        m_countdown->start(retryAfterSeconds);
    setError(message);
}

void OtpDialog::codeRefused(const QString &message, int attemptsLeft)
{
    m_confirming = false;
    m_attemptsLeft = attemptsLeft;
    // With no tries left the code is dead: only a new one can confirm.
    if (attemptsLeft == 0) {
        m_codeWasSent = false;
        m_codeEdit->clear();
    }
    setError(message);
    if (m_codeEdit->isEnabled()) {
        m_codeEdit->selectAll();
        m_codeEdit->setFocus();
    }
}

void OtpDialog::showError(const QString &message)
{
    m_confirming = false;
    setError(message);
}

QString OtpDialog::code() const
{
    return m_codeEdit->text();
}

void OtpDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void OtpDialog::retranslate()
{
    setWindowTitle(tr("Confirm with OTP"));
    m_summaryLabel->setText(m_summary ? m_summary() : QString());
    m_summaryLabel->setVisible(!m_summaryLabel->text().isEmpty());
    m_codeLabel->setText(tr("&OTP:"));
    m_codeEdit->setPlaceholderText(tr("6 digits from the SMS"));
    m_confirmButton->setText(m_confirmVerb ? m_confirmVerb() : tr("Confirm"));
    m_cancelButton->setText(tr("Cancel"));

    // Wide enough for the longest of its texts, so the countdown does not clip or jump.
    const QString longestSendText = tr("Resend code in %1 s").arg(888);
    const QFontMetrics metrics = m_sendCodeButton->fontMetrics();
    int widest = 0;
    for (const QString &text : {longestSendText, tr("Sending code…"), tr("Resend code"), tr("Send code")})
        widest = std::max(widest, metrics.horizontalAdvance(text));
    m_sendCodeButton->setMinimumWidth(widest + 4 * metrics.averageCharWidth());

    if (m_sending)
        m_sendCodeButton->setText(tr("Sending code…"));
    else if (m_countdown->running())
        m_sendCodeButton->setText(tr("Resend code in %1 s").arg(m_countdown->secondsLeft()));
    else if (m_codeWasSent || m_attemptsLeft == 0)
        m_sendCodeButton->setText(tr("Resend code"));
    else
        m_sendCodeButton->setText(tr("Send code"));

    if (m_codeWasSent) {
        m_sentToLabel->setText(tr("The OTP was sent to your mobile %1. It is valid for %2 minutes.")
                                   .arg(m_sentToMasked)
                                   .arg((m_expiresInSeconds + 59) / 60));
    } else {
        m_sentToLabel->setText(tr("Press \"Send code\" to get an OTP on your registered mobile."));
    }
    // At 0 tries left the caller's message reports the dead code, so a count would only repeat it.
    m_attemptsLeftLabel->setText(m_attemptsLeft > 0 ? tr("Tries left for this code: %1").arg(m_attemptsLeft)
                                                    : QString());
    m_attemptsLeftLabel->setVisible(m_attemptsLeft > 0);
    m_errorLabel->setText(m_error);
    m_errorLabel->setVisible(!m_error.isEmpty());
    growToContents();
}

void OtpDialog::growToContents()
{
    // A top-level window keeps its size when its word-wrapped labels gain lines, so an error
    // would squeeze the summary above it. The dialog grows to the height the texts need at this
    // width. It never shrinks, so the buttons do not jump while the countdown runs.
    if (!isVisible())
        return;
    layout()->activate();
    const int needed =
        layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : layout()->totalSizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void OtpDialog::updateButtons()
{
    const bool busy = m_sending || m_confirming;
    m_sendCodeButton->setEnabled(!busy && !m_countdown->running());
    m_codeEdit->setEnabled(!busy && m_codeWasSent);
    m_confirmButton->setEnabled(!busy && m_codeWasSent && m_codeEdit->text().size() == kCodeLength);

    // Enter sends the code until there is one to confirm, then confirms.
    QPushButton *defaultButton = m_codeWasSent ? m_confirmButton : m_sendCodeButton;
    m_sendCodeButton->setDefault(defaultButton == m_sendCodeButton);
    m_confirmButton->setDefault(defaultButton == m_confirmButton);
    retranslate();
}

void OtpDialog::requestCode()
{
    if (m_sending || m_confirming || !m_sendCode)
        return;
    m_sending = true;
    m_error.clear();
    updateButtons();
    m_sendCode();
}

void OtpDialog::submitCode()
{
    if (m_sending || m_confirming || !m_codeWasSent || code().size() != kCodeLength || !m_confirmCode)
        return;
    m_confirming = true;
    m_error.clear();
    updateButtons();
    m_confirmCode(code());
}

void OtpDialog::setError(const QString &message)
{
    m_error = message;
    updateButtons();
}

} // namespace nodues::workstation
