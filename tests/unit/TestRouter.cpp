#include "http/Router.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace nodues::server;

namespace {

// A handler that responds with the name it was registered under and the path parameters.
RequestHandler echo(const QString &name)
{
    return [name](const Request &request) {
        QJsonObject parameters;
        for (auto it = request.pathParameters.cbegin(); it != request.pathParameters.cend(); ++it)
            parameters.insert(it.key(), it.value());
        return Response::json(200, QJsonObject{{u"route"_s, name}, {u"parameters"_s, parameters}});
    };
}

Request makeRequest(const QByteArray &method, const QByteArray &rawPath)
{
    Request request;
    request.method = method;
    request.rawPath = rawPath;
    request.target = rawPath;
    request.path = QString::fromUtf8(rawPath);
    request.requestId = u"test"_s;
    return request;
}

QJsonObject bodyOf(const Response &response)
{
    return QJsonDocument::fromJson(response.body).object();
}

} // namespace

class TestRouter : public QObject
{
    Q_OBJECT

private slots:
    void matchesLiteralAndParameters_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QString>("expectedPattern");
        QTest::addColumn<QString>("parameterName");
        QTest::addColumn<QString>("parameterValue");

        QTest::newRow("root") << "GET"_ba << "/"_ba << u"/"_s << QString() << QString();
        QTest::newRow("literal") << "GET"_ba << "/healthz"_ba << u"/healthz"_s << QString() << QString();
        QTest::newRow("parameter") << "GET"_ba << "/verify/NDC-2026-0001"_ba << u"/verify/{number}"_s << u"number"_s
                                   << u"NDC-2026-0001"_s;
        QTest::newRow("decoded parameter") << "GET"_ba << "/verify/a%20b"_ba << u"/verify/{number}"_s << u"number"_s
                                           << u"a b"_s;
        QTest::newRow("encoded slash stays in segment")
            << "GET"_ba << "/verify/a%2Fb"_ba << u"/verify/{number}"_s << u"number"_s << u"a/b"_s;
        QTest::newRow("devanagari parameter")
            << "GET"_ba << "/verify/%E0%A4%95"_ba << u"/verify/{number}"_s << u"number"_s << u"क"_s;
        QTest::newRow("middle parameter") << "POST"_ba << "/api/v1/applications/42/forward"_ba
                                          << u"/api/v1/applications/{id}/forward"_s << u"id"_s << u"42"_s;
        QTest::newRow("literal beats parameter") << "GET"_ba << "/api/v1/applications/pending"_ba
                                                 << u"/api/v1/applications/pending"_s << QString() << QString();
        QTest::newRow("parameter when literal differs") << "GET"_ba << "/api/v1/applications/77"_ba
                                                        << u"/api/v1/applications/{id}"_s << u"id"_s << u"77"_s;
    }
    void matchesLiteralAndParameters()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        QFETCH(QString, expectedPattern);
        QFETCH(QString, parameterName);
        QFETCH(QString, parameterValue);

        Router router;
        router.get(u"/"_s, echo(u"root"_s));
        router.get(u"/healthz"_s, echo(u"health"_s));
        router.get(u"/verify/{number}"_s, echo(u"verify"_s));
        // The parameter route is added first: specificity, not order, must decide.
        router.get(u"/api/v1/applications/{id}"_s, echo(u"one"_s));
        router.get(u"/api/v1/applications/pending"_s, echo(u"pending"_s));
        router.post(u"/api/v1/applications/{id}/forward"_s, echo(u"forward"_s));

        const Router::Match match = router.match(method, path);
        QCOMPARE(match.kind, Router::MatchKind::Found);
        QCOMPARE(match.pattern, expectedPattern);
        if (parameterName.isEmpty())
            QVERIFY(match.pathParameters.isEmpty());
        else
            QCOMPARE(match.pathParameters.value(parameterName), parameterValue);
    }

    void unmatchedPathIsNotFound_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::newRow("unknown") << "/nothing"_ba;
        QTest::newRow("trailing slash") << "/healthz/"_ba;
        QTest::newRow("extra segment") << "/verify/1/2"_ba;
        QTest::newRow("empty parameter") << "/verify/"_ba;
        QTest::newRow("case differs") << "/HEALTHZ"_ba;
    }
    void unmatchedPathIsNotFound()
    {
        QFETCH(QByteArray, path);
        Router router;
        router.get(u"/healthz"_s, echo(u"health"_s));
        router.get(u"/verify/{number}"_s, echo(u"verify"_s));

        QCOMPARE(router.match("GET", path).kind, Router::MatchKind::PathNotFound);
        const Response response = router.dispatch(makeRequest("GET", path));
        QCOMPARE(response.status, 404);
        QCOMPARE(bodyOf(response)[u"error"_s][u"code"_s].toString(), u"not_found"_s);
        QVERIFY(!bodyOf(response)[u"error"_s][u"message"_s].toString().isEmpty());
    }

    void secretPathsAreRedactedForLogs()
    {
        Router router;
        router.get(u"/d/{token}"_s, echo(u"download"_s));
        router.addSecretPathPrefix("/d/"_ba);
        QCOMPARE(router.loggablePath("/d/gIHKaClPnoM6hlsS02KWQA"_ba), "/d/<redacted>"_ba);
        QCOMPARE(router.loggablePath("/d/"_ba), "/d/<redacted>"_ba);
        QCOMPARE(router.loggablePath("/api/v1/version"_ba), "/api/v1/version"_ba);
        QCOMPARE(router.loggablePath("/dx/abc"_ba), "/dx/abc"_ba);
    }

    void wrongMethodListsAllowed()
    {
        Router router;
        router.get(u"/api/v1/applications/{id}"_s, echo(u"get"_s));
        router.put(u"/api/v1/applications/{id}"_s, echo(u"put"_s));
        router.del(u"/api/v1/applications/{id}"_s, echo(u"delete"_s));

        const Router::Match match = router.match("POST", "/api/v1/applications/5");
        QCOMPARE(match.kind, Router::MatchKind::MethodNotAllowed);
        QCOMPARE(match.allowedMethods, (QList<QByteArray>{"DELETE", "GET", "HEAD", "PUT"}));

        const Response response = router.dispatch(makeRequest("POST", "/api/v1/applications/5"));
        QCOMPARE(response.status, 405);
        QCOMPARE(response.headers.value("allow"), "DELETE, GET, HEAD, PUT"_ba);
        QCOMPARE(bodyOf(response)[u"error"_s][u"code"_s].toString(), u"method_not_allowed"_s);
    }

    void headUsesGetRoute()
    {
        Router router;
        router.get(u"/items/{id}"_s, echo(u"get"_s));
        const Router::Match match = router.match("HEAD", "/items/3");
        QCOMPARE(match.kind, Router::MatchKind::Found);
        QCOMPARE(match.pattern, u"/items/{id}"_s);
        QCOMPARE(match.pathParameters.value(u"id"_s), u"3"_s);
    }

    void explicitHeadRouteWins()
    {
        Router router;
        router.get(u"/items"_s, echo(u"get"_s));
        router.addOrDie("HEAD", u"/items"_s, echo(u"head"_s));
        const Response response = router.dispatch(makeRequest("HEAD", "/items"));
        QCOMPARE(bodyOf(response)[u"route"_s].toString(), u"head"_s);
    }

    void dispatchFillsPathParameters()
    {
        Router router;
        router.post(u"/api/v1/applications/{id}/documents/{document}"_s, echo(u"doc"_s));
        const Response response = router.dispatch(makeRequest("POST", "/api/v1/applications/12/documents/photo"));
        QCOMPARE(response.status, 200);
        const QJsonObject parameters = bodyOf(response)[u"parameters"_s].toObject();
        QCOMPARE(parameters[u"id"_s].toString(), u"12"_s);
        QCOMPARE(parameters[u"document"_s].toString(), u"photo"_s);
    }

    void invalidEncodingIsBadRequest_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::newRow("bad escape") << "/verify/%zz"_ba;
        QTest::newRow("short escape") << "/verify/%4"_ba;
        QTest::newRow("invalid utf-8") << "/verify/%C3%28"_ba;
        QTest::newRow("nul") << "/verify/a%00b"_ba;
    }
    void invalidEncodingIsBadRequest()
    {
        QFETCH(QByteArray, path);
        Router router;
        router.get(u"/verify/{number}"_s, echo(u"verify"_s));
        const Response response = router.dispatch(makeRequest("GET", path));
        QCOMPARE(response.status, 400);
        QCOMPARE(bodyOf(response)[u"error"_s][u"code"_s].toString(), u"invalid_path"_s);
    }

    void invalidPatternsRejected_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("expectedWords");
        QTest::newRow("no leading slash") << u"healthz"_s << u"must start with"_s;
        QTest::newRow("empty parameter") << u"/a/{}"_s << u"invalid parameter name"_s;
        QTest::newRow("bad parameter name") << u"/a/{1id}"_s << u"invalid parameter name"_s;
        QTest::newRow("parameter twice") << u"/a/{id}/b/{id}"_s << u"twice"_s;
        QTest::newRow("mixed segment") << u"/a/x{id}"_s << u"whole segment"_s;
        QTest::newRow("empty segment") << u"/a//b"_s << u"empty segment"_s;
        QTest::newRow("trailing slash") << u"/a/"_s << u"trailing"_s;
    }
    void invalidPatternsRejected()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, expectedWords);
        Router router;
        QString error;
        QVERIFY(!router.add("GET", pattern, echo(u"x"_s), &error));
        QVERIFY2(error.contains(expectedWords), qPrintable(error));
        QVERIFY2(error.contains(pattern), qPrintable(error));
        QVERIFY(router.routes().isEmpty());
    }

    void duplicateRouteRejected()
    {
        Router router;
        QString error;
        QVERIFY(router.add("GET", u"/a/{id}"_s, echo(u"x"_s), &error));
        QVERIFY(!router.add("GET", u"/a/{number}"_s, echo(u"y"_s), &error));
        QVERIFY2(error.contains(u"registered twice"_s), qPrintable(error));
        QVERIFY(router.add("POST", u"/a/{number}"_s, echo(u"z"_s), &error));
        QVERIFY(router.add("GET", u"/a/b"_s, echo(u"w"_s), &error));
    }

    void routesListedInOrder()
    {
        Router router;
        router.get(u"/healthz"_s, echo(u"a"_s));
        router.post(u"/api/v1/applications"_s, echo(u"b"_s));
        router.get(u"/verify/{number}"_s, echo(u"c"_s));
        const QList<RouteInfo> expected{{"GET", u"/healthz"_s},
                                        {"POST", u"/api/v1/applications"_s},
                                        {"GET", u"/verify/{number}"_s}};
        QCOMPARE(router.routes(), expected);
    }
};

QTEST_GUILESS_MAIN(TestRouter)
#include "TestRouter.moc"
