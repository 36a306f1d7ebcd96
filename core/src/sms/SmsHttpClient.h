#pragma once

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QNetworkRequest>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

class QEventLoop;
class QNetworkAccessManager;

namespace nodues {

// The outcome of one HTTP request made for an SMS gateway.
struct SmsHttpResponse
{
    bool answered = false; // a status line arrived
    int status = 0;
    QByteArray body;
    QString error; // a transport error, a timeout or a cancellation when no status line arrived
};

// Blocking HTTP requests for the SMS gateways, on the thread that creates the client.
//
// Each request runs a local event loop until the reply finishes, the timeout passes (the
// reply is then aborted) or cancel() is called from another thread. Redirects are not
// followed: a gateway that redirects is misconfigured, and following one would send
// credentials to a host that is not in the configuration.
class SmsHttpClient final
{
    Q_DISABLE_COPY_MOVE(SmsHttpClient)

public:
    explicit SmsHttpClient(int timeoutMs);
    ~SmsHttpClient();

    SmsHttpResponse execute(QNetworkRequest request, const QByteArray &verb, const QByteArray &body);
    void cancel();

private:
    int m_timeoutMs;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    std::atomic<bool> m_cancelled = false;
    QMutex m_loopMutex;
    QPointer<QEventLoop> m_loop;
};

// Encodes fields as application/x-www-form-urlencoded, percent-encoding every byte outside
// the unreserved set (QUrlQuery would leave '+' as it is, which servers read as a space).
QByteArray encodeFormFields(const QList<std::pair<QString, QString>> &fields);

// Replaces each non-empty secret in text by "***". For a sensitive message (an OTP) it also
// hides every run of 4 to 8 digits, so a gateway that echoes part of the request cannot put the
// code into last_error.
QString redactSecrets(QString text, const QStringList &secrets, bool sensitive);

} // namespace nodues
