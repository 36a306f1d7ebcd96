// Starting and stopping the services that run beside the HTTP server: a service the
// configuration turns off is neither started nor stopped, and a failed start stops the services
// already started, newest first.

#include "Clock.h"
#include "ServerConfig.h"
#include "http/BackgroundServices.h"
#include "storage/Database.h"
#include "storage/DatabaseUrl.h"

#include <QStringList>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;
using namespace nodues::server;

class TestBackgroundServices : public QObject
{
    Q_OBJECT

private:
    QStringList m_calls;

    BackgroundService service(const QString &name, bool enabled, bool starts)
    {
        BackgroundService result;
        result.name = name;
        result.enabled = [enabled](const ServiceContext &) {
            return enabled;
        };
        result.start = [this, name, starts](const ServiceContext &, QString *error) {
            m_calls.append(u"start "_s + name);
            if (!starts)
                *error = u"port taken"_s;
            return starts;
        };
        result.stop = [this, name] {
            m_calls.append(u"stop "_s + name);
        };
        return result;
    }

private slots:
    void init() { m_calls.clear(); }

    void serviceTurnedOffIsSkipped()
    {
        ServerConfig config;
        SystemClock clock;
        Database database(*DatabaseUrl::parse(u"sqlite://never-opened.db"_s, nullptr));
        const ServiceContext context{database, config, clock};
        QString error;
        {
            BackgroundServices services(
                {service(u"a"_s, true, true), service(u"off"_s, false, true), service(u"b"_s, true, true)});
            QVERIFY2(services.startAll(context, &error), qPrintable(error));
            QCOMPARE(m_calls, (QStringList{u"start a"_s, u"start b"_s}));
        }
        // The destructor stops what started, newest first, and never the service that was off.
        QCOMPARE(m_calls, (QStringList{u"start a"_s, u"start b"_s, u"stop b"_s, u"stop a"_s}));
    }

    void failedStartStopsTheOthers()
    {
        ServerConfig config;
        SystemClock clock;
        Database database(*DatabaseUrl::parse(u"sqlite://never-opened.db"_s, nullptr));
        const ServiceContext context{database, config, clock};
        BackgroundServices services(
            {service(u"a"_s, true, true), service(u"off"_s, false, true), service(u"broken"_s, true, false)});
        QString error;
        QVERIFY(!services.startAll(context, &error));
        QCOMPARE(error, u"Could not start the background service broken: port taken"_s);
        QCOMPARE(m_calls, (QStringList{u"start a"_s, u"start broken"_s, u"stop a"_s}));
        services.stopAll();
        QCOMPARE(m_calls.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestBackgroundServices)
#include "TestBackgroundServices.moc"
