#pragma once

#include "http/Request.h"
#include "http/Response.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace nodues::server {

// Runs on a worker thread; may block on the database. Must be safe to call from several worker
// threads at once.
using RequestHandler = std::function<Response(const Request &request)>;

// A registered route, as listed for comparison with the OpenAPI document.
struct RouteInfo
{
    QByteArray method;
    QString pattern;

    bool operator==(const RouteInfo &other) const = default;
};

// Maps a method and a path to a handler.
//
// A pattern is a path of segments separated by "/", each either literal text or a parameter
// "{name}" that matches one whole non-empty segment: "/api/v1/applications/{id}/forward". The
// path is matched segment by segment before percent-decoding, so "%2F" inside a segment stays in
// that segment's parameter as "/". When several routes of the request's method match, the most
// specific wins: at the first segment where they differ, a literal beats a parameter. A path that
// matches a route of another method only gives 405 with an Allow header; no match at all gives
// 404. HEAD is answered by the GET route of the same pattern (the server sends no body) unless a
// HEAD route is registered. Routes are added before the server starts and not changed after.
class Router
{
public:
    // Adds a route; returns false and sets error when the pattern is invalid (not starting with
    // "/", an empty or malformed "{...}" segment, a parameter name used twice) or the same method
    // and pattern shape is already registered.
    bool add(const QByteArray &method, const QString &pattern, RequestHandler handler, QString *error);

    // Adds a route whose pattern is a constant in the code; an invalid one is a programming
    // error and stops the program with the reason.
    void addOrDie(const QByteArray &method, const QString &pattern, RequestHandler handler);
    void get(const QString &pattern, RequestHandler handler) { addOrDie("GET", pattern, std::move(handler)); }
    void post(const QString &pattern, RequestHandler handler) { addOrDie("POST", pattern, std::move(handler)); }
    void put(const QString &pattern, RequestHandler handler) { addOrDie("PUT", pattern, std::move(handler)); }
    void del(const QString &pattern, RequestHandler handler) { addOrDie("DELETE", pattern, std::move(handler)); }

    enum class MatchKind {
        Found,
        PathNotFound,
        MethodNotAllowed,
    };

    struct Match
    {
        MatchKind kind = MatchKind::PathNotFound;
        const RequestHandler *handler = nullptr;
        QString pattern;
        QHash<QString, QString> pathParameters;
        QList<QByteArray> allowedMethods;  // for MethodNotAllowed, sorted, HEAD added where GET is
        QString error;                     // set when a path segment is not valid percent-encoded UTF-8
    };

    // Declares that paths starting with prefix carry a secret after it (a download token), so
    // logs show loggablePath() instead of the path.
    void addSecretPathPrefix(const QByteArray &prefix) { m_secretPrefixes.append(prefix); }
    // rawPath with everything after a secret prefix replaced by "<redacted>".
    QByteArray loggablePath(const QByteArray &rawPath) const;

    // Matches a raw (still percent-encoded) path without its query string.
    Match match(const QByteArray &method, const QByteArray &rawPath) const;

    // Matches the request and calls the handler with the path parameters filled in, or returns
    // the 400, 404 or 405 error response.
    Response dispatch(Request request) const;

    // Every registered route in the order added (HEAD routes implied by GET are not listed).
    QList<RouteInfo> routes() const;

private:
    QList<QByteArray> m_secretPrefixes;
    struct Segment
    {
        QString literal;       // the decoded literal text, or the parameter name
        bool parameter = false;
    };

    struct Route
    {
        QByteArray method;
        QString pattern;
        std::vector<Segment> segments;
        RequestHandler handler;
    };

    static bool parsePattern(const QString &pattern, std::vector<Segment> *segments, QString *error);

    std::vector<Route> m_routes;
};

} // namespace nodues::server
