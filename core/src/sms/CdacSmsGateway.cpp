#include "sms/CdacSmsGateway.h"

#include <QCryptographicHash>

using namespace Qt::Literals::StringLiterals;

namespace nodues {

namespace {

QString hexDigest(const QString &text, QCryptographicHash::Algorithm algorithm)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), algorithm).toHex());
}

// Characters of a gateway's response body kept in last_error.
constexpr qsizetype kMaxErrorBody = 300;

} // namespace

CdacSmsGateway::CdacSmsGateway(CdacSmsSettings settings)
    : m_settings(std::move(settings))
    , m_client(m_settings.timeoutMs)
{
}

QString CdacSmsGateway::serviceType(const SmsOutgoing &message)
{
    if (message.encoding == SmsEncoding::Ucs2)
        return message.sensitive ? u"unicodeotpmsg"_s : u"unicodemsg"_s;
    return message.sensitive ? u"otpmsg"_s : u"singlemsg"_s;
}

QString CdacSmsGateway::toHtmlEntities(const QString &text)
{
    // NOTE: C-DAC's samples convert UTF-16 code units, not code points, so a character outside
    // the Basic Multilingual Plane (an emoji) becomes two entities, one per surrogate. The
    // templates hold none, and this follows the samples rather than guess at another form.
    QString converted;
    converted.reserve(text.size() * 7);
    for (const QChar unit : text)
        converted += u"&#"_s + QString::number(unit.unicode()) + u';';
    return converted;
}

QList<std::pair<QString, QString>> CdacSmsGateway::formFields(const SmsOutgoing &message) const
{
    const QString content =
        (message.encoding == SmsEncoding::Ucs2 ? toHtmlEntities(message.body.trimmed()) : message.body.trimmed());
    const QString username = m_settings.username.trimmed();
    const QString senderId = message.senderId.trimmed();
    // The samples hash the password's ISO-8859-1 bytes; for an ASCII password that equals UTF-8.
    const QString passwordDigest = hexDigest(m_settings.password.trimmed(), QCryptographicHash::Sha1);
    const QString key =
        hexDigest(username + senderId + content + m_settings.secureKey.trimmed(), QCryptographicHash::Sha512);

    return {
        {u"username"_s, username},
        {u"password"_s, passwordDigest},
        {u"senderid"_s, senderId},
        {u"content"_s, content},
        {u"smsservicetype"_s, serviceType(message)},
        {u"mobileno"_s, message.mobile},
        {u"templateid"_s, message.templateId},
        {u"key"_s, key},
    };
}

SmsSendResult CdacSmsGateway::send(const SmsOutgoing &message)
{
    const QList<std::pair<QString, QString>> fields = formFields(message);
    QNetworkRequest request(m_settings.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    const SmsHttpResponse response = m_client.execute(request, "POST", encodeFormFields(fields));

    SmsSendResult result;
    const QString content = fields.at(3).second;
    const QString key = fields.at(7).second;
    if (!response.answered) {
        result.error = redact(u"C-DAC gateway: %1"_s.arg(response.error), message, content, key);
        return result;
    }

    const QString answer = QString::fromUtf8(response.body).trimmed();
    if (response.status == 200 && answer.startsWith(u"402"_s)) {
        result.accepted = true;
        const qsizetype idAt = answer.indexOf(u"MsgID"_s, 0, Qt::CaseInsensitive);
        const qsizetype equals = idAt < 0 ? -1 : answer.indexOf(u'=', idAt);
        result.reference = (equals < 0 ? answer : answer.mid(equals + 1).trimmed()).left(200);
        return result;
    }
    result.error = redact(u"C-DAC gateway returned HTTP %1: %2"_s.arg(response.status).arg(answer.left(kMaxErrorBody)),
                          message, content, key);
    return result;
}

QString CdacSmsGateway::redact(QString text, const SmsOutgoing &message, const QString &content,
                               const QString &key) const
{
    QStringList secrets{m_settings.password.trimmed(),
                        hexDigest(m_settings.password.trimmed(), QCryptographicHash::Sha1),
                        m_settings.secureKey.trimmed(), key};
    if (message.sensitive)
        secrets << content << message.body.trimmed();
    return redactSecrets(std::move(text), secrets, message.sensitive);
}

} // namespace nodues
