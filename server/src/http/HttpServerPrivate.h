#pragma once

// Private to server/src/http: the Beast and asio types behind HttpServer. Only .cpp files of
// this folder include it, so code elsewhere compiles without Beast's headers.

#include "http/HttpServer.h"
#include "http/Request.h"
#include "http/Response.h"
#include "http/ResponseLanguage.h"
#include "http/Router.h"
#include "http/WorkerPool.h"

#include <QLoggingCategory>

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ip/v6_only.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>

#include <array>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

namespace nodues::server {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = boost::beast::http;
using tcp = boost::asio::ip::tcp;

class HttpConnection;

class HttpServer::Private
{
public:
    Private(const Router &router, HttpServerOptions options);

    void startAccepting();
    void handleAccepted(const boost::system::error_code &error, tcp::socket socket);

    // Called by each connection as it starts and as it is destroyed.
    void registerConnection(const std::shared_ptr<HttpConnection> &connection);
    void unregisterConnection(HttpConnection *connection);
    std::vector<std::shared_ptr<HttpConnection>> liveConnections();
    // Waits until no connection is open or the deadline passes; returns true when none is open.
    bool waitForConnectionsUntil(std::chrono::steady_clock::time_point deadline);

    const Router &router;
    const HttpServerOptions options;
    std::atomic<bool> stopping{false};
    std::atomic<qint64> activeConnections{0};
    std::atomic<qint64> acceptedConnections{0};
    std::atomic<qint64> rejectedConnections{0};
    std::atomic<qint64> requestsCompleted{0};

    std::mutex connectionsMutex;
    std::condition_variable connectionsChanged;
    std::map<HttpConnection *, std::weak_ptr<HttpConnection>> connections;

    QString boundAddress;
    quint16 boundPort = 0;
    bool running = false;

    // Destroyed before the counters and the mutex above: destroying the io_context destroys the
    // handlers still queued, and with them connections that unregister themselves.
    std::unique_ptr<WorkerPool> workers;
    std::unique_ptr<asio::io_context> ioContext;
    std::optional<asio::executor_work_guard<asio::io_context::executor_type>> workGuard;
    std::unique_ptr<tcp::acceptor> acceptor;
    std::unique_ptr<asio::steady_timer> acceptRetryTimer;
    std::vector<std::thread> ioThreads;
};

// One accepted TCP connection, serving requests one after another on its own strand.
class HttpConnection : public std::enable_shared_from_this<HttpConnection>
{
public:
    HttpConnection(tcp::socket socket, HttpServer::Private &server, QString clientAddress);
    ~HttpConnection();

    void start();
    // Posted by HttpServer::stop(): an idle connection closes now, a busy one after its response.
    void beginShutdown();
    // Posted when the stop grace period has run out.
    void forceClose();
    auto executor() { return m_stream.get_executor(); }

private:
    enum class State {
        WaitingForRequest,
        Reading,
        Handling,
        Writing,
        Closing,
    };

    // The facts about the request in progress that the access log line and the response need.
    struct Exchange
    {
        QByteArray method = QByteArrayLiteral("-");
        QByteArray rawPath = QByteArrayLiteral("-");
        QString requestId;
        ResponseLanguage language = ResponseLanguage::English;
        unsigned version = 11;
        bool keepAlive = false;
        bool head = false;
        std::chrono::steady_clock::time_point started;
    };

    void waitForRequest(bool firstRequest);
    void handleFirstBytes(const boost::system::error_code &error, std::size_t bytes);
    void readHeader();
    void handleHeader(const boost::system::error_code &error);
    void readBody();
    void handleBody(const boost::system::error_code &error);
    // Responds to a read error with 413, 431 or 400 for a bad request, and closes without a
    // response after a timeout or when the client went away.
    void handleReadError(const boost::system::error_code &error, const char *phase);
    void dispatch();
    void writeResponse(Response response, bool closeAfter);
    void handleWritten(const boost::system::error_code &error, bool closeAfter, int status);
    void sendErrorAndClose(int status, const QString &code, const LocalizedMessage &message);
    void lingerThenClose();
    void discardUntilClosed();
    void close();
    void logRequest(int status) const;
    Request buildRequest(LocalizedMessage *targetError, bool *targetValid);

    HttpServer::Private &m_server;
    beast::tcp_stream m_stream;
    beast::flat_buffer m_buffer;
    std::optional<http::request_parser<http::string_body>> m_parser;
    std::unique_ptr<http::response<http::string_body>> m_response;
    std::array<char, 16 * 1024> m_discard{};
    const QString m_clientAddress;
    State m_state = State::WaitingForRequest;
    bool m_lingering = false;
    Exchange m_exchange;
};

} // namespace nodues::server
