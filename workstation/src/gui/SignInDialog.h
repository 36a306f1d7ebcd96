#pragma once

#include "app/OfficerSession.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace nodues {
class Clock;
}

namespace nodues::workstation {

class CredentialStore;
class LanguageSwitcher;
class OfficerApiClient;
class Prompter;
class ResendCountdown;
class WorkstationSettings;
struct ApiResult;

// The officer's two-step sign-in. The first page posts the server address, username and
// password to /api/v1/officer/sign-in, and the server sends an OTP to the officer's mobile. The
// second page posts that code to /api/v1/officer/session.
// "Resend code" repeats the first step with the password still held in memory, after a delay
// shown as a countdown. The password is dropped when the dialog closes and is never stored.
//
// On success the dialog saves the server address, the username and the "Remember me" choice in
// settings, keeps the session token in the credential store under credentialKey(server,
// username) when "Remember me" is ticked (and deletes any older entry there when it is not),
// and then accepts; session() has the result. A keychain failure is reported through the
// prompter and does not stop the sign-in.
//
// Errors show inside the dialog (errorLabel) and name the value at fault. Enter submits the
// current page.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    // languages may be null; the language list is hidden then.
    SignInDialog(OfficerApiClient &api, CredentialStore &credentials, WorkstationSettings &settings, Prompter &prompter,
                 LanguageSwitcher *languages, const Clock &clock, QWidget *parent = nullptr);
    ~SignInDialog() override;

    // Fills the server address, for example from the command line, instead of the saved one.
    void setServerUrl(const QString &url);
    // Seconds after a sent code until "Resend code" is enabled; 30 by default.
    void setResendDelay(int seconds) { m_resendDelaySeconds = seconds; }

    // The signed-in session; valid after the dialog was accepted.
    const OfficerSession &session() const { return m_session; }

    void done(int result) override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildWidgets();
    QWidget *buildCredentialsPage();
    QWidget *buildOtpPage();
    void retranslate();
    void updateWidgets();
    void chooseLanguage(int index);

    void submitCredentials();
    void requestCode();
    void handleCodeRequested(const ApiResult &result);
    void submitCode();
    void handleSessionCreated(const ApiResult &result);
    void storeCredentials();
    void finishSignIn();
    void goBack();

    // The message is a function, so a language switch retranslates an error on display.
    void showError(std::function<QString()> message);
    void showFailure(const ApiResult &result);
    void clearError();

    OfficerApiClient &m_api;
    CredentialStore &m_credentials;
    WorkstationSettings &m_settings;
    Prompter &m_prompter;
    LanguageSwitcher *m_languages;
    ResendCountdown *m_countdown;
    int m_resendDelaySeconds = 30;

    // Sign-in state. The request number identifies responses to abandoned requests, which are ignored.
    OfficerSession m_session;
    QString m_password;
    QString m_challengeId;
    QString m_sentToMasked;
    int m_expiresInSeconds = 0;
    int m_attemptsLeft = -1;
    quint64 m_requestNumber = 0;
    bool m_busy = false;
    std::function<QString()> m_error;

    QStackedWidget *m_pages = nullptr;
    QWidget *m_credentialsPage = nullptr;
    QWidget *m_otpPage = nullptr;

    QLabel *m_introLabel = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_languageComboBox = nullptr;
    QLabel *m_serverUrlLabel = nullptr;
    QLineEdit *m_serverUrlEdit = nullptr;
    QLabel *m_usernameLabel = nullptr;
    QLineEdit *m_usernameEdit = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
    QCheckBox *m_rememberMeCheckBox = nullptr;
    QPushButton *m_signInButton = nullptr;
    QPushButton *m_cancelButton = nullptr;

    QLabel *m_sentToLabel = nullptr;
    QLabel *m_otpCodeLabel = nullptr;
    QLineEdit *m_otpCodeEdit = nullptr;
    QLabel *m_attemptsLeftLabel = nullptr;
    QPushButton *m_resendCodeButton = nullptr;
    QPushButton *m_backButton = nullptr;
    QPushButton *m_confirmOtpButton = nullptr;

    QLabel *m_statusLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
};

} // namespace nodues::workstation
