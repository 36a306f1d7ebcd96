#pragma once

#include <QString>
#include <QtGlobal>

#include <chrono>
#include <functional>

namespace nodues::server {

// The limits and sizes of an HttpServer. Defaults suit a server behind nginx on one machine.
struct HttpServerOptions
{
    QString address = QStringLiteral("127.0.0.1");  // an IPv4 or IPv6 address to bind
    quint16 port = 8080;                            // 0 picks a free port; see HttpServer::port()
    int ioThreads = 2;                              // threads reading and writing sockets
    int workerThreads = 8;                          // threads running handlers
    qint64 bodyLimitBytes = 1024 * 1024;            // larger bodies get 413 and the connection closes
    quint32 headerLimitBytes = 8 * 1024;            // request line and header fields; larger get 431
    int maxConnections = 1024;                      // connections beyond this are closed at once

    // From a request's first byte until its body is complete; a slower client is disconnected.
    // A new connection's first request is timed from the moment it was accepted.
    std::chrono::milliseconds readTimeout = std::chrono::seconds(30);
    // How long a keep-alive connection may wait for its next request.
    std::chrono::milliseconds idleTimeout = std::chrono::seconds(60);
    // How long writing one response may take.
    std::chrono::milliseconds writeTimeout = std::chrono::seconds(30);
    // After an error response that closes the connection (413, 431, 400), how long the server
    // keeps reading and discarding what the client still sends, so the client sees the response
    // instead of a connection reset.
    std::chrono::milliseconds lingerTimeout = std::chrono::seconds(2);

    // Runs on each worker thread just before it ends; serve closes the thread's database
    // connection here (Database::closeThreadConnection()).
    std::function<void()> workerThreadFinished;
};

} // namespace nodues::server
