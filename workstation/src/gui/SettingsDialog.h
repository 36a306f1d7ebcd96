#pragma once

#include "app/Language.h"
#include "print/CupsSubmission.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QStringList>

#include <optional>

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
    ~SettingsDialog() override;

    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildWidgets();
    void fillPrinters();
    // Replaces the printer list with the scheduler's queues, keeping the current choice.
    void showPrinters(const CupsSubmission::QueueList &queues);
    // The combo box's text for printer name: marked when the list is known and lacks it.
    QString printerItemText(const QString &name) const;
    void updatePrinterNote();
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
    QLabel *m_printerNoteLabel = nullptr;
    enum class PrinterNote { None, Looking, NoResponse };
    PrinterNote m_printerNote = PrinterNote::None;
    // The printers of this PC once known; the CUPS lookup runs off the GUI thread and is
    // cancelled when the dialog closes first.
    std::optional<QStringList> m_installedPrinters;
    CupsSubmission::CallControl m_printerLookup;
    QFutureWatcher<CupsSubmission::QueueList> *m_printerWatcher = nullptr;
    SigningKeySettingsBox *m_signingKeyBox = nullptr;

    QPushButton *m_saveButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace nodues::workstation
