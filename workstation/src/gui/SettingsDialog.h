#pragma once

#include "app/Language.h"

#include <QDialog>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace nodues::workstation {

class LanguageSwitcher;
class SigningKeySettingsBox;
class WorkstationSettings;

// The workstation's settings: the interface language, the server address, this PC's device
// name, the certificate printer (one of QPrinterInfo's printers, or the system's default) and
// the officer's signing key (SigningKeySettingsBox). A language chosen in the list applies at
// once to every open window; Cancel switches back to the language the dialog opened with. Save
// checks the server address and the signing key and stores everything in settings; a new
// server address takes effect at the next sign-in.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(WorkstationSettings &settings, LanguageSwitcher &languages, QWidget *parent = nullptr);

    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildWidgets();
    void fillPrinters();
    void retranslate();
    void chooseLanguage(int index);
    void save();

    WorkstationSettings &m_settings;
    LanguageSwitcher &m_languages;
    Language m_openedWith;
    // The server address that Save refused, shown with the reason until the next Save.
    QString m_refusedServerUrl;
    // Save found the signing key invalid. Its message is made again on a language switch.
    bool m_signingKeyInvalid = false;

    QGroupBox *m_generalGroupBox = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_languageComboBox = nullptr;
    QLabel *m_serverUrlLabel = nullptr;
    QLineEdit *m_serverUrlEdit = nullptr;
    QLabel *m_deviceNameLabel = nullptr;
    QLineEdit *m_deviceNameEdit = nullptr;
    QLabel *m_serverNoteLabel = nullptr;
    QLabel *m_errorLabel = nullptr;

    QGroupBox *m_printerGroupBox = nullptr;
    QLabel *m_printerLabel = nullptr;
    QComboBox *m_printerComboBox = nullptr;
    SigningKeySettingsBox *m_signingKeyBox = nullptr;

    QPushButton *m_saveButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace nodues::workstation
