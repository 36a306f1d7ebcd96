// The signing key's settings and the dialogs of signing, without a server. It covers
// SigningKeyConfig's URI and checks, the settings keys, and the SettingsDialog's printer list and
// signing-key section driven through its widgets. Then the PinDialog's masked field and token
// warnings, the preview of a rendered certificate with QtPdf, the token's PIN flags read from
// SoftHSM2, the unlocking of a PKCS#12 file and the keychain key of its passphrase.

#include "CertificatePreviewChecks.h"
#include "CertificateRenderSamples.h"
#include "SignatureBoxChecks.h"
#include "SignedCertificateSamples.h"
#include "SoftHsmToken.h"
#include "WorkstationQueueFixtures.h"
#include "app/LanguageSwitcher.h"
#include "app/WorkstationSettings.h"
#include "certificate/CertificateRenderer.h"
#include "certificate/Pkcs11SigningKey.h"
#include "certificate/Pkcs11TokenStatus.h"
#include "certificate/SigningKey.h"
#include "certificate/SigningKeyConfig.h"
#include "gui/CertificatePreviewDialog.h"
#include "gui/PinDialog.h"
#include "gui/ScriptedPrompter.h"
#include "gui/SettingsDialog.h"
#include "gui/SigningKeyUnlocker.h"
#include "keychain/CredentialStore.h"
#include "keychain/InMemoryCredentialStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPrinterInfo>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;
using namespace nodues::test;
using namespace nodues::workstation;
using nodues::workstation::test::saveScreen;
using nodues::workstation::test::typeText;
using nodues::workstation::test::waitActive;
using nodues::workstation::test::waitPageDrawn;

namespace {

const QString kModule = QString::fromLatin1(SoftHsmToken::kModulePath);

QString writeFile(const QTemporaryDir &directory, const QString &name, const QByteArray &contents)
{
    const QString path = directory.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
        return {};
    return path;
}

// The certificate PDF of the render tests' sample document.
QByteArray samplePdf(QString *error)
{
    const std::unique_ptr<CertificateRenderer> renderer = CertificateRenderer::create(error);
    QTemporaryDir keysFolder;
    if (!renderer)
        return {};
    std::optional<CertificateSigningKeys> keys = makeSampleSigningKeys(keysFolder.path(), error);
    if (!keys)
        return {};
    CertificateDocument document = sampleDocument(renderer->text());
    if (!signSampleDocument(document, *keys, error))
        return {};
    return renderer->render(document, error).value_or(QByteArray());
}

} // namespace

class TestWorkstationSigningDialogs : public QObject
{
    Q_OBJECT

private:
    // English, for the plural forms ("1 page", "3 certificates"); Hindi only for screenshots.
    LanguageSwitcher m_english;

private slots:
    void initTestCase() { QVERIFY(m_english.apply(Language::English)); }

    void keyUriFromLabel()
    {
        SigningKeyConfig config;
        config.kind = SigningKeyConfig::Kind::Pkcs11;
        config.pkcs11Token = u" NoDues Test Token "_s;
        QCOMPARE(config.pkcs11KeyUri(), u"pkcs11:token=NoDues%20Test%20Token;type=private"_s);
        config.pkcs11Token = u"DSC;2"_s;
        QCOMPARE(config.pkcs11KeyUri(), u"pkcs11:token=DSC%3B2;type=private"_s);
        // A URI stays as typed.
        config.pkcs11Token = u"pkcs11:token=ePass2003;object=DSC"_s;
        QCOMPARE(config.pkcs11KeyUri(), u"pkcs11:token=ePass2003;object=DSC"_s);
        config.pkcs11Module = u" /usr/lib/x.so "_s;
        QCOMPARE(config.pkcs11Location().modulePath, u"/usr/lib/x.so"_s);
        QCOMPARE(config.pkcs11Location().uri, u"pkcs11:token=ePass2003;object=DSC"_s);
    }

