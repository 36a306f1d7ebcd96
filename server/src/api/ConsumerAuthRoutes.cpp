#include "api/ConsumerAuthRoutes.h"

#include "Clock.h"
#include "Timestamp.h"
#include "api/ApiLogging.h"
#include "api/ConsumerAuthentication.h"
#include "api/JsonFields.h"
#include "api/OtpResponses.h"
#include "api/ServerContext.h"
#include "billing/MobileNumber.h"
#include "http/ApiError.h"
#include "http/JsonBody.h"
#include "http/Router.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace nodues::server {

namespace {


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
    *language = smsLanguageFromHeaders(request);
    return true;
}

Response tooManyCodes(const Request &request, const OtpIssueResult &result)
{
    return otpSendCappedResponse(request, result, u"too_many_codes_for_mobile"_s,
                                 QT_TRANSLATE_NOOP("ApiError", "Too many OTPs were sent to this mobile recently; wait "
                                                               "%1 s and ask again."));
}

Response requestOtp(ServerContext &context, const Request &request)
{
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
                                                            "digits (0-9), starting 6 to 9, optionally after +91."),
                              {text.left(40)}});
    }
    QString language;
    if (!smsLanguage(request, body, &language, &failure))
        return failure;
    // Taken once the request is valid, so a mistyped number does not use up the address's budget.
    const RateLimiter::Decision decision = context.otpRequestLimiter().take(request.clientAddress);
    if (!decision.allowed)
        return tooManyRequestsResponse(request, decision);

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

    const qint64 expiresIn = secondsUntil(context.clock().nowUtc(), result.expiresAt);
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
    static const OtpRejectionMessages messages{
        {"ApiError", QT_TRANSLATE_NOOP("ApiError", "This OTP has already been used; ask for a new one to sign in "
                                                   "again."),
         {}},
        {"ApiError", QT_TRANSLATE_NOOP("ApiError", "A newer OTP was sent to this mobile; enter the code from the "
                                                   "latest SMS."),
         {}},
        {"ApiError", QT_TRANSLATE_NOOP("ApiError", "This OTP was sent for another purpose and cannot sign you in; "
                                                   "ask for a sign-in OTP."),
         {}},
        {"ApiError", QT_TRANSLATE_NOOP("ApiError", "No OTP was sent with this challenge id; ask for a new OTP."), {}},
    };
    return otpRejectedResponse(request, OtpUse::SignIn, result, messages);
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
    if (!checkOtpFormat(request, otp, &failure))
        return failure;

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
