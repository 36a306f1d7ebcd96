// Who may call each officer route, as one table row per route, caller and office, over real HTTP
// on loopback, on SQLite and PostgreSQL.
//
// The callers are a clerk, a division officer, an administrator, a consumer and a request without
// a token. Each comes from the office of the application the request is about (DC 2030201 of
// division 20302) or from another office (DC 2030202, division 20303). The expected responses:
//   - no token: 401 missing_token;
//   - a consumer's token: 403 not_an_officer_session;
//   - a role the route is not for: 403 role_not_allowed (an administrator decides no application);
//   - an officer of another office: the route's jurisdiction response, mostly a 404;
//   - the right officer of the own office: past all of these checks.
// Each cell acts on a real application in the state its route expects, and a refused cell must
// leave that application as it was.

#include "ApiTestServer.h"
#include "ApplicationFixtures.h"
#include "OfficeFixtures.h"
#include "Timestamp.h"
#include "security/OtpBinding.h"
#include "security/OtpService.h"
#include "storage/SqlUtil.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMap>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>
#include <QUuid>

#include <map>
#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;
using namespace nodues::test;

namespace {

enum class Caller {
    Clerk,
    DivisionOfficer,
    Admin,
    Consumer,
    NoToken,
};

enum class Office {
    Own,
    Other,
};

// The operation of a cell's request, which decides the application it needs and the body it sends.
enum class Action {
    SignIn,
    CreateSession,
    SignOut,
    ShowMe,
    Sync,
    RejectionReasons,
    Forward,
    Reject,
    ConfirmLink,
    RefuseLink,
    DecisionOtp,
    Decide,
    UploadPdf,
    DownloadPdf,
    RecordPrint,
    RevocationOtp,
    Revoke,
};

enum class Outcome {
    Granted,           // past authentication, role and jurisdiction: 2xx, or 400/409/422 from later checks
    Unauthenticated,   // 401 missing_token
    NotAnOfficer,      // 403 not_an_officer_session
    RoleNotAllowed,    // 403 role_not_allowed
    NotInJurisdiction, // the route's response to another office's application
};

struct OfficerRoute
{
    QByteArray method;
    QString pattern;
    bool needsToken = true;
    // The officer roles the route is for; every role when empty and needsToken is set.
    QList<Caller> roles;
    // The roles that may act only within their own office. Another office gets the route's
    // jurisdiction response. An administrator revokes certificates of any division.
    QList<Caller> limitedToOffice;
    Action action = Action::ShowMe;
};

// Every route under /api/v1/officer/. everyOfficerRouteHasRow() compares this list with the router,
// so a new route fails the test until it has its row here.
const QList<OfficerRoute> &officerRoutes()
{
    static const QList<Caller> clerk{Caller::Clerk};
    static const QList<Caller> divisionOfficer{Caller::DivisionOfficer};
    static const QList<Caller> queueRoles{Caller::Clerk, Caller::DivisionOfficer};
    static const QList<Caller> revokers{Caller::DivisionOfficer, Caller::Admin};
    static const QList<OfficerRoute> routes{
        {"POST"_ba, u"/api/v1/officer/sign-in"_s, false, {}, {}, Action::SignIn},
        {"POST"_ba, u"/api/v1/officer/session"_s, false, {}, {}, Action::CreateSession},
        {"DELETE"_ba, u"/api/v1/officer/session"_s, true, {}, {}, Action::SignOut},
        {"GET"_ba, u"/api/v1/officer/me"_s, true, {}, {}, Action::ShowMe},
        {"GET"_ba, u"/api/v1/officer/sync"_s, true, queueRoles, queueRoles, Action::Sync},
        {"GET"_ba, u"/api/v1/officer/rejection-reasons"_s, true, queueRoles, {}, Action::RejectionReasons},
        {"POST"_ba, u"/api/v1/officer/applications/{number}/forward"_s, true, clerk, clerk, Action::Forward},
        {"POST"_ba, u"/api/v1/officer/applications/{number}/reject"_s, true, clerk, clerk, Action::Reject},
        {"POST"_ba, u"/api/v1/officer/applications/{number}/links/{ivrs}/confirm"_s, true, clerk, clerk,
         Action::ConfirmLink},
        {"POST"_ba, u"/api/v1/officer/applications/{number}/links/{ivrs}/refuse"_s, true, clerk, clerk,
         Action::RefuseLink},
        {"POST"_ba, u"/api/v1/officer/decisions/otp"_s, true, divisionOfficer, divisionOfficer, Action::DecisionOtp},
        {"POST"_ba, u"/api/v1/officer/decisions"_s, true, divisionOfficer, divisionOfficer, Action::Decide},
        {"PUT"_ba, u"/api/v1/officer/certificates/{number}/pdf"_s, true, divisionOfficer, divisionOfficer,
         Action::UploadPdf},
        {"GET"_ba, u"/api/v1/officer/certificates/{number}/pdf"_s, true, {}, queueRoles, Action::DownloadPdf},
        {"POST"_ba, u"/api/v1/officer/certificates/{number}/prints"_s, true, {}, queueRoles, Action::RecordPrint},
        {"POST"_ba, u"/api/v1/officer/certificates/{number}/revoke/otp"_s, true, revokers, divisionOfficer,
         Action::RevocationOtp},
        {"POST"_ba, u"/api/v1/officer/certificates/{number}/revoke"_s, true, revokers, divisionOfficer, Action::Revoke},
    };
    return routes;
}

const char *callerName(Caller caller)
{
    switch (caller) {
    case Caller::Clerk:
        return "clerk";
    case Caller::DivisionOfficer:
        return "division-officer";
    case Caller::Admin:
        return "admin";
    case Caller::Consumer:
        return "consumer";
    case Caller::NoToken:
        return "no-token";
    }
    return "?";
}

const char *officeName(Office office)
{
    return office == Office::Own ? "own-office" : "other-office";
}

Outcome expectedOutcome(const OfficerRoute &route, Caller caller, Office office)
{
    if (!route.needsToken)
        return Outcome::Granted;
    if (caller == Caller::NoToken)
        return Outcome::Unauthenticated;
    if (caller == Caller::Consumer)
        return Outcome::NotAnOfficer;
    if (!route.roles.isEmpty() && !route.roles.contains(caller))
        return Outcome::RoleNotAllowed;
    if (route.limitedToOffice.contains(caller) && office == Office::Other)
        return Outcome::NotInJurisdiction;
    return Outcome::Granted;
}

// Every application of the table is in this DC. "Own office" means this DC or its division.
const QString kApplicationDc = u"2030201"_s;
const QByteArray kOfficerPassword = "Correct-Horse-42"_ba;
// Consumers for the routes that act on no application: one of DC 2030201, one of DC 2030301.
const QString kOwnConsumerMobile = u"9100000001"_s;
const QString kOtherConsumerMobile = u"9100000002"_s;
// One applicant, connection and unverified connection per cell, with room to spare.
constexpr int kApplicantCount = 160;

QString applicantMobile(int index)
{
    return u"97%1"_s.arg(index, 8, 10, QChar(u'0'));
}

QString applicantIvrs(int index)
{
    return u"71%1"_s.arg(index, 8, 10, QChar(u'0'));
}

// A connection without a billing mobile, so linking it leaves it pending the clerk's check.
QString unverifiedIvrs(int index)
{
    return u"72%1"_s.arg(index, 8, 10, QChar(u'0'));
}

void insertBillingRows(Database &database)
{
    const auto row = [](const QString &ivrs, const QString &mobile, const QString &dc) {
        return BillingFixture{ivrs,         u"Billed Name"_s, QString(), mobile, dc,
                              u"METERED"_s, u"WORKING"_s,     u"DONE"_s, 0,      u"2026-11-15"_s};
    };
    insertBillingConnection(database, row(u"8100000001"_s, kOwnConsumerMobile, kApplicationDc));
    insertBillingConnection(database, row(u"8100000002"_s, kOtherConsumerMobile, u"2030301"_s));
    for (int i = 0; i < kApplicantCount; ++i) {
        insertBillingConnection(database, row(applicantIvrs(i), applicantMobile(i), kApplicationDc));
        insertBillingConnection(database, row(unverifiedIvrs(i), QString(), kApplicationDc));
    }
}

// One server per back end, shared by all rows of that back end, so the schema, offices and
// officers are set up once and not for each of the 150 cells.
struct AccessFixture
{
    ApiTestServer api;
    Officer ownClerk;
    Officer otherClerk;
    Officer ownDivisionOfficer;
    Officer otherDivisionOfficer;
    Officer ownAdmin;
    Officer otherAdmin;
    QString ownConsumerToken;
    QString otherConsumerToken;
    int nextApplicant = 0;
    int nextKey = 0;

