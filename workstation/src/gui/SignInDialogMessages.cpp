#include "gui/SignInDialogMessages.h"

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

namespace {

// The server's message on a line of its own after ours, when it has one.
QString withServerMessage(const QString &ours, const ApiResult &result)
{
    if (result.errorMessage.isEmpty())
        return ours;
    return ours + u'\n' + result.errorMessage;
}

} // namespace

QString SignInDialogMessages::forFailure(const ApiResult &result, const Subject &subject)
{
    const QString &code = result.errorCode;

    if (result.unreachable())
        return tr("Could not reach the server at %1. Check the server address and the network connection, "
                  "then try again.")
            .arg(subject.serverUrl);
    if (code == u"invalid_credentials"_s)
        return tr("The username \"%1\" or the password is wrong. Check both and try again; after repeated "
                  "failures, sign-in with this username is locked for a while.")
            .arg(subject.username);
    if (code == u"account_locked"_s)
        return withServerMessage(
            tr("Sign-in as \"%1\" is locked for a while after too many failed passwords.").arg(subject.username), result);
    if (code == u"account_disabled"_s)
        return tr("The account \"%1\" is disabled. Ask an administrator to enable it.").arg(subject.username);
    if (code == u"invalid_device_name"_s)
        return tr("The server does not accept the computer name \"%1\": it must have 1 to 64 printable "
                  "characters. Change it in Settings.")
            .arg(subject.deviceName);
    if (code == u"otp_wrong"_s)
        return tr("The OTP is wrong. Check the 6 digits in the SMS and enter them again.");
    if (code == u"otp_expired"_s)
        return tr("The OTP has expired. Press \"Resend code\" to get a new one.");
    if (code == u"otp_too_many_attempts"_s)
        return tr("This OTP was entered wrongly too many times. Press \"Resend code\" to get a new one.");
    if (code == u"otp_already_used"_s || code == u"otp_superseded"_s || code == u"otp_wrong_purpose"_s ||
        code == u"otp_not_found"_s)
        return tr("This OTP does not complete this sign-in, for example because a newer one was sent. Enter the "
                  "newest OTP, or press \"Resend code\".");
    if (code == u"invalid_otp_format"_s)
        return tr("The OTP must be the 6 digits from the SMS.");
    if (result.httpStatus == 429)
        return withServerMessage(tr("Too many sign-in attempts or codes in a short time."), result);
    if (code == u"unexpected_response"_s || result.httpStatus == 404)
        return tr("The server at %1 did not answer as a NoDues server does (HTTP status %2). Check the server "
                  "address.")
            .arg(subject.serverUrl)
            .arg(result.httpStatus);
    if (result.httpStatus >= 500)
        return tr("The server at %1 had an internal error (HTTP status %2). Try again in a few minutes; if it "
                  "persists, tell the administrator.")
            .arg(subject.serverUrl)
            .arg(result.httpStatus);
    if (!result.errorMessage.isEmpty())
        return result.errorMessage;
    return tr("The sign-in failed with HTTP status %1 (%2).").arg(result.httpStatus).arg(code);
}

int SignInDialogMessages::attemptsLeft(const ApiResult &result)
{
    const QJsonValue value = result.body.value(u"attempts_left"_s);
    return value.isDouble() ? value.toInt() : -1;
}

} // namespace nodues::workstation
