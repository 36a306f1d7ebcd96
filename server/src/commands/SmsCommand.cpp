// nodues-server sms dispatch | sms status: sends the SMS outbox, or reports on it. Also
// registers the dispatcher as a background service of `nodues-server serve`.

#include "Clock.h"
#include "commands/Command.h"
#include "commands/CommandSupport.h"
#include "http/BackgroundServices.h"
#include "sms/SmsDispatcher.h"
#include "sms/SmsOutbox.h"
#include "sms/SmsSettings.h"
#include "sms/SmsTemplates.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QThread>

#include <csignal>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcSmsCommand, "nodues.server.sms")

namespace nodues::server {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SmsCommand)
};

volatile std::sig_atomic_t s_stopSignal = 0;

void handleStopSignal(int signalNumber)
{
    s_stopSignal = signalNumber;
}

// Reads the sms/ settings and templates and checks that the gateway can be created, so a
// configuration error stops the command before anything is claimed.
bool prepareSms(const ServerConfig &config, SmsSettings *settings, SmsTemplates *templates, QString *error)
{
    const auto lookup = [&config](const QString &key) {
        return config.value(key);
    };
    if (!settings->load(lookup, error) || !settings->loadTemplates(templates, error) ||
        !settings->checkTemplatesForGateway(*templates, error))
        return false;
    return settings->createGateway(Clock::system(), error) != nullptr;
}

bool checkSchema(Database &database, QString *error)
{
    const int version = schemaVersion(database, error);
    if (version < 0)
        return false;
    if (version == 0) {
        *error =
            Tr::tr("The database %1 has no tables yet; run nodues-server init first.").arg(database.url().redacted());
        return false;
    }
    return true;
}

SmsDispatcher::GatewayFactory gatewayFactory(const SmsSettings &settings)
{
    return [settings] {
        QString error;
        std::unique_ptr<SmsGateway> gateway = settings.createGateway(Clock::system(), &error);
        if (!gateway)
            qCCritical(lcSmsCommand) << "Could not create the SMS gateway:" << error;
        return gateway;
    };
}

int runSmsDispatch(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Send the SMS outbox through the configured gateway until SIGINT or SIGTERM. Settings (INI section "
               "[sms] or NODUES_SMS_*): gateway (file, cdac or http), spool_file, sender_id, templates_file, "
               "link_domains, cdac_url, cdac_username, cdac_password, cdac_secure_key, http_url, http_method, "
               "http_body, http_content_type, http_headers_file, request_timeout_seconds, poll_interval_ms, "
               "batch_size, lease_seconds, max_attempts, backoff_initial_seconds, backoff_max_seconds."));
    const QCommandLineOption onceOption(u"once"_s, Tr::tr("Send what is due now, then exit."));
    parser.addOption(onceOption);
    ServerConfig config;
    if (const int exit = parseCommandLine(parser, arguments, config, 0, 0); exit >= 0)
        return exit;

    QString error;
    SmsSettings settings;
    SmsTemplates templates;
    if (!prepareSms(config, &settings, &templates, &error)) {
        standardError() << error << u'\n';
        return ExitFailure;
    }
    const std::unique_ptr<Database> database = config.openDatabase(&error, ServerConfig::SchemaRequirement::Any);
    if (!database || !checkSchema(*database, &error)) {
        standardError() << error << u'\n';
        return ExitFailure;
    }

    SmsDispatcher dispatcher(*database, Clock::system(), gatewayFactory(settings), settings.dispatcher);
    if (parser.isSet(onceOption)) {
        SmsDispatchPass pass;
        if (!dispatcher.runOnce(&pass, &error)) {
            standardError() << Tr::tr("Could not send the SMS outbox: %1").arg(error) << u'\n';
            return ExitFailure;
        }
        standardOutput() << Tr::tr("Claimed %1, sent %2, to retry %3, failed %4, taken over by another dispatcher %5.")
                                .arg(pass.claimed)
                                .arg(pass.sent)
                                .arg(pass.retried)
                                .arg(pass.failed)
                                .arg(pass.skipped)
                         << u'\n';
        return ExitOk;
    }

    struct sigaction action = {};
    action.sa_handler = &handleStopSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART | SA_RESETHAND;
    if (::sigaction(SIGINT, &action, nullptr) != 0 || ::sigaction(SIGTERM, &action, nullptr) != 0) {
        standardError() << Tr::tr("Could not install the SIGINT and SIGTERM handlers.") << u'\n';
        return ExitFailure;
    }
    standardOutput() << Tr::tr("Sending SMS through the %1 gateway as dispatcher %2; stop with Ctrl+C.")
                            .arg(settings.gateway, dispatcher.dispatcherId())
                     << u'\n';
    standardOutput().flush();

    dispatcher.start();
    while (s_stopSignal == 0)
        QThread::msleep(100);
    qCInfo(lcSmsCommand) << "Received signal" << int(s_stopSignal) << "- stopping the SMS dispatcher";
    dispatcher.stop();
    return ExitOk;
}

