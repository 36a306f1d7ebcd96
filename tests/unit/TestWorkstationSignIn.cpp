// SignInDialog driven through its widgets against an in-process nodues-server on loopback, on
// SQLite and PostgreSQL. Cases: a wrong password, a wrong OTP with the tries left, the right OTP
// with and without "Remember me", a resend after the countdown, a locked account, and bad or
// unreachable server addresses. Then a remembered session resumes and signs out.

#include "ApiTestServer.h"
#include "ApplicationFixtures.h"
#include "OfficeFixtures.h"
#include "api/OfficerApiClient.h"
#include "app/LanguageSwitcher.h"
#include "app/RememberedSession.h"
#include "app/WorkstationFlow.h"
#include "app/WorkstationSettings.h"
#include "gui/ScriptedPrompter.h"
#include "gui/SignInDialog.h"
#include "keychain/InMemoryCredentialStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;
using namespace nodues::test;
using namespace nodues::workstation;

namespace {

const QString kPassword = u"Correct-Horse-42"_s; // the password addOfficer() sets
const QString kClerk = u"rkumar"_s;
const QString kClerkMobile = u"9425000001"_s;
constexpr int kWaitMs = 20000;

void noBillingRows(Database &)
{
}

// The folder for screenshots: test-artifacts/TestWorkstationSignIn beside the tests folder of
// the build, or NODUES_TEST_ARTIFACTS when set.
QString artifactFolder()
{
    const QString base = qEnvironmentVariableIsSet("NODUES_TEST_ARTIFACTS")
                             ? qEnvironmentVariable("NODUES_TEST_ARTIFACTS")
                             : QCoreApplication::applicationDirPath() + u"/../test-artifacts"_s;
    const QString folder = QDir::cleanPath(base + u"/TestWorkstationSignIn"_s);
    QDir().mkpath(folder);
    return folder;
}

// The dialog and the fakes around it, with settings in a temporary INI file.
struct SignInHarness
{
    QTemporaryDir folder;
    std::unique_ptr<WorkstationSettings> settings;
    InMemoryCredentialStore credentials;
    ScriptedPrompter prompter;
    OfficerApiClient api;
    ManualClock dialogClock{QDateTime(QDate(2026, 12, 4), QTime(10, 0), Qt::UTC)};
    std::unique_ptr<SignInDialog> dialog;

    SignInHarness()
        : settings(std::make_unique<WorkstationSettings>(folder.filePath(u"workstation.ini"_s)))
    {
        settings->setDeviceName(u"DC-Arera-PC1"_s);
        api.setLanguage(u"en"_s);
        api.setTimeoutMs(10000);
        openDialog();
    }

    void openDialog()
    {
        dialog = std::make_unique<SignInDialog>(api, credentials, *settings, prompter, nullptr, dialogClock);
        dialog->show();
        dialog->activateWindow();
        if (!QTest::qWaitForWindowActive(dialog.get()))
            QTest::qFail("the sign-in dialog did not become active", __FILE__, __LINE__);
    }

    // The widget that has the keyboard focus inside the dialog.
    QString focusName() const { return dialog->focusWidget() ? dialog->focusWidget()->objectName() : QString(); }

    template<typename T> T *child(const QString &name) const
    {
        T *found = dialog->findChild<T *>(name);
        if (!found)
            QTest::qFail(qPrintable(u"no child named "_s + name), __FILE__, __LINE__);
        return found;
    }

    QLineEdit *edit(const QString &name) const { return child<QLineEdit>(name); }
    QString error() const { return child<QLabel>(u"errorLabel"_s)->text(); }
    bool onOtpPage() const
    {
        return child<QStackedWidget>(u"signInStackedWidget"_s)->currentWidget()->objectName() == u"otpPage"_s;
    }
    bool busy() const { return child<QLabel>(u"statusLabel"_s)->isVisible(); }

