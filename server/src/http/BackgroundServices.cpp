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
    for (const BackgroundService &service : std::as_const(m_services)) {
        QString serviceError;
        if (!service.start(context, &serviceError)) {
            *error = Tr::tr("Could not start the background service %1: %2").arg(service.name, serviceError);
            stopAll();
            return false;
        }
        ++m_started;
        qCInfo(lcServices).noquote() << "Started the background service" << service.name;
    }
    return true;
}

void BackgroundServices::stopAll()
{
    while (m_started > 0) {
        --m_started;
        const BackgroundService &service = m_services.at(m_started);
        if (service.stop)
            service.stop();
        qCInfo(lcServices).noquote() << "Stopped the background service" << service.name;
    }
}

} // namespace nodues::server
