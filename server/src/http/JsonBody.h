#pragma once

#include "http/Request.h"
#include "http/Response.h"

#include <QJsonObject>

namespace nodues::server {

// Reads a request body that must be one JSON object, as the API's POST and PUT routes take.
// Returns false and sets errorResponse to the answer to send when:
//   - Content-Type is not application/json (or another type ending in +json), or names a charset
//     other than UTF-8: 415 "unsupported_media_type";
//   - the body is empty: 400 "empty_body";
//   - the body ends inside a value: 400 "truncated_json";
//   - the body is not valid JSON: 400 "malformed_json", naming the byte offset;
//   - the body is valid JSON but not an object: 400 "json_not_object".
bool parseJsonObjectBody(const Request &request, QJsonObject *object, Response *errorResponse);

// True when a Content-Type value names JSON in UTF-8 (the charset parameter may be absent).
bool isJsonContentType(const QByteArray &contentType);

} // namespace nodues::server
