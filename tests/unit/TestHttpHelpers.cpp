#include "Clock.h"
#include "http/ApiError.h"
#include "http/HttpHeaders.h"
#include "http/JsonBody.h"
#include "http/RateLimiter.h"
#include "http/RequestTarget.h"
#include "http/ResponseLanguage.h"
#include "http/SecurityHeaders.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;
using namespace nodues::server;

namespace {

Request jsonRequest(const QByteArray &contentType, const QByteArray &body)
{
    Request request;
    request.method = "POST";
    request.headers.add("content-type", contentType);
    request.body = body;
    return request;
}

QString errorCode(const Response &response)
{
    return QJsonDocument::fromJson(response.body).object()[u"error"_s][u"code"_s].toString();
}

} // namespace

class TestHttpHelpers : public QObject
{
    Q_OBJECT

private slots:
    void headersIgnoreCase()
    {
        HttpHeaders headers;
        headers.add("Content-Type", "application/json");
        headers.add("Set-Cookie", "a=1");
        headers.add("set-cookie", "b=2");
        QCOMPARE(headers.value("content-type"), "application/json"_ba);
        QCOMPARE(headers.value("CONTENT-TYPE"), "application/json"_ba);
        QCOMPARE(headers.values("Set-Cookie"), (QList<QByteArray>{"a=1", "b=2"}));
        QVERIFY(!headers.contains("Content-Length"));
        headers.set("SET-COOKIE", "c=3");
        QCOMPARE(headers.values("set-cookie"), QList<QByteArray>{"c=3"});
        headers.setIfAbsent("content-type", "text/plain");
        QCOMPARE(headers.value("Content-Type"), "application/json"_ba);
        headers.remove("content-TYPE");
        QVERIFY(!headers.contains("Content-Type"));
    }

