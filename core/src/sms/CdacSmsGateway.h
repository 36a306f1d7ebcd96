#pragma once

#include "sms/SmsGateway.h"
#include "sms/SmsHttpClient.h"

#include <QUrl>

namespace nodues {

// Account settings for C-DAC's Mobile Seva gateway.
struct CdacSmsSettings
{
    QUrl url; // the sendsmsrequestDLT endpoint; there is deliberately no default
    QString username;
    QString password;
    QString secureKey; // the department's secure key from the Mobile Seva portal
    int timeoutMs = 30000;
};

// C-DAC Mobile Seva's "sendsmsrequestDLT" form API, as used by C-DAC's own Java and C# client
// samples: an HTTP POST of the fields username, password (the SHA-1 hex digest of the
// password), senderid, content, smsservicetype, mobileno, templateid and key (the SHA-512 hex
// digest of username + senderid + content + secure key, each trimmed). UCS-2 text goes as
// smsservicetype "unicodemsg" ("unicodeotpmsg" for OTPs) with every UTF-16 code unit written
// as an HTML numeric entity "&#NNNN;", and the key covers that converted content; GSM 7-bit
// text goes as "singlemsg" ("otpmsg" for OTPs) unchanged. The gateway responds with HTTP 200 and
// "402,MsgID = <id>" when it accepts a message. Any other response is a failure.
class CdacSmsGateway final : public SmsGateway
{
public:
    explicit CdacSmsGateway(CdacSmsSettings settings);

    QString name() const override { return QStringLiteral("cdac"); }
    SmsSendResult send(const SmsOutgoing &message) override;
    void cancel() override { m_client.cancel(); }

    // The form fields for message, in the order they are sent.
    QList<std::pair<QString, QString>> formFields(const SmsOutgoing &message) const;

    static QString serviceType(const SmsOutgoing &message);
    // "&#2344;&#2379;..." for every UTF-16 code unit of text.
    static QString toHtmlEntities(const QString &text);

private:
    QString redact(QString text, const SmsOutgoing &message, const QString &content, const QString &key) const;

    CdacSmsSettings m_settings;
    SmsHttpClient m_client;
};

} // namespace nodues