    const Officer &officer(Caller caller, Office office) const
    {
        const bool own = office == Office::Own;
        switch (caller) {
        case Caller::DivisionOfficer:
            return own ? ownDivisionOfficer : otherDivisionOfficer;
        case Caller::Admin:
            return own ? ownAdmin : otherAdmin;
        case Caller::Clerk:
        case Caller::Consumer:
        case Caller::NoToken:
            break;
        }
        return own ? ownClerk : otherClerk;
    }

    QString idempotencyKey() { return u"access-key-%1"_s.arg(++nextKey, 6, 10, QChar(u'0')); }
};

// How far an application has gone before the cell's request.
enum class Stage {
    Submitted,
    Forwarded,
    Approved,
};

// The application a cell acts on, as it was before the cell's request.
struct CellApplication
{
    QString number;
    QString applicantMobile;
    QString unverifiedIvrs;
    qint64 version = 0;
    QString status;
    qint64 changeSeq = 0;
    // Set once approved: the certificate and its publication and revocation times (null when not).
    QString certificateNumber;
    QVariant publishedAt;
    QVariant revokedAt;
};

struct CellRequest
{
    QByteArray method;
    QByteArray target;
    QByteArray body;
    QByteArray contentType = "application/json"_ba;
    QString token; // empty: no Authorization header
};

bool readApplicationRow(Database &database, const QString &number, CellApplication *application)
{
    QString error;
    QSqlDatabase db = database.connection(&error);
    QSqlQuery query(db);
    if (!execPrepared(query,
                      u"SELECT a.version, a.status, a.change_seq, c.number, c.published_at, c.revoked_at"
                      " FROM application a LEFT JOIN certificate c ON c.application_id = a.id"
                      " WHERE a.number = :number"_s,
                      {{u"number"_s, number}}, &error) ||
        !query.next()) {
        qWarning("Could not read application %s: %s", qPrintable(number), qPrintable(error));
        return false;
    }
    application->version = query.value(0).toLongLong();
    application->status = query.value(1).toString();
    application->changeSeq = query.value(2).toLongLong();
    application->certificateNumber = query.value(3).toString();
    application->publishedAt = query.value(4);
    application->revokedAt = query.value(5);
    return true;
}

QByteArray applicationTarget(const QString &number, const QByteArray &tail)
{
    return "/api/v1/officer/applications/"_ba + QUrl::toPercentEncoding(number) + "/"_ba + tail;
}

QByteArray certificateTarget(const QString &number, const QByteArray &tail)
{
    return "/api/v1/officer/certificates/"_ba + QUrl::toPercentEncoding(number) + "/"_ba + tail;
}

QJsonObject batchBody(const QString &number, qint64 version)
{
    return QJsonObject{{u"action"_s, u"approve"_s},
                       {u"applications"_s, QJsonArray{QJsonObject{{u"number"_s, number}, {u"version"_s, version}}}}};
}

} // namespace