    void keyChecksNameTheField()
    {
        QTemporaryDir directory;
        QString error;
        SigningKeyConfig config;
        QVERIFY(!config.validate(&error));
        QVERIFY2(error.contains(u"No signing key is set"_s), qPrintable(error));
        QVERIFY(!config.createKey(&error));

        config.kind = SigningKeyConfig::Kind::Pkcs11;
        QVERIFY(!config.validate(&error));
        QVERIFY2(error.contains(u"token's label"_s), qPrintable(error));
        config.pkcs11Token = u"NoDues Test Token"_s;
        QVERIFY2(config.validate(&error), qPrintable(error));
        config.pkcs11Module = directory.filePath(u"missing.so"_s);
        QVERIFY(!config.validate(&error));
        QVERIFY2(error.contains(directory.filePath(u"missing.so"_s)), qPrintable(error));
        config.pkcs11Module = kModule;
        config.pkcs11Token = u"pkcs11:token=A;colour=red"_s;
        QVERIFY(!config.validate(&error));
        QVERIFY2(error.contains(u"is not a valid pkcs11: URI"_s) && error.contains(u"colour"_s), qPrintable(error));
        config.pkcs11Token = u"pkcs11:token=A?pin-value=1234"_s;
        QVERIFY(!config.validate(&error));
        QVERIFY2(error.contains(u"Remove the PIN"_s), qPrintable(error));
        QVERIFY2(!error.contains(u"1234"_s), qPrintable(error));
        config.pkcs11Token = u"pkcs11:token=A;object=DSC"_s;
        std::unique_ptr<SigningKey> key = config.createKey(&error);
        QVERIFY(key);
        QCOMPARE(key->description(), u"PKCS#11 pkcs11:token=A;object=DSC"_s);

        config.kind = SigningKeyConfig::Kind::Pkcs12;
        QVERIFY(!config.validate(&error));
        QVERIFY2(error.contains(u"Choose the PKCS#12 file"_s), qPrintable(error));
        config.pkcs12File = directory.filePath(u"dsc.p12"_s);
        QVERIFY(!config.validate(&error));
        QVERIFY2(error.contains(u"dsc.p12 does not exist"_s), qPrintable(error));
        QVERIFY(!writeFile(directory, u"dsc.p12"_s, "not really PKCS#12").isEmpty());
        key = config.createKey(&error);
        QVERIFY2(key, qPrintable(error));
        QVERIFY2(key->description().contains(u"dsc.p12"_s), qPrintable(key->description()));

        QCOMPARE(SigningKeyConfig::kindFromCode(u"pkcs11"_s), SigningKeyConfig::Kind::Pkcs11);
        QCOMPARE(SigningKeyConfig::kindFromCode(u"pkcs12"_s), SigningKeyConfig::Kind::Pkcs12);
        QCOMPARE(SigningKeyConfig::kindFromCode(u"token"_s), SigningKeyConfig::Kind::None);
    }

    void settingsKeepKeyAndPrinter()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath(u"workstation.ini"_s);
        {
            WorkstationSettings settings(path);
            QCOMPARE(settings.signingKey().kind, SigningKeyConfig::Kind::None);
            QVERIFY(settings.printerName().isEmpty());
            QVERIFY(!settings.rememberPkcs12Passphrase());

            SigningKeyConfig key;
            key.kind = SigningKeyConfig::Kind::Pkcs12;
            key.pkcs11Module = kModule;
            key.pkcs11Token = u"NoDues Test Token"_s;
            key.pkcs12File = u"/home/officer/dsc.p12"_s;
            settings.setSigningKey(key);
            settings.setRememberPkcs12Passphrase(true);
            settings.setPrinterName(u" Office-Laser "_s);
            settings.sync();
        }
        WorkstationSettings reopened(path);
        const SigningKeyConfig key = reopened.signingKey();
        QCOMPARE(key.kind, SigningKeyConfig::Kind::Pkcs12);
        // The other kind's fields stay, so switching back finds them.
        QCOMPARE(key.pkcs11Module, kModule);
        QCOMPARE(key.pkcs11Token, u"NoDues Test Token"_s);
        QCOMPARE(key.pkcs12File, u"/home/officer/dsc.p12"_s);
        QVERIFY(reopened.rememberPkcs12Passphrase());
        QCOMPARE(reopened.printerName(), u"Office-Laser"_s);

