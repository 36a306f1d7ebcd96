// OtpDialog driven through its widgets with a manual clock: send, the resend countdown, code
// entry, refused codes with tries left, errors and confirmation. Also the two Prompters: the
// message boxes' verb buttons, and the scripted fake that answers questions and runs dialogs.

#include "Clock.h"
#include "WorkstationQueueFixtures.h"
#include "api/ApiResult.h"
#include "gui/ApprovalFlow.h"
#include "gui/MessageBoxPrompter.h"
#include "gui/OtpDialog.h"
#include "gui/ScriptedPrompter.h"
#include "gui/UnbreakableText.h"

#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;
using namespace nodues::workstation;
using nodues::workstation::test::saveScreen;

namespace {

const QDateTime kStart = QDateTime(QDate(2026, 12, 4), QTime(10, 0), Qt::UTC);

template<typename T> T *child(QWidget &parent, const QString &name)
{
    T *found = parent.findChild<T *>(name);
    if (!found)
        QTest::qFail(qPrintable(u"no child named "_s + name), __FILE__, __LINE__);
    return found;
}

// An OtpDialog whose callbacks count their calls and keep the last code.
struct OtpDialogHarness
{
    ManualClock clock{kStart};
    OtpDialog dialog{clock};
    int sendCalls = 0;
    QStringList confirmedCodes;

    OtpDialogHarness()
    {
        dialog.setSummary([] { return u"Approve 3 applications"_s; });
        dialog.setConfirmVerb([] { return u"Approve"_s; });
        dialog.setSendCode([this] { ++sendCalls; });
        dialog.setConfirmCode([this](const QString &code) { confirmedCodes << code; });
        dialog.show();
    }
};

} // namespace

class TestWorkstationOtpDialog : public QObject
{
    Q_OBJECT

private slots:
    void sendCodeStartsCountdown()
    {
        OtpDialogHarness harness;
        auto *send = child<QPushButton>(harness.dialog, u"sendCodeButton"_s);
        auto *code = child<QLineEdit>(harness.dialog, u"otpCodeEdit"_s);
        auto *confirm = child<QPushButton>(harness.dialog, u"confirmButton"_s);
        QVERIFY(send && code && confirm);
        QCOMPARE(child<QLabel>(harness.dialog, u"summaryLabel"_s)->text(), u"Approve 3 applications"_s);
        QCOMPARE(confirm->text(), u"Approve"_s);

        // Before a code is sent, only "Send code" works, and Enter presses it.
        QCOMPARE(send->text(), u"Send code"_s);
        QVERIFY(send->isEnabled());
        QVERIFY(!code->isEnabled());
        QVERIFY(!confirm->isEnabled());
        QTest::keyClick(&harness.dialog, Qt::Key_Return);
        QCOMPARE(harness.sendCalls, 1);

        // While the caller's request runs, the button waits.
        QVERIFY(!send->isEnabled());
        QCOMPARE(send->text(), u"Sending code…"_s);
        QTest::mouseClick(send, Qt::LeftButton);
        QCOMPARE(harness.sendCalls, 1);

        harness.dialog.setResendDelay(30);
        harness.dialog.codeSent(u"94XXXXX002"_s, 600);
        QVERIFY(child<QLabel>(harness.dialog, u"sentToLabel"_s)->text().contains(u"94XXXXX002"_s));
        QVERIFY(child<QLabel>(harness.dialog, u"sentToLabel"_s)->text().contains(u"10 minutes"_s));
        QVERIFY(!send->isEnabled());
        QCOMPARE(send->text(), u"Resend code in 30 s"_s);
        QVERIFY(code->isEnabled());

        harness.clock.advanceSeconds(12);
        QTRY_COMPARE(send->text(), u"Resend code in 18 s"_s);
        QVERIFY(!send->isEnabled());
        harness.clock.advanceSeconds(18);
        QTRY_VERIFY(send->isEnabled());
        QCOMPARE(send->text(), u"Resend code"_s);
        QTest::mouseClick(send, Qt::LeftButton);
        QCOMPARE(harness.sendCalls, 2);
    }

    void codeNeedsSixDigits()
    {
        OtpDialogHarness harness;
        harness.dialog.codeSent(u"94XXXXX002"_s, 600);
        auto *code = child<QLineEdit>(harness.dialog, u"otpCodeEdit"_s);
        auto *confirm = child<QPushButton>(harness.dialog, u"confirmButton"_s);

        QTest::keyClicks(code, u"12a3-45"_s);
        QCOMPARE(code->text(), u"12345"_s);
        QVERIFY(!confirm->isEnabled());
        QTest::keyClick(code, Qt::Key_Return);
        QVERIFY(harness.confirmedCodes.isEmpty());

        QTest::keyClicks(code, u"67"_s);
        QCOMPARE(code->text(), u"123456"_s);
        QVERIFY(confirm->isEnabled());
        QTest::keyClick(code, Qt::Key_Return);
        QCOMPARE(harness.confirmedCodes, QStringList{u"123456"_s});
        // Waiting for the caller: no second confirmation.
        QVERIFY(!confirm->isEnabled());
        QVERIFY(!code->isEnabled());
        QVERIFY(harness.dialog.isVisible());
    }

