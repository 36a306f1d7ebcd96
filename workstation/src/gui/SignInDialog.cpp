#include "gui/SignInDialog.h"

#include "Clock.h"
#include "api/OfficerApiClient.h"
#include "app/LanguageSwitcher.h"
#include "app/ResendCountdown.h"
#include "app/ServerAddress.h"
#include "app/WorkstationSettings.h"
#include "gui/Prompter.h"
#include "gui/SignInDialogMessages.h"
#include "keychain/CredentialStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcSignIn, "nodues.gui.signin")

namespace nodues::workstation {

namespace {

constexpr int kCodeLength = 6;

// The language list shows each language in its own script, in every interface language.
const QString kHindiName = u"हिन्दी"_s;
const QString kEnglishName = u"English"_s;

} // namespace

SignInDialog::SignInDialog(OfficerApiClient &api, CredentialStore &credentials, WorkstationSettings &settings,
                           Prompter &prompter, LanguageSwitcher *languages, const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_credentials(credentials)
    , m_settings(settings)
    , m_prompter(prompter)
    , m_languages(languages)
    , m_countdown(new ResendCountdown(clock, this))
{
    setObjectName(u"signInDialog"_s);
    buildWidgets();
    connect(m_countdown, &ResendCountdown::ticked, this, &SignInDialog::retranslate);
    connect(m_countdown, &ResendCountdown::finished, this, &SignInDialog::updateWidgets);

    m_serverUrlEdit->setText(settings.serverUrl());
    m_usernameEdit->setText(settings.lastUsername());
    m_rememberMeCheckBox->setChecked(settings.rememberMe());
    if (m_serverUrlEdit->text().isEmpty())
        m_serverUrlEdit->setFocus();
    else if (m_usernameEdit->text().isEmpty())
        m_usernameEdit->setFocus();
    else
        m_passwordEdit->setFocus();

    retranslate();
    updateWidgets();
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::buildWidgets()
{
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(u"signInStackedWidget"_s);
    m_credentialsPage = buildCredentialsPage();
    m_otpPage = buildOtpPage();
    m_pages->addWidget(m_credentialsPage);
    m_pages->addWidget(m_otpPage);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(u"statusLabel"_s);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"errorLabel"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(u"color: #b00020;"_s);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_errorLabel);
    setMinimumWidth(460);
}

QWidget *SignInDialog::buildCredentialsPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"credentialsPage"_s);

    m_introLabel = new QLabel(page);
    m_introLabel->setObjectName(u"introLabel"_s);
    m_introLabel->setWordWrap(true);

    m_languageComboBox = new QComboBox(page);
    m_languageComboBox->setObjectName(u"languageComboBox"_s);
    m_languageComboBox->addItem(kHindiName, languageCode(Language::Hindi));
    m_languageComboBox->addItem(kEnglishName, languageCode(Language::English));
    m_languageLabel = new QLabel(page);
    m_languageLabel->setObjectName(u"languageLabel"_s);
    m_languageLabel->setBuddy(m_languageComboBox);
    if (m_languages) {
        m_languageComboBox->setCurrentIndex(m_languageComboBox->findData(languageCode(m_languages->current())));
        connect(m_languageComboBox, &QComboBox::currentIndexChanged, this, &SignInDialog::chooseLanguage);
        // Another window may switch the language; the list follows without switching again.
        connect(m_languages, &LanguageSwitcher::languageChanged, this, [this](Language language) {
            const QSignalBlocker blocker(m_languageComboBox);
            m_languageComboBox->setCurrentIndex(m_languageComboBox->findData(languageCode(language)));
        });
    } else {
        m_languageComboBox->setVisible(false);
        m_languageLabel->setVisible(false);
    }

    m_serverUrlEdit = new QLineEdit(page);
    m_serverUrlEdit->setObjectName(u"serverUrlEdit"_s);
    m_serverUrlLabel = new QLabel(page);
    m_serverUrlLabel->setObjectName(u"serverUrlLabel"_s);
    m_serverUrlLabel->setBuddy(m_serverUrlEdit);

