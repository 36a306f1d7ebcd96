// The certificate as officers see it, and their download of its published signed PDF, over real
// HTTP on loopback, on SQLite and PostgreSQL.
//
// The application goes through the real clerk forward and the division officer's approval with
// the OTP from the SMS spool, so the certificate members of the officer view are compared with
// the IssuedCertificate of that approval. The approving officer's certificate is registered
// through the core store and the PDF is signed at test time (SignedPdfFixtures.h).

#include "ApiTestServer.h"
#include "ApplicationFixtures.h"
#include "CertificateFixtures.h"
#include "OfficeFixtures.h"
#include "SignedPdfFixtures.h"
#include "security/SecureRandom.h"
#include "storage/SqlUtil.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;
using namespace nodues::test;

namespace {

const QString kMobile = u"9876543210"_s;
const QString kIvrs = u"1000000001"_s;
const qint64 kRoomyBodyLimit = 2 * 1024 * 1024;

void insertBillingRows(Database &database)
{
    insertBillingConnection(database, {kIvrs, u"Ramesh Kumar"_s, u"रमेश कुमार"_s, kMobile, u"2030201"_s, u"METERED"_s,
                                       u"WORKING"_s, u"DONE"_s, 0, u"2026-11-15"_s});
}

// The officers of one test; the application is of DC 2030201 in division 20302.
struct Officers
{
    Officer clerk;                // DC 2030201
    Officer otherDcClerk;         // DC 2030202, same division
    Officer approver;             // division 20302
    Officer otherDivision;        // division 20303
    Officer admin;                // attached to 20303, yet sees every certificate
    TestSigningIdentity identity; // the approver's registered certificate
};

Officers addOfficers(ApiTestServer &api)
{
    Database &database = api.db->database();
    Officers officers;
    officers.clerk = addOfficer(database, u"clerk2030201"_s, OfficerRole::Clerk, u"2030201"_s, u"9425000001"_s);
    officers.otherDcClerk = addOfficer(database, u"clerk2030202"_s, OfficerRole::Clerk, u"2030202"_s, u"9425000002"_s);
    officers.approver = addOfficer(database, u"dgm20302"_s, OfficerRole::DivisionOfficer, u"20302"_s, u"9425000003"_s);
    officers.otherDivision =
        addOfficer(database, u"dgm20303"_s, OfficerRole::DivisionOfficer, u"20303"_s, u"9425000004"_s);
    officers.admin = addOfficer(database, u"admin"_s, OfficerRole::Admin, u"20303"_s, u"9425000005"_s);
    officers.identity = TestSigningIdentity::validAround(u"Rajesh Kumar, DGM City East"_s, api.clock.nowUtc());
    registerSigningCertificate(api, officers.approver, officers.identity);
    return officers;
}

QByteArray applicationTarget(const QString &number, const QByteArray &tail)
{
    return "/api/v1/officer/applications/"_ba + QUrl::toPercentEncoding(number) + "/"_ba + tail;
}

QByteArray pdfTarget(const QString &certificateNumber)
{
    return "/api/v1/officer/certificates/"_ba + QUrl::toPercentEncoding(certificateNumber) + "/pdf"_ba;
}

// Submits, forwards and approves an application; returns the approval's result entry (with
// "application" and "certificate"), or an empty object with the running test failed.
QJsonObject approvedApplication(ApiTestServer &api, const Officers &officers)
{
    const SubmittedApplication submitted = submitApplication(api, kMobile, applicationForm(kIvrs));
    if (submitted.response.status != 201) {
        QTest::qFail(submitted.response.body.constData(), __FILE__, __LINE__);
        return {};
    }
    const HttpTestResponse forwarded =
        api.withToken("POST"_ba, applicationTarget(submitted.number, "forward"_ba), officerToken(api, officers.clerk),
                      jsonBytes({{u"version"_s, 1}, {u"idempotency_key"_s, u"forward-key-0001"_s}}));
    if (forwarded.status != 200) {
        QTest::qFail(forwarded.body.constData(), __FILE__, __LINE__);
        return {};
    }

    const QString token = officerToken(api, officers.approver);
    QJsonObject batch{{u"action"_s, u"approve"_s},
                      {u"applications"_s, QJsonArray{QJsonObject{{u"number"_s, submitted.number}, {u"version"_s, 2}}}}};
    const HttpTestResponse challenge =
        api.withToken("POST"_ba, "/api/v1/officer/decisions/otp"_ba, token, jsonBytes(batch));
    if (challenge.status != 202) {
        QTest::qFail(challenge.body.constData(), __FILE__, __LINE__);
        return {};
    }
    batch.insert(u"challenge_id"_s, jsonOf(challenge)[u"challenge_id"_s].toString());
    batch.insert(u"otp"_s, api.deliveredCode(officers.approver.mobile));
    batch.insert(u"idempotency_key"_s, u"approve-key-0001"_s);
    const HttpTestResponse decided = api.withToken("POST"_ba, "/api/v1/officer/decisions"_ba, token, jsonBytes(batch));
    if (decided.status != 200 || jsonOf(decided)[u"done"_s].toInt() != 1) {
        QTest::qFail(decided.body.constData(), __FILE__, __LINE__);
        return {};
    }
    return jsonOf(decided)[u"results"_s][0].toObject();
}

// The synced copy of number as officer sees it; an empty object when it is not in the page.
QJsonObject syncedApplication(ApiTestServer &api, const Officer &officer, const QString &number)
{
    const HttpTestResponse page =
        api.withToken("GET"_ba, "/api/v1/officer/sync?after=0&limit=500"_ba, officerToken(api, officer));
    const QJsonArray changes = jsonOf(page)[u"changes"_s].toArray();
    for (const QJsonValue &change : changes) {
        if (change[u"number"_s].toString() == number)
            return change.toObject();
    }
    return {};
}

HttpTestResponse download(ApiTestServer &api, const QString &token, const QString &certificateNumber,
                          const QByteArray &ifNoneMatch = {})
{
    Headers headers{{"Authorization"_ba, "Bearer "_ba + token.toLatin1()}, {"Accept-Language"_ba, "en"_ba}};
    if (!ifNoneMatch.isEmpty())
        headers.append({"If-None-Match"_ba, ifNoneMatch});
    return api.request("GET"_ba, pdfTarget(certificateNumber), {}, headers);
}

HttpTestResponse upload(ApiTestServer &api, const QString &token, const QString &certificateNumber,
                        const QByteArray &pdf)
{
    return api.request(
        "PUT"_ba, pdfTarget(certificateNumber), pdf,
        {{"Authorization"_ba, "Bearer "_ba + token.toLatin1()}, {"Content-Type"_ba, "application/pdf"_ba}});
}

void revoke(Database &database, const QString &certificateNumber)
{
    QString error;
    QSqlDatabase db = database.connection(&error);
    QSqlQuery query(db);
    QVERIFY2(execPrepared(query,
                          u"UPDATE certificate SET revoked_at = '2026-12-05T05:50:00.000Z',"
                          " revoked_reason = 'Dues found later' WHERE number = :number"_s,
                          {{u"number"_s, certificateNumber}}, &error),
             qPrintable(error));
}

} // namespace