    // Fills the first page and presses Enter in the password field.
    void submitCredentials(const QString &server, const QString &username, const QString &password, bool remember)
    {
        edit(u"serverUrlEdit"_s)->clear();
        QTest::keyClicks(edit(u"serverUrlEdit"_s), server);
        edit(u"usernameEdit"_s)->clear();
        QTest::keyClicks(edit(u"usernameEdit"_s), username);
        edit(u"passwordEdit"_s)->clear();
        QTest::keyClicks(edit(u"passwordEdit"_s), password);
        child<QCheckBox>(u"rememberMeCheckBox"_s)->setChecked(remember);
        QTest::keyClick(edit(u"passwordEdit"_s), Qt::Key_Return);
    }

    // Types code on the OTP page and presses the verify button.
    void submitCode(const QString &code)
    {
        QLineEdit *codeEdit = edit(u"otpCodeEdit"_s);
        codeEdit->clear();
        QTest::keyClicks(codeEdit, code);
        QTest::mouseClick(child<QPushButton>(u"confirmOtpButton"_s), Qt::LeftButton);
    }

    void grab(const QString &name) const
    {
        const QString path = artifactFolder() + u'/' + name + u".png"_s;
        if (!dialog->grab().save(path))
            qWarning().noquote() << "Could not save" << path;
    }
};

QString serverUrlOf(const ApiTestServer &api)
{
    return u"http://127.0.0.1:%1"_s.arg(api.server->port());
}

// A loopback port with nothing listening on it.
quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

struct RestoreResult
{
    RememberedSession::Outcome outcome;
    OfficerSession session;
};

std::optional<RestoreResult> restoreSession(SignInHarness &harness)
{
    QObject context;
    std::optional<RestoreResult> result;
    RememberedSession::restore(harness.api, harness.credentials, *harness.settings, &context,
                               [&result](RememberedSession::Outcome outcome, const OfficerSession &session) {
                                   result = RestoreResult{outcome, session};
                               });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, kWaitMs))
        QTest::qFail("the remembered session was not restored within 20 s", __FILE__, __LINE__);
    return result;
}

} // namespace

class TestWorkstationSignIn : public QObject
{
    Q_OBJECT

private:
    static server::ApiSettings roomyApiSettings() { return {100, 100, 100, 100, 900, 1000, 1000}; }
    static OtpSettings roomyOtpSettings()
    {
        OtpSettings settings;
        settings.maxCodesPerMobile = 100;
        settings.maxCodesPerMobileAllAddresses = 1000;
        settings.maxCodesPerAddress = 1000;
        return settings;
    }

#define START_SIGN_IN_SERVER(api)                                                                                      \
    NODUES_START_API_SERVER(api, noBillingRows, roomyApiSettings(), roomyOtpSettings(), {},                            \
                            PasswordHasher::Cost::Interactive);                                                        \
    addOfficer(api.db->database(), kClerk, OfficerRole::Clerk, u"2030201"_s, kClerkMobile);                            \
    if (QTest::currentTestFailed())                                                                                    \
        return;

