// `nodues-workstation --sign-batch` against an in-process nodues-server on loopback, on SQLite and
// PostgreSQL. This executable runs the command as a child process, as nodues-workstation does, and
// gives it the sign-in OTP from the SMS spool on standard input once the server has sent it. The
// division officer's approved certificates must come out signed, uploaded and published, and the
// command's session ended. The key is a PKCS#12 file named by options, or a SoftHSM2 token chosen
// in the settings with its PIN from a file. Each failure must end with its exit code and a
// message naming the value: a wrong passphrase (before any OTP is sent), a wrong password, a
// clerk's account, an unreachable server and malformed options. No password, passphrase or OTP
// may appear in the output or the log.

#include "ApiTestServer.h"
#include "ApplicationFixtures.h"
#include "CertificateFixtures.h"
#include "OfficeFixtures.h"
#include "SignedPdfFixtures.h"
#include "SoftHsmToken.h"
#include "app/SignBatchCommand.h"
#include "app/WorkstationSettings.h"
#include "certificate/SigningKeyConfig.h"
#include "officers/SigningCertificateStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;
using namespace nodues::test;
using namespace nodues::workstation;

namespace {

const QStringList kMobiles{u"9876543210"_s, u"9123456780"_s};
const QStringList kIvrs{u"1000000001"_s, u"2000000001"_s};
const QString kClerkMobile = u"9000000001"_s;
const QString kDgmMobile = u"9000000002"_s;
const QString kDgm = u"dgm.bhopal"_s;
const QString kClerk = u"clerk.arera"_s;
// addOfficer() gives every account this password.
const QByteArray kPassword = "Correct-Horse-42";
const QByteArray kPassphrase = "Signing passphrase 7";
constexpr int kChildTimeoutMs = 120000;

void insertBillingRows(Database &database)
{
    for (qsizetype index = 0; index < kIvrs.size(); ++index) {
        insertBillingConnection(database, BillingFixture{kIvrs.at(index), u"Billed Name"_s, QString(),
                                                         kMobiles.at(index), u"2030201"_s, u"METERED"_s, u"WORKING"_s,
                                                         u"DONE"_s, 0, u"2026-11-15"_s});
    }
}

OtpSettings roomyOtpSettings()
{
    OtpSettings settings;
    settings.maxCodesPerMobile = 100;
    settings.maxCodesPerMobileAllAddresses = 1000;
    settings.maxCodesPerAddress = 1000;
    return settings;
}

bool writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
}

struct ChildRun
{
    int exitCode = -1;
    QString output; // standard output
    QString errors; // standard error: messages and the log
};

} // namespace

