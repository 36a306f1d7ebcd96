#include "gui/SigningKeySettingsBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

namespace {

// The stack's pages, in the order of the kind list.
constexpr int kNonePage = 0;
constexpr int kPkcs11Page = 1;
constexpr int kPkcs12Page = 2;

// SoftHSM2's module on Debian, shown only as an example in the empty field: a real office
// installs its token vendor's module.
const QString kExampleModule = u"/usr/lib/softhsm/libsofthsm2.so"_s;

int pageOf(SigningKeyConfig::Kind kind)
{
    switch (kind) {
    case SigningKeyConfig::Kind::Pkcs11:
        return kPkcs11Page;
    case SigningKeyConfig::Kind::Pkcs12:
        return kPkcs12Page;
    case SigningKeyConfig::Kind::None:
        break;
    }
    return kNonePage;
}

QWidget *pageWidget(QWidget *parent, QLayout *layout)
{
    auto *page = new QWidget(parent);
    page->setLayout(layout);
    layout->setContentsMargins(0, 0, 0, 0);
    return page;
}

} // namespace

SigningKeySettingsBox::SigningKeySettingsBox(QWidget *parent)
    : QGroupBox(parent)
{
    setObjectName(u"signingKeyGroupBox"_s);
    buildWidgets();
    retranslate();
}

void SigningKeySettingsBox::buildWidgets()
{
    m_kindComboBox = new QComboBox(this);
    m_kindComboBox->setObjectName(u"keyKindComboBox"_s);
    m_kindComboBox->addItem(QString(), SigningKeyConfig::kindCode(SigningKeyConfig::Kind::None));
    m_kindComboBox->addItem(QString(), SigningKeyConfig::kindCode(SigningKeyConfig::Kind::Pkcs11));
    m_kindComboBox->addItem(QString(), SigningKeyConfig::kindCode(SigningKeyConfig::Kind::Pkcs12));
    m_kindLabel = new QLabel(this);
    m_kindLabel->setObjectName(u"keyKindLabel"_s);
    m_kindLabel->setBuddy(m_kindComboBox);

    m_moduleEdit = new QLineEdit(this);
    m_moduleEdit->setObjectName(u"pkcs11ModuleEdit"_s);
    m_moduleBrowseButton = new QPushButton(this);
    m_moduleBrowseButton->setObjectName(u"pkcs11ModuleBrowseButton"_s);
    m_moduleLabel = new QLabel(this);
    m_moduleLabel->setObjectName(u"pkcs11ModuleLabel"_s);
    m_moduleLabel->setBuddy(m_moduleEdit);
    m_tokenEdit = new QLineEdit(this);
    m_tokenEdit->setObjectName(u"pkcs11TokenEdit"_s);
    m_tokenLabel = new QLabel(this);
    m_tokenLabel->setObjectName(u"pkcs11TokenLabel"_s);
    m_tokenLabel->setBuddy(m_tokenEdit);
    m_pinNoteLabel = new QLabel(this);
    m_pinNoteLabel->setObjectName(u"pinNoteLabel"_s);
    m_pinNoteLabel->setWordWrap(true);

    auto *moduleRow = new QHBoxLayout;
    moduleRow->addWidget(m_moduleEdit, 1);
    moduleRow->addWidget(m_moduleBrowseButton);
    auto *pkcs11 = new QFormLayout;
    pkcs11->addRow(m_moduleLabel, moduleRow);
    pkcs11->addRow(m_tokenLabel, m_tokenEdit);
    pkcs11->addRow(m_pinNoteLabel);

    m_pkcs12FileEdit = new QLineEdit(this);
    m_pkcs12FileEdit->setObjectName(u"pkcs12FileEdit"_s);
    m_pkcs12BrowseButton = new QPushButton(this);
    m_pkcs12BrowseButton->setObjectName(u"pkcs12BrowseButton"_s);
    m_pkcs12FileLabel = new QLabel(this);
    m_pkcs12FileLabel->setObjectName(u"pkcs12FileLabel"_s);
    m_pkcs12FileLabel->setBuddy(m_pkcs12FileEdit);
    m_rememberCheckBox = new QCheckBox(this);
    m_rememberCheckBox->setObjectName(u"rememberPassphraseCheckBox"_s);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_pkcs12FileEdit, 1);
    fileRow->addWidget(m_pkcs12BrowseButton);
    auto *pkcs12 = new QFormLayout;
    pkcs12->addRow(m_pkcs12FileLabel, fileRow);
    pkcs12->addRow(m_rememberCheckBox);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(u"signingKeyPages"_s);
    m_pages->addWidget(pageWidget(m_pages, new QVBoxLayout));
    m_pages->addWidget(pageWidget(m_pages, pkcs11));
    m_pages->addWidget(pageWidget(m_pages, pkcs12));

    auto *kindForm = new QFormLayout;
    kindForm->addRow(m_kindLabel, m_kindComboBox);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(kindForm);
    layout->addWidget(m_pages);

    connect(m_kindComboBox, &QComboBox::currentIndexChanged, this, &SigningKeySettingsBox::showKind);
    connect(m_moduleBrowseButton, &QPushButton::clicked, this, [this] {
        browse(m_moduleEdit, u"moduleFileDialog"_s, tr("Choose the token's PKCS#11 module"),
               tr("PKCS#11 modules (*.so *.so.* *.dll);;All files (*)"));
    });
    connect(m_pkcs12BrowseButton, &QPushButton::clicked, this, [this] {
        browse(m_pkcs12FileEdit, u"pkcs12FileDialog"_s, tr("Choose your PKCS#12 file"),
               tr("PKCS#12 files (*.p12 *.pfx);;All files (*)"));
    });

    setTabOrder(m_kindComboBox, m_moduleEdit);
    setTabOrder(m_moduleEdit, m_moduleBrowseButton);
    setTabOrder(m_moduleBrowseButton, m_tokenEdit);
    setTabOrder(m_tokenEdit, m_pkcs12FileEdit);
    setTabOrder(m_pkcs12FileEdit, m_pkcs12BrowseButton);
    setTabOrder(m_pkcs12BrowseButton, m_rememberCheckBox);
    showKind(kNonePage);
}

