#include "http/HttpServer.h"

#include "http/HttpServerPrivate.h"

#include <QCoreApplication>

#include <boost/asio/post.hpp>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcHttp, "nodues.server.http")

namespace nodues::server {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HttpServer)
};

// How long accept() waits before retrying after an error such as "too many open files".
constexpr std::chrono::milliseconds kAcceptRetryDelay{100};

} // namespace

HttpServer::Private::Private(const Router &router, HttpServerOptions options)
    : router(router)
    , options(std::move(options))
{
}

void HttpServer::Private::startAccepting()
{
    acceptor->async_accept(asio::make_strand(*ioContext),
                           [this](const boost::system::error_code &error, tcp::socket socket) {
                               handleAccepted(error, std::move(socket));
                           });
}

void HttpServer::Private::handleAccepted(const boost::system::error_code &error, tcp::socket socket)
{
    if (error == asio::error::operation_aborted || stopping)
        return;
    if (error) {
        qCWarning(lcHttp).noquote() << "Could not accept a connection:" << QString::fromStdString(error.message())
                                    << "- retrying in" << kAcceptRetryDelay.count() << "ms";
        acceptRetryTimer->expires_after(kAcceptRetryDelay);
        acceptRetryTimer->async_wait([this](const boost::system::error_code &timerError) {
            if (!timerError && !stopping)
                startAccepting();
        });
        return;
    }

    boost::system::error_code endpointError;
    const tcp::endpoint peer = socket.remote_endpoint(endpointError);
    const QString clientAddress = endpointError ? u"unknown"_s : QString::fromStdString(peer.address().to_string());

    if (activeConnections.load() >= options.maxConnections) {
        const qint64 rejected = ++rejectedConnections;
        // One line per power of two keeps a flood from flooding the log as well.
        if ((rejected & (rejected - 1)) == 0)
            qCWarning(lcHttp).noquote() << "Closed a connection from" << clientAddress << "because"
                                        << options.maxConnections << "connections are open;" << rejected
                                        << "closed so far";
        boost::system::error_code ignored;
        socket.shutdown(tcp::socket::shutdown_both, ignored);
        socket.close(ignored);
    } else {
        ++acceptedConnections;
        const auto connection = std::make_shared<HttpConnection>(std::move(socket), *this, clientAddress);
        registerConnection(connection);
        connection->start();
    }
    startAccepting();
}

void HttpServer::Private::registerConnection(const std::shared_ptr<HttpConnection> &connection)
{
    const std::lock_guard lock(connectionsMutex);
    connections.emplace(connection.get(), connection);
    ++activeConnections;
}

void HttpServer::Private::unregisterConnection(HttpConnection *connection)
{
    {
        const std::lock_guard lock(connectionsMutex);
        connections.erase(connection);
        --activeConnections;
    }
    connectionsChanged.notify_all();
}

std::vector<std::shared_ptr<HttpConnection>> HttpServer::Private::liveConnections()
{
    std::vector<std::shared_ptr<HttpConnection>> result;
    const std::lock_guard lock(connectionsMutex);
    for (const auto &[pointer, weak] : connections) {
        if (auto connection = weak.lock())
            result.push_back(std::move(connection));
    }
    return result;
}

bool HttpServer::Private::waitForConnectionsUntil(std::chrono::steady_clock::time_point deadline)
{
    std::unique_lock lock(connectionsMutex);
    return connectionsChanged.wait_until(lock, deadline, [this] { return connections.empty(); });
}

HttpServer::HttpServer(const Router &router, HttpServerOptions options)
    : d(std::make_unique<Private>(router, std::move(options)))
{
}

HttpServer::~HttpServer()
{
    stop(std::chrono::milliseconds(0));
}

