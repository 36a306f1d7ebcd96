#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace nodues {
class Clock;
class Database;
} // namespace nodues

namespace nodues::server {

class ServerConfig;

// The objects a background service receives when `nodues-server serve` starts it.
struct ServiceContext
{
    Database &database;
    const ServerConfig &config;
    const Clock &clock;
};

// A job that runs beside the HTTP server for as long as `serve` runs, such as the SMS
// dispatcher. start() and stop() run on the main thread, which runs a Qt event loop while the
// server is up, so a service may create QObjects and timers there. Blocking work belongs on a
// thread of the service's own, and that thread uses its own Database::connection().
struct BackgroundService
{
    QString name;
    // Whether the configuration turns the service on; serve skips a service that is off and logs
    // that it is off.
    std::function<bool(const ServiceContext &context)> enabled;
    // Returns false with error when the service cannot start; serve then stops the services
    // already started and exits with an error.
    std::function<bool(const ServiceContext &context, QString *error)> start;
    // Stops the service and waits until its work is done; called once, after the HTTP server
    // has stopped, in the reverse order of starting.
    std::function<void()> stop;
};

// Registers a service when its file's static initializer runs. Put the registrar in a file of
// server/src/commands/: those files are compiled into the executable itself, whereas an object
// file of the static nodues_server_lib that nothing references is left out by the linker,
// registrar and all.
class BackgroundServiceRegistrar
{
public:
    explicit BackgroundServiceRegistrar(BackgroundService service);
};

const QList<BackgroundService> &registeredBackgroundServices();

// Starts and stops a list of services as one.
class BackgroundServices
{
public:
    explicit BackgroundServices(QList<BackgroundService> services);
    ~BackgroundServices();

    // Starts each service in order; when one fails, stops those already started and returns false
    // with an error naming the service.
    bool startAll(const ServiceContext &context, QString *error);
    // Stops the started services in reverse order; safe to call twice.
    void stopAll();

private:
    QList<BackgroundService> m_services;
    QList<BackgroundService> m_running; // in the order they started
};

} // namespace nodues::server
