#include "http/BackgroundServices.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcServices, "nodues.server.services")

namespace nodues::server {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BackgroundServices)
};

QList<BackgroundService> &serviceList()
{
    static QList<BackgroundService> services;
    return services;
}

} // namespace

BackgroundServiceRegistrar::BackgroundServiceRegistrar(BackgroundService service)
{
    serviceList().append(std::move(service));
}

const QList<BackgroundService> &registeredBackgroundServices()
{
    return serviceList();
}

BackgroundServices::BackgroundServices(QList<BackgroundService> services)
    : m_services(std::move(services))
{
}

BackgroundServices::~BackgroundServices()
{
    stopAll();
}

bool BackgroundServices::startAll(const ServiceContext &context, QString *error)
{
    m_running.clear();
    for (const BackgroundService &service : std::as_const(m_services)) {
        if (service.enabled && !service.enabled(context)) {
            qCInfo(lcServices).noquote() << "The background service" << service.name << "is off in the configuration";
            continue;
        }
        QString serviceError;
        if (!service.start(context, &serviceError)) {
            *error = Tr::tr("Could not start the background service %1: %2").arg(service.name, serviceError);
            stopAll();
            return false;
        }
        m_running.append(service);
        qCInfo(lcServices).noquote() << "Started the background service" << service.name;
    }
    return true;
}

void BackgroundServices::stopAll()
{
    while (!m_running.isEmpty()) {
        const BackgroundService service = m_running.takeLast();
        if (service.stop)
            service.stop();
        qCInfo(lcServices).noquote() << "Stopped the background service" << service.name;
    }
}

} // namespace nodues::server
