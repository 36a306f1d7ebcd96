#pragma once

#include "certificate/SigningKeyConfig.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QFileDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace nodues::workstation {

// The signing-key part of the settings. The key is either not set, or on a USB token reached
// through its PKCS#11 module (the module's file, and the token's label or the key's pkcs11:
// URI), or in a PKCS#12 file with the choice to remember its passphrase in the keychain. The box
// edits a SigningKeyConfig and never sees a PIN or passphrase.
//
// The Browse buttons open a window-modal QFileDialog with open(), named moduleFileDialog or
// pkcs12FileDialog, so a test can find it, choose a file and accept it without a timer.
class SigningKeySettingsBox final : public QGroupBox
{
    Q_OBJECT

public:
    explicit SigningKeySettingsBox(QWidget *parent = nullptr);

    void setConfig(const SigningKeyConfig &config, bool rememberPassphrase);
    SigningKeyConfig config() const;
    bool rememberPassphrase() const;

    // Checks the chosen key with SigningKeyConfig::validate(); a key of kind None is valid here,
    // since the officer may sign later. On failure returns false with *error set and puts the
    // keyboard focus on the field to correct.
    bool validate(QString *error);
    // The message validate() would give, or empty; it moves no focus.
    QString problem() const;

    // The first and last widgets in the keyboard order, for the dialog's tab chain.
    QWidget *firstWidget() const;
    QWidget *lastWidget() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildWidgets();
    void retranslate();
    void showKind(int index);
    void browse(QLineEdit *edit, const QString &dialogName, const QString &title, const QString &filter);

    QComboBox *m_kindComboBox = nullptr;
    QLabel *m_kindLabel = nullptr;
    QStackedWidget *m_pages = nullptr;

    QLabel *m_moduleLabel = nullptr;
    QLineEdit *m_moduleEdit = nullptr;
    QPushButton *m_moduleBrowseButton = nullptr;
    QLabel *m_tokenLabel = nullptr;
    QLineEdit *m_tokenEdit = nullptr;
    QLabel *m_pinNoteLabel = nullptr;

    QLabel *m_pkcs12FileLabel = nullptr;
    QLineEdit *m_pkcs12FileEdit = nullptr;
    QPushButton *m_pkcs12BrowseButton = nullptr;
    QCheckBox *m_rememberCheckBox = nullptr;
};

} // namespace nodues::workstation
