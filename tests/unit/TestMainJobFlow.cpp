// The whole main job over real HTTP on loopback, on SQLite and PostgreSQL, with nothing stood in:
// a consumer applies, a clerk forwards, the division officer approves with the OTP from the SMS
// spool, the signed certificate PDF is uploaded, the consumer downloads it through the SMS link,
// and anyone verifies it, its QR payload included.

#include "ApiTestServer.h"
#include "ApplicationFixtures.h"
#include "CertificateFixtures.h"
#include "OfficeFixtures.h"
#include "SignedPdfFixtures.h"
#include "officers/SigningCertificateStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;
using namespace nodues::test;

namespace {

const QString kMobile = u"9876543210"_s;
const QString kIvrs = u"1000000001"_s;
const QString kClerkMobile = u"9000000001"_s;
const QString kDgmMobile = u"9000000002"_s;

void insertBillingRows(Database &database)
{
    insertBillingConnection(database, {kIvrs, u"Ramesh Kumar"_s, u"रमेश कुमार"_s, kMobile, u"2030201"_s,
                                       u"METERED"_s, u"WORKING"_s, u"DONE"_s, 0, u"2026-11-15"_s});
}

} // namespace

class TestMainJobFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"nodues.*.info=false"_s);
    }

    void applicationToVerifiedCertificate_data() { addBackendColumn(); }
    void applicationToVerifiedCertificate()
    {
        NODUES_START_API_SERVER(api, insertBillingRows, server::ApiSettings{100, 100, 100, 100, 900, 1000, 1000}, OtpSettings{},
                                ApplicationSettings{}, PasswordHasher::Cost::Interactive);
        QVERIFY(restartWithBodyLimit(api, 1024 * 1024));
        Database &database = api.db->database();

        // The consumer applies.
        const SubmittedApplication submitted = submitApplication(api, kMobile, applicationForm(kIvrs));
        QCOMPARE(submitted.response.status, 201);
        const QString number = submitted.number;

        // The clerk forwards it after seeing it in sync.
        const QString clerk =
            officerToken(api, addOfficer(database, u"clerk.kolar"_s, OfficerRole::Clerk, u"2030201"_s, kClerkMobile));
        const QJsonObject synced =
            jsonOf(api.withToken("GET"_ba, "/api/v1/officer/sync"_ba, clerk))[u"changes"_s][0].toObject();
        QCOMPARE(synced[u"number"_s].toString(), number);
        const QByteArray applicationPath = "/api/v1/officer/applications/"_ba + QUrl::toPercentEncoding(number);
        HttpTestResponse response = api.withToken(
            "POST"_ba, applicationPath + "/forward"_ba, clerk,
            jsonBytes({{u"version"_s, synced[u"version"_s]}, {u"idempotency_key"_s, u"forward-0000001"_s}}));
        QCOMPARE(response.status, 200);

        // The division officer approves it with the OTP sent to their mobile.
        const Officer dgmAccount =
            addOfficer(database, u"dgm.bhopal"_s, OfficerRole::DivisionOfficer, u"20302"_s, kDgmMobile);
        const QString dgm = officerToken(api, dgmAccount);
        QJsonObject batch{{u"action"_s, u"approve"_s},
                          {u"applications"_s, QJsonArray{QJsonObject{{u"number"_s, number}, {u"version"_s, 2}}}}};
        response = api.withToken("POST"_ba, "/api/v1/officer/decisions/otp"_ba, dgm, jsonBytes(batch));
        QCOMPARE(response.status, 202);
        batch[u"challenge_id"_s] = jsonOf(response)[u"challenge_id"_s].toString();
        batch[u"otp"_s] = api.deliveredCode(kDgmMobile);
        batch[u"idempotency_key"_s] = u"approve-0000001"_s;
        response = api.withToken("POST"_ba, "/api/v1/officer/decisions"_ba, dgm, jsonBytes(batch));
        QCOMPARE(response.status, 200);
        const QJsonObject certificate = jsonOf(response)[u"results"_s][0][u"certificate"_s].toObject();
        const QString certificateNumber = certificate[u"number"_s].toString();
        QCOMPARE(certificateNumber, u"NDC/20302/2026-27/000001"_s);
        const QString payload = certificate[u"qr_payload"_s].toString();

        // The officer's DSC is registered; the signed PDF is uploaded and published.
        const TestSigningIdentity identity = TestSigningIdentity::validAround(u"Sunita Sharma"_s, api.clock.nowUtc());
        SigningCertificateStore certificates(database, api.clock);
        QString error;
        QVERIFY2(certificates.registerCertificate(dgmAccount.username, identity.certificatePem(), u"test"_s, &error),
                 qPrintable(error));
        const QByteArray signedPdf = identity.sign(unsignedCertificatePdf(certificateNumber));
        QVERIFY(!signedPdf.isEmpty());
        response = api.request("PUT"_ba, certificateUploadTarget(certificateNumber), signedPdf,
                               {{"Authorization"_ba, "Bearer "_ba + dgm.toLatin1()},
                                {"Content-Type"_ba, "application/pdf"_ba}});
        QCOMPARE(response.status, 201);

        // The consumer gets the SMS with the link, which downloads exactly the uploaded file.
        QVERIFY(api.deliverOutbox());
        const QString sms = api.lastBody(kMobile);
        static const QRegularExpression link(u"https://nodues\\.example\\.in(/d/[A-Za-z0-9_-]+)"_s);
        const QString path = link.match(sms).captured(1);
        QVERIFY2(!path.isEmpty(), qPrintable(sms));
        response = api.request("GET"_ba, path.toLatin1());
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body, signedPdf);

        // Anyone verifies it by number, with the QR payload, and a changed payload fails.
        const QByteArray verifyPath = "/api/v1/public/certificates/"_ba + QUrl::toPercentEncoding(certificateNumber);
        response = api.request("GET"_ba, verifyPath + "?payload="_ba + QUrl::toPercentEncoding(payload));
        QCOMPARE(response.status, 200);
        QCOMPARE(jsonOf(response)[u"status"_s].toString(), u"valid"_s);
        QCOMPARE(jsonOf(response)[u"qr"_s][u"outcome"_s].toString(), u"valid"_s);
        QCOMPARE(jsonOf(response)[u"certificate"_s][u"applicant_mobile"_s].toString(), u"98XXXXX210"_s);
        QVERIFY(!response.body.contains(kMobile.toLatin1()));
        // One more connection than was certified: the fields still parse, the signature fails.
        QStringList parts = payload.split(u'.');
        QCOMPARE(parts.size(), 7);
        QCOMPARE(parts.at(4), u"1"_s);
        parts[4] = u"2"_s;
        const QString tampered = parts.join(u'.');
        response = api.request("GET"_ba, verifyPath + "?payload="_ba + QUrl::toPercentEncoding(tampered));
        QCOMPARE(jsonOf(response)[u"qr"_s][u"outcome"_s].toString(), u"bad_signature"_s);

        // The consumer's status shows the certificate issued; the audit chain is intact.
        const QJsonObject mine = jsonOf(api.withToken("GET"_ba, "/api/v1/consumer/applications"_ba,
                                                      api.signIn(kMobile)))[u"applications"_s][0]
                                     .toObject();
        QCOMPARE(mine[u"status"_s].toString(), u"issued"_s);
        QStringList events;
        const QJsonArray eventList = mine[u"events"_s].toArray();
        for (const QJsonValue &event : eventList)
            events.append(event[u"event"_s].toString());
        QCOMPARE(events, (QStringList{u"submitted"_s, u"forwarded"_s, u"approved"_s, u"certificate_issued"_s}));
        QCOMPARE(countRows(database, u"SELECT COUNT(*) FROM audit_log WHERE action IN ('application.submit',"
                                     " 'application.forward', 'application.approve', 'certificate.publish')"_s),
                 4);
    }
};

QTEST_GUILESS_MAIN(TestMainJobFlow)
#include "TestMainJobFlow.moc"
