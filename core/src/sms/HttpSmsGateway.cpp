#include "sms/HttpSmsGateway.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace nodues {

namespace {

enum class ValueEncoding { Percent, Json };

const QStringList &placeholderNames()
{
    static const QStringList names{u"id"_s,     u"mobile"_s, u"text"_s,     u"template_id"_s,
                                   u"sender"_s, u"kind"_s,   u"language"_s, u"unicode"_s};
    return names;
}

QString placeholderValue(const QString &name, const SmsOutgoing &message)
{
    if (name == u"id"_s)
        return QString::number(message.id);
    if (name == u"mobile"_s)
        return message.mobile;
    if (name == u"text"_s)
        return message.body;
    if (name == u"template_id"_s)
        return message.templateId;
    if (name == u"sender"_s)
        return message.senderId;
    if (name == u"kind"_s)
        return message.kind;
    if (name == u"language"_s)
        return message.language;
    return message.encoding == SmsEncoding::Ucs2 ? u"1"_s : u"0"_s;
}

QString encodeValue(const QString &value, ValueEncoding encoding)
{
    if (encoding == ValueEncoding::Percent)
        return QString::fromLatin1(QUrl::toPercentEncoding(value));
    // A one-element JSON array is ["..."]; the escaped string sits between the first two and
    // the last two characters.
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(2, array.size() - 4));
}

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(u"\\{([a-z_]+)\\}"_s);
    return pattern;
}

// Replaces the known placeholders of templateText; a {word} that is not one is left for
// validate() to report.
QString fill(const QString &templateText, const SmsOutgoing &message, ValueEncoding encoding)
{
    QString filled;
    qsizetype position = 0;
    QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(templateText);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (!placeholderNames().contains(match.captured(1)))
            continue;
        filled += templateText.mid(position, match.capturedStart() - position);
        filled += encodeValue(placeholderValue(match.captured(1), message), encoding);
        position = match.capturedEnd();
    }
    filled += templateText.mid(position);
    return filled;
}

ValueEncoding bodyEncoding(const HttpSmsSettings &settings)
{
    return settings.contentType.contains(u"json"_s, Qt::CaseInsensitive) ? ValueEncoding::Json : ValueEncoding::Percent;
}

constexpr qsizetype kMaxErrorBody = 300;

} // namespace

HttpSmsGateway::HttpSmsGateway(HttpSmsSettings settings)
    : m_settings(std::move(settings))
    , m_client(m_settings.timeoutMs)
{
}

bool HttpSmsGateway::validate(const HttpSmsSettings &settings, QString *error)
{
    if (settings.method != u"GET"_s && settings.method != u"POST"_s) {
        *error =
            tr("The HTTP SMS method \"%1\" is not supported; set sms/http_method to GET or POST.").arg(settings.method);
        return false;
    }
    if (settings.urlTemplate.isEmpty()) {
        *error = tr("The HTTP SMS gateway has no URL; set sms/http_url, for example "
                    "https://sms.example.in/send?to={mobile}&text={text}.");
        return false;
    }
    if (settings.method == u"GET"_s && !settings.bodyTemplate.isEmpty()) {
        *error = tr("sms/http_body is set but sms/http_method is GET; a body needs POST.");
        return false;
    }
    for (const QString &text : {settings.urlTemplate, settings.bodyTemplate}) {
        QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(text);
        while (it.hasNext()) {
            const QString name = it.next().captured(1);
            if (!placeholderNames().contains(name)) {
                *error = tr("The HTTP SMS template uses the unknown placeholder {%1}; the placeholders are %2.")
                             .arg(name, placeholderNames().join(u", "_s));
                return false;
            }
        }
    }
    const SmsOutgoing sample{1, u"9876543210"_s, u"sign_in_otp"_s, u"hi"_s, u"1"_s, u"ABCDEF"_s, u"x"_s};
    const QUrl url =
        QUrl::fromEncoded(fill(settings.urlTemplate, sample, ValueEncoding::Percent).toUtf8(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s) || url.host().isEmpty()) {
        *error = tr("The HTTP SMS URL \"%1\" is not a valid http:// or https:// address.").arg(settings.urlTemplate);
        return false;
    }
    return true;
}

SmsSendResult HttpSmsGateway::send(const SmsOutgoing &message)
{
    const QUrl url =
        QUrl::fromEncoded(fill(m_settings.urlTemplate, message, ValueEncoding::Percent).toUtf8(), QUrl::StrictMode);
    QNetworkRequest request(url);
    QByteArray body;
    if (m_settings.method == u"POST"_s) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_settings.contentType);
        body = fill(m_settings.bodyTemplate, message, bodyEncoding(m_settings)).toUtf8();
    }
    QStringList secrets;
    for (const auto &[name, value] : std::as_const(m_settings.headers)) {
        request.setRawHeader(name, value);
        secrets << QString::fromUtf8(value);
    }
    if (message.sensitive)
        secrets << message.body;

    const SmsHttpResponse response = m_client.execute(request, m_settings.method.toLatin1(), body);
    SmsSendResult result;
    if (!response.answered) {
        result.error = redactSecrets(u"HTTP SMS gateway: %1"_s.arg(response.error), secrets, message.sensitive);
        return result;
    }
    const QString answer = QString::fromUtf8(response.body).trimmed();
    if (response.status >= 200 && response.status < 300) {
        result.accepted = true;
        result.reference = answer.left(200);
        return result;
    }
    result.error =
        redactSecrets(u"HTTP SMS gateway returned HTTP %1: %2"_s.arg(response.status).arg(answer.left(kMaxErrorBody)),
                      secrets, message.sensitive);
    return result;
}

} // namespace nodues
