#pragma once

#include "sms/CdacSmsGateway.h"
#include "sms/HttpSmsGateway.h"
#include "sms/SmsDispatcher.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <memory>

namespace nodues {

class Clock;
class SmsTemplates;

// The SMS settings of a server, read from "sms/..." configuration keys:
//   gateway                  file (default), cdac or http
//   spool_file               the file gateway's JSON-lines file (default sms-spool.jsonl)
//   sender_id                the 6-letter DLT header (default MPMKVV)
//   templates_file           JSON file overriding the built-in templates and their DLT ids
//   link_domains             domains links may point to, separated by spaces or commas
//   cdac_url, cdac_username, cdac_password, cdac_secure_key   C-DAC Mobile Seva account
//   http_url, http_method, http_body, http_content_type, http_headers_file   generic HTTP API
//   request_timeout_seconds  per gateway request (default 30)
//   poll_interval_ms, batch_size, lease_seconds, max_attempts, backoff_initial_seconds,
//   backoff_max_seconds, dispatcher_id   the dispatcher (see SmsDispatcherSettings)
struct SmsSettings
{
    Q_DECLARE_TR_FUNCTIONS(SmsSettings)

public:
    // Returns a key's value, or an empty string when it is unset.
    using Lookup = std::function<QString(const QString &key)>;

    QString gateway = QStringLiteral("file");
    QString spoolFile = QStringLiteral("sms-spool.jsonl");
    QString senderId = QStringLiteral("MPMKVV");
    QString templatesFile;
    QStringList linkDomains;
    CdacSmsSettings cdac;
    HttpSmsSettings http;
    int requestTimeoutSeconds = 30;
    SmsDispatcherSettings dispatcher;

    // Reads and checks every key; on error names the key, its value and what is expected.
    bool load(const Lookup &lookup, QString *error);

    // Loads the templates with the sender id, link domains and override file of these settings.
    bool loadTemplates(SmsTemplates *templates, QString *error) const;

    // Creates the configured gateway on the calling thread.
    std::unique_ptr<SmsGateway> createGateway(const Clock &clock, QString *error) const;

    // Refuses to send through a real gateway (cdac, http) while templates still carry the
    // built-in placeholder DLT ids, which every operator would reject.
    bool checkTemplatesForGateway(const SmsTemplates &templates, QString *error) const;
};

} // namespace nodues
