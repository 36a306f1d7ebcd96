#pragma once

#include "http/HttpHeaders.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <utility>

namespace nodues::server {

// One HTTP request as a handler sees it, already read in full and checked against the server's
// limits. Handlers run on a worker thread and may block (database work); they never see Beast.
struct Request
{
    QByteArray method;      // as sent, e.g. "GET"; methods are case-sensitive
    QByteArray target;      // the raw request target, e.g. "/verify/123?lang=hi"
    QByteArray rawPath;     // the target's path, still percent-encoded, without the query string
    QString path;           // rawPath percent-decoded as UTF-8
    QHash<QString, QString> pathParameters;  // from the route pattern's {name} segments, decoded
    QList<std::pair<QString, QString>> queryParameters;  // decoded, "+" read as a space, in order
    HttpHeaders headers;
    QByteArray body;
    QString clientAddress;  // the peer's IP address, e.g. "127.0.0.1" or "::1"
    QString requestId;      // also sent back in the X-Request-Id response header
    int httpVersion = 11;   // 10 for HTTP/1.0, 11 for HTTP/1.1

    QByteArray header(const QByteArray &name) const { return headers.value(name); }
    QString pathParameter(const QString &name) const { return pathParameters.value(name); }
    // Returns the first value of the query parameter, or defaultValue when it is absent.
    QString queryValue(const QString &name, const QString &defaultValue = {}) const;
    bool hasQueryValue(const QString &name) const;
};

} // namespace nodues::server