class TestWorkstationSignBatch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_folder.isValid(), qPrintable(m_folder.errorString()));
        QString error;
        m_token = SoftHsmToken::create(u"Test Officer"_s, ApiTestServer::startTime(), &error);
        if (!m_token)
            QSKIP(qPrintable(u"the test key cannot be made: "_s + error));
        m_pkcs12 = m_token->writePkcs12(u"officer.p12"_s, kPassphrase, false, &error);
        QVERIFY2(!m_pkcs12.isEmpty(), qPrintable(error));
        m_passwordFile = m_folder.filePath(u"password"_s);
        m_passphraseFile = m_folder.filePath(u"passphrase"_s);
        QVERIFY(writeFile(m_passwordFile, kPassword + '\n'));
        QVERIFY(writeFile(m_passphraseFile, kPassphrase + '\n'));
    }

    void signsAndUploadsApproved_data() { addBackendColumn(); }
    void signsAndUploadsApproved()
    {
        NODUES_START_API_SERVER(api, insertBillingRows, server::ApiSettings{1000, 1000, 1000, 1000, 900, 1000, 1000},
                                roomyOtpSettings(), ApplicationSettings{}, PasswordHasher::Cost::Interactive);
        // Signed PDFs are about 100 KB, beyond the test server's usual body limit.
        QVERIFY(restartWithBodyLimit(api, 1024 * 1024));
        const QStringList certificates = approveTwo(api);
        QCOMPARE(certificates, (QStringList{u"NDC/20302/2026-27/000001"_s, u"NDC/20302/2026-27/000002"_s}));
        SigningCertificateStore store(api.db->database(), api.clock);
        QString error;
        QVERIFY2(store.registerCertificate(kDgm, m_token->certificatePem(), u"test"_s, &error), qPrintable(error));
        const qint64 sessionsBefore = activeSessions(api);

        const QString cache = m_folder.filePath(u"dgm-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
        const ChildRun run = runWithOtp(api, kDgm, kDgmMobile, {u"--cache"_s, cache});
        QVERIFY2(run.exitCode == kSignBatchOk, qPrintable(run.output + run.errors));
        QVERIFY2(run.output.contains(u"Signed in to %1 as dgm.bhopal"_s.arg(api.server->url())),
                 qPrintable(run.output));
        for (const QString &certificate : certificates) {
            QVERIFY2(run.output.contains(u"Signed and uploaded "_s + certificate), qPrintable(run.output));
            const HttpTestResponse verified =
                api.request("GET"_ba, "/api/v1/public/certificates/"_ba + QUrl::toPercentEncoding(certificate));
            QCOMPARE(verified.status, 200);
            QCOMPARE(jsonOf(verified)[u"status"_s].toString(), u"valid"_s);
            QCOMPARE(jsonOf(verified)[u"certificate"_s][u"pdf_published"_s].toBool(), true);
        }
        QVERIFY2(run.output.contains(u"Certificates signed and uploaded: 2 of 2."_s), qPrintable(run.output));
        checkNoSecrets(run);
        // The sign-in is kept as the last one, so --print-batch and the window default to it.
        const WorkstationSettings kept(m_folder.filePath(u"child-config/NoDues/nodues-workstation.conf"_s));
        QCOMPARE(kept.serverUrl(), api.server->url());
        QCOMPARE(kept.lastUsername(), kDgm);
        // The command signed out: its session ended with it.
        QCOMPARE(activeSessions(api), sessionsBefore);

        // Run again: the certificates are published, so nothing is left to sign.
        const ChildRun again = runWithOtp(api, kDgm, kDgmMobile, {u"--cache"_s, cache});
        QVERIFY2(again.exitCode == kSignBatchOk, qPrintable(again.output + again.errors));
        QVERIFY2(again.output.contains(u"Nothing to sign"_s), qPrintable(again.output));
        QVERIFY2(!again.output.contains(u"Signed and uploaded"_s), qPrintable(again.output));
    }

    void signsWithTokenFromSettings_data() { addBackendColumn(); }
    void signsWithTokenFromSettings()
    {
        NODUES_START_API_SERVER(api, insertBillingRows, server::ApiSettings{1000, 1000, 1000, 1000, 900, 1000, 1000},
                                roomyOtpSettings(), ApplicationSettings{}, PasswordHasher::Cost::Interactive);
        QVERIFY(restartWithBodyLimit(api, 1024 * 1024));
        const QStringList certificates = approveTwo(api);
        SigningCertificateStore store(api.db->database(), api.clock);
        QString error;
        QVERIFY2(store.registerCertificate(kDgm, m_token->certificatePem(), u"test"_s, &error), qPrintable(error));

        // The token chosen in Settings, as the window saves it; only the PIN comes from a file.
        const QString settingsPath = m_folder.filePath(u"child-config/NoDues/nodues-workstation.conf"_s);
        {
            WorkstationSettings settings(settingsPath);
            SigningKeyConfig key;
            key.kind = SigningKeyConfig::Kind::Pkcs11;
            key.pkcs11Module = QString::fromLatin1(SoftHsmToken::kModulePath);
            key.pkcs11Token = m_token->keyUri();
            settings.setSigningKey(key);
            settings.sync();
        }
        const QString wrongPin = m_folder.filePath(u"wrong-pin"_s);
        const QString pin = m_folder.filePath(u"pin"_s);
        QVERIFY(writeFile(wrongPin, "999999\n"));
        QVERIFY(writeFile(pin, m_token->pin() + '\n'));
        const QStringList withoutPkcs12{u"--pkcs12"_s, QString(), u"--passphrase-file"_s, QString()};

        QVERIFY(api.deliverOutbox());
        const int spoolBefore = api.spoolLineCount();
        const ChildRun wrong =
            runChild(api.server->url(), kDgm, withoutPkcs12 + QStringList{u"--pin-file"_s, wrongPin}, {});
        QCOMPARE(wrong.exitCode, int(kSignBatchRejected));
        QVERIFY2(wrong.errors.contains(u"PIN"_s), qPrintable(wrong.errors));
        QVERIFY(api.deliverOutbox());
        QCOMPARE(api.spoolLineCount(), spoolBefore);

        const QString cache = m_folder.filePath(u"token-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
        const ChildRun run =
            runWithOtp(api, kDgm, kDgmMobile, withoutPkcs12 + QStringList{u"--pin-file"_s, pin, u"--cache"_s, cache});
        QFile::remove(settingsPath);
        QVERIFY2(run.exitCode == kSignBatchOk, qPrintable(run.output + run.errors));
        for (const QString &certificate : certificates)
            QVERIFY2(run.output.contains(u"Signed and uploaded "_s + certificate), qPrintable(run.output));
        QVERIFY(!QString(run.output + run.errors).contains(QString::fromLatin1(m_token->pin())));
    }

    void otherDscSignsNothing_data() { addBackendColumn(); }
    void otherDscSignsNothing()
    {
        NODUES_START_API_SERVER(api, insertBillingRows, server::ApiSettings{1000, 1000, 1000, 1000, 900, 1000, 1000},
                                roomyOtpSettings(), ApplicationSettings{}, PasswordHasher::Cost::Interactive);
        const QStringList certificates = approveTwo(api);
        QCOMPARE(certificates.size(), 2);
        const QString cache = m_folder.filePath(u"other-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentDataTag())));

        // No DSC registered: the command stops before it signs anything.
        const ChildRun unregistered = runWithOtp(api, kDgm, kDgmMobile, {u"--cache"_s, cache});
        QCOMPARE(unregistered.exitCode, int(kSignBatchRejected));
        QVERIFY2(unregistered.errors.contains(u"No Digital Signature Certificate is registered for you"_s),
                 qPrintable(unregistered.errors));

        // Another officer's DSC registered: the key's certificate does not match it.
        SigningCertificateStore store(api.db->database(), api.clock);
        QString error;
        QVERIFY2(store.registerCertificate(
                     kDgm, TestSigningIdentity::validAround(u"Another Officer"_s, api.clock.nowUtc()).certificatePem(),
                     u"test"_s, &error),
                 qPrintable(error));
        const ChildRun other = runWithOtp(api, kDgm, kDgmMobile, {u"--cache"_s, cache});
        QCOMPARE(other.exitCode, int(kSignBatchRejected));
        QVERIFY2(other.errors.contains(u"is not the one registered for you"_s), qPrintable(other.errors));
        QVERIFY2(!other.output.contains(u"Signed and uploaded"_s), qPrintable(other.output));
        for (const QString &certificate : certificates) {
            const HttpTestResponse verified =
                api.request("GET"_ba, "/api/v1/public/certificates/"_ba + QUrl::toPercentEncoding(certificate));
            QCOMPARE(verified.status, 200);
            QCOMPARE(jsonOf(verified)[u"certificate"_s][u"pdf_published"_s].toBool(), false);
        }
        checkNoSecrets(other);
    }

    void wrongPassphraseCostsNoOtp_data() { addBackendColumn(); }
    void wrongPassphraseCostsNoOtp()
    {
        NODUES_START_API_SERVER(api, insertBillingRows, server::ApiSettings{1000, 1000, 1000, 1000, 900, 1000, 1000},
                                roomyOtpSettings(), ApplicationSettings{}, PasswordHasher::Cost::Interactive);
        addOfficer(api.db->database(), kDgm, OfficerRole::DivisionOfficer, u"20302"_s, kDgmMobile);
        const QString wrong = m_folder.filePath(u"wrong-passphrase"_s);
        QVERIFY(writeFile(wrong, "Not the passphrase\n"));
        QVERIFY(api.deliverOutbox());
        const int spoolBefore = api.spoolLineCount();

        const ChildRun run = runChild(api.server->url(), kDgm, {u"--passphrase-file"_s, wrong}, {});
        QCOMPARE(run.exitCode, int(kSignBatchRejected));
        QVERIFY2(run.errors.contains(u"passphrase"_s, Qt::CaseInsensitive), qPrintable(run.errors));
        QVERIFY(api.deliverOutbox());
        QCOMPARE(api.spoolLineCount(), spoolBefore);
        QVERIFY(!run.errors.contains(u"Not the passphrase"_s));
    }

    void wrongPasswordRejected_data() { addBackendColumn(); }
    void wrongPasswordRejected()
    {
        NODUES_START_API_SERVER(api, insertBillingRows, server::ApiSettings{1000, 1000, 1000, 1000, 900, 1000, 1000},
                                roomyOtpSettings(), ApplicationSettings{}, PasswordHasher::Cost::Interactive);
        addOfficer(api.db->database(), kDgm, OfficerRole::DivisionOfficer, u"20302"_s, kDgmMobile);
        const QString wrong = m_folder.filePath(u"wrong-password"_s);
        QVERIFY(writeFile(wrong, "Wrong-Horse-42\n"));

        const ChildRun run = runChild(api.server->url(), kDgm, {u"--password-file"_s, wrong}, {});
        QCOMPARE(run.exitCode, int(kSignBatchRejected));
        QVERIFY2(run.errors.contains(u"\"dgm.bhopal\" or the password is wrong"_s), qPrintable(run.errors));
        QVERIFY(!run.errors.contains(u"Wrong-Horse-42"_s));
    }

    void clerkMayNotSign_data() { addBackendColumn(); }
    void clerkMayNotSign()
    {
        NODUES_START_API_SERVER(api, insertBillingRows, server::ApiSettings{1000, 1000, 1000, 1000, 900, 1000, 1000},
                                roomyOtpSettings(), ApplicationSettings{}, PasswordHasher::Cost::Interactive);
        addOfficer(api.db->database(), kClerk, OfficerRole::Clerk, u"2030201"_s, kClerkMobile);
        const qint64 sessionsBefore = activeSessions(api);

        const ChildRun run = runWithOtp(api, kClerk, kClerkMobile, {});
        QCOMPARE(run.exitCode, int(kSignBatchRejected));
        QVERIFY2(run.errors.contains(u"clerk.arera is not a division officer"_s), qPrintable(run.errors));
        QCOMPARE(activeSessions(api), sessionsBefore);
    }

    void unreachableServer()
    {
        // Port 1 on loopback: nothing listens there, so the connection is refused at once.
        const ChildRun run = runChild(u"http://127.0.0.1:1"_s, kDgm, {}, {});
        QCOMPARE(run.exitCode, int(kSignBatchUnavailable));
        QVERIFY2(run.errors.contains(u"Could not reach the server at http://127.0.0.1:1"_s), qPrintable(run.errors));
    }

    void invalidOptions_data()
    {
        // The arguments are separated by spaces. @P12@, @PASSWORD@ and @PASSPHRASE@ are the test's files.
        QTest::addColumn<QString>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString server = u"--server http://127.0.0.1:1 --officer dgm.bhopal "_s;
        QTest::newRow("no password file") << server + u"--pkcs12 @P12@ --passphrase-file @PASSPHRASE@"_s
                                          << int(kSignBatchUsage) << u"--password-file"_s;
        QTest::newRow("PIN for a PKCS#12 file")
            << server + u"--password-file @PASSWORD@ --pkcs12 @P12@ --pin-file @PASSPHRASE@"_s << int(kSignBatchUsage)
            << u"--passphrase-file, not --pin-file"_s;
        QTest::newRow("no passphrase file") << server + u"--password-file @PASSWORD@ --pkcs12 @P12@"_s
                                            << int(kSignBatchUsage) << u"Give --passphrase-file FILE"_s;
        QTest::newRow("plain http to another host")
            << u"--server http://nodues.example.in --officer dgm.bhopal --password-file @PASSWORD@ --pkcs12 @P12@ "
               "--passphrase-file @PASSPHRASE@"_s
            << int(kSignBatchUsage) << u"nodues.example.in"_s;
        QTest::newRow("missing PKCS#12 file")
            << server + u"--password-file @PASSWORD@ --pkcs12 /nonexistent/officer.p12 --passphrase-file @PASSPHRASE@"_s
            << int(kSignBatchUnavailable) << u"/nonexistent/officer.p12"_s;
        QTest::newRow("empty password file")
            << server + u"--password-file /dev/null --pkcs12 @P12@ --passphrase-file @PASSPHRASE@"_s
            << int(kSignBatchUnavailable) << u"--password-file: the file /dev/null is empty"_s;
    }
    void invalidOptions()
    {
        QFETCH(QString, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        arguments.replace(u"@P12@"_s, m_pkcs12);
        arguments.replace(u"@PASSWORD@"_s, m_passwordFile);
        arguments.replace(u"@PASSPHRASE@"_s, m_passphraseFile);

        const ChildRun run = start(arguments.split(u' '), {});
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.errors.contains(message), qPrintable(run.errors));
    }

    void helpListsExitCodes()
    {
        const ChildRun run = start({u"--help"_s}, {});
        QCOMPARE(run.exitCode, int(kSignBatchOk));
        QVERIFY2(run.output.contains(u"--passphrase-file"_s), qPrintable(run.output));
        QVERIFY2(run.output.contains(u"Exit codes:"_s), qPrintable(run.output));
        QVERIFY2(run.output.contains(u"the key's DSC is not the registered one"_s), qPrintable(run.output));

        const ChildRun stray = start({u"leftover"_s}, {});
        QCOMPARE(stray.exitCode, int(kSignBatchUsage));
        QVERIFY2(stray.errors.contains(u"Unexpected argument \"leftover\"."_s), qPrintable(stray.errors));
    }

private:
    // Submits two applications, has the clerk forward them and the division officer approve them
    // as one batch over HTTP, and returns the certificate numbers.
    static QStringList approveTwo(ApiTestServer &api)
    {
        Database &database = api.db->database();
        QJsonArray batch;
        const QString clerk =
            officerToken(api, addOfficer(database, kClerk, OfficerRole::Clerk, u"2030201"_s, kClerkMobile));
        for (qsizetype index = 0; index < kIvrs.size(); ++index) {
            const QString number = submitApplication(api, kMobiles.at(index), applicationForm(kIvrs.at(index))).number;
            const HttpTestResponse forwarded = api.withToken(
                "POST"_ba, "/api/v1/officer/applications/"_ba + QUrl::toPercentEncoding(number) + "/forward"_ba, clerk,
                jsonBytes({{u"version"_s, 1}, {u"idempotency_key"_s, u"forward-%1-0000000"_s.arg(index)}}));
            if (forwarded.status != 200)
                QTest::qFail(forwarded.body.constData(), __FILE__, __LINE__);
            batch.append(QJsonObject{{u"number"_s, number}, {u"version"_s, 2}});
        }

        const QString dgm =
            officerToken(api, addOfficer(database, kDgm, OfficerRole::DivisionOfficer, u"20302"_s, kDgmMobile));
        QJsonObject decision{{u"action"_s, u"approve"_s}, {u"applications"_s, batch}};
        const HttpTestResponse otp =
            api.withToken("POST"_ba, "/api/v1/officer/decisions/otp"_ba, dgm, jsonBytes(decision));
        if (otp.status != 202)
            QTest::qFail(otp.body.constData(), __FILE__, __LINE__);
        decision[u"challenge_id"_s] = jsonOf(otp)[u"challenge_id"_s].toString();
        decision[u"otp"_s] = api.deliveredCode(kDgmMobile);
        decision[u"idempotency_key"_s] = u"approve-0000001"_s;
        const HttpTestResponse approved =
            api.withToken("POST"_ba, "/api/v1/officer/decisions"_ba, dgm, jsonBytes(decision));
        if (approved.status != 200)
            QTest::qFail(approved.body.constData(), __FILE__, __LINE__);
        QStringList certificates;
        const QJsonArray results = jsonOf(approved)[u"results"_s].toArray();
        for (const QJsonValue &result : results)
            certificates << result[u"certificate"_s][u"number"_s].toString();
        certificates.sort();
        return certificates;
    }

    static qint64 activeSessions(ApiTestServer &api)
    {
        return countRows(api.db->database(),
                         u"SELECT COUNT(*) FROM auth_session WHERE revoked_at IS NULL AND officer_id IS NOT NULL"_s);
    }

    // The codes of the officer sign-in SMS in api's spool to mobile, oldest first.
    static QStringList signInCodes(ApiTestServer &api, const QString &mobile)
    {
        QStringList codes;
        QFile spool(api.spoolPath);
        if (!spool.open(QIODevice::ReadOnly))
            return codes;
        static const QRegularExpression sixDigits(u"(?<![0-9/])([0-9]{6})(?![0-9/])"_s);
        while (!spool.atEnd()) {
            const QJsonObject message = QJsonDocument::fromJson(spool.readLine()).object();
            if (message[u"mobile"_s].toString() == mobile && message[u"kind"_s].toString() == u"officer_sign_in_otp"_s)
                codes << sixDigits.match(message[u"body"_s].toString()).captured(1);
        }
        return codes;
    }

    // Runs the command for username at api's server with the test key. Once the server has sent
    // the sign-in code to mobile, writes it to the command's standard input.
    ChildRun runWithOtp(ApiTestServer &api, const QString &username, const QString &mobile, const QStringList &extra)
    {
        if (!api.deliverOutbox())
            return {};
        const qsizetype before = signInCodes(api, mobile).size();
        return runChild(api.server->url(), username, extra, [&api, mobile, before]() -> QByteArray {
            for (int waited = 0; waited < kChildTimeoutMs; waited += 100) {
                if (!api.deliverOutbox())
                    return {};
                const QStringList codes = signInCodes(api, mobile);
                if (codes.size() > before)
                    return codes.last().toLatin1();
                QTest::qWait(100);
            }
            return {};
        });
    }

    // The command with --server url --officer username, the test key and secret files, replaced
    // by those in extra where extra names the same option. An empty value in extra leaves the
    // option out; other options in extra are added.
    ChildRun runChild(const QString &url, const QString &username, const QStringList &extra,
                      const std::function<QByteArray()> &otp)
    {
        QStringList arguments{u"--server"_s, url, u"--officer"_s, username};
        const QList<std::pair<QString, QString>> defaults{{u"--password-file"_s, m_passwordFile},
                                                          {u"--pkcs12"_s, m_pkcs12},
                                                          {u"--passphrase-file"_s, m_passphraseFile},
                                                          {u"--cache"_s, m_folder.filePath(u"cache.sqlite"_s)}};
        QStringList rest = extra;
        for (const auto &[option, value] : defaults) {
            const qsizetype index = rest.indexOf(option);
            const QString chosen = index >= 0 ? rest.at(index + 1) : value;
            if (index >= 0)
                rest.remove(index, 2);
            if (!chosen.isEmpty())
                arguments << option << chosen;
        }
        arguments << rest;
        arguments << u"--otp-file"_s << u"-"_s;
        return start(arguments, otp);
    }

    ChildRun start(const QStringList &arguments, const std::function<QByteArray()> &otp)
    {
        QProcess process;
        // English messages, every log line, and settings of its own rather than the user's.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"NODUES_LANG"_s, u"en"_s);
        environment.insert(u"QT_LOGGING_RULES"_s, u"nodues.*=true"_s);
        environment.insert(u"XDG_CONFIG_HOME"_s, m_folder.filePath(u"child-config"_s));
        environment.insert(u"XDG_DATA_HOME"_s, m_folder.filePath(u"child-data"_s));
        process.setProcessEnvironment(environment);
        process.start(QCoreApplication::applicationFilePath(), QStringList{u"--sign-batch"_s} + arguments);
        ChildRun run;
        if (!process.waitForStarted(10000)) {
            run.errors = u"the child did not start: "_s + process.errorString();
            return run;
        }
        if (otp) {
            m_otp = otp();
            process.write(m_otp + '\n');
        }
        process.closeWriteChannel();
        if (!process.waitForFinished(kChildTimeoutMs)) {
            run.errors = u"the child did not finish: "_s + process.errorString();
            process.kill();
            process.waitForFinished(5000);
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.output = QString::fromUtf8(process.readAllStandardOutput());
        run.errors = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    void checkNoSecrets(const ChildRun &run) const
    {
        const QString everything = run.output + run.errors;
        QVERIFY(!everything.contains(QString::fromLatin1(kPassword)));
        QVERIFY(!everything.contains(QString::fromLatin1(kPassphrase)));
        QVERIFY(!m_otp.isEmpty());
        QVERIFY(!everything.contains(QString::fromLatin1(m_otp)));
    }

    QTemporaryDir m_folder;
    std::unique_ptr<SoftHsmToken> m_token;
    QString m_pkcs12;
    QString m_passwordFile;
    QString m_passphraseFile;
    QByteArray m_otp; // the last one given to a child
};

// As nodues-workstation does, this executable runs --sign-batch when asked, so the tests can start
// the command as a child process; otherwise it runs the tests.
int main(int argc, char *argv[])
{
    if (isSignBatchCommand(argc, argv))
        return runSignBatchCommand(argc, argv);
    QCoreApplication app(argc, argv);
    TestWorkstationSignBatch test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestWorkstationSignBatch.moc"
