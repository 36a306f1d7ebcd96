// The division officer's upload of a signed certificate PDF over real HTTP on loopback, on SQLite
// and PostgreSQL. The PDFs are signed at test time (SignedPdfFixtures.h) with officers'
// certificates registered through the core store, and approval is stood in for by inserting the
// certificate row (CertificateFixtures.h).
//
// The rule under test for binding a PDF to its certificate: the signature dictionary's
// /Location must be exactly the certificate number. Another officer of the same division who
// uploads a PDF signed with their own registered certificate gets 403 not_approving_officer.
// The approving officer's upload of a PDF signed with an unregistered key gets 422
// signer_not_expected.

#include "ApiTestServer.h"
#include "ApplicationFixtures.h"
#include "CertificateFixtures.h"
#include "OfficeFixtures.h"
#include "SignedPdfFixtures.h"
#include "api/CertificateUploadRoutes.h"
#include "security/SecureRandom.h"
#include "storage/SqlUtil.h"

#include <QFile>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;
using namespace nodues::test;

namespace {

const QString kMobile = u"9876543210"_s;
const QString kOwnFirst = u"1000000001"_s;
const QString kOwnSecond = u"1000000002"_s;
const QString kCertificateNumber = u"NDC/20302/2026-27/000001"_s;
const qint64 kRoomyBodyLimit = 2 * 1024 * 1024;

void insertBillingRows(Database &database)
{
    insertBillingConnection(database, {kOwnFirst, u"Ramesh Kumar"_s, u"रमेश कुमार"_s, kMobile, u"2030201"_s, u"METERED"_s,
                                       u"WORKING"_s, u"DONE"_s, 0, u"2026-11-15"_s});
    insertBillingConnection(database, {kOwnSecond, u"Ramesh Kumar"_s, QString(), kMobile, u"2030201"_s, u"UNMETERED"_s,
                                       QString(), u"DONE"_s, -5000, QString()});
}

// The officers of one test and the certificate awaiting its signed PDF.
struct UploadSetup
{
    Officer approver;      // division officer of 20302 who approved the certificate
    Officer colleague;     // another division officer of 20302, with a certificate of their own
    Officer otherDivision; // division officer of 20303
    Officer clerk;         // clerk of DC 2030201
    TestSigningIdentity approverIdentity;
    TestSigningIdentity colleagueIdentity;
    QString applicationNumber;
};

UploadSetup prepare(ApiTestServer &api, bool registerApproverCertificate = true)
{
    UploadSetup setup;
    Database &database = api.db->database();
    setup.approver = addOfficer(database, u"dgm20302"_s, OfficerRole::DivisionOfficer, u"20302"_s, u"9425000010"_s);
    setup.colleague = addOfficer(database, u"dgm20302b"_s, OfficerRole::DivisionOfficer, u"20302"_s, u"9425000011"_s);
    setup.otherDivision =
        addOfficer(database, u"dgm20303"_s, OfficerRole::DivisionOfficer, u"20303"_s, u"9425000012"_s);
    setup.clerk = addOfficer(database, u"clerk2030201"_s, OfficerRole::Clerk, u"2030201"_s, u"9425000013"_s);
    const QDateTime now = api.clock.nowUtc();
    setup.approverIdentity = TestSigningIdentity::validAround(u"Rajesh Kumar, DGM City East"_s, now);
    setup.colleagueIdentity = TestSigningIdentity::validAround(u"Anil Verma, DGM City East"_s, now);
    if (registerApproverCertificate)
        registerSigningCertificate(api, setup.approver, setup.approverIdentity);
    registerSigningCertificate(api, setup.colleague, setup.colleagueIdentity);

    const SubmittedApplication submitted = submitApplication(api, kMobile, applicationForm(kOwnFirst));
    if (submitted.response.status != 201) {
        QTest::qFail(submitted.response.body.constData(), __FILE__, __LINE__);
        return setup;
    }
    setup.applicationNumber = submitted.number;
    insertApprovedCertificate(api, submitted.number, kCertificateNumber, setup.approver);
    return setup;
}

HttpTestResponse upload(ApiTestServer &api, const QString &token, const QByteArray &pdf,
                        const QString &number = kCertificateNumber, const QByteArray &contentType = "application/pdf",
                        const QByteArray &language = "en")
{
    return api.request("PUT"_ba, certificateUploadTarget(number), pdf,
                       {{"Authorization"_ba, "Bearer "_ba + token.toLatin1()},
                        {"Content-Type"_ba, contentType},
                        {"Accept-Language"_ba, language}});
}

QString applicationStatus(ApiTestServer &api, const QString &applicationNumber)
{
    QString error;
    QSqlDatabase db = api.db->database().connection(&error);
    QSqlQuery query(db);
    if (!execPrepared(query, u"SELECT status FROM application WHERE number = :number"_s,
                      {{u"number"_s, applicationNumber}}, &error) ||
        !query.next())
        return error;
    return query.value(0).toString();
}

qint64 readySmsCount(ApiTestServer &api)
{
    return countRows(api.db->database(), u"SELECT COUNT(*) FROM sms_outbox WHERE kind = 'certificate_ready'"_s);
}

void setRevoked(Database &database, const QString &certificateNumber)
{
    QString error;
    QSqlDatabase db = database.connection(&error);
    QSqlQuery query(db);
    QVERIFY2(execPrepared(query,
                          u"UPDATE certificate SET revoked_at = '2026-12-04T11:00:00.000Z',"
                          " revoked_reason = 'Dues found later' WHERE number = :number"_s,
                          {{u"number"_s, certificateNumber}}, &error),
             qPrintable(error));
}

} // namespace

