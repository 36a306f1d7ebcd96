#pragma once

#include "applications/ApplicationSettings.h"
#include "applications/ApplicationSubmission.h"
#include "certificates/CertificateDelivery.h"
#include "certificates/CertificateSigningKeys.h"
#include "http/RateLimiter.h"
#include "officers/OfficerAuthenticator.h"
#include "officers/OfficerStore.h"
#include "security/OtpService.h"
#include "security/OtpSettings.h"
#include "security/ServerSecrets.h"
#include "security/SessionSettings.h"
#include "security/SessionStore.h"
#include "sms/SmsTemplates.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace nodues {
class Clock;
class Database;
} // namespace nodues

namespace nodues::server {

class ServerConfig;

// Limits of the API itself, besides the OTP and session rules of the security core.
struct ApiSettings
{
    // Token bucket per client address for POST /api/v1/consumer/otp: burst, then a steady rate.
    int otpRequestBurst = 5;
    int otpRequestsPerMinute = 6;
    // The same for POST /api/v1/consumer/session (OTP verification).
    int sessionRequestBurst = 10;
    int sessionRequestsPerMinute = 30;
    // Seconds between two purges of expired OTP challenges and ended sessions.
    int purgeIntervalSeconds = 15 * 60;
    // Token bucket per client address for the public verify pages and /api/v1/public/...; larger,
    // because a returning officer's office checks many candidates' certificates from one address.
    int publicRequestBurst = 60;
    int publicRequestsPerMinute = 120;
};

// Everything the API routes share while `serve` runs: the database, the clock, the OTP service,
// the session store and the per-address rate limiters. Created once before the routes are added;
// it must outlive the router and the HTTP server.
class ServerContext final
{
    Q_DISABLE_COPY_MOVE(ServerContext)
    Q_DECLARE_TR_FUNCTIONS(ServerContext)

public:
    ServerContext(Database &database, const Clock &clock, ServerSecrets secrets, SmsTemplates templates,
                  OtpSettings otpSettings, SessionSettings sessionSettings, ApiSettings apiSettings,
                  ApplicationSettings applicationSettings = {}, SignInLockoutSettings lockoutSettings = {},
                  PasswordHasher::Cost passwordCost = PasswordHasher::Cost::Moderate);

    // Reads security/key_dir, otp/..., session/..., api/..., applications/... and
    // sms/templates_file from config,
    // opens the key folder and builds the context. Returns nullptr with error naming the setting
    // at fault.
    static std::unique_ptr<ServerContext> fromConfig(const ServerConfig &config, Database &database,
                                                     const Clock &clock, QString *error);

    // The key folder the configuration names: security/key_dir, or for a SQLite database a folder
    // "keys" beside the database file. Empty with error set for another database without the key.
    static QString keyDirectory(const ServerConfig &config, const Database &database, QString *error);

    Database &database() const { return m_database; }
    const Clock &clock() const { return m_clock; }
    OtpService &otpService() { return m_otpService; }
    const SmsTemplates &templates() const { return m_templates; }
    SessionStore &sessionStore() { return m_sessionStore; }
    ApplicationSubmission &applicationSubmission() { return m_applicationSubmission; }
    CertificateDelivery &certificateDelivery() { return m_certificateDelivery; }
    OfficerStore &officerStore() { return m_officerStore; }
    // The keys that sign certificates' QR payloads, read once at start; null when the key folder
    // has none yet (approvals then fail and say to run "nodues-server keys rotate").
    const CertificateSigningKeys *signingKeys() const { return m_signingKeys ? &*m_signingKeys : nullptr; }
    void setSigningKeys(CertificateSigningKeys keys) { m_signingKeys = std::move(keys); }
    OfficerAuthenticator &officerAuthenticator() { return m_officerAuthenticator; }
    const ApplicationSettings &applicationSettings() const { return m_applicationSettings; }
    RateLimiter &otpRequestLimiter() { return m_otpRequestLimiter; }
    RateLimiter &sessionRequestLimiter() { return m_sessionRequestLimiter; }
    RateLimiter &publicRequestLimiter() { return m_publicRequestLimiter; }
    const ApiSettings &apiSettings() const { return m_apiSettings; }

private:
    Database &m_database;
    const Clock &m_clock;
    ServerSecrets m_secrets;
    SmsTemplates m_templates;
    OtpService m_otpService;
    SessionStore m_sessionStore;
    ApiSettings m_apiSettings;
    ApplicationSettings m_applicationSettings;
    ApplicationSubmission m_applicationSubmission;
    CertificateDelivery m_certificateDelivery;
    OfficerStore m_officerStore;
    OfficerAuthenticator m_officerAuthenticator;
    std::optional<CertificateSigningKeys> m_signingKeys;
    RateLimiter m_otpRequestLimiter;
    RateLimiter m_sessionRequestLimiter;
    RateLimiter m_publicRequestLimiter;
};

} // namespace nodues::server
