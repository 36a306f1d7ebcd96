#pragma once

#include "http/Request.h"
#include "http/Response.h"
#include "officers/Jurisdiction.h"
#include "officers/Officer.h"
#include "security/SessionStore.h"

#include <QList>
#include <QString>

namespace nodues::server {

class ServerContext;

// The officer behind a request, with the DCs the officer may act on.
struct OfficerCaller
{
    Session session;
    Officer officer;
    Jurisdiction jurisdiction;
    QString token;

    // "officer:<username>", for audit rows and events.
    QString actor() const { return session.auditActor(); }
};

// Checks the bearer token, requires an officer's session and one of the roles in allowed, and
// loads the officer's jurisdiction. Returns false with failure set to the 401 of
// authenticateSession(), 403 "not_an_officer_session" for a consumer's token, 403
// "role_not_allowed" naming the roles the route is for, or 500.
bool authenticateOfficer(ServerContext &context, const Request &request, const QList<OfficerRole> &allowed,
                         OfficerCaller *caller, Response *failure);

// 404 "application_not_found": used both for a number that does not exist and for one outside
// the caller's jurisdiction, so officers cannot probe other offices' numbers.
Response applicationNotInJurisdiction(const Request &request, const QString &number);

} // namespace nodues::server