class TestOfficerAccessTable : public QObject
{
    Q_OBJECT

private:
    std::map<QString, std::unique_ptr<AccessFixture>> m_fixtures;
    // Why a back end's server is not there, for the rows after the first that found out.
    QMap<QString, QString> m_unavailable;

    // The shared server of backend, started on first use; nullptr with skipReason set when the
    // back end is not available or failed to start.
    AccessFixture *fixtureFor(const QString &backend, QString *skipReason)
    {
        if (m_unavailable.contains(backend)) {
            *skipReason = m_unavailable.value(backend);
            return nullptr;
        }
        const auto found = m_fixtures.find(backend);
        if (found != m_fixtures.end())
            return found->second.get();

        // Marked unavailable first, so that a QVERIFY returning early leaves the mark.
        m_unavailable.insert(backend, u"The %1 test server did not start; see the first row of %1"_s.arg(backend));
        auto fixture = std::make_unique<AccessFixture>();
        fixture->api.db = TestDatabase::create(backend, skipReason);
        if (!fixture->api.db) {
            m_unavailable.insert(backend, *skipReason);
            return nullptr;
        }
        Database &database = fixture->api.db->database();
        insertOfficeTree(database);
        insertBillingRows(database);
        server::ApiSettings api{1000, 1000, 1000, 1000, 900, 1000, 1000};
        OtpSettings otp;
        otp.maxCodesPerMobile = 100;
        otp.maxCodesPerMobileAllAddresses = 1000;
        otp.maxOfficerActionCodes = 1000;
        otp.maxCodesPerAddress = 2000;
        if (!fixture->api.start(api, otp, ApplicationSettings{}, PasswordHasher::Cost::Interactive)) {
            *skipReason = u"The %1 test server did not start"_s.arg(backend);
            return nullptr;
        }

        fixture->ownClerk = addOfficer(database, u"clerk.own"_s, OfficerRole::Clerk, kApplicationDc, u"9000000001"_s);
        fixture->otherClerk = addOfficer(database, u"clerk.other"_s, OfficerRole::Clerk, u"2030202"_s, u"9000000002"_s);
        fixture->ownDivisionOfficer =
            addOfficer(database, u"dgm.own"_s, OfficerRole::DivisionOfficer, u"20302"_s, u"9000000003"_s);
        fixture->otherDivisionOfficer =
            addOfficer(database, u"dgm.other"_s, OfficerRole::DivisionOfficer, u"20303"_s, u"9000000004"_s);
        fixture->ownAdmin = addOfficer(database, u"admin.own"_s, OfficerRole::Admin, u"20302"_s, u"9000000005"_s);
        fixture->otherAdmin = addOfficer(database, u"admin.other"_s, OfficerRole::Admin, u"20303"_s, u"9000000006"_s);
        fixture->ownConsumerToken = fixture->api.signIn(kOwnConsumerMobile);
        fixture->otherConsumerToken = fixture->api.signIn(kOtherConsumerMobile);
        if (QTest::currentTestFailed()) {
            *skipReason = u"Setting up the %1 officers and consumers failed"_s.arg(backend);
            return nullptr;
        }

        m_unavailable.remove(backend);
        AccessFixture *result = fixture.get();
        m_fixtures.emplace(backend, std::move(fixture));
        return result;
    }

