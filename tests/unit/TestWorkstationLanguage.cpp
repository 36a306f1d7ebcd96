// The workstation in Hindi and English. Switching the language at run time retranslates open
// dialogs, and the sign-in, settings and OTP dialogs show no English left over in Hindi. Hindi
// text takes its glyphs from the bundled Noto Sans Devanagari. Each screen is saved as a PNG in
// both languages under test-artifacts/TestWorkstationLanguage.

#include "Clock.h"
#include "api/ApiResult.h"
#include "api/OfficerApiClient.h"
#include "app/Fonts.h"
#include "app/LanguageSwitcher.h"
#include "app/ServerAddress.h"
#include "app/WorkstationSettings.h"
#include "gui/MessageBoxPrompter.h"
#include "gui/OtpDialog.h"
#include "gui/ScriptedPrompter.h"
#include "gui/SettingsDialog.h"
#include "gui/SignInDialog.h"
#include "gui/SignInDialogMessages.h"
#include "keychain/InMemoryCredentialStore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QGlyphRun>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QRawFont>
#include <QTemporaryDir>
#include <QTest>
#include <QTextLayout>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;
using namespace nodues::workstation;

namespace {

bool containsDevanagari(const QString &text)
{
    for (const QChar character : text) {
        if (character.unicode() >= 0x0900 && character.unicode() <= 0x097F)
            return true;
    }
    return false;
}

// Texts that stay as they are in Hindi: the names of the languages in their own script.
bool meantToStayLatin(const QString &text)
{
    return text == u"English"_s;
}

QString artifactFolder()
{
    const QString base = qEnvironmentVariableIsSet("NODUES_TEST_ARTIFACTS")
                             ? qEnvironmentVariable("NODUES_TEST_ARTIFACTS")
                             : QCoreApplication::applicationDirPath() + u"/../test-artifacts"_s;
    const QString folder = QDir::cleanPath(base + u"/TestWorkstationLanguage"_s);
    QDir().mkpath(folder);
    return folder;
}

void saveScreen(QWidget &widget, const QString &name)
{
    widget.adjustSize();
    const QString path = artifactFolder() + u'/' + name + u".png"_s;
    if (!widget.grab().save(path))
        QTest::qFail(qPrintable(u"could not save "_s + path), __FILE__, __LINE__);
}

// Every text a user can see on window and its children, shown or not, with where it is.
QStringList visibleTexts(QWidget &window)
{
    QStringList texts;
    const auto add = [&texts](const QObject *owner, const QString &what, const QString &text) {
        if (!text.trimmed().isEmpty())
            texts << owner->objectName() + u'.' + what + u": "_s + text;
    };
    add(&window, u"windowTitle"_s, window.windowTitle());
    const QList<QWidget *> children = window.findChildren<QWidget *>();
    for (QWidget *child : children) {
        add(child, u"toolTip"_s, child->toolTip());
        if (auto *label = qobject_cast<QLabel *>(child))
            add(child, u"text"_s, label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(child))
            add(child, u"text"_s, button->text());
        else if (auto *group = qobject_cast<QGroupBox *>(child))
            add(child, u"title"_s, group->title());
        else if (auto *edit = qobject_cast<QLineEdit *>(child); edit && edit->objectName() != u"qt_spinbox_lineedit"_s)
            add(child, u"placeholderText"_s, edit->placeholderText());
        if (auto *combo = qobject_cast<QComboBox *>(child)) {
            add(child, u"placeholderText"_s, combo->placeholderText());
            for (int i = 0; i < combo->count(); ++i)
                add(child, u"item"_s, combo->itemText(i));
        }
    }
    return texts;
}

// The texts of window that have no Devanagari, but for the ones meant to stay Latin.
QStringList untranslatedTexts(QWidget &window)
{
    QStringList untranslated;
    const QStringList texts = visibleTexts(window);
    for (const QString &entry : texts) {
        const QString text = entry.section(u": "_s, 1);
        if (!containsDevanagari(text) && !meantToStayLatin(text))
            untranslated << entry;
    }
    return untranslated;
}

// The open dialogs of the sign-in and settings screens, with the fakes behind them.
struct Screens
{
    QTemporaryDir folder;
    WorkstationSettings settings{folder.filePath(u"workstation.ini"_s)};
    InMemoryCredentialStore credentials;
    ScriptedPrompter prompter;
    OfficerApiClient api;
    ManualClock clock{QDateTime(QDate(2026, 12, 4), QTime(10, 0), Qt::UTC)};
    LanguageSwitcher &languages;
    std::unique_ptr<SignInDialog> signIn;
    std::unique_ptr<SettingsDialog> settingsDialog;
    std::unique_ptr<OtpDialog> otp;

