#include "http/Response.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace nodues::server {

Response Response::json(int status, const QJsonObject &object)
{
    Response response;
    response.status = status;
    response.contentType = "application/json; charset=utf-8"_ba;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

Response Response::json(int status, const QJsonArray &array)
{
    Response response;
    response.status = status;
    response.contentType = "application/json; charset=utf-8"_ba;
    response.body = QJsonDocument(array).toJson(QJsonDocument::Compact);
    return response;
}

Response Response::text(int status, const QByteArray &utf8Text)
{
    Response response;
    response.status = status;
    response.contentType = "text/plain; charset=utf-8"_ba;
    response.body = utf8Text;
    return response;
}

Response Response::empty(int status)
{
    Response response;
    response.status = status;
    return response;
}

Response noStore(Response response)
{
    response.headers.set("Cache-Control"_ba, "no-store"_ba);
    return response;
}

Response withMembers(Response response, const QJsonObject &members)
{
    QJsonObject body = QJsonDocument::fromJson(response.body).object();
    for (auto it = members.constBegin(); it != members.constEnd(); ++it)
        body.insert(it.key(), it.value());
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100: return "Continue"_ba;
    case 200: return "OK"_ba;
    case 201: return "Created"_ba;
    case 202: return "Accepted"_ba;
    case 204: return "No Content"_ba;
    case 301: return "Moved Permanently"_ba;
    case 302: return "Found"_ba;
    case 303: return "See Other"_ba;
    case 304: return "Not Modified"_ba;
    case 400: return "Bad Request"_ba;
    case 401: return "Unauthorized"_ba;
    case 403: return "Forbidden"_ba;
    case 404: return "Not Found"_ba;
    case 405: return "Method Not Allowed"_ba;
    case 408: return "Request Timeout"_ba;
    case 409: return "Conflict"_ba;
    case 410: return "Gone"_ba;
    case 411: return "Length Required"_ba;
    case 412: return "Precondition Failed"_ba;
    case 413: return "Content Too Large"_ba;
    case 415: return "Unsupported Media Type"_ba;
    case 417: return "Expectation Failed"_ba;
    case 422: return "Unprocessable Content"_ba;
    case 428: return "Precondition Required"_ba;
    case 429: return "Too Many Requests"_ba;
    case 431: return "Request Header Fields Too Large"_ba;
    case 500: return "Internal Server Error"_ba;
    case 501: return "Not Implemented"_ba;
    case 502: return "Bad Gateway"_ba;
    case 503: return "Service Unavailable"_ba;
    case 504: return "Gateway Timeout"_ba;
    case 505: return "HTTP Version Not Supported"_ba;
    default: return "Unknown"_ba;
    }
}

} // namespace nodues::server