class TestOfficerCertificatePdfApi : public QObject
{
    Q_OBJECT

private:
    static server::ApiSettings roomyApiSettings() { return {100, 100, 100, 100, 900, 1000, 1000}; }

    // Signed test PDFs are larger than ApiTestServer's 4 KB body limit.
#define START_PDF_API_SERVER(api)                                                                                      \
    NODUES_START_API_SERVER(api, insertBillingRows, roomyApiSettings(), OtpSettings{}, ApplicationSettings{},          \
                            PasswordHasher::Cost::Interactive);                                                        \
    QVERIFY(restartWithBodyLimit(api, kRoomyBodyLimit));

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"nodues.*.info=false"_s);
    }

    void officerViewCarriesIssuedCertificate_data()
    {
        addBackendColumn();
    }
    void officerViewCarriesIssuedCertificate()
    {
        START_PDF_API_SERVER(api);
        const Officers officers = addOfficers(api);
        const QJsonObject result = approvedApplication(api, officers);
        QVERIFY(!result.isEmpty());
        const QJsonObject issued = result[u"certificate"_s].toObject();
        const QString number = issued[u"number"_s].toString();
        const QString applicationNumber = result[u"number"_s].toString();
        QVERIFY(number.startsWith(u"NDC/20302/"_s));

        // The stored approval is what both views show.
        const QString payload = issued[u"qr_payload"_s].toString();
        QVERIFY(!payload.isEmpty());
        QCOMPARE(issued[u"issued_at"_s].toString(), u"2026-12-04T10:00:00.000Z"_s);
        QCOMPARE(issued[u"issued_at_ist"_s].toString(), u"04-12-2026 15:30"_s);
        const QString verifyUrl = u"https://nodues.example.in/verify/"_s +
                                  QString::fromLatin1(QUrl::toPercentEncoding(number)) + u"#"_s + payload;
        QCOMPARE(issued[u"verify_url"_s].toString(), verifyUrl);

        // The decision's response and the sync pages of the clerk and the division officer.
        const QList<std::pair<const char *, QJsonObject>> views{
            {"decision response", result[u"application"_s].toObject()},
            {"clerk's sync", syncedApplication(api, officers.clerk, applicationNumber)},
            {"division officer's sync", syncedApplication(api, officers.approver, applicationNumber)},
        };
        for (const auto &[where, application] : views) {
            const QJsonObject certificate = application[u"certificate"_s].toObject();
            QVERIFY2(!certificate.isEmpty(), where);
            QCOMPARE(certificate[u"number"_s].toString(), number);
            QCOMPARE(certificate[u"issued_at"_s].toString(), issued[u"issued_at"_s].toString());
            QCOMPARE(certificate[u"issued_at_ist"_s].toString(), issued[u"issued_at_ist"_s].toString());
            QCOMPARE(certificate[u"qr_payload"_s].toString(), payload);
            QCOMPARE(certificate[u"verify_url"_s].toString(), verifyUrl);
            QVERIFY2(certificate[u"published_at"_s].isNull(), where);
        }

        // The consumer's view is unchanged: none of the four members.
        const HttpTestResponse status =
            api.withToken("GET"_ba, "/api/v1/consumer/applications/"_ba + QUrl::toPercentEncoding(applicationNumber),
                          api.signIn(kMobile));
        QCOMPARE(status.status, 200);
        const QJsonObject consumerCertificate = jsonOf(status)[u"certificate"_s].toObject();
        QCOMPARE(consumerCertificate[u"number"_s].toString(), number);
        for (const QString &member : {u"issued_at"_s, u"issued_at_ist"_s, u"qr_payload"_s, u"verify_url"_s})
            QVERIFY2(!consumerCertificate.contains(member), qPrintable(member));
    }

    void officerViewWithoutStoredPayload_data()
    {
        addBackendColumn();
    }
    void officerViewWithoutStoredPayload()
    {
        // A certificate approved before payloads were stored has null qr_payload and verify_url.
        START_PDF_API_SERVER(api);
        const Officers officers = addOfficers(api);
        const SubmittedApplication submitted = submitApplication(api, kMobile, applicationForm(kIvrs));
        QCOMPARE(submitted.response.status, 201);
        const QString number = u"NDC/20302/2026-27/000007"_s;
        insertApprovedCertificate(api, submitted.number, number, officers.approver);
        QString error;
        QSqlDatabase db = api.db->database().connection(&error);
        QSqlQuery query(db);
        QVERIFY2(execPrepared(query, u"UPDATE certificate SET qr_payload = NULL WHERE number = :number"_s,
                              {{u"number"_s, number}}, &error),
                 qPrintable(error));

        const QJsonObject certificate =
            syncedApplication(api, officers.clerk, submitted.number)[u"certificate"_s].toObject();
        QCOMPARE(certificate[u"number"_s].toString(), number);
        QCOMPARE(certificate[u"issued_at"_s].toString(), u"2026-12-04T10:00:00.000Z"_s);
        QVERIFY(certificate.contains(u"qr_payload"_s));
        QVERIFY(certificate[u"qr_payload"_s].isNull());
        QVERIFY(certificate.contains(u"verify_url"_s));
        QVERIFY(certificate[u"verify_url"_s].isNull());
    }

    void downloadFollowsJurisdiction_data()
    {
        addBackendColumn();
    }
    void downloadFollowsJurisdiction()
    {
        START_PDF_API_SERVER(api);
        const Officers officers = addOfficers(api);
        const QJsonObject result = approvedApplication(api, officers);
        QVERIFY(!result.isEmpty());
        const QString number = result[u"certificate"_s][u"number"_s].toString();
        const QString clerkToken = officerToken(api, officers.clerk);

        // Before the upload: 404 certificate_not_published, for every officer who may read it.
        HttpTestResponse response = download(api, clerkToken, number);
        QCOMPARE(response.status, 404);
        QCOMPARE(errorCodeOf(response), u"certificate_not_published"_s);
        QCOMPARE(errorMessageOf(response),
                 u"The signed PDF of certificate %1 has not been uploaded yet. The approving division officer's "
                 "workstation uploads it after signing."_s.arg(number));

        const QByteArray pdf = officers.identity.sign(unsignedCertificatePdf(number));
        QVERIFY(!pdf.isEmpty());
        QCOMPARE(upload(api, officerToken(api, officers.approver), number, pdf).status, 201);
        const QByteArray etag = '"' + SecureRandom::sha256Hex(pdf).toLatin1() + '"';

        // The office's clerk, its division officer and any administrator get the same bytes.
        for (const Officer *officer : {&officers.clerk, &officers.approver, &officers.admin}) {
            response = download(api, officerToken(api, *officer), number);
            QVERIFY2(response.status == 200, qPrintable(officer->username));
            QCOMPARE(response.body, pdf);
            QCOMPARE(response.header("Content-Type"_ba), "application/pdf"_ba);
            QCOMPARE(response.header("ETag"_ba), etag);
            QCOMPARE(response.header("Cache-Control"_ba), "private, no-cache"_ba);
            QCOMPARE(response.header("Content-Disposition"_ba),
                     "attachment; filename=\""_ba + number.toLatin1().replace('/', '-') + ".pdf\""_ba);
        }

        // A clerk of another DC of the division and another division's officer: as if unknown.
        for (const Officer *officer : {&officers.otherDcClerk, &officers.otherDivision}) {
            response = download(api, officerToken(api, *officer), number);
            QVERIFY2(response.status == 404, qPrintable(officer->username));
            QCOMPARE(errorCodeOf(response), u"certificate_not_found"_s);
            QVERIFY(!response.body.contains("%PDF"));
        }
        response = download(api, clerkToken, u"NDC/20302/2026-27/999999"_s);
        QCOMPARE(response.status, 404);
        QCOMPARE(errorCodeOf(response), u"certificate_not_found"_s);
        QCOMPARE(errorMessageOf(response),
                 u"No certificate numbered NDC/20302/2026-27/999999 belongs to an application of your office. "
                 "Check the number, or sync to refresh your queue."_s);

        // Without a token, and with a consumer's token.
        response = api.request("GET"_ba, pdfTarget(number));
        QCOMPARE(response.status, 401);
        QCOMPARE(errorCodeOf(response), u"missing_token"_s);
        response = download(api, api.signIn(kMobile), number);
        QCOMPARE(response.status, 403);
        QCOMPARE(errorCodeOf(response), u"not_an_officer_session"_s);
    }

    void downloadRevalidatesByEtag_data()
    {
        addBackendColumn();
    }
    void downloadRevalidatesByEtag()
    {
        START_PDF_API_SERVER(api);
        const Officers officers = addOfficers(api);
        const QJsonObject result = approvedApplication(api, officers);
        QVERIFY(!result.isEmpty());
        const QString number = result[u"certificate"_s][u"number"_s].toString();
        const QByteArray pdf = officers.identity.sign(unsignedCertificatePdf(number));
        QCOMPARE(upload(api, officerToken(api, officers.approver), number, pdf).status, 201);
        const QString token = officerToken(api, officers.clerk);
        const QByteArray etag = '"' + SecureRandom::sha256Hex(pdf).toLatin1() + '"';

        HttpTestResponse response = download(api, token, number, etag);
        QCOMPARE(response.status, 304);
        QVERIFY(response.body.isEmpty());
        QCOMPARE(response.header("ETag"_ba), etag);
        response = download(api, token, number, "\"0000\", "_ba + etag);
        QCOMPARE(response.status, 304);
        response = download(api, token, number, "*"_ba);
        QCOMPARE(response.status, 304);

        // Another tag gets the file.
        response = download(api, token, number, "\"0000\""_ba);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body, pdf);
    }

    void downloadOfRevokedCertificate_data()
    {
        addBackendColumn();
    }
    void downloadOfRevokedCertificate()
    {
        START_PDF_API_SERVER(api);
        const Officers officers = addOfficers(api);
        const QJsonObject result = approvedApplication(api, officers);
        QVERIFY(!result.isEmpty());
        const QString number = result[u"certificate"_s][u"number"_s].toString();
        const QByteArray pdf = officers.identity.sign(unsignedCertificatePdf(number));
        QCOMPARE(upload(api, officerToken(api, officers.approver), number, pdf).status, 201);
        revoke(api.db->database(), number);

        const HttpTestResponse response = download(api, officerToken(api, officers.clerk), number);
        QCOMPARE(response.status, 410);
        QCOMPARE(errorCodeOf(response), u"certificate_revoked"_s);
        QCOMPARE(
            errorMessageOf(response),
            u"Certificate %1 was revoked on 05-12-2026 11:20 IST and can no longer be downloaded or printed."_s.arg(
                number));
        QVERIFY(!response.body.contains("%PDF"));

        // The officers' view tells it too, with the members the workstation prints from.
        const QJsonObject certificate =
            syncedApplication(api, officers.clerk, result[u"number"_s].toString())[u"certificate"_s].toObject();
        QCOMPARE(certificate[u"revoked"_s].toBool(), true);
        QCOMPARE(certificate[u"qr_payload"_s].toString(), result[u"certificate"_s][u"qr_payload"_s].toString());
    }
};

QTEST_GUILESS_MAIN(TestOfficerCertificatePdfApi)
#include "TestOfficerCertificatePdfApi.moc"
