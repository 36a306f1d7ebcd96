// `nodues-server officer set-certificate` through the built binary, on SQLite and PostgreSQL,
// with certificates made at test time around the system clock, which the binary reads.

#include "ApplicationFixtures.h"
#include "OfficeFixtures.h"
#include "ServerProcess.h"
#include "SignedPdfFixtures.h"
#include "TestDatabase.h"
#include "Timestamp.h"
#include "officers/SigningCertificate.h"
#include "storage/SqlUtil.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;
using namespace nodues::test;

namespace {

const QString kOfficer = u"dgm20302"_s;

QString writeFile(const TestDatabase &database, const QString &name, const QByteArray &bytes)
{
    const QString path = database.scratchPath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        QTest::qFail(qPrintable(u"Could not write %1"_s.arg(path)), __FILE__, __LINE__);
    return path;
}

CommandResult setCertificate(const TestDatabase &database, const QString &username, const QString &path,
                             const QStringList &extra = {})
{
    return runServerCommand(QStringList{u"officer"_s, u"set-certificate"_s, username, path} + extra, database.url());
}

QString registeredPem(Database &database, const QString &username)
{
    QString error;
    QSqlDatabase db = database.connection(&error);
    QSqlQuery query(db);
    if (!execPrepared(query, u"SELECT signing_certificate_pem FROM officer WHERE username = :username"_s,
                      {{u"username"_s, username}}, &error) ||
        !query.next())
        return error;
    return query.value(0).toString();
}

// The details of the audit rows "officer.set_certificate" of username, oldest first.
QList<QJsonObject> auditDetails(Database &database, const QString &username)
{
    QString error;
    QSqlDatabase db = database.connection(&error);
    QSqlQuery query(db);
    QList<QJsonObject> details;
    if (!execPrepared(query,
                      u"SELECT details, actor FROM audit_log WHERE action = 'officer.set_certificate'"
                      " AND entity_id = :username ORDER BY seq"_s,
                      {{u"username"_s, username}}, &error)) {
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
        return {};
    }
    while (query.next())
        details.append(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
    return details;
}

// The certificate's facts as the core reads them, for comparing with the command's output.
SigningCertificate parsed(const TestSigningIdentity &identity)
{
    QString error;
    const std::optional<SigningCertificate> certificate = SigningCertificate::parse(identity.certificatePem(), &error);
    if (!certificate) {
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
        return {};
    }
    return *certificate;
}

} // namespace

class TestOfficerCertificateCommand : public QObject
{
    Q_OBJECT

private:
#define OPEN_OFFICER_DATABASE(db)                                                                                      \
    NODUES_OPEN_TEST_DATABASE(db);                                                                                     \
    insertOfficeTree(db->database());                                                                                  \
    addOfficer(db->database(), kOfficer, OfficerRole::DivisionOfficer, u"20302"_s, u"9425000010"_s);                   \
    if (QTest::currentTestFailed())                                                                                    \
        return;

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"nodues.*.info=false"_s);
    }

    void registersAndPrintsDetails_data()
    {
        addBackendColumn();
    }
    void registersAndPrintsDetails()
    {
        OPEN_OFFICER_DATABASE(db);
        const TestSigningIdentity identity =
            TestSigningIdentity::validAround(u"राजेश कुमार, DGM City East"_s, QDateTime::currentDateTimeUtc());
        const SigningCertificate expected = parsed(identity);
        // Text around the PEM block, as `openssl x509 -text` writes it, is ignored.
        const QString path =
            writeFile(*db, u"officer.pem"_s, "Certificate:\n    Data: ...\n" + identity.certificatePem());

        CommandResult result = setCertificate(*db, kOfficer, path);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(!result.standardError.contains(u"Warning"_s), qPrintable(result.standardError));
        const QString out = result.standardOutput;
        QVERIFY2(out.contains(u"Registered the Digital Signature Certificate of officer dgm20302"_s), qPrintable(out));
        QVERIFY2(out.contains(u"subject:     CN=राजेश कुमार\\, DGM City East,O=NoDues Test,C=IN"_s), qPrintable(out));
        QVERIFY(out.contains(u"issuer:      CN=NoDues Test CA,O=NoDues Test,C=IN"_s));
        QVERIFY(out.contains(u"serial:      "_s + expected.serialNumber));
        QVERIFY(out.contains(u"SHA-256:     "_s + expected.sha256Fingerprint));
        QCOMPARE(expected.sha256Fingerprint.size(), 32 * 3 - 1);
        QVERIFY(out.contains(u"valid from:  "_s + Timestamp::istDateTime(expected.notBefore) + u" IST"_s));
        QVERIFY(out.contains(u"valid until: "_s + Timestamp::istDateTime(expected.notAfter) + u" IST"_s));
        QCOMPARE(registeredPem(db->database(), kOfficer), QString::fromLatin1(identity.certificatePem()));

        QList<QJsonObject> audit = auditDetails(db->database(), kOfficer);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.at(0)[u"sha256_fingerprint"_s].toString(), expected.sha256Fingerprint);
        QCOMPARE(audit.at(0)[u"serial_number"_s].toString(), expected.serialNumber);
        QCOMPARE(audit.at(0)[u"subject"_s].toString(), expected.subject);
        QCOMPARE(audit.at(0)[u"issuer"_s].toString(), expected.issuer);
        QCOMPARE(audit.at(0)[u"not_after"_s].toString(), Timestamp::toStorage(expected.notAfter));
        QVERIFY(!audit.at(0).contains(u"previous_sha256_fingerprint"_s));

        // Registering the same certificate again writes nothing.
        result = setCertificate(*db, kOfficer, path, {u"--json"_s});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(result.standardOutput.toUtf8()).object();
        QCOMPARE(json[u"changed"_s].toBool(), false);
        QCOMPARE(json[u"sha256_fingerprint"_s].toString(), expected.sha256Fingerprint);
        QCOMPARE(json[u"not_before"_s].toString(), Timestamp::toStorage(expected.notBefore));
        QCOMPARE(auditDetails(db->database(), kOfficer).size(), 1);

        // A renewed certificate replaces it, and the audit row names the one replaced.
        const TestSigningIdentity renewed =
            TestSigningIdentity::validAround(u"Rajesh Kumar, DGM City East"_s, QDateTime::currentDateTimeUtc());
        result = setCertificate(*db, kOfficer, writeFile(*db, u"renewed.pem"_s, renewed.certificatePem()));
        QCOMPARE(result.exitCode, 0);
        QVERIFY(
            result.standardOutput.contains(u"replaces the certificate with SHA-256 "_s + expected.sha256Fingerprint));
        QCOMPARE(registeredPem(db->database(), kOfficer), QString::fromLatin1(renewed.certificatePem()));
        audit = auditDetails(db->database(), kOfficer);
        QCOMPARE(audit.size(), 2);
        QCOMPARE(audit.at(1)[u"previous_sha256_fingerprint"_s].toString(), expected.sha256Fingerprint);
        QCOMPARE(audit.at(1)[u"sha256_fingerprint"_s].toString(), parsed(renewed).sha256Fingerprint);
    }

    void warnsBeforeExpiry_data()
    {
        addBackendColumn();
    }
    void warnsBeforeExpiry()
    {
        OPEN_OFFICER_DATABASE(db);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const TestSigningIdentity identity =
            TestSigningIdentity::create(u"Rajesh Kumar"_s, {now.addDays(-300), now.addDays(20)});
        const CommandResult result =
            setCertificate(*db, kOfficer, writeFile(*db, u"officer.pem"_s, identity.certificatePem()));
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.standardError.contains(u"Warning: the certificate expires on "_s),
                 qPrintable(result.standardError));
        QVERIFY2(result.standardError.contains(u"in 19 days"_s), qPrintable(result.standardError));
        QVERIFY(!registeredPem(db->database(), kOfficer).isEmpty());
    }

    void invalidInputRejected_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        const QList<std::pair<QString, QString>> cases{
            {u"expired"_s, u"The certificate expired on"_s},
            {u"not yet valid"_s, u"The certificate is not valid before"_s},
            {u"CA certificate"_s, u"certificate authority's certificate (its basic constraints say CA:TRUE)"_s},
            {u"encryption only"_s, u"key usage allows neither digital signatures"_s},
            {u"two certificates"_s, u"does not contain exactly one X.509 certificate"_s},
            {u"not PEM"_s, u"does not contain exactly one X.509 certificate"_s},
            {u"clerk"_s, u"Only division officers sign certificates"_s},
            {u"clerk with a CA certificate"_s, u"Only division officers sign certificates"_s},
            {u"unknown officer"_s, u"No officer has the username \"nobody\""_s},
            {u"another officer's certificate"_s, u"already registered for officer dgm20302"_s},
            {u"missing file"_s, u"Couldn't read the certificate file"_s},
        };
        for (const QString &backend : {u"sqlite"_s, u"postgres"_s}) {
            for (const auto &[kind, message] : cases)
                QTest::newRow(qPrintable(backend + u": "_s + kind)) << backend << kind << message;
        }
    }
    void invalidInputRejected()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        OPEN_OFFICER_DATABASE(db);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const TestSigningIdentity valid = TestSigningIdentity::validAround(u"Rajesh Kumar"_s, now);

        QString username = kOfficer;
        QByteArray pem;
        if (kind == u"expired"_s) {
            pem = TestSigningIdentity::create(u"Old"_s, {now.addYears(-3), now.addDays(-1)}).certificatePem();
        } else if (kind == u"not yet valid"_s) {
            pem = TestSigningIdentity::create(u"Future"_s, {now.addDays(2), now.addYears(2)}).certificatePem();
        } else if (kind == u"CA certificate"_s) {
            pem = TestSigningIdentity::create(u"A CA"_s,
                                              {now.addDays(-1), now.addYears(2), true, "critical,keyCertSign,cRLSign"})
                      .certificatePem();
        } else if (kind == u"encryption only"_s) {
            pem = TestSigningIdentity::create(u"Encryption"_s,
                                              {now.addDays(-1), now.addYears(2), false, "critical,keyEncipherment"})
                      .certificatePem();
        } else if (kind == u"two certificates"_s) {
            pem = valid.certificatePem() + TestSigningIdentity::validAround(u"Other"_s, now).certificatePem();
        } else if (kind == u"not PEM"_s) {
            pem = "-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n";
        } else if (kind == u"clerk"_s) {
            addOfficer(db->database(), u"clerk2030201"_s, OfficerRole::Clerk, u"2030201"_s, u"9425000013"_s);
            username = u"clerk2030201"_s;
            pem = valid.certificatePem();
        } else if (kind == u"clerk with a CA certificate"_s) {
            // The role is reported before anything about the file.
            addOfficer(db->database(), u"clerk2030201"_s, OfficerRole::Clerk, u"2030201"_s, u"9425000013"_s);
            username = u"clerk2030201"_s;
            pem = TestSigningIdentity::create(u"A CA"_s,
                                              {now.addDays(-1), now.addYears(2), true, "critical,keyCertSign,cRLSign"})
                      .certificatePem();
        } else if (kind == u"unknown officer"_s) {
            username = u"nobody"_s;
            pem = valid.certificatePem();
        } else if (kind == u"another officer's certificate"_s) {
            QCOMPARE(setCertificate(*db, kOfficer, writeFile(*db, u"first.pem"_s, valid.certificatePem())).exitCode, 0);
            addOfficer(db->database(), u"dgm20302b"_s, OfficerRole::DivisionOfficer, u"20302"_s, u"9425000011"_s);
            username = u"dgm20302b"_s;
            pem = valid.certificatePem();
        }
        const QString path =
            kind == u"missing file"_s ? db->scratchPath(u"missing.pem"_s) : writeFile(*db, u"officer.pem"_s, pem);

        const CommandResult result = setCertificate(*db, username, path);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.standardError.contains(message), qPrintable(result.standardError));
        QVERIFY(result.standardOutput.isEmpty());
        const qint64 expectedRows = kind == u"another officer's certificate"_s ? 1 : 0;
        QCOMPARE(countRows(db->database(), u"SELECT COUNT(*) FROM officer WHERE signing_certificate_pem IS NOT NULL"_s),
                 expectedRows);
        QCOMPARE(
            countRows(db->database(), u"SELECT COUNT(*) FROM audit_log WHERE action = 'officer.set_certificate'"_s),
            expectedRows);
    }

    void wrongArgumentsAreUsageError()
    {
        const CommandResult result = runServerCommand({u"officer"_s, u"set-certificate"_s, kOfficer});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.standardError.contains(u"Wrong number of arguments."_s));
        QVERIFY(result.standardError.contains(u"nodues-server officer set-certificate"_s));
    }
};

QTEST_GUILESS_MAIN(TestOfficerCertificateCommand)
#include "TestOfficerCertificateCommand.moc"
