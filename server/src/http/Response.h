#pragma once

#include "http/HttpHeaders.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

namespace nodues::server {

// The answer a handler returns. The server adds Content-Length, Date, Connection, X-Request-Id
// and the security headers (see ResponseHeaders.h); a handler sets only what is its own.
struct Response
{
    int status = 200;
    HttpHeaders headers;
    QByteArray contentType;  // sent as Content-Type when the body is not empty
    QByteArray body;

    static Response json(int status, const QJsonObject &object);
    static Response json(int status, const QJsonArray &array);
    static Response text(int status, const QByteArray &utf8Text);
    // A response without a body, e.g. 204 No Content.
    static Response empty(int status);
};

// response with Cache-Control: no-store, for answers that carry tokens, codes or personal data.
Response noStore(Response response);

// response, whose body is a JSON object, with members added to that object (extra details of an
// error body, such as "problems" or "application").
Response withMembers(Response response, const QJsonObject &members);

// The standard reason phrase of a status code ("Not Found"), or "Unknown" for an unlisted code.
QByteArray reasonPhrase(int status);

} // namespace nodues::server
