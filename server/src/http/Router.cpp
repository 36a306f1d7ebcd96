#include "http/Router.h"

#include "http/ApiError.h"
#include "http/RequestTarget.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace nodues::server {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Router)
};

// Returns true when a is more specific than b: at the first segment where they differ,
// a has a literal and b a parameter.
template<typename SegmentList>
bool moreSpecific(const SegmentList &a, const SegmentList &b)
{
    for (size_t i = 0; i < a.size() && i < b.size(); ++i) {
        if (a[i].parameter != b[i].parameter)
            return !a[i].parameter;
    }
    return false;
}

} // namespace

bool Router::parsePattern(const QString &pattern, std::vector<Segment> *segments, QString *error)
{
    if (!pattern.startsWith(u'/')) {
        *error = Tr::tr("The route pattern \"%1\" must start with \"/\".").arg(pattern);
        return false;
    }

    static const QRegularExpression parameterName(u"^[A-Za-z_][A-Za-z0-9_]*$"_s);
    QStringList names;
    const QStringList parts = pattern.mid(1).split(u'/');
    for (const QString &part : parts) {
        Segment segment;
        if (part.startsWith(u'{') && part.endsWith(u'}')) {
            segment.parameter = true;
            segment.literal = part.mid(1, part.size() - 2);
            if (!parameterName.match(segment.literal).hasMatch()) {
                *error = Tr::tr("The route pattern \"%1\" has an invalid parameter name \"%2\"; use letters, digits "
                                "and underscores.")
                             .arg(pattern, segment.literal);
                return false;
            }
            if (names.contains(segment.literal)) {
                *error = Tr::tr("The route pattern \"%1\" uses the parameter name \"%2\" twice.")
                             .arg(pattern, segment.literal);
                return false;
            }
            names.append(segment.literal);
        } else if (part.contains(u'{') || part.contains(u'}')) {
            *error = Tr::tr("The route pattern \"%1\" has a segment \"%2\" that mixes text and a parameter; a "
                            "parameter must be a whole segment.")
                         .arg(pattern, part);
            return false;
        } else if (part.isEmpty() && parts.size() > 1) {
            *error = Tr::tr("The route pattern \"%1\" has an empty segment or a trailing \"/\".").arg(pattern);
            return false;
        } else {
            segment.literal = part;
        }
        segments->push_back(segment);
    }
    return true;
}

bool Router::add(const QByteArray &method, const QString &pattern, RequestHandler handler, QString *error)
{
    Route route;
    route.method = method;
    route.pattern = pattern;
    route.handler = std::move(handler);
    if (method.isEmpty()) {
        *error = Tr::tr("The route \"%1\" has no method.").arg(pattern);
        return false;
    }
    if (!parsePattern(pattern, &route.segments, error))
        return false;

    // Two patterns with the same literals and parameters in the same places would be ambiguous.
    for (const Route &existing : m_routes) {
        if (existing.method != method || existing.segments.size() != route.segments.size())
            continue;
        bool same = true;
        for (size_t i = 0; i < existing.segments.size() && same; ++i) {
            const Segment &a = existing.segments[i];
            const Segment &b = route.segments[i];
            same = a.parameter == b.parameter && (a.parameter || a.literal == b.literal);
        }
        if (same) {
            *error = Tr::tr("The route %1 %2 is registered twice (first as %3).")
                         .arg(QString::fromLatin1(method), pattern, existing.pattern);
            return false;
        }
    }

    m_routes.push_back(std::move(route));
    return true;
}

void Router::addOrDie(const QByteArray &method, const QString &pattern, RequestHandler handler)
{
    QString error;
    if (!add(method, pattern, std::move(handler), &error))
        qFatal("%s", qPrintable(error));
}

QByteArray Router::loggablePath(const QByteArray &rawPath) const
{
    for (const QByteArray &prefix : m_secretPrefixes) {
        if (rawPath.startsWith(prefix))
            return prefix + "<redacted>"_ba;
    }
    return rawPath;
}

Router::Match Router::match(const QByteArray &method, const QByteArray &rawPath) const
{
    Match result;
    if (!rawPath.startsWith('/'))
        return result;

    const QList<QByteArray> rawSegments = rawPath.mid(1).split('/');
    QStringList segments;
    for (const QByteArray &rawSegment : rawSegments) {
        QString decoded;
        if (!percentDecode(rawSegment, &decoded)) {
            result.error = Tr::tr("The request path is not valid percent-encoded UTF-8.");
            return result;
        }
        segments.append(decoded);
    }

    const Route *best = nullptr;
    const Route *bestHead = nullptr;
    QList<QByteArray> allowed;
    for (const Route &route : m_routes) {
        if (route.segments.size() != size_t(segments.size()))
            continue;
        bool matches = true;
        for (size_t i = 0; i < route.segments.size() && matches; ++i) {
            const Segment &segment = route.segments[i];
            matches = segment.parameter ? !segments.at(qsizetype(i)).isEmpty() : segment.literal == segments.at(qsizetype(i));
        }
        if (!matches)
            continue;

        if (!allowed.contains(route.method))
            allowed.append(route.method);
        if (route.method == "GET" && !allowed.contains("HEAD"))
            allowed.append("HEAD");
        if (route.method == method && (!best || moreSpecific(route.segments, best->segments)))
            best = &route;
        if (method == "HEAD" && route.method == "GET" && (!bestHead || moreSpecific(route.segments, bestHead->segments)))
            bestHead = &route;
    }

    if (!best)
        best = bestHead;
    if (!best) {
        std::sort(allowed.begin(), allowed.end());
        result.kind = allowed.isEmpty() ? MatchKind::PathNotFound : MatchKind::MethodNotAllowed;
        result.allowedMethods = allowed;
        return result;
    }

    result.kind = MatchKind::Found;
    result.handler = &best->handler;
    result.pattern = best->pattern;
    for (size_t i = 0; i < best->segments.size(); ++i) {
        if (best->segments[i].parameter)
            result.pathParameters.insert(best->segments[i].literal, segments.at(qsizetype(i)));
    }
    return result;
}

Response Router::dispatch(Request request) const
{
    const Match found = match(request.method, request.rawPath);
    if (!found.error.isEmpty()) {
        return errorResponse(request, 400, u"invalid_path"_s,
                             {"HttpError",
                              QT_TRANSLATE_NOOP("HttpError", "The request path is not valid percent-encoded UTF-8."),
                              {}});
    }
    if (found.kind == MatchKind::PathNotFound) {
        return errorResponse(request, 404, u"not_found"_s,
                             {"HttpError", QT_TRANSLATE_NOOP("HttpError", "Nothing exists at the path %1."),
                              {request.path}});
    }
    if (found.kind == MatchKind::MethodNotAllowed) {
        Response response = errorResponse(
            request, 405, u"method_not_allowed"_s,
            {"HttpError", QT_TRANSLATE_NOOP("HttpError", "The path %1 does not accept %2; it accepts %3."),
             {request.path, QString::fromLatin1(request.method), QString::fromLatin1(found.allowedMethods.join(", "))}});
        response.headers.set("Allow", found.allowedMethods.join(", "));
        return response;
    }

    request.pathParameters = found.pathParameters;
    return (*found.handler)(request);
}

QList<RouteInfo> Router::routes() const
{
    QList<RouteInfo> result;
    for (const Route &route : m_routes)
        result.append({route.method, route.pattern});
    return result;
}

} // namespace nodues::server
