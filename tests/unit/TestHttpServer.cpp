#include "HttpTestClient.h"
#include "ServerProcess.h"
#include "TestDatabase.h"
#include "http/ApiError.h"
#include "http/HttpServer.h"
#include "http/JsonBody.h"
#include "http/Router.h"
#include "http/SystemRoutes.h"
#include "storage/Migrations.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>
#include <stdexcept>
#include <thread>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;
using namespace nodues::server;
using nodues::test::HttpTestClient;
using nodues::test::HttpTestResponse;

namespace {

// Options small enough that every limit and timeout is reached within a second or two.
HttpServerOptions shortOptions()
{
    HttpServerOptions options;
    options.address = u"127.0.0.1"_s;
    options.port = 0;
    options.ioThreads = 2;
    options.workerThreads = 4;
    options.readTimeout = std::chrono::milliseconds(1000);
    options.idleTimeout = std::chrono::milliseconds(1000);
    options.writeTimeout = std::chrono::milliseconds(2000);
    options.lingerTimeout = std::chrono::milliseconds(1000);
    return options;
}

QJsonObject jsonOf(const HttpTestResponse &response)
{
    return QJsonDocument::fromJson(response.body).object();
}

QString errorCodeOf(const HttpTestResponse &response)
{
    return jsonOf(response)[u"error"_s][u"code"_s].toString();
}

// The resident set size of this process (client and server together) in KiB.
qint64 residentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

class TestHttpServer : public QObject
{
    Q_OBJECT

private:
    Router m_router;
    std::atomic<int> m_echoCalls{0};
    std::atomic<int> m_slowFinished{0};
    QSemaphore m_slowStarted;
    QSemaphore m_slowRelease;

    std::unique_ptr<HttpServer> startServer(HttpServerOptions options = shortOptions())
    {
        auto server = std::make_unique<HttpServer>(m_router, options);
        QString error;
        if (!server->start(&error)) {
            QTest::qFail(qPrintable(u"Could not start the server: "_s + error), __FILE__, __LINE__);
            return nullptr;
        }
        return server;
    }

private slots:
    void initTestCase()
    {
        // One access log line per request would bury the test output; serveCommandRunsUntilSigterm
        // checks the access log of a real server process instead.
        QLoggingCategory::setFilterRules(u"nodues.server.http.info=false"_s);
        m_router.get(u"/items/{id}"_s, [](const Request &request) {
            return Response::json(200, QJsonObject{{u"id"_s, request.pathParameter(u"id"_s)},
                                                   {u"sort"_s, request.queryValue(u"sort"_s)}});
        });
        m_router.post(u"/items/{id}"_s, [](const Request &) { return Response::empty(204); });
        m_router.post(u"/echo"_s, [this](const Request &request) {
            ++m_echoCalls;
            QJsonObject object;
            Response error;
            if (!parseJsonObjectBody(request, &object, &error))
                return error;
            return Response::json(200, QJsonObject{{u"received"_s, object}});
        });
        m_router.post(u"/upload"_s, [this](const Request &request) {
            ++m_echoCalls;
            return Response::json(200, QJsonObject{{u"bytes"_s, qint64(request.body.size())}});
        });
        m_router.get(u"/slow"_s, [this](const Request &) {
            m_slowStarted.release();
            m_slowRelease.tryAcquire(1, 5000);
            ++m_slowFinished;
            return Response::text(200, "slow done");
        });
        m_router.get(u"/sleep"_s, [](const Request &) {
            QThread::msleep(20);
            return Response::text(200, "slept");
        });
        m_router.get(u"/throw"_s, [](const Request &) -> Response { throw std::runtime_error("handler failed"); });
        m_router.get(u"/bad-status"_s, [](const Request &) { return Response::empty(1000); });
        m_router.get(u"/framing"_s, [](const Request &) {
            Response response = Response::text(200, "four");
            response.headers.set("Content-Length", "999");
            response.headers.set("Transfer-Encoding", "chunked");
            return response;
        });
        m_router.get(u"/big"_s, [](const Request &) { return Response::text(200, QByteArray(32 * 1024 * 1024, 'b')); });
        m_router.get(u"/page"_s, [](const Request &) {
            Response response = Response::text(200, "<html><body>ok</body></html>");
            response.contentType = "text/html; charset=utf-8";
            return response;
        });
    }

    void init()
    {
        m_echoCalls = 0;
        m_slowFinished = 0;
        m_slowStarted.acquire(m_slowStarted.available());
        m_slowRelease.acquire(m_slowRelease.available());
    }