    // Submits a new application of DC 2030201, with an unverified link when asked, and takes it to
    // stage through the own clerk and the own division officer. Returns false with the running
    // test failed on an error.
    static bool prepareApplication(AccessFixture &fixture, bool withUnverifiedLink, Stage stage,
                                   CellApplication *application)
    {
        const int index = fixture.nextApplicant++;
        if (index >= kApplicantCount) {
            QTest::qFail("The table needs more applicants than kApplicantCount", __FILE__, __LINE__);
            return false;
        }
        ApiTestServer &api = fixture.api;
        application->applicantMobile = applicantMobile(index);
        application->unverifiedIvrs = unverifiedIvrs(index);
        if (withUnverifiedLink) {
            const HttpTestResponse linked =
                api.withToken("POST"_ba, "/api/v1/consumer/connections"_ba, api.signIn(application->applicantMobile),
                              jsonBytes({{u"ivrs"_s, application->unverifiedIvrs}}));
            if (linked.status != 201) {
                QTest::qFail(linked.body.constData(), __FILE__, __LINE__);
                return false;
            }
        }
        const SubmittedApplication submitted =
            submitApplication(api, application->applicantMobile, applicationForm(applicantIvrs(index)));
        if (submitted.response.status != 201) {
            QTest::qFail(submitted.response.body.constData(), __FILE__, __LINE__);
            return false;
        }
        application->number = submitted.number;
        if (stage != Stage::Submitted) {
            const HttpTestResponse response = api.withToken(
                "POST"_ba, applicationTarget(application->number, "forward"_ba), officerToken(api, fixture.ownClerk),
                jsonBytes({{u"version"_s, 1}, {u"idempotency_key"_s, fixture.idempotencyKey()}}));
            if (response.status != 200) {
                QTest::qFail(response.body.constData(), __FILE__, __LINE__);
                return false;
            }
        }
        if (stage == Stage::Approved) {
            const QString divisionOfficer = officerToken(api, fixture.ownDivisionOfficer);
            QJsonObject approve = batchBody(application->number, 2);
            const HttpTestResponse challenge =
                api.withToken("POST"_ba, "/api/v1/officer/decisions/otp"_ba, divisionOfficer, jsonBytes(approve));
            if (challenge.status != 202) {
                QTest::qFail(challenge.body.constData(), __FILE__, __LINE__);
                return false;
            }
            approve.insert(u"challenge_id"_s, jsonOf(challenge)[u"challenge_id"_s].toString());
            approve.insert(u"otp"_s, api.deliveredCode(fixture.ownDivisionOfficer.mobile));
            approve.insert(u"idempotency_key"_s, fixture.idempotencyKey());
            const HttpTestResponse decided =
                api.withToken("POST"_ba, "/api/v1/officer/decisions"_ba, divisionOfficer, jsonBytes(approve));
            if (decided.status != 200 || jsonOf(decided)[u"done"_s].toInt() != 1) {
                QTest::qFail(decided.body.constData(), __FILE__, __LINE__);
                return false;
            }
        }
        return readApplicationRow(api.db->database(), application->number, application);
    }

