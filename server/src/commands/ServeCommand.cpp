// nodues-server serve: runs the HTTP service and the background services until SIGINT or SIGTERM.

#include "Clock.h"
#include "api/ApiRoutes.h"
#include "api/SecurityPurgeJob.h"
#include "api/ServerContext.h"
#include "commands/Command.h"
#include "commands/CommandSupport.h"
#include "http/BackgroundServices.h"
#include "http/HttpServer.h"
#include "http/Router.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcServe, "nodues.server.serve")

namespace nodues::server {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ServeCommand)
};

// Seconds given to requests in progress when the server is asked to stop.
constexpr qint64 kDefaultShutdownGraceSeconds = 10;

// Turns SIGINT and SIGTERM into a quit of the Qt event loop. The handler only writes the signal
// number to a socket pair (write() is async-signal-safe); a QSocketNotifier reads it on the main
// thread. SA_RESETHAND restores the default action, so a second Ctrl+C ends a stop that hangs.
class StopSignalWatcher
{
    Q_DISABLE_COPY_MOVE(StopSignalWatcher)

public:
    bool install(QString *error)
    {
        if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, s_sockets) != 0) {
            *error = Tr::tr("Could not create the signal socket pair: %1").arg(QString::fromLocal8Bit(strerror(errno)));
            return false;
        }
        m_notifier = std::make_unique<QSocketNotifier>(s_sockets[1], QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, QCoreApplication::instance(), [this] {
            char signalNumber = 0;
            if (::read(s_sockets[1], &signalNumber, 1) == 1)
                qCInfo(lcServe) << "Received signal" << int(signalNumber) << "- stopping";
            m_notifier->setEnabled(false);
            QCoreApplication::quit();
        });

        struct sigaction action = {};
        action.sa_handler = &StopSignalWatcher::handleSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART | SA_RESETHAND;
        if (::sigaction(SIGINT, &action, nullptr) != 0 || ::sigaction(SIGTERM, &action, nullptr) != 0) {
            *error = Tr::tr("Could not install the SIGINT and SIGTERM handlers: %1")
                         .arg(QString::fromLocal8Bit(strerror(errno)));
            return false;
        }
        return true;
    }

    StopSignalWatcher() = default;

    ~StopSignalWatcher()
    {
        ::signal(SIGINT, SIG_DFL);
        ::signal(SIGTERM, SIG_DFL);
        m_notifier.reset();
        if (s_sockets[0] >= 0) {
            ::close(s_sockets[0]);
            ::close(s_sockets[1]);
            s_sockets[0] = s_sockets[1] = -1;
        }
    }

private:
    static void handleSignal(int signalNumber)
    {
        const char byte = char(signalNumber);
        [[maybe_unused]] const ssize_t written = ::write(s_sockets[0], &byte, 1);
    }

    static inline int s_sockets[2] = {-1, -1};
    std::unique_ptr<QSocketNotifier> m_notifier;
};

// Parses "127.0.0.1:8080", "[::1]:8080" or "0.0.0.0:0" into an address and a port.
bool parseListen(const QString &text, QString *address, quint16 *port, QString *error)
{
    const qsizetype colon = text.lastIndexOf(u':');
    QString host = colon < 0 ? QString() : text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool portOk = false;
    const uint portNumber = colon < 0 ? 0 : text.mid(colon + 1).toUInt(&portOk);
    const QHostAddress parsed(host);
    if (colon < 0 || !portOk || portNumber > 65535 || parsed.isNull() || (host.contains(u':') && !text.startsWith(u'['))) {
        *error = Tr::tr("The listen address \"%1\" is invalid; write ADDRESS:PORT, for example 127.0.0.1:8080, "
                        "[::1]:8080, or port 0 to pick a free port.")
                     .arg(text);
        return false;
    }
    *address = host;
    *port = quint16(portNumber);
    return true;
}