QString formatAge(qint64 seconds)
{
    if (seconds < 60)
        return Tr::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return Tr::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return Tr::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

int runSmsStatus(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Show how many SMS are pending, being sent, sent and failed."));
    ServerConfig config;
    if (const int exit = parseCommandLine(parser, arguments, config, 0, 0); exit >= 0)
        return exit;

    QString error;
    const std::unique_ptr<Database> database = config.openDatabase(&error, ServerConfig::SchemaRequirement::Any);
    if (!database || !checkSchema(*database, &error)) {
        standardError() << error << u'\n';
        return ExitFailure;
    }
    SmsOutboxSummary summary;
    if (!SmsOutbox::summarize(*database, Clock::system(), &summary, &error)) {
        standardError() << Tr::tr("Could not read the SMS outbox: %1").arg(error) << u'\n';
        return ExitFailure;
    }

    QTextStream &out = standardOutput();
    out << Tr::tr("pending: %1 (due now: %2)").arg(summary.countByStatus.value(u"pending"_s)).arg(summary.dueCount)
        << u'\n';
    out << Tr::tr("sending: %1").arg(summary.countByStatus.value(u"sending"_s)) << u'\n';
    out << Tr::tr("sent: %1").arg(summary.countByStatus.value(u"sent"_s)) << u'\n';
    out << Tr::tr("failed: %1").arg(summary.countByStatus.value(u"failed"_s)) << u'\n';
    if (summary.oldestPendingAgeSeconds >= 0)
        out << Tr::tr("oldest unsent: %1 old").arg(formatAge(summary.oldestPendingAgeSeconds)) << u'\n';
    else
        out << Tr::tr("oldest unsent: none") << u'\n';
    return ExitOk;
}

// The dispatcher that `serve` runs beside the HTTP server, unless sms/dispatch_in_serve is off.
std::unique_ptr<SmsDispatcher> s_serveDispatcher;

bool serveDispatcherEnabled(const ServiceContext &context)
{
    const QString enabled = context.config.value(u"sms/dispatch_in_serve"_s, u"on"_s).trimmed().toLower();
    return !(enabled == u"off"_s || enabled == u"false"_s || enabled == u"0"_s);
}

bool startServeDispatcher(const ServiceContext &context, QString *error)
{
    SmsSettings settings;
    SmsTemplates templates;
    if (!prepareSms(context.config, &settings, &templates, error))
        return false;
    s_serveDispatcher =
        std::make_unique<SmsDispatcher>(context.database, context.clock, gatewayFactory(settings), settings.dispatcher);
    s_serveDispatcher->start();
    return true;
}

void stopServeDispatcher()
{
    s_serveDispatcher.reset();
}

const CommandRegistrar
    dispatchRegistrar({u"sms dispatch"_s,
                       QT_TRANSLATE_NOOP("Commands", "Send the SMS outbox (--once: what is due now)"), runSmsDispatch});
const CommandRegistrar statusRegistrar({u"sms status"_s, QT_TRANSLATE_NOOP("Commands", "Count SMS per status"),
                                        runSmsStatus});
const BackgroundServiceRegistrar serviceRegistrar({u"sms-dispatcher"_s, serveDispatcherEnabled, startServeDispatcher,
                                                   stopServeDispatcher});

} // namespace
} // namespace nodues::server
