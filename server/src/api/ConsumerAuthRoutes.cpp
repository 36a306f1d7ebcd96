#include "api/ConsumerAuthRoutes.h"

#include "Clock.h"
#include "Timestamp.h"
#include "api/ApiLogging.h"
#include "api/ConsumerAuthentication.h"
#include "api/JsonFields.h"
#include "api/ServerContext.h"
#include "billing/MobileNumber.h"
#include "http/ApiError.h"
#include "http/JsonBody.h"
#include "http/Router.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace nodues::server {

namespace {

Response noStore(Response response)
{
    response.headers.set("Cache-Control"_ba, "no-store"_ba);
    return response;
}

// Chooses the SMS language: the body's "language" when given, else Hindi unless Accept-Language
// prefers English. Returns false with failure set for a language other than "hi" or "en".
bool smsLanguage(const Request &request, const QJsonObject &body, QString *language, Response *failure)
{
    if (body.contains(u"language"_s)) {
        QString value;
        if (!requireStringField(request, body, u"language"_s, &value, failure))
            return false;
        if (value != u"hi"_s && value != u"en"_s) {
            *failure = errorResponse(request, 400, u"invalid_language"_s,
                                     {"ApiError", QT_TRANSLATE_NOOP("ApiError", "The language \"%1\" is not supported; "
                                                                                "send \"hi\" or \"en\"."),
                                      {value.left(20)}});
            return false;
        }
        *language = value;
        return true;
    }
    const QByteArray accept = request.header("Accept-Language"_ba);
    *language = !accept.isEmpty() && languageFromAcceptLanguage(accept) == ResponseLanguage::English ? u"en"_s
                                                                                                    : u"hi"_s;
    return true;
}

Response tooManyCodes(const Request &request, const OtpIssueResult &result)
{
    const QString seconds = QString::number(result.retryAfterSeconds);
    Response response =
        result.status == OtpIssueStatus::TooManyForMobile
            ? errorResponse(request, 429, u"too_many_codes_for_mobile"_s,
                            {"ApiError",
                             QT_TRANSLATE_NOOP("ApiError", "Too many OTPs were sent to this mobile recently; wait %1 s "
                                                           "(Retry-After) and ask again."),
                             {seconds}})
            : errorResponse(request, 429, u"too_many_codes_for_address"_s,
                            {"ApiError",
                             QT_TRANSLATE_NOOP("ApiError", "Too many OTPs were requested from your network address "
                                                           "recently; wait %1 s (Retry-After) and ask again."),
                             {seconds}});
    response.headers.set("Retry-After"_ba, QByteArray::number(result.retryAfterSeconds));
    return response;
}

Response requestOtp(ServerContext &context, const Request &request)
{
    const RateLimiter::Decision decision = context.otpRequestLimiter().take(request.clientAddress);
    if (!decision.allowed)
        return tooManyRequestsResponse(request, decision);

    QJsonObject body;
    Response failure;
    if (!parseJsonObjectBody(request, &body, &failure))
        return failure;
    QString text;
    if (!requireStringField(request, body, u"mobile"_s, &text, &failure))
        return failure;
    // The core's reason is translated in the process's language, not the request's, so the
    // response carries only the API's own message.
    QString reason;
    const std::optional<QString> mobile = MobileNumber::normalize(text, &reason);
    if (!mobile) {
        return errorResponse(request, 400, u"invalid_mobile"_s,
                             {"ApiError",
                              QT_TRANSLATE_NOOP("ApiError", "The mobile number \"%1\" is not valid. Send the 10 "
                                                            "digits, starting 6 to 9, optionally after +91."),
                              {text.left(40)}});
    }
    QString language;
    if (!smsLanguage(request, body, &language, &failure))
        return failure;

    // Every valid mobile gets a code, whether or not any connection is billed to it: the response
    // and the work must not reveal which numbers are in the billing data, and a mobile without
    // a connection may still sign in to apply for a "no connection found" certificate.
    OtpIssueRequest issue;
    issue.recipientMobile = *mobile;
    issue.clientAddress = request.clientAddress;
    issue.language = language;
    issue.actor = u"consumer:"_s + MobileNumber::mask(*mobile);
    issue.delivery = OtpDelivery::Send;
    OtpIssueResult result;
    QString error;
    if (!context.otpService().issue(OtpBinding::consumerSignIn(*mobile), issue, &result, &error))
        return internalErrorResponse(request, error);
    if (result.status != OtpIssueStatus::Issued)
        return tooManyCodes(request, result);

    const qint64 expiresIn = qMax<qint64>(0, context.clock().nowUtc().secsTo(result.expiresAt));
    return noStore(Response::json(202, QJsonObject{{u"challenge_id"_s, result.challengeId},
                                                   {u"expires_in_seconds"_s, expiresIn},
                                                   {u"expires_at"_s, Timestamp::toStorage(result.expiresAt)},
                                                   {u"mobile_masked"_s, MobileNumber::mask(*mobile)}}));
}

// Reads the consumer mobile of a challenge from its subject "mobile:<10 digits>". The mobile is
// empty when no challenge has this id or it is not a consumer's. Returns false on a database error.
bool challengeMobile(Database &database, const QString &challengeId, QString *mobile, QString *error)
{
    mobile->clear();
    QSqlDatabase db = database.connection(error);
    if (!db.isOpen())
        return false;
    QSqlQuery query(db);
    if (!execPrepared(query, u"SELECT subject FROM otp_challenge WHERE challenge_id = :challenge_id"_s,
                      {{u"challenge_id"_s, challengeId}}, error))
        return false;
    if (query.next()) {
        const QString subject = query.value(0).toString();
        if (subject.startsWith(u"mobile:"_s))
            *mobile = subject.mid(7);
    }
    return true;
}

Response otpRejected(const Request &request, const OtpVerifyResult &result)
{
    const QString code = u"otp_"_s + otpVerifyStatusCode(result.status);
    Response response;
    switch (result.status) {
    case OtpVerifyStatus::Wrong:
        response = result.attemptsLeft > 0
                       ? errorResponse(request, 401, code,
                                       {"ApiError",
                                        QT_TRANSLATE_NOOP("ApiError", "The OTP is wrong; %1 more tries are left for "
                                                                      "this code."),
                                        {QString::number(result.attemptsLeft)}})
                       : errorResponse(request, 401, code,
                                       {"ApiError",
                                        QT_TRANSLATE_NOOP("ApiError", "The OTP is wrong and no tries are left for this "
                                                                      "code; ask for a new OTP."),
                                        {}});
        break;
    case OtpVerifyStatus::Expired:
        response = errorResponse(request, 401, code,
                                 {"ApiError", QT_TRANSLATE_NOOP("ApiError", "This OTP has expired; ask for a new one."),
                                  {}});
        break;
    case OtpVerifyStatus::TooManyAttempts:
        response = errorResponse(request, 401, code,
                                 {"ApiError", QT_TRANSLATE_NOOP("ApiError", "This OTP was tried wrongly too often and "
                                                                            "no longer works; ask for a new one."),
                                  {}});
        break;
    case OtpVerifyStatus::AlreadyUsed:
        response = errorResponse(request, 401, code,
                                 {"ApiError", QT_TRANSLATE_NOOP("ApiError", "This OTP has already been used; ask for "
                                                                            "a new one to sign in again."),
                                  {}});
        break;
    case OtpVerifyStatus::Superseded:
        response = errorResponse(request, 401, code,
                                 {"ApiError", QT_TRANSLATE_NOOP("ApiError", "A newer OTP was sent to this mobile; "
                                                                            "enter the code from the latest SMS."),
                                  {}});
        break;
    case OtpVerifyStatus::WrongPurpose:
        response = errorResponse(request, 401, code,
                                 {"ApiError", QT_TRANSLATE_NOOP("ApiError", "This OTP was sent for another purpose "
                                                                            "and cannot sign you in; ask for a "
                                                                            "sign-in OTP."),
                                  {}});
        break;
    case OtpVerifyStatus::NotFound:
    case OtpVerifyStatus::Ok:
        response = errorResponse(request, 401, u"otp_not_found"_s,
                                 {"ApiError", QT_TRANSLATE_NOOP("ApiError", "No OTP was sent with this challenge id; "
                                                                            "ask for a new OTP."),
                                  {}});
        break;
    }
    QJsonObject body = QJsonDocument::fromJson(response.body).object();
    body.insert(u"attempts_left"_s, result.status == OtpVerifyStatus::Wrong ? result.attemptsLeft : 0);
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

Response createSession(ServerContext &context, const Request &request)
{
    const RateLimiter::Decision decision = context.sessionRequestLimiter().take(request.clientAddress);
    if (!decision.allowed)
        return tooManyRequestsResponse(request, decision);

    QJsonObject body;
    Response failure;
    if (!parseJsonObjectBody(request, &body, &failure))
        return failure;
    QString challengeId;
    QString otp;
    if (!requireStringField(request, body, u"challenge_id"_s, &challengeId, &failure) ||
        !requireStringField(request, body, u"otp"_s, &otp, &failure))
        return failure;
    static const QRegularExpression sixDigits(u"^[0-9]{6}$"_s);
    if (!sixDigits.match(otp).hasMatch()) {
        // The value is not echoed: a mistyped OTP is still close to a real one.
        return errorResponse(request, 400, u"invalid_otp_format"_s,
                             {"ApiError", QT_TRANSLATE_NOOP("ApiError", "The OTP must be the 6 digits from the SMS."),
                              {}});
    }

    QString mobile;
    QString error;
    if (!challengeMobile(context.database(), challengeId, &mobile, &error))
        return internalErrorResponse(request, error);
    if (mobile.isEmpty())
        return otpRejected(request, OtpVerifyResult{OtpVerifyStatus::NotFound, 0});

    OtpVerifyRequest verify;
    verify.challengeId = challengeId;
    verify.code = otp;
    verify.clientAddress = request.clientAddress;
    verify.actor = u"consumer:"_s + MobileNumber::mask(mobile);
    OtpVerifyResult result;
    if (!context.otpService().verify(OtpBinding::consumerSignIn(mobile), verify, &result, &error))
        return internalErrorResponse(request, error);
    if (result.status != OtpVerifyStatus::Ok)
        return otpRejected(request, result);

    const std::optional<NewSession> created =
        context.sessionStore().createForConsumer(mobile, request.clientAddress, &error);
    if (!created)
        return internalErrorResponse(request, error);
    qCInfo(lcApi).noquote() << "Consumer" << MobileNumber::mask(mobile) << "signed in, session"
                            << created->session.id;
    const Session &session = created->session;
    return noStore(Response::json(201, QJsonObject{{u"token"_s, created->token},
                                                   {u"token_type"_s, u"Bearer"_s},
                                                   {u"expires_at"_s, Timestamp::toStorage(session.expiresAt)},
                                                   {u"expires_at_ist"_s, Timestamp::istDateTime(session.expiresAt)},
                                                   {u"absolute_expires_at"_s,
                                                    Timestamp::toStorage(session.absoluteExpiresAt)},
                                                   {u"mobile_masked"_s, MobileNumber::mask(mobile)}}));
}

Response deleteSession(ServerContext &context, const Request &request)
{
    Session session;
    QString token;
    Response failure;
    if (!authenticateConsumer(context, request, &session, &token, &failure))
        return failure;
    QString error;
    if (!context.sessionStore().signOut(token, &error)) {
        // signOut() fails both when a concurrent sign-out ended the session first, which is the
        // outcome the client requested, and on a database error. A second lookup tells them apart.
        SessionLookupStatus status = SessionLookupStatus::Valid;
        QString lookupError;
        if (!context.sessionStore().lookup(token, &status, nullptr, &lookupError) ||
            status == SessionLookupStatus::Valid)
            return internalErrorResponse(request, u"Sign-out of session %1 failed: %2"_s.arg(session.id).arg(error));
        qCInfo(lcApi).noquote() << "Session" << session.id << "had already ended at sign-out:" << error;
    }
    return noStore(Response::empty(204));
}

} // namespace

void addConsumerAuthRoutes(Router &router, ServerContext &context)
{
    router.post(u"/api/v1/consumer/otp"_s, [&context](const Request &request) { return requestOtp(context, request); });
    router.post(u"/api/v1/consumer/session"_s,
                [&context](const Request &request) { return createSession(context, request); });
    router.del(u"/api/v1/consumer/session"_s,
               [&context](const Request &request) { return deleteSession(context, request); });
}

} // namespace nodues::server
