// The workstation's settings in an INI file, the server address check with its messages, and
// SettingsDialog driven through its widgets: save, refuse a bad address, Cancel restoring the
// language, and the sections for the printer and the signing key (TestWorkstationSigningDialogs
// drives those).

#include "app/LanguageSwitcher.h"
#include "app/ServerAddress.h"
#include "app/WorkstationSettings.h"
#include "gui/SettingsDialog.h"

#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace nodues::workstation;

class TestWorkstationSettings : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAndRoundTrip()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString path = folder.filePath(u"workstation.ini"_s);
        {
            WorkstationSettings settings(path);
            QCOMPARE(settings.language(), Language::Hindi);
            QVERIFY(settings.serverUrl().isEmpty());
            QVERIFY(settings.lastUsername().isEmpty());
            QVERIFY(!settings.rememberMe());
            QCOMPARE(settings.deviceName(), WorkstationSettings::defaultDeviceName());
            QVERIFY(!settings.deviceName().isEmpty());

            settings.setLanguage(Language::English);
            settings.setServerUrl(u" https://nodues.example.in "_s);
            settings.setLastUsername(u" rkumar "_s);
            settings.setRememberMe(true);
            settings.setDeviceName(u"DC-Arera-PC1"_s);
            settings.sync();
        }
        WorkstationSettings reopened(path);
        QCOMPARE(reopened.language(), Language::English);
        QCOMPARE(reopened.serverUrl(), u"https://nodues.example.in"_s);
        QCOMPARE(reopened.lastUsername(), u"rkumar"_s);
        QVERIFY(reopened.rememberMe());
        QCOMPARE(reopened.deviceName(), u"DC-Arera-PC1"_s);

        // The file contains the documented keys and no secret.
        QSettings raw(path, QSettings::IniFormat);
        QCOMPARE(raw.value(QString::fromLatin1(WorkstationSettings::kLanguageKey)).toString(), u"en"_s);
        QCOMPARE(raw.value(QString::fromLatin1(WorkstationSettings::kServerUrlKey)).toString(),
                 u"https://nodues.example.in"_s);
        QVERIFY(!raw.contains(QString::fromLatin1(WorkstationSettings::kPrinterNameKey)));
        QVERIFY(!raw.contains(QString::fromLatin1(WorkstationSettings::kSigningKeyKindKey)));
    }

    void unknownLanguageFallsBackToHindi()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(u"workstation.ini"_s);
        {
            QSettings raw(path, QSettings::IniFormat);
            raw.setValue(QString::fromLatin1(WorkstationSettings::kLanguageKey), u"fr"_s);
        }
        QCOMPARE(WorkstationSettings(path).language(), Language::Hindi);
        QCOMPARE(languageFromCode(u" EN "_s), Language::English);
        QCOMPARE(languageCode(Language::Hindi), u"hi"_s);
    }

    void deviceNameIsCutToServerLimit()
    {
        QTemporaryDir folder;
        WorkstationSettings settings(folder.filePath(u"workstation.ini"_s));
        settings.setDeviceName(QString(80, u'x') + u"\t"_s);
        QCOMPARE(settings.deviceName(), QString(64, u'x'));
        settings.setDeviceName(u"\u0007"_s);
        QCOMPARE(settings.deviceName(), WorkstationSettings::defaultDeviceName());
    }

    void serverAddressAccepted_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("https") << u"https://nodues.example.in"_s << u"https://nodues.example.in"_s;
        QTest::newRow("no scheme") << u"nodues.example.in"_s << u"https://nodues.example.in"_s;
        QTest::newRow("trailing slash and port")
            << u" HTTPS://nodues.example.in:8443/ "_s << u"https://nodues.example.in:8443"_s;
        QTest::newRow("path prefix") << u"https://example.in/nodues/"_s << u"https://example.in/nodues"_s;
        QTest::newRow("http loopback") << u"http://127.0.0.1:8080"_s << u"http://127.0.0.1:8080"_s;
        QTest::newRow("http localhost") << u"http://localhost:8080/"_s << u"http://localhost:8080"_s;
        QTest::newRow("http ipv6 loopback") << u"http://[::1]:8080"_s << u"http://[::1]:8080"_s;
    }
    void serverAddressAccepted()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const ServerAddress address = ServerAddress::parse(text);
        QVERIFY2(address.ok(), qPrintable(address.error));
        QCOMPARE(address.url.toString(), expected);
    }

    void serverAddressRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("empty") << u"  "_s << u"Enter the server address"_s;
        QTest::newRow("ftp") << u"ftp://nodues.example.in"_s << u"must start with https://"_s;
        QTest::newRow("no host") << u"https://"_s << u"is not a valid address"_s;
        QTest::newRow("space in host") << u"https://nodues example.in"_s << u"is not a valid address"_s;
        QTest::newRow("query") << u"https://nodues.example.in/?x=1"_s << u"must not contain"_s;
        QTest::newRow("user") << u"https://admin@nodues.example.in"_s << u"must not contain"_s;
        QTest::newRow("http remote") << u"http://nodues.example.in"_s << u"unencrypted"_s;
    }
    void serverAddressRefused()
    {
        QFETCH(QString, text);
        QFETCH(QString, messagePart);
        const ServerAddress address = ServerAddress::parse(text);
        QVERIFY(!address.ok());
        QVERIFY(address.url.isEmpty());
        QVERIFY2(address.error.contains(messagePart), qPrintable(address.error));
        // The message names what was typed, so the officer sees which value is wrong.
        if (!text.trimmed().isEmpty())
            QVERIFY2(address.error.contains(text.trimmed()), qPrintable(address.error));
    }

    void dialogSavesSettings()
    {
        QTemporaryDir folder;
        WorkstationSettings settings(folder.filePath(u"workstation.ini"_s));
        settings.setServerUrl(u"https://old.example.in"_s);
        LanguageSwitcher languages;
        languages.apply(Language::English);
        SettingsDialog dialog(settings, languages);
        dialog.show();

        auto *server = dialog.findChild<QLineEdit *>(u"serverUrlEdit"_s);
        auto *device = dialog.findChild<QLineEdit *>(u"deviceNameEdit"_s);
        QVERIFY(server && device);
        QCOMPARE(server->text(), u"https://old.example.in"_s);
        server->clear();
        QTest::keyClicks(server, u"nodues.example.in/"_s);
        device->clear();
        QTest::keyClicks(device, u"DC-Kolar-PC2"_s);
        QTest::keyClick(server, Qt::Key_Return);

        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(settings.serverUrl(), u"https://nodues.example.in"_s);
        QCOMPARE(settings.deviceName(), u"DC-Kolar-PC2"_s);
        QCOMPARE(settings.language(), Language::English);
    }

    void dialogRefusesBadAddress()
    {
        QTemporaryDir folder;
        WorkstationSettings settings(folder.filePath(u"workstation.ini"_s));
        LanguageSwitcher languages;
        languages.apply(Language::English);
        SettingsDialog dialog(settings, languages);
        dialog.show();

        auto *server = dialog.findChild<QLineEdit *>(u"serverUrlEdit"_s);
        QTest::keyClicks(server, u"http://nodues.example.in"_s);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);

        QVERIFY(dialog.isVisible());
        auto *error = dialog.findChild<QLabel *>(u"errorLabel"_s);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"http://nodues.example.in"_s), qPrintable(error->text()));
        QVERIFY(settings.serverUrl().isEmpty());
    }

    void dialogCancelRestoresLanguage()
    {
        QTemporaryDir folder;
        WorkstationSettings settings(folder.filePath(u"workstation.ini"_s));
        LanguageSwitcher languages;
        languages.apply(Language::English);
        SettingsDialog dialog(settings, languages);
        dialog.show();

        auto *language = dialog.findChild<QComboBox *>(u"languageComboBox"_s);
        QCOMPARE(language->currentData().toString(), u"en"_s);
        language->setCurrentIndex(language->findData(u"hi"_s));
        // The choice applies at once, before Save.
        QCOMPARE(languages.current(), Language::Hindi);

        QTest::mouseClick(dialog.findChild<QPushButton *>(u"cancelButton"_s), Qt::LeftButton);
        QCOMPARE(languages.current(), Language::English);
        // Cancel saves nothing: the settings still have the default.
        QCOMPARE(settings.language(), Language::Hindi);
        QVERIFY(!QSettings(folder.filePath(u"workstation.ini"_s), QSettings::IniFormat)
                     .contains(QString::fromLatin1(WorkstationSettings::kLanguageKey)));
    }

    void dialogOffersPrinterAndKey()
    {
        QTemporaryDir folder;
        WorkstationSettings settings(folder.filePath(u"workstation.ini"_s));
        LanguageSwitcher languages;
        languages.apply(Language::English);
        SettingsDialog dialog(settings, languages);
        auto *printer = dialog.findChild<QGroupBox *>(u"printerGroupBox"_s);
        auto *signingKey = dialog.findChild<QGroupBox *>(u"signingKeyGroupBox"_s);
        QVERIFY(printer && signingKey);
        QVERIFY(printer->isEnabled());
        QVERIFY(signingKey->isEnabled());
        QCOMPARE(printer->title(), u"Certificate printer"_s);
        QCOMPARE(signingKey->title(), u"Signing key"_s);
    }
};

QTEST_MAIN(TestWorkstationSettings)
#include "TestWorkstationSettings.moc"
