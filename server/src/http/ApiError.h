#pragma once

#include "http/Request.h"
#include "http/Response.h"
#include "http/ResponseLanguage.h"

#include <QString>

namespace nodues::server {

// Builds the uniform error body every route and the server itself send:
//   {"error": {"code": "not_found", "message": "No resource exists at /x."}}
// code is a stable snake_case identifier for programs; message is for people, in the language
// the request's Accept-Language prefers (see ResponseLanguage.h), also named in Content-Language.
Response errorResponse(const Request &request, int status, const QString &code, const LocalizedMessage &message);

// The same, for a language already chosen (the server's own errors, sent before a request is
// complete).
Response errorResponse(ResponseLanguage language, int status, const QString &code, const LocalizedMessage &message);

ResponseLanguage responseLanguage(const Request &request);

} // namespace nodues::server