    // A real code for the decision batch on application, as the caller would hold one. The own
    // division officer requests it from the route. The route sends the other division officer no
    // code for this batch, so that officer gets one from the OTP service directly and the decision
    // route's own jurisdiction check is what responds. Everyone else sends a code never issued.
    static bool decisionCode(AccessFixture &fixture, Caller caller, Office office, const CellApplication &application,
                             QString *challengeId, QString *code)
    {
        ApiTestServer &api = fixture.api;
        if (caller != Caller::DivisionOfficer) {
            *challengeId = u"not-an-issued-challenge"_s;
            *code = u"123456"_s;
            return true;
        }
        const Officer &officer = fixture.officer(caller, office);
        if (office == Office::Own) {
            const HttpTestResponse response =
                api.withToken("POST"_ba, "/api/v1/officer/decisions/otp"_ba, officerToken(api, officer),
                              jsonBytes(batchBody(application.number, application.version)));
            if (response.status != 202) {
                QTest::qFail(response.body.constData(), __FILE__, __LINE__);
                return false;
            }
            *challengeId = jsonOf(response)[u"challenge_id"_s].toString();
        } else {
            OtpIssueRequest issue;
            issue.recipientMobile = officer.mobile;
            issue.clientAddress = u"127.0.0.1"_s;
            issue.actor = u"officer:"_s + officer.username;
            OtpIssueResult result;
            QString error;
            const OtpBinding binding = OtpBinding::officerDecision(
                officer.id, u"approve"_s, {ApplicationVersion{application.number, application.version}});
            if (!api.context->otpService().issue(binding, issue, &result, &error) ||
                result.status != OtpIssueStatus::Issued) {
                QTest::qFail(qPrintable(u"Could not issue a decision OTP: "_s + error), __FILE__, __LINE__);
                return false;
            }
            *challengeId = result.challengeId;
        }
        *code = api.deliveredCode(officer.mobile);
        return !code->isEmpty();
    }

    // A real code for revoking the application's certificate: the own division officer and the
    // administrators request it from the route. The route sends the other division officer no code for
    // another division's certificate, so that officer gets one from the OTP service directly and
    // the revocation's own check of the division is what responds. Everyone else sends a code that
    // was never issued.
    static bool revocationCode(AccessFixture &fixture, Caller caller, Office office, const CellApplication &application,
                               QString *challengeId, QString *code)
    {
        ApiTestServer &api = fixture.api;
        if (caller != Caller::DivisionOfficer && caller != Caller::Admin) {
            *challengeId = u"not-an-issued-challenge"_s;
            *code = u"123456"_s;
            return true;
        }
        const Officer &officer = fixture.officer(caller, office);
        if (caller == Caller::Admin || office == Office::Own) {
            const HttpTestResponse response =
                api.withToken("POST"_ba, certificateTarget(application.certificateNumber, "revoke/otp"_ba),
                              officerToken(api, officer));
            if (response.status != 202) {
                QTest::qFail(response.body.constData(), __FILE__, __LINE__);
                return false;
            }
            *challengeId = jsonOf(response)[u"challenge_id"_s].toString();
        } else {
            OtpIssueRequest issue;
            issue.recipientMobile = officer.mobile;
            issue.clientAddress = u"127.0.0.1"_s;
            issue.actor = u"officer:"_s + officer.username;
            OtpIssueResult result;
            QString error;
            if (!api.context->otpService().issue(OtpBinding::revocation(officer.id, application.certificateNumber),
                                                 issue, &result, &error) ||
                result.status != OtpIssueStatus::Issued) {
                QTest::qFail(qPrintable(u"Could not issue a revocation OTP: "_s + error), __FILE__, __LINE__);
                return false;
            }
            *challengeId = result.challengeId;
        }
        *code = api.deliveredCode(officer.mobile);
        return !code->isEmpty();
    }

    // The token the caller sends: a new session for an officer, the applicant's own session for a
    // consumer of the own office.
    static QString tokenFor(AccessFixture &fixture, Caller caller, Office office, const CellApplication &application)
    {
        switch (caller) {
        case Caller::NoToken:
            return {};
        case Caller::Consumer:
            if (office == Office::Other)
                return fixture.otherConsumerToken;
            return application.number.isEmpty() ? fixture.ownConsumerToken
                                                : fixture.api.signIn(application.applicantMobile);
        case Caller::Clerk:
        case Caller::DivisionOfficer:
        case Caller::Admin:
            break;
        }
        return officerToken(fixture.api, fixture.officer(caller, office));
    }