// Reads an integer setting and checks its range; sets error naming the key on failure.
qint64 boundedSetting(const ServerConfig &config, const QString &key, qint64 defaultValue, qint64 minimum,
                      qint64 maximum, QString *error)
{
    QString parseError;
    const qint64 value = config.integer(key, defaultValue, &parseError);
    if (!parseError.isEmpty()) {
        if (error->isEmpty())
            *error = parseError;
        return defaultValue;
    }
    if (value < minimum || value > maximum) {
        if (error->isEmpty())
            *error = Tr::tr("The setting %1 is %2; it must be between %3 and %4.")
                         .arg(key)
                         .arg(value)
                         .arg(minimum)
                         .arg(maximum);
        return defaultValue;
    }
    return value;
}

bool readServerOptions(const QCommandLineParser &parser, const ServerConfig &config, HttpServerOptions *options,
                       qint64 *graceSeconds, QString *error)
{
    const QString listen = parser.isSet(u"listen"_s) ? parser.value(u"listen"_s)
                                                     : config.value(u"http/listen"_s, u"127.0.0.1:8080"_s);
    if (!parseListen(listen, &options->address, &options->port, error))
        return false;

    QString settingError;
    options->bodyLimitBytes = boundedSetting(config, u"http/body_limit_bytes"_s, options->bodyLimitBytes, 1024,
                                             qint64(1) << 30, &settingError);
    options->headerLimitBytes = quint32(boundedSetting(config, u"http/header_limit_bytes"_s,
                                                       options->headerLimitBytes, 1024, 1024 * 1024, &settingError));
    options->readTimeout = std::chrono::seconds(
        boundedSetting(config, u"http/read_timeout_seconds"_s, 30, 1, 3600, &settingError));
    options->idleTimeout = std::chrono::seconds(
        boundedSetting(config, u"http/idle_timeout_seconds"_s, 60, 1, 3600, &settingError));
    options->writeTimeout = std::chrono::seconds(
        boundedSetting(config, u"http/write_timeout_seconds"_s, 30, 1, 3600, &settingError));
    options->workerThreads = int(boundedSetting(config, u"http/worker_threads"_s, options->workerThreads, 1, 256,
                                                &settingError));
    options->ioThreads = int(boundedSetting(config, u"http/io_threads"_s, options->ioThreads, 1, 64, &settingError));
    options->maxConnections = int(boundedSetting(config, u"http/max_connections"_s, options->maxConnections, 1,
                                                 1000000, &settingError));
    *graceSeconds = boundedSetting(config, u"http/shutdown_grace_seconds"_s, kDefaultShutdownGraceSeconds, 0, 3600,
                                   &settingError);
    if (!settingError.isEmpty()) {
        *error = settingError;
        return false;
    }

    if (parser.isSet(u"threads"_s)) {
        bool ok = false;
        const int threads = parser.value(u"threads"_s).toInt(&ok);
        if (!ok || threads < 1 || threads > 256) {
            *error = Tr::tr("--threads is \"%1\"; give a number of worker threads from 1 to 256.")
                         .arg(parser.value(u"threads"_s));
            return false;
        }
        options->workerThreads = threads;
    }
    return true;
}