    // Runs the password step for the clerk and waits for the OTP page; returns the code the
    // server sent, empty with the test failed otherwise.
    static QString reachOtpPage(SignInHarness &harness, ApiTestServer &api, bool remember)
    {
        harness.submitCredentials(serverUrlOf(api), kClerk, kPassword, remember);
        if (!QTest::qWaitFor([&harness] { return harness.onOtpPage(); }, kWaitMs)) {
            QTest::qFail(qPrintable(u"no OTP page; error: "_s + harness.error()), __FILE__, __LINE__);
            return {};
        }
        return api.deliveredCode(kClerkMobile);
    }

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"nodues.*.info=false"_s);
    }

    void wrongPasswordNamesUsername_data()
    {
        addBackendColumn();
    }
    void wrongPasswordNamesUsername()
    {
        START_SIGN_IN_SERVER(api);
        SignInHarness harness;

        harness.submitCredentials(serverUrlOf(api), kClerk, u"wrong-password"_s, true);
        QTRY_VERIFY_WITH_TIMEOUT(!harness.error().isEmpty(), kWaitMs);
        QVERIFY(!harness.busy());
        QVERIFY(!harness.onOtpPage());
        QVERIFY2(harness.error().contains(u"The username \"rkumar\" or the password is wrong"_s),
                 qPrintable(harness.error()));
        QVERIFY(harness.child<QLabel>(u"errorLabel"_s)->isVisible());
        QCOMPARE(api.spoolLineCount(), 0);
        QVERIFY(harness.credentials.entries().isEmpty());
        QVERIFY(harness.dialog->isVisible());
        // The form stays filled for a second try.
        QCOMPARE(harness.edit(u"usernameEdit"_s)->text(), kClerk);
        QVERIFY(harness.child<QPushButton>(u"signInButton"_s)->isEnabled());
        // The password is ready to be typed again.
        QCOMPARE(QApplication::focusWidget(), harness.edit(u"passwordEdit"_s));
        QCOMPARE(harness.edit(u"passwordEdit"_s)->selectedText(), u"wrong-password"_s);
    }

    void wrongOtpShowsTriesLeft_data()
    {
        addBackendColumn();
    }
    void wrongOtpShowsTriesLeft()
    {
        START_SIGN_IN_SERVER(api);
        SignInHarness harness;
        const QString code = reachOtpPage(harness, api, true);
        QCOMPARE(code.size(), 6);
        QVERIFY2(harness.child<QLabel>(u"sentToLabel"_s)->text().contains(u"94XXXXX001"_s),
                 qPrintable(harness.child<QLabel>(u"sentToLabel"_s)->text()));
        QCOMPARE(harness.focusName(), u"otpCodeEdit"_s);
        harness.grab(u"sign-in-otp-en"_s);

        harness.submitCode(otherCode(code));
        QTRY_VERIFY_WITH_TIMEOUT(!harness.error().isEmpty(), kWaitMs);
        QVERIFY2(harness.error().contains(u"The OTP is wrong"_s), qPrintable(harness.error()));
        auto *triesLeft = harness.child<QLabel>(u"attemptsLeftLabel"_s);
        QVERIFY(triesLeft->isVisible());
        QCOMPARE(triesLeft->text(), u"Tries left for this code: 4"_s);
        QVERIFY(harness.onOtpPage());
        QVERIFY(harness.credentials.entries().isEmpty());
        QCOMPARE(harness.credentials.operationCount(), 0);

        harness.submitCode(otherCode(otherCode(code)));
        QTRY_COMPARE_WITH_TIMEOUT(triesLeft->text(), u"Tries left for this code: 3"_s, kWaitMs);

        // The right code still works after wrong ones.
        harness.submitCode(code);
        QTRY_VERIFY_WITH_TIMEOUT(!harness.dialog->isVisible(), kWaitMs);
        QCOMPARE(harness.dialog->result(), int(QDialog::Accepted));
    }

    void rightOtpStoresRememberedToken_data()
    {
        addBackendColumn();
    }
    void rightOtpStoresRememberedToken()
    {
        START_SIGN_IN_SERVER(api);
        SignInHarness harness;
        const QString code = reachOtpPage(harness, api, true);
        harness.submitCode(code);
        QTRY_VERIFY_WITH_TIMEOUT(!harness.dialog->isVisible(), kWaitMs);
        QCOMPARE(harness.dialog->result(), int(QDialog::Accepted));

        const OfficerSession &session = harness.dialog->session();
        QCOMPARE(session.username, kClerk);
        QCOMPARE(session.serverUrl.toString(), serverUrlOf(api));
        QCOMPARE(session.token.size(), 43);
        QVERIFY(session.remembered);
        QCOMPARE(session.officer.value(u"role"_s).toString(), u"clerk"_s);
        QCOMPARE(session.deviceName, u"DC-Arera-PC1"_s);

        // The token, and only the token, is in the keychain under the officer's key.
        const QString key = credentialKey(serverUrlOf(api), kClerk);
        QCOMPARE(harness.credentials.entries().size(), 1);
        QCOMPARE(harness.credentials.entries().value(key), session.token);
        QVERIFY(!harness.credentials.entries().values().contains(kPassword));
        QCOMPARE(api.withToken("GET"_ba, "/api/v1/officer/me"_ba, session.token).status, 200);

        QCOMPARE(harness.settings->serverUrl(), serverUrlOf(api));
        QCOMPARE(harness.settings->lastUsername(), kClerk);
        QVERIFY(harness.settings->rememberMe());
        QVERIFY(harness.prompter.records().isEmpty());
        // The password is gone from the closed dialog.
        QVERIFY(harness.edit(u"passwordEdit"_s)->text().isEmpty());
    }

    void noTokenWithoutRememberMe_data()
    {
        addBackendColumn();
    }
    void noTokenWithoutRememberMe()
    {
        START_SIGN_IN_SERVER(api);
        SignInHarness harness;
        // An entry from an earlier remembered sign-in must not survive this choice.
        const QString key = credentialKey(serverUrlOf(api), kClerk);
        harness.credentials.setEntry(key, u"older-token"_s);

        const QString code = reachOtpPage(harness, api, false);
        harness.submitCode(code);
        QTRY_VERIFY_WITH_TIMEOUT(!harness.dialog->isVisible(), kWaitMs);
        QCOMPARE(harness.dialog->result(), int(QDialog::Accepted));
        QVERIFY(harness.credentials.entries().isEmpty());
        QVERIFY(!harness.dialog->session().remembered);
        QCOMPARE(harness.dialog->session().token.size(), 43);
        QVERIFY(!harness.settings->rememberMe());
    }

    void keychainFailureStillSignsIn_data()
    {
        addBackendColumn();
    }
    void keychainFailureStillSignsIn()
    {
        START_SIGN_IN_SERVER(api);
        SignInHarness harness;
        harness.credentials.setFailure(u"keychain locked"_s);
        const QString code = reachOtpPage(harness, api, true);
        harness.submitCode(code);
        QTRY_VERIFY_WITH_TIMEOUT(!harness.dialog->isVisible(), kWaitMs);
        QCOMPARE(harness.dialog->result(), int(QDialog::Accepted));
        QVERIFY(!harness.dialog->session().remembered);
        const auto warnings = harness.prompter.recordsOf(ScriptedPrompter::Kind::Warning);
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.at(0).text.contains(u"keychain"_s), qPrintable(warnings.at(0).text));
    }

    void resendAfterCountdown_data()
    {
        addBackendColumn();
    }
    void resendAfterCountdown()
    {
        START_SIGN_IN_SERVER(api);
        SignInHarness harness;
        harness.dialog->setResendDelay(30);
        const QString firstCode = reachOtpPage(harness, api, false);
        auto *resend = harness.child<QPushButton>(u"resendCodeButton"_s);
        QVERIFY(!resend->isEnabled());
        QCOMPARE(resend->text(), u"Resend code in 30 s"_s);

        harness.dialogClock.advanceSeconds(10);
        QTRY_COMPARE(resend->text(), u"Resend code in 20 s"_s);
        harness.dialogClock.advanceSeconds(20);
        QTRY_VERIFY(resend->isEnabled());
        QCOMPARE(resend->text(), u"Resend code"_s);

        const int sentBefore = api.spoolLineCount();
        QTest::mouseClick(resend, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!resend->isEnabled() && !harness.busy(), kWaitMs);
        QCOMPARE(resend->text(), u"Resend code in 30 s"_s);
        const QString secondCode = api.deliveredCode(kClerkMobile);
        QCOMPARE(api.spoolLineCount(), sentBefore + 1);
        QCOMPARE(secondCode.size(), 6);

        // The newer code replaced the first one, and the dialog now sends the newer challenge.
        if (firstCode != secondCode) {
            harness.submitCode(firstCode);
            QTRY_VERIFY_WITH_TIMEOUT(!harness.error().isEmpty(), kWaitMs);
            QVERIFY2(harness.error().contains(u"The OTP is wrong"_s), qPrintable(harness.error()));
        }
        harness.submitCode(secondCode);
        QTRY_VERIFY_WITH_TIMEOUT(!harness.dialog->isVisible(), kWaitMs);
        QCOMPARE(harness.dialog->result(), int(QDialog::Accepted));
    }

    void backReturnsToPassword_data()
    {
        addBackendColumn();
    }
    void backReturnsToPassword()
    {
        START_SIGN_IN_SERVER(api);
        SignInHarness harness;
        reachOtpPage(harness, api, false);
        QTest::mouseClick(harness.child<QPushButton>(u"backButton"_s), Qt::LeftButton);
        QVERIFY(!harness.onOtpPage());
        QCOMPARE(harness.focusName(), u"passwordEdit"_s);
        QVERIFY(harness.error().isEmpty());
    }

    void lockedAccountSaysSo_data()
    {
        addBackendColumn();
    }
    void lockedAccountSaysSo()
    {
        START_SIGN_IN_SERVER(api);
        SignInHarness harness;
        // The fifth wrong password in a row locks the account (officers/max_sign_in_failures).
        for (int attempt = 1; attempt <= 5; ++attempt) {
            harness.submitCredentials(serverUrlOf(api), kClerk, u"wrong-%1"_s.arg(attempt), false);
            QTRY_VERIFY_WITH_TIMEOUT(!harness.busy() && !harness.error().isEmpty(), kWaitMs);
        }
        QVERIFY2(harness.error().contains(u"Sign-in as \"rkumar\" is locked"_s), qPrintable(harness.error()));

        // Even the right password gets the lock message now.
        harness.submitCredentials(serverUrlOf(api), kClerk, kPassword, false);
        QTRY_VERIFY_WITH_TIMEOUT(!harness.busy() && !harness.error().isEmpty(), kWaitMs);
        QVERIFY2(harness.error().contains(u"is locked"_s), qPrintable(harness.error()));
        QVERIFY(!harness.onOtpPage());
        QCOMPARE(api.spoolLineCount(), 0);
    }

    void formErrorsNameTheField()
    {
        SignInHarness harness;
        harness.submitCredentials(u"http://nodues.example.in"_s, kClerk, kPassword, false);
        QVERIFY2(harness.error().contains(u"\"http://nodues.example.in\""_s), qPrintable(harness.error()));
        QCOMPARE(harness.focusName(), u"serverUrlEdit"_s);

        harness.submitCredentials(u"https://nodues.example.in"_s, QString(), kPassword, false);
        QCOMPARE(harness.error(), u"Enter your username."_s);
        QCOMPARE(harness.focusName(), u"usernameEdit"_s);

        harness.submitCredentials(u"https://nodues.example.in"_s, kClerk, QString(), false);
        QCOMPARE(harness.error(), u"Enter your password."_s);
        QCOMPARE(harness.focusName(), u"passwordEdit"_s);
        QVERIFY(!harness.busy());
    }

    void unreachableServerNamesAddress()
    {
        SignInHarness harness;
        const QString server = u"http://127.0.0.1:%1"_s.arg(closedPort());
        harness.submitCredentials(server, kClerk, kPassword, true);
        QTRY_VERIFY_WITH_TIMEOUT(!harness.busy() && !harness.error().isEmpty(), kWaitMs);
        QVERIFY2(harness.error().contains(u"Could not reach the server at "_s + server), qPrintable(harness.error()));
        QVERIFY(!harness.onOtpPage());
    }

    void tabOrderFollowsForm()
    {
        SignInHarness harness;
        // An empty form starts at the server address, and Tab walks down the form.
        QCOMPARE(harness.focusName(), u"serverUrlEdit"_s);
        const QStringList order = {u"usernameEdit"_s, u"passwordEdit"_s, u"rememberMeCheckBox"_s, u"signInButton"_s,
                                   u"cancelButton"_s};
        for (const QString &next : order) {
            QTest::keyClick(harness.dialog->focusWidget(), Qt::Key_Tab);
            QCOMPARE(harness.focusName(), next);
        }

        // A known server and officer start at the password.
        harness.settings->setServerUrl(u"https://nodues.example.in"_s);
        harness.settings->setLastUsername(kClerk);
        harness.openDialog();
        QCOMPARE(harness.edit(u"usernameEdit"_s)->text(), kClerk);
        QCOMPARE(harness.focusName(), u"passwordEdit"_s);
    }

    void rememberedSessionResumesAndSignsOut_data()
    {
        addBackendColumn();
    }
    void rememberedSessionResumesAndSignsOut()
    {
        START_SIGN_IN_SERVER(api);
        SignInHarness harness;
        harness.submitCode(reachOtpPage(harness, api, true));
        QTRY_VERIFY_WITH_TIMEOUT(!harness.dialog->isVisible(), kWaitMs);
        const QString token = harness.dialog->session().token;
        QVERIFY(!token.isEmpty());

        // A new start of the program: a fresh client tries the remembered token.
        harness.api.setToken(QString());
        std::optional<RestoreResult> resumed = restoreSession(harness);
        QVERIFY(resumed.has_value());
        QCOMPARE(resumed->outcome, RememberedSession::Outcome::Resumed);
        QCOMPARE(resumed->session.token, token);
        QCOMPARE(resumed->session.officer.value(u"username"_s).toString(), kClerk);
        QVERIFY(harness.api.hasToken());

        // Signing out ends the session on the server and deletes the keychain entry.
        std::optional<bool> signedOut;
        QObject context;
        RememberedSession::signOut(harness.api, harness.credentials, resumed->session, &context,
                                   [&signedOut](bool ok) { signedOut = ok; });
        QTRY_VERIFY_WITH_TIMEOUT(signedOut.has_value(), kWaitMs);
        QVERIFY(*signedOut);
        QVERIFY(harness.credentials.entries().isEmpty());
        QVERIFY(!harness.api.hasToken());
        QCOMPARE(api.withToken("GET"_ba, "/api/v1/officer/me"_ba, token).status, 401);

        std::optional<RestoreResult> afterSignOut = restoreSession(harness);
        QVERIFY(afterSignOut.has_value());
        QCOMPARE(afterSignOut->outcome, RememberedSession::Outcome::NotRemembered);
    }

    void refusedTokenFallsBackToDialog_data()
    {
        addBackendColumn();
    }
    void refusedTokenFallsBackToDialog()
    {
        START_SIGN_IN_SERVER(api);
        SignInHarness harness;
        harness.settings->setServerUrl(serverUrlOf(api));
        harness.settings->setLastUsername(kClerk);
        harness.settings->setRememberMe(true);
        const QString key = credentialKey(serverUrlOf(api), kClerk);
        harness.credentials.setEntry(key, u"revoked-or-expired-token-0000000000000000000"_s);

        std::optional<RestoreResult> result = restoreSession(harness);
        QVERIFY(result.has_value());
        QCOMPARE(result->outcome, RememberedSession::Outcome::Refused);
        QVERIFY(harness.credentials.entries().isEmpty());
        QVERIFY(!harness.api.hasToken());
    }

    void unreachableServerResumesOffline()
    {
        SignInHarness harness;
        const QString server = u"http://127.0.0.1:%1"_s.arg(closedPort());
        harness.settings->setServerUrl(server);
        harness.settings->setLastUsername(kClerk);
        harness.settings->setRememberMe(true);
        harness.credentials.setEntry(credentialKey(server, kClerk), u"remembered-token"_s);

        std::optional<RestoreResult> result = restoreSession(harness);
        QVERIFY(result.has_value());
        QCOMPARE(result->outcome, RememberedSession::Outcome::ResumedOffline);
        QCOMPARE(result->session.token, u"remembered-token"_s);
        QVERIFY(result->session.officer.isEmpty());
        QCOMPARE(harness.credentials.entries().size(), 1);

        // Without "Remember me" in settings the keychain is not even asked.
        harness.settings->setRememberMe(false);
        const int operations = harness.credentials.operationCount();
        result = restoreSession(harness);
        QCOMPARE(result->outcome, RememberedSession::Outcome::NotRemembered);
        QCOMPARE(harness.credentials.operationCount(), operations);
    }

    void flowSignsInThenEnds_data()
    {
        addBackendColumn();
    }
    void flowSignsInThenEnds()
    {
        START_SIGN_IN_SERVER(api);
        SignInHarness harness;
        harness.dialog.reset();
        LanguageSwitcher languages;
        languages.apply(Language::English);
        WorkstationFlow flow(
            {harness.api, harness.credentials, *harness.settings, languages, harness.prompter, harness.dialogClock});
        flow.setServerOverride(serverUrlOf(api));
        QSignalSpy finished(&flow, &WorkstationFlow::finished);
        flow.start();

        // Nothing is remembered, so the sign-in dialog opens with the address from the command line.
        SignInDialog *dialog = nullptr;
        for (QWidget *window : QApplication::topLevelWidgets()) {
            if (auto *found = qobject_cast<SignInDialog *>(window); found && found->isVisible())
                dialog = found;
        }
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QLineEdit *>(u"serverUrlEdit"_s)->text(), serverUrlOf(api));

        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"usernameEdit"_s), kClerk);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"passwordEdit"_s), kPassword);
        QTest::keyClick(dialog->findChild<QLineEdit *>(u"passwordEdit"_s), Qt::Key_Return);
        auto *codeEdit = dialog->findChild<QLineEdit *>(u"otpCodeEdit"_s);
        QTRY_VERIFY_WITH_TIMEOUT(codeEdit->isEnabled(), kWaitMs);
        QTest::keyClicks(codeEdit, api.deliveredCode(kClerkMobile));
        QTest::keyClick(codeEdit, Qt::Key_Return);

        // The dialog closes; then the main window opens, or the flow ends in a build without one.
        const auto mainWindowOrEnd = [&finished] {
            if (finished.count() > 0)
                return true;
            const QWidgetList windows = QApplication::topLevelWidgets();
            return std::any_of(windows.cbegin(), windows.cend(), [](QWidget *window) {
                return window->isVisible() && !qobject_cast<SignInDialog *>(window);
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(mainWindowOrEnd(), kWaitMs);
        QCOMPARE(harness.settings->lastUsername(), kClerk);
    }

    void otpPageInHindi_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << u"sqlite"_s;
    }
    void otpPageInHindi()
    {
        START_SIGN_IN_SERVER(api);
        LanguageSwitcher languages;
        languages.apply(Language::Hindi);
        SignInHarness harness;
        harness.api.setLanguage(u"hi"_s);
        const QString code = reachOtpPage(harness, api, true);
        harness.submitCode(otherCode(code));
        QTRY_VERIFY_WITH_TIMEOUT(!harness.error().isEmpty(), kWaitMs);
        harness.grab(u"sign-in-otp-wrong-code-hi"_s);
        languages.apply(Language::English);
        harness.grab(u"sign-in-otp-wrong-code-en"_s);
        QCOMPARE(harness.child<QPushButton>(u"backButton"_s)->text(), u"Back"_s);
    }
};

QTEST_MAIN(TestWorkstationSignIn)
#include "TestWorkstationSignIn.moc"
