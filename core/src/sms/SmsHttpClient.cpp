#include "sms/SmsHttpClient.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace nodues {

SmsHttpClient::SmsHttpClient(int timeoutMs)
    : m_timeoutMs(timeoutMs)
{
}

SmsHttpClient::~SmsHttpClient() = default;

SmsHttpResponse SmsHttpClient::execute(QNetworkRequest request, const QByteArray &verb, const QByteArray &body)
{
    SmsHttpResponse response;
    if (m_cancelled) {
        response.error = u"cancelled because the dispatcher is stopping"_s;
        return response;
    }
    if (!m_manager)
        m_manager = std::make_unique<QNetworkAccessManager>();

    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *const reply = m_manager->sendCustomRequest(request, verb, body);

    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    {
        const QMutexLocker locker(&m_loopMutex);
        m_loop = &loop;
    }
    timer.start(m_timeoutMs);
    // cancel() may have run between the check above and the registration of the loop.
    if (!m_cancelled)
        loop.exec();
    {
        const QMutexLocker locker(&m_loopMutex);
        m_loop = nullptr;
    }

    if (!reply->isFinished()) {
        response.error = m_cancelled ? u"cancelled because the dispatcher is stopping"_s
                                     : u"no answer within %1 ms"_s.arg(m_timeoutMs);
        QObject::disconnect(reply, nullptr, &loop, nullptr);
        reply->abort();
        delete reply;
        return response;
    }

    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid()) {
        response.answered = true;
        response.status = status.toInt();
        response.body = reply->readAll();
    } else {
        response.error = reply->errorString();
    }
    delete reply;
    return response;
}

void SmsHttpClient::cancel()
{
    m_cancelled = true;
    const QMutexLocker locker(&m_loopMutex);
    if (m_loop)
        QMetaObject::invokeMethod(m_loop, &QEventLoop::quit, Qt::QueuedConnection);
}

QByteArray encodeFormFields(const QList<std::pair<QString, QString>> &fields)
{
    QByteArray encoded;
    for (const auto &[name, value] : fields) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return encoded;
}

QString redactSecrets(QString text, const QStringList &secrets, bool sensitive)
{
    for (const QString &secret : secrets) {
        if (!secret.isEmpty())
            text.replace(secret, u"***"_s);
    }
    if (sensitive) {
        static const QRegularExpression digitRun(u"(?<![0-9])[0-9]{4,8}(?![0-9])"_s);
        text.replace(digitRun, u"***"_s);
    }
    return text;
}

} // namespace nodues