    // Builds the cell's request; fails the running test when a step before it fails.
    static bool prepareRequest(AccessFixture &fixture, const OfficerRoute &route, Caller caller, Office office,
                               const CellApplication &application, CellRequest *request)
    {
        ApiTestServer &api = fixture.api;
        request->method = route.method;
        request->token = tokenFor(fixture, caller, office, application);
        const bool isOfficer = caller == Caller::Clerk || caller == Caller::DivisionOfficer || caller == Caller::Admin;
        // The account a sign-in names: the caller's own, or the own clerk's for a consumer or no one.
        const Officer &account = isOfficer ? fixture.officer(caller, office) : fixture.ownClerk;
        const QJsonObject versionAndKey{{u"version"_s, application.version},
                                        {u"idempotency_key"_s, fixture.idempotencyKey()}};

        switch (route.action) {
        case Action::SignIn:
            request->target = "/api/v1/officer/sign-in"_ba;
            request->body = jsonBytes({{u"username"_s, account.username},
                                       {u"password"_s, QString::fromLatin1(kOfficerPassword)},
                                       {u"device_name"_s, u"Counter PC"_s}});
            return true;
        case Action::CreateSession: {
            const HttpTestResponse signIn =
                api.request("POST"_ba, "/api/v1/officer/sign-in"_ba,
                            jsonBytes({{u"username"_s, account.username},
                                       {u"password"_s, QString::fromLatin1(kOfficerPassword)},
                                       {u"device_name"_s, u"Counter PC"_s}}));
            if (signIn.status != 202) {
                QTest::qFail(signIn.body.constData(), __FILE__, __LINE__);
                return false;
            }
            request->target = "/api/v1/officer/session"_ba;
            request->body = jsonBytes({{u"username"_s, account.username},
                                       {u"challenge_id"_s, jsonOf(signIn)[u"challenge_id"_s].toString()},
                                       {u"otp"_s, api.deliveredCode(account.mobile)},
                                       {u"device_name"_s, u"Counter PC"_s}});
            return true;
        }
        case Action::SignOut:
            request->target = "/api/v1/officer/session"_ba;
            return true;
        case Action::ShowMe:
            request->target = "/api/v1/officer/me"_ba;
            return true;
        case Action::Sync:
            // From just before the cell's application, so the page starts with it when it is visible.
            request->target =
                "/api/v1/officer/sync?limit=500&after="_ba + QByteArray::number(application.changeSeq - 1);
            return true;
        case Action::RejectionReasons:
            request->target = "/api/v1/officer/rejection-reasons"_ba;
            return true;
        case Action::Forward:
            request->target = applicationTarget(application.number, "forward"_ba);
            request->body = jsonBytes(versionAndKey);
            return true;
        case Action::Reject: {
            QJsonObject body = versionAndKey;
            body.insert(u"reason_code"_s, u"dues_outstanding"_s);
            request->target = applicationTarget(application.number, "reject"_ba);
            request->body = jsonBytes(body);
            return true;
        }
        case Action::ConfirmLink:
            request->target =
                applicationTarget(application.number, "links/"_ba + application.unverifiedIvrs.toLatin1() + "/confirm");
            request->body = jsonBytes(versionAndKey);
            return true;
        case Action::RefuseLink: {
            QJsonObject body = versionAndKey;
            body.insert(u"remarks"_s, u"The meter belongs to a neighbour"_s);
            request->target =
                applicationTarget(application.number, "links/"_ba + application.unverifiedIvrs.toLatin1() + "/refuse");
            request->body = jsonBytes(body);
            return true;
        }
        case Action::DecisionOtp:
            request->target = "/api/v1/officer/decisions/otp"_ba;
            request->body = jsonBytes(batchBody(application.number, application.version));
            return true;
        case Action::Decide: {
            QString challengeId;
            QString code;
            if (!decisionCode(fixture, caller, office, application, &challengeId, &code))
                return false;
            QJsonObject body = batchBody(application.number, application.version);
            body.insert(u"challenge_id"_s, challengeId);
            body.insert(u"otp"_s, code);
            body.insert(u"idempotency_key"_s, fixture.idempotencyKey());
            request->target = "/api/v1/officer/decisions"_ba;
            request->body = jsonBytes(body);
            return true;
        }
        case Action::UploadPdf:
            // Not a signed certificate: the access checks come first, the signature checks after.
            request->target = certificateTarget(application.certificateNumber, "pdf"_ba);
            request->contentType = "application/pdf"_ba;
            request->body = "%PDF-1.7\n% unsigned stand-in for a certificate\n%%EOF\n"_ba;
            return true;
        case Action::DownloadPdf:
            request->target = certificateTarget(application.certificateNumber, "pdf"_ba);
            return true;
        case Action::RecordPrint:
            request->target = certificateTarget(application.certificateNumber, "prints"_ba);
            request->body = jsonBytes({{u"print_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                       {u"copy_number"_s, 0},
                                       {u"printed_at"_s, Timestamp::toStorage(fixture.api.clock.nowUtc())},
                                       {u"state"_s, u"printed"_s}});
            return true;
        case Action::RevocationOtp:
            request->target = certificateTarget(application.certificateNumber, "revoke/otp"_ba);
            return true;
        case Action::Revoke: {
            QString challengeId;
            QString code;
            if (!revocationCode(fixture, caller, office, application, &challengeId, &code))
                return false;
            request->target = certificateTarget(application.certificateNumber, "revoke"_ba);
            request->body = jsonBytes({{u"reason"_s, u"Issued on a bill that was later corrected"_s},
                                       {u"challenge_id"_s, challengeId},
                                       {u"otp"_s, code},
                                       {u"idempotency_key"_s, fixture.idempotencyKey()}});
            return true;
        }
        }
        return false;
    }

    // The stage of the application the action needs, or nothing for an action on no application.
    static std::optional<Stage> neededStage(Action action)
    {
        switch (action) {
        case Action::Sync:
        case Action::Forward:
        case Action::Reject:
        case Action::ConfirmLink:
        case Action::RefuseLink:
            return Stage::Submitted;
        case Action::DecisionOtp:
        case Action::Decide:
            return Stage::Forwarded;
        case Action::UploadPdf:
        case Action::DownloadPdf:
        case Action::RecordPrint:
        case Action::RevocationOtp:
        case Action::Revoke:
            return Stage::Approved;
        case Action::SignIn:
        case Action::CreateSession:
        case Action::SignOut:
        case Action::ShowMe:
        case Action::RejectionReasons:
            break;
        }
        return std::nullopt;
    }

    // The application numbers in a sync page.
    static QStringList syncedNumbers(const HttpTestResponse &response)
    {
        QStringList numbers;
        const QJsonArray changes = jsonOf(response)[u"changes"_s].toArray();
        for (const QJsonValue &change : changes)
            numbers.append(change[u"number"_s].toString());
        return numbers;
    }

private slots:
    void initTestCase() { QLoggingCategory::setFilterRules(u"nodues.*.info=false"_s); }

    void cleanupTestCase() { m_fixtures.clear(); }

    void everyOfficerRouteHasRow()
    {
        QString skipReason;
        AccessFixture *fixture = fixtureFor(u"sqlite"_s, &skipReason);
        QVERIFY2(fixture, qPrintable(skipReason));

        QStringList registered;
        for (const server::RouteInfo &route : fixture->api.router.routes()) {
            if (route.pattern.startsWith(u"/api/v1/officer/"_s))
                registered.append(QString::fromLatin1(route.method) + u' ' + route.pattern);
        }
        QStringList tabled;
        for (const OfficerRoute &route : officerRoutes())
            tabled.append(QString::fromLatin1(route.method) + u' ' + route.pattern);

        QStringList withoutRow;
        for (const QString &route : std::as_const(registered)) {
            if (!tabled.contains(route))
                withoutRow.append(route);
        }
        QStringList notRegistered;
        for (const QString &route : std::as_const(tabled)) {
            if (!registered.contains(route))
                notRegistered.append(route);
        }
        QVERIFY2(withoutRow.isEmpty(),
                 qPrintable(u"Officer routes without a row in officerRoutes(): "_s + withoutRow.join(u", "_s)));
        QVERIFY2(notRegistered.isEmpty(), qPrintable(u"Rows of officerRoutes() that the router does not have: "_s +
                                                     notRegistered.join(u", "_s)));
    }

    void accessCell_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<int>("routeIndex");
        QTest::addColumn<int>("callerColumn");
        QTest::addColumn<int>("officeColumn");
        const QList<Caller> callers{Caller::Clerk, Caller::DivisionOfficer, Caller::Admin, Caller::Consumer,
                                    Caller::NoToken};
        for (const QString &backend : {u"sqlite"_s, u"postgres"_s}) {
            for (qsizetype i = 0; i < officerRoutes().size(); ++i) {
                const OfficerRoute &route = officerRoutes().at(i);
                for (const Caller caller : callers) {
                    for (const Office office : {Office::Own, Office::Other}) {
                        QTest::addRow("%s %s %s %s %s", qPrintable(backend), route.method.constData(),
                                      qPrintable(route.pattern), callerName(caller), officeName(office))
                            << backend << int(i) << int(caller) << int(office);
                    }
                }
            }
        }
    }