    void portZeroPicksFreePort()
    {
        const auto server = startServer();
        QVERIFY(server);
        QVERIFY(server->port() != 0);
        QCOMPARE(server->url(), u"http://127.0.0.1:%1"_s.arg(server->port()));
    }

    void busyPortIsReported()
    {
        const auto first = startServer();
        QVERIFY(first);
        HttpServerOptions options = shortOptions();
        options.port = first->port();
        HttpServer second(m_router, options);
        QString error;
        QVERIFY(!second.start(&error));
        QVERIFY2(error.contains(QString::number(first->port())), qPrintable(error));
    }

    void invalidAddressIsReported()
    {
        HttpServerOptions options = shortOptions();
        options.address = u"localhost.example"_s;
        HttpServer server(m_router, options);
        QString error;
        QVERIFY(!server.start(&error));
        QVERIFY2(error.contains(u"localhost.example"_s), qPrintable(error));
    }

    void routeMatchingOverTcp()
    {
        const auto server = startServer();
        QVERIFY(server);
        HttpTestClient client(server->port());
        QVERIFY(client.connectToServer());

        const auto found = client.request("GET", "/items/a%20b?sort=name+desc&x=1");
        QVERIFY(found);
        QCOMPARE(found->status, 200);
        QCOMPARE(jsonOf(*found)[u"id"_s].toString(), u"a b"_s);
        QCOMPARE(jsonOf(*found)[u"sort"_s].toString(), u"name desc"_s);

        const auto missing = client.request("GET", "/nothing/here");
        QVERIFY(missing);
        QCOMPARE(missing->status, 404);
        QCOMPARE(errorCodeOf(*missing), u"not_found"_s);

        const auto wrongMethod = client.request("DELETE", "/items/1");
        QVERIFY(wrongMethod);
        QCOMPARE(wrongMethod->status, 405);
        QCOMPARE(wrongMethod->header("Allow"), "GET, HEAD, POST"_ba);

        const auto noContent = client.request("POST", "/items/1");
        QVERIFY(noContent);
        QCOMPARE(noContent->status, 204);
        QVERIFY(noContent->body.isEmpty());
    }

    void headSendsHeadersOnly()
    {
        const auto server = startServer();
        QVERIFY(server);
        HttpTestClient client(server->port());
        QVERIFY(client.connectToServer());

        const auto get = client.request("GET", "/items/7");
        QVERIFY(get);
        const auto head = client.request("HEAD", "/items/7");
        QVERIFY(head);
        QCOMPARE(head->status, 200);
        QCOMPARE(head->header("Content-Length"), QByteArray::number(get->body.size()));
        QVERIFY(head->body.isEmpty());

        // A body sent after the HEAD response would be read here as a broken status line.
        const auto after = client.request("GET", "/items/8");
        QVERIFY(after);
        QCOMPARE(after->status, 200);
        QCOMPARE(jsonOf(*after)[u"id"_s].toString(), u"8"_s);
    }

    void keepAliveServesSeveralRequests()
    {
        const auto server = startServer();
        QVERIFY(server);
        HttpTestClient client(server->port());
        QVERIFY(client.connectToServer());
        for (int i = 0; i < 5; ++i) {
            const auto response = client.request("GET", "/items/" + QByteArray::number(i));
            QVERIFY(response);
            QCOMPARE(response->status, 200);
            QCOMPARE(jsonOf(*response)[u"id"_s].toString(), QString::number(i));
            QVERIFY(response->header("Connection").toLower() != "close");
        }
        QVERIFY(client.isConnected());
        QCOMPARE(server->stats().acceptedConnections, 1);
        QTRY_COMPARE(server->stats().requestsCompleted, 5);
    }

    void pipelinedRequestsAnsweredInOrder()
    {
        const auto server = startServer();
        QVERIFY(server);
        HttpTestClient client(server->port());
        QVERIFY(client.connectToServer());
        QVERIFY(client.sendRaw("GET /items/1 HTTP/1.1\r\nHost: x\r\n\r\nGET /items/2 HTTP/1.1\r\nHost: x\r\n\r\n"));
        const auto first = client.readResponse();
        const auto second = client.readResponse();
        QVERIFY(first && second);
        QCOMPARE(jsonOf(*first)[u"id"_s].toString(), u"1"_s);
        QCOMPARE(jsonOf(*second)[u"id"_s].toString(), u"2"_s);
    }

