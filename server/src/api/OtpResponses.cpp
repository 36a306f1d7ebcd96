#include "api/OtpResponses.h"

#include "Timestamp.h"
#include "billing/MobileNumber.h"
#include "http/ApiError.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace nodues::server {

Response otpRejectedResponse(const Request &request, OtpUse use, const OtpVerifyResult &result,
                             const OtpRejectionMessages &messages)
{
    const QString code =
        result.status == OtpVerifyStatus::Ok ? u"otp_not_found"_s : u"otp_"_s + otpVerifyStatusCode(result.status);
    LocalizedMessage message;
    switch (result.status) {
    case OtpVerifyStatus::Wrong:
        message = result.attemptsLeft > 0
                      ? LocalizedMessage{"ApiError",
                                         QT_TRANSLATE_NOOP("ApiError", "The OTP is wrong. Tries left for this code: "
                                                                       "%1."),
                                         {QString::number(result.attemptsLeft)}}
                      : LocalizedMessage{"ApiError",
                                         QT_TRANSLATE_NOOP("ApiError", "The OTP is wrong and no tries are left for "
                                                                       "this code; ask for a new OTP."),
                                         {}};
        break;
    case OtpVerifyStatus::Expired:
        message = {"ApiError", QT_TRANSLATE_NOOP("ApiError", "This OTP has expired; ask for a new one."), {}};
        break;
    case OtpVerifyStatus::TooManyAttempts:
        message = {"ApiError",
                   QT_TRANSLATE_NOOP("ApiError", "This OTP was tried wrongly too often and no longer works; ask for "
                                                 "a new one."),
                   {}};
        break;
    case OtpVerifyStatus::AlreadyUsed:
        message = messages.alreadyUsed;
        break;
    case OtpVerifyStatus::Superseded:
        message = messages.superseded;
        break;
    case OtpVerifyStatus::WrongPurpose:
        message = messages.wrongPurpose;
        break;
    case OtpVerifyStatus::NotFound:
    case OtpVerifyStatus::Ok:
        message = messages.notFound;
        break;
    }

    Response response = errorResponse(request, use == OtpUse::SignIn ? 401 : 422, code, message);
    QJsonObject body = QJsonDocument::fromJson(response.body).object();
    // A wrong-purpose try on a live code also costs a try; attemptsLeft is 0 for the other statuses.
    body.insert(u"attempts_left"_s, result.attemptsLeft);
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

Response otpSendCappedResponse(const Request &request, const OtpIssueResult &result, const QString &mobileCapCode,
                               const char *mobileCapMessage)
{
    const QString seconds = QString::number(result.retryAfterSeconds);
    Response response =
        result.status == OtpIssueStatus::TooManyForAddress
            ? errorResponse(request, 429, u"too_many_codes_for_address"_s,
                            {"ApiError",
                             QT_TRANSLATE_NOOP("ApiError", "Too many OTPs were requested from your network address "
                                                           "recently; wait %1 s and ask again."),
                             {seconds}})
            : errorResponse(request, 429, mobileCapCode, {"ApiError", mobileCapMessage, {seconds}});
    response.headers.set("Retry-After"_ba, QByteArray::number(result.retryAfterSeconds));
    return response;
}

bool checkOtpFormat(const Request &request, const QString &otp, Response *failure)
{
    static const QRegularExpression sixDigits(u"^[0-9]{6}$"_s);
    if (sixDigits.match(otp).hasMatch())
        return true;
    *failure =
        errorResponse(request, 400, u"invalid_otp_format"_s,
                      {"ApiError", QT_TRANSLATE_NOOP("ApiError", "The OTP must be the 6 digits from the SMS."), {}});
    return false;
}

Response otpChallengeResponse(const QDateTime &now, const OtpIssueResult &result, const QString &recipientMobile,
                              const QJsonObject &extra)
{
    QJsonObject body{{u"challenge_id"_s, result.challengeId},
                     {u"expires_in_seconds"_s, secondsUntil(now, result.expiresAt)},
                     {u"expires_at"_s, Timestamp::toStorage(result.expiresAt)},
                     {u"sent_to_masked"_s, MobileNumber::mask(recipientMobile)}};
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        body.insert(it.key(), it.value());
    return noStore(Response::json(202, body));
}

qint64 secondsUntil(const QDateTime &now, const QDateTime &later)
{
    // Rounded up, so a code valid for 10 minutes reads 600 s and not 599 s after a few milliseconds.
    return qMax<qint64>(0, (now.msecsTo(later) + 999) / 1000);
}

QString smsLanguageFromHeaders(const Request &request)
{
    const QByteArray accept = request.header("Accept-Language"_ba);
    return !accept.isEmpty() && languageFromAcceptLanguage(accept) == ResponseLanguage::English ? u"en"_s : u"hi"_s;
}

} // namespace nodues::server