void SigningKeySettingsBox::setConfig(const SigningKeyConfig &config, bool rememberPassphrase)
{
    m_moduleEdit->setText(config.pkcs11Module);
    m_tokenEdit->setText(config.pkcs11Token);
    m_pkcs12FileEdit->setText(QDir::toNativeSeparators(config.pkcs12File));
    m_rememberCheckBox->setChecked(rememberPassphrase);
    m_kindComboBox->setCurrentIndex(pageOf(config.kind));
    showKind(m_kindComboBox->currentIndex());
}

SigningKeyConfig SigningKeySettingsBox::config() const
{
    SigningKeyConfig config;
    config.kind = SigningKeyConfig::kindFromCode(m_kindComboBox->currentData().toString());
    config.pkcs11Module = QDir::fromNativeSeparators(m_moduleEdit->text().trimmed());
    config.pkcs11Token = m_tokenEdit->text().trimmed();
    config.pkcs12File = QDir::fromNativeSeparators(m_pkcs12FileEdit->text().trimmed());
    return config;
}

bool SigningKeySettingsBox::rememberPassphrase() const
{
    return m_rememberCheckBox->isChecked();
}

bool SigningKeySettingsBox::validate(QString *error)
{
    const SigningKeyConfig key = config();
    if (key.kind == SigningKeyConfig::Kind::None || key.validate(error))
        return true;

    // The field the message is about takes the focus.
    QLineEdit *field = m_pkcs12FileEdit;
    if (key.kind == SigningKeyConfig::Kind::Pkcs11) {
        const QString module = key.pkcs11Module;
        field = QDir::isAbsolutePath(module) && !QFileInfo(module).isFile() ? m_moduleEdit : m_tokenEdit;
    }
    field->setFocus();
    field->selectAll();
    return false;
}

QString SigningKeySettingsBox::problem() const
{
    const SigningKeyConfig key = config();
    QString error;
    if (key.kind == SigningKeyConfig::Kind::None || key.validate(&error))
        return {};
    return error;
}

QWidget *SigningKeySettingsBox::firstWidget() const
{
    return m_kindComboBox;
}

QWidget *SigningKeySettingsBox::lastWidget() const
{
    return m_rememberCheckBox;
}

void SigningKeySettingsBox::showKind(int index)
{
    // The pages not shown are hidden, so Tab skips their fields.
    m_pages->setCurrentIndex(index);
}

void SigningKeySettingsBox::browse(QLineEdit *edit, const QString &dialogName, const QString &title,
                                   const QString &filter)
{
    auto *dialog = new QFileDialog(window(), title, QFileInfo(edit->text().trimmed()).absolutePath(), filter);
    dialog->setObjectName(dialogName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    connect(dialog, &QFileDialog::fileSelected, edit,
            [edit](const QString &file) { edit->setText(QDir::toNativeSeparators(file)); });
    dialog->open();
}

void SigningKeySettingsBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void SigningKeySettingsBox::retranslate()
{
    setTitle(tr("Signing key"));
    m_kindLabel->setText(tr("&Digital Signature Certificate:"));
    m_kindComboBox->setItemText(kNonePage, tr("Not set"));
    m_kindComboBox->setItemText(kPkcs11Page, tr("USB token (PKCS#11)"));
    m_kindComboBox->setItemText(kPkcs12Page, tr("PKCS#12 file (.p12, .pfx)"));

    m_moduleLabel->setText(tr("Token &module:"));
    //: %1 is an example path of a PKCS#11 module file.
    m_moduleEdit->setPlaceholderText(tr("for example %1").arg(kExampleModule));
    m_moduleEdit->setToolTip(tr("The PKCS#11 module (driver) of your token's vendor. Leave it empty to use the "
                                "modules registered with p11-kit."));
    m_moduleBrowseButton->setText(tr("&Browse…"));
    m_tokenLabel->setText(tr("&Token label or key URI:"));
    m_tokenEdit->setPlaceholderText(tr("for example ePass2003, or pkcs11:token=ePass2003;object=DSC"));
    m_pinNoteLabel->setText(tr("The token's PIN is asked each time you sign and is never stored."));

    m_pkcs12FileLabel->setText(tr("PKCS#12 &file:"));
    m_pkcs12FileEdit->setPlaceholderText(tr("the .p12 or .pfx file of your Digital Signature Certificate"));
    m_pkcs12BrowseButton->setText(tr("B&rowse…"));
    m_rememberCheckBox->setText(tr("R&emember the passphrase in the keychain"));
    m_rememberCheckBox->setToolTip(tr("The passphrase is kept in this computer's keychain for your account and "
                                      "this file once it has opened the file, so you are not asked again."));
}

} // namespace nodues::workstation
