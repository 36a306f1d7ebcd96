#include "HttpTestClient.h"

#include <QDeadlineTimer>

namespace nodues::test {

QByteArray HttpTestResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool HttpTestResponse::hasHeader(const QByteArray &name) const
{
    for (const auto &field : headers) {
        if (field.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

HttpTestClient::HttpTestClient(quint16 port, const QString &host)
    : m_host(host)
    , m_port(port)
{
}

bool HttpTestClient::connectToServer(int timeoutMs)
{
    m_socket.connectToHost(m_host, m_port);
    return m_socket.waitForConnected(timeoutMs);
}

bool HttpTestClient::sendRaw(const QByteArray &bytes, int timeoutMs)
{
    if (m_socket.write(bytes) != bytes.size())
        return false;
    const QDeadlineTimer deadline(timeoutMs);
    while (m_socket.bytesToWrite() > 0) {
        if (!m_socket.waitForBytesWritten(int(deadline.remainingTime())))
            return false;
    }
    return true;
}

bool HttpTestClient::fill(qsizetype needed, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (m_buffer.size() < needed) {
        m_buffer += m_socket.readAll();
        if (m_buffer.size() >= needed)
            break;
        if (deadline.hasExpired() || !m_socket.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())))) {
            m_buffer += m_socket.readAll();
            return m_buffer.size() >= needed;
        }
    }
    return true;
}

std::optional<HttpTestResponse> HttpTestClient::readResponse(int timeoutMs, bool head)
{
    const QDeadlineTimer deadline(timeoutMs);
    qsizetype headerEnd = -1;
    while ((headerEnd = m_buffer.indexOf("\r\n\r\n")) < 0) {
        if (!fill(m_buffer.size() + 1, int(std::max<qint64>(1, deadline.remainingTime()))))
            return std::nullopt;
    }

    HttpTestResponse response;
    const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    if (statusLine.size() < 2 || !statusLine.first().startsWith("HTTP/1."))
        return std::nullopt;
    response.status = statusLine.at(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            response.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    m_buffer.remove(0, headerEnd + 4);

    const bool interim = response.status >= 100 && response.status < 200;
    const qsizetype length = head || interim ? 0 : response.header("Content-Length").toLongLong();
    if (!fill(length, int(std::max<qint64>(1, deadline.remainingTime()))))
        return std::nullopt;
    response.body = m_buffer.left(length);
    m_buffer.remove(0, length);
    return response;
}

std::optional<HttpTestResponse> HttpTestClient::request(const QByteArray &method, const QByteArray &target,
                                                        const QList<std::pair<QByteArray, QByteArray>> &headers,
                                                        const QByteArray &body, int timeoutMs)
{
    QByteArray message = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const auto &[name, value] : headers)
        message += name + ": " + value + "\r\n";
    if (!body.isEmpty() || method == "POST" || method == "PUT")
        message += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    message += "\r\n" + body;
    if (!sendRaw(message, timeoutMs))
        return std::nullopt;
    return readResponse(timeoutMs, method == "HEAD");
}

bool HttpTestClient::waitForClosed(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (m_socket.state() != QAbstractSocket::UnconnectedState) {
        if (deadline.hasExpired())
            return false;
        m_socket.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
        m_buffer += m_socket.readAll();
        if (m_socket.state() == QAbstractSocket::UnconnectedState || m_socket.error() == QAbstractSocket::RemoteHostClosedError)
            return true;
    }
    return true;
}

} // namespace nodues::test
