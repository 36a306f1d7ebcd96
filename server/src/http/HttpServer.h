#pragma once

#include "http/HttpServerOptions.h"

#include <QString>
#include <QtGlobal>

#include <chrono>
#include <memory>

namespace nodues::server {

class Router;
class HttpConnection;

// Counters of a running server, read at any time from any thread.
struct HttpServerStats
{
    qint64 activeConnections = 0;
    qint64 acceptedConnections = 0;
    qint64 rejectedConnections = 0;  // closed at once because maxConnections were open
    qint64 requestsCompleted = 0;    // responses written in full, error responses included
};

// The HTTP/1.1 server: Boost.Beast on asio I/O threads, handlers on a worker pool.
//
// Each connection reads one request at a time with Beast's request parser, limited by the
// options' body and header limits and read timeout. A complete request goes to the router on a
// worker thread; the response comes back to the connection's I/O strand to be written. Keep-alive
// follows HTTP/1.1 (and "Connection: keep-alive" on HTTP/1.0); "Connection: close" is honoured.
// Request and response bodies are never logged; each request logs one line to
// nodues.server.http with method, path without query, status, duration, client and request id.
// Beast stays inside the .cpp files of this folder, so API code includes only plain types.
class HttpServer
{
    Q_DISABLE_COPY_MOVE(HttpServer)

public:
    // router must outlive the server and not change once start() has been called.
    HttpServer(const Router &router, HttpServerOptions options);
    ~HttpServer();  // stops with a zero grace period if still running

    // Binds, listens and starts the threads. Returns false with error when the address is invalid
    // or cannot be bound.
    bool start(QString *error);

    // Stops accepting, closes idle connections, lets requests already being read or handled
    // finish (their responses carry "Connection: close") until grace runs out, then closes every
    // connection and ends the threads. A handler still running when grace runs out is waited for,
    // because a thread cannot be interrupted safely mid-query.
    void stop(std::chrono::milliseconds grace = std::chrono::seconds(10));

    bool isRunning() const;
    // The bound port (the chosen one when the options asked for port 0).
    quint16 port() const;
    QString address() const;
    // "http://127.0.0.1:8080", "http://[::1]:8080".
    QString url() const;
    HttpServerStats stats() const;
    const HttpServerOptions &options() const;

private:
    friend class HttpConnection;
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace nodues::server
