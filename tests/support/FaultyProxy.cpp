#include "FaultyProxy.h"

#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace nodues::test {

// One client connection and its connection to the server. Both sockets are children of the
// proxy; the link itself is shared with the callbacks that may still run after it closed.
struct FaultyProxy::Link
{
    QPointer<QTcpSocket> client;
    QPointer<QTcpSocket> upstream;
    QByteArray toUpstream; // request bytes that arrived before the server connection was up
    QByteArray held;       // response bytes kept back in Hold mode
    qint64 answered = 0;   // response bytes passed to the client
    bool closed = false;
};

FaultyProxy::FaultyProxy(quint16 targetPort, QObject *parent)
    : QObject(parent)
    , m_targetPort(targetPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultyProxy::handleNewConnection);
}

FaultyProxy::~FaultyProxy()
{
    abortAll();
}

bool FaultyProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void FaultyProxy::abortAll()
{
    const QList<std::shared_ptr<Link>> links = m_links;
    for (const std::shared_ptr<Link> &link : links)
        closeLink(link);
}

void FaultyProxy::releaseHeld()
{
    for (const std::shared_ptr<Link> &link : std::as_const(m_links)) {
        if (!link->held.isEmpty() && link->client) {
            link->answered += link->held.size();
            link->client->write(std::exchange(link->held, {}));
        }
    }
}

void FaultyProxy::closeLink(std::shared_ptr<Link> link)
{
    if (link->closed)
        return;
    link->closed = true;
    m_links.removeAll(link);
    for (QTcpSocket *socket : {link->client.data(), link->upstream.data()}) {
        if (socket) {
            socket->abort();
            socket->deleteLater();
        }
    }
}

void FaultyProxy::handleNewConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        ++m_accepted;
        client->setParent(this);
        if (m_mode == Mode::Drop) {
            client->abort();
            client->deleteLater();
            continue;
        }
        auto link = std::make_shared<Link>();
        link->client = client;
        link->upstream = new QTcpSocket(this);
        m_links.append(link);

        connect(client, &QTcpSocket::readyRead, this, [this, link] {
            if (link->closed)
                return;
            if (m_mode == Mode::Drop) {
                closeLink(link);
                return;
            }
            const QByteArray bytes = link->client->readAll();
            m_requests += bytes;
            if (link->upstream->state() == QAbstractSocket::ConnectedState)
                link->upstream->write(bytes);
            else
                link->toUpstream += bytes;
        });
        connect(client, &QTcpSocket::disconnected, this, [this, link] { closeLink(link); });
        connect(link->upstream, &QTcpSocket::connected, this, [link] {
            if (!link->closed && !link->toUpstream.isEmpty())
                link->upstream->write(std::exchange(link->toUpstream, {}));
        });
        connect(link->upstream, &QTcpSocket::readyRead, this, [this, link] {
            if (!link->closed)
                forwardResponse(link, link->upstream->readAll());
        });
        connect(link->upstream, &QTcpSocket::disconnected, this, [this, link] {
            // The server closed: let delayed bytes go first, and keep held ones for releaseHeld().
            QTimer::singleShot(m_mode == Mode::Delay ? m_delayMs + 10 : 0, this, [this, link] {
                if (!link->closed && link->held.isEmpty())
                    closeLink(link);
            });
        });
        link->upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
    }
}

void FaultyProxy::forwardResponse(const std::shared_ptr<Link> &link, QByteArray bytes)
{
    switch (m_mode) {
    case Mode::Pass:
        link->answered += bytes.size();
        link->client->write(bytes);
        return;
    case Mode::Drop:
        closeLink(link);
        return;
    case Mode::Hold:
        link->held += bytes;
        emit responseWithheld();
        return;
    case Mode::Cut: {
        const qint64 room = std::max<qint64>(0, m_cutAfterBytes - link->answered);
        const QByteArray part = bytes.left(room);
        link->answered += part.size();
        if (!part.isEmpty()) {
            link->client->write(part);
            link->client->flush();
        }
        if (part.size() < bytes.size()) {
            emit responseWithheld();
            // Let the part reach the client before the cut.
            QTimer::singleShot(20, this, [this, link] {
                if (!link->closed)
                    closeLink(link);
            });
        }
        return;
    }
    case Mode::Delay:
        QTimer::singleShot(m_delayMs, this, [link, bytes] {
            if (link->closed || !link->client)
                return;
            link->answered += bytes.size();
            link->client->write(bytes);
        });
        return;
    }
}

} // namespace nodues::test