    m_usernameEdit = new QLineEdit(page);
    m_usernameEdit->setObjectName(u"usernameEdit"_s);
    m_usernameLabel = new QLabel(page);
    m_usernameLabel->setObjectName(u"usernameLabel"_s);
    m_usernameLabel->setBuddy(m_usernameEdit);

    m_passwordEdit = new QLineEdit(page);
    m_passwordEdit->setObjectName(u"passwordEdit"_s);
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordLabel = new QLabel(page);
    m_passwordLabel->setObjectName(u"passwordLabel"_s);
    m_passwordLabel->setBuddy(m_passwordEdit);

    m_rememberMeCheckBox = new QCheckBox(page);
    m_rememberMeCheckBox->setObjectName(u"rememberMeCheckBox"_s);

    m_signInButton = new QPushButton(page);
    m_signInButton->setObjectName(u"signInButton"_s);
    connect(m_signInButton, &QPushButton::clicked, this, &SignInDialog::submitCredentials);
    m_cancelButton = new QPushButton(page);
    m_cancelButton->setObjectName(u"cancelButton"_s);
    m_cancelButton->setAutoDefault(false);
    connect(m_cancelButton, &QPushButton::clicked, this, &SignInDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_languageComboBox);
    form->addRow(m_serverUrlLabel, m_serverUrlEdit);
    form->addRow(m_usernameLabel, m_usernameEdit);
    form->addRow(m_passwordLabel, m_passwordEdit);
    form->addRow(QString(), m_rememberMeCheckBox);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_signInButton);
    buttons->addWidget(m_cancelButton);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_introLabel);
    layout->addLayout(form);
    layout->addStretch();
    layout->addLayout(buttons);

    setTabOrder(m_languageComboBox, m_serverUrlEdit);
    setTabOrder(m_serverUrlEdit, m_usernameEdit);
    setTabOrder(m_usernameEdit, m_passwordEdit);
    setTabOrder(m_passwordEdit, m_rememberMeCheckBox);
    setTabOrder(m_rememberMeCheckBox, m_signInButton);
    setTabOrder(m_signInButton, m_cancelButton);
    return page;
}

QWidget *SignInDialog::buildOtpPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"otpPage"_s);

    m_sentToLabel = new QLabel(page);
    m_sentToLabel->setObjectName(u"sentToLabel"_s);
    m_sentToLabel->setWordWrap(true);

    m_otpCodeEdit = new QLineEdit(page);
    m_otpCodeEdit->setObjectName(u"otpCodeEdit"_s);
    m_otpCodeEdit->setMaxLength(kCodeLength);
    m_otpCodeEdit->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9]{0,6}"_s), m_otpCodeEdit));
    m_otpCodeEdit->setInputMethodHints(Qt::ImhDigitsOnly);
    connect(m_otpCodeEdit, &QLineEdit::textChanged, this, &SignInDialog::updateWidgets);
    m_otpCodeLabel = new QLabel(page);
    m_otpCodeLabel->setObjectName(u"otpCodeLabel"_s);
    m_otpCodeLabel->setBuddy(m_otpCodeEdit);

    m_attemptsLeftLabel = new QLabel(page);
    m_attemptsLeftLabel->setObjectName(u"attemptsLeftLabel"_s);

    m_resendCodeButton = new QPushButton(page);
    m_resendCodeButton->setObjectName(u"resendCodeButton"_s);
    m_resendCodeButton->setAutoDefault(false);
    connect(m_resendCodeButton, &QPushButton::clicked, this, &SignInDialog::requestCode);

    m_confirmOtpButton = new QPushButton(page);
    m_confirmOtpButton->setObjectName(u"confirmOtpButton"_s);
    connect(m_confirmOtpButton, &QPushButton::clicked, this, &SignInDialog::submitCode);
    m_backButton = new QPushButton(page);
    m_backButton->setObjectName(u"backButton"_s);
    m_backButton->setAutoDefault(false);
    connect(m_backButton, &QPushButton::clicked, this, &SignInDialog::goBack);

    auto *form = new QFormLayout;
    form->addRow(m_otpCodeLabel, m_otpCodeEdit);
    form->addRow(QString(), m_attemptsLeftLabel);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_resendCodeButton);
    buttons->addStretch();
    buttons->addWidget(m_confirmOtpButton);
    buttons->addWidget(m_backButton);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sentToLabel);
    layout->addLayout(form);
    layout->addStretch();
    layout->addLayout(buttons);

    setTabOrder(m_otpCodeEdit, m_confirmOtpButton);
    setTabOrder(m_confirmOtpButton, m_resendCodeButton);
    setTabOrder(m_resendCodeButton, m_backButton);
    return page;
}

