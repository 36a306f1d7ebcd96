// Officers' sync and clerk decisions over real HTTP on loopback, on SQLite and PostgreSQL:
// jurisdiction, paging by the change sequence, versions, idempotency keys, the re-check of
// eligibility on forward, and the clerk's check of links pending verification.

#include "ApiTestServer.h"
#include "ApplicationFixtures.h"
#include "OfficeFixtures.h"
#include "Timestamp.h"
#include "certificates/QrPayload.h"
#include "import/BillingImporter.h"
#include "storage/SqlUtil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

#include <algorithm>
#include <memory>
#include <tuple>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;
using namespace nodues::test;

namespace {

// Consumers: two in DC 2030201, one in 2030202 (division 20302), one in 2030301 (division 20303).
const QString kFirstMobile = u"9876543210"_s;
const QString kSecondMobile = u"9123456780"_s;
const QString kThirdMobile = u"7012345678"_s;
const QString kOtherDivisionMobile = u"6012345678"_s;
const QString kFirstIvrs = u"1000000001"_s;
const QString kSecondIvrs = u"2000000001"_s;
const QString kThirdIvrs = u"3000000001"_s;
const QString kOtherDivisionIvrs = u"5000000001"_s;
const QString kNoMobileIvrs = u"6000000001"_s; // no billing mobile, DC 2030201
const QString kNoMobileIvrs2 = u"6000000002"_s;

void insertBillingRows(Database &database)
{
    const auto row = [](const QString &ivrs, const QString &mobile, const QString &dc) {
        return BillingFixture{ivrs,         u"Billed Name"_s, QString(), mobile, dc,
                              u"METERED"_s, u"WORKING"_s,     u"DONE"_s, 0,      u"2026-11-15"_s};
    };
    insertBillingConnection(database, row(kFirstIvrs, kFirstMobile, u"2030201"_s));
    insertBillingConnection(database, row(kSecondIvrs, kSecondMobile, u"2030201"_s));
    insertBillingConnection(database, row(kThirdIvrs, kThirdMobile, u"2030202"_s));
    insertBillingConnection(database, row(kOtherDivisionIvrs, kOtherDivisionMobile, u"2030301"_s));
    insertBillingConnection(database, row(kNoMobileIvrs, QString(), u"2030201"_s));
    insertBillingConnection(database, row(kNoMobileIvrs2, QString(), u"2030201"_s));
}

server::ApiSettings roomyApiSettings()
{
    return {1000, 1000, 1000, 1000, 900, 1000, 1000};
}

OtpSettings roomyOtpSettings()
{
    OtpSettings settings;
    settings.maxCodesPerMobile = 100;
    settings.maxCodesPerMobileAllAddresses = 1000;
    settings.maxCodesPerAddress = 1000;
    return settings;
}

QByteArray decisionTarget(const QString &number, const QByteArray &action)
{
    return "/api/v1/officer/applications/"_ba + QUrl::toPercentEncoding(number) + "/"_ba + action;
}

QByteArray decisionBody(qint64 version, const QString &key, const QJsonObject &extra = {})
{
    QJsonObject body{{u"version"_s, version}, {u"idempotency_key"_s, key}};
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        body.insert(it.key(), it.value());
    return jsonBytes(body);
}

// The application numbers of a sync page, in order.
QStringList numbersOf(const HttpTestResponse &response)
{
    QStringList numbers;
    const QJsonArray changes = jsonOf(response)[u"changes"_s].toArray();
    for (const QJsonValue &change : changes)
        numbers.append(change[u"number"_s].toString());
    return numbers;
}

// Has the division officer approve one forwarded application through the OTP batch route and
// returns the certificate number (empty, with the test failed, on any refusal).
QString approveOne(ApiTestServer &api, const QString &token, const QString &officerMobile, const QString &number,
                   qint64 version)
{
    QJsonObject body{{u"action"_s, u"approve"_s},
                     {u"applications"_s, QJsonArray{QJsonObject{{u"number"_s, number}, {u"version"_s, version}}}}};
    const HttpTestResponse otp = api.withToken("POST"_ba, "/api/v1/officer/decisions/otp"_ba, token, jsonBytes(body));
    if (otp.status != 202) {
        QTest::qFail(otp.body.constData(), __FILE__, __LINE__);
        return {};
    }
    body[u"challenge_id"_s] = jsonOf(otp)[u"challenge_id"_s].toString();
    body[u"otp"_s] = api.deliveredCode(officerMobile);
    body[u"idempotency_key"_s] = QString(u"approve-"_s + QString::number(qHash(number)));
    const HttpTestResponse decided = api.withToken("POST"_ba, "/api/v1/officer/decisions"_ba, token, jsonBytes(body));
    const QString certificate = jsonOf(decided)[u"results"_s][0][u"certificate"_s][u"number"_s].toString();
    if (certificate.isEmpty())
        QTest::qFail(decided.body.constData(), __FILE__, __LINE__);
    return certificate;
}

} // namespace

