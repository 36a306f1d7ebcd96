#pragma once

#include <QByteArray>
#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace nodues::workstation {

struct Pkcs11TokenStatus;

// Asks for the secret that unlocks the officer's signing key: the token's user PIN, or the
// passphrase of a PKCS#12 file. The field is masked, has no context menu, and refuses copy and
// cut (QLineEdit's password mode). The dialog never logs or stores the secret: takeSecret()
// returns it and clears the field.
//
// Before a try it shows what the token reports about its PIN (few tries left, last try, or a
// PIN pad on the reader) and the error of the previous try, such as a wrong PIN. For a PKCS#12
// file it can offer "Remember the passphrase in the keychain".
class PinDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class SecretKind { TokenPin, Pkcs12Passphrase };

    // keyName names the key for the officer: the token's label or the PKCS#12 file's name.
    // certificateCount is the number of certificates the secret will sign.
    PinDialog(SecretKind kind, const QString &keyName, int certificateCount, QWidget *parent = nullptr);
    ~PinDialog() override;

    SecretKind secretKind() const { return m_kind; }

    // Shows the error of the previous try above the field. An empty message hides it.
    void setError(const QString &message);
    QString error() const { return m_error; }
    // Shows the token's PIN flags. With a PIN pad, Sign goes ahead with an empty field.
    void setTokenStatus(const Pkcs11TokenStatus &status);
    // Shows the "remember" box (PKCS#12 only), ticked or not.
    void offerRemember(bool checked);
    bool rememberChecked() const;

    // The typed secret as UTF-8, and an empty field afterwards. Call it once, after exec().
    QByteArray takeSecret();

    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildWidgets();
    void retranslate();
    void updateSignButton();

    SecretKind m_kind;
    QString m_keyName;
    int m_certificateCount;
    QString m_error;
    bool m_pinCountLow = false;
    bool m_pinFinalTry = false;
    bool m_pinPad = false;

    QLabel *m_introLabel = nullptr;
    QLabel *m_secretLabel = nullptr;
    QLineEdit *m_secretEdit = nullptr;
    QLabel *m_triesLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QCheckBox *m_rememberCheckBox = nullptr;
    QPushButton *m_signButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace nodues::workstation