class TestCertificateUploadApi : public QObject
{
    Q_OBJECT

private:
    static server::ApiSettings roomyApiSettings() { return {100, 100, 100, 100, 900, 1000, 1000}; }

    // Signed test PDFs are about 5 KB, over ApiTestServer's 4 KB body limit, so the listener
    // restarts with a limit above the route's own.
#define START_UPLOAD_API_SERVER(api)                                                                                   \
    NODUES_START_API_SERVER(api, insertBillingRows, roomyApiSettings());                                               \
    QVERIFY(restartWithBodyLimit(api, kRoomyBodyLimit));

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"nodues.*.info=false"_s);
    }

    void uploadIssuesCertificate_data()
    {
        addBackendColumn();
    }
    void uploadIssuesCertificate()
    {
        START_UPLOAD_API_SERVER(api);
        const UploadSetup setup = prepare(api);
        QVERIFY(!setup.applicationNumber.isEmpty());
        const QString token = officerToken(api, setup.approver);
        const QByteArray pdf = setup.approverIdentity.sign(unsignedCertificatePdf(kCertificateNumber));
        QVERIFY(!pdf.isEmpty());
        QVERIFY(pdf.size() > ApiTestServer::kBodyLimitBytes);

        HttpTestResponse response = upload(api, token, pdf);
        QCOMPARE(response.status, 201);
        QJsonObject body = jsonOf(response);
        QCOMPARE(body[u"status"_s].toString(), u"published"_s);
        QCOMPARE(body[u"number"_s].toString(), kCertificateNumber);
        QCOMPARE(body[u"application_number"_s].toString(), setup.applicationNumber);
        QCOMPARE(body[u"pdf_sha256"_s].toString(), SecureRandom::sha256Hex(pdf));
        QCOMPARE(body[u"pdf_bytes"_s].toInteger(), qint64(pdf.size()));
        QCOMPARE(applicationStatus(api, setup.applicationNumber), u"issued"_s);
        QCOMPARE(countRows(api.db->database(),
                           u"SELECT COUNT(*) FROM audit_log WHERE action = 'certificate.publish'"
                           " AND actor = 'officer:dgm20302' AND entity_id = :number"_s,
                           {{u"number"_s, kCertificateNumber}}),
                 1);

        // The consumer gets the SMS with a link that downloads exactly the uploaded file.
        QVERIFY(api.deliverOutbox());
        const QString sms = api.lastBody(kMobile);
        static const QRegularExpression link(u"https://nodues\\.example\\.in/d/([A-Za-z0-9_-]{22})"_s);
        const QString linkToken = link.match(sms).captured(1);
        QVERIFY2(!linkToken.isEmpty(), qPrintable(sms));
        QVERIFY2(sms.contains(setup.applicationNumber), qPrintable(sms));
        const HttpTestResponse download = api.request("GET"_ba, "/d/"_ba + linkToken.toLatin1());
        QCOMPARE(download.status, 200);
        QCOMPARE(download.body, pdf);
        const QString consumerToken = api.signIn(kMobile);
        const HttpTestResponse status = api.withToken(
            "GET"_ba, "/api/v1/consumer/applications/"_ba + QUrl::toPercentEncoding(setup.applicationNumber),
            consumerToken);
        QCOMPARE(jsonOf(status)[u"status"_s].toString(), u"issued"_s);
        QCOMPARE(jsonOf(status)[u"certificate"_s][u"number"_s].toString(), kCertificateNumber);
        const int spoolLines = api.spoolLineCount();

        // The same file again changes nothing and sends no second SMS.
        response = upload(api, token, pdf);
        QCOMPARE(response.status, 200);
        body = jsonOf(response);
        QCOMPARE(body[u"status"_s].toString(), u"already_published"_s);
        QCOMPARE(body[u"pdf_sha256"_s].toString(), SecureRandom::sha256Hex(pdf));
        QCOMPARE(readySmsCount(api), 1);
        QVERIFY(api.deliverOutbox());
        QCOMPARE(api.spoolLineCount(), spoolLines);

        // Another validly signed file for the same number is refused.
        const QByteArray other =
            setup.approverIdentity.sign(unsignedCertificatePdf(kCertificateNumber, "No Dues Certificate, reprint"));
        response = upload(api, token, other);
        QCOMPARE(response.status, 409);
        QCOMPARE(errorCodeOf(response), u"certificate_already_published"_s);
        QVERIFY(errorMessageOf(response).contains(kCertificateNumber));
        QCOMPARE(readySmsCount(api), 1);
        QCOMPARE(countRows(api.db->database(), u"SELECT COUNT(*) FROM download_link"_s), 1);
    }

    // The signed fixture is a PAdES signature that poppler accepts too, so the route is tested
    // with the kind of file the workstation must produce.
    void signedFixtureValidForPdfsig()
    {
        const QString pdfsig = QStandardPaths::findExecutable(u"pdfsig"_s);
        if (pdfsig.isEmpty())
            QFAIL("pdfsig is missing: install poppler-utils (scripts/install-deps.sh does)");
        const TestSigningIdentity identity =
            TestSigningIdentity::validAround(u"Rajesh Kumar"_s, QDateTime::currentDateTimeUtc());
        const QByteArray pdf = identity.sign(unsignedCertificatePdf(kCertificateNumber));
        QTemporaryDir folder;
        QFile file(folder.filePath(u"certificate.pdf"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(pdf), pdf.size());
        file.close();

        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(pdfsig, {file.fileName()});
        QVERIFY(process.waitForFinished(120000));
        const QString report = QString::fromUtf8(process.readAll());
        QVERIFY2(report.contains(u"Signature Validation: Signature is Valid."_s), qPrintable(report));
        QVERIFY2(report.contains(u"Total document signed"_s), qPrintable(report));
        QVERIFY2(report.contains(u"ETSI.CAdES.detached"_s), qPrintable(report));
    }

    void invalidPdfRejected_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("code");
        const QList<std::pair<QString, QString>> cases{
            {u"another key"_s, u"signer_not_expected"_s},
            {u"tampered byte"_s, u"digest_mismatch"_s},
            {u"unsigned"_s, u"no_signature"_s},
            {u"not a PDF"_s, u"not_pdf"_s},
            {u"other number in location"_s, u"certificate_number_mismatch"_s},
            {u"number only in page text"_s, u"certificate_number_mismatch"_s},
        };
        for (const QString &backend : {u"sqlite"_s, u"postgres"_s}) {
            for (const auto &[kind, code] : cases)
                QTest::newRow(qPrintable(backend + u": "_s + kind)) << backend << kind << code;
        }
    }
    void invalidPdfRejected()
    {
        QFETCH(QString, kind);
        QFETCH(QString, code);
        START_UPLOAD_API_SERVER(api);
        const UploadSetup setup = prepare(api);
        QVERIFY(!setup.applicationNumber.isEmpty());

        QByteArray pdf;
        if (kind == u"another key"_s) {
            const TestSigningIdentity stranger = TestSigningIdentity::validAround(u"Stranger"_s, api.clock.nowUtc());
            pdf = stranger.sign(unsignedCertificatePdf(kCertificateNumber));
        } else if (kind == u"tampered byte"_s) {
            pdf = setup.approverIdentity.sign(unsignedCertificatePdf(kCertificateNumber, "Dues: Rs 0"));
            const qsizetype at = pdf.indexOf("Dues: Rs 0") + 9;
            QCOMPARE(pdf.at(at), '0');
            pdf[at] = '9';
        } else if (kind == u"unsigned"_s) {
            pdf = unsignedCertificatePdf(kCertificateNumber, "No Dues Certificate", false);
        } else if (kind == u"not a PDF"_s) {
            pdf = "<html>not a certificate</html>";
        } else if (kind == u"other number in location"_s) {
            pdf = setup.approverIdentity.sign(unsignedCertificatePdf(u"NDC/20302/2026-27/000002"_s));
        } else {
            pdf = setup.approverIdentity.sign(
                unsignedCertificatePdf(u"Bhopal"_s, "No Dues Certificate " + kCertificateNumber.toLatin1()));
        }
        QVERIFY(!pdf.isEmpty());

        const HttpTestResponse response = upload(api, officerToken(api, setup.approver), pdf);
        QCOMPARE(response.status, 422);
        QCOMPARE(errorCodeOf(response), code);
        QVERIFY(!errorMessageOf(response).isEmpty());
        QCOMPARE(applicationStatus(api, setup.applicationNumber), u"approved"_s);
        QCOMPARE(readySmsCount(api), 0);
        QCOMPARE(countRows(api.db->database(), u"SELECT COUNT(*) FROM certificate WHERE pdf IS NOT NULL"_s), 0);
    }

    void rejectionTranslatedToHindi_data()
    {
        addBackendColumn();
    }
    void rejectionTranslatedToHindi()
    {
        START_UPLOAD_API_SERVER(api);
        const UploadSetup setup = prepare(api);
        const HttpTestResponse response =
            upload(api, officerToken(api, setup.approver), unsignedCertificatePdf(kCertificateNumber, "x", false),
                   kCertificateNumber, "application/pdf", "hi");
        QCOMPARE(response.status, 422);
        QCOMPARE(response.header("Content-Language"_ba), "hi"_ba);
        QVERIFY2(errorMessageOf(response).startsWith(u"PDF पर हस्ताक्षर नहीं हैं"_s), qPrintable(errorMessageOf(response)));
    }

    void onlyApprovingOfficerUploads_data()
    {
        addBackendColumn();
    }
    void onlyApprovingOfficerUploads()
    {
        START_UPLOAD_API_SERVER(api);
        const UploadSetup setup = prepare(api);
        QVERIFY(!setup.applicationNumber.isEmpty());

        // A colleague in the same division, signing with their own registered certificate.
        const QByteArray colleaguePdf = setup.colleagueIdentity.sign(unsignedCertificatePdf(kCertificateNumber));
        HttpTestResponse response = upload(api, officerToken(api, setup.colleague), colleaguePdf);
        QCOMPARE(response.status, 403);
        QCOMPARE(errorCodeOf(response), u"not_approving_officer"_s);

        // Another division's officer cannot even learn that the number exists.
        const QByteArray pdf = setup.approverIdentity.sign(unsignedCertificatePdf(kCertificateNumber));
        response = upload(api, officerToken(api, setup.otherDivision), pdf);
        QCOMPARE(response.status, 404);
        QCOMPARE(errorCodeOf(response), u"certificate_not_found"_s);
        response = upload(api, officerToken(api, setup.approver), pdf, u"NDC/20302/2026-27/000099"_s);
        QCOMPARE(response.status, 404);
        QCOMPARE(errorCodeOf(response), u"certificate_not_found"_s);

        // Clerks, consumers and anonymous callers are turned away by role and session.
        response = upload(api, officerToken(api, setup.clerk), pdf);
        QCOMPARE(response.status, 403);
        QCOMPARE(errorCodeOf(response), u"role_not_allowed"_s);
        response = upload(api, api.signIn(kMobile), pdf);
        QCOMPARE(response.status, 403);
        QCOMPARE(errorCodeOf(response), u"not_an_officer_session"_s);
        response = api.request("PUT"_ba, certificateUploadTarget(kCertificateNumber), pdf,
                               {{"Content-Type"_ba, "application/pdf"_ba}});
        QCOMPARE(response.status, 401);

        QCOMPARE(applicationStatus(api, setup.applicationNumber), u"approved"_s);
        QCOMPARE(upload(api, officerToken(api, setup.approver), pdf).status, 201);
    }

    void registeredCertificateRequired_data()
    {
        addBackendColumn();
    }
    void registeredCertificateRequired()
    {
        START_UPLOAD_API_SERVER(api);
        const UploadSetup setup = prepare(api, false);
        QVERIFY(!setup.applicationNumber.isEmpty());
        const QByteArray pdf = setup.approverIdentity.sign(unsignedCertificatePdf(kCertificateNumber));

        HttpTestResponse response = upload(api, officerToken(api, setup.approver), pdf);
        QCOMPARE(response.status, 409);
        QCOMPARE(errorCodeOf(response), u"signing_certificate_missing"_s);
        QVERIFY(errorMessageOf(response).contains(u"officer set-certificate"_s));

        // A certificate valid for ten more days is accepted now and refused once it expired.
        const QDateTime now = api.clock.nowUtc();
        const TestSigningIdentity shortLived =
            TestSigningIdentity::create(u"Rajesh Kumar, DGM City East"_s, {now.addDays(-1), now.addDays(10)});
        registerSigningCertificate(api, setup.approver, shortLived);
        const QByteArray shortLivedPdf = shortLived.sign(unsignedCertificatePdf(kCertificateNumber));
        api.clock.advanceSeconds(11 * 24 * 3600);
        response = upload(api, officerToken(api, setup.approver), shortLivedPdf);
        QCOMPARE(response.status, 409);
        QCOMPARE(errorCodeOf(response), u"signing_certificate_not_valid"_s);
        QCOMPARE(applicationStatus(api, setup.applicationNumber), u"approved"_s);
    }

    void mediaTypeAndSizeChecked_data()
    {
        addBackendColumn();
    }
    void mediaTypeAndSizeChecked()
    {
        START_UPLOAD_API_SERVER(api);
        const UploadSetup setup = prepare(api);
        const QString token = officerToken(api, setup.approver);
        const QByteArray pdf = setup.approverIdentity.sign(unsignedCertificatePdf(kCertificateNumber));

        HttpTestResponse response = upload(api, token, pdf, kCertificateNumber, "application/octet-stream");
        QCOMPARE(response.status, 415);
        QCOMPARE(errorCodeOf(response), u"unsupported_media_type"_s);

        // The route's own limit, below the server's body limit.
        QByteArray oversized = pdf;
        oversized.append(QByteArray(server::kMaxCertificatePdfBytes + 1 - pdf.size(), ' '));
        response = upload(api, token, oversized);
        QCOMPARE(response.status, 413);
        QCOMPARE(errorCodeOf(response), u"pdf_too_large"_s);
        QVERIFY(errorMessageOf(response).contains(QString::number(server::kMaxCertificatePdfBytes)));

        // A parameter on the media type is fine.
        QCOMPARE(upload(api, token, pdf, kCertificateNumber, "Application/PDF; name=certificate.pdf").status, 201);
    }

    void revokedCertificateNotIssued_data()
    {
        addBackendColumn();
    }
    void revokedCertificateNotIssued()
    {
        START_UPLOAD_API_SERVER(api);
        const UploadSetup setup = prepare(api);
        setRevoked(api.db->database(), kCertificateNumber);
        const QByteArray pdf = setup.approverIdentity.sign(unsignedCertificatePdf(kCertificateNumber));
        const HttpTestResponse response = upload(api, officerToken(api, setup.approver), pdf);
        QCOMPARE(response.status, 409);
        QCOMPARE(errorCodeOf(response), u"certificate_revoked"_s);
        QCOMPARE(readySmsCount(api), 0);
    }
};

QTEST_GUILESS_MAIN(TestCertificateUploadApi)
#include "TestCertificateUploadApi.moc"