    explicit Screens(LanguageSwitcher &switcher)
        : languages(switcher)
    {
        settings.setServerUrl(u"https://nodues.example.in"_s);
        settings.setLastUsername(u"rkumar"_s);
        signIn = std::make_unique<SignInDialog>(api, credentials, settings, prompter, &languages, clock);
        settingsDialog = std::make_unique<SettingsDialog>(settings, languages);
        otp = std::make_unique<OtpDialog>(clock);
        // A caller passes translated text; the test passes it ready-made in Hindi.
        otp->setSummary([] { return u"3 आवेदन स्वीकृत करें"_s; });
        signIn->show();
        settingsDialog->show();
        otp->show();
    }

    QString signInLabel() const { return signIn->findChild<QLabel *>(u"usernameLabel"_s)->text(); }
    QString settingsTitle() const { return settingsDialog->windowTitle(); }
    QString otpSendText() const { return otp->findChild<QAbstractButton *>(u"sendCodeButton"_s)->text(); }
};

} // namespace

class TestWorkstationLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(installBundledFonts()); }

    void switchRetranslatesOpenDialogs()
    {
        LanguageSwitcher languages;
        QVERIFY(languages.apply(Language::Hindi));
        Screens screens(languages);

        const QString hindiLabel = screens.signInLabel();
        QVERIFY2(containsDevanagari(hindiLabel), qPrintable(hindiLabel));
        QVERIFY2(containsDevanagari(screens.settingsTitle()), qPrintable(screens.settingsTitle()));
        QVERIFY2(containsDevanagari(screens.otpSendText()), qPrintable(screens.otpSendText()));

        QVERIFY(languages.apply(Language::English));
        QCOMPARE(screens.signInLabel(), u"&Username:"_s);
        QCOMPARE(screens.settingsTitle(), u"Settings"_s);
        QCOMPARE(screens.otpSendText(), u"Send code"_s);

        QVERIFY(languages.apply(Language::Hindi));
        QCOMPARE(screens.signInLabel(), hindiLabel);
        QVERIFY(containsDevanagari(screens.settingsTitle()));
    }

    void settingsDialogSwitchesEveryWindow()
    {
        LanguageSwitcher languages;
        QVERIFY(languages.apply(Language::Hindi));
        Screens screens(languages);

        auto *combo = screens.settingsDialog->findChild<QComboBox *>(u"languageComboBox"_s);
        QCOMPARE(combo->currentData().toString(), u"hi"_s);
        combo->setCurrentIndex(combo->findData(u"en"_s));
        QCOMPARE(languages.current(), Language::English);
        QCOMPARE(screens.signInLabel(), u"&Username:"_s);
        QCOMPARE(screens.otpSendText(), u"Send code"_s);

        // The sign-in dialog has a language list too.
        auto *signInCombo = screens.signIn->findChild<QComboBox *>(u"languageComboBox"_s);
        QVERIFY(signInCombo->isVisible());
        signInCombo->setCurrentIndex(signInCombo->findData(u"hi"_s));
        QCOMPARE(languages.current(), Language::Hindi);
        QVERIFY(containsDevanagari(screens.settingsTitle()));
    }

    void errorFollowsLanguage()
    {
        LanguageSwitcher languages;
        QVERIFY(languages.apply(Language::English));
        Screens screens(languages);
        auto *server = screens.signIn->findChild<QLineEdit *>(u"serverUrlEdit"_s);
        server->setText(u"ftp://nodues.example.in"_s);
        QTest::mouseClick(screens.signIn->findChild<QAbstractButton *>(u"signInButton"_s), Qt::LeftButton);
        auto *error = screens.signIn->findChild<QLabel *>(u"errorLabel"_s);
        QVERIFY2(error->text().startsWith(u"The server address"_s), qPrintable(error->text()));

        QVERIFY(languages.apply(Language::Hindi));
        QVERIFY2(containsDevanagari(error->text()), qPrintable(error->text()));
        QVERIFY(error->text().contains(u"ftp://nodues.example.in"_s));
    }

    void noEnglishLeftInHindi()
    {
        LanguageSwitcher languages;
        QVERIFY(languages.apply(Language::Hindi));
        Screens screens(languages);

        QStringList problems;
        problems << untranslatedTexts(*screens.signIn) << untranslatedTexts(*screens.settingsDialog)
                 << untranslatedTexts(*screens.otp);

        // The OTP dialog's later states have texts of their own.
        screens.otp->codeSent(u"94XXXXX001"_s, 600);
        screens.otp->codeRefused(u"गलत"_s, 3);
        problems << untranslatedTexts(*screens.otp);

        const Question question{u"प्रश्न"_s, u"प्रश्न"_s, {}, u"स्वीकृत करें"_s, true};
        const auto box = MessageBoxPrompter::createQuestionBox(nullptr, question);
        problems << untranslatedTexts(*box);
        const auto message = MessageBoxPrompter::createMessageBox(nullptr, false, u"सूचना"_s, u"सूचना"_s);
        problems << untranslatedTexts(*message);

        // Messages that appear only after a failure.
        const SignInDialogMessages::Subject subject{u"https://nodues.example.in"_s, u"rkumar"_s, u"PC1"_s};
        const QList<std::pair<int, QString>> failures = {
            {0, QString()},
            {401, u"invalid_credentials"_s},
            {423, u"account_locked"_s},
            {403, u"account_disabled"_s},
            {400, u"invalid_device_name"_s},
            {401, u"otp_wrong"_s},
            {401, u"otp_expired"_s},
            {401, u"otp_too_many_attempts"_s},
            {401, u"otp_superseded"_s},
            {400, u"invalid_otp_format"_s},
            {429, u"too_many_requests"_s},
            {404, u"unexpected_response"_s},
            {500, u"internal_error"_s},
            {418, u"something_new"_s},
        };
        for (const auto &[status, code] : failures) {
            ApiResult result;
            result.httpStatus = status;
            result.errorCode = code;
            result.networkError = status == 0 ? u"Connection refused"_s : QString();
            const QString text = SignInDialogMessages::forFailure(result, subject);
            if (!containsDevanagari(text))
                problems << u"SignInDialogMessages "_s + code + u": "_s + text;
        }
        for (const QString &address :
             {u""_s, u"ftp://x.example.in"_s, u"https://"_s, u"https://a@x.example.in"_s, u"http://x.example.in"_s}) {
            const QString text = ServerAddress::parse(address).error;
            if (!containsDevanagari(text))
                problems << u"ServerAddress \""_s + address + u"\": "_s + text;
        }

        QVERIFY2(problems.isEmpty(), qPrintable(u"English left in Hindi mode:\n"_s + problems.join(u'\n')));
    }

    void hindiUsesBundledFont()
    {
        LanguageSwitcher languages;
        QVERIFY(languages.apply(Language::Hindi));
        QLabel label(u"नो ड्यूज प्रमाण-पत्र"_s);
        QTextLayout layout(label.text(), label.font());
        layout.beginLayout();
        layout.createLine();
        layout.endLayout();
        const QList<QGlyphRun> runs = layout.glyphRuns();
        QVERIFY(!runs.isEmpty());
        for (const QGlyphRun &run : runs)
            QCOMPARE(run.rawFont().familyName(), QString::fromLatin1(kDevanagariFontFamily));
    }

    void screensInBothLanguages()
    {
        LanguageSwitcher languages;
        Screens screens(languages);
        screens.otp->setConfirmVerb([] { return u"स्वीकृत करें"_s; });
        screens.otp->codeSent(u"94XXXXX001"_s, 600);
        const QString languagesToGrab[] = {u"hi"_s, u"en"_s};
        for (const QString &code : languagesToGrab) {
            QVERIFY(languages.apply(languageFromCode(code)));
            saveScreen(*screens.signIn, u"sign-in-"_s + code);
            saveScreen(*screens.settingsDialog, u"settings-"_s + code);
            saveScreen(*screens.otp, u"otp-dialog-"_s + code);
        }
        QVERIFY(QFile::exists(artifactFolder() + u"/sign-in-hi.png"_s));
        QVERIFY(QFile::exists(artifactFolder() + u"/settings-en.png"_s));
    }
};

QTEST_MAIN(TestWorkstationLanguage)
#include "TestWorkstationLanguage.moc"