    void acceptLanguageChoosesResponseLanguage_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<bool>("hindi");
        QTest::newRow("absent") << QByteArray() << false;
        QTest::newRow("hindi") << "hi"_ba << true;
        QTest::newRow("hindi india") << "hi-IN"_ba << true;
        QTest::newRow("hindi preferred") << "hi-IN,hi;q=0.9,en;q=0.8"_ba << true;
        QTest::newRow("english preferred") << "en-IN,en;q=0.9,hi;q=0.8"_ba << false;
        QTest::newRow("hindi by q") << "en;q=0.3, hi;q=0.7"_ba << true;
        QTest::newRow("tie keeps order") << "en, hi"_ba << false;
        QTest::newRow("other language first") << "fr, hi;q=0.5"_ba << true;
        QTest::newRow("only other language") << "fr-FR, de"_ba << false;
        QTest::newRow("hindi refused") << "hi;q=0, en;q=0.1"_ba << false;
        QTest::newRow("malformed q ignored") << "hi;q=abc, en;q=0.2"_ba << false;
        QTest::newRow("upper case") << "HI-IN"_ba << true;
        QTest::newRow("wildcard") << "*"_ba << false;
    }
    void acceptLanguageChoosesResponseLanguage()
    {
        QFETCH(QByteArray, header);
        QFETCH(bool, hindi);
        QCOMPARE(languageFromAcceptLanguage(header) == ResponseLanguage::Hindi, hindi);
    }

    void messageArgumentsSubstitutedOnce()
    {
        const LocalizedMessage message{"HttpError", "The path %1 does not accept %2.", {u"/a%2b"_s, u"POST"_s}};
        QCOMPARE(message.toString(ResponseLanguage::English), u"The path /a%2b does not accept POST."_s);
        // Without a Hindi catalogue the English source text is sent.
        QCOMPARE(message.toString(ResponseLanguage::Hindi), u"The path /a%2b does not accept POST."_s);
    }

    void errorResponseShape()
    {
        Request request;
        request.headers.add("Accept-Language", "hi");
        const Response response = errorResponse(
            request, 409, u"conflict"_s, {"HttpError", "Application %1 changed.", {u"APP-1"_s}});
        QCOMPARE(response.status, 409);
        QCOMPARE(response.contentType, "application/json; charset=utf-8"_ba);
        QCOMPARE(response.headers.value("Content-Language"), "hi"_ba);
        const QJsonObject body = QJsonDocument::fromJson(response.body).object();
        QCOMPARE(body.keys(), QStringList{u"error"_s});
        QCOMPARE(body[u"error"_s][u"code"_s].toString(), u"conflict"_s);
        QCOMPARE(body[u"error"_s][u"message"_s].toString(), u"Application APP-1 changed."_s);
    }

    void jsonBodyClassified_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("expectedStatus");
        QTest::addColumn<QString>("expectedCode");
        const QByteArray json = "application/json";
        QTest::newRow("object") << json << "{\"a\": [1, {\"b\": null}]}"_ba << 200 << QString();
        QTest::newRow("problem json") << "application/problem+json"_ba << "{}"_ba << 200 << QString();
        QTest::newRow("quoted charset") << "application/json;charset=\"utf-8\""_ba << "{}"_ba << 200 << QString();
        QTest::newRow("missing value") << json << "{\"a\": }"_ba << 400 << u"malformed_json"_s;
        QTest::newRow("single quotes") << json << "{'a': 1}"_ba << 400 << u"malformed_json"_s;
        QTest::newRow("garbage after") << json << "{\"a\": 1}x"_ba << 400 << u"malformed_json"_s;
        QTest::newRow("bad literal") << json << "{\"a\": tru}"_ba << 400 << u"malformed_json"_s;
        QTest::newRow("cut in string") << json << "{\"a\": \"12"_ba << 400 << u"truncated_json"_s;
        QTest::newRow("cut after comma") << json << "{\"a\": 1, "_ba << 400 << u"truncated_json"_s;
        QTest::newRow("cut in literal") << json << "{\"a\": tr"_ba << 400 << u"truncated_json"_s;
        QTest::newRow("cut in array") << json << "{\"a\": [1, 2"_ba << 400 << u"truncated_json"_s;
        QTest::newRow("cut after key") << json << "{\"a\""_ba << 400 << u"truncated_json"_s;
        QTest::newRow("only brace") << json << "{"_ba << 400 << u"truncated_json"_s;
        QTest::newRow("array") << json << "[]"_ba << 400 << u"json_not_object"_s;
        QTest::newRow("null") << json << "null"_ba << 400 << u"json_not_object"_s;
        QTest::newRow("whitespace only") << json << "  \r\n"_ba << 400 << u"empty_body"_s;
        QTest::newRow("xml") << "application/xml"_ba << "{}"_ba << 415 << u"unsupported_media_type"_s;
        QTest::newRow("json suffix not application") << "text/x+json"_ba << "{}"_ba << 415
                                                     << u"unsupported_media_type"_s;
    }
    void jsonBodyClassified()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(int, expectedStatus);
        QFETCH(QString, expectedCode);
        QJsonObject object;
        Response error;
        const bool parsed = parseJsonObjectBody(jsonRequest(contentType, body), &object, &error);
        QCOMPARE(parsed, expectedCode.isEmpty());
        if (!parsed) {
            QCOMPARE(error.status, expectedStatus);
            QCOMPARE(errorCode(error), expectedCode);
        }
    }

    void requestTargetParsed()
    {
        Request request;
        LocalizedMessage error;
        QVERIFY(parseRequestTarget("/verify/a%20b?lang=hi&q=a+b%2Bc&flag&=x", &request, &error));
        QCOMPARE(request.rawPath, "/verify/a%20b"_ba);
        QCOMPARE(request.path, u"/verify/a b"_s);
        QCOMPARE(request.queryValue(u"lang"_s), u"hi"_s);
        QCOMPARE(request.queryValue(u"q"_s), u"a b+c"_s);
        QVERIFY(request.hasQueryValue(u"flag"_s));
        QCOMPARE(request.queryValue(u"flag"_s, u"default"_s), QString());
        QCOMPARE(request.queryValue(u"missing"_s, u"default"_s), u"default"_s);
        QCOMPARE(request.queryParameters.size(), 4);

        QVERIFY(!parseRequestTarget("http://example.invalid/", &request, &error));
        QVERIFY(!parseRequestTarget("/a?x=%ff", &request, &error));
        QVERIFY(!parseRequestTarget("/a%0a", &request, &error));
    }

    void securityHeadersAdded()
    {
        Response json = Response::json(200, QJsonObject{});
        addSecurityHeaders(json);
        QCOMPARE(json.headers.value("X-Content-Type-Options"), "nosniff"_ba);
        QCOMPARE(json.headers.value("Cache-Control"), "no-store"_ba);
        QCOMPARE(json.headers.value("Referrer-Policy"), "no-referrer"_ba);
        QVERIFY(!json.headers.contains("Content-Security-Policy"));

        Response page = Response::text(200, "<p>x</p>");
        page.contentType = "text/html; charset=utf-8";
        page.headers.set("Cache-Control", "public, max-age=60");
        addSecurityHeaders(page);
        QCOMPARE(page.headers.value("Cache-Control"), "public, max-age=60"_ba);
        QCOMPARE(page.headers.value("Content-Security-Policy"), QByteArray(kHtmlContentSecurityPolicy));
    }

    void rateLimiterRefillsOverTime()
    {
        ManualClock clock(QDateTime(QDate(2026, 12, 4), QTime(10, 0), Qt::UTC));
        RateLimiter limiter(clock, 2.0, 3.0);  // 2 requests per second, bursts of 3

        for (int i = 0; i < 3; ++i)
            QVERIFY(limiter.take(u"10.0.0.1"_s).allowed);
        const RateLimiter::Decision refused = limiter.take(u"10.0.0.1"_s);
        QVERIFY(!refused.allowed);
        QCOMPARE(refused.retryAfterSeconds, 1);

        // Another address has its own bucket.
        QVERIFY(limiter.take(u"10.0.0.2"_s).allowed);

        clock.setNow(clock.nowUtc().addMSecs(499));
        QVERIFY(!limiter.take(u"10.0.0.1"_s).allowed);
        clock.setNow(clock.nowUtc().addMSecs(1));
        QVERIFY(limiter.take(u"10.0.0.1"_s).allowed);
        QVERIFY(!limiter.take(u"10.0.0.1"_s).allowed);

        // A long pause refills to the burst size and no further.
        clock.advanceSeconds(3600);
        for (int i = 0; i < 3; ++i)
            QVERIFY(limiter.take(u"10.0.0.1"_s).allowed);
        QVERIFY(!limiter.take(u"10.0.0.1"_s).allowed);
    }

    void rateLimiterCostAndRetryAfter()
    {
        ManualClock clock(QDateTime(QDate(2026, 12, 4), QTime(10, 0), Qt::UTC));
        RateLimiter limiter(clock, 0.1, 5.0);  // one token per 10 s
        QVERIFY(limiter.take(u"a"_s, 5.0).allowed);
        const RateLimiter::Decision refused = limiter.take(u"a"_s, 2.0);
        QVERIFY(!refused.allowed);
        QCOMPARE(refused.retryAfterSeconds, 20);

        Request request;
        request.clientAddress = u"a"_s;
        const Response response = tooManyRequestsResponse(request, refused);
        QCOMPARE(response.status, 429);
        QCOMPARE(response.headers.value("Retry-After"), "20"_ba);
        QCOMPARE(errorCode(response), u"too_many_requests"_s);
    }

    void rateLimiterClockBackwards()
    {
        ManualClock clock(QDateTime(QDate(2026, 12, 4), QTime(10, 0), Qt::UTC));
        RateLimiter limiter(clock, 1.0, 1.0);
        QVERIFY(limiter.take(u"a"_s).allowed);
        clock.advanceSeconds(-60);
        QVERIFY(!limiter.take(u"a"_s).allowed);
        clock.advanceSeconds(61);
        QVERIFY(limiter.take(u"a"_s).allowed);
    }

    void rateLimiterMemoryBounded()
    {
        ManualClock clock(QDateTime(QDate(2026, 12, 4), QTime(10, 0), Qt::UTC));
        RateLimiter limiter(clock, 1.0, 2.0, 100);
        for (int i = 0; i < 1000; ++i)
            limiter.take(u"10.0.%1.%2"_s.arg(i / 256).arg(i % 256));
        QVERIFY(limiter.trackedClients() <= 100);
    }
};

QTEST_GUILESS_MAIN(TestHttpHelpers)
#include "TestHttpHelpers.moc"