void SignInDialog::setServerUrl(const QString &url)
{
    m_serverUrlEdit->setText(url);
}

void SignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SignInDialog::retranslate()
{
    setWindowTitle(tr("Sign in to NoDues"));
    m_introLabel->setText(tr("Sign in with your officer account. An OTP will then be sent to your registered "
                             "mobile."));
    m_languageLabel->setText(tr("&Language:"));
    m_serverUrlLabel->setText(tr("&Server address:"));
    m_serverUrlEdit->setPlaceholderText(tr("for example https://nodues.example.in"));
    m_usernameLabel->setText(tr("&Username:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_rememberMeCheckBox->setText(tr("&Remember me on this computer"));
    m_rememberMeCheckBox->setToolTip(tr("Keeps the session, never the password, in this computer's keychain until "
                                        "you sign out or the session ends."));
    m_signInButton->setText(tr("Sign in"));
    m_cancelButton->setText(tr("Close"));

    m_sentToLabel->setText(tr("An OTP was sent to your registered mobile %1. It is valid for %2 minutes.")
                               .arg(m_sentToMasked)
                               .arg((m_expiresInSeconds + 59) / 60));
    m_otpCodeLabel->setText(tr("&OTP:"));
    m_otpCodeEdit->setPlaceholderText(tr("6 digits from the SMS"));
    m_attemptsLeftLabel->setText(m_attemptsLeft >= 0 ? tr("Tries left for this code: %1").arg(m_attemptsLeft)
                                                     : QString());
    m_attemptsLeftLabel->setVisible(m_attemptsLeft >= 0);
    m_resendCodeButton->setText(m_countdown->running() ? tr("Resend code in %1 s").arg(m_countdown->secondsLeft())
                                                       : tr("Resend code"));
    m_confirmOtpButton->setText(tr("Verify OTP"));
    m_backButton->setText(tr("Back"));

    m_statusLabel->setText(m_busy ? tr("Contacting the server…") : QString());
    m_statusLabel->setVisible(m_busy);
    m_errorLabel->setText(m_error ? m_error() : QString());
    m_errorLabel->setVisible(!m_errorLabel->text().isEmpty());
}

void SignInDialog::updateWidgets()
{
    const bool enabled = !m_busy;
    m_languageComboBox->setEnabled(enabled);
    m_serverUrlEdit->setEnabled(enabled);
    m_usernameEdit->setEnabled(enabled);
    m_passwordEdit->setEnabled(enabled);
    m_rememberMeCheckBox->setEnabled(enabled);
    m_signInButton->setEnabled(enabled);

    m_otpCodeEdit->setEnabled(enabled && !m_challengeId.isEmpty());
    m_confirmOtpButton->setEnabled(enabled && !m_challengeId.isEmpty() && m_otpCodeEdit->text().size() == kCodeLength);
    m_resendCodeButton->setEnabled(enabled && !m_countdown->running());
    m_backButton->setEnabled(enabled);

    // Enter presses the dialog's one default button; making one default clears the others.
    if (m_pages->currentWidget() == m_otpPage)
        m_confirmOtpButton->setDefault(true);
    else
        m_signInButton->setDefault(true);
    retranslate();
}

void SignInDialog::chooseLanguage(int index)
{
    const Language chosen = languageFromCode(m_languageComboBox->itemData(index).toString());
    if (m_languages && chosen != m_languages->current())
        m_languages->apply(chosen);
}

void SignInDialog::submitCredentials()
{
    if (m_busy)
        return;

    // Check the form before any request, in the order of the fields.
    const ServerAddress address = ServerAddress::parse(m_serverUrlEdit->text());
    if (!address.ok()) {
        const QString typed = m_serverUrlEdit->text();
        showError([typed] { return ServerAddress::parse(typed).error; });
        m_serverUrlEdit->setFocus();
        return;
    }
    const QString username = m_usernameEdit->text().trimmed();
    if (username.isEmpty()) {
        showError([] { return tr("Enter your username."); });
        m_usernameEdit->setFocus();
        return;
    }
    if (m_passwordEdit->text().isEmpty()) {
        showError([] { return tr("Enter your password."); });
        m_passwordEdit->setFocus();
        return;
    }

    m_session = OfficerSession();
    m_session.serverUrl = address.url;
    m_session.username = username;
    m_session.deviceName = m_settings.deviceName();
    m_session.remembered = m_rememberMeCheckBox->isChecked();
    m_password = m_passwordEdit->text();
    m_api.setServerUrl(address.url);
    m_api.setToken(QString());
    requestCode();
}

void SignInDialog::requestCode()
{
    if (m_password.isEmpty())
        return;
    clearError();
    m_busy = true;
    updateWidgets();

    const quint64 request = ++m_requestNumber;
    qCInfo(lcSignIn).noquote() << "Requesting a sign-in code for" << m_session.username << "at"
                               << m_session.serverUrl.toString();
    m_api.signIn(m_session.username, m_password, m_session.deviceName, this, [this, request](const ApiResult &result) {
        if (request == m_requestNumber)
            handleCodeRequested(result);
    });
}

void SignInDialog::handleCodeRequested(const ApiResult &result)
{
    m_busy = false;
    if (result.httpStatus != 202) {
        qCWarning(lcSignIn).noquote() << "Sign-in step 1 failed for" << m_session.username << "- status"
                                      << result.httpStatus << result.errorCode << result.networkError;
        // A wrong password on a resend means the form must be filled again.
        if (m_pages->currentWidget() == m_otpPage && result.errorCode == u"invalid_credentials"_s)
            goBack();
        showFailure(result);
        updateWidgets();
        // The form was disabled while the request ran, so focus went elsewhere. Return it to the
        // field to correct, so a retyped password does not land on a button.
        if (m_pages->currentWidget() == m_credentialsPage) {
            QLineEdit *const field = result.unreachable() ? m_serverUrlEdit : m_passwordEdit;
            field->setFocus();
            field->selectAll();
        }
        return;
    }

    m_challengeId = result.body.value(u"challenge_id"_s).toString();
    m_sentToMasked = result.body.value(u"sent_to_masked"_s).toString();
    m_expiresInSeconds = result.body.value(u"expires_in_seconds"_s).toInt();
    m_attemptsLeft = -1;
    m_otpCodeEdit->clear();
    m_pages->setCurrentWidget(m_otpPage);
    m_countdown->start(m_resendDelaySeconds);
    updateWidgets();
    m_otpCodeEdit->setFocus();
}

void SignInDialog::submitCode()
{
    if (m_busy || m_challengeId.isEmpty() || m_otpCodeEdit->text().size() != kCodeLength)
        return;
    clearError();
    m_busy = true;
    updateWidgets();

    const quint64 request = ++m_requestNumber;
    m_api.confirmSignIn(m_session.username, m_challengeId, m_otpCodeEdit->text(), m_session.deviceName, this,
                        [this, request](const ApiResult &result) {
                            if (request == m_requestNumber)
                                handleSessionCreated(result);
                        });
}

void SignInDialog::handleSessionCreated(const ApiResult &result)
{
    if (result.httpStatus != 201) {
        m_busy = false;
        qCWarning(lcSignIn).noquote() << "Sign-in step 2 failed for" << m_session.username << "- status"
                                      << result.httpStatus << result.errorCode << result.networkError;
        m_attemptsLeft = SignInDialogMessages::attemptsLeft(result);
        showFailure(result);
        updateWidgets();
        if (m_otpCodeEdit->isEnabled()) {
            m_otpCodeEdit->selectAll();
            m_otpCodeEdit->setFocus();
        }
        return;
    }

    m_session.token = result.body.value(u"token"_s).toString();
    m_session.officer = result.body.value(u"officer"_s).toObject();
    m_password.clear();
    m_challengeId.clear();
    qCInfo(lcSignIn).noquote() << "Signed in" << m_session.username << "at" << m_session.serverUrl.toString();

    m_settings.setServerUrl(m_session.serverUrl.toString());
    m_settings.setLastUsername(m_session.username);
    m_settings.setRememberMe(m_session.remembered);
    m_settings.sync();
    storeCredentials();
}

void SignInDialog::storeCredentials()
{
    const QString key = credentialKey(m_session.serverUrl.toString(), m_session.username);
    const quint64 request = m_requestNumber;
    const bool remembering = m_session.remembered;
    const auto finished = [this, request, remembering](bool ok, const QString &error) {
        if (request != m_requestNumber)
            return;
        // Without "Remember me" there was nothing to keep: a keychain that cannot be reached to
        // remove an old entry is worth a log line, not a warning to the officer.
        if (!ok && !remembering)
            qCWarning(lcSignIn).noquote() << "Could not remove an earlier remembered session:" << error;
        if (!ok && remembering) {
            m_session.remembered = false;
            m_prompter.warn(this, tr("Keychain"),
                            tr("You are signed in, but this computer's keychain could not be updated, so you "
                               "will be asked to sign in again next time."));
        }
        finishSignIn();
    };
    // Without "Remember me", an entry from an earlier sign-in must not outlive this choice.
    if (m_session.remembered)
        m_credentials.write(key, m_session.token, this, finished);
    else
        m_credentials.remove(key, this, finished);
}

void SignInDialog::finishSignIn()
{
    m_busy = false;
    accept();
}

void SignInDialog::goBack()
{
    ++m_requestNumber;
    m_busy = false;
    m_challengeId.clear();
    m_password.clear();
    m_attemptsLeft = -1;
    m_countdown->stop();
    m_otpCodeEdit->clear();
    clearError();
    m_pages->setCurrentWidget(m_credentialsPage);
    updateWidgets();
    m_passwordEdit->setFocus();
    m_passwordEdit->selectAll();
}

void SignInDialog::done(int result)
{
    // Responses that arrive after the dialog closed are ignored, and the password is dropped.
    ++m_requestNumber;
    m_password.clear();
    m_passwordEdit->clear();
    m_otpCodeEdit->clear();
    m_countdown->stop();
    QDialog::done(result);
}

void SignInDialog::showError(std::function<QString()> message)
{
    m_error = std::move(message);
    retranslate();
}

void SignInDialog::showFailure(const ApiResult &result)
{
    const SignInDialogMessages::Subject subject{m_session.serverUrl.toString(), m_session.username,
                                                m_session.deviceName};
    showError([result, subject] { return SignInDialogMessages::forFailure(result, subject); });
}

void SignInDialog::clearError()
{
    m_error = nullptr;
    retranslate();
}

} // namespace nodues::workstation
