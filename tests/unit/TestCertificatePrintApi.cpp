// The record of certificate prints that workstations report (POST
// /api/v1/officer/certificates/{number}/prints) over real HTTP on loopback, on SQLite and
// PostgreSQL. Approval and publication are stood in for by writing the certificate row
// (CertificateFixtures.h and publish() below); the route only reads them.

#include "ApiTestServer.h"
#include "ApplicationFixtures.h"
#include "CertificateFixtures.h"
#include "OfficeFixtures.h"
#include "Timestamp.h"
#include "storage/SqlUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
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
const QString kCertificateNumber = u"NDC/20302/2026-27/000001"_s;
const QString kPrintId = u"3f2b8c1e-9a4d-4e7b-8c2f-1d6a5e9b0c47"_s;
const QString kOtherPrintId = u"9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f"_s;
// Ten minutes before the test server's clock starts (2026-12-04T10:00Z).
const QString kPrintedAt = u"2026-12-04T09:50:00.000Z"_s;

void insertBillingRows(Database &database)
{
    insertBillingConnection(database, {kIvrs, u"Ramesh Kumar"_s, u"रमेश कुमार"_s, kMobile, u"2030201"_s, u"METERED"_s,
                                       u"WORKING"_s, u"DONE"_s, 0, u"2026-11-15"_s});
}

// The officers of one test; the application is of DC 2030201 in division 20302.
struct Officers
{
    Officer clerk;         // DC 2030201
    Officer otherDcClerk;  // DC 2030202, same division
    Officer approver;      // division 20302
    Officer otherDivision; // division 20303
    Officer admin;         // attached to 20303, yet may record prints of every certificate
    QString applicationNumber;
};

// Adds the officers and an approved application of DC 2030201 with certificate kCertificateNumber.
Officers prepare(ApiTestServer &api)
{
    Database &database = api.db->database();
    Officers officers;
    officers.clerk = addOfficer(database, u"clerk2030201"_s, OfficerRole::Clerk, u"2030201"_s, u"9425000001"_s);
    officers.otherDcClerk = addOfficer(database, u"clerk2030202"_s, OfficerRole::Clerk, u"2030202"_s, u"9425000002"_s);
    officers.approver = addOfficer(database, u"dgm20302"_s, OfficerRole::DivisionOfficer, u"20302"_s, u"9425000003"_s);
    officers.otherDivision =
        addOfficer(database, u"dgm20303"_s, OfficerRole::DivisionOfficer, u"20303"_s, u"9425000004"_s);
    officers.admin = addOfficer(database, u"admin"_s, OfficerRole::Admin, u"20303"_s, u"9425000005"_s);
    const SubmittedApplication submitted = submitApplication(api, kMobile, applicationForm(kIvrs));
    if (submitted.response.status != 201) {
        QTest::qFail(submitted.response.body.constData(), __FILE__, __LINE__);
        return officers;
    }
    officers.applicationNumber = submitted.number;
    insertApprovedCertificate(api, submitted.number, kCertificateNumber, officers.approver);
    return officers;
}

// Stands in for the upload of the signed PDF: the certificate is published and the application
// issued.
void publish(ApiTestServer &api, const QString &certificateNumber)
{
    QString error;
    QSqlQuery query(api.db->database().connection(&error));
    QVERIFY2(
        execPrepared(query,
                     u"UPDATE certificate SET pdf = :pdf, pdf_sha256 = :sha, pdf_bytes = 13,"
                     " published_at = '2026-12-04T09:00:00.000Z' WHERE number = :number"_s,
                     {{u"pdf"_s, "%PDF-1.7 test"_ba}, {u"sha"_s, QString(64, u'a')}, {u"number"_s, certificateNumber}},
                     &error),
        qPrintable(error));
    QVERIFY2(execPrepared(query,
                          u"UPDATE application SET status = 'issued' WHERE id ="
                          " (SELECT application_id FROM certificate WHERE number = :number)"_s,
                          {{u"number"_s, certificateNumber}}, &error),
             qPrintable(error));
}

