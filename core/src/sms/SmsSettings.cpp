#include "sms/SmsSettings.h"

#include "sms/FileSmsGateway.h"
#include "sms/SmsTemplates.h"

#include <QFile>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace nodues {

namespace {

// Reads key as a whole number within [minimum, maximum]; keeps *value when the key is unset.
bool readInteger(const SmsSettings::Lookup &lookup, const QString &key, int minimum, int maximum, int *value,
                 QString *error)
{
    const QString text = lookup(key).trimmed();
    if (text.isEmpty())
        return true;
    bool ok = false;
    const int parsed = text.toInt(&ok);
    if (!ok || parsed < minimum || parsed > maximum) {
        *error = SmsSettings::tr("The setting %1 is \"%2\"; it must be a whole number from %3 to %4.")
                     .arg(key, text)
                     .arg(minimum)
                     .arg(maximum);
        return false;
    }
    *value = parsed;
    return true;
}

bool readHeadersFile(const QString &path, QList<std::pair<QByteArray, QByteArray>> *headers, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = SmsSettings::tr("Could not read the HTTP header file %1 (sms/http_headers_file): %2.")
                     .arg(path, file.errorString());
        return false;
    }
    static const QRegularExpression headerName(u"^[A-Za-z0-9!#$%&'*+.^_`|~-]+$"_s);
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype colon = line.indexOf(u':');
        const QString name = colon < 0 ? QString() : line.left(colon).trimmed();
        if (!headerName.match(name).hasMatch()) {
            // The value may be a secret, so the message names the line, not its text.
            *error =
                SmsSettings::tr("Line %1 of the HTTP header file %2 is not \"Name: value\".").arg(lineNumber).arg(path);
            return false;
        }
        headers->append({name.toLatin1(), line.mid(colon + 1).trimmed().toUtf8()});
    }
    return true;
}

} // namespace