class TestOfficerDecisionApi : public QObject
{
    Q_OBJECT

private:
#define START_OFFICER_API_SERVER(api)                                                                                  \
    NODUES_START_API_SERVER(api, insertBillingRows, roomyApiSettings(), roomyOtpSettings(), ApplicationSettings{},     \
                            PasswordHasher::Cost::Interactive)

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"nodues.*.info=false"_s);
    }

    void syncFollowsJurisdictionAndOrder_data()
    {
        addBackendColumn();
    }
    void syncFollowsJurisdictionAndOrder()
    {
        START_OFFICER_API_SERVER(api);
        const QString first = submitApplication(api, kFirstMobile, applicationForm(kFirstIvrs)).number;
        const QString third = submitApplication(api, kThirdMobile, applicationForm(kThirdIvrs)).number;
        const QString second = submitApplication(api, kSecondMobile, applicationForm(kSecondIvrs)).number;
        const QString other = submitApplication(api, kOtherDivisionMobile, applicationForm(kOtherDivisionIvrs)).number;
        QCOMPARE(first, u"APP/2030201/2026-27/000001"_s);
        QCOMPARE(second, u"APP/2030201/2026-27/000002"_s);

        Database &database = api.db->database();
        const Officer clerkAccount =
            addOfficer(database, u"clerk.kolar"_s, OfficerRole::Clerk, u"2030201"_s, u"9000000001"_s);
        const QString clerk = officerToken(api, clerkAccount);
        const QString dgm = officerToken(
            api, addOfficer(database, u"dgm.bhopal"_s, OfficerRole::DivisionOfficer, u"20302"_s, u"9000000002"_s));
        const QString otherClerk = officerToken(
            api, addOfficer(database, u"clerk.other"_s, OfficerRole::Clerk, u"2030301"_s, u"9000000003"_s));
        const Officer adminAccount =
            addOfficer(database, u"admin.one"_s, OfficerRole::Admin, u"MPMK"_s, u"9000000004"_s);

        // Each officer sees the applications of the DCs in their jurisdiction, in change order.
        HttpTestResponse page = api.withToken("GET"_ba, "/api/v1/officer/sync?after=0"_ba, clerk);
        QCOMPARE(page.status, 200);
        QCOMPARE(numbersOf(page), (QStringList{first, second}));
        QCOMPARE(jsonOf(page)[u"has_more"_s].toBool(), false);
        page = api.withToken("GET"_ba, "/api/v1/officer/sync"_ba, dgm);
        QCOMPARE(numbersOf(page), (QStringList{first, third, second}));
        page = api.withToken("GET"_ba, "/api/v1/officer/sync"_ba, otherClerk);
        QCOMPARE(numbersOf(page), (QStringList{other}));

        // What an officer's entry carries: the masked mobile, the current checks, the SLA.
        const QJsonObject entry =
            jsonOf(api.withToken("GET"_ba, "/api/v1/officer/sync"_ba, clerk))[u"changes"_s][0].toObject();
        QCOMPARE(entry[u"mobile_masked"_s].toString(), u"98XXXXX210"_s);
        QCOMPARE(entry[u"version"_s].toInteger(), 1);
        QCOMPARE(entry[u"sla"_s][u"due_at"_s].toString(), u"2026-12-06T10:00:00.000Z"_s);
        QCOMPARE(entry[u"sla"_s][u"overdue"_s].toBool(), false);
        QCOMPARE(entry[u"connections"_s][0][u"eligible"_s].toBool(), true);
        QCOMPARE(entry[u"connections"_s][0][u"checks"_s].toArray().size(), 3);
        QCOMPARE(entry[u"events"_s][0][u"actor"_s].toString(), u"consumer:98XXXXX210"_s);
        QVERIFY(entry[u"events"_s][0][u"actor_name"_s].isNull());
        QVERIFY(entry[u"events"_s][0][u"actor_name_hi"_s].isNull());

        // Pages of one, with the cursor moving on.
        page = api.withToken("GET"_ba, "/api/v1/officer/sync?after=0&limit=1"_ba, dgm);
        QCOMPARE(numbersOf(page), (QStringList{first}));
        QCOMPARE(jsonOf(page)[u"has_more"_s].toBool(), true);
        const qint64 cursor = jsonOf(page)[u"next_cursor"_s].toInteger();
        page = api.withToken("GET"_ba, "/api/v1/officer/sync?limit=1&after="_ba + QByteArray::number(cursor), dgm);
        QCOMPARE(numbersOf(page), (QStringList{third}));

        // Two days later the open applications are overdue (and the clerk has signed in again).
        api.clock.advanceSeconds(48 * 3600 + 1);
        QCOMPARE(api.withToken("GET"_ba, "/api/v1/officer/sync"_ba, clerk).status, 401);
        const QString laterClerk = officerToken(api, clerkAccount);
        page = api.withToken("GET"_ba, "/api/v1/officer/sync"_ba, laterClerk);
        QCOMPARE(page.status, 200);
        QCOMPARE(jsonOf(page)[u"changes"_s][0][u"sla"_s][u"overdue"_s].toBool(), true);
        QCOMPARE(jsonOf(page)[u"changes"_s][0][u"sla"_s][u"seconds_left"_s].toInteger(), -1);

        // Bad cursors and callers.
        const QString admin = officerToken(api, adminAccount);
        QCOMPARE(api.withToken("GET"_ba, "/api/v1/officer/sync?after=999999"_ba, laterClerk).status, 410);
        QCOMPARE(errorCodeOf(api.withToken("GET"_ba, "/api/v1/officer/sync?after=999999"_ba, laterClerk)),
                 u"cursor_unknown"_s);
        QCOMPARE(errorCodeOf(api.withToken("GET"_ba, "/api/v1/officer/sync?after=-1"_ba, laterClerk)),
                 u"invalid_cursor"_s);
        QCOMPARE(errorCodeOf(api.withToken("GET"_ba, "/api/v1/officer/sync?limit=501"_ba, laterClerk)),
                 u"invalid_limit"_s);
        QCOMPARE(errorCodeOf(api.withToken("GET"_ba, "/api/v1/officer/sync"_ba, admin)), u"role_not_allowed"_s);
        QCOMPARE(errorCodeOf(api.withToken("GET"_ba, "/api/v1/officer/sync"_ba, api.signIn(kFirstMobile))),
                 u"not_an_officer_session"_s);
    }

    void clerkForwardsAndRejects_data()
    {
        addBackendColumn();
    }
    void clerkForwardsAndRejects()
    {
        START_OFFICER_API_SERVER(api);
        const QString first = submitApplication(api, kFirstMobile, applicationForm(kFirstIvrs)).number;
        const QString second = submitApplication(api, kSecondMobile, applicationForm(kSecondIvrs)).number;
        Database &database = api.db->database();
        const QString clerk = officerToken(
            api, addOfficer(database, u"clerk.kolar"_s, OfficerRole::Clerk, u"2030201"_s, u"9000000001"_s));
        const QString otherClerk = officerToken(
            api, addOfficer(database, u"clerk.other"_s, OfficerRole::Clerk, u"2030202"_s, u"9000000003"_s));
        const QString dgm = officerToken(
            api, addOfficer(database, u"dgm.bhopal"_s, OfficerRole::DivisionOfficer, u"20302"_s, u"9000000002"_s));
        const qint64 cursor =
            jsonOf(api.withToken("GET"_ba, "/api/v1/officer/sync"_ba, clerk))[u"next_cursor"_s].toInteger();

        // Another DC's clerk and the division officer cannot forward it.
        HttpTestResponse response = api.withToken("POST"_ba, decisionTarget(first, "forward"), otherClerk,
                                                  decisionBody(1, u"key-other-0001"_s));
        QCOMPARE(response.status, 404);
        QCOMPARE(errorCodeOf(response), u"application_not_found"_s);
        response = api.withToken("POST"_ba, decisionTarget(first, "forward"), dgm, decisionBody(1, u"key-dgm-0001"_s));
        QCOMPARE(response.status, 403);
        QCOMPARE(errorCodeOf(response), u"role_not_allowed"_s);

        // Forward, then the same request again: the first answer, nothing done twice.
        const QByteArray forward = decisionBody(1, u"key-forward-0001"_s, {{u"remarks"_s, u"Verified at counter"_s}});
        response = api.withToken("POST"_ba, decisionTarget(first, "forward"), clerk, forward);
        QCOMPARE(response.status, 200);
        QCOMPARE(jsonOf(response)[u"application"_s][u"status"_s].toString(), u"forwarded"_s);
        QCOMPARE(jsonOf(response)[u"application"_s][u"version"_s].toInteger(), 2);
        const HttpTestResponse replay = api.withToken("POST"_ba, decisionTarget(first, "forward"), clerk, forward);
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.header("Idempotent-Replay"_ba), "true"_ba);
        QCOMPARE(replay.body, response.body);
        QCOMPARE(countRows(database, u"SELECT COUNT(*) FROM application_event WHERE event = 'forwarded'"_s), 1);
        QCOMPARE(countRows(database, u"SELECT COUNT(*) FROM audit_log WHERE action = 'application.forward'"_s), 1);
        response =
            api.withToken("POST"_ba, decisionTarget(second, "forward"), clerk, decisionBody(1, u"key-forward-0001"_s));
        QCOMPARE(response.status, 422);
        QCOMPARE(errorCodeOf(response), u"idempotency_key_reused"_s);

        // A decision on the version the officer saw before is a conflict with the current state.
        response = api.withToken("POST"_ba, decisionTarget(first, "reject"), clerk,
                                 decisionBody(1, u"key-reject-0001"_s, {{u"reason_code"_s, u"dues_outstanding"_s}}));
        QCOMPARE(response.status, 409);
        QCOMPARE(errorCodeOf(response), u"stale_version"_s);
        QCOMPARE(jsonOf(response)[u"application"_s][u"status"_s].toString(), u"forwarded"_s);
        response = api.withToken("POST"_ba, decisionTarget(first, "reject"), clerk,
                                 decisionBody(2, u"key-reject-0002"_s, {{u"reason_code"_s, u"dues_outstanding"_s}}));
        QCOMPARE(response.status, 409);
        QCOMPARE(errorCodeOf(response), u"wrong_state"_s);

        // Rejecting: a reason from the list, "other" only with remarks; the applicant gets an SMS.
        response = api.withToken("POST"_ba, decisionTarget(second, "reject"), clerk,
                                 decisionBody(1, u"key-reject-0003"_s, {{u"reason_code"_s, u"no_such_reason"_s}}));
        QCOMPARE(errorCodeOf(response), u"invalid_reason"_s);
        response = api.withToken("POST"_ba, decisionTarget(second, "reject"), clerk,
                                 decisionBody(1, u"key-reject-0004"_s, {{u"reason_code"_s, u"other"_s}}));
        QCOMPARE(errorCodeOf(response), u"invalid_reason"_s);
        QCOMPARE(errorMessageOf(response),
                 u"The reason \"other\" needs remarks that say what is wrong; add them and send the decision again."_s);
        response = api.withToken("POST"_ba, decisionTarget(second, "reject"), clerk,
                                 decisionBody(1, u"key-reject-0005"_s,
                                              {{u"reason_code"_s, u"details_mismatch"_s},
                                               {u"remarks"_s, u"Father's name differs from the bill"_s}}));
        QCOMPARE(response.status, 200);
        const QJsonObject rejected = jsonOf(response)[u"application"_s].toObject();
        QCOMPARE(rejected[u"status"_s].toString(), u"rejected"_s);
        QCOMPARE(rejected[u"rejection"_s][u"reason_code"_s].toString(), u"details_mismatch"_s);
        QVERIFY(api.deliverOutbox());
        QCOMPARE(api.lastBody(kSecondMobile),
                 u"नो ड्यूज प्रमाण-पत्र हेतु आपका आवेदन क्रमांक APP/2030201/2026-27/000002 निरस्त किया गया। कारण: "
                 "विवरण रिकॉर्ड से मेल नहीं"_s);

        // Both changes come back in the next sync page, and the consumer sees the rejection.
        const HttpTestResponse page =
            api.withToken("GET"_ba, "/api/v1/officer/sync?after="_ba + QByteArray::number(cursor), clerk);
        QCOMPARE(numbersOf(page), (QStringList{first, second}));
        const HttpTestResponse status =
            api.withToken("GET"_ba, "/api/v1/consumer/applications"_ba, api.signIn(kSecondMobile));
        QCOMPARE(jsonOf(status)[u"applications"_s][0][u"status"_s].toString(), u"rejected"_s);
        const QJsonArray rejectedEvents = jsonOf(status)[u"applications"_s][0][u"events"_s].toArray();
        QCOMPARE(rejectedEvents.last()[u"event"_s].toString(), u"rejected"_s);
        QCOMPARE(rejectedEvents.last()[u"remarks"_s].toString(), u"Father's name differs from the bill"_s);

        // The clerk's note on forwarding stays with the officers: the sync shows it, the
        // applicant's status does not.
        const QJsonArray forwardedForOfficers = jsonOf(page)[u"changes"_s][0][u"events"_s].toArray();
        QCOMPARE(forwardedForOfficers.last()[u"event"_s].toString(), u"forwarded"_s);
        QCOMPARE(forwardedForOfficers.last()[u"remarks"_s].toString(), u"Verified at counter"_s);
        QCOMPARE(forwardedForOfficers.last()[u"actor"_s].toString(), u"officer:clerk.kolar"_s);
        QCOMPARE(forwardedForOfficers.last()[u"actor_name"_s].toString(), u"Test Officer"_s);
        QCOMPARE(forwardedForOfficers.last()[u"actor_name_hi"_s].toString(), u"परीक्षण अधिकारी"_s);
        const HttpTestResponse firstStatus =
            api.withToken("GET"_ba, "/api/v1/consumer/applications"_ba, api.signIn(kFirstMobile));
        const QJsonArray forwardedForApplicant = jsonOf(firstStatus)[u"applications"_s][0][u"events"_s].toArray();
        QCOMPARE(forwardedForApplicant.last()[u"event"_s].toString(), u"forwarded"_s);
        QVERIFY(forwardedForApplicant.last()[u"remarks"_s].isNull());
    }

    void forwardRechecksBillingData_data()
    {
        addBackendColumn();
    }
    void forwardRechecksBillingData()
    {
        START_OFFICER_API_SERVER(api);
        const QString number = submitApplication(api, kFirstMobile, applicationForm(kFirstIvrs)).number;
        Database &database = api.db->database();
        const QString clerk = officerToken(
            api, addOfficer(database, u"clerk.kolar"_s, OfficerRole::Clerk, u"2030201"_s, u"9000000001"_s));

        // A bill imported after submission shows dues: the forward is refused and changes nothing.
        setArrears(database, kFirstIvrs, 78000);
        HttpTestResponse response =
            api.withToken("POST"_ba, decisionTarget(number, "forward"), clerk, decisionBody(1, u"key-forward-0001"_s));
        QCOMPARE(response.status, 422);
        QCOMPARE(errorCodeOf(response), u"connections_not_eligible"_s);
        QCOMPARE(jsonOf(response)[u"connections"_s][0][u"ivrs"_s].toString(), kFirstIvrs);
        QCOMPARE(jsonOf(response)[u"connections"_s][0][u"failed_checks"_s][0][u"check"_s].toString(), u"dues"_s);
        QCOMPARE(countRows(database, u"SELECT version FROM application"_s), 1);

        // Gone from the billing data: sync shows the connection in the same shape, with nulls,
        // and forwarding is refused naming it.
        QString error;
        QSqlQuery query(database.connection(&error));
        QVERIFY2(execPrepared(query, u"DELETE FROM billing_connection WHERE ivrs = :ivrs"_s, {{u"ivrs"_s, kFirstIvrs}},
                              &error),
                 qPrintable(error));
        const HttpTestResponse page = api.withToken("GET"_ba, "/api/v1/officer/sync"_ba, clerk);
        const QJsonObject missing = jsonOf(page)[u"changes"_s][0][u"connections"_s][0].toObject();
        QCOMPARE(missing[u"in_billing_data"_s].toBool(), false);
        QCOMPARE(missing[u"eligible"_s].toBool(), false);
        for (const QString &member : {u"arrears_paise"_s, u"arrears"_s, u"mobile_masked"_s, u"refreshed_at"_s}) {
            QVERIFY2(missing.contains(member), qPrintable(member));
            QVERIFY2(missing[member].isNull(), qPrintable(member));
        }
        QCOMPARE(missing[u"name"_s].toString(), jsonOf(page)[u"changes"_s][0][u"connections"_s][0][u"name"_s].toString());
        response =
            api.withToken("POST"_ba, decisionTarget(number, "forward"), clerk, decisionBody(1, u"key-forward-0003"_s));
        QCOMPARE(response.status, 422);
        QCOMPARE(errorCodeOf(response), u"connections_not_eligible"_s);
        QCOMPARE(jsonOf(response)[u"connections"_s][0][u"in_billing_data"_s].toBool(), false);
        insertBillingConnection(database, BillingFixture{kFirstIvrs, u"Billed Name"_s, QString(), kFirstMobile,
                                                         u"2030201"_s, u"METERED"_s, u"WORKING"_s, u"DONE"_s, 78000,
                                                         u"2026-11-15"_s});

        // Paid: forwarding works with a new key on the unchanged version.
        setArrears(database, kFirstIvrs, 0);
        response =
            api.withToken("POST"_ba, decisionTarget(number, "forward"), clerk, decisionBody(1, u"key-forward-0002"_s));
        QCOMPARE(response.status, 200);
    }

    void clerkChecksPendingLinks_data()
    {
        addBackendColumn();
    }
    void clerkChecksPendingLinks()
    {
        START_OFFICER_API_SERVER(api);
        Database &database = api.db->database();
        const QString consumer = api.signIn(kFirstMobile);
        for (const QString &ivrs : {kNoMobileIvrs, kNoMobileIvrs2}) {
            QCOMPARE(
                api.withToken("POST"_ba, "/api/v1/consumer/connections"_ba, consumer, jsonBytes({{u"ivrs"_s, ivrs}}))
                    .status,
                201);
        }
        const QString number = submitApplication(api, kFirstMobile, applicationForm(kFirstIvrs)).number;
        const QString clerk = officerToken(
            api, addOfficer(database, u"clerk.kolar"_s, OfficerRole::Clerk, u"2030201"_s, u"9000000001"_s));

        HttpTestResponse response =
            api.withToken("POST"_ba, decisionTarget(number, "forward"), clerk, decisionBody(1, u"key-forward-0001"_s));
        QCOMPARE(response.status, 422);
        QCOMPARE(errorCodeOf(response), u"links_pending"_s);

        // The officer sees the pending connection in full, which the consumer does not.
        const QJsonObject entry =
            jsonOf(api.withToken("GET"_ba, "/api/v1/officer/sync"_ba, clerk))[u"changes"_s][0].toObject();
        QCOMPARE(entry[u"connections"_s][1][u"link"_s].toString(), u"pending_verification"_s);
        QCOMPARE(entry[u"connections"_s][1][u"name"_s].toString(), u"Billed Name"_s);

        // Confirm one link, refuse the other, then forward.
        response = api.withToken("POST"_ba, decisionTarget(number, "links/"_ba + kNoMobileIvrs.toLatin1() + "/confirm"),
                                 clerk, decisionBody(1, u"key-confirm-0001"_s));
        QCOMPARE(response.status, 200);
        QCOMPARE(jsonOf(response)[u"application"_s][u"version"_s].toInteger(), 2);
        response = api.withToken("POST"_ba, decisionTarget(number, "links/"_ba + kFirstIvrs.toLatin1() + "/refuse"),
                                 clerk, decisionBody(2, u"key-refuse-0001"_s));
        QCOMPARE(errorCodeOf(response), u"primary_link"_s);
        response =
            api.withToken("POST"_ba, decisionTarget(number, "links/"_ba + kNoMobileIvrs2.toLatin1() + "/refuse"), clerk,
                          decisionBody(2, u"key-refuse-0002"_s, {{u"remarks"_s, u"Neighbour's meter"_s}}));
        QCOMPARE(response.status, 200);
        const QJsonArray connections = jsonOf(response)[u"application"_s][u"connections"_s].toArray();
        QCOMPARE(connections.size(), 2);
        QCOMPARE(connections[1][u"ivrs"_s].toString(), kNoMobileIvrs);
        QCOMPARE(connections[1][u"link"_s].toString(), u"linked"_s);
        QCOMPARE(countRows(database, u"SELECT COUNT(*) FROM consumer_link WHERE ivrs = :ivrs AND state = 'refused'"_s,
                           {{u"ivrs"_s, kNoMobileIvrs2}}),
                 1);
        response =
            api.withToken("POST"_ba, decisionTarget(number, "links/"_ba + kNoMobileIvrs2.toLatin1() + "/confirm"),
                          clerk, decisionBody(3, u"key-confirm-0002"_s));
        QCOMPARE(errorCodeOf(response), u"link_not_pending"_s);
        response =
            api.withToken("POST"_ba, decisionTarget(number, "forward"), clerk, decisionBody(3, u"key-forward-0002"_s));
        QCOMPARE(response.status, 200);

        // The consumer's list shows the confirmed link in full and no longer the refused one.
        const HttpTestResponse listed = api.withToken("GET"_ba, "/api/v1/consumer/connections"_ba, consumer);
        const QJsonArray mine = jsonOf(listed)[u"connections"_s].toArray();
        QCOMPARE(mine.size(), 2);
        QCOMPARE(mine[1][u"ivrs"_s].toString(), kNoMobileIvrs);
        QCOMPARE(mine[1][u"link"_s].toString(), u"linked"_s);
        QCOMPARE(mine[1][u"details_hidden"_s].toBool(), false);
    }

    void divisionOfficerDecidesBatch_data()
    {
        addBackendColumn();
    }
    void divisionOfficerDecidesBatch()
    {
        START_OFFICER_API_SERVER(api);
        const QString first = submitApplication(api, kFirstMobile, applicationForm(kFirstIvrs)).number;
        const QString second = submitApplication(api, kSecondMobile, applicationForm(kSecondIvrs)).number;
        const QString third = submitApplication(api, kThirdMobile, applicationForm(kThirdIvrs)).number;
        Database &database = api.db->database();
        const QString clerk = officerToken(
            api, addOfficer(database, u"clerk.kolar"_s, OfficerRole::Clerk, u"2030201"_s, u"9000000001"_s));
        const QString clerk2 = officerToken(
            api, addOfficer(database, u"clerk.arera"_s, OfficerRole::Clerk, u"2030202"_s, u"9000000003"_s));
        const QString dgmMobile = u"9000000002"_s;
        const QString dgm = officerToken(
            api, addOfficer(database, u"dgm.bhopal"_s, OfficerRole::DivisionOfficer, u"20302"_s, dgmMobile));
        QCOMPARE(api.withToken("POST"_ba, decisionTarget(first, "forward"), clerk, decisionBody(1, u"key-f-00000001"_s))
                     .status,
                 200);
        QCOMPARE(
            api.withToken("POST"_ba, decisionTarget(second, "forward"), clerk, decisionBody(1, u"key-f-00000002"_s))
                .status,
            200);
        QCOMPARE(
            api.withToken("POST"_ba, decisionTarget(third, "forward"), clerk2, decisionBody(1, u"key-f-00000003"_s))
                .status,
            200);

        const auto batch = [](const QString &action, const QList<std::pair<QString, qint64>> &applications) {
            QJsonArray list;
            for (const auto &[number, version] : applications)
                list.append(QJsonObject{{u"number"_s, number}, {u"version"_s, version}});
            return QJsonObject{{u"action"_s, action}, {u"applications"_s, list}};
        };

        // A batch with a stale version gets no OTP; the clerk cannot ask at all.
        HttpTestResponse response = api.withToken("POST"_ba, "/api/v1/officer/decisions/otp"_ba, dgm,
                                                  jsonBytes(batch(u"approve"_s, {{first, 2}, {second, 1}})));
        QCOMPARE(response.status, 409);
        QCOMPARE(errorCodeOf(response), u"batch_not_ready"_s);
        QCOMPARE(jsonOf(response)[u"applications"_s][0][u"number"_s].toString(), second);
        QCOMPARE(jsonOf(response)[u"applications"_s][0][u"code"_s].toString(), u"stale_version"_s);
        QCOMPARE(api.withToken("POST"_ba, "/api/v1/officer/decisions/otp"_ba, clerk,
                               jsonBytes(batch(u"approve"_s, {{first, 2}})))
                     .status,
                 403);

        // The OTP goes to the officer's mobile, bound to this batch.
        QJsonObject approve = batch(u"approve"_s, {{first, 2}, {second, 2}});
        response = api.withToken("POST"_ba, "/api/v1/officer/decisions/otp"_ba, dgm, jsonBytes(approve));
        QCOMPARE(response.status, 202);
        QCOMPARE(jsonOf(response)[u"sent_to_masked"_s].toString(), u"90XXXXX002"_s);
        const QString code = api.deliveredCode(dgmMobile);
        QCOMPARE(code.size(), 6);
        approve[u"challenge_id"_s] = jsonOf(response)[u"challenge_id"_s].toString();
        approve[u"idempotency_key"_s] = u"batch-approve-0001"_s;

        // A code for another set does not confirm this one, and the try leaves the key unused.
        QJsonObject other = approve;
        other[u"applications"_s] = batch(u"approve"_s, {{first, 2}})[u"applications"_s];
        other[u"otp"_s] = code;
        response = api.withToken("POST"_ba, "/api/v1/officer/decisions"_ba, dgm, jsonBytes(other));
        QCOMPARE(response.status, 422);
        QCOMPARE(errorCodeOf(response), u"otp_wrong_purpose"_s);

        // A new bill shows dues on the second application's connection: it is refused, the first
        // is approved with its certificate and signed QR payload.
        setArrears(database, kSecondIvrs, 15000);
        approve[u"otp"_s] = code;
        response = api.withToken("POST"_ba, "/api/v1/officer/decisions"_ba, dgm, jsonBytes(approve));
        QCOMPARE(response.status, 200);
        const QJsonObject decided = jsonOf(response);
        QCOMPARE(decided[u"done"_s].toInt(), 1);
        QCOMPARE(decided[u"refused"_s].toInt(), 1);
        const QJsonArray results = decided[u"results"_s].toArray();
        QCOMPARE(results[0][u"number"_s].toString(), first);
        QCOMPARE(results[0][u"outcome"_s].toString(), u"approved"_s);
        const QJsonObject certificate = results[0][u"certificate"_s].toObject();
        QCOMPARE(certificate[u"number"_s].toString(), u"NDC/20302/2026-27/000001"_s);
        QCOMPARE(certificate[u"issued_at_ist"_s].toString(), u"04-12-2026 15:30"_s);
        const QString payload = certificate[u"qr_payload"_s].toString();
        QVERIFY(certificate[u"verify_url"_s].toString().startsWith(
            u"https://nodues.example.in/verify/NDC%2F20302%2F2026-27%2F000001#"_s));
        QVERIFY(certificate[u"verify_url"_s].toString().endsWith(payload));
        // The approving officer, whose name and designation the page shows in both languages.
        const QJsonObject approver = certificate[u"approved_by"_s].toObject();
        QCOMPARE(approver[u"designation"_s].toString(), u"Deputy General Manager"_s);
        QCOMPARE(approver[u"designation_hi"_s].toString(), u"उप महाप्रबंधक"_s);
        QCOMPARE(approver[u"name_hi"_s].toString(), u"परीक्षण अधिकारी"_s);
        const QJsonObject synced = results[0][u"application"_s][u"certificate"_s].toObject();
        QVERIFY(synced[u"approved_by"_s].toObject() == approver);
        QrPayloadError parseError;
        QString error;
        const std::optional<ParsedQrPayload> parsed = QrPayload::parse(payload, &parseError, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->fields.certificateNumber, u"NDC/20302/2026-27/000001"_s);
        QCOMPARE(parsed->fields.issueDate, QDate(2026, 12, 4));
        QCOMPARE(parsed->fields.connectionCount, 1);
        QVERIFY(api.context->signingKeys()->verify(parsed->keyId, parsed->signedBytes, parsed->signature));
        QCOMPARE(results[1][u"number"_s].toString(), second);
        QCOMPARE(results[1][u"outcome"_s].toString(), u"connections_not_eligible"_s);
        // The refusal names the connection and its failed check, as a single decision would.
        const QJsonArray failing = results[1][u"connections"_s].toArray();
        QCOMPARE(failing.size(), 1);
        QCOMPARE(failing[0][u"ivrs"_s].toString(), kSecondIvrs);
        QCOMPARE(failing[0][u"failed_checks"_s][0][u"check"_s].toString(), u"dues"_s);
        QCOMPARE(failing[0][u"failed_checks"_s][0][u"reason"_s].toString(), u"Arrears of ₹150.00 are outstanding."_s);
        QCOMPARE(countRows(database, u"SELECT COUNT(*) FROM certificate"_s), 1);
        QCOMPARE(countRows(database,
                           u"SELECT COUNT(*) FROM application WHERE status = 'approved' AND number = :number"_s,
                           {{u"number"_s, first}}),
                 1);

        // The same request again (the answer was lost): the first answer, nothing twice.
        const HttpTestResponse replay =
            api.withToken("POST"_ba, "/api/v1/officer/decisions"_ba, dgm, jsonBytes(approve));
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.header("Idempotent-Replay"_ba), "true"_ba);
        QCOMPARE(replay.body, response.body);
        QCOMPARE(countRows(database, u"SELECT COUNT(*) FROM certificate"_s), 1);

        // Reject the third with a wrong code first: it counts, then the right code works.
        QJsonObject reject = batch(u"reject"_s, {{third, 2}});
        response = api.withToken("POST"_ba, "/api/v1/officer/decisions/otp"_ba, dgm, jsonBytes(reject));
        QCOMPARE(response.status, 202);
        const QString rejectCode = api.deliveredCode(dgmMobile);
        reject[u"challenge_id"_s] = jsonOf(response)[u"challenge_id"_s].toString();
        reject[u"idempotency_key"_s] = u"batch-reject-0001"_s;
        // A missing reason is refused before the code is checked, so the code stays usable.
        reject[u"otp"_s] = rejectCode;
        response = api.withToken("POST"_ba, "/api/v1/officer/decisions"_ba, dgm, jsonBytes(reject));
        QCOMPARE(response.status, 422);
        QCOMPARE(errorCodeOf(response), u"invalid_reason"_s);
        reject[u"reason_code"_s] = u"details_mismatch"_s;
        reject[u"otp"_s] = otherCode(rejectCode);
        response = api.withToken("POST"_ba, "/api/v1/officer/decisions"_ba, dgm, jsonBytes(reject));
        QCOMPARE(response.status, 422);
        QCOMPARE(errorCodeOf(response), u"otp_wrong"_s);
        QCOMPARE(jsonOf(response)[u"attempts_left"_s].toInt(), 4);
        reject[u"otp"_s] = rejectCode;
        response = api.withToken("POST"_ba, "/api/v1/officer/decisions"_ba, dgm, jsonBytes(reject));
        QCOMPARE(response.status, 200);
        QCOMPARE(jsonOf(response)[u"results"_s][0][u"outcome"_s].toString(), u"rejected"_s);
        QVERIFY(api.deliverOutbox());
        QVERIFY2(api.lastBody(kThirdMobile).contains(u"विवरण रिकॉर्ड से मेल नहीं"_s),
                 qPrintable(api.lastBody(kThirdMobile)));

        // The consumer sees the approval and the certificate number; the PDF comes by upload.
        const QJsonObject mine = jsonOf(api.withToken("GET"_ba, "/api/v1/consumer/applications"_ba,
                                                      api.signIn(kFirstMobile)))[u"applications"_s][0]
                                     .toObject();
        QCOMPARE(mine[u"status"_s].toString(), u"approved"_s);
        QCOMPARE(mine[u"certificate"_s][u"number"_s].toString(), u"NDC/20302/2026-27/000001"_s);
        QVERIFY(mine[u"certificate"_s][u"download_path"_s].isNull());
    }

    void billingImportResendsApplication_data()
    {
        addBackendColumn();
    }
    void billingImportResendsApplication()
    {
        START_OFFICER_API_SERVER(api);
        const QString number = submitApplication(api, kFirstMobile, applicationForm(kFirstIvrs)).number;
        submitApplication(api, kSecondMobile, applicationForm(kSecondIvrs));
        Database &database = api.db->database();
        const QString clerk = officerToken(
            api, addOfficer(database, u"clerk.kolar"_s, OfficerRole::Clerk, u"2030201"_s, u"9000000001"_s));
        const qint64 cursor =
            jsonOf(api.withToken("GET"_ba, "/api/v1/officer/sync"_ba, clerk))[u"next_cursor"_s].toInteger();

        // A new billing snapshot: the first connection now has dues, the second is unchanged.
        const QString path = api.db->scratchPath(u"billing.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "ivrs,name,name_hi,relative_name,address,mobile,dc_code,tariff,connection_status,metering,"
            "meter_status,ekyc,arrears,bill_date\n"
            "1000000001,Billed Name,,,\"12 Shivaji Nagar, Bhopal\",9876543210,2030201,LV1.2,LIVE,METERED,WORKING,DONE,"
            "500.00,2026-12-01\n"
            "2000000001,Billed Name,,,\"12 Shivaji Nagar, Bhopal\",9123456780,2030201,LV1.2,LIVE,METERED,WORKING,DONE,"
            "0,2026-11-15\n");
        file.close();
        api.clock.advanceSeconds(3600);
        BillingImporter importer(database, api.clock);
        BillingImportOptions options;
        options.sourcePath = path;
        options.actor = u"admin-cli:test"_s;
        const BillingImportResult imported = importer.run(options);
        QVERIFY2(imported.committed, qPrintable(imported.error));

        // Sync sends the first application again, at the same version, with its new checks.
        const HttpTestResponse page =
            api.withToken("GET"_ba, "/api/v1/officer/sync?after="_ba + QByteArray::number(cursor), clerk);
        QCOMPARE(numbersOf(page), (QStringList{number}));
        const QJsonObject entry = jsonOf(page)[u"changes"_s][0].toObject();
        QCOMPARE(entry[u"version"_s].toInteger(), 1);
        QCOMPARE(entry[u"connections"_s][0][u"arrears_paise"_s].toInteger(), 50000);
        QCOMPARE(entry[u"connections"_s][0][u"arrears_paise_at_submission"_s].toInteger(), 0);
        QCOMPARE(entry[u"connections"_s][0][u"eligible"_s].toBool(), false);
        const HttpTestResponse refused =
            api.withToken("POST"_ba, decisionTarget(number, "forward"), clerk, decisionBody(1, u"key-forward-0001"_s));
        QCOMPARE(errorCodeOf(refused), u"connections_not_eligible"_s);
    }

    void revocationNeedsOtpAndDivision_data()
    {
        addBackendColumn();
    }
    void revocationNeedsOtpAndDivision()
    {
        START_OFFICER_API_SERVER(api);
        const QString number = submitApplication(api, kFirstMobile, applicationForm(kFirstIvrs)).number;
        Database &database = api.db->database();
        const QString clerk = officerToken(
            api, addOfficer(database, u"clerk.kolar"_s, OfficerRole::Clerk, u"2030201"_s, u"9000000001"_s));
        const QString dgmMobile = u"9000000002"_s;
        const QString dgm = officerToken(
            api, addOfficer(database, u"dgm.bhopal"_s, OfficerRole::DivisionOfficer, u"20302"_s, dgmMobile));
        const QString otherDgm = officerToken(
            api, addOfficer(database, u"dgm.other"_s, OfficerRole::DivisionOfficer, u"20303"_s, u"9000000006"_s));
        QCOMPARE(
            api.withToken("POST"_ba, decisionTarget(number, "forward"), clerk, decisionBody(1, u"key-f-00000001"_s))
                .status,
            200);
        const QString certificate = approveOne(api, dgm, dgmMobile, number, 2);
        QCOMPARE(certificate, u"NDC/20302/2026-27/000001"_s);
        const QByteArray target =
            "/api/v1/officer/certificates/"_ba + QUrl::toPercentEncoding(certificate) + "/revoke"_ba;

        // A clerk may not revoke; another division's officer does not find it.
        QCOMPARE(errorCodeOf(api.withToken("POST"_ba, target + "/otp"_ba, clerk)), u"role_not_allowed"_s);
        QCOMPARE(errorCodeOf(api.withToken("POST"_ba, target + "/otp"_ba, otherDgm)), u"certificate_not_found"_s);

        // The division's officer asks for the OTP; a code for another purpose does not revoke.
        HttpTestResponse response = api.withToken("POST"_ba, target + "/otp"_ba, dgm);
        QCOMPARE(response.status, 202);
        const QString challengeId = jsonOf(response)[u"challenge_id"_s].toString();
        const QString code = api.deliveredCode(dgmMobile);
        // A blank reason is refused before the code is checked, so the code stays usable.
        QJsonObject body{{u"reason"_s, u"   "_s},
                         {u"challenge_id"_s, challengeId},
                         {u"otp"_s, code},
                         {u"idempotency_key"_s, u"revoke-00000000"_s}};
        response = api.withToken("POST"_ba, target, dgm, jsonBytes(body));
        QCOMPARE(response.status, 422);
        QCOMPARE(errorCodeOf(response), u"invalid_reason"_s);
        body = QJsonObject{{u"reason"_s, u"Dues found on a connection the applicant did not declare"_s},
                           {u"challenge_id"_s, challengeId},
                           {u"otp"_s, otherCode(code)},
                           {u"idempotency_key"_s, u"revoke-00000001"_s}};
        response = api.withToken("POST"_ba, target, dgm, jsonBytes(body));
        QCOMPARE(response.status, 422);
        QCOMPARE(errorCodeOf(response), u"otp_wrong"_s);
        body[u"otp"_s] = code;
        response = api.withToken("POST"_ba, target, dgm, jsonBytes(body));
        QCOMPARE(response.status, 200);
        QCOMPARE(jsonOf(response)[u"certificate"_s][u"application_number"_s].toString(), number);
        QCOMPARE(jsonOf(response)[u"certificate"_s][u"revoked_at_ist"_s].toString(), u"04-12-2026 15:30"_s);
        QCOMPARE(countRows(database, u"SELECT COUNT(*) FROM certificate WHERE revoked_at IS NOT NULL"_s), 1);
        QCOMPARE(countRows(database, u"SELECT COUNT(*) FROM audit_log WHERE action = 'certificate.revoke'"_s), 1);

        // Revoked once only; the consumer and officers see it.
        response = api.withToken("POST"_ba, target + "/otp"_ba, dgm);
        QCOMPARE(response.status, 409);
        QCOMPARE(errorCodeOf(response), u"already_revoked"_s);
        const QJsonObject mine = jsonOf(api.withToken("GET"_ba, "/api/v1/consumer/applications"_ba,
                                                      api.signIn(kFirstMobile)))[u"applications"_s][0]
                                     .toObject();
        QCOMPARE(mine[u"certificate"_s][u"revoked"_s].toBool(), true);
        // Its PDF was never published, so the application is closed and a new one may follow.
        QCOMPARE(mine[u"status"_s].toString(), u"rejected"_s);
        QVERIFY(mine[u"rejection"_s][u"remarks"_s].toString().contains(certificate));
        QCOMPARE(submitApplication(api, kFirstMobile, applicationForm(kFirstIvrs)).response.status, 201);
        const QJsonObject synced =
            jsonOf(api.withToken("GET"_ba, "/api/v1/officer/sync"_ba, dgm))[u"changes"_s][0].toObject();
        QCOMPARE(synced[u"events"_s].toArray().last()[u"event"_s].toString(), u"certificate_revoked"_s);
    }

    void certificateNumbersFollowIstFiscalYear_data()
    {
        addBackendColumn();
    }
    void certificateNumbersFollowIstFiscalYear()
    {
        START_OFFICER_API_SERVER(api);
        Database &database = api.db->database();
        const Officer dgmAccount =
            addOfficer(database, u"dgm.bhopal"_s, OfficerRole::DivisionOfficer, u"20302"_s, u"9000000002"_s);

        // 31-03-2027 23:59 IST: the last serial of 2026-27. 01-04-2027 01:00 IST: the first of
        // 2027-28, dated 1 April although it is still 31 March in UTC.
        const QList<std::tuple<QDateTime, QString, QString, QString, QString>> cases{
            {QDateTime(QDate(2027, 3, 31), QTime(18, 29), Qt::UTC), kFirstMobile, kFirstIvrs,
             u"NDC/20302/2026-27/000001"_s, u"31-03-2027 23:59"_s},
            {QDateTime(QDate(2027, 3, 31), QTime(19, 30), Qt::UTC), kSecondMobile, kSecondIvrs,
             u"NDC/20302/2027-28/000001"_s, u"01-04-2027 01:00"_s},
        };
        for (const auto &[instant, mobile, ivrs, expectedNumber, expectedIst] : cases) {
            api.clock.setNow(instant);
            const QString number = submitApplication(api, mobile, applicationForm(ivrs)).number;
            // Sessions end within the months between the cases, so each case signs in anew.
            const QString clerkNow =
                officerToken(api, addOfficer(database, u"clerk.%1"_s.arg(mobile), OfficerRole::Clerk, u"2030201"_s,
                                             u"80000%1"_s.arg(mobile.right(5))));
            QCOMPARE(api.withToken("POST"_ba, decisionTarget(number, "forward"), clerkNow,
                                   decisionBody(1, u"key-f-"_s + mobile))
                         .status,
                     200);
            const QString certificate = approveOne(api, officerToken(api, dgmAccount), dgmAccount.mobile, number, 2);
            QCOMPARE(certificate, expectedNumber);
            const QJsonObject entry = jsonOf(api.withToken("GET"_ba, "/api/v1/consumer/applications"_ba,
                                                           api.signIn(mobile)))[u"applications"_s][0]
                                          .toObject();
            QCOMPARE(entry[u"certificate"_s][u"number"_s].toString(), expectedNumber);
            QString payload;
            QString error;
            QSqlDatabase db = database.connection(&error);
            QSqlQuery query(db);
            QVERIFY2(execPrepared(query, u"SELECT qr_payload, approved_at FROM certificate WHERE number = :number"_s,
                                  {{u"number"_s, expectedNumber}}, &error),
                     qPrintable(error));
            QVERIFY(query.next());
            QrPayloadError parseError;
            const std::optional<ParsedQrPayload> parsed =
                QrPayload::parse(query.value(0).toString(), &parseError, &error);
            QVERIFY2(parsed, qPrintable(error));
            QCOMPARE(Timestamp::istDateTime(Timestamp::fromStorage(query.value(1).toString())), expectedIst);
            QCOMPARE(parsed->fields.issueDate.toString(u"dd-MM-yyyy"_s), expectedIst.left(10));
        }
    }

    void concurrentDecisionsOneWins_data()
    {
        addBackendColumn();
    }
    void concurrentDecisionsOneWins()
    {
        START_OFFICER_API_SERVER(api);
        const QString number = submitApplication(api, kFirstMobile, applicationForm(kFirstIvrs)).number;
        Database &database = api.db->database();
        const QString first =
            officerToken(api, addOfficer(database, u"clerk.one"_s, OfficerRole::Clerk, u"2030201"_s, u"9000000001"_s));
        const QString second =
            officerToken(api, addOfficer(database, u"clerk.two"_s, OfficerRole::Clerk, u"2030201"_s, u"9000000005"_s));

        // Two clerks act on version 1 at the same moment: one forwards, the other gets a conflict.
        std::vector<std::unique_ptr<HttpTestClient>> clients;
        const QList<std::pair<QString, QByteArray>> requests{
            {first, decisionBody(1, u"key-one-00000001"_s)},
            {second, decisionBody(1, u"key-two-00000001"_s, {{u"reason_code"_s, u"dues_outstanding"_s}})}};
        const QList<QByteArray> actions{"forward", "reject"};
        for (qsizetype i = 0; i < requests.size(); ++i) {
            clients.push_back(std::make_unique<HttpTestClient>(api.server->port()));
            QVERIFY(clients.back()->connectToServer());
            const QByteArray &body = requests.at(i).second;
            QVERIFY(clients.back()->sendRaw("POST "_ba + decisionTarget(number, actions.at(i)) +
                                            " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "_ba +
                                            requests.at(i).first.toLatin1() +
                                            "\r\nContent-Type: application/json\r\nContent-Length: "_ba +
                                            QByteArray::number(body.size()) + "\r\n\r\n"_ba + body));
        }
        QList<int> statuses;
        for (const auto &client : clients) {
            const std::optional<HttpTestResponse> response = client->readResponse(10000);
            QVERIFY(response);
            statuses.append(response->status);
        }
        std::sort(statuses.begin(), statuses.end());
        QCOMPARE(statuses, (QList<int>{200, 409}));
        QCOMPARE(countRows(database, u"SELECT version FROM application"_s), 2);
        QCOMPARE(countRows(database, u"SELECT COUNT(*) FROM application_event"_s), 2);
    }
};

QTEST_GUILESS_MAIN(TestOfficerDecisionApi)
#include "TestOfficerDecisionApi.moc"