void revoke(Database &database, const QString &certificateNumber, const QString &revokedAt)
{
    QString error;
    QSqlQuery query(database.connection(&error));
    QVERIFY2(execPrepared(query,
                          u"UPDATE certificate SET revoked_at = :at, revoked_reason = 'Dues found later'"
                          " WHERE number = :number"_s,
                          {{u"at"_s, revokedAt}, {u"number"_s, certificateNumber}}, &error),
             qPrintable(error));
}

QByteArray printsTarget(const QString &certificateNumber)
{
    return "/api/v1/officer/certificates/"_ba + QUrl::toPercentEncoding(certificateNumber) + "/prints"_ba;
}

QJsonObject report(const QString &printId = kPrintId, int copyNumber = 0, const QString &printedAt = kPrintedAt,
                   const QString &state = u"printed"_s)
{
    return {
        {u"print_id"_s, printId}, {u"copy_number"_s, copyNumber}, {u"printed_at"_s, printedAt}, {u"state"_s, state}};
}

HttpTestResponse postPrint(ApiTestServer &api, const QString &token, const QJsonObject &body,
                           const QString &certificateNumber = kCertificateNumber)
{
    return api.request("POST"_ba, printsTarget(certificateNumber), jsonBytes(body),
                       {{"Authorization"_ba, "Bearer "_ba + token.toLatin1()}, {"Accept-Language"_ba, "en"_ba}});
}

qint64 printRows(ApiTestServer &api)
{
    return countRows(api.db->database(), u"SELECT COUNT(*) FROM certificate_print"_s);
}

qint64 printAuditRows(ApiTestServer &api)
{
    return countRows(api.db->database(), u"SELECT COUNT(*) FROM audit_log WHERE action = 'certificate.print'"_s);
}

// The certificate of number in officer's sync page; an empty object when the page lacks it.
QJsonObject syncedCertificate(ApiTestServer &api, const QString &token, const QString &applicationNumber)
{
    const HttpTestResponse page = api.withToken("GET"_ba, "/api/v1/officer/sync?after=0&limit=500"_ba, token);
    for (const QJsonValue &change : jsonOf(page)[u"changes"_s].toArray()) {
        if (change[u"number"_s].toString() == applicationNumber)
            return change[u"certificate"_s].toObject();
    }
    return {};
}

qint64 changeSeqOf(ApiTestServer &api, const QString &applicationNumber)
{
    return countRows(api.db->database(), u"SELECT change_seq FROM application WHERE number = :number"_s,
                     {{u"number"_s, applicationNumber}});
}

} // namespace

