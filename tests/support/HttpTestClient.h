#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpSocket>

#include <optional>
#include <utility>

namespace nodues::test {

// One parsed HTTP/1.1 response as read off the socket.
struct HttpTestResponse
{
    int status = 0;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // The first value of a header, compared case-insensitively; empty when absent.
    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
};

// A blocking HTTP client over one QTcpSocket for tests: it sends exactly the bytes it is given
// (malformed or slow requests included) and parses responses with Content-Length bodies, the only
// kind the server sends. Runs on the test thread without an event loop.
class HttpTestClient
{
public:
    explicit HttpTestClient(quint16 port, const QString &host = QStringLiteral("127.0.0.1"));

    bool connectToServer(int timeoutMs = 2000);
    // Writes the bytes and waits until the socket has sent them; false when the connection fails.
    bool sendRaw(const QByteArray &bytes, int timeoutMs = 2000);
    // Reads one response; a response to HEAD has no body, whatever its Content-Length states.
    std::optional<HttpTestResponse> readResponse(int timeoutMs = 3000, bool head = false);

    // Sends a request with Host and Content-Length filled in, and reads its response.
    std::optional<HttpTestResponse> request(const QByteArray &method, const QByteArray &target,
                                            const QList<std::pair<QByteArray, QByteArray>> &headers = {},
                                            const QByteArray &body = {}, int timeoutMs = 3000);

    // True when the server closed the connection within the timeout (reading and dropping any
    // bytes that arrive meanwhile).
    bool waitForClosed(int timeoutMs);
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    QTcpSocket &socket() { return m_socket; }

private:
    bool fill(qsizetype needed, int timeoutMs);

    QString m_host;
    quint16 m_port;
    QTcpSocket m_socket;
    QByteArray m_buffer;
};

} // namespace nodues::test
