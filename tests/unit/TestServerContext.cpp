// ServerContext::fromConfig: the key folder and the OTP, session and API settings that `serve`
// reads from the configuration.

#include "TestDatabase.h"
#include "Clock.h"
#include "ServerConfig.h"
#include "api/ServerContext.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;
using namespace nodues::server;

class TestServerContext : public QObject
{
    Q_OBJECT

private slots:
    void sqliteKeysBesideDatabase()
    {
        QString skipReason;
        const auto db = test::TestDatabase::create(u"sqlite"_s, &skipReason);
        QVERIFY2(db, qPrintable(skipReason));
        const ServerConfig config;
        QString error;
        const QString expected = QFileInfo(db->database().url().sqlitePath).absoluteDir().filePath(u"keys"_s);
        QCOMPARE(ServerContext::keyDirectory(config, db->database(), &error), QDir::cleanPath(expected));

        const std::unique_ptr<ServerContext> context =
            ServerContext::fromConfig(config, db->database(), Clock::system(), &error);
        QVERIFY2(context, qPrintable(error));
        QVERIFY(QFileInfo::exists(QDir(expected).filePath(u"otp-hmac.key"_s)));
        QCOMPARE(context->otpService().settings().validitySeconds, 600);
        QCOMPARE(context->sessionStore().settings().consumerIdleSeconds, 1800);
        QCOMPARE(context->apiSettings().otpRequestBurst, 5);
    }

    void configuredKeyDirectory()
    {
        QString skipReason;
        const auto db = test::TestDatabase::create(u"sqlite"_s, &skipReason);
        QVERIFY2(db, qPrintable(skipReason));
        ServerConfig config;
        const QString folder = db->scratchPath(u"secrets"_s);
        config.setValue(u"security/key_dir"_s, folder);
        config.setValue(u"otp/validity_seconds"_s, u"300"_s);
        config.setValue(u"otp/max_codes_per_mobile"_s, u"4"_s);
        config.setValue(u"session/consumer_idle_seconds"_s, u"900"_s);
        config.setValue(u"api/otp_request_burst"_s, u"7"_s);
        config.setValue(u"applications/sla_hours"_s, u"24"_s);
        config.setValue(u"applications/download_link_days"_s, u"14"_s);
        config.setValue(u"applications/public_base_url"_s, u"https://nodues.example.in"_s);
        config.setValue(u"sms/link_domains"_s, u"example.in"_s);
        config.setValue(u"officers/max_sign_in_failures_all_addresses"_s, u"80"_s);
        QString error;
        const std::unique_ptr<ServerContext> context =
            ServerContext::fromConfig(config, db->database(), Clock::system(), &error);
        QVERIFY2(context, qPrintable(error));
        QVERIFY(QFileInfo::exists(folder + u"/otp-hmac.key"_s));
        QCOMPARE(context->otpService().settings().validitySeconds, 300);
        QCOMPARE(context->otpService().settings().maxCodesPerMobile, 4);
        QCOMPARE(context->sessionStore().settings().consumerIdleSeconds, 900);
        QCOMPARE(context->apiSettings().otpRequestBurst, 7);
        QCOMPARE(context->applicationSettings().slaHours, 24);
        QCOMPARE(context->applicationSettings().downloadLinkDays, 14);
        QCOMPARE(context->applicationSettings().publicBaseUrl, u"https://nodues.example.in"_s);
        QCOMPARE(context->officerAuthenticator().lockoutSettings().maxFailuresAllAddresses, 80);
        QCOMPARE(context->officerAuthenticator().lockoutSettings().maxFailures, 5);
    }

    void publicBaseUrlMustSuitSmsLinks_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("linkDomains");
        QTest::addColumn<QString>("expectedError");
        QTest::newRow("plain http") << u"http://nodues.example.in"_s << u"example.in"_s << u"https://"_s;
        QTest::newRow("domain not whitelisted") << u"https://nodues.example.org"_s << u"example.in"_s
                                                << u"whitelisted"_s;
        QTest::newRow("no link domains") << u"https://nodues.example.in"_s << QString() << u"sms/link_domains"_s;
    }

    void publicBaseUrlMustSuitSmsLinks()
    {
        QFETCH(QString, url);
        QFETCH(QString, linkDomains);
        QFETCH(QString, expectedError);
        QString skipReason;
        const auto db = test::TestDatabase::create(u"sqlite"_s, &skipReason);
        QVERIFY2(db, qPrintable(skipReason));
        ServerConfig config;
        config.setValue(u"applications/public_base_url"_s, url);
        if (!linkDomains.isEmpty())
            config.setValue(u"sms/link_domains"_s, linkDomains);
        QString error;
        QVERIFY(!ServerContext::fromConfig(config, db->database(), Clock::system(), &error));
        QVERIFY2(error.contains(u"applications/public_base_url"_s), qPrintable(error));
        QVERIFY2(error.contains(expectedError), qPrintable(error));
    }

    void postgresNeedsKeyDirectory()
    {
        QString skipReason;
        const auto db = test::TestDatabase::create(u"postgres"_s, &skipReason);
        if (!db)
            QSKIP(qPrintable(skipReason));
        const ServerConfig config;
        QString error;
        QVERIFY(!ServerContext::fromConfig(config, db->database(), Clock::system(), &error));
        QVERIFY2(error.contains(u"security/key_dir"_s), qPrintable(error));
    }

    void invalidSettings_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("not a number") << u"otp/validity_seconds"_s << u"ten"_s;
        QTest::newRow("too short") << u"otp/validity_seconds"_s << u"10"_s;
        QTest::newRow("no tries") << u"otp/max_wrong_attempts"_s << u"0"_s;
        QTest::newRow("idle too long") << u"session/consumer_idle_seconds"_s << u"99999999"_s;
        QTest::newRow("zero burst") << u"api/otp_request_burst"_s << u"0"_s;
        QTest::newRow("purge too often") << u"security/purge_interval_seconds"_s << u"1"_s;
        QTest::newRow("no SLA") << u"applications/sla_hours"_s << u"0"_s;
        QTest::newRow("link for years") << u"applications/download_link_days"_s << u"4000"_s;
        QTest::newRow("sign-in lock below per address") << u"officers/max_sign_in_failures_all_addresses"_s << u"3"_s;
        QTest::newRow("sign-in lock too high") << u"officers/max_sign_in_failures_all_addresses"_s << u"20000"_s;
    }

    void invalidSettings()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QString skipReason;
        const auto db = test::TestDatabase::create(u"sqlite"_s, &skipReason);
        QVERIFY2(db, qPrintable(skipReason));
        ServerConfig config;
        config.setValue(key, value);
        QString error;
        QVERIFY(!ServerContext::fromConfig(config, db->database(), Clock::system(), &error));
        QVERIFY2(error.contains(key) || error.contains(value), qPrintable(error));
    }

    void touchIntervalMustBeBelowIdleLimit()
    {
        QString skipReason;
        const auto db = test::TestDatabase::create(u"sqlite"_s, &skipReason);
        QVERIFY2(db, qPrintable(skipReason));
        ServerConfig config;
        config.setValue(u"session/consumer_idle_seconds"_s, u"120"_s);
        config.setValue(u"session/touch_interval_seconds"_s, u"600"_s);
        QString error;
        QVERIFY(!ServerContext::fromConfig(config, db->database(), Clock::system(), &error));
        QVERIFY2(error.contains(u"600"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestServerContext)
#include "TestServerContext.moc"
