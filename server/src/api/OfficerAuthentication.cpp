#include "api/OfficerAuthentication.h"

#include "api/ConsumerAuthentication.h"
#include "api/ServerContext.h"
#include "http/ApiError.h"

using namespace Qt::Literals::StringLiterals;

namespace nodues::server {

bool authenticateOfficer(ServerContext &context, const Request &request, const QList<OfficerRole> &allowed,
                         OfficerCaller *caller, Response *failure)
{
    if (!authenticateSession(context, request, &caller->session, &caller->token, failure))
        return false;
    if (caller->session.subject != SessionSubject::Officer) {
        *failure = errorResponse(request, 403, u"not_an_officer_session"_s,
                                 {"ApiError",
                                  QT_TRANSLATE_NOOP("ApiError", "This route is for officers; a consumer's "
                                                                "token cannot be used here."),
                                  {}});
        return false;
    }

    QString error;
    const std::optional<Officer> officer = context.officerStore().find(caller->session.officerUsername, &error);
    if (!officer) {
        *failure = internalErrorResponse(
            request,
            error.isEmpty()
                ? u"Officer %1 of session %2 is missing"_s.arg(caller->session.officerUsername).arg(caller->session.id)
                : error);
        return false;
    }
    caller->officer = *officer;
    if (!allowed.contains(officer->role)) {
        const ResponseLanguage language = responseLanguage(request);
        QStringList roles;
        for (const OfficerRole role : allowed)
            roles.append(localized(officerRoleTitle(role)).toString(language));
        *failure =
            errorResponse(request, 403, u"role_not_allowed"_s,
                          {"ApiError",
                           QT_TRANSLATE_NOOP("ApiError", "Your role (%2) may not do this. It is open to: %1."),
                           {roles.join(u", "_s), localized(officerRoleTitle(officer->role)).toString(language)}});
        return false;
    }
    if (!Jurisdiction::load(context.database(), *officer, &caller->jurisdiction, &error)) {
        *failure = internalErrorResponse(request, error);
        return false;
    }
    return true;
}

Response applicationNotInJurisdiction(const Request &request, const QString &number)
{
    return errorResponse(request, 404, u"application_not_found"_s,
                         {"ApiError",
                          QT_TRANSLATE_NOOP("ApiError", "No application numbered %1 is in your jurisdiction. Check "
                                                        "the number, or sync to refresh your queue."),
                          {number.left(60)}});
}

} // namespace nodues::server
