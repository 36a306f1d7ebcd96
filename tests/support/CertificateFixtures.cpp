#include "CertificateFixtures.h"

#include "Timestamp.h"
#include "certificates/QrPayload.h"
#include "officers/SigningCertificateStore.h"
#include "storage/SqlUtil.h"

#include <QSqlQuery>
#include <QTest>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace nodues::test {

QString insertApprovedCertificate(ApiTestServer &api, const QString &applicationNumber,
                                  const QString &certificateNumber, const Officer &approver)
{
    QString error;
    QSqlDatabase db = api.db->database().connection(&error);
    QSqlQuery query(db);
    if (!execPrepared(query,
                      u"SELECT a.id, a.applicant_name, o.parent_code,"
                      " (SELECT COUNT(*) FROM application_connection c WHERE c.application_id = a.id"
                      "  AND c.link <> 'unlinked')"
                      " FROM application a JOIN office o ON o.code = a.dc_code WHERE a.number = :number"_s,
                      {{u"number"_s, applicationNumber}}, &error) ||
        !query.next()) {
        QTest::qFail(qPrintable(u"Application %1 not found: %2"_s.arg(applicationNumber, error)), __FILE__, __LINE__);
        return {};
    }
    const qint64 applicationId = query.value(0).toLongLong();
    const QString applicantName = query.value(1).toString();
    const QString divisionCode = query.value(2).toString();
    const int connectionCount = query.value(3).toInt();
    query.finish();

    const QDateTime now = api.clock.nowUtc();
    QrPayloadFields fields;
    fields.certificateNumber = certificateNumber;
    fields.issueDate = Timestamp::toIst(now).date();
    fields.applicantName = applicantName;
    fields.connectionCount = connectionCount;
    const QString payload = QrPayload::build(fields, *api.context->signingKeys(), &error);
    if (payload.isEmpty()) {
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
        return {};
    }

    const bool written =
        execPrepared(query, u"UPDATE application SET status = 'approved' WHERE id = :id"_s, {{u"id"_s, applicationId}},
                     &error) &&
        execPrepared(query,
                     u"INSERT INTO certificate (number, application_id, division_code, fiscal_year, serial,"
                     " approved_at, approved_by, qr_payload) VALUES (:number, :application, :division, :year,"
                     " :serial, :now, :officer, :payload)"_s,
                     {{u"number"_s, certificateNumber},
                      {u"application"_s, applicationId},
                      {u"division"_s, divisionCode},
                      {u"year"_s, Timestamp::fiscalYear(now)},
                      {u"serial"_s, certificateNumber.section(u'/', -1).toLongLong()},
                      {u"now"_s, Timestamp::toStorage(now)},
                      {u"officer"_s, approver.id},
                      {u"payload"_s, payload}},
                     &error);
    if (!written) {
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
        return {};
    }
    return payload;
}

void registerSigningCertificate(ApiTestServer &api, const Officer &officer, const TestSigningIdentity &identity)
{
    SigningCertificateStore store(api.db->database(), api.clock);
    QString error;
    if (!store.registerCertificate(officer.username, identity.certificatePem(), u"test"_s, &error))
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
}

bool restartWithBodyLimit(ApiTestServer &api, qint64 bodyLimitBytes)
{
    api.server->stop(std::chrono::seconds(2));
    server::HttpServerOptions options;
    options.address = u"127.0.0.1"_s;
    options.port = 0;
    options.ioThreads = 1;
    options.workerThreads = 2;
    options.bodyLimitBytes = bodyLimitBytes;
    Database *database = &api.db->database();
    options.workerThreadFinished = [database] {
        database->closeThreadConnection();
    };
    api.server = std::make_unique<server::HttpServer>(api.router, options);
    QString error;
    if (!api.server->start(&error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

QByteArray certificateUploadTarget(const QString &certificateNumber)
{
    return "/api/v1/officer/certificates/"_ba + QUrl::toPercentEncoding(certificateNumber) + "/pdf"_ba;
}

} // namespace nodues::test
