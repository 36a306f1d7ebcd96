// Applying for a certificate over real HTTP on loopback, on SQLite and PostgreSQL: the submit OTP
// bound to the form, the checks, numbering, the SLA due time, the acknowledgement SMS, repeated
// and concurrent submits, and status tracking.

#include "ApiTestServer.h"
#include "ApplicationFixtures.h"
#include "OfficeFixtures.h"
#include "certificates/CertificateDelivery.h"
#include "storage/SqlUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

#include <algorithm>
#include <memory>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;
using namespace nodues::test;

namespace {

const QString kMobile = u"9876543210"_s;         // two eligible connections in DC 2030201
const QString kIndebtedMobile = u"9123456780"_s; // one eligible, one with arrears of ₹1,250.00
const QString kNoConnectionMobile = u"8012345678"_s;
const QString kSecondMobile = u"7012345678"_s; // one eligible connection in DC 2030201
const QString kOwnFirst = u"1000000001"_s;
const QString kOwnSecond = u"1000000002"_s;
const QString kIndebtedClean = u"2000000001"_s;
const QString kIndebtedDues = u"2000000002"_s;
const QString kSecondOwn = u"4000000001"_s;
const QString kOtherDc = u"5000000001"_s; // billed to kOtherDcMobile in DC 2030301
const QString kOtherDcMobile = u"6012345678"_s;

void insertBillingRows(Database &database)
{
    insertBillingConnection(database, {kOwnFirst, u"Ramesh Kumar"_s, u"रमेश कुमार"_s, kMobile, u"2030201"_s, u"METERED"_s,
                                       u"WORKING"_s, u"DONE"_s, 0, u"2026-11-15"_s});
    insertBillingConnection(database, {kOwnSecond, u"Ramesh Kumar"_s, QString(), kMobile, u"2030201"_s, u"UNMETERED"_s,
                                       QString(), u"DONE"_s, -5000, QString()});
    insertBillingConnection(database, {kIndebtedClean, u"Mohan Lal"_s, QString(), kIndebtedMobile, u"2030202"_s,
                                       u"METERED"_s, u"WORKING"_s, u"DONE"_s, 0, u"2026-11-15"_s});
    insertBillingConnection(database, {kIndebtedDues, u"Mohan Lal"_s, QString(), kIndebtedMobile, u"2030202"_s,
                                       u"METERED"_s, u"WORKING"_s, u"DONE"_s, 125000, u"2026-11-15"_s});
    insertBillingConnection(database, {kSecondOwn, u"Kamla Bai"_s, QString(), kSecondMobile, u"2030201"_s, u"METERED"_s,
                                       u"WORKING"_s, u"DONE"_s, 0, u"2026-11-15"_s});
    insertBillingConnection(database, {kOtherDc, u"Sunita Sahu"_s, QString(), kOtherDcMobile, u"2030301"_s,
                                       u"METERED"_s, u"WORKING"_s, u"DONE"_s, 0, u"2026-11-15"_s});
}

QByteArray applicationTarget(const QString &number)
{
    return "/api/v1/consumer/applications/"_ba + QUrl::toPercentEncoding(number);
}

// The fields named in an invalid_application response, in order.
QStringList problemFields(const HttpTestResponse &response)
{
    QStringList fields;
    const QJsonArray problems = jsonOf(response)[u"problems"_s].toArray();
    for (const QJsonValue &problem : problems)
        fields.append(problem[u"field"_s].toString());
    return fields;
}

// Stands in for the officers' approval, which allocates the certificate number: the
// application becomes "approved" with a certificate row that has no PDF yet.
void approveWithCertificate(Database &database, const QString &applicationNumber, const QString &certificateNumber)
{
    QString error;
    QSqlDatabase db = database.connection(&error);
    QSqlQuery query(db);
    QVERIFY2(execPrepared(query, u"UPDATE application SET status = 'approved' WHERE number = :number"_s,
                          {{u"number"_s, applicationNumber}}, &error),
             qPrintable(error));
    QCOMPARE(query.numRowsAffected(), 1);
    QVERIFY2(execPrepared(query,
                          u"INSERT INTO certificate (number, application_id, division_code, fiscal_year, serial,"
                          " approved_at) SELECT :certificate, id, '20302', '2026-27', 1, '2026-12-05T06:00:00.000Z'"
                          " FROM application WHERE number = :number"_s,
                          {{u"certificate"_s, certificateNumber}, {u"number"_s, applicationNumber}}, &error),
             qPrintable(error));
}

// A stand-in for a signed certificate: bytes that are not text, so any re-encoding shows.
QByteArray samplePdf(char variant)
{
    QByteArray pdf = "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"_ba;
    for (int i = 0; i < 3000; ++i)
        pdf.append(char((i * 37 + variant) & 0xFF));
    return pdf + "\n%%EOF\n"_ba;
}

// The token of the download link in text, or an empty string.
QString linkToken(const QString &text)
{
    static const QRegularExpression link(u"https://nodues\\.example\\.in/d/([A-Za-z0-9_-]+)"_s);
    return link.match(text).captured(1);
}

} // namespace