    void connectionCloseHonoured()
    {
        const auto server = startServer();
        QVERIFY(server);
        HttpTestClient client(server->port());
        QVERIFY(client.connectToServer());
        const auto response = client.request("GET", "/items/1", {{"Connection", "close"}});
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(response->header("Connection").toLower(), "close"_ba);
        QVERIFY(client.waitForClosed(1000));
    }

    void http10ClosesByDefault()
    {
        const auto server = startServer();
        QVERIFY(server);
        HttpTestClient client(server->port());
        QVERIFY(client.connectToServer());
        QVERIFY(client.sendRaw("GET /items/1 HTTP/1.0\r\n\r\n"));
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QVERIFY(client.waitForClosed(1000));
    }

    void oversizeBodyGives413()
    {
        const auto server = startServer();
        QVERIFY(server);
        HttpTestClient warmup(server->port());
        QVERIFY(warmup.connectToServer());
        QVERIFY(warmup.request("POST", "/upload", {}, QByteArray(1000, 'x')));
        const qint64 before = residentKiB();

        HttpTestClient client(server->port());
        QVERIFY(client.connectToServer());
        const qint64 total = 10 * 1024 * 1024;
        QVERIFY(client.sendRaw("POST /upload HTTP/1.1\r\nHost: x\r\nContent-Type: application/octet-stream\r\n"
                               "Content-Length: "
                               + QByteArray::number(total) + "\r\n\r\n"));
        // Send the body in pieces, as a real client would, until the server stops reading.
        const QByteArray chunk(64 * 1024, 'x');
        qint64 sent = 0;
        while (sent < total && client.isConnected()) {
            if (!client.sendRaw(chunk, 2000))
                break;
            sent += chunk.size();
        }
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 413);
        QCOMPARE(errorCodeOf(*response), u"body_too_large"_s);
        QCOMPARE(response->header("Connection").toLower(), "close"_ba);
        QVERIFY(client.waitForClosed(3000));
        QCOMPARE(m_echoCalls.load(), 1);  // the warm-up request only

        // A server that buffered the body would have grown by 10 MiB. AddressSanitizer keeps freed
        // memory in quarantine, so the client's own freed write buffers would count there.
#ifndef __SANITIZE_ADDRESS__
        const qint64 after = residentKiB();
        QVERIFY2(after - before < 4 * 1024, qPrintable(u"RSS grew from %1 KiB to %2 KiB"_s.arg(before).arg(after)));
#else
        Q_UNUSED(before);
#endif
    }

