#pragma once

#include "http/Request.h"
#include "http/ResponseLanguage.h"

#include <QByteArray>
#include <QString>

namespace nodues::server {

// Splits an origin-form request target ("/path?query") into Request::target, rawPath, path and
// queryParameters. Returns false with error when the target is not origin-form (absolute URLs
// and "*" are rejected, because the server serves only its own paths), or when the path or query
// is not valid percent-encoded UTF-8.
bool parseRequestTarget(const QByteArray &target, Request *request, LocalizedMessage *error);

// Percent-decodes one path segment or query component as UTF-8. Returns false when an escape is
// malformed, or the result is not valid UTF-8 or contains a control character (NUL included).
bool percentDecode(const QByteArray &encoded, QString *decoded, bool plusIsSpace = false);

} // namespace nodues::server