class TestConsumerApplicationApi : public QObject
{
    Q_OBJECT

private:
    // The send caps and rate limits are tested elsewhere; these flows sign in and ask for codes
    // more often than the defaults allow within a few simulated minutes.
    static server::ApiSettings roomyApiSettings() { return {100, 100, 100, 100, 900, 1000, 1000}; }
    static OtpSettings roomyOtpSettings()
    {
        OtpSettings settings;
        settings.maxCodesPerMobile = 100;
        settings.maxCodesPerMobileAllAddresses = 1000;
        settings.maxCodesPerAddress = 1000;
        return settings;
    }

#define START_API_SERVER(api, ...) NODUES_START_API_SERVER(api, insertBillingRows, __VA_ARGS__)
#define START_ROOMY_API_SERVER(api, ...)                                                                               \
    NODUES_START_API_SERVER(api, insertBillingRows, roomyApiSettings(), roomyOtpSettings() __VA_OPT__(, ) __VA_ARGS__)

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"nodues.*.info=false"_s);
    }

    void fullFlowSubmitsApplication_data()
    {
        addBackendColumn();
    }
    void fullFlowSubmitsApplication()
    {
        START_ROOMY_API_SERVER(api);
        const QString token = api.signIn(kMobile);
        QVERIFY(!token.isEmpty());

        const HttpTestResponse connections = api.withToken("GET"_ba, "/api/v1/consumer/connections"_ba, token);
        QCOMPARE(connections.status, 200);
        QCOMPARE(jsonOf(connections)[u"all_eligible"_s].toBool(), true);

        const QJsonObject form = applicationForm(kOwnFirst);
        const HttpTestResponse otp =
            api.withToken("POST"_ba, "/api/v1/consumer/applications/otp"_ba, token, jsonBytes(form));
        QCOMPARE(otp.status, 202);
        QCOMPARE(otp.header("Cache-Control"_ba), "no-store"_ba);
        const QJsonObject sent = jsonOf(otp);
        QCOMPARE(sent[u"sent_to_masked"_s].toString(), u"98XXXXX210"_s);
        QCOMPARE(sent[u"expires_in_seconds"_s].toInt(), 600);
        QCOMPARE(sent[u"connections"_s].toArray(), (QJsonArray{kOwnFirst, kOwnSecond}));
        QCOMPARE(sent[u"content_sha256"_s].toString().size(), 64);
        const QString code = api.deliveredCode(kMobile);
        QCOMPARE(code.size(), 6);
        QVERIFY(api.lastBody(kMobile).contains(u"आवेदन"_s));

        const QByteArray submitBody = jsonBytes(withOtp(form, sent[u"challenge_id"_s].toString(), code));
        const HttpTestResponse submitted =
            api.withToken("POST"_ba, "/api/v1/consumer/applications"_ba, token, submitBody);
        QCOMPARE(submitted.status, 201);
        const QJsonObject application = jsonOf(submitted);
        QCOMPARE(application[u"number"_s].toString(), u"APP/2030201/2026-27/000001"_s);
        QCOMPARE(application[u"status"_s].toString(), u"submitted"_s);
        QCOMPARE(application[u"kind"_s].toString(), u"connections"_s);
        QCOMPARE(application[u"mobile_masked"_s].toString(), u"98XXXXX210"_s);
        QCOMPARE(application[u"dc_code"_s].toString(), u"2030201"_s);
        QCOMPARE(application[u"primary_ivrs"_s].toString(), kOwnFirst);
        QCOMPARE(application[u"submitted_at"_s].toString(), u"2026-12-04T10:00:00.000Z"_s);
        QCOMPARE(application[u"submitted_at_ist"_s].toString(), u"04-12-2026 15:30"_s);
        QCOMPARE(application[u"due_at"_s].toString(), u"2026-12-06T10:00:00.000Z"_s);
        QCOMPARE(application[u"due_at_ist"_s].toString(), u"06-12-2026 15:30"_s);
        QCOMPARE(application[u"applicant"_s][u"name_hi"_s].toString(), u"रमेश कुमार"_s);
        QCOMPARE(application[u"election"_s][u"kind"_s].toString(), u"gram_panchayat_sarpanch"_s);
        QCOMPARE(application[u"election"_s][u"title"_s].toString(), u"Sarpanch, Gram Panchayat"_s);
        const QJsonArray named = application[u"connections"_s].toArray();
        QCOMPARE(named.size(), 2);
        QCOMPARE(named[0][u"ivrs"_s].toString(), kOwnFirst);
        QCOMPARE(named[0][u"primary"_s].toBool(), true);
        QCOMPARE(named[0][u"link"_s].toString(), u"billing_mobile"_s);
        QCOMPARE(named[1][u"ivrs"_s].toString(), kOwnSecond);
        QCOMPARE(named[1][u"arrears"_s].toString(), u"-₹50.00"_s);
        const QJsonArray events = application[u"events"_s].toArray();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0][u"event"_s].toString(), u"submitted"_s);
        QCOMPARE(events[0][u"at_ist"_s].toString(), u"04-12-2026 15:30"_s);
        QVERIFY(!submitted.body.contains(kMobile.toLatin1()));

        // The acknowledgement SMS names the number, in Hindi by default.
        QVERIFY(api.deliverOutbox());
        QCOMPARE(api.lastBody(kMobile), u"नो ड्यूज प्रमाण-पत्र हेतु आपका आवेदन क्रमांक APP/2030201/2026-27/000001 प्राप्त हुआ। "
                                        "स्थिति पोर्टल पर देखें।"_s);
        QCOMPARE(
            countRows(api.db->database(), u"SELECT COUNT(*) FROM sms_outbox WHERE kind = 'application_acknowledged'"_s),
            1);
        QCOMPARE(countRows(api.db->database(), u"SELECT COUNT(*) FROM audit_log WHERE action = 'application.submit'"_s),
                 1);

        // A repeated submit (the client retried after a timeout) returns the same application.
        const HttpTestResponse repeated =
            api.withToken("POST"_ba, "/api/v1/consumer/applications"_ba, token, submitBody);
        QCOMPARE(repeated.status, 200);
        QCOMPARE(jsonOf(repeated)[u"number"_s].toString(), u"APP/2030201/2026-27/000001"_s);
        QCOMPARE(countRows(api.db->database(), u"SELECT COUNT(*) FROM application"_s), 1);
        QCOMPARE(
            countRows(api.db->database(), u"SELECT COUNT(*) FROM sms_outbox WHERE kind = 'application_acknowledged'"_s),
            1);

        // Status: the list and the application by its number, in Hindi on request.
        const HttpTestResponse list = api.withToken("GET"_ba, "/api/v1/consumer/applications"_ba, token);
        QCOMPARE(list.status, 200);
        QCOMPARE(jsonOf(list)[u"applications"_s].toArray().size(), 1);
        const HttpTestResponse shown =
            api.request("GET"_ba, applicationTarget(u"APP/2030201/2026-27/000001"_s), {},
                        {{"Authorization"_ba, "Bearer "_ba + token.toLatin1()}, {"Accept-Language"_ba, "hi"_ba}});
        QCOMPARE(shown.status, 200);
        QCOMPARE(jsonOf(shown)[u"status"_s].toString(), u"submitted"_s);
        QCOMPARE(jsonOf(shown)[u"election"_s][u"title"_s].toString(), u"सरपंच, ग्राम पंचायत"_s);
        QVERIFY(!jsonOf(shown)[u"status_title"_s].toString().isEmpty());
        QCOMPARE(jsonOf(shown)[u"dc_name"_s].toString().isEmpty(), false);
    }

    void otherMobileCannotSeeApplication_data()
    {
        addBackendColumn();
    }
    void otherMobileCannotSeeApplication()
    {
        START_ROOMY_API_SERVER(api);
        const SubmittedApplication submitted = submitApplication(api, kMobile, applicationForm(kOwnFirst));
        QCOMPARE(submitted.response.status, 201);
        const QString otherToken = api.signIn(kSecondMobile);
        const HttpTestResponse shown = api.withToken("GET"_ba, applicationTarget(submitted.number), otherToken);
        QCOMPARE(shown.status, 404);
        QCOMPARE(errorCodeOf(shown), u"application_not_found"_s);
        const HttpTestResponse list = api.withToken("GET"_ba, "/api/v1/consumer/applications"_ba, otherToken);
        QCOMPARE(jsonOf(list)[u"applications"_s].toArray().size(), 0);
    }

    void secondApplicationIsRefused_data()
    {
        addBackendColumn();
    }
    void secondApplicationIsRefused()
    {
        START_ROOMY_API_SERVER(api);
        const SubmittedApplication first = submitApplication(api, kMobile, applicationForm(kOwnFirst));
        QCOMPARE(first.response.status, 201);
        const QString token = api.signIn(kMobile);

        // Another form while the first is open: no OTP is sent, and submitting is refused too.
        QJsonObject other = applicationForm(kOwnSecond);
        other[u"address"_s] = u"14 Arera Colony, Bhopal"_s;
        const int spoolBefore = api.spoolLineCount();
        const HttpTestResponse otp =
            api.withToken("POST"_ba, "/api/v1/consumer/applications/otp"_ba, token, jsonBytes(other));
        QCOMPARE(otp.status, 409);
        QCOMPARE(errorCodeOf(otp), u"application_open"_s);
        QCOMPARE(jsonOf(otp)[u"application_number"_s].toString(), first.number);
        QVERIFY(api.deliverOutbox());
        QCOMPARE(api.spoolLineCount(), spoolBefore);

        const HttpTestResponse submitted = api.withToken("POST"_ba, "/api/v1/consumer/applications"_ba, token,
                                                         jsonBytes(withOtp(other, u"x"_s, u"123456"_s)));
        QCOMPARE(submitted.status, 409);
        QCOMPARE(errorCodeOf(submitted), u"application_open"_s);
        QCOMPARE(countRows(api.db->database(), u"SELECT COUNT(*) FROM application"_s), 1);

        // Once the first is closed (rejected by an officer), a new application is accepted.
        QString error;
        QSqlDatabase db = api.db->database().connection(&error);
        QSqlQuery query(db);
        QVERIFY2(execPlain(query, u"UPDATE application SET status = 'rejected'"_s, &error), qPrintable(error));
        const HttpTestResponse noCertificate =
            api.withToken("GET"_ba, applicationTarget(first.number) + "/certificate"_ba, token);
        QCOMPARE(noCertificate.status, 409);
        QCOMPARE(errorCodeOf(noCertificate), u"application_rejected"_s);
        const SubmittedApplication second = submitApplication(api, kMobile, other);
        QCOMPARE(second.response.status, 201);
        QCOMPARE(second.number, u"APP/2030201/2026-27/000002"_s);
    }

    void ineligibleConnectionIsListed_data()
    {
        addBackendColumn();
    }
    void ineligibleConnectionIsListed()
    {
        START_ROOMY_API_SERVER(api);
        const QString token = api.signIn(kIndebtedMobile);
        const HttpTestResponse otp =
            api.withToken("POST"_ba, "/api/v1/consumer/applications/otp"_ba, token, jsonBytes(applicationForm(kIndebtedClean)));
        QCOMPARE(otp.status, 422);
        QCOMPARE(errorCodeOf(otp), u"connections_not_eligible"_s);
        const QJsonArray failed = jsonOf(otp)[u"connections"_s].toArray();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed[0][u"ivrs"_s].toString(), kIndebtedDues);
        const QJsonArray checks = failed[0][u"failed_checks"_s].toArray();
        QCOMPARE(checks.size(), 1);
        QCOMPARE(checks[0][u"check"_s].toString(), u"dues"_s);
        QVERIFY2(checks[0][u"reason"_s].toString().contains(u"₹1,250.00"_s),
                 qPrintable(checks[0][u"reason"_s].toString()));
        QVERIFY(!checks[0][u"remedy"_s].toString().isEmpty());
        QVERIFY(errorMessageOf(otp).contains(kIndebtedDues));

        // The same refusal in Hindi, reasons and remedies included.
        const HttpTestResponse hindi =
            api.request("POST"_ba, "/api/v1/consumer/applications/otp"_ba, jsonBytes(applicationForm(kIndebtedClean)),
                        {{"Authorization"_ba, "Bearer "_ba + token.toLatin1()}, {"Accept-Language"_ba, "hi"_ba}});
        QCOMPARE(hindi.status, 422);
        QCOMPARE(hindi.header("Content-Language"_ba), "hi"_ba);
        const QJsonObject hindiCheck = jsonOf(hindi)[u"connections"_s][0][u"failed_checks"_s][0].toObject();
        QCOMPARE(hindiCheck[u"title"_s].toString(), u"बकाया राशि"_s);
        QVERIFY2(hindiCheck[u"reason"_s].toString().contains(u"₹1,250.00"_s),
                 qPrintable(hindiCheck[u"reason"_s].toString()));
        QVERIFY2(hindiCheck[u"reason"_s].toString().contains(u"बकाया"_s),
                 qPrintable(hindiCheck[u"reason"_s].toString()));

        // Unlinking one's own indebted connection lets the application through, but the
        // application keeps it in front of the clerk, marked "unlinked".
        QCOMPARE(
            api.withToken("DELETE"_ba, "/api/v1/consumer/connections/"_ba + kIndebtedDues.toLatin1(), token).status,
            204);
        const SubmittedApplication submitted = submitApplication(api, kIndebtedMobile, applicationForm(kIndebtedClean));
        QCOMPARE(submitted.response.status, 201);
        const QJsonArray named = jsonOf(submitted.response)[u"connections"_s].toArray();
        QCOMPARE(named.size(), 2);
        QCOMPARE(named[1][u"ivrs"_s].toString(), kIndebtedDues);
        QCOMPARE(named[1][u"link"_s].toString(), u"unlinked"_s);
        QCOMPARE(named[1][u"arrears_paise"_s].toInteger(), 125000);
        QCOMPARE(named[1][u"eligible_at_submission"_s].toBool(), false);
        QCOMPARE(submitted.number, u"APP/2030202/2026-27/000001"_s);
    }

    void duesChangeBeforeSubmit_data()
    {
        addBackendColumn();
    }
    void duesChangeBeforeSubmit()
    {
        START_ROOMY_API_SERVER(api);
        const QString token = api.signIn(kMobile);
        const QJsonObject form = applicationForm(kOwnFirst);
        const HttpTestResponse otp =
            api.withToken("POST"_ba, "/api/v1/consumer/applications/otp"_ba, token, jsonBytes(form));
        QCOMPARE(otp.status, 202);
        const QString code = api.deliveredCode(kMobile);
        const QByteArray body = jsonBytes(withOtp(form, jsonOf(otp)[u"challenge_id"_s].toString(), code));

        // A new bill arrives between the OTP and the submit.
        setArrears(api.db->database(), kOwnFirst, 34500);
        const HttpTestResponse refused = api.withToken("POST"_ba, "/api/v1/consumer/applications"_ba, token, body);
        QCOMPARE(refused.status, 422);
        QCOMPARE(errorCodeOf(refused), u"connections_not_eligible"_s);
        QCOMPARE(jsonOf(refused)[u"connections"_s][0][u"ivrs"_s].toString(), kOwnFirst);
        QCOMPARE(countRows(api.db->database(), u"SELECT COUNT(*) FROM application"_s), 0);

        // The consumer pays; the refusal left the code unused, so it still submits.
        setArrears(api.db->database(), kOwnFirst, 0);
        const HttpTestResponse accepted = api.withToken("POST"_ba, "/api/v1/consumer/applications"_ba, token, body);
        QCOMPARE(accepted.status, 201);
        QCOMPARE(jsonOf(accepted)[u"connections"_s][0][u"arrears_paise"_s].toInteger(), 0);
    }

    void otpMustMatchContent_data()
    {
        addBackendColumn();
    }
    void otpMustMatchContent()
    {
        START_ROOMY_API_SERVER(api);
        const QString token = api.signIn(kMobile);
        const QJsonObject form = applicationForm(kOwnFirst);
        const HttpTestResponse otp =
            api.withToken("POST"_ba, "/api/v1/consumer/applications/otp"_ba, token, jsonBytes(form));
        QCOMPARE(otp.status, 202);
        const QString challengeId = jsonOf(otp)[u"challenge_id"_s].toString();
        const QString code = api.deliveredCode(kMobile);

        // Wrong code: a try is used up.
        HttpTestResponse response = api.withToken("POST"_ba, "/api/v1/consumer/applications"_ba, token,
                                                  jsonBytes(withOtp(form, challengeId, otherCode(code))));
        QCOMPARE(response.status, 422);
        QCOMPARE(errorCodeOf(response), u"otp_wrong"_s);
        QCOMPARE(jsonOf(response)[u"attempts_left"_s].toInt(), 4);

        // The right code for an edited form: the binding differs.
        QJsonObject edited = form;
        edited[u"address"_s] = u"13 Shivaji Nagar, Bhopal"_s;
        response = api.withToken("POST"_ba, "/api/v1/consumer/applications"_ba, token,
                                 jsonBytes(withOtp(edited, challengeId, code)));
        QCOMPARE(response.status, 422);
        QCOMPARE(errorCodeOf(response), u"otp_wrong_purpose"_s);

        // A connection linked after the OTP changes what the application would name.
        QCOMPARE(api.withToken("DELETE"_ba, "/api/v1/consumer/connections/"_ba + kOwnSecond.toLatin1(), token).status,
                 204);
        response = api.withToken("POST"_ba, "/api/v1/consumer/applications"_ba, token,
                                 jsonBytes(withOtp(form, challengeId, code)));
        QCOMPARE(response.status, 422);
        QCOMPARE(errorCodeOf(response), u"otp_wrong_purpose"_s);
        QCOMPARE(
            api.withToken("POST"_ba, "/api/v1/consumer/connections"_ba, token, jsonBytes({{u"ivrs"_s, kOwnSecond}}))
                .status,
            201);

        // A sign-in code never submits.
        const HttpTestResponse signInOtp = api.requestOtp(kMobile);
        const QString signInCode = api.deliveredCode(kMobile);
        response = api.withToken("POST"_ba, "/api/v1/consumer/applications"_ba, token,
                                 jsonBytes(withOtp(form, jsonOf(signInOtp)[u"challenge_id"_s].toString(), signInCode)));
        QCOMPARE(response.status, 422);
        QCOMPARE(errorCodeOf(response), u"otp_wrong_purpose"_s);

        // Not six digits: refused before any lookup.
        response = api.withToken("POST"_ba, "/api/v1/consumer/applications"_ba, token,
                                 jsonBytes(withOtp(form, challengeId, u"12a456"_s)));
        QCOMPARE(response.status, 400);
        QCOMPARE(errorCodeOf(response), u"invalid_otp_format"_s);

        // After ten minutes the code has expired.
        api.clock.advanceSeconds(601);
        response = api.withToken("POST"_ba, "/api/v1/consumer/applications"_ba, token,
                                 jsonBytes(withOtp(form, challengeId, code)));
        QCOMPARE(response.status, 422);
        QCOMPARE(errorCodeOf(response), u"otp_expired"_s);
        QCOMPARE(countRows(api.db->database(), u"SELECT COUNT(*) FROM application"_s), 0);

        // A fresh code submits; using it again returns the same application.
        QString freshCode;
        const HttpTestResponse fresh =
            api.withToken("POST"_ba, "/api/v1/consumer/applications/otp"_ba, token, jsonBytes(form));
        QCOMPARE(fresh.status, 202);
        freshCode = api.deliveredCode(kMobile);
        const QByteArray body = jsonBytes(withOtp(form, jsonOf(fresh)[u"challenge_id"_s].toString(), freshCode));
        QCOMPARE(api.withToken("POST"_ba, "/api/v1/consumer/applications"_ba, token, body).status, 201);
        QCOMPARE(api.withToken("POST"_ba, "/api/v1/consumer/applications"_ba, token, body).status, 200);
    }

    void invalidFormsAreRefused_data()
    {
        addBackendColumn();
    }
    void invalidFormsAreRefused()
    {
        START_ROOMY_API_SERVER(api);
        const QString token = api.signIn(kMobile);
        const QByteArray target = "/api/v1/consumer/applications/otp"_ba;

        HttpTestResponse response = api.withToken("POST"_ba, target, token, "{\"kind\": \"connections\""_ba);
        QCOMPARE(response.status, 400);
        QCOMPARE(errorCodeOf(response), u"truncated_json"_s);
        response = api.withToken("POST"_ba, target, token, "{\"kind\": connections}"_ba);
        QCOMPARE(response.status, 400);
        QCOMPARE(errorCodeOf(response), u"malformed_json"_s);
        response = api.withToken("POST"_ba, target, token, "[1, 2]"_ba);
        QCOMPARE(response.status, 400);
        QCOMPARE(errorCodeOf(response), u"json_not_object"_s);
        QJsonObject huge = applicationForm(kOwnFirst);
        huge[u"address"_s] = QString(int(ApiTestServer::kBodyLimitBytes), u'a');
        response = api.withToken("POST"_ba, target, token, jsonBytes(huge));
        QCOMPARE(response.status, 413);

        // Every invalid field is listed, not only the first.
        QJsonObject bad = applicationForm(u"12AB"_s);
        bad[u"applicant_name"_s] = 5;
        bad[u"applicant_name_hi"_s] = u"Ramesh"_s;
        bad[u"relation"_s] = u"uncle"_s;
        bad.remove(u"relative_name"_s);
        bad[u"address"_s] = u"  x "_s;
        bad[u"election"_s] = QJsonObject{{u"kind"_s, u"lok_sabha"_s}, {u"body"_s, u"B"_s}, {u"ward"_s, u""_s}};
        bad[u"sms_language"_s] = u"fr"_s;
        response = api.withToken("POST"_ba, target, token, jsonBytes(bad));
        QCOMPARE(response.status, 400);
        QCOMPARE(errorCodeOf(response), u"invalid_application"_s);
        QCOMPARE(problemFields(response),
                 (QStringList{u"applicant_name"_s, u"applicant_name_hi"_s, u"relation"_s, u"relative_name"_s,
                              u"address"_s, u"election.kind"_s, u"election.body"_s, u"election.ward"_s,
                              u"primary_ivrs"_s, u"sms_language"_s}));
        QVERIFY(response.body.contains("12AB"));

        QJsonObject noElection = applicationForm(kOwnFirst);
        noElection[u"election"_s] = u"sarpanch"_s;
        noElection[u"kind"_s] = u"other"_s;
        response = api.withToken("POST"_ba, target, token, jsonBytes(noElection));
        QCOMPARE(problemFields(response), (QStringList{u"kind"_s, u"election"_s}));

        // Unknown and foreign IVRS numbers are not among the consumer's connections.
        response = api.withToken("POST"_ba, target, token, jsonBytes(applicationForm(u"9999999999"_s)));
        QCOMPARE(response.status, 422);
        QCOMPARE(errorCodeOf(response), u"primary_not_linked"_s);
        response = api.withToken("POST"_ba, target, token, jsonBytes(applicationForm(kSecondOwn)));
        QCOMPARE(response.status, 422);
        QCOMPARE(errorCodeOf(response), u"primary_not_linked"_s);
        QVERIFY(errorMessageOf(response).contains(kSecondOwn));

        // The consumer with connections cannot ask for "no connection found".
        response = api.withToken("POST"_ba, target, token, jsonBytes(noConnectionApplicationForm(u"2030201"_s)));
        QCOMPARE(response.status, 409);
        QCOMPARE(errorCodeOf(response), u"has_connections"_s);

        QVERIFY(api.deliverOutbox());
        QVERIFY(api.lastBody(kMobile).contains(u"साइन इन"_s)); // no submit OTP went out
        QCOMPARE(countRows(api.db->database(), u"SELECT COUNT(*) FROM application"_s), 0);
    }

    void noConnectionCertificate_data()
    {
        addBackendColumn();
    }
    void noConnectionCertificate()
    {
        START_ROOMY_API_SERVER(api);
        const QString token = api.signIn(kNoConnectionMobile);

        HttpTestResponse response =
            api.withToken("POST"_ba, "/api/v1/consumer/applications/otp"_ba, token, jsonBytes(applicationForm(kOwnFirst)));
        QCOMPARE(response.status, 409);
        QCOMPARE(errorCodeOf(response), u"no_connections_linked"_s);
        response = api.withToken("POST"_ba, "/api/v1/consumer/applications/otp"_ba, token,
                                 jsonBytes(noConnectionApplicationForm(u"20302"_s))); // a division, not a DC
        QCOMPARE(response.status, 422);
        QCOMPARE(errorCodeOf(response), u"unknown_dc"_s);

        const HttpTestResponse dcs = api.withToken("GET"_ba, "/api/v1/consumer/dcs"_ba, token);
        QCOMPARE(dcs.status, 200);
        QStringList codes;
        const QJsonArray list = jsonOf(dcs)[u"dcs"_s].toArray();
        for (const QJsonValue &dc : list)
            codes.append(dc[u"code"_s].toString());
        QCOMPARE(codes, (QStringList{u"2030201"_s, u"2030202"_s, u"2030301"_s}));

        QJsonObject form = noConnectionApplicationForm(u"2030301"_s);
        form[u"sms_language"_s] = u"en"_s;
        const SubmittedApplication submitted = submitApplication(api, kNoConnectionMobile, form);
        QCOMPARE(submitted.response.status, 201);
        QCOMPARE(submitted.number, u"APP/2030301/2026-27/000001"_s);
        const QJsonObject application = jsonOf(submitted.response);
        QCOMPARE(application[u"kind"_s].toString(), u"no_connection"_s);
        QVERIFY(application[u"primary_ivrs"_s].isNull());
        QCOMPARE(application[u"connections"_s].toArray().size(), 0);
        QVERIFY(api.deliverOutbox());
        QCOMPARE(api.lastBody(kNoConnectionMobile),
                 u"Your No Dues certificate application APP/2030301/2026-27/000001 has been received. You can "
                 "track it on the portal."_s);
    }

    void numbersPerDcAndFiscalYear_data()
    {
        addBackendColumn();
    }
    void numbersPerDcAndFiscalYear()
    {
        ApplicationSettings settings;
        settings.slaHours = 24;
        START_ROOMY_API_SERVER(api, settings);
        QCOMPARE(submitApplication(api, kMobile, applicationForm(kOwnFirst)).number, u"APP/2030201/2026-27/000001"_s);
        QCOMPARE(submitApplication(api, kOtherDcMobile, applicationForm(kOtherDc)).number, u"APP/2030301/2026-27/000001"_s);

        // 31-03-2027 23:59 IST is still 2026-27; one minute later 2027-28 starts at 000001.
        api.clock.setNow(QDateTime(QDate(2027, 3, 31), QTime(18, 29), Qt::UTC));
        const SubmittedApplication march = submitApplication(api, kSecondMobile, applicationForm(kSecondOwn));
        QCOMPARE(march.number, u"APP/2030201/2026-27/000002"_s);
        QCOMPARE(jsonOf(march.response)[u"due_at"_s].toString(), u"2027-04-01T18:29:00.000Z"_s);
        QString error;
        QSqlDatabase db = api.db->database().connection(&error);
        QSqlQuery query(db);
        QVERIFY2(execPlain(query, u"UPDATE application SET status = 'issued'"_s, &error), qPrintable(error));
        api.clock.setNow(QDateTime(QDate(2027, 3, 31), QTime(18, 30), Qt::UTC));
        const SubmittedApplication april = submitApplication(api, kMobile, applicationForm(kOwnFirst));
        QCOMPARE(april.number, u"APP/2030201/2027-28/000001"_s);
        QCOMPARE(jsonOf(april.response)[u"submitted_at_ist"_s].toString(), u"01-04-2027 00:00"_s);
        QCOMPARE(jsonOf(april.response)[u"due_at_ist"_s].toString(), u"02-04-2027 00:00"_s);
    }

    void concurrentSubmitsMakeOneApplication_data()
    {
        addBackendColumn();
    }
    void concurrentSubmitsMakeOneApplication()
    {
        START_ROOMY_API_SERVER(api);
        const QString token = api.signIn(kMobile);
        const QJsonObject form = applicationForm(kOwnFirst);
        const HttpTestResponse otp =
            api.withToken("POST"_ba, "/api/v1/consumer/applications/otp"_ba, token, jsonBytes(form));
        QCOMPARE(otp.status, 202);
        const QString code = api.deliveredCode(kMobile);
        const QByteArray body = jsonBytes(withOtp(form, jsonOf(otp)[u"challenge_id"_s].toString(), code));

        // Send every request before reading any answer, so the worker threads race.
        constexpr int kClients = 6;
        std::vector<std::unique_ptr<HttpTestClient>> clients;
        for (int i = 0; i < kClients; ++i) {
            clients.push_back(std::make_unique<HttpTestClient>(api.server->port()));
            QVERIFY(clients.back()->connectToServer());
        }
        const QByteArray request = "POST /api/v1/consumer/applications HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                   "Authorization: Bearer "_ba +
                                   token.toLatin1() + "\r\nContent-Type: application/json\r\nContent-Length: "_ba +
                                   QByteArray::number(body.size()) + "\r\n\r\n"_ba + body;
        for (const auto &client : clients)
            QVERIFY(client->sendRaw(request));
        int created = 0;
        int repeated = 0;
        QSet<QString> numbers;
        for (const auto &client : clients) {
            const std::optional<HttpTestResponse> response = client->readResponse(10000);
            QVERIFY(response);
            QVERIFY2(response->status == 201 || response->status == 200, response->body.constData());
            (response->status == 201 ? created : repeated)++;
            numbers.insert(jsonOf(*response)[u"number"_s].toString());
        }
        QCOMPARE(created, 1);
        QCOMPARE(repeated, kClients - 1);
        QCOMPARE(numbers, (QSet<QString>{u"APP/2030201/2026-27/000001"_s}));
        QCOMPARE(countRows(api.db->database(), u"SELECT COUNT(*) FROM application"_s), 1);
        QCOMPARE(
            countRows(api.db->database(), u"SELECT COUNT(*) FROM sms_outbox WHERE kind = 'application_acknowledged'"_s),
            1);
        QCOMPARE(countRows(api.db->database(), u"SELECT last_serial FROM application_counter"_s), 1);
    }

    void certificateDownloadsOnceIssued_data()
    {
        addBackendColumn();
    }
    void certificateDownloadsOnceIssued()
    {
        START_ROOMY_API_SERVER(api);
        const SubmittedApplication submitted = submitApplication(api, kMobile, applicationForm(kOwnFirst));
        QCOMPARE(submitted.response.status, 201);
        const QString token = api.signIn(kMobile);
        const QByteArray certificatePath = applicationTarget(submitted.number) + "/certificate"_ba;
        const QString certificateNumber = u"NDC/20302/2026-27/000001"_s;

        HttpTestResponse response = api.withToken("GET"_ba, certificatePath, token);
        QCOMPARE(response.status, 409);
        QCOMPARE(errorCodeOf(response), u"certificate_not_issued"_s);
        QVERIFY(jsonOf(api.withToken("GET"_ba, applicationTarget(submitted.number), token))[u"certificate"_s].isNull());

        // Approval gives the number; publishing the signed PDF issues it and sends the link.
        approveWithCertificate(api.db->database(), submitted.number, certificateNumber);
        response = api.withToken("GET"_ba, certificatePath, token);
        QCOMPARE(response.status, 409);
        const QByteArray pdf = samplePdf('a');
        PublishResult published;
        QString error;
        QVERIFY2(api.context->certificateDelivery().publish(certificateNumber, pdf, u"officer:dgm20302"_s, &published,
                                                            &error),
                 qPrintable(error));
        QCOMPARE(published.status, PublishStatus::Published);
        QCOMPARE(published.applicationNumber, submitted.number);
        QVERIFY(api.deliverOutbox());
        const QString sms = api.lastBody(kMobile);
        QVERIFY2(sms.startsWith(u"आवेदन क्रमांक APP/2030201/2026-27/000001 का नो ड्यूज प्रमाण-पत्र जारी हो गया है।"_s),
                 qPrintable(sms));
        const QString linkToken = ::linkToken(sms);
        QCOMPARE(linkToken.size(), 22);
        QCOMPARE(countRows(api.db->database(), u"SELECT COUNT(*) FROM download_link WHERE token_hash = :token"_s,
                           {{u"token"_s, linkToken}}),
                 0); // only its hash is stored

        // Publishing the same file again changes nothing; another file is refused.
        QVERIFY(api.context->certificateDelivery().publish(certificateNumber, pdf, u"officer:dgm20302"_s, &published,
                                                           &error));
        QCOMPARE(published.status, PublishStatus::AlreadyPublished);
        QVERIFY(api.context->certificateDelivery().publish(certificateNumber, samplePdf('b'), u"officer:dgm20302"_s,
                                                           &published, &error));
        QCOMPARE(published.status, PublishStatus::DifferentFile);
        QCOMPARE(countRows(api.db->database(), u"SELECT COUNT(*) FROM sms_outbox WHERE kind = 'certificate_ready'"_s),
                 1);

        // Signed in: the status shows it issued with a download path, which returns the file.
        const QJsonObject application = jsonOf(api.withToken("GET"_ba, applicationTarget(submitted.number), token));
        QCOMPARE(application[u"status"_s].toString(), u"issued"_s);
        QCOMPARE(application[u"certificate"_s][u"number"_s].toString(), certificateNumber);
        QCOMPARE(application[u"certificate"_s][u"download_path"_s].toString(),
                 u"/api/v1/consumer/applications/APP%2F2030201%2F2026-27%2F000001/certificate"_s);
        const QJsonArray events = application[u"events"_s].toArray();
        QCOMPARE(events.last()[u"event"_s].toString(), u"certificate_issued"_s);
        QCOMPARE(events.last()[u"at_ist"_s].toString(), u"04-12-2026 15:30"_s);
        response = api.withToken("GET"_ba, certificatePath, token);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.header("Content-Type"_ba), "application/pdf"_ba);
        QCOMPARE(response.header("Content-Disposition"_ba), "attachment; filename=\"NDC-20302-2026-27-000001.pdf\""_ba);
        QCOMPARE(response.body, pdf);

        // The SMS link works without signing in, and another mobile cannot use the path. A HEAD
        // request (a link preview) is not counted as a download.
        QCOMPARE(api.request("HEAD"_ba, "/d/"_ba + linkToken.toLatin1()).status, 200);
        QCOMPARE(countRows(api.db->database(), u"SELECT use_count FROM download_link"_s), 0);
        response = api.request("GET"_ba, "/d/"_ba + linkToken.toLatin1());
        QCOMPARE(countRows(api.db->database(), u"SELECT use_count FROM download_link"_s), 1);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body, pdf);
        QCOMPARE(response.header("Cache-Control"_ba), "no-store"_ba);
        QCOMPARE(api.withToken("GET"_ba, certificatePath, api.signIn(kSecondMobile)).status, 404);

        // Unknown, malformed and expired links get a page in Hindi and English.
        response = api.request("GET"_ba, "/d/AAAAAAAAAAAAAAAAAAAAAA"_ba);
        QCOMPARE(response.status, 404);
        QVERIFY(response.header("Content-Type"_ba).startsWith("text/html"));
        QVERIFY(QString::fromUtf8(response.body).contains(u"नो ड्यूज प्रमाण-पत्र"_s));
        QVERIFY(response.body.contains("This download link is not valid."));
        QCOMPARE(api.request("GET"_ba, "/d/short"_ba).status, 404);
        api.clock.advanceSeconds(30 * 24 * 3600);
        response = api.request("GET"_ba, "/d/"_ba + linkToken.toLatin1());
        QCOMPARE(response.status, 410);
        QVERIFY(response.body.contains("expired on 03-01-2027"));
        QVERIFY(response.body.contains("APP/2030201/2026-27/000001"));
        QCOMPARE(api.withToken("GET"_ba, certificatePath, api.signIn(kMobile)).status, 200);

        // A revoked certificate is not handed out at all.
        QSqlDatabase db = api.db->database().connection(&error);
        QSqlQuery query(db);
        QVERIFY2(execPlain(query,
                           u"UPDATE certificate SET revoked_at = '2027-01-04T05:00:00.000Z',"
                           " revoked_reason = 'Dues found later'"_s,
                           &error),
                 qPrintable(error));
        response = api.withToken("GET"_ba, certificatePath, api.signIn(kMobile));
        QCOMPARE(response.status, 410);
        QCOMPARE(errorCodeOf(response), u"certificate_revoked"_s);
        QVERIFY(errorMessageOf(response).contains(u"04-01-2027"_s));
    }

    void publishNeedsApprovalAndBaseUrl_data()
    {
        addBackendColumn();
    }
    void publishNeedsApprovalAndBaseUrl()
    {
        ApplicationSettings settings;
        settings.publicBaseUrl = u"https://nodues.example.in/"_s;
        START_ROOMY_API_SERVER(api, settings);
        const SubmittedApplication submitted = submitApplication(api, kMobile, applicationForm(kOwnFirst));
        QCOMPARE(submitted.response.status, 201);
        PublishResult published;
        QString error;
        QVERIFY(api.context->certificateDelivery().publish(u"NDC/20302/2026-27/000009"_s, samplePdf('a'),
                                                           u"officer:dgm20302"_s, &published, &error));
        QCOMPARE(published.status, PublishStatus::NotFound);

        // A certificate row of an application that is not approved (still submitted) is refused.
        approveWithCertificate(api.db->database(), submitted.number, u"NDC/20302/2026-27/000001"_s);
        QSqlDatabase db = api.db->database().connection(&error);
        QSqlQuery query(db);
        QVERIFY2(execPlain(query, u"UPDATE application SET status = 'forwarded'"_s, &error), qPrintable(error));
        QVERIFY(api.context->certificateDelivery().publish(u"NDC/20302/2026-27/000001"_s, samplePdf('a'),
                                                           u"officer:dgm20302"_s, &published, &error));
        QCOMPARE(published.status, PublishStatus::NotApproved);
        QCOMPARE(countRows(api.db->database(), u"SELECT COUNT(*) FROM certificate WHERE pdf IS NOT NULL"_s), 0);

        // A trailing slash on the base address does not double in the link.
        QVERIFY2(execPlain(query, u"UPDATE application SET status = 'approved'"_s, &error), qPrintable(error));
        QVERIFY2(api.context->certificateDelivery().publish(u"NDC/20302/2026-27/000001"_s, samplePdf('a'),
                                                            u"officer:dgm20302"_s, &published, &error),
                 qPrintable(error));
        QCOMPARE(published.status, PublishStatus::Published);
        QVERIFY(api.deliverOutbox());
        QVERIFY2(api.lastBody(kMobile).contains(u"https://nodues.example.in/d/"_s), qPrintable(api.lastBody(kMobile)));

        // Without a public address no link can be sent, so nothing is published.
        CertificateDelivery unconfigured(api.db->database(), api.clock, api.templates, ApplicationSettings{});
        QVERIFY(!unconfigured.publish(u"NDC/20302/2026-27/000001"_s, samplePdf('c'), u"officer:dgm20302"_s, &published,
                                      &error));
        QVERIFY2(error.contains(u"applications/public_base_url"_s), qPrintable(error));
    }

    void concurrentDifferentSubmitsKeepOne_data() { addBackendColumn(); }
    void concurrentDifferentSubmitsKeepOne()
    {
        START_ROOMY_API_SERVER(api);
        const QString token = api.signIn(kMobile);
        QList<QByteArray> bodies;
        for (const QString &ward : {u"Ward 7"_s, u"Ward 8"_s}) {
            QJsonObject form = applicationForm(kOwnFirst);
            form[u"election"_s] = QJsonObject{{u"kind"_s, u"gram_panchayat_panch"_s},
                                              {u"body"_s, u"Gram Panchayat Bilkhiria"_s},
                                              {u"ward"_s, ward}};
            const HttpTestResponse otp =
                api.withToken("POST"_ba, "/api/v1/consumer/applications/otp"_ba, token, jsonBytes(form));
            QCOMPARE(otp.status, 202);
            bodies.append(jsonBytes(withOtp(form, jsonOf(otp)[u"challenge_id"_s].toString(), api.deliveredCode(kMobile))));
        }

        // Two different applications race: one is created, the other is told it is open.
        std::vector<std::unique_ptr<HttpTestClient>> clients;
        for (const QByteArray &body : std::as_const(bodies)) {
            clients.push_back(std::make_unique<HttpTestClient>(api.server->port()));
            QVERIFY(clients.back()->connectToServer());
            QVERIFY(clients.back()->sendRaw("POST /api/v1/consumer/applications HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                            "Authorization: Bearer "_ba +
                                            token.toLatin1() +
                                            "\r\nContent-Type: application/json\r\nContent-Length: "_ba +
                                            QByteArray::number(body.size()) + "\r\n\r\n"_ba + body));
        }
        QList<int> statuses;
        QString openNumber;
        for (const auto &client : clients) {
            const std::optional<HttpTestResponse> response = client->readResponse(10000);
            QVERIFY(response);
            statuses.append(response->status);
            if (response->status == 409) {
                QCOMPARE(errorCodeOf(*response), u"application_open"_s);
                openNumber = jsonOf(*response)[u"application_number"_s].toString();
            }
        }
        std::sort(statuses.begin(), statuses.end());
        QCOMPARE(statuses, (QList<int>{201, 409}));
        QCOMPARE(openNumber, u"APP/2030201/2026-27/000001"_s);
        QCOMPARE(countRows(api.db->database(), u"SELECT COUNT(*) FROM application"_s), 1);
        QCOMPARE(countRows(api.db->database(), u"SELECT last_serial FROM application_counter"_s), 1);
    }

    void hiddenAndBrokenTextIsRefused_data() { addBackendColumn(); }
    void hiddenAndBrokenTextIsRefused()
    {
        START_ROOMY_API_SERVER(api);
        const QString token = api.signIn(kMobile);
        const QByteArray target = "/api/v1/consumer/applications/otp"_ba;

        // U+0000 and a lone surrogate never reach storage, whichever field carries them.
        for (const QByteArray &body :
             {"{\"kind\": \"connections\", \"applicant_name\": \"Ra\\u0000j\"}"_ba,
              "{\"kind\": \"connections\", \"election\": {\"ward\": \"\\ud800\"}}"_ba}) {
            const HttpTestResponse response = api.withToken("POST"_ba, target, token, body);
            QCOMPARE(response.status, 400);
            QCOMPARE(errorCodeOf(response), u"invalid_text"_s);
        }

        QJsonObject form = applicationForm(kOwnFirst);
        form[u"applicant_name"_s] = u"Dinesh \u202eKirar\u202c"_s;
        form[u"relative_name"_s] = u"\uff24inesh"_s; // full-width Latin
        form[u"address"_s] = u"Ward 4, \u200bBhopal"_s;
        form[u"sms_language"_s] = QJsonValue::Null; // optional, so null reads as not given
        HttpTestResponse response = api.withToken("POST"_ba, target, token, jsonBytes(form));
        QCOMPARE(response.status, 400);
        QCOMPARE(problemFields(response), (QStringList{u"applicant_name"_s, u"relative_name"_s, u"address"_s}));
        const QJsonArray problems = jsonOf(response)[u"problems"_s].toArray();
        for (const QJsonValue &problem : problems)
            QCOMPARE(problem[u"code"_s].toString(), u"bad_character"_s);
        QVERIFY2(problems[0][u"message"_s].toString().contains(u"U+202E"_s),
                 qPrintable(problems[0][u"message"_s].toString()));

        form = applicationForm(QString());
        form[u"applicant_name"_s] = u"Dinesh कुमार"_s;
        response = api.withToken("POST"_ba, target, token, jsonBytes(form));
        QCOMPARE(problemFields(response), (QStringList{u"applicant_name"_s, u"primary_ivrs"_s}));
        QCOMPARE(jsonOf(response)[u"problems"_s][0][u"code"_s].toString(), u"not_latin"_s);
        QCOMPARE(jsonOf(response)[u"problems"_s][1][u"code"_s].toString(), u"missing"_s);
        QCOMPARE(countRows(api.db->database(), u"SELECT COUNT(*) FROM otp_challenge WHERE purpose = 'submit_application'"_s),
                 0);
    }

    void tokenAfterSignOutIsRefused_data()
    {
        addBackendColumn();
    }
    void tokenAfterSignOutIsRefused()
    {
        START_ROOMY_API_SERVER(api);
        const QString token = api.signIn(kMobile);
        QCOMPARE(api.withToken("DELETE"_ba, "/api/v1/consumer/session"_ba, token).status, 204);
        const HttpTestResponse list = api.withToken("GET"_ba, "/api/v1/consumer/applications"_ba, token);
        QCOMPARE(list.status, 401);
        QCOMPARE(errorCodeOf(list), u"session_revoked"_s);
        const HttpTestResponse otp =
            api.withToken("POST"_ba, "/api/v1/consumer/applications/otp"_ba, token, jsonBytes(applicationForm(kOwnFirst)));
        QCOMPARE(otp.status, 401);
        const HttpTestResponse anonymous =
            api.request("POST"_ba, "/api/v1/consumer/applications"_ba, jsonBytes(applicationForm(kOwnFirst)));
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(errorCodeOf(anonymous), u"missing_token"_s);
    }
};

QTEST_GUILESS_MAIN(TestConsumerApplicationApi)
#include "TestConsumerApplicationApi.moc"