int runServe(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Run the HTTP service until SIGINT or SIGTERM. Settings (INI section [http] or NODUES_HTTP_*): "
               "listen, body_limit_bytes, header_limit_bytes, read_timeout_seconds, idle_timeout_seconds, "
               "write_timeout_seconds, worker_threads, io_threads, max_connections, shutdown_grace_seconds. Security, OTP, "
               "session and API limits (sections [security], [otp], [session], [api]): see docs/configuration.md."));
    parser.addOption({u"listen"_s,
                      Tr::tr("Address and port to listen on, e.g. 127.0.0.1:8080 or [::1]:8080; port 0 picks a free "
                             "port. Default: the http/listen setting, else 127.0.0.1:8080."),
                      u"address:port"_s});
    parser.addOption({u"threads"_s,
                      Tr::tr("Number of worker threads that run requests, each with its own database connection. "
                             "Default: the http/worker_threads setting, else 8."),
                      u"count"_s});
    ServerConfig config;
    if (const int exit = parseCommandLine(parser, arguments, config, 0, 0); exit >= 0)
        return exit;

    HttpServerOptions options;
    qint64 graceSeconds = kDefaultShutdownGraceSeconds;
    QString error;
    if (!readServerOptions(parser, config, &options, &graceSeconds, &error)) {
        standardError() << error << u'\n';
        return ExitUsage;
    }

    const std::unique_ptr<Database> database = config.openDatabase(&error, ServerConfig::SchemaRequirement::Any);
    if (!database) {
        standardError() << error << u'\n';
        return ExitFailure;
    }
    const int version = schemaVersion(*database, &error);
    const int needed = serverMigrations().empty() ? 0 : serverMigrations().back().version;
    if (version < 0) {
        standardError() << Tr::tr("Could not read the schema version of %1: %2").arg(database->url().redacted(), error)
                        << u'\n';
        return ExitFailure;
    }
    if (version != needed) {
        standardError() << (version < needed
                                ? Tr::tr("The database %1 is at schema version %2 but this server needs version %3. "
                                         "Run \"nodues-server init\" with the same --db first.")
                                : Tr::tr("The database %1 is at schema version %2, newer than this server's version "
                                         "%3. Run a newer nodues-server."))
                                   .arg(database->url().redacted())
                                   .arg(version)
                                   .arg(needed)
                        << u'\n';
        return ExitFailure;
    }

    StopSignalWatcher signalWatcher;
    if (!signalWatcher.install(&error)) {
        standardError() << error << u'\n';
        return ExitFailure;
    }

    const std::unique_ptr<ServerContext> apiContext =
        ServerContext::fromConfig(config, *database, Clock::system(), &error);
    if (!apiContext) {
        standardError() << error << u'\n';
        return ExitFailure;
    }

    if (!apiContext->signingKeys())
        qCWarning(lcServe) << "No certificate signing key exists yet: approvals fail until an administrator runs "
                              "\"nodues-server keys rotate\" and restarts the server";
    if (apiContext->applicationSettings().publicBaseUrl.isEmpty())
        qCWarning(lcServe) << "applications/public_base_url is not set: no certificate can be published, because "
                              "the SMS would have no download link";

    Router router;
    addApiRoutes(router, *apiContext, QCoreApplication::applicationVersion());
    Database *const sharedDatabase = database.get();
    options.workerThreadFinished = [sharedDatabase] { sharedDatabase->closeThreadConnection(); };
    HttpServer server(router, options);
    if (!server.start(&error)) {
        standardError() << error << u'\n';
        return ExitFailure;
    }

    BackgroundServices services(registeredBackgroundServices());
    const ServiceContext context{*database, config, Clock::system()};
    if (!services.startAll(context, &error)) {
        standardError() << error << u'\n';
        server.stop(std::chrono::seconds(0));
        return ExitFailure;
    }

    SecurityPurgeJob purgeJob(*apiContext, apiContext->apiSettings().purgeIntervalSeconds);
    purgeJob.start();

    // Not translated: scripts and tests read the URL from this line.
    standardOutput() << u"Listening on "_s << server.url() << u'\n';
    standardOutput().flush();
    qCInfo(lcServe).noquote() << "Serving" << database->url().redacted() << "on" << server.url();

    QCoreApplication::exec();

    server.stop(std::chrono::seconds(graceSeconds));
    services.stopAll();
    purgeJob.stop();
    qCInfo(lcServe) << "Stopped";
    return ExitOk;
}

const CommandRegistrar registrar({u"serve"_s, QT_TRANSLATE_NOOP("Commands", "Run the HTTP service"), runServe});

} // namespace
} // namespace nodues::server