    void oversizeChunkedBodyGives413()
    {
        const auto server = startServer();
        QVERIFY(server);
        HttpTestClient client(server->port());
        QVERIFY(client.connectToServer());
        QVERIFY(client.sendRaw("POST /upload HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"));
        const QByteArray chunk = QByteArray::number(256 * 1024, 16) + "\r\n" + QByteArray(256 * 1024, 'y') + "\r\n";
        for (int i = 0; i < 8 && client.isConnected(); ++i) {
            if (!client.sendRaw(chunk))
                break;
        }
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 413);
        QCOMPARE(m_echoCalls.load(), 0);
    }

    void bodyWithinLimitAccepted()
    {
        const auto server = startServer();
        QVERIFY(server);
        HttpTestClient client(server->port());
        QVERIFY(client.connectToServer());
        const auto response = client.request("POST", "/upload", {}, QByteArray(1024 * 1024, 'z'));
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(jsonOf(*response)[u"bytes"_s].toInt(), 1024 * 1024);
    }

    void expectContinueAnswered()
    {
        const auto server = startServer();
        QVERIFY(server);
        HttpTestClient client(server->port());
        QVERIFY(client.connectToServer());
        QVERIFY(client.sendRaw("POST /upload HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n"));
        const auto interim = client.readResponse();
        QVERIFY(interim);
        QCOMPARE(interim->status, 100);
        QVERIFY(client.sendRaw("hello"));
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(jsonOf(*response)[u"bytes"_s].toInt(), 5);
    }

    void oversizeHeaderGives431()
    {
        const auto server = startServer();
        QVERIFY(server);
        HttpTestClient client(server->port());
        QVERIFY(client.connectToServer());
        const QByteArray cookie(10 * 1024, 'c');
        const auto response = client.request("GET", "/items/1", {{"Cookie", cookie}});
        QVERIFY(response);
        QCOMPARE(response->status, 431);
        QCOMPARE(errorCodeOf(*response), u"header_too_large"_s);
        QVERIFY(client.waitForClosed(3000));
    }

    void slowlorisClosedAfterReadTimeout()
    {
        const auto server = startServer();
        QVERIFY(server);
        HttpTestClient client(server->port());
        QVERIFY(client.connectToServer());
        QElapsedTimer elapsed;
        elapsed.start();
        QVERIFY(client.sendRaw("GET /items/1 HTTP/1.1\r\n"));

        // One header byte every 200 ms keeps any per-byte timer alive; the read timeout (1 s)
        // covers the whole header.
        bool closed = false;
        while (!closed && elapsed.elapsed() < 5000) {
            client.sendRaw("X", 500);
            closed = client.waitForClosed(200);
        }
        QVERIFY(closed);
        QVERIFY2(elapsed.elapsed() >= 900, qPrintable(QString::number(elapsed.elapsed())));
        QVERIFY2(elapsed.elapsed() < 4000, qPrintable(QString::number(elapsed.elapsed())));
    }

    void silentConnectionClosedAfterReadTimeout()
    {
        const auto server = startServer();
        QVERIFY(server);
        HttpTestClient client(server->port());
        QVERIFY(client.connectToServer());
        QElapsedTimer elapsed;
        elapsed.start();
        QVERIFY(client.waitForClosed(3000));
        QVERIFY(elapsed.elapsed() >= 900);
    }

    void idleKeepAliveClosed()
    {
        const auto server = startServer();
        QVERIFY(server);
        HttpTestClient client(server->port());
        QVERIFY(client.connectToServer());
        const auto response = client.request("GET", "/items/1");
        QVERIFY(response);
        QElapsedTimer elapsed;
        elapsed.start();
        QVERIFY(client.waitForClosed(3000));
        QVERIFY2(elapsed.elapsed() >= 900, qPrintable(QString::number(elapsed.elapsed())));
        QTRY_COMPARE(server->stats().activeConnections, 0);
    }

    void handlerFailureGives500()
    {
        const auto server = startServer();
        QVERIFY(server);
        HttpTestClient client(server->port());
        QVERIFY(client.connectToServer());

        const auto thrown = client.request("GET", "/throw");
        QVERIFY(thrown);
        QCOMPARE(thrown->status, 500);
        QCOMPARE(errorCodeOf(*thrown), u"internal_error"_s);
        QVERIFY(jsonOf(*thrown)[u"error"_s][u"message"_s].toString().contains(QString::fromLatin1(thrown->header("X-Request-Id"))));

        const auto invalid = client.request("GET", "/bad-status");
        QVERIFY(invalid);
        QCOMPARE(invalid->status, 500);

        const auto framing = client.request("GET", "/framing");
        QVERIFY(framing);
        QCOMPARE(framing->header("Content-Length"), "4"_ba);
        QVERIFY(!framing->hasHeader("Transfer-Encoding"));
        QCOMPARE(framing->body, "four"_ba);

        const auto after = client.request("GET", "/items/1");
        QVERIFY(after);
        QCOMPARE(after->status, 200);
    }

    void stalledReaderClosedAfterWriteTimeout()
    {
        HttpServerOptions options = shortOptions();
        options.writeTimeout = std::chrono::milliseconds(500);
        const auto server = startServer(options);
        QVERIFY(server);
        HttpTestClient client(server->port());
        QVERIFY(client.connectToServer());
        QVERIFY(client.sendRaw("GET /big HTTP/1.1\r\nHost: x\r\n\r\n"));

        // 32 MiB is more than the loopback socket buffers take, so the write stalls.
        QThread::msleep(2000);
        qint64 received = 0;
        QElapsedTimer elapsed;
        elapsed.start();
        while (client.socket().state() == QAbstractSocket::ConnectedState && elapsed.elapsed() < 5000) {
            client.socket().waitForReadyRead(200);
            received += client.socket().readAll().size();
        }
        QCOMPARE(client.socket().state(), QAbstractSocket::UnconnectedState);
        QVERIFY2(received < 32 * 1024 * 1024, qPrintable(QString::number(received)));
        QTRY_COMPARE(server->stats().activeConnections, 0);
    }

    void clientGoneDuringHandler()
    {
        const auto server = startServer();
        QVERIFY(server);
        {
            HttpTestClient client(server->port());
            QVERIFY(client.connectToServer());
            QVERIFY(client.sendRaw("GET /slow HTTP/1.1\r\nHost: x\r\n\r\n"));
            QVERIFY(m_slowStarted.tryAcquire(1, 2000));
            client.socket().abort();
        }
        // The handler finishes after its client is gone; its response has nowhere to go.
        m_slowRelease.release();
        QTRY_COMPARE(m_slowFinished.load(), 1);
        QTRY_COMPARE(server->stats().activeConnections, 0);

        HttpTestClient next(server->port());
        QVERIFY(next.connectToServer());
        const auto response = next.request("GET", "/items/2");
        QVERIFY(response);
        QCOMPARE(response->status, 200);
    }

    void concurrentClientsAllAnswered()
    {
        HttpServerOptions options = shortOptions();
        options.workerThreads = 8;
        const auto server = startServer(options);
        QVERIFY(server);
        std::vector<std::unique_ptr<HttpTestClient>> clients;
        for (int i = 0; i < 50; ++i) {
            clients.push_back(std::make_unique<HttpTestClient>(server->port()));
            QVERIFY(clients.back()->connectToServer());
            QVERIFY(clients.back()->sendRaw("GET /sleep HTTP/1.1\r\nHost: x\r\n\r\n"));
        }
        for (const auto &client : clients) {
            const auto response = client->readResponse(5000);
            QVERIFY(response);
            QCOMPARE(response->status, 200);
            QCOMPARE(response->body, "slept"_ba);
        }
        // The counter moves once the write completes, which may be after the client has read.
        QTRY_COMPARE(server->stats().requestsCompleted, 50);
    }

    void connectionsBeyondMaximumClosed()
    {
        HttpServerOptions options = shortOptions();
        options.maxConnections = 2;
        options.readTimeout = std::chrono::seconds(5);
        const auto server = startServer(options);
        QVERIFY(server);
        HttpTestClient first(server->port());
        HttpTestClient second(server->port());
        QVERIFY(first.connectToServer());
        QVERIFY(second.connectToServer());
        QTRY_COMPARE(server->stats().activeConnections, 2);

        HttpTestClient third(server->port());
        QVERIFY(third.connectToServer());
        QVERIFY(third.waitForClosed(1000));
        QTRY_COMPARE(server->stats().rejectedConnections, 1);

        // The connections already open still work.
        const auto response = first.request("GET", "/items/1");
        QVERIFY(response);
        QCOMPARE(response->status, 200);
    }

    void malformedRequestGives400_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("expectedStatus");
        QTest::newRow("garbage line") << "GARBAGE\r\n\r\n"_ba << 400;
        QTest::newRow("method only") << "GET\r\n\r\n"_ba << 400;
        QTest::newRow("bad method characters") << "G@T /items/1 HTTP/1.1\r\nHost: x\r\n\r\n"_ba << 400;
        QTest::newRow("missing version") << "GET /items/1\r\nHost: x\r\n\r\n"_ba << 400;
        QTest::newRow("space in target") << "GET /items/ 1 HTTP/1.1\r\nHost: x\r\n\r\n"_ba << 400;
        QTest::newRow("header without colon") << "GET /items/1 HTTP/1.1\r\nNoColonHere\r\n\r\n"_ba << 400;
        QTest::newRow("bad content length") << "POST /upload HTTP/1.1\r\nContent-Length: abc\r\n\r\n"_ba << 400;
        QTest::newRow("absolute target") << "GET http://example.invalid/items/1 HTTP/1.1\r\nHost: x\r\n\r\n"_ba << 400;
        QTest::newRow("asterisk target") << "OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n"_ba << 400;
        QTest::newRow("bad percent escape") << "GET /items/%zz HTTP/1.1\r\nHost: x\r\n\r\n"_ba << 400;
        QTest::newRow("bad query escape") << "GET /items/1?a=%G1 HTTP/1.1\r\nHost: x\r\n\r\n"_ba << 400;
        QTest::newRow("content length and chunked")
            << "POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"_ba
            << 400;
        QTest::newRow("two content lengths")
            << "POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nContent-Length: 5\r\n\r\nabcde"_ba << 400;
        QTest::newRow("http 2.0") << "GET /items/1 HTTP/2.0\r\nHost: x\r\n\r\n"_ba << 400;
        QTest::newRow("http 1.2") << "GET /items/1 HTTP/1.2\r\nHost: x\r\n\r\n"_ba << 400;
    }
    void malformedRequestGives400()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, expectedStatus);
        const auto server = startServer();
        QVERIFY(server);
        HttpTestClient client(server->port());
        QVERIFY(client.connectToServer());
        QVERIFY(client.sendRaw(request));
        const auto response = client.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, expectedStatus);
        QVERIFY(!errorCodeOf(*response).isEmpty());
        QVERIFY(!response->header("X-Request-Id").isEmpty());
    }

    void jsonBodyErrors_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("expectedStatus");
        QTest::addColumn<QString>("expectedCode");
        QTest::newRow("valid") << "application/json"_ba << "{\"ivrs\":\"1234567890\"}"_ba << 200 << QString();
        QTest::newRow("valid with charset") << "application/json; charset=UTF-8"_ba << "{}"_ba << 200 << QString();
        QTest::newRow("malformed") << "application/json"_ba << "{\"ivrs\": }"_ba << 400 << u"malformed_json"_s;
        QTest::newRow("truncated") << "application/json"_ba << "{\"ivrs\": \"12"_ba << 400 << u"truncated_json"_s;
        QTest::newRow("truncated object") << "application/json"_ba << "{\"ivrs\": \"12\", "_ba << 400
                                          << u"truncated_json"_s;
        QTest::newRow("array") << "application/json"_ba << "[1, 2]"_ba << 400 << u"json_not_object"_s;
        QTest::newRow("number") << "application/json"_ba << "42"_ba << 400 << u"json_not_object"_s;
        QTest::newRow("string") << "application/json"_ba << "\"text\""_ba << 400 << u"json_not_object"_s;
        QTest::newRow("empty") << "application/json"_ba << QByteArray() << 400 << u"empty_body"_s;
        QTest::newRow("text plain") << "text/plain"_ba << "{}"_ba << 415 << u"unsupported_media_type"_s;
        QTest::newRow("form") << "application/x-www-form-urlencoded"_ba << "a=1"_ba << 415
                              << u"unsupported_media_type"_s;
        QTest::newRow("latin1 charset") << "application/json; charset=iso-8859-1"_ba << "{}"_ba << 415
                                        << u"unsupported_media_type"_s;
        QTest::newRow("no content type") << QByteArray() << "{}"_ba << 415 << u"unsupported_media_type"_s;
    }
    void jsonBodyErrors()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(int, expectedStatus);
        QFETCH(QString, expectedCode);
        const auto server = startServer();
        QVERIFY(server);
        HttpTestClient client(server->port());
        QVERIFY(client.connectToServer());
        QList<std::pair<QByteArray, QByteArray>> headers;
        if (!contentType.isEmpty())
            headers.append({"Content-Type", contentType});
        const auto response = client.request("POST", "/echo", headers, body);
        QVERIFY(response);
        QCOMPARE(response->status, expectedStatus);
        if (expectedCode.isEmpty()) {
            QCOMPARE(QJsonDocument(jsonOf(*response)[u"received"_s].toObject()).toJson(QJsonDocument::Compact),
                     QJsonDocument::fromJson(body).toJson(QJsonDocument::Compact));
        } else {
            QCOMPARE(errorCodeOf(*response), expectedCode);
            QVERIFY(!jsonOf(*response)[u"error"_s][u"message"_s].toString().isEmpty());
            QCOMPARE(response->header("Content-Language"), "en"_ba);
        }
        // A client error leaves the connection usable.
        const auto next = client.request("GET", "/items/1");
        QVERIFY(next);
        QCOMPARE(next->status, 200);
    }

    void standardHeadersOnEveryResponse()
    {
        const auto server = startServer();
        QVERIFY(server);
        HttpTestClient client(server->port());
        QVERIFY(client.connectToServer());
        const auto json = client.request("GET", "/items/1");
        const auto missing = client.request("GET", "/none");
        const auto html = client.request("GET", "/page");
        QVERIFY(json && missing && html);
        for (const HttpTestResponse *response : {&*json, &*missing, &*html}) {
            QCOMPARE(response->header("X-Content-Type-Options"), "nosniff"_ba);
            QCOMPARE(response->header("Cache-Control"), "no-store"_ba);
            QCOMPARE(response->header("Referrer-Policy"), "no-referrer"_ba);
            QVERIFY(!response->header("X-Request-Id").isEmpty());
            QVERIFY(!response->header("Date").isEmpty());
        }
        QVERIFY(json->header("X-Request-Id") != missing->header("X-Request-Id"));
        QCOMPARE(json->header("Content-Type"), "application/json; charset=utf-8"_ba);
        QVERIFY(!json->hasHeader("Content-Security-Policy"));
        QVERIFY(html->header("Content-Security-Policy").contains("default-src 'none'"));
        QVERIFY(html->header("Content-Security-Policy").contains("frame-ancestors 'none'"));

        const auto traced = client.request("GET", "/items/1", {{"X-Request-Id", "abc-123"}});
        QVERIFY(traced);
        QCOMPARE(traced->header("X-Request-Id"), "abc-123"_ba);
        const auto injected = client.request("GET", "/items/1", {{"X-Request-Id", "bad id<script>"}});
        QVERIFY(injected);
        QVERIFY(injected->header("X-Request-Id") != "bad id<script>");
        QVERIFY(!injected->header("X-Request-Id").isEmpty());
    }

    void errorLanguageFollowsAcceptLanguage()
    {
        const auto server = startServer();
        QVERIFY(server);
        HttpTestClient client(server->port());
        QVERIFY(client.connectToServer());
        const auto hindi = client.request("GET", "/none", {{"Accept-Language", "hi-IN,hi;q=0.9,en;q=0.8"}});
        const auto english = client.request("GET", "/none", {{"Accept-Language", "en-IN,hi;q=0.5"}});
        QVERIFY(hindi && english);
        QCOMPARE(hindi->header("Content-Language"), "hi"_ba);
        QCOMPARE(english->header("Content-Language"), "en"_ba);
        QVERIFY(!jsonOf(*hindi)[u"error"_s][u"message"_s].toString().isEmpty());
    }

    void gracefulStopFinishesInFlight()
    {
        const auto server = startServer();
        QVERIFY(server);
        HttpTestClient busy(server->port());
        HttpTestClient idle(server->port());
        QVERIFY(busy.connectToServer());
        QVERIFY(idle.connectToServer());
        QVERIFY(idle.request("GET", "/items/1"));
        QVERIFY(busy.sendRaw("GET /slow HTTP/1.1\r\nHost: x\r\n\r\n"));
        QVERIFY(m_slowStarted.tryAcquire(1, 2000));

        // Let the handler finish a little after stop() has begun.
        std::thread releaser([this] {
            QThread::msleep(300);
            m_slowRelease.release();
        });
        server->stop(std::chrono::seconds(3));
        releaser.join();

        const auto response = busy.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(response->body, "slow done"_ba);
        QCOMPARE(response->header("Connection").toLower(), "close"_ba);
        QVERIFY(idle.waitForClosed(1000));
        QVERIFY(!server->isRunning());

        HttpTestClient late(server->port());
        QVERIFY(!late.connectToServer(500) || late.waitForClosed(500));
    }

    void healthzReportsSchema_data() { test::addBackendColumn(); }
    void healthzReportsSchema()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        Router router;
        addSystemRoutes(router, db->database(), u"9.9.9"_s);
        HttpServerOptions options = shortOptions();
        Database *const database = &db->database();
        options.workerThreadFinished = [database] { database->closeThreadConnection(); };
        HttpServer server(router, options);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));

        HttpTestClient client(server.port());
        QVERIFY(client.connectToServer());
        const auto health = client.request("GET", "/healthz");
        QVERIFY(health);
        QCOMPARE(health->status, 200);
        QCOMPARE(jsonOf(*health)[u"status"_s].toString(), u"ok"_s);
        QCOMPARE(jsonOf(*health)[u"schema_version"_s].toInt(), int(serverMigrations().back().version));

        const auto version = client.request("GET", "/api/v1/version");
        QVERIFY(version);
        QCOMPARE(version->status, 200);
        QCOMPARE(jsonOf(*version)[u"version"_s].toString(), u"9.9.9"_s);
        QCOMPARE(jsonOf(*version)[u"api"_s].toString(), u"v1"_s);
        server.stop();
    }

    void healthzUnavailableWithoutSchema_data() { test::addBackendColumn(); }
    void healthzUnavailableWithoutSchema()
    {
        QFETCH(QString, backend);
        QString skipReason;
        const auto db = test::TestDatabase::create(backend, &skipReason, false);
        if (!db)
            QSKIP(qPrintable(skipReason));
        Router router;
        addSystemRoutes(router, db->database(), u"9.9.9"_s);
        HttpServerOptions options = shortOptions();
        Database *const database = &db->database();
        options.workerThreadFinished = [database] { database->closeThreadConnection(); };
        HttpServer server(router, options);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));

        HttpTestClient client(server.port());
        QVERIFY(client.connectToServer());
        const auto health = client.request("GET", "/healthz");
        QVERIFY(health);
        QCOMPARE(health->status, 503);
        QCOMPARE(jsonOf(*health)[u"status"_s].toString(), u"unavailable"_s);
        QVERIFY(!errorCodeOf(*health).isEmpty());
        server.stop();
    }

    void serveCommandRunsUntilSigterm_data() { test::addBackendColumn(); }
    void serveCommandRunsUntilSigterm()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"NODUES_DB"_s);
        environment.remove(u"NODUES_CONFIG"_s);
        environment.remove(u"QT_LOGGING_RULES"_s);
        environment.insert(u"NODUES_LANG"_s, u"en"_s);
        environment.insert(u"NODUES_HTTP_BODY_LIMIT_BYTES"_s, u"2048"_s);
        // PostgreSQL has no file to keep the keys beside, so serve needs the folder named.
        environment.insert(u"NODUES_SECURITY_KEY_DIR"_s, db->scratchPath(u"keys"_s));
        process.setProcessEnvironment(environment);
        process.start(test::serverBinaryPath(),
                      {u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--threads"_s, u"2"_s, u"--db"_s, db->url()});
        QVERIFY2(process.waitForStarted(5000), qPrintable(process.errorString()));

        QByteArray output;
        const QRegularExpression listening(u"Listening on http://127\\.0\\.0\\.1:(\\d+)"_s);
        QRegularExpressionMatch match;
        QElapsedTimer elapsed;
        elapsed.start();
        while (!(match = listening.match(QString::fromUtf8(output))).hasMatch() && elapsed.elapsed() < 10000) {
            process.waitForReadyRead(200);
            output += process.readAllStandardOutput();
            QVERIFY2(process.state() == QProcess::Running, process.readAllStandardError().constData());
        }
        QVERIFY2(match.hasMatch(), output.constData());
        const quint16 port = quint16(match.captured(1).toUInt());

        HttpTestClient client(port);
        QVERIFY(client.connectToServer());
        const auto health = client.request("GET", "/healthz");
        QVERIFY(health);
        QCOMPARE(health->status, 200);
        QCOMPARE(jsonOf(*health)[u"status"_s].toString(), u"ok"_s);

        // The body limit comes from the http/body_limit_bytes setting.
        HttpTestClient upload(port);
        QVERIFY(upload.connectToServer());
        const auto tooLarge = upload.request("POST", "/healthz", {}, QByteArray(4096, 'x'));
        QVERIFY(tooLarge);
        QCOMPARE(tooLarge->status, 413);

        process.terminate();
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        const QString log = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(log.contains(u"GET /healthz 200"_s), qPrintable(log));
    }

    void serveRefusesUnmigratedDatabase()
    {
        QString skipReason;
        const auto db = test::TestDatabase::create(u"sqlite"_s, &skipReason, false);
        QVERIFY(db);
        const test::CommandResult result =
            test::runServerCommand({u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s}, db->url(), {}, 10000);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.standardError.contains(u"nodues-server init"_s), qPrintable(result.standardError));
    }

    void serveRejectsBadSetting()
    {
        QString skipReason;
        const auto db = test::TestDatabase::create(u"sqlite"_s, &skipReason);
        QVERIFY(db);
        QProcessEnvironment environment;
        environment.insert(u"NODUES_HTTP_MAX_CONNECTIONS"_s, u"many"_s);
        const test::CommandResult result = test::runServerCommand({u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s},
                                                                  db->url(), {}, 10000, environment);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.standardError.contains(u"http/max_connections"_s), qPrintable(result.standardError));
        QVERIFY2(result.standardError.contains(u"many"_s), qPrintable(result.standardError));
    }

    void serveRejectsBadListen_data()
    {
        QTest::addColumn<QString>("listen");
        QTest::newRow("no port") << u"127.0.0.1"_s;
        QTest::newRow("port too large") << u"127.0.0.1:70000"_s;
        QTest::newRow("host name") << u"example.invalid:80"_s;
        QTest::newRow("unbracketed ipv6") << u"::1:80"_s;
    }
    void serveRejectsBadListen()
    {
        QFETCH(QString, listen);
        QString skipReason;
        const auto db = test::TestDatabase::create(u"sqlite"_s, &skipReason);
        QVERIFY(db);
        const test::CommandResult result = test::runServerCommand({u"serve"_s, u"--listen"_s, listen}, db->url(), {}, 10000);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.standardError.contains(listen), qPrintable(result.standardError));
    }
};

QTEST_GUILESS_MAIN(TestHttpServer)
#include "TestHttpServer.moc"
