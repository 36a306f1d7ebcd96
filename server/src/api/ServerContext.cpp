#include "api/ServerContext.h"

#include "ServerConfig.h"
#include "sms/SmsSettings.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace nodues::server {

namespace {

// Reads an integer setting into *value when it is set; sets error naming the key when it is not
// an integer or lies outside minimum..maximum. Leaves an earlier error in place.
void readInt(const ServerConfig &config, const QString &key, int minimum, int maximum, int *value, QString *error)
{
    if (!error->isEmpty())
        return;
    QString parseError;
    const qint64 read = config.integer(key, *value, &parseError);
    if (!parseError.isEmpty()) {
        *error = parseError;
        return;
    }
    if (read < minimum || read > maximum) {
        *error = ServerContext::tr("The setting %1 is %2; it must be between %3 and %4.")
                     .arg(key)
                     .arg(read)
                     .arg(minimum)
                     .arg(maximum);
        return;
    }
    *value = int(read);
}

// Checks that a "certificate ready" SMS can carry a link under url: https, on a domain of
// sms/link_domains. An empty url passes; publishing then fails with its own message.
bool checkPublicBaseUrl(const QString &url, const SmsTemplates &templates, QString *error)
{
    if (url.isEmpty())
        return true;
    SmsRendered rendered;
    QString renderError;
    const SmsVariables sample{{u"application_number"_s, u"APP/2030201/2026-27/000001"_s},
                              {u"link"_s, url + u"/d/AAAAAAAAAAAAAAAAAAAAAA"_s}};
    if (templates.render(SmsKind::CertificateReady, defaultSmsLanguage(), sample, &rendered, &renderError))
        return true;
    *error = ServerContext::tr("The setting applications/public_base_url (%1) cannot be used in SMS links: %2")
                 .arg(url, renderError);
    return false;
}

} // namespace

ServerContext::ServerContext(Database &database, const Clock &clock, ServerSecrets secrets, SmsTemplates templates,
                             OtpSettings otpSettings, SessionSettings sessionSettings, ApiSettings apiSettings,
                             ApplicationSettings applicationSettings, SignInLockoutSettings lockoutSettings,
                             PasswordHasher::Cost passwordCost)
    : m_database(database),
      m_clock(clock),
      m_secrets(std::move(secrets)),
      m_templates(std::move(templates)),
      m_otpService(database, clock, m_secrets, m_templates, otpSettings),
      m_sessionStore(database, clock, sessionSettings),
      m_apiSettings(apiSettings),
      m_applicationSettings(applicationSettings),
      m_applicationSubmission(database, clock, m_otpService, m_templates, applicationSettings),
      m_certificateDelivery(database, clock, m_templates, applicationSettings),
      m_officerStore(database, clock, passwordCost),
      m_officerAuthenticator(database, clock, lockoutSettings, passwordCost),
      m_otpRequestLimiter(clock, apiSettings.otpRequestsPerMinute / 60.0, apiSettings.otpRequestBurst),
      m_sessionRequestLimiter(clock, apiSettings.sessionRequestsPerMinute / 60.0, apiSettings.sessionRequestBurst),
      m_publicRequestLimiter(clock, apiSettings.publicRequestsPerMinute / 60.0, apiSettings.publicRequestBurst)
{
}

QString ServerContext::keyDirectory(const ServerConfig &config, const Database &database, QString *error)
{
    const QString configured = config.value(u"security/key_dir"_s).trimmed();
    if (!configured.isEmpty())
        return QDir::cleanPath(QDir::current().absoluteFilePath(configured));
    if (database.isSqlite()) {
        const QFileInfo file(database.url().sqlitePath);
        return QDir::cleanPath(file.absoluteDir().absoluteFilePath(u"keys"_s));
    }
    *error = tr("The setting security/key_dir is not set. With a PostgreSQL database, name a folder for the "
                "server's secret keys (readable by the server's user only, not inside the database), for example "
                "NODUES_SECURITY_KEY_DIR=/var/lib/nodues/keys.");
    return {};
}

