#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QQueue>
#include <QString>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace nodues::test {

// An HTTP/1.1 server on 127.0.0.1 (a free port) for tests of HTTP clients: it records every
// request and responds as configured, per request or for the next N requests. It understands
// Content-Length bodies and keep-alive connections, which is what QNetworkAccessManager sends;
// a chunked request gets 501. It lives on the thread that creates it, which must run an event
// loop (QTRY_* macros, QSignalSpy::wait) while clients talk to it.
class RecordingHttpServer final : public QObject
{
    Q_OBJECT

public:
    enum class Action {
        Respond, // respond with status and body
        Stall,   // read the request and never respond
        Close,   // read the request and close the connection without a response
    };

    struct Reply
    {
        Action action = Action::Respond;
        int status = 200;
        QByteArray body = "OK";
    };

    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query as sent
        QUrl url;          // target resolved against the server's address
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        // Form fields, decoded: from an application/x-www-form-urlencoded body, else the query.
        QMap<QString, QString> formFields;
        Reply reply; // how the server answered

        // The first header of that name, compared case-insensitively.
        QByteArray header(const QByteArray &name) const;
    };

    explicit RecordingHttpServer(QObject *parent = nullptr);
    ~RecordingHttpServer() override;

    // Listens on 127.0.0.1 at a free port; returns false if it cannot.
    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    // "http://127.0.0.1:PORT" + path
    QUrl url(const QString &path = QStringLiteral("/")) const;

    // The answer for requests with nothing queued; 200 "OK" until changed.
    void setDefaultReply(const Reply &reply) { m_defaultReply = reply; }
    // Answers the next count requests with reply, after any replies queued before.
    void queueReply(const Reply &reply, int count = 1);

    const QList<Request> &requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }

    // Decodes application/x-www-form-urlencoded text ('+' is a space).
    static QMap<QString, QString> decodeForm(const QByteArray &encoded);

signals:
    void requestRecorded();

private:
    void handleNewConnection();
    void handleReadyRead(QTcpSocket *socket);
    // Parses one complete request from the front of buffer; returns false if more bytes are needed.
    bool takeRequest(QByteArray &buffer, Request *request, bool *malformed);
    void answer(QTcpSocket *socket, int status, const QByteArray &body);

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QTcpSocket *> m_stalled;
    QQueue<Reply> m_queued;
    Reply m_defaultReply;
    QList<Request> m_requests;
};

} // namespace nodues::test
