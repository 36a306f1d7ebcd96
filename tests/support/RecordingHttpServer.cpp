#include "RecordingHttpServer.h"

#include <QTcpSocket>

using namespace Qt::Literals::StringLiterals;

namespace nodues::test {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

QByteArray RecordingHttpServer::Request::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

RecordingHttpServer::RecordingHttpServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &RecordingHttpServer::handleNewConnection);
}

RecordingHttpServer::~RecordingHttpServer()
{
    m_server.close();
}

bool RecordingHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl RecordingHttpServer::url(const QString &path) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(port()).arg(path));
}

void RecordingHttpServer::queueReply(const Reply &reply, int count)
{
    for (int i = 0; i < count; ++i)
        m_queued.enqueue(reply);
}

QMap<QString, QString> RecordingHttpServer::decodeForm(const QByteArray &encoded)
{
    QMap<QString, QString> fields;
    const QList<QByteArray> pairs = encoded.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        QByteArray name = equals < 0 ? pair : pair.left(equals);
        QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        name.replace('+', ' ');
        value.replace('+', ' ');
        fields.insert(QUrl::fromPercentEncoding(name), QUrl::fromPercentEncoding(value));
    }
    return fields;
}

void RecordingHttpServer::handleNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { handleReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            m_stalled.removeAll(socket);
            socket->deleteLater();
        });
    }
}

void RecordingHttpServer::handleReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    // A stalled connection keeps reading (so the client's send completes) but never responds.
    if (m_stalled.contains(socket))
        return;

    for (;;) {
        Request request;
        bool malformed = false;
        if (!takeRequest(buffer, &request, &malformed)) {
            if (malformed) {
                answer(socket, 400, "malformed request");
                socket->disconnectFromHost();
            }
            return;
        }
        if (request.header("Transfer-Encoding").toLower().contains("chunked")) {
            answer(socket, 501, "chunked request bodies are not supported by this test server");
            socket->disconnectFromHost();
            return;
        }

        request.reply = m_queued.isEmpty() ? m_defaultReply : m_queued.dequeue();
        const Reply reply = request.reply;
        m_requests.append(request);
        emit requestRecorded();

        switch (reply.action) {
        case Action::Respond:
            answer(socket, reply.status, reply.body);
            break;
        case Action::Stall:
            m_stalled.append(socket);
            return;
        case Action::Close:
            buffer.clear();
            socket->abort();
            return;
        }
    }
}

bool RecordingHttpServer::takeRequest(QByteArray &buffer, Request *request, bool *malformed)
{
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        *malformed = buffer.size() > 64 * 1024;
        return false;
    }
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        *malformed = true;
        return false;
    }
    request->method = requestLine.at(0);
    request->target = requestLine.at(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            *malformed = true;
            return false;
        }
        request->headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }

    const QByteArray lengthText = request->header("Content-Length");
    bool ok = true;
    const qsizetype length = lengthText.isEmpty() ? 0 : lengthText.toLongLong(&ok);
    if (!ok || length < 0) {
        *malformed = true;
        return false;
    }
    const qsizetype total = headerEnd + 4 + length;
    if (buffer.size() < total)
        return false;

    request->body = buffer.mid(headerEnd + 4, length);
    buffer.remove(0, total);
    request->url = QUrl(url(QString()).toString() + QString::fromLatin1(request->target));
    const bool form = request->header("Content-Type").startsWith("application/x-www-form-urlencoded");
    const qsizetype question = request->target.indexOf('?');
    request->formFields =
        form ? decodeForm(request->body)
             : (question < 0 ? QMap<QString, QString>() : decodeForm(request->target.mid(question + 1)));
    return true;
}

void RecordingHttpServer::answer(QTcpSocket *socket, int status, const QByteArray &body)
{
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    response += "Content-Type: text/plain; charset=utf-8\r\n";
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    response += "\r\n";
    response += body;
    socket->write(response);
}

} // namespace nodues::test
