#include "api/ConsumerAuthentication.h"

#include "api/ApiLogging.h"
#include "api/ServerContext.h"
#include "http/ApiError.h"

using namespace Qt::Literals::StringLiterals;

namespace nodues::server {

namespace {

Response unauthorized(const Request &request, const QString &code, const LocalizedMessage &message)
{
    Response response = errorResponse(request, 401, code, message);
    response.headers.set("WWW-Authenticate"_ba, "Bearer realm=\"nodues\""_ba);
    return response;
}

} // namespace

QString bearerToken(const Request &request)
{
    const QByteArray value = request.header("Authorization"_ba).trimmed();
    const qsizetype space = value.indexOf(' ');
    if (space <= 0 || value.left(space).compare("Bearer"_ba, Qt::CaseInsensitive) != 0)
        return {};
    return QString::fromLatin1(value.mid(space + 1).trimmed());
}

Response internalErrorResponse(const Request &request, const QString &logReason)
{
    qCWarning(lcApi).noquote() << "Request" << request.requestId << "failed:" << logReason;
    return errorResponse(request, 500, u"internal_error"_s,
                         {"ApiError",
                          QT_TRANSLATE_NOOP("ApiError", "The server could not complete the request; the server log has "
                                                        "the reason (request id %1)."),
                          {request.requestId}});
}

bool authenticateSession(ServerContext &context, const Request &request, Session *session, QString *token,
                         Response *failure)
{
    const QString presented = bearerToken(request);
    if (presented.isEmpty()) {
        *failure = unauthorized(request, u"missing_token"_s,
                                {"ApiError", QT_TRANSLATE_NOOP("ApiError", "Sign in first and send the token as "
                                                                           "\"Authorization: Bearer <token>\"."),
                                 {}});
        return false;
    }
    SessionLookupStatus status = SessionLookupStatus::NotFound;
    QString error;
    if (!context.sessionStore().lookup(presented, &status, session, &error)) {
        *failure = internalErrorResponse(request, error);
        return false;
    }
    switch (status) {
    case SessionLookupStatus::Valid:
        break;
    case SessionLookupStatus::Expired:
        *failure = unauthorized(request, u"session_expired"_s,
                                {"ApiError", QT_TRANSLATE_NOOP("ApiError", "Your session has expired; sign in again "
                                                                           "with a new OTP."),
                                 {}});
        return false;
    case SessionLookupStatus::Revoked:
    case SessionLookupStatus::OfficerDisabled:
        *failure = unauthorized(request, u"session_"_s + sessionLookupStatusCode(status),
                                {"ApiError", QT_TRANSLATE_NOOP("ApiError", "This session has ended (signed out or "
                                                                           "revoked); sign in again with a new OTP."),
                                 {}});
        return false;
    case SessionLookupStatus::NotFound:
        *failure = unauthorized(request, u"session_not_found"_s,
                                {"ApiError", QT_TRANSLATE_NOOP("ApiError", "The bearer token is not valid; sign in "
                                                                           "again with a new OTP."),
                                 {}});
        return false;
    }
    if (token)
        *token = presented;
    return true;
}

bool authenticateConsumer(ServerContext &context, const Request &request, Session *session, QString *token,
                          Response *failure)
{
    if (!authenticateSession(context, request, session, token, failure))
        return false;
    if (session->subject != SessionSubject::Consumer) {
        *failure = errorResponse(request, 403, u"not_a_consumer_session"_s,
                                 {"ApiError", QT_TRANSLATE_NOOP("ApiError", "This route is for consumers; an officer's "
                                                                            "token cannot be used here."),
                                  {}});
        return false;
    }
    return true;
}

} // namespace nodues::server