bool SmsSettings::load(const Lookup &lookup, QString *error)
{
    auto text = [&lookup](const QString &key, const QString &fallback) {
        const QString value = lookup(key).trimmed();
        return value.isEmpty() ? fallback : value;
    };

    gateway = text(u"sms/gateway"_s, gateway).toLower();
    if (gateway != u"file"_s && gateway != u"cdac"_s && gateway != u"http"_s) {
        *error = tr("The setting sms/gateway is \"%1\"; use file, cdac or http.").arg(gateway);
        return false;
    }
    spoolFile = text(u"sms/spool_file"_s, spoolFile);
    senderId = text(u"sms/sender_id"_s, senderId);
    templatesFile = text(u"sms/templates_file"_s, templatesFile);
    linkDomains = lookup(u"sms/link_domains"_s).split(QRegularExpression(u"[\\s,]+"_s), Qt::SkipEmptyParts);

    if (!readInteger(lookup, u"sms/request_timeout_seconds"_s, 1, 600, &requestTimeoutSeconds, error) ||
        !readInteger(lookup, u"sms/poll_interval_ms"_s, 10, 3600000, &dispatcher.pollIntervalMs, error) ||
        !readInteger(lookup, u"sms/batch_size"_s, 1, 1000, &dispatcher.batchSize, error) ||
        !readInteger(lookup, u"sms/lease_seconds"_s, 2, 86400, &dispatcher.leaseSeconds, error) ||
        !readInteger(lookup, u"sms/max_attempts"_s, 1, 1000, &dispatcher.maxAttempts, error) ||
        !readInteger(lookup, u"sms/backoff_initial_seconds"_s, 0, 86400, &dispatcher.backoffInitialSeconds, error) ||
        !readInteger(lookup, u"sms/backoff_max_seconds"_s, 0, 7 * 86400, &dispatcher.backoffMaxSeconds, error))
        return false;
    dispatcher.dispatcherId = text(u"sms/dispatcher_id"_s, dispatcher.dispatcherId);
    if (dispatcher.backoffMaxSeconds < dispatcher.backoffInitialSeconds) {
        *error = tr("sms/backoff_max_seconds (%1) is less than sms/backoff_initial_seconds (%2).")
                     .arg(dispatcher.backoffMaxSeconds)
                     .arg(dispatcher.backoffInitialSeconds);
        return false;
    }
    // A lease shorter than a request could lapse mid-send and let a second dispatcher send the
    // same row.
    if (dispatcher.leaseSeconds < 2 * requestTimeoutSeconds) {
        *error = tr("sms/lease_seconds (%1) must be at least twice sms/request_timeout_seconds (%2).")
                     .arg(dispatcher.leaseSeconds)
                     .arg(requestTimeoutSeconds);
        return false;
    }

    cdac.url = QUrl(lookup(u"sms/cdac_url"_s).trimmed(), QUrl::StrictMode);
    cdac.username = lookup(u"sms/cdac_username"_s);
    cdac.password = lookup(u"sms/cdac_password"_s);
    cdac.secureKey = lookup(u"sms/cdac_secure_key"_s);
    cdac.timeoutMs = requestTimeoutSeconds * 1000;

    http.urlTemplate = lookup(u"sms/http_url"_s).trimmed();
    http.method = text(u"sms/http_method"_s, http.method).toUpper();
    http.bodyTemplate = lookup(u"sms/http_body"_s);
    http.contentType = text(u"sms/http_content_type"_s, http.contentType);
    http.timeoutMs = requestTimeoutSeconds * 1000;
    http.headers.clear();
    const QString headersFile = lookup(u"sms/http_headers_file"_s).trimmed();
    if (!headersFile.isEmpty() && !readHeadersFile(headersFile, &http.headers, error))
        return false;

    if (gateway == u"cdac"_s) {
        if (lookup(u"sms/cdac_url"_s).trimmed().isEmpty()) {
            *error = tr("The C-DAC gateway has no URL; set sms/cdac_url to the sendsmsrequestDLT address of your "
                        "Mobile Seva account.");
            return false;
        }
        if (!cdac.url.isValid() || (cdac.url.scheme() != u"https"_s && cdac.url.scheme() != u"http"_s) ||
            cdac.url.host().isEmpty()) {
            *error = tr("The setting sms/cdac_url is \"%1\", which is not an http:// or https:// address.")
                         .arg(lookup(u"sms/cdac_url"_s));
            return false;
        }
        for (const QString &key : {u"sms/cdac_username"_s, u"sms/cdac_password"_s, u"sms/cdac_secure_key"_s}) {
            if (lookup(key).trimmed().isEmpty()) {
                *error =
                    tr("The C-DAC gateway needs %1; set it in the configuration file or the environment.").arg(key);
                return false;
            }
        }
    } else if (gateway == u"http"_s && !HttpSmsGateway::validate(http, error)) {
        return false;
    }
    return true;
}

bool SmsSettings::loadTemplates(SmsTemplates *templates, QString *error) const
{
    return templates->setSenderId(senderId, error) && templates->setLinkDomains(linkDomains, error) &&
           templates->load(templatesFile, error);
}

std::unique_ptr<SmsGateway> SmsSettings::createGateway(const Clock &clock, QString *error) const
{
    if (gateway == u"file"_s)
        return std::make_unique<FileSmsGateway>(spoolFile, clock);
    if (gateway == u"cdac"_s)
        return std::make_unique<CdacSmsGateway>(cdac);
    if (gateway == u"http"_s)
        return std::make_unique<HttpSmsGateway>(http);
    *error = tr("The setting sms/gateway is \"%1\"; use file, cdac or http.").arg(gateway);
    return nullptr;
}

bool SmsSettings::checkTemplatesForGateway(const SmsTemplates &templates, QString *error) const
{
    if (gateway == u"file"_s)
        return true;
    const QStringList placeholders = templates.placeholderTemplates();
    if (placeholders.isEmpty())
        return true;
    *error = tr("These SMS templates still have placeholder DLT template ids: %1. Put the ids registered on the DLT "
                "platform in the file named by sms/templates_file before sending through the %2 gateway.")
                 .arg(placeholders.join(u", "_s), gateway);
    return false;
}

} // namespace nodues
