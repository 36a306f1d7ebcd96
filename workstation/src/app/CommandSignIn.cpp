#include "app/CommandSignIn.h"

#include "api/OfficerApiClient.h"
#include "app/SecretInput.h"
#include "gui/SignInDialogMessages.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcCommandSignIn, "nodues.app.signin")

namespace nodues::workstation {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandSignIn)
};

// Runs request with a callback and waits for the callback's result.
ApiResult waitFor(const std::function<void(QObject *context, OfficerApiClient::Callback done)> &request)
{
    QEventLoop loop;
    ApiResult result;
    request(&loop, [&](const ApiResult &response) {
        result = response;
        loop.quit();
    });
    loop.exec();
    return result;
}

CommandSignIn::Result failure(const ApiResult &result, const SignInDialogMessages::Subject &subject)
{
    CommandSignIn::Result failed;
    failed.outcome = result.unreachable() ? CommandSignIn::Outcome::Unreachable : CommandSignIn::Outcome::Rejected;
    // The dialog's texts for codes point at its buttons, but a command needs a new run instead.
    if (result.errorCode.startsWith(u"otp_"_s) || result.errorCode == u"invalid_otp_format"_s)
        failed.error = Tr::tr("The server rejected the OTP for the sign-in of \"%1\": %2 Run the command again for "
                              "a new code.")
                           .arg(subject.username, result.errorMessage);
    else
        failed.error = SignInDialogMessages::forFailure(result, subject);
    return failed;
}

} // namespace

CommandSignIn::Result CommandSignIn::signIn(OfficerApiClient &api, const QString &username, const QString &deviceName,
                                            QByteArray password, const QString &otpSource, const QString &otpOption)
{
    const SignInDialogMessages::Subject subject{api.serverUrl().toString(), username, deviceName};
    api.setToken(QString());

    // Step 1: the password. The server then sends the OTP to the officer's mobile.
    qCInfo(lcCommandSignIn).noquote() << "Requesting a sign-in code for" << username << "at" << subject.serverUrl;
    const QString passwordText = QString::fromUtf8(password);
    password.fill('\0');
    const ApiResult challenge = waitFor([&](QObject *context, OfficerApiClient::Callback done) {
        api.signIn(username, passwordText, deviceName, context, std::move(done));
    });
    if (challenge.httpStatus != 202) {
        qCWarning(lcCommandSignIn).noquote() << "Sign-in step 1 failed for" << username << "- status"
                                             << challenge.httpStatus << challenge.errorCode << challenge.networkError;
        return failure(challenge, subject);
    }

    // Step 2: the OTP, read only now that it is on its way.
    const QString sentTo = challenge.body.value(u"sent_to_masked"_s).toString();
    QString error;
    std::optional<QByteArray> otp =
        readSecret(otpSource, otpOption, Tr::tr("Type the OTP sent to %1: ").arg(sentTo), &error);
    if (!otp) {
        Result failed;
        failed.error = Tr::tr("The OTP sent to %1 was not read. %2").arg(sentTo, error);
        return failed;
    }
    const QString challengeId = challenge.body.value(u"challenge_id"_s).toString();
    const QString otpText = QString::fromLatin1(otp->trimmed());
    otp->fill('\0');
    const ApiResult session = waitFor([&](QObject *context, OfficerApiClient::Callback done) {
        api.confirmSignIn(username, challengeId, otpText, deviceName, context, std::move(done));
    });
    if (session.httpStatus != 201) {
        qCWarning(lcCommandSignIn).noquote() << "Sign-in step 2 failed for" << username << "- status"
                                             << session.httpStatus << session.errorCode << session.networkError;
        return failure(session, subject);
    }

    Result signedIn;
    signedIn.outcome = Outcome::SignedIn;
    signedIn.session.serverUrl = api.serverUrl();
    signedIn.session.username = username;
    signedIn.session.deviceName = deviceName;
    signedIn.session.token = session.body.value(u"token"_s).toString();
    signedIn.session.officer = session.body.value(u"officer"_s).toObject();
    api.setToken(signedIn.session.token);
    qCInfo(lcCommandSignIn).noquote() << "Signed in" << username << "at" << subject.serverUrl;
    return signedIn;
}

bool CommandSignIn::signOut(OfficerApiClient &api, QString *error)
{
    const ApiResult result =
        waitFor([&](QObject *context, OfficerApiClient::Callback done) { api.signOut(context, std::move(done)); });
    api.setToken(QString());
    if (result.httpStatus == 204)
        return true;
    *error =
        u"sign-out returned HTTP status %1 %2 %3"_s.arg(result.httpStatus).arg(result.errorCode, result.networkError);
    return false;
}

} // namespace nodues::workstation
