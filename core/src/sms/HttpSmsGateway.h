#pragma once

#include "sms/SmsGateway.h"
#include "sms/SmsHttpClient.h"

#include <QCoreApplication>

namespace nodues {

// A generic HTTP SMS API: a GET or POST to a URL template, with an optional body template and
// extra headers (an API key, for instance). Templates may use the placeholders {id}, {mobile},
// {text}, {template_id}, {sender}, {kind}, {language} and {unicode} ("1" for UCS-2 text, else
// "0"). Values are percent-encoded in the URL and in a form body, and JSON-escaped (without
// quotes) in a body whose content type mentions json. Any 2xx status is success.
struct HttpSmsSettings
{
    QString method = QStringLiteral("GET"); // GET or POST
    QString urlTemplate;                    // no default: it must be configured
    QString bodyTemplate;                   // POST only
    QString contentType = QStringLiteral("application/x-www-form-urlencoded");
    QList<std::pair<QByteArray, QByteArray>> headers;
    int timeoutMs = 30000;
};

class HttpSmsGateway final : public SmsGateway
{
    Q_DECLARE_TR_FUNCTIONS(HttpSmsGateway)

public:
    explicit HttpSmsGateway(HttpSmsSettings settings);

    // Checks the method, the templates' placeholders and that the URL is http or https.
    static bool validate(const HttpSmsSettings &settings, QString *error);

    QString name() const override { return QStringLiteral("http"); }
    SmsSendResult send(const SmsOutgoing &message) override;
    void cancel() override { m_client.cancel(); }

private:
    HttpSmsSettings m_settings;
    SmsHttpClient m_client;
};

} // namespace nodues
