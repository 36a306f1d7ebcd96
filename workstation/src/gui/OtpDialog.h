#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace nodues {
class Clock;
}

namespace nodues::workstation {

class ResendCountdown;

// Confirms an action with an OTP sent to the officer's own mobile, for example a batch approval.
// The dialog does no network work itself: it calls the caller's functions and shows what the
// caller reports back. A caller:
//
//   OtpDialog dialog(window);
//   dialog.setSummary([n] { return MyContext::tr("Approve %n applications", "", n); });
//   dialog.setConfirmVerb([] { return MyContext::tr("Approve"); });
//   dialog.setSendCode([&] { /* request the OTP, then call dialog.codeSent(...) or
//                                dialog.sendFailed(...) */ });
//   dialog.setConfirmCode([&](const QString &code) { /* send the action with code, then call
//                                dialog.accept() or dialog.codeRefused(...) or dialog.showError(...) */ });
//   if (prompter.execDialog(dialog) == QDialog::Accepted) ...
//
// Steps the officer sees:
// 1. "Send code" (sendCodeButton) calls the send function. The button stays disabled until
//    the caller reports codeSent() or sendFailed().
// 2. After codeSent() the button reads "Resend code" and stays disabled for the resend delay
//    (30 s unless setResendDelay() says otherwise), counting down in its text.
// 3. The officer types the 6 digits into otpCodeEdit. "Confirm" (confirmButton, or Enter)
//    calls the confirm function with them; the dialog waits, disabled, for the caller's
//    accept(), codeRefused() or showError().
// 4. A refused code shows the caller's message and, while tries remain, their number
//    (attemptsLeftLabel), so the message should not repeat it. At 0 tries left the code field
//    is cleared and only a new code helps.
// Errors are shown inside the dialog (errorLabel), not in message boxes, and the dialog grows
// to show them whole. Cancel (or Escape) rejects the dialog at any time; a pending response of the
// caller is then ignored.
//
// The texts that the caller provides are functions, so they follow a language switch while the
// dialog is open.
class OtpDialog : public QDialog
{
    Q_OBJECT

public:
    using TextFunction = std::function<QString()>;
    using SendCode = std::function<void()>;
    using ConfirmCode = std::function<void(const QString &code)>;

    // clock drives the resend countdown; tests pass a ManualClock.
    explicit OtpDialog(QWidget *parent = nullptr);
    OtpDialog(const Clock &clock, QWidget *parent = nullptr);
    ~OtpDialog() override;

    // What the code confirms, shown above the buttons.
    void setSummary(TextFunction summary);
    // The text of the confirm button, a verb; "Confirm" by default.
    void setConfirmVerb(TextFunction verb);
    void setSendCode(SendCode send) { m_sendCode = std::move(send); }
    void setConfirmCode(ConfirmCode confirm) { m_confirmCode = std::move(confirm); }
    // Seconds from a sent code until "Resend code" is enabled.
    void setResendDelay(int seconds) { m_resendDelaySeconds = seconds; }

    // Reports that a code went to sentToMasked (the masked mobile, "94XXXXX001") and expires
    // in expiresInSeconds. Starts the resend countdown and clears the code field.
    void codeSent(const QString &sentToMasked, int expiresInSeconds);
    // Reports that no code was sent, with the reason; when the server named a wait
    // (Retry-After), "Resend code" stays disabled that long.
    void sendFailed(const QString &message, int retryAfterSeconds = 0);
    // Reports a wrong, expired or used code with the server's message; attemptsLeft < 0 when
    // the server did not say.
    void codeRefused(const QString &message, int attemptsLeft);
    // Reports any other failure of the confirmation; the officer may try again.
    void showError(const QString &message);

    QString code() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildWidgets();
    void retranslate();
    void updateButtons();
    void requestCode();
    void submitCode();
    void setError(const QString &message);
    void growToContents();

    ResendCountdown *m_countdown = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_sentToLabel = nullptr;
    QLabel *m_codeLabel = nullptr;
    QLineEdit *m_codeEdit = nullptr;
    QLabel *m_attemptsLeftLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_sendCodeButton = nullptr;
    QPushButton *m_confirmButton = nullptr;
    QPushButton *m_cancelButton = nullptr;

    TextFunction m_summary;
    TextFunction m_confirmVerb;
    SendCode m_sendCode;
    ConfirmCode m_confirmCode;
    int m_resendDelaySeconds = 30;

    bool m_codeWasSent = false;
    bool m_sending = false;
    bool m_confirming = false;
    QString m_sentToMasked;
    int m_expiresInSeconds = 0;
    int m_attemptsLeft = -1;
    // The error as given, so a language switch keeps it (callers pass translated text).
    QString m_error;
};

} // namespace nodues::workstation