    void accessCell()
    {
        QFETCH(QString, backend);
        QFETCH(int, routeIndex);
        QFETCH(int, callerColumn);
        QFETCH(int, officeColumn);
        const auto caller = Caller(callerColumn);
        const auto office = Office(officeColumn);
        QString skipReason;
        AccessFixture *fixture = fixtureFor(backend, &skipReason);
        if (!fixture)
            QSKIP(qPrintable(skipReason));
        ApiTestServer &api = fixture->api;
        const OfficerRoute &route = officerRoutes().at(routeIndex);

        // The application in the state the route acts on: submitted for the clerk's routes (with
        // an unverified link for the link checks), forwarded for the batch decisions, approved
        // for the certificate routes.
        CellApplication application;
        if (const std::optional<Stage> stage = neededStage(route.action)) {
            const bool withLink = route.action == Action::ConfirmLink || route.action == Action::RefuseLink;
            QVERIFY(prepareApplication(*fixture, withLink, *stage, &application));
        }
        CellRequest request;
        QVERIFY(prepareRequest(*fixture, route, caller, office, application, &request));

        Headers headers;
        if (!request.token.isEmpty())
            headers.append({"Authorization"_ba, "Bearer "_ba + request.token.toLatin1()});
        if (!request.body.isEmpty())
            headers.append({"Content-Type"_ba, request.contentType});
        const HttpTestResponse response = api.request(request.method, request.target, request.body, headers);
        const QByteArray seen = "HTTP "_ba + QByteArray::number(response.status) + " "_ba + response.body.left(400);

        const Outcome expected = expectedOutcome(route, caller, office);
        switch (expected) {
        case Outcome::Granted: {
            const bool passed = (response.status >= 200 && response.status < 300) || response.status == 400 ||
                                response.status == 409 || response.status == 422 ||
                                (route.action == Action::DownloadPdf && response.status == 404);
            QVERIFY2(passed, seen.constData());
            if (route.action == Action::Sync)
                QVERIFY2(syncedNumbers(response).contains(application.number), seen.constData());
            // Past the access checks, an approved certificate without its signed PDF yet.
            if (route.action == Action::DownloadPdf || route.action == Action::RecordPrint)
                QCOMPARE(errorCodeOf(response), u"certificate_not_published"_s);
            break;
        }
        case Outcome::Unauthenticated:
            QVERIFY2(response.status == 401, seen.constData());
            QCOMPARE(errorCodeOf(response), u"missing_token"_s);
            break;
        case Outcome::NotAnOfficer:
            QVERIFY2(response.status == 403, seen.constData());
            QCOMPARE(errorCodeOf(response), u"not_an_officer_session"_s);
            break;
        case Outcome::RoleNotAllowed:
            QVERIFY2(response.status == 403, seen.constData());
            QCOMPARE(errorCodeOf(response), u"role_not_allowed"_s);
            break;
        case Outcome::NotInJurisdiction:
            switch (route.action) {
            case Action::Sync:
                QVERIFY2(response.status == 200, seen.constData());
                QVERIFY2(!syncedNumbers(response).contains(application.number), seen.constData());
                break;
            case Action::DecisionOtp:
                // The batch is refused before any code is sent, naming the application.
                QVERIFY2(response.status == 409, seen.constData());
                QCOMPARE(errorCodeOf(response), u"batch_not_ready"_s);
                QCOMPARE(jsonOf(response)[u"applications"_s][0][u"number"_s].toString(), application.number);
                QCOMPARE(jsonOf(response)[u"applications"_s][0][u"code"_s].toString(), u"application_not_found"_s);
                break;
            case Action::Decide:
                // A batch reports per application: the code is used, nothing is decided.
                QVERIFY2(response.status == 200, seen.constData());
                QCOMPARE(jsonOf(response)[u"done"_s].toInt(), 0);
                QCOMPARE(jsonOf(response)[u"results"_s][0][u"outcome"_s].toString(), u"application_not_found"_s);
                break;
            case Action::UploadPdf:
            case Action::DownloadPdf:
            case Action::RecordPrint:
            case Action::RevocationOtp:
            case Action::Revoke:
                QVERIFY2(response.status == 404, seen.constData());
                QCOMPARE(errorCodeOf(response), u"certificate_not_found"_s);
                break;
            default:
                QVERIFY2(response.status == 404, seen.constData());
                QCOMPARE(errorCodeOf(response), u"application_not_found"_s);
                break;
            }
            break;
        }

        // A refused request changes nothing about the application it named.
        if (expected != Outcome::Granted && !application.number.isEmpty()) {
            CellApplication after;
            QVERIFY(readApplicationRow(api.db->database(), application.number, &after));
            QCOMPARE(after.version, application.version);
            QCOMPARE(after.status, application.status);
            QCOMPARE(after.changeSeq, application.changeSeq);
            QCOMPARE(after.publishedAt, application.publishedAt);
            QCOMPARE(after.revokedAt, application.revokedAt);
        }
    }
};

QTEST_GUILESS_MAIN(TestOfficerAccessTable)
#include "TestOfficerAccessTable.moc"