bool HttpServer::start(QString *error)
{
    if (d->running) {
        *error = Tr::tr("The HTTP server is already running on %1.").arg(url());
        return false;
    }

    boost::system::error_code parseError;
    const asio::ip::address address = asio::ip::make_address(d->options.address.toStdString(), parseError);
    if (parseError) {
        *error = Tr::tr("The listen address \"%1\" is not an IPv4 or IPv6 address; use for example 127.0.0.1 or ::1.")
                     .arg(d->options.address);
        return false;
    }

    d->ioContext = std::make_unique<asio::io_context>(std::max(1, d->options.ioThreads));
    d->acceptor = std::make_unique<tcp::acceptor>(asio::make_strand(*d->ioContext));
    d->acceptRetryTimer = std::make_unique<asio::steady_timer>(d->acceptor->get_executor());
    const tcp::endpoint endpoint(address, d->options.port);
    boost::system::error_code bindError;
    d->acceptor->open(endpoint.protocol(), bindError);
    if (!bindError)
        d->acceptor->set_option(asio::socket_base::reuse_address(true), bindError);
    if (!bindError && address.is_v6())
        d->acceptor->set_option(asio::ip::v6_only(true), bindError);
    if (!bindError)
        d->acceptor->bind(endpoint, bindError);
    if (!bindError)
        d->acceptor->listen(asio::socket_base::max_listen_connections, bindError);
    if (bindError) {
        *error = Tr::tr("Could not listen on %1 port %2: %3. Choose another address or port, or stop the program "
                        "using it.")
                     .arg(d->options.address)
                     .arg(d->options.port)
                     .arg(QString::fromStdString(bindError.message()));
        d->acceptRetryTimer.reset();
        d->acceptor.reset();
        d->ioContext.reset();
        return false;
    }

    d->boundAddress = QString::fromStdString(d->acceptor->local_endpoint().address().to_string());
    d->boundPort = d->acceptor->local_endpoint().port();
    d->stopping = false;
    d->workers = std::make_unique<WorkerPool>(d->options.workerThreads, d->options.workerThreadFinished);
    d->workGuard.emplace(d->ioContext->get_executor());
    d->startAccepting();
    for (int i = 0; i < std::max(1, d->options.ioThreads); ++i)
        d->ioThreads.emplace_back([this] { d->ioContext->run(); });
    d->running = true;
    qCInfo(lcHttp).noquote() << "Listening on" << url() << "with" << std::max(1, d->options.ioThreads) << "I/O and"
                             << d->workers->threadCount() << "worker threads";
    return true;
}

void HttpServer::stop(std::chrono::milliseconds grace)
{
    if (!d->running)
        return;
    const auto deadline = std::chrono::steady_clock::now() + grace;

    // No new connections; idle ones close now, busy ones after their response.
    d->stopping = true;
    asio::post(d->acceptor->get_executor(), [this] {
        boost::system::error_code ignored;
        d->acceptor->close(ignored);
        d->acceptRetryTimer->cancel();
    });
    for (const auto &connection : d->liveConnections())
        asio::post(connection->executor(), [connection] { connection->beginShutdown(); });

    if (!d->waitForConnectionsUntil(deadline)) {
        const auto remaining = d->liveConnections();
        qCWarning(lcHttp) << "Closing" << remaining.size() << "connections still open after the stop grace period of"
                          << grace.count() << "ms";
        for (const auto &connection : remaining)
            asio::post(connection->executor(), [connection] { connection->forceClose(); });
    }

    // Handlers still running finish here; their responses then find their connections closed.
    d->workers->stop();
    d->waitForConnectionsUntil(std::chrono::steady_clock::now() + std::chrono::seconds(1));

    d->workGuard.reset();
    d->ioContext->stop();
    for (std::thread &thread : d->ioThreads)
        thread.join();
    d->ioThreads.clear();
    d->acceptRetryTimer.reset();
    d->acceptor.reset();
    d->ioContext.reset();
    d->workers.reset();
    d->running = false;
    qCInfo(lcHttp).noquote() << "Stopped listening on" << url() << "after" << d->requestsCompleted.load()
                             << "requests";
}

bool HttpServer::isRunning() const
{
    return d->running;
}

quint16 HttpServer::port() const
{
    return d->boundPort;
}

QString HttpServer::address() const
{
    return d->boundAddress;
}

QString HttpServer::url() const
{
    const QString host = d->boundAddress.contains(u':') ? u'[' + d->boundAddress + u']' : d->boundAddress;
    return u"http://"_s + host + u':' + QString::number(d->boundPort);
}

HttpServerStats HttpServer::stats() const
{
    return {d->activeConnections.load(), d->acceptedConnections.load(), d->rejectedConnections.load(),
            d->requestsCompleted.load()};
}

const HttpServerOptions &HttpServer::options() const
{
    return d->options;
}

} // namespace nodues::server
