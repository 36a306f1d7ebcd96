#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>

#include <memory>

class QTcpSocket;

namespace nodues::test {

// A TCP proxy on 127.0.0.1 in front of a server on another loopback port, for network fault
// tests: it passes traffic through, or drops, holds, delays or cuts it, as the test chooses.
// It runs on the thread that created it; the test's event loop (QSignalSpy::wait, QTRY_*) drives
// it. The mode applies to open connections too, at the next bytes that arrive.
class FaultyProxy final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FaultyProxy)

public:
    enum class Mode {
        Pass,  // forward both ways
        Drop,  // close every new connection at once, and open ones when they next send
        Hold,  // forward requests, keep the server's responses back (the client waits, then times out)
        Cut,   // forward requests, pass the first cutAfterBytes of a response, then cut both sides
        Delay, // forward both ways, each chunk of a response delayMs late
    };

    explicit FaultyProxy(quint16 targetPort, QObject *parent = nullptr);
    ~FaultyProxy() override;

    bool listen();
    quint16 port() const { return m_server.serverPort(); }

    void setMode(Mode mode) { m_mode = mode; }
    Mode mode() const { return m_mode; }
    void setCutAfterBytes(qint64 bytes) { m_cutAfterBytes = bytes; }
    void setDelayMs(int milliseconds) { m_delayMs = milliseconds; }
    // Aborts every open connection, as a broken link would.
    void abortAll();
    // Passes on the responses held so far (Hold mode stays on for later ones).
    void releaseHeld();

    int connectionCount() const { return m_accepted; }
    // How often marker occurs in everything clients sent, such as "POST /api/v1/officer/".
    int countInRequests(const QByteArray &marker) const { return int(m_requests.count(marker)); }

signals:
    // A response (or part of one) reached the proxy and was held back or cut.
    void responseWithheld();

private:
    struct Link;
    void handleNewConnection();
    void forwardResponse(const std::shared_ptr<Link> &link, QByteArray bytes);
    void closeLink(std::shared_ptr<Link> link);

    QTcpServer m_server;
    quint16 m_targetPort;
    Mode m_mode = Mode::Pass;
    qint64 m_cutAfterBytes = 0;
    int m_delayMs = 0;
    int m_accepted = 0;
    QByteArray m_requests;
    QList<std::shared_ptr<Link>> m_links;
};

} // namespace nodues::test
