#include "gui/SettingsDialog.h"

#include "app/LanguageSwitcher.h"
#include "app/ServerAddress.h"
#include "app/WorkstationSettings.h"
#include "gui/SigningKeySettingsBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPrinterInfo>
#include <QPromise>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <thread>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcSettingsDialog, "nodues.gui.settings")

namespace nodues::workstation {

namespace {

// The language list shows each language in its own script, in every interface language, so an
// officer can find theirs without reading the other.
const QString kHindiName = u"हिन्दी"_s;
const QString kEnglishName = u"English"_s;

} // namespace

SettingsDialog::SettingsDialog(WorkstationSettings &settings, LanguageSwitcher &languages, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_languages(languages)
    , m_openedWith(languages.current())
{
    setObjectName(u"settingsDialog"_s);
    buildWidgets();

    m_languageComboBox->setCurrentIndex(m_languageComboBox->findData(languageCode(m_openedWith)));
    m_serverUrlEdit->setText(settings.serverUrl());
    m_deviceNameEdit->setText(settings.deviceName());
    fillPrinters();
    m_signingKeyBox->setConfig(settings.signingKey(), settings.rememberPkcs12Passphrase());
    connect(m_languageComboBox, &QComboBox::currentIndexChanged, this, &SettingsDialog::chooseLanguage);
    // Another window may switch the language; the list follows without switching again.
    connect(&languages, &LanguageSwitcher::languageChanged, this, [this](Language language) {
        const QSignalBlocker blocker(m_languageComboBox);
        m_languageComboBox->setCurrentIndex(m_languageComboBox->findData(languageCode(language)));
    });
    retranslate();
}

void SettingsDialog::buildWidgets()
{
    m_languageComboBox = new QComboBox(this);
    m_languageComboBox->setObjectName(u"languageComboBox"_s);
    m_languageComboBox->addItem(kHindiName, languageCode(Language::Hindi));
    m_languageComboBox->addItem(kEnglishName, languageCode(Language::English));
    m_languageLabel = new QLabel(this);
    m_languageLabel->setObjectName(u"languageLabel"_s);
    m_languageLabel->setBuddy(m_languageComboBox);

    m_serverUrlEdit = new QLineEdit(this);
    m_serverUrlEdit->setObjectName(u"serverUrlEdit"_s);
    m_serverUrlLabel = new QLabel(this);
    m_serverUrlLabel->setObjectName(u"serverUrlLabel"_s);
    m_serverUrlLabel->setBuddy(m_serverUrlEdit);

    m_deviceNameEdit = new QLineEdit(this);
    m_deviceNameEdit->setObjectName(u"deviceNameEdit"_s);
    m_deviceNameEdit->setMaxLength(64);
    m_deviceNameLabel = new QLabel(this);
    m_deviceNameLabel->setObjectName(u"deviceNameLabel"_s);
    m_deviceNameLabel->setBuddy(m_deviceNameEdit);

    m_serverNoteLabel = new QLabel(this);
    m_serverNoteLabel->setObjectName(u"serverNoteLabel"_s);
    m_serverNoteLabel->setWordWrap(true);

    m_generalGroupBox = new QGroupBox(this);
    m_generalGroupBox->setObjectName(u"generalGroupBox"_s);
    auto *general = new QFormLayout(m_generalGroupBox);
    general->addRow(m_languageLabel, m_languageComboBox);
    general->addRow(m_serverUrlLabel, m_serverUrlEdit);
    general->addRow(m_deviceNameLabel, m_deviceNameEdit);
    general->addRow(m_serverNoteLabel);

    m_printerComboBox = new QComboBox(this);
    m_printerComboBox->setObjectName(u"printerComboBox"_s);
    m_printerLabel = new QLabel(this);
    m_printerLabel->setObjectName(u"printerLabel"_s);
    m_printerLabel->setBuddy(m_printerComboBox);
    m_printerGroupBox = new QGroupBox(this);
    m_printerGroupBox->setObjectName(u"printerGroupBox"_s);
    auto *printer = new QFormLayout(m_printerGroupBox);
    printer->addRow(m_printerLabel, m_printerComboBox);
    m_printerNoteLabel = new QLabel(this);
    m_printerNoteLabel->setObjectName(u"printerNoteLabel"_s);
    m_printerNoteLabel->setWordWrap(true);
    m_printerNoteLabel->hide();
    printer->addRow(m_printerNoteLabel);

    m_signingKeyBox = new SigningKeySettingsBox(this);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"errorLabel"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(u"color: #b00020;"_s);

    auto *buttons = new QDialogButtonBox(this);
    m_saveButton = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(u"saveButton"_s);
    m_saveButton->setDefault(true);
    m_cancelButton = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancelButton->setObjectName(u"cancelButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_generalGroupBox);
    layout->addWidget(m_printerGroupBox);
    layout->addWidget(m_signingKeyBox);
    layout->addWidget(m_errorLabel);
    layout->addStretch();
    layout->addWidget(buttons);

    setTabOrder(m_languageComboBox, m_serverUrlEdit);
    setTabOrder(m_serverUrlEdit, m_deviceNameEdit);
    setTabOrder(m_deviceNameEdit, m_printerComboBox);
    setTabOrder(m_printerComboBox, m_signingKeyBox->firstWidget());
    setTabOrder(m_signingKeyBox->lastWidget(), m_saveButton);
    setTabOrder(m_saveButton, m_cancelButton);
    setMinimumWidth(480);
}

SettingsDialog::~SettingsDialog()
{
    // A lookup still waiting for CUPS stops at its next check, and its result is dropped.
    m_printerLookup.cancel();
}

void SettingsDialog::fillPrinters()
{
    // The first entry, with no name, leaves the choice to the system's default printer. The saved
    // printer is listed at once, so Save keeps it whatever the lookup finds.
    m_printerComboBox->addItem(QString(), QString());
    const QString saved = m_settings.printerName();
    if (!saved.isEmpty())
        m_printerComboBox->addItem(saved, saved);
    m_printerComboBox->setCurrentIndex(std::max(0, m_printerComboBox->findData(saved)));
    if (!CupsSubmission::available()) {
        CupsSubmission::QueueList queues{true, QPrinterInfo::availablePrinterNames(), {}};
        showPrinters(queues);
        return;
    }

    // Qt's printer list waits without limit for a scheduler that does not respond, so CUPS is
    // asked off the GUI thread, within the print time limit.
    m_printerLookup = CupsSubmission::CallControl::fromEnvironment();
    m_printerNote = PrinterNote::Looking;
    updatePrinterNote();
    QPromise<CupsSubmission::QueueList> promise;
    m_printerWatcher = new QFutureWatcher<CupsSubmission::QueueList>(this);
    connect(m_printerWatcher, &QFutureWatcher<CupsSubmission::QueueList>::finished, this,
            [this] { showPrinters(m_printerWatcher->result()); });
    m_printerWatcher->setFuture(promise.future());
    std::thread([promise = std::move(promise), control = m_printerLookup]() mutable {
        promise.start();
        promise.addResult(CupsSubmission::listQueues(control));
        promise.finish();
    }).detach();
}

void SettingsDialog::showPrinters(const CupsSubmission::QueueList &queues)
{
    if (!queues.ok) {
        qCWarning(lcSettingsDialog) << "The printers of this PC could not be listed:" << queues.detail;
        m_printerNote = PrinterNote::NoResponse;
        updatePrinterNote();
        return;
    }
    m_printerNote = PrinterNote::None;
    updatePrinterNote();
    m_installedPrinters = queues.names;
    QStringList names = queues.names;
    names.sort(Qt::CaseInsensitive);
    const QString chosen = m_printerComboBox->currentData().toString();
    const QString saved = m_settings.printerName();
    // A saved printer that is not installed now stays in the list, marked, so Save keeps it.
    for (const QString &kept : {saved, chosen}) {
        if (!kept.isEmpty() && !names.contains(kept))
            names.append(kept);
    }
    const QSignalBlocker blocker(m_printerComboBox);
    while (m_printerComboBox->count() > 1)
        m_printerComboBox->removeItem(1);
    for (const QString &name : std::as_const(names))
        m_printerComboBox->addItem(printerItemText(name), name);
    m_printerComboBox->setCurrentIndex(std::max(0, m_printerComboBox->findData(chosen)));
}

void SettingsDialog::updatePrinterNote()
{
    switch (m_printerNote) {
    case PrinterNote::None:
        m_printerNoteLabel->hide();
        return;
    case PrinterNote::Looking:
        m_printerNoteLabel->setText(tr("Looking for the printers of this PC…"));
        break;
    case PrinterNote::NoResponse:
        m_printerNoteLabel->setText(tr("The printing service (CUPS) did not respond, so only the saved printer is "
                                       "listed. Check that it is running, then open Settings again."));
        break;
    }
    m_printerNoteLabel->show();
}

QString SettingsDialog::printerItemText(const QString &name) const
{
    if (!m_installedPrinters || m_installedPrinters->contains(name))
        return name;
    //: %1 is the queue name of a saved printer that is no longer installed.
    return tr("%1 (not available)").arg(name);
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_generalGroupBox->setTitle(tr("General"));
    m_languageLabel->setText(tr("&Language:"));
    m_serverUrlLabel->setText(tr("&Server address:"));
    m_serverUrlEdit->setPlaceholderText(tr("for example https://nodues.example.in"));
    m_deviceNameLabel->setText(tr("&Computer name:"));
    m_deviceNameEdit->setToolTip(tr("The name the server shows for sessions of this computer."));
    m_serverNoteLabel->setText(tr("A new server address or computer name takes effect at the next sign-in."));

    m_printerGroupBox->setTitle(tr("Certificate printer"));
    m_printerLabel->setText(tr("&Printer:"));
    m_printerComboBox->setItemText(0, tr("The system's default printer"));
    for (int index = 1; index < m_printerComboBox->count(); ++index)
        m_printerComboBox->setItemText(index, printerItemText(m_printerComboBox->itemData(index).toString()));
    updatePrinterNote();

    m_saveButton->setText(tr("Save"));
    m_cancelButton->setText(tr("Cancel"));

    // The checks run again, so their messages follow a language switch.
    QString error = m_refusedServerUrl.isEmpty() ? QString() : ServerAddress::parse(m_refusedServerUrl).error;
    if (error.isEmpty() && m_signingKeyInvalid)
        error = m_signingKeyBox->problem();
    m_errorLabel->setText(error);
    m_errorLabel->setVisible(!m_errorLabel->text().isEmpty());
}

void SettingsDialog::chooseLanguage(int index)
{
    const Language chosen = languageFromCode(m_languageComboBox->itemData(index).toString());
    if (chosen != m_languages.current())
        m_languages.apply(chosen);
}

void SettingsDialog::save()
{
    const ServerAddress address = ServerAddress::parse(m_serverUrlEdit->text());
    // An empty address is allowed here, because the sign-in form requests one.
    if (!m_serverUrlEdit->text().trimmed().isEmpty() && !address.ok()) {
        m_refusedServerUrl = m_serverUrlEdit->text();
        retranslate();
        m_serverUrlEdit->setFocus();
        m_serverUrlEdit->selectAll();
        return;
    }

    m_refusedServerUrl.clear();
    QString keyError;
    if (!m_signingKeyBox->validate(&keyError)) {
        m_signingKeyInvalid = true;
        retranslate();
        return;
    }
    m_signingKeyInvalid = false;

    m_settings.setLanguage(m_languages.current());
    m_settings.setServerUrl(address.ok() ? address.url.toString() : QString());
    m_settings.setDeviceName(m_deviceNameEdit->text());
    m_settings.setPrinterName(m_printerComboBox->currentData().toString());
    const SigningKeyConfig key = m_signingKeyBox->config();
    m_settings.setSigningKey(key);
    m_settings.setRememberPkcs12Passphrase(m_signingKeyBox->rememberPassphrase());
    m_settings.sync();
    qCInfo(lcSettingsDialog).noquote() << "Saved the settings; language" << languageCode(m_languages.current())
                                       << "signing key" << SigningKeyConfig::kindCode(key.kind);
    m_openedWith = m_languages.current();
    accept();
}

void SettingsDialog::reject()
{
    if (m_languages.current() != m_openedWith)
        m_languages.apply(m_openedWith);
    QDialog::reject();
}

} // namespace nodues::workstation
