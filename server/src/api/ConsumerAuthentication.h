#pragma once

#include "http/Request.h"
#include "http/Response.h"
#include "security/SessionStore.h"

#include <QString>

namespace nodues::server {

class ServerContext;

// The bearer token of "Authorization: Bearer <token>", or an empty string when the header is
// missing or uses another scheme.
QString bearerToken(const Request &request);

// Checks the request's bearer token against the session store. Returns true with session (and
// token, when given) filled for a valid session of anyone; otherwise false with failure set to:
//   401 "missing_token"     no Authorization: Bearer header;
//   401 "session_<status>"  the token is unknown, expired or revoked (session_not_found, ...);
//   500 "internal_error"    the database failed (the log has the reason).
// Every 401 carries WWW-Authenticate: Bearer.
bool authenticateSession(ServerContext &context, const Request &request, Session *session, QString *token,
                         Response *failure);

// Checks the request's bearer token against the session store and requires a consumer's session.
// Returns true with session (and token, when given) filled; otherwise false with failure set to:
//   401 "missing_token"     no Authorization: Bearer header;
//   401 "session_<status>"  the token is unknown, expired or revoked (session_not_found, ...);
//   403 "not_a_consumer_session" an officer's token;
//   500 "internal_error"    the database failed (the log has the reason).
// Every 401 carries WWW-Authenticate: Bearer.
bool authenticateConsumer(ServerContext &context, const Request &request, Session *session, QString *token,
                          Response *failure);

// Builds the 500 response for a database failure; the reason goes to the log with the request id only.
Response internalErrorResponse(const Request &request, const QString &logReason);

} // namespace nodues::server