    void refusedCodeShowsTriesLeft()
    {
        OtpDialogHarness harness;
        harness.dialog.codeSent(u"94XXXXX002"_s, 600);
        auto *code = child<QLineEdit>(harness.dialog, u"otpCodeEdit"_s);
        auto *confirm = child<QPushButton>(harness.dialog, u"confirmButton"_s);
        auto *error = child<QLabel>(harness.dialog, u"errorLabel"_s);
        auto *triesLeft = child<QLabel>(harness.dialog, u"attemptsLeftLabel"_s);
        QVERIFY(error->isHidden());
        QVERIFY(triesLeft->isHidden());

        QTest::keyClicks(code, u"111111"_s);
        QTest::mouseClick(confirm, Qt::LeftButton);
        harness.dialog.codeRefused(u"The OTP is wrong."_s, 2);
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), u"The OTP is wrong."_s);
        QVERIFY(triesLeft->isVisible());
        QCOMPARE(triesLeft->text(), u"Tries left for this code: 2"_s);
        QVERIFY(code->isEnabled());
        QCOMPARE(code->selectedText(), u"111111"_s);

        // A new try clears the error while it waits.
        QTest::keyClicks(code, u"222222"_s);
        QTest::mouseClick(confirm, Qt::LeftButton);
        QVERIFY(error->isHidden());
        QCOMPARE(harness.confirmedCodes, (QStringList{u"111111"_s, u"222222"_s}));

        // No tries left: the code is dead, only a new one helps, and only the message reports it.
        harness.dialog.codeRefused(u"Too many wrong tries."_s, 0);
        QVERIFY(triesLeft->isHidden());
        QCOMPARE(error->text(), u"Too many wrong tries."_s);
        QVERIFY(code->text().isEmpty());
        QVERIFY(!code->isEnabled());
        QVERIFY(!confirm->isEnabled());
    }

    void rejectedCodeNamesTriesOnce_data()
    {
        QTest::addColumn<QString>("errorCode");
        QTest::addColumn<QString>("serverMessage");
        QTest::addColumn<int>("attemptsLeft");
        QTest::addColumn<QString>("expectedStart");
        QTest::newRow("wrong") << u"otp_wrong"_s << u"The OTP is wrong. Tries left for this code: 2."_s << 2
                               << u"The OTP is wrong. Check the 6 digits"_s;
        QTest::newRow("wrong-last") << u"otp_wrong"_s
                                    << u"The OTP is wrong and no tries are left for this code; ask for a new OTP."_s
                                    << 0 << u"The OTP is wrong and no tries are left"_s;
        QTest::newRow("expired") << u"otp_expired"_s << u"This OTP has expired; ask for a new one."_s << 0
                                 << u"The OTP has expired."_s;
        QTest::newRow("superseded") << u"otp_superseded"_s << u"A newer OTP was sent."_s << 0
                                    << u"This OTP does not confirm this decision"_s;
        QTest::newRow("unknown-code") << u"otp_something_new"_s << u"The server's own words."_s << 0
                                      << u"The server's own words."_s;
    }
    void rejectedCodeNamesTriesOnce()
    {
        QFETCH(QString, errorCode);
        QFETCH(QString, serverMessage);
        QFETCH(int, attemptsLeft);
        QFETCH(QString, expectedStart);
        ApiResult result;
        result.httpStatus = 422;
        result.errorCode = errorCode;
        result.errorMessage = serverMessage;
        const QString message = ApprovalFlow::refusedCodeText(result, attemptsLeft);
        QVERIFY2(message.startsWith(expectedStart), qPrintable(message));

        OtpDialogHarness harness;
        harness.dialog.codeSent(u"94XXXXX002"_s, 600);
        harness.dialog.codeRefused(message, attemptsLeft);
        const QString shown = child<QLabel>(harness.dialog, u"errorLabel"_s)->text() + u'\n' +
                              child<QLabel>(harness.dialog, u"attemptsLeftLabel"_s)->text();
        QCOMPARE(shown.count(u"Tries left"_s), attemptsLeft > 0 ? 1 : 0);
        if (attemptsLeft > 0)
            QVERIFY2(shown.contains(u"Tries left for this code: %1"_s.arg(attemptsLeft)), qPrintable(shown));
    }

    void growsToShowError()
    {
        OtpDialogHarness harness;
        harness.dialog.setSummary([]() -> QString {
            QStringList numbers;
            for (int serial = 1; serial <= 10; ++serial)
                numbers << unbreakable(u"APP/2030201/2026-27/%1"_s.arg(serial, 6, 10, QLatin1Char('0')));
            return u"Approve 12 applications and issue their certificates:\n"_s + numbers.join(u", "_s) +
                   u", and 2 more"_s;
        });
        QVERIFY(QTest::qWaitForWindowExposed(&harness.dialog));
        harness.dialog.codeSent(u"94XXXXX002"_s, 600);
        auto *summary = child<QLabel>(harness.dialog, u"summaryLabel"_s);
        const QSize before = harness.dialog.size();

        harness.dialog.codeRefused(u"The OTP is wrong. Check the 6 digits in the SMS and enter them again; after "
                                   u"the last try, press \"Resend code\" to get a new one."_s,
                                   2);
        auto *error = child<QLabel>(harness.dialog, u"errorLabel"_s);
        QVERIFY(error->isVisible());
        // Every label gets the height its wrapped text needs at its width.
        for (QLabel *label : {summary, error, child<QLabel>(harness.dialog, u"attemptsLeftLabel"_s),
                              child<QLabel>(harness.dialog, u"sentToLabel"_s)}) {
            QTRY_VERIFY2(label->height() >= label->heightForWidth(label->width()),
                         qPrintable(u"%1: %2 < %3"_s.arg(label->objectName())
                                        .arg(label->height())
                                        .arg(label->heightForWidth(label->width()))));
        }
        QVERIFY(harness.dialog.height() > before.height());
        QCOMPARE(harness.dialog.width(), before.width());
        saveScreen(harness.dialog, u"approve-otp-dialog-wrong-code"_s);
    }

    void otherErrorsAllowRetry()
    {
        OtpDialogHarness harness;
        auto *error = child<QLabel>(harness.dialog, u"errorLabel"_s);
        auto *send = child<QPushButton>(harness.dialog, u"sendCodeButton"_s);

        QTest::mouseClick(send, Qt::LeftButton);
        harness.dialog.sendFailed(u"Too many codes; wait 60 s."_s, 60);
        QCOMPARE(error->text(), u"Too many codes; wait 60 s."_s);
        QVERIFY(!send->isEnabled());
        QCOMPARE(send->text(), u"Resend code in 60 s"_s);
        harness.clock.advanceSeconds(60);
        QTRY_VERIFY(send->isEnabled());

        QTest::mouseClick(send, Qt::LeftButton);
        harness.dialog.codeSent(u"94XXXXX002"_s, 600);
        QVERIFY(error->isHidden());
        auto *code = child<QLineEdit>(harness.dialog, u"otpCodeEdit"_s);
        QTest::keyClicks(code, u"123456"_s);
        QTest::keyClick(code, Qt::Key_Enter);
        harness.dialog.showError(u"The server could not be reached."_s);
        QCOMPARE(error->text(), u"The server could not be reached."_s);
        QVERIFY(child<QPushButton>(harness.dialog, u"confirmButton"_s)->isEnabled());
    }

    void acceptAndCancel()
    {
        OtpDialogHarness harness;
        harness.dialog.codeSent(u"94XXXXX002"_s, 600);
        QTest::keyClicks(child<QLineEdit>(harness.dialog, u"otpCodeEdit"_s), u"654321"_s);
        QTest::keyClick(&harness.dialog, Qt::Key_Return);
        QCOMPARE(harness.dialog.code(), u"654321"_s);
        harness.dialog.accept();
        QCOMPARE(harness.dialog.result(), int(QDialog::Accepted));

        OtpDialogHarness cancelled;
        QTest::mouseClick(child<QPushButton>(cancelled.dialog, u"cancelButton"_s), Qt::LeftButton);
        QCOMPARE(cancelled.dialog.result(), int(QDialog::Rejected));
        QVERIFY(!cancelled.dialog.isVisible());
    }

    void tabOrderReachesCodeAndConfirm()
    {
        OtpDialogHarness harness;
        harness.dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&harness.dialog));
        harness.dialog.codeSent(u"94XXXXX002"_s, 600);
        QCOMPARE(harness.dialog.focusWidget()->objectName(), u"otpCodeEdit"_s);
        QTest::keyClicks(harness.dialog.focusWidget(), u"123456"_s);
        QTest::keyClick(harness.dialog.focusWidget(), Qt::Key_Tab);
        QCOMPARE(harness.dialog.focusWidget()->objectName(), u"confirmButton"_s);
        QTest::keyClick(harness.dialog.focusWidget(), Qt::Key_Tab);
        QCOMPARE(harness.dialog.focusWidget()->objectName(), u"cancelButton"_s);
    }

    void scriptedPrompterAnswersAndRecords()
    {
        ScriptedPrompter prompter;
        prompter.answerNext(true);
        const Question signOut{u"Sign out"_s, u"Sign out of NoDues?"_s, {}, u"Sign out"_s, true};
        QVERIFY(prompter.ask(nullptr, signOut));
        // Without a queued answer, a question gets Cancel and is counted.
        QVERIFY(!prompter.ask(nullptr, signOut));
        QCOMPARE(prompter.unansweredCount(), 1);
        prompter.inform(nullptr, u"Sync"_s, u"Up to date."_s);
        prompter.warn(nullptr, u"Keychain"_s, u"Could not save."_s);

        QCOMPARE(prompter.records().size(), 4);
        const auto questions = prompter.recordsOf(ScriptedPrompter::Kind::Question);
        QCOMPARE(questions.size(), 2);
        QCOMPARE(questions.at(0).acceptVerb, u"Sign out"_s);
        QVERIFY(questions.at(0).destructive);
        QVERIFY(questions.at(0).accepted);
        QVERIFY(!questions.at(1).accepted);
        QCOMPARE(prompter.recordsOf(ScriptedPrompter::Kind::Warning).at(0).text, u"Could not save."_s);
        QCOMPARE(prompter.recordsOf(ScriptedPrompter::Kind::Information).at(0).title, u"Sync"_s);
    }

    void scriptedPrompterRunsDialogScripts()
    {
        ScriptedPrompter prompter;
        ManualClock clock(kStart);
        OtpDialog dialog(clock);
        QString confirmed;
        dialog.setSendCode([&dialog] { dialog.codeSent(u"94XXXXX002"_s, 600); });
        dialog.setConfirmCode([&](const QString &code) {
            confirmed = code;
            dialog.accept();
        });
        prompter.scriptNextDialog([](QDialog &shown) {
            QVERIFY(shown.isVisible());
            QTest::mouseClick(shown.findChild<QPushButton *>(u"sendCodeButton"_s), Qt::LeftButton);
            QTest::keyClicks(shown.findChild<QLineEdit *>(u"otpCodeEdit"_s), u"246810"_s);
            QTest::keyClick(&shown, Qt::Key_Return);
        });
        QCOMPARE(prompter.execDialog(dialog), int(QDialog::Accepted));
        QCOMPARE(confirmed, u"246810"_s);

        // A dialog without a script is rejected and counted.
        QCOMPARE(prompter.execDialog(dialog), int(QDialog::Rejected));
        QCOMPARE(prompter.unansweredCount(), 1);
        const auto dialogs = prompter.recordsOf(ScriptedPrompter::Kind::Dialog);
        QCOMPARE(dialogs.size(), 2);
        QCOMPARE(dialogs.at(0).dialogName, u"otpDialog"_s);
        QVERIFY(dialogs.at(0).accepted);
        QVERIFY(!dialogs.at(1).accepted);
    }

    void messageBoxButtonsAreVerbs()
    {
        const Question destructive{u"Reject"_s, u"Reject 3 applications?"_s, u"Applicants get an SMS."_s, u"Reject 3"_s,
                                   true};
        const auto box = MessageBoxPrompter::createQuestionBox(nullptr, destructive);
        auto *accept = box->findChild<QPushButton *>(u"acceptButton"_s);
        auto *cancel = box->findChild<QPushButton *>(u"cancelButton"_s);
        QVERIFY(accept && cancel);
        QCOMPARE(accept->text(), u"Reject 3"_s);
        QCOMPARE(cancel->text(), u"Cancel"_s);
        QCOMPARE(box->defaultButton(), cancel);
        QCOMPARE(box->escapeButton(), cancel);
        QCOMPARE(box->informativeText(), u"Applicants get an SMS."_s);
        QCOMPARE(box->buttons().size(), 2);

        const Question harmless{u"Sync"_s, u"Sync now?"_s, {}, u"Sync now"_s, false};
        const auto plain = MessageBoxPrompter::createQuestionBox(nullptr, harmless);
        QCOMPARE(plain->defaultButton(), plain->findChild<QPushButton *>(u"acceptButton"_s));

        const auto message = MessageBoxPrompter::createMessageBox(nullptr, true, u"Keychain"_s, u"Failed."_s);
        QCOMPARE(message->buttons().size(), 1);
        QCOMPARE(message->findChild<QPushButton *>(u"okButton"_s)->text(), u"OK"_s);
        QCOMPARE(message->icon(), QMessageBox::Warning);
    }
};

QTEST_MAIN(TestWorkstationOtpDialog)
#include "TestWorkstationOtpDialog.moc"