std::unique_ptr<ServerContext> ServerContext::fromConfig(const ServerConfig &config, Database &database,
                                                         const Clock &clock, QString *error)
{
    OtpSettings otp;
    SessionSettings session;
    ApiSettings api;
    ApplicationSettings applications;
    SignInLockoutSettings lockout;
    QString settingError;
    readInt(config, u"otp/validity_seconds"_s, 60, 9999 * 60, &otp.validitySeconds, &settingError);
    readInt(config, u"otp/max_wrong_attempts"_s, 1, 100, &otp.maxWrongAttempts, &settingError);
    readInt(config, u"otp/max_codes_per_mobile"_s, 1, 1000, &otp.maxCodesPerMobile, &settingError);
    readInt(config, u"otp/max_codes_per_mobile_all_addresses"_s, 1, 10000, &otp.maxCodesPerMobileAllAddresses,
            &settingError);
    readInt(config, u"otp/max_codes_per_address"_s, 1, 100000, &otp.maxCodesPerAddress, &settingError);
    readInt(config, u"otp/max_officer_action_codes"_s, 1, 1000, &otp.maxOfficerActionCodes, &settingError);
    readInt(config, u"otp/send_window_seconds"_s, 1, 7 * 24 * 3600, &otp.sendWindowSeconds, &settingError);
    readInt(config, u"session/consumer_idle_seconds"_s, 60, 7 * 24 * 3600, &session.consumerIdleSeconds,
            &settingError);
    readInt(config, u"session/consumer_lifetime_seconds"_s, 60, 30 * 24 * 3600, &session.consumerLifetimeSeconds,
            &settingError);
    readInt(config, u"session/officer_idle_seconds"_s, 60, 7 * 24 * 3600, &session.officerIdleSeconds,
            &settingError);
    readInt(config, u"session/officer_lifetime_seconds"_s, 60, 30 * 24 * 3600, &session.officerLifetimeSeconds,
            &settingError);
    readInt(config, u"session/touch_interval_seconds"_s, 0, 3600, &session.touchIntervalSeconds, &settingError);
    readInt(config, u"api/otp_request_burst"_s, 1, 10000, &api.otpRequestBurst, &settingError);
    readInt(config, u"api/otp_requests_per_minute"_s, 1, 100000, &api.otpRequestsPerMinute, &settingError);
    readInt(config, u"api/session_request_burst"_s, 1, 10000, &api.sessionRequestBurst, &settingError);
    readInt(config, u"api/session_requests_per_minute"_s, 1, 100000, &api.sessionRequestsPerMinute, &settingError);
    readInt(config, u"api/public_request_burst"_s, 1, 10000, &api.publicRequestBurst, &settingError);
    readInt(config, u"api/public_requests_per_minute"_s, 1, 100000, &api.publicRequestsPerMinute, &settingError);
    readInt(config, u"security/purge_interval_seconds"_s, 10, 7 * 24 * 3600, &api.purgeIntervalSeconds,
            &settingError);
    readInt(config, u"applications/sla_hours"_s, 1, 30 * 24, &applications.slaHours, &settingError);
    readInt(config, u"applications/download_link_days"_s, 1, 366, &applications.downloadLinkDays, &settingError);
    applications.publicBaseUrl = config.value(u"applications/public_base_url"_s).trimmed();
    readInt(config, u"officers/max_sign_in_failures"_s, 1, 100, &lockout.maxFailures, &settingError);
    readInt(config, u"officers/max_sign_in_failures_all_addresses"_s, 1, 10000, &lockout.maxFailuresAllAddresses,
            &settingError);
    readInt(config, u"officers/lock_minutes"_s, 1, 24 * 60, &lockout.lockMinutes, &settingError);
    if (!settingError.isEmpty()) {
        *error = settingError;
        return nullptr;
    }
    if (!otp.validate(error) || !session.validate(error) || !lockout.validate(error))
        return nullptr;
    PasswordHasher::Cost passwordCost = PasswordHasher::Cost::Moderate;
    if (!config.passwordCost(&passwordCost, error))
        return nullptr;

    const QString directory = keyDirectory(config, database, error);
    if (directory.isEmpty())
        return nullptr;
    QString keyError;
    std::optional<ServerSecrets> secrets = ServerSecrets::open(directory, &keyError);
    if (!secrets) {
        *error = tr("Could not open the key folder %1 (setting security/key_dir): %2").arg(directory, keyError);
        return nullptr;
    }

    SmsSettings smsSettings;
    SmsTemplates templates;
    const auto lookup = [&config](const QString &key) {
        return config.value(key);
    };
    if (!smsSettings.load(lookup, error) || !smsSettings.loadTemplates(&templates, error))
        return nullptr;

    if (!checkPublicBaseUrl(applications.publicBaseUrl, templates, error))
        return nullptr;

    std::optional<CertificateSigningKeys> signingKeys = CertificateSigningKeys::open(directory, &keyError);
    if (!signingKeys) {
        *error = tr("Could not read the certificate signing keys in %1 (setting security/key_dir): %2")
                     .arg(directory, keyError);
        return nullptr;
    }
    auto context = std::make_unique<ServerContext>(database, clock, std::move(*secrets), std::move(templates), otp,
                                                   session, api, applications, lockout, passwordCost);
    if (signingKeys->activeKey())
        context->setSigningKeys(std::move(*signingKeys));
    return context;
}

} // namespace nodues::server