        QSettings raw(path, QSettings::IniFormat);
        QCOMPARE(raw.value(QString::fromLatin1(WorkstationSettings::kSigningKeyKindKey)).toString(), u"pkcs12"_s);
        QCOMPARE(raw.value(QString::fromLatin1(WorkstationSettings::kPkcs12FileKey)).toString(),
                 u"/home/officer/dsc.p12"_s);
        QCOMPARE(raw.value(QString::fromLatin1(WorkstationSettings::kPrinterNameKey)).toString(), u"Office-Laser"_s);
    }

    void dialogSavesTokenKey()
    {
        QTemporaryDir directory;
        WorkstationSettings settings(directory.filePath(u"workstation.ini"_s));
        LanguageSwitcher languages;
        languages.apply(Language::English);
        {
            SettingsDialog dialog(settings, languages);
            dialog.show();
            auto *kind = dialog.findChild<QComboBox *>(u"keyKindComboBox"_s);
            auto *pages = dialog.findChild<QStackedWidget *>(u"signingKeyPages"_s);
            auto *module = dialog.findChild<QLineEdit *>(u"pkcs11ModuleEdit"_s);
            auto *token = dialog.findChild<QLineEdit *>(u"pkcs11TokenEdit"_s);
            QVERIFY(kind && pages && module && token);
            QVERIFY(dialog.findChild<QWidget *>(u"signingKeyGroupBox"_s)->isEnabled());
            QCOMPARE(kind->currentText(), u"Not set"_s);
            QVERIFY(!module->isVisible());

            kind->setCurrentIndex(kind->findData(u"pkcs11"_s));
            QVERIFY(module->isVisible());
            QVERIFY(token->isVisible());
            // SoftHSM2's module is only an example: the field starts empty.
            QVERIFY(module->text().isEmpty());
            QCOMPARE(module->placeholderText(), u"for example /usr/lib/softhsm/libsofthsm2.so"_s);
            QTest::keyClicks(module, kModule);
            QTest::keyClicks(token, u"NoDues Test Token"_s);
            QTest::mouseClick(dialog.findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        SigningKeyConfig key = settings.signingKey();
        QCOMPARE(key.kind, SigningKeyConfig::Kind::Pkcs11);
        QCOMPARE(key.pkcs11Module, kModule);
        QCOMPARE(key.pkcs11Token, u"NoDues Test Token"_s);

        // The dialog opens with the saved key.
        SettingsDialog reopened(settings, languages);
        reopened.show();
        QCOMPARE(reopened.findChild<QComboBox *>(u"keyKindComboBox"_s)->currentData().toString(), u"pkcs11"_s);
        QCOMPARE(reopened.findChild<QLineEdit *>(u"pkcs11ModuleEdit"_s)->text(), kModule);
        QCOMPARE(reopened.findChild<QLineEdit *>(u"pkcs11TokenEdit"_s)->text(), u"NoDues Test Token"_s);
    }

    void dialogRejectsMissingFile()
    {
        QTemporaryDir directory;
        WorkstationSettings settings(directory.filePath(u"workstation.ini"_s));
        LanguageSwitcher languages;
        languages.apply(Language::English);
        SettingsDialog dialog(settings, languages);
        dialog.show();
        QVERIFY(waitActive(&dialog));

        auto *kind = dialog.findChild<QComboBox *>(u"keyKindComboBox"_s);
        kind->setCurrentIndex(kind->findData(u"pkcs12"_s));
        auto *file = dialog.findChild<QLineEdit *>(u"pkcs12FileEdit"_s);
        auto *remember = dialog.findChild<QCheckBox *>(u"rememberPassphraseCheckBox"_s);
        QVERIFY(file->isVisible());
        QVERIFY(remember->isVisible());
        QVERIFY(!remember->isChecked());
        const QString missing = directory.filePath(u"missing.p12"_s);
        QTest::keyClicks(file, missing);
        remember->setChecked(true);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);

        auto *errorLabel = dialog.findChild<QLabel *>(u"errorLabel"_s);
        QVERIFY(errorLabel->isVisible());
        QCOMPARE(errorLabel->text(), u"The PKCS#12 file %1 does not exist. Choose the file of your Digital Signature "
                                     "Certificate."_s.arg(QDir::toNativeSeparators(missing)));
        QCOMPARE(QApplication::focusWidget(), file);
        QVERIFY(dialog.isVisible());
        QCOMPARE(settings.signingKey().kind, SigningKeyConfig::Kind::None);
        QVERIFY(!settings.rememberPkcs12Passphrase());

        // With the file there, Save keeps the key and the choice to remember its passphrase.
        QVERIFY(!writeFile(directory, u"missing.p12"_s, "PKCS#12 bytes").isEmpty());
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(settings.signingKey().kind, SigningKeyConfig::Kind::Pkcs12);
        QCOMPARE(settings.signingKey().pkcs12File, missing);
        QVERIFY(settings.rememberPkcs12Passphrase());
    }

    void browseChoosesFile()
    {
        QTemporaryDir directory;
        const QString path = writeFile(directory, u"officer.p12"_s, "PKCS#12 bytes");
        QVERIFY(!path.isEmpty());
        WorkstationSettings settings(directory.filePath(u"workstation.ini"_s));
        LanguageSwitcher languages;
        languages.apply(Language::English);
        SettingsDialog dialog(settings, languages);
        dialog.show();

        auto *kind = dialog.findChild<QComboBox *>(u"keyKindComboBox"_s);
        kind->setCurrentIndex(kind->findData(u"pkcs12"_s));
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"pkcs12BrowseButton"_s), Qt::LeftButton);
        auto *fileDialog = dialog.findChild<QFileDialog *>(u"pkcs12FileDialog"_s);
        QVERIFY(fileDialog);
        QVERIFY(fileDialog->isVisible());
        fileDialog->selectFile(path);
        // QFileDialog::accept() is protected; QDialog's reaches it through the virtual call.
        static_cast<QDialog *>(fileDialog)->accept();
        QCOMPARE(dialog.findChild<QLineEdit *>(u"pkcs12FileEdit"_s)->text(), QDir::toNativeSeparators(path));
    }

    void dialogListsPrinters()
    {
        QTemporaryDir directory;
        WorkstationSettings settings(directory.filePath(u"workstation.ini"_s));
        settings.setPrinterName(u"Gone-Laser"_s);
        LanguageSwitcher languages;
        languages.apply(Language::English);
        SettingsDialog dialog(settings, languages);

        auto *printers = dialog.findChild<QComboBox *>(u"printerComboBox"_s);
        auto *note = dialog.findChild<QLabel *>(u"printerNoteLabel"_s);
        QVERIFY(dialog.findChild<QWidget *>(u"printerGroupBox"_s)->isEnabled());
        QCOMPARE(printers->itemText(0), u"The system's default printer"_s);
        QVERIFY(printers->itemData(0).toString().isEmpty());
        // The lookup runs off the GUI thread. This machine may have no CUPS running, and then
        // the dialog shows a note and lists the saved printer alone.
        const QString noResponse = u"The printing service (CUPS) did not respond"_s;
        QTRY_VERIFY_WITH_TIMEOUT(note->isHidden() || note->text().startsWith(noResponse), 60000);
        if (note->isHidden()) {
            const QStringList installed = QPrinterInfo::availablePrinterNames();
            QVERIFY(!installed.contains(u"Gone-Laser"_s));
            QCOMPARE(printers->count(), 2 + installed.size());
            for (const QString &name : installed)
                QVERIFY2(printers->findData(name) > 0, qPrintable(name));
            // The saved printer is gone from the system but stays chosen, marked.
            QCOMPARE(printers->currentText(), u"Gone-Laser (not available)"_s);
        } else {
            QCOMPARE(printers->count(), 2);
            QCOMPARE(printers->currentText(), u"Gone-Laser"_s);
        }
        QCOMPARE(printers->currentData().toString(), u"Gone-Laser"_s);

        printers->setCurrentIndex(0);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(settings.printerName().isEmpty());
    }

    void pinDialogMasksAndClears()
    {
        PinDialog dialog(PinDialog::SecretKind::TokenPin, u"\"NoDues Test Token\""_s, 3);
        dialog.show();
        auto *secret = dialog.findChild<QLineEdit *>(u"secretEdit"_s);
        auto *sign = dialog.findChild<QPushButton *>(u"signButton"_s);
        auto *tries = dialog.findChild<QLabel *>(u"triesLabel"_s);
        QVERIFY(secret && sign && tries);
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        QCOMPARE(secret->contextMenuPolicy(), Qt::NoContextMenu);
        QCOMPARE(dialog.findChild<QLabel *>(u"introLabel"_s)->text(),
                 u"Sign 3 certificates with the key on token \"NoDues Test Token\". Type the token's PIN."_s);
        QVERIFY(!dialog.findChild<QCheckBox *>(u"rememberCheckBox"_s)->isVisible());
        QVERIFY(!sign->isEnabled());
        QVERIFY(!tries->isVisible());
        QVERIFY(!dialog.findChild<QLabel *>(u"errorLabel"_s)->isVisible());

        QTest::keyClicks(secret, u"246810"_s);
        QVERIFY(sign->isEnabled());
        QCOMPARE(secret->displayText(),
                 QString(6, QChar(char16_t(secret->style()->styleHint(QStyle::SH_LineEdit_PasswordCharacter)))));
        QCOMPARE(dialog.takeSecret(), "246810"_ba);
        QVERIFY(secret->text().isEmpty());
        QVERIFY(!sign->isEnabled());

        dialog.setError(u"The token's PIN is wrong."_s);
        QVERIFY(dialog.findChild<QLabel *>(u"errorLabel"_s)->isVisible());
        Pkcs11TokenStatus status;
        status.pinCountLow = true;
        dialog.setTokenStatus(status);
        QVERIFY(tries->isVisible());
        QCOMPARE(tries->text(), u"The token reports few tries left: a wrong PIN was typed since the last good one."_s);
        status.pinFinalTry = true;
        dialog.setTokenStatus(status);
        QCOMPARE(tries->text(), u"Last try: one more wrong PIN locks the token."_s);

        // A token with a PIN pad takes the PIN there: the field goes and Sign goes ahead.
        status = {};
        status.pinPad = true;
        dialog.setTokenStatus(status);
        QVERIFY(!secret->isVisible());
        QVERIFY(sign->isEnabled());

        // Cancel clears what was typed.
        status.pinPad = false;
        dialog.setTokenStatus(status);
        QTest::keyClicks(secret, u"1234"_s);
        dialog.reject();
        QVERIFY(secret->text().isEmpty());
    }

    void pinDialogOffersRemember()
    {
        PinDialog dialog(PinDialog::SecretKind::Pkcs12Passphrase, u"officer.p12"_s, 1);
        dialog.show();
        auto *remember = dialog.findChild<QCheckBox *>(u"rememberCheckBox"_s);
        QVERIFY(!remember->isVisible());
        dialog.offerRemember(true);
        QVERIFY(remember->isVisible());
        QVERIFY(dialog.rememberChecked());
        remember->setChecked(false);
        QVERIFY(!dialog.rememberChecked());
        QCOMPARE(dialog.findChild<QLabel *>(u"secretLabel"_s)->text(), u"&Passphrase:"_s);
        QCOMPARE(dialog.findChild<QLabel *>(u"introLabel"_s)->text(),
                 u"Sign 1 certificate with the key in officer.p12. Type the file's passphrase."_s);
        // A passphrase may be typed in Hindi; it goes to OpenSSL as UTF-8.
        typeText(dialog.findChild<QLineEdit *>(u"secretEdit"_s), u"पासवर्ड 42"_s);
        QCOMPARE(dialog.takeSecret(), u"पासवर्ड 42"_s.toUtf8());
    }

    void previewShowsCertificate()
    {
        QString error;
        const QByteArray pdf = samplePdf(&error);
        QVERIFY2(!pdf.isEmpty(), qPrintable(error));

        CertificatePreviewDialog dialog;
        dialog.setItems({{u"NDC/20302/2026-27/000123"_s, u"Shrikrishna Tripathi"_s, u"Not signed yet."_s, pdf}});
        dialog.show();
        QCOMPARE(dialog.pageCount(), 1);
        QCOMPARE(dialog.findChild<QLabel *>(u"pageCountLabel"_s)->text(),
                 u"Certificate NDC/20302/2026-27/000123, 1 page"_s);
        QCOMPARE(dialog.findChild<QLabel *>(u"noteLabel"_s)->text(), u"Not signed yet."_s);
        // One certificate needs no list, and without a verb the dialog only closes.
        QVERIFY(!dialog.findChild<QListWidget *>(u"certificateList"_s)->isVisible());
        QVERIFY(!dialog.findChild<QPushButton *>(u"acceptButton"_s)->isVisible());
        QCOMPARE(dialog.findChild<QPushButton *>(u"closeButton"_s)->text(), u"Close"_s);
        // Fitted, the whole A4 page is in the window: no scroll bar, and the page's shape kept.
        using ZoomMode = CertificatePreviewDialog::ZoomMode;
        QCOMPARE(dialog.zoomMode(), ZoomMode::FitInView);
        const QImage fitted = dialog.pageImage(0);
        QVERIFY(!fitted.isNull());
        QVERIFY(dialog.pageImage(1).isNull());
        const QSize viewport = dialog.view()->viewport()->size() * fitted.devicePixelRatio();
        QVERIFY2(fitted.width() <= viewport.width() && fitted.height() <= viewport.height(),
                 qPrintable(u"%1x%2 in %3x%4"_s.arg(fitted.width())
                                .arg(fitted.height())
                                .arg(viewport.width())
                                .arg(viewport.height())));
        QVERIFY(qAbs(double(fitted.height()) / fitted.width() - 297.0 / 210.0) < 0.01);
        QVERIFY(!dialog.view()->verticalScrollBar()->isVisible());
        // Not signed yet: the signature box is blank.
        QCOMPARE(signatureInk(fitted), 0.0);
        QVERIFY(waitPageDrawn(dialog.view()));

        QTest::mouseClick(dialog.findChild<QPushButton *>(u"fitWidthButton"_s), Qt::LeftButton);
        QCOMPARE(dialog.zoomMode(), ZoomMode::FitToWidth);
        const QImage wide = dialog.pageImage(0);
        QVERIFY2(wide.width() > fitted.width(), qPrintable(QString::number(wide.width())));
        QVERIFY(wide.width() <= dialog.view()->viewport()->width() * wide.devicePixelRatio());
        QTRY_VERIFY(dialog.view()->verticalScrollBar()->isVisible());
        const qreal widthZoom = dialog.zoomFactor();
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"zoomInButton"_s), Qt::LeftButton);
        QCOMPARE(dialog.zoomMode(), ZoomMode::Custom);
        QVERIFY(qAbs(dialog.zoomFactor() - widthZoom * 1.25) < 1e-6);
        QVERIFY(qAbs(dialog.pageImage(0).width() - wide.width() * 1.25) <= 2);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"zoomOutButton"_s), Qt::LeftButton);
        QVERIFY(qAbs(dialog.zoomFactor() - widthZoom) < 1e-6);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"fitPageButton"_s), Qt::LeftButton);
        QCOMPARE(dialog.zoomMode(), ZoomMode::FitInView);
        QCOMPARE(dialog.pageImage(0).size(), fitted.size());
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"zoomInButton"_s), Qt::LeftButton);
        QVERIFY(waitPageDrawn(dialog.view()));
        saveScreen(dialog, u"certificate-preview-dialog"_s);

        // Two certificates, one of them unreadable, and a verb to go ahead.
        dialog.setItems({{u"NDC/20302/2026-27/000123"_s, {}, {}, pdf},
                         {u"NDC/20302/2026-27/000124"_s, {}, {}, "%PDF-1.4 broken"_ba}});
        dialog.setAcceptVerb(u"Sign 2 certificates"_s);
        QVERIFY(dialog.findChild<QListWidget *>(u"certificateList"_s)->isVisible());
        QVERIFY(dialog.findChild<QPushButton *>(u"acceptButton"_s)->isDefault());
        QCOMPARE(dialog.findChild<QPushButton *>(u"closeButton"_s)->text(), u"Cancel"_s);
        QCOMPARE(dialog.pageCount(), 1);
        QVERIFY(!dialog.findChild<QLabel *>(u"noteLabel"_s)->isVisible());
        dialog.setCurrentIndex(1);
        QCOMPARE(dialog.currentIndex(), 1);
        QCOMPARE(dialog.pageCount(), 0);
        QVERIFY(dialog.pageImage(0).isNull());
        QCOMPARE(dialog.findChild<QLabel *>(u"pageCountLabel"_s)->text(),
                 u"Certificate NDC/20302/2026-27/000124 could not be shown: its PDF cannot be read."_s);
        dialog.setCurrentIndex(0);
        QCOMPARE(dialog.pageCount(), 1);
        QCOMPARE(dialog.zoomMode(), ZoomMode::FitInView);
        QVERIFY(!dialog.pageImage(0).isNull());
    }

    // The visible signature is a form-field widget: the preview draws it in the signature box,
    // at every zoom.
    void previewShowsVisibleSignature()
    {
        QString error;
        const std::unique_ptr<SignedCertificateSamples> samples = SignedCertificateSamples::create(&error);
        QVERIFY2(samples, qPrintable(error));
        const std::optional<QByteArray> pdf = samples->make(u"NDC/20302/2026-27/000126"_s, nullptr, &error);
        QVERIFY2(pdf, qPrintable(error));

        CertificatePreviewDialog dialog;
        dialog.setItems({{u"NDC/20302/2026-27/000126"_s, u"Shrikrishna Tripathi"_s, {}, *pdf}});
        dialog.show();
        QCOMPARE(dialog.pageCount(), 1);
        const double fitted = signatureInk(dialog.pageImage(0));
        QVERIFY2(fitted > kMinSignatureInk, qPrintable(QString::number(fitted)));
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"fitWidthButton"_s), Qt::LeftButton);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"zoomInButton"_s), Qt::LeftButton);
        const double zoomed = signatureInk(dialog.pageImage(0));
        QVERIFY2(zoomed > kMinSignatureInk, qPrintable(QString::number(zoomed)));
        saveScreen(dialog, u"signed-certificate-preview-dialog"_s);
    }

    // A PDF that needs a password to open is rejected with its own message, not shown blank.
    void previewRejectsLockedPdf()
    {
        const QString ghostscript = QStandardPaths::findExecutable(u"gs"_s);
        if (ghostscript.isEmpty())
            QFAIL("Ghostscript (gs), which makes the locked PDF, is missing: install the ghostscript package "
                  "(scripts/install-deps.sh does).");
        QString error;
        const QByteArray pdf = samplePdf(&error);
        QVERIFY2(!pdf.isEmpty(), qPrintable(error));
        QTemporaryDir folder;
        QFile plain(folder.filePath(u"plain.pdf"_s));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.write(pdf);
        plain.close();
        const QString lockedPath = folder.filePath(u"locked.pdf"_s);
        QProcess gs;
        gs.start(ghostscript,
                 {u"-q"_s, u"-dBATCH"_s, u"-dNOPAUSE"_s, u"-dSAFER"_s, u"-sDEVICE=pdfwrite"_s,
                  u"-sOwnerPassword=owner"_s, u"-sUserPassword=user"_s, u"-o"_s, lockedPath, plain.fileName()});
        QVERIFY(gs.waitForFinished(60000));
        QCOMPARE(gs.exitCode(), 0);
        QFile locked(lockedPath);
        QVERIFY(locked.open(QIODevice::ReadOnly));

        CertificatePreviewDialog dialog;
        dialog.setItems({{u"NDC/20302/2026-27/000125"_s, {}, {}, locked.readAll()}});
        dialog.show();
        QCOMPARE(dialog.pageCount(), 0);
        QVERIFY(dialog.pageImage(0).isNull());
        QCOMPARE(dialog.findChild<QLabel *>(u"pageCountLabel"_s)->text(),
                 u"Certificate NDC/20302/2026-27/000125 could not be shown: its PDF is locked with a password."_s);
    }

    void tokenStatusReadsFlags()
    {
        QString error;
        const std::unique_ptr<SoftHsmToken> token =
            SoftHsmToken::create(u"Rajesh Kumar"_s, QDateTime::currentDateTimeUtc(), &error);
        QVERIFY2(token, qPrintable(error));
        const Pkcs11KeyLocation location{token->keyUri(), kModule, {}};

        SigningError signingError;
        std::optional<Pkcs11TokenStatus> status = Pkcs11TokenStatus::read(location, &signingError);
        QVERIFY2(status, qPrintable(signingError.message));
        QCOMPARE(status->label, QString::fromLatin1(SoftHsmToken::kLabel));
        QVERIFY(!status->pinLocked);
        QVERIFY(!status->pinFinalTry);
        QVERIFY(!status->pinPad);
        QVERIFY(!status->pinCountLow);

        // SoftHSM2 raises CKF_USER_PIN_COUNT_LOW after a wrong PIN and clears it after a good one.
        Pkcs11SigningKey key(location);
        QVERIFY(!key.unlock("999999", &signingError));
        QCOMPARE(signingError.code, SigningErrorCode::WrongSecret);
        status = Pkcs11TokenStatus::read(location, &signingError);
        QVERIFY(status);
        QVERIFY(status->pinCountLow);
        QVERIFY(key.unlock(token->pin(), &signingError));
        key.lock();
        status = Pkcs11TokenStatus::read(location, &signingError);
        QVERIFY(status);
        QVERIFY(!status->pinCountLow);

        const Pkcs11KeyLocation elsewhere{u"pkcs11:token=Other%20Token"_s, kModule, {}};
        QVERIFY(!Pkcs11TokenStatus::read(elsewhere, &signingError));
        QCOMPARE(signingError.code, SigningErrorCode::TokenNotFound);
        QVERIFY2(signingError.message.contains(u"No token matching pkcs11:token=Other%20Token"_s),
                 qPrintable(signingError.message));
    }

    // The settings' signing section and the PIN dialog in both languages, as test artifacts.
    void screensInBothLanguages()
    {
        QTemporaryDir directory;
        WorkstationSettings settings(directory.filePath(u"workstation.ini"_s));
        SigningKeyConfig key;
        key.kind = SigningKeyConfig::Kind::Pkcs11;
        key.pkcs11Token = u"ePass2003"_s;
        settings.setSigningKey(key);
        for (const Language language : {Language::Hindi, Language::English}) {
            QVERIFY(m_english.apply(language));
            SettingsDialog settingsDialog(settings, m_english);
            settingsDialog.show();
            QVERIFY(settingsDialog.findChild<QLineEdit *>(u"pkcs11TokenEdit"_s)->isVisible());
            saveScreen(settingsDialog, u"settings-dialog-signing-key"_s);

            PinDialog pinDialog(PinDialog::SecretKind::TokenPin, u"\"ePass2003\""_s, 2);
            Pkcs11TokenStatus status;
            status.pinCountLow = true;
            pinDialog.setTokenStatus(status);
            pinDialog.setError(u"The token's PIN is wrong."_s);
            pinDialog.show();
            saveScreen(pinDialog, u"pin-dialog"_s);
        }
        QCOMPARE(m_english.current(), Language::English);
    }

    // The unlocker with a PKCS#12 file: a wrong passphrase is named without pointing at settings
    // that do not exist, and a keychain that cannot keep the passphrase is reported to the
    // officer without blocking the signing.
    void unlockerReportsPassphraseNotKept()
    {
        QString error;
        const std::unique_ptr<SoftHsmToken> token =
            SoftHsmToken::create(u"Sunita Verma"_s, QDateTime::currentDateTimeUtc(), &error);
        QVERIFY2(token, qPrintable(error));
        const QString p12 = token->writePkcs12(u"officer.p12"_s, "Correct horse 42", false, &error);
        QVERIFY2(!p12.isEmpty(), qPrintable(error));
        QTemporaryDir directory;
        WorkstationSettings settings(directory.filePath(u"workstation.ini"_s));
        SigningKeyConfig config;
        config.kind = SigningKeyConfig::Kind::Pkcs12;
        config.pkcs12File = p12;
        settings.setSigningKey(config);
        ScriptedPrompter prompter;
        InMemoryCredentialStore credentials;
        credentials.setFailure(u"The keychain is locked."_s);
        QWidget window;
        SigningKeyUnlocker unlocker({prompter, &credentials, settings, u"https://nodues.example.in"_s, u"dgm.city"_s},
                                    &window);

        prompter.scriptNextDialog([](QDialog &dialog) {
            QCOMPARE(dialog.objectName(), u"pinDialog"_s);
            QTest::keyClicks(dialog.findChild<QLineEdit *>(u"secretEdit"_s), u"Wrong horse 42"_s);
            dialog.findChild<QPushButton *>(u"signButton"_s)->click();
        });
        prompter.scriptNextDialog([&p12](QDialog &dialog) {
            QCOMPARE(dialog.findChild<QLabel *>(u"errorLabel"_s)->text(),
                     u"The passphrase of the PKCS#12 file %1 is wrong. Type it again carefully."_s.arg(p12));
            dialog.findChild<QCheckBox *>(u"rememberCheckBox"_s)->setChecked(true);
            QTest::keyClicks(dialog.findChild<QLineEdit *>(u"secretEdit"_s), u"Correct horse 42"_s);
            dialog.findChild<QPushButton *>(u"signButton"_s)->click();
        });
        std::unique_ptr<SigningKey> key = config.createKey(&error);
        QVERIFY2(key, qPrintable(error));
        std::optional<bool> unlocked;
        unlocker.unlock(*key, config, 1, [&unlocked](bool done) { unlocked = done; });
        QVERIFY(unlocked.has_value());
        QVERIFY(*unlocked);
        QCOMPARE(prompter.unansweredCount(), 0);
        QVERIFY(settings.rememberPkcs12Passphrase());

        // The keychain reports the failure later, as a modeless warning, and nothing was kept.
        QTRY_COMPARE(prompter.recordsOf(ScriptedPrompter::Kind::ModelessWarning).size(), 1);
        const ScriptedPrompter::Record warning = prompter.recordsOf(ScriptedPrompter::Kind::ModelessWarning).first();
        QCOMPARE(warning.title, u"Passphrase not remembered"_s);
        QCOMPARE(warning.text, u"The passphrase of officer.p12 could not be saved in this computer's keychain, so you "
                               "will be asked for it at the next signing. Check that the keychain is unlocked."_s);
        QVERIFY(credentials.entries().isEmpty());
        QVERIFY(prompter.recordsOf(ScriptedPrompter::Kind::Warning).isEmpty());
    }

    void passphraseKeyNamesFile()
    {
        QTemporaryDir directory;
        const QString path = writeFile(directory, u"dsc.p12"_s, "PKCS#12 bytes");
        QVERIFY(!path.isEmpty());
        const QString key = pkcs12PassphraseKey(u"https://nodues.example.in/"_s, u" DGM.Bhopal "_s, path);
        QCOMPARE(key, u"nodues-pkcs12:https://nodues.example.in:dgm.bhopal:"_s + QFileInfo(path).canonicalFilePath());
        // Another file or officer is another entry, and the session token's key differs.
        QVERIFY(key != pkcs12PassphraseKey(u"https://nodues.example.in"_s, u"dgm.bhopal"_s,
                                           directory.filePath(u"other.p12"_s)));
        QVERIFY(key != pkcs12PassphraseKey(u"https://nodues.example.in"_s, u"dgm.indore"_s, path));
        QVERIFY(key != credentialKey(u"https://nodues.example.in"_s, u"dgm.bhopal"_s));
    }
};

QTEST_MAIN(TestWorkstationSigningDialogs)
#include "TestWorkstationSigningDialogs.moc"