class TestCertificatePrintApi : public QObject
{
    Q_OBJECT

private:
#define START_PRINT_API_SERVER(api)                                                                                    \
    NODUES_START_API_SERVER(api, insertBillingRows, server::ApiSettings{100, 100, 100, 100, 900, 1000, 1000},          \
                            OtpSettings{}, ApplicationSettings{}, PasswordHasher::Cost::Interactive)

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"nodues.*.info=false"_s);
    }

    void printRecorded_data()
    {
        addBackendColumn();
    }
    void printRecorded()
    {
        START_PRINT_API_SERVER(api);
        const Officers officers = prepare(api);
        QVERIFY(!officers.applicationNumber.isEmpty());
        publish(api, kCertificateNumber);
        const QString token = officerToken(api, officers.clerk);
        const QJsonObject before = syncedCertificate(api, token, officers.applicationNumber);
        QCOMPARE(before[u"prints"_s][u"count"_s].toInt(-1), 0);
        QVERIFY(before[u"prints"_s][u"highest_copy_number"_s].isNull());
        const qint64 seqBefore = changeSeqOf(api, officers.applicationNumber);

        api.clock.advanceSeconds(120);
        const HttpTestResponse response = postPrint(api, token, report());
        QCOMPARE(response.status, 201);
        const QJsonObject body = jsonOf(response);
        QCOMPARE(body[u"status"_s].toString(), u"recorded"_s);
        QCOMPARE(body[u"number"_s].toString(), kCertificateNumber);
        QCOMPARE(body[u"application_number"_s].toString(), officers.applicationNumber);
        QCOMPARE(body[u"print_id"_s].toString(), kPrintId);
        QCOMPARE(body[u"copy_number"_s].toInt(-1), 0);
        QCOMPARE(body[u"printed_at"_s].toString(), kPrintedAt);
        QCOMPARE(body[u"received_at"_s].toString(), u"2026-12-04T10:02:00.000Z"_s);
        QCOMPARE(body[u"state"_s].toString(), u"printed"_s);
        QCOMPARE(body[u"officer"_s].toString(), u"clerk2030201"_s);
        QCOMPARE(body[u"after_revocation"_s].toBool(true), false);
        QCOMPARE(body[u"print_count"_s].toInt(), 1);
        QCOMPARE(body[u"highest_copy_number"_s].toInt(-1), 0);

        // The row, its audit row and a new change for sync.
        QCOMPARE(
            countRows(api.db->database(),
                      u"SELECT COUNT(*) FROM certificate_print p JOIN certificate c ON c.id = p.certificate_id"
                      " WHERE c.number = :number AND p.print_id = :id AND p.copy_no = 0 AND p.officer_id = :officer"
                      " AND p.printed_at = :printed AND p.received_at = '2026-12-04T10:02:00.000Z'"
                      " AND p.state = 'printed'"_s,
                      {{u"number"_s, kCertificateNumber},
                       {u"id"_s, kPrintId},
                       {u"officer"_s, officers.clerk.id},
                       {u"printed"_s, kPrintedAt}}),
            1);
        QString error;
        QSqlQuery audit(api.db->database().connection(&error));
        QVERIFY2(execPrepared(audit,
                              u"SELECT actor, entity_type, entity_id, details FROM audit_log"
                              " WHERE action = 'certificate.print'"_s,
                              {}, &error),
                 qPrintable(error));
        QVERIFY(audit.next());
        QCOMPARE(audit.value(0).toString(), u"officer:clerk2030201"_s);
        QCOMPARE(audit.value(1).toString(), u"certificate"_s);
        QCOMPARE(audit.value(2).toString(), kCertificateNumber);
        const QJsonObject details = QJsonDocument::fromJson(audit.value(3).toString().toUtf8()).object();
        QCOMPARE(details[u"print_id"_s].toString(), kPrintId);
        QCOMPARE(details[u"copy_number"_s].toInt(-1), 0);
        QCOMPARE(details[u"printed_at"_s].toString(), kPrintedAt);
        QCOMPARE(details[u"state"_s].toString(), u"printed"_s);
        QCOMPARE(details[u"application"_s].toString(), officers.applicationNumber);
        QVERIFY(!details.contains(u"after_revocation"_s));
        QVERIFY(!audit.next());
        audit.finish();
        QVERIFY(changeSeqOf(api, officers.applicationNumber) > seqBefore);

        // Every officer of the office learns of it in sync.
        const QJsonObject after =
            syncedCertificate(api, officerToken(api, officers.approver), officers.applicationNumber);
        QCOMPARE(after[u"prints"_s][u"count"_s].toInt(), 1);
        QCOMPARE(after[u"prints"_s][u"highest_copy_number"_s].toInt(-1), 0);
    }

    void repeatedReportIdempotent_data()
    {
        addBackendColumn();
    }
    void repeatedReportIdempotent()
    {
        START_PRINT_API_SERVER(api);
        const Officers officers = prepare(api);
        QVERIFY(!officers.applicationNumber.isEmpty());
        publish(api, kCertificateNumber);
        const QString token = officerToken(api, officers.clerk);
        // Upper-case digits name the same UUID.
        QCOMPARE(postPrint(api, token, report(kPrintId.toUpper(), 2, kPrintedAt, u"unconfirmed"_s)).status, 201);
        const qint64 seq = changeSeqOf(api, officers.applicationNumber);

        api.clock.advanceSeconds(600);
        const HttpTestResponse again = postPrint(api, token, report(kPrintId, 2, kPrintedAt, u"unconfirmed"_s));
        QCOMPARE(again.status, 200);
        const QJsonObject body = jsonOf(again);
        QCOMPARE(body[u"status"_s].toString(), u"already_recorded"_s);
        QCOMPARE(body[u"print_id"_s].toString(), kPrintId);
        QCOMPARE(body[u"copy_number"_s].toInt(), 2);
        QCOMPARE(body[u"state"_s].toString(), u"unconfirmed"_s);
        // The stored record: received at the first report, not the second.
        QCOMPARE(body[u"received_at"_s].toString(), u"2026-12-04T10:00:00.000Z"_s);
        QCOMPARE(body[u"print_count"_s].toInt(), 1);
        QCOMPARE(body[u"highest_copy_number"_s].toInt(), 2);
        QCOMPARE(printRows(api), 1);
        QCOMPARE(printAuditRows(api), 1);
        QCOMPARE(changeSeqOf(api, officers.applicationNumber), seq);
    }

    void conflictingRepeatRejected_data()
    {
        addBackendColumn();
    }
    void conflictingRepeatRejected()
    {
        START_PRINT_API_SERVER(api);
        const Officers officers = prepare(api);
        QVERIFY(!officers.applicationNumber.isEmpty());
        publish(api, kCertificateNumber);
        const QString token = officerToken(api, officers.clerk);
        QCOMPARE(postPrint(api, token, report()).status, 201);

        const QList<std::pair<QString, QJsonObject>> conflicts{
            {u"copy number"_s, report(kPrintId, 1)},
            {u"time"_s, report(kPrintId, 0, u"2026-12-04T09:51:00.000Z"_s)},
            {u"state"_s, report(kPrintId, 0, kPrintedAt, u"unconfirmed"_s)},
        };
        for (const auto &[what, body] : conflicts) {
            const HttpTestResponse response = postPrint(api, token, body);
            QVERIFY2(response.status == 409, qPrintable(what));
            QCOMPARE(errorCodeOf(response), u"print_id_conflict"_s);
            QVERIFY2(errorMessageOf(response).contains(kPrintId), qPrintable(errorMessageOf(response)));
        }
        // The same report from another officer of the office is another print.
        const HttpTestResponse byOther = postPrint(api, officerToken(api, officers.approver), report());
        QCOMPARE(byOther.status, 409);
        QCOMPARE(errorCodeOf(byOther), u"print_id_conflict"_s);
        QCOMPARE(printRows(api), 1);
        QCOMPARE(printAuditRows(api), 1);
    }

    void offlineOriginalsBothKept_data()
    {
        addBackendColumn();
    }
    void offlineOriginalsBothKept()
    {
        START_PRINT_API_SERVER(api);
        const Officers officers = prepare(api);
        QVERIFY(!officers.applicationNumber.isEmpty());
        publish(api, kCertificateNumber);
        QCOMPARE(postPrint(api, officerToken(api, officers.clerk), report(kPrintId, 0)).status, 201);
        const HttpTestResponse second = postPrint(api, officerToken(api, officers.approver), report(kOtherPrintId, 0));
        QCOMPARE(second.status, 201);
        QCOMPARE(jsonOf(second)[u"print_count"_s].toInt(), 2);
        QCOMPARE(jsonOf(second)[u"highest_copy_number"_s].toInt(-1), 0);
        QCOMPARE(printRows(api), 2);
    }

    void rolesAndJurisdiction_data()
    {
        addBackendColumn();
    }
    void rolesAndJurisdiction()
    {
        START_PRINT_API_SERVER(api);
        const Officers officers = prepare(api);
        QVERIFY(!officers.applicationNumber.isEmpty());
        publish(api, kCertificateNumber);

        const HttpTestResponse anonymous =
            api.request("POST"_ba, printsTarget(kCertificateNumber), jsonBytes(report()));
        QCOMPARE(anonymous.status, 401);
        const HttpTestResponse consumer = postPrint(api, api.signIn(kMobile), report());
        QCOMPARE(consumer.status, 403);
        QCOMPARE(errorCodeOf(consumer), u"not_an_officer_session"_s);

        // Another DC's clerk and another division's officer get the response for an unknown number.
        for (const Officer &outsider : {officers.otherDcClerk, officers.otherDivision}) {
            const HttpTestResponse response = postPrint(api, officerToken(api, outsider), report());
            QVERIFY2(response.status == 404, qPrintable(outsider.username));
            QCOMPARE(errorCodeOf(response), u"certificate_not_found"_s);
            QVERIFY(errorMessageOf(response).contains(kCertificateNumber));
        }
        QCOMPARE(printRows(api), 0);

        // The DC's clerk, the division officer and an administrator may record.
        QCOMPARE(postPrint(api, officerToken(api, officers.clerk), report(kPrintId, 0)).status, 201);
        QCOMPARE(postPrint(api, officerToken(api, officers.approver), report(kOtherPrintId, 1)).status, 201);
        const HttpTestResponse byAdmin =
            postPrint(api, officerToken(api, officers.admin), report(u"0b9e8d7c-6f5a-4b3c-9d2e-1f0a9b8c7d6e"_s, 2));
        QCOMPARE(byAdmin.status, 201);
        QCOMPARE(jsonOf(byAdmin)[u"officer"_s].toString(), u"admin"_s);
        QCOMPARE(printRows(api), 3);
        QCOMPARE(printAuditRows(api), 3);
    }

    void unknownOrUnpublishedCertificate_data()
    {
        addBackendColumn();
    }
    void unknownOrUnpublishedCertificate()
    {
        START_PRINT_API_SERVER(api);
        const Officers officers = prepare(api);
        QVERIFY(!officers.applicationNumber.isEmpty());
        const QString token = officerToken(api, officers.clerk);

        const HttpTestResponse unknown = postPrint(api, token, report(), u"NDC/20302/2026-27/000099"_s);
        QCOMPARE(unknown.status, 404);
        QCOMPARE(errorCodeOf(unknown), u"certificate_not_found"_s);
        QVERIFY(errorMessageOf(unknown).contains(u"NDC/20302/2026-27/000099"_s));

        // Approved, its signed PDF not uploaded yet: refused until it is.
        const HttpTestResponse unpublished = postPrint(api, token, report());
        QCOMPARE(unpublished.status, 409);
        QCOMPARE(errorCodeOf(unpublished), u"certificate_not_published"_s);
        QVERIFY(errorMessageOf(unpublished).contains(kCertificateNumber));
        QCOMPARE(printRows(api), 0);
        QCOMPARE(printAuditRows(api), 0);

        publish(api, kCertificateNumber);
        QCOMPARE(postPrint(api, token, report()).status, 201);
    }

    void revokedCertificatePrints_data()
    {
        addBackendColumn();
    }
    void revokedCertificatePrints()
    {
        START_PRINT_API_SERVER(api);
        const Officers officers = prepare(api);
        QVERIFY(!officers.applicationNumber.isEmpty());
        publish(api, kCertificateNumber);
        revoke(api.db->database(), kCertificateNumber, u"2026-12-04T09:55:00.000Z"_s);
        const QString token = officerToken(api, officers.clerk);

        // Printed before the revocation: a valid paper at the time.
        const HttpTestResponse before = postPrint(api, token, report(kPrintId, 0, u"2026-12-04T09:54:59.999Z"_s));
        QCOMPARE(before.status, 201);
        QCOMPARE(jsonOf(before)[u"after_revocation"_s].toBool(true), false);
        // Printed offline after it: recorded and marked, the audit row too.
        const HttpTestResponse after = postPrint(api, token, report(kOtherPrintId, 1, u"2026-12-04T09:55:00.000Z"_s));
        QCOMPARE(after.status, 201);
        QCOMPARE(jsonOf(after)[u"after_revocation"_s].toBool(false), true);
        QCOMPARE(countRows(api.db->database(), u"SELECT COUNT(*) FROM audit_log WHERE action = 'certificate.print'"
                                               " AND details LIKE '%\"after_revocation\":true%'"_s),
                 1);
        QCOMPARE(printRows(api), 2);
    }

    void invalidValuesNamed_data()
    {
        addBackendColumn();
    }
    void invalidValuesNamed()
    {
        START_PRINT_API_SERVER(api);
        const Officers officers = prepare(api);
        QVERIFY(!officers.applicationNumber.isEmpty());
        publish(api, kCertificateNumber);
        const QString token = officerToken(api, officers.clerk);

        struct Case
        {
            QString name;
            QJsonObject body;
            QString code;
            QString named; // a part of the message that names the value
        };
        QJsonObject noPrintId = report();
        noPrintId.remove(u"print_id"_s);
        QJsonObject textCopy = report();
        textCopy[u"copy_number"_s] = u"0"_s;
        QJsonObject fractionalCopy = report();
        fractionalCopy[u"copy_number"_s] = 1.5;
        const QList<Case> cases{
            {u"negative copy"_s, report(kPrintId, -1), u"invalid_copy_number"_s, u"-1"_s},
            {u"copy too high"_s, report(kPrintId, 1000), u"invalid_copy_number"_s, u"1000"_s},
            {u"fractional copy"_s, fractionalCopy, u"invalid_copy_number"_s, u"1.5"_s},
            {u"copy as text"_s, textCopy, u"invalid_copy_number"_s, u"\"0\""_s},
            {u"time without zone"_s, report(kPrintId, 0, u"2026-12-04 15:40"_s), u"invalid_printed_at"_s,
             u"2026-12-04 15:40"_s},
            {u"time two days ahead"_s, report(kPrintId, 0, u"2026-12-06T10:00:00.000Z"_s), u"invalid_printed_at"_s,
             u"06-12-2026 15:30"_s},
            {u"unknown state"_s, report(kPrintId, 0, kPrintedAt, u"lost"_s), u"invalid_print_state"_s, u"lost"_s},
            {u"state failed"_s, report(kPrintId, 0, kPrintedAt, u"failed"_s), u"invalid_print_state"_s, u"failed"_s},
            {u"not a uuid"_s, report(u"print-0001"_s), u"invalid_print_id"_s, u"print-0001"_s},
            {u"uuid with braces"_s, report(u'{' + kPrintId + u'}'), u"invalid_print_id"_s, kPrintId},
            {u"missing print id"_s, noPrintId, u"missing_field"_s, u"print_id"_s},
        };
        for (const Case &check : cases) {
            const HttpTestResponse response = postPrint(api, token, check.body);
            QVERIFY2(response.status == 400, qPrintable(check.name + u": "_s + QString::number(response.status)));
            QVERIFY2(errorCodeOf(response) == check.code, qPrintable(check.name + u": "_s + errorCodeOf(response)));
            QVERIFY2(errorMessageOf(response).contains(check.named),
                     qPrintable(check.name + u": "_s + errorMessageOf(response)));
        }
        QCOMPARE(printRows(api), 0);

        // A time a little ahead of the server's clock is a drifting PC's clock, not an error.
        QCOMPARE(postPrint(api, token, report(kPrintId, 0, u"2026-12-04T11:00:00.000Z"_s)).status, 201);
    }

    void hindiErrorMessage_data()
    {
        addBackendColumn();
    }
    void hindiErrorMessage()
    {
        START_PRINT_API_SERVER(api);
        const Officers officers = prepare(api);
        QVERIFY(!officers.applicationNumber.isEmpty());
        const HttpTestResponse response =
            api.request("POST"_ba, printsTarget(kCertificateNumber), jsonBytes(report(kPrintId, -1)),
                        {{"Authorization"_ba, "Bearer "_ba + officerToken(api, officers.clerk).toLatin1()},
                         {"Accept-Language"_ba, "hi"_ba}});
        QCOMPARE(response.status, 400);
        QCOMPARE(errorCodeOf(response), u"invalid_copy_number"_s);
        QCOMPARE(response.header("Content-Language"_ba), "hi"_ba);
    }
};

QTEST_GUILESS_MAIN(TestCertificatePrintApi)
#include "TestCertificatePrintApi.moc"
