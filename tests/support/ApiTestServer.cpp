#include "ApiTestServer.h"

#include "api/ApiRoutes.h"
#include "security/ServerSecrets.h"
#include "sms/FileSmsGateway.h"
#include "sms/SmsDispatcher.h"
#include "storage/SqlUtil.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace nodues::test {

namespace {

// The JSON lines the file gateway appended to the spool.
QList<QJsonObject> spoolMessages(const QString &spoolPath)
{
    QFile spool(spoolPath);
    if (!spool.open(QIODevice::ReadOnly))
        return {};
    QList<QJsonObject> messages;
    const QList<QByteArray> lines = spool.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (!line.isEmpty())
            messages.append(QJsonDocument::fromJson(line).object());
    }
    return messages;
}

} // namespace

QJsonObject jsonOf(const HttpTestResponse &response)
{
    return QJsonDocument::fromJson(response.body).object();
}

QString errorCodeOf(const HttpTestResponse &response)
{
    return jsonOf(response)[u"error"_s][u"code"_s].toString();
}

QString errorMessageOf(const HttpTestResponse &response)
{
    return jsonOf(response)[u"error"_s][u"message"_s].toString();
}

QByteArray jsonBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString otherCode(const QString &code)
{
    return u"%1"_s.arg((code.toInt() + 1) % 1000000, 6, 10, QChar(u'0'));
}

qint64 countRows(Database &database, const QString &sql, const QVariantMap &values)
{
    QString error;
    QSqlDatabase db = database.connection(&error);
    QSqlQuery query(db);
    if (!execPrepared(query, sql, values, &error) || !query.next()) {
        qWarning("%s", qPrintable(error));
        return -1;
    }
    return query.value(0).toLongLong();
}

void insertBillingConnection(Database &database, const BillingFixture &row)
{
    QString error;
    QSqlDatabase db = database.connection(&error);
    QVERIFY2(db.isOpen(), qPrintable(error));
    QSqlQuery query(db);
    QVERIFY2(execPrepared(query,
                          u"INSERT INTO billing_connection (ivrs, name, name_hi, relative_name, address, mobile,"
                          " dc_code, tariff, connection_status, metering, meter_status, ekyc, arrears_paise,"
                          " bill_date, refreshed_at, changed_at) VALUES (:ivrs, :name, :name_hi, '', :address,"
                          " :mobile, :dc_code, 'LV1.2', 'LIVE', :metering, :meter_status, :ekyc, :arrears,"
                          " :bill_date, :refreshed_at, :refreshed_at)"_s,
                          {{u"ivrs"_s, row.ivrs},
                           {u"name"_s, row.name},
                           {u"name_hi"_s, row.nameHi.isNull() ? u""_s : row.nameHi},
                           {u"address"_s, u"12 Shivaji Nagar, Bhopal"_s},
                           {u"mobile"_s, row.mobile.isEmpty() ? QVariant() : QVariant(row.mobile)},
                           {u"dc_code"_s, row.dcCode},
                           {u"metering"_s, row.metering},
                           {u"meter_status"_s, row.meterStatus.isEmpty() ? QVariant() : QVariant(row.meterStatus)},
                           {u"ekyc"_s, row.ekyc},
                           {u"arrears"_s, row.arrearsPaise},
                           {u"bill_date"_s, row.billDate.isEmpty() ? QVariant() : QVariant(row.billDate)},
                           {u"refreshed_at"_s, u"2026-12-01T00:30:00.000Z"_s}},
                          &error),
             qPrintable(error));
}

QString ApiTestServer::publicBaseUrl()
{
    return u"https://nodues.example.in"_s;
}

QDateTime ApiTestServer::startTime()
{
    return QDateTime(QDate(2026, 12, 4), QTime(10, 0), Qt::UTC);
}

bool ApiTestServer::start(server::ApiSettings api, OtpSettings otp, ApplicationSettings applications,
                          PasswordHasher::Cost passwordCost)
{
    QString error;
    if (!templates.loadWithOverride({}, &error) || !templates.setLinkDomains({u"nodues.example.in"_s}, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    if (applications.publicBaseUrl.isEmpty())
        applications.publicBaseUrl = publicBaseUrl();
    context = std::make_unique<server::ServerContext>(db->database(), clock,
                                                      ServerSecrets::fromKeys(QByteArray(32, 'k')), templates, otp,
                                                      SessionSettings{}, api, applications, SignInLockoutSettings{},
                                                      passwordCost);
    // A signing key for certificates' QR payloads, made the way "keys rotate" makes one.
    std::optional<CertificateSigningKeys> keys = CertificateSigningKeys::open(db->scratchPath(u"keys"_s), &error);
    if (!keys || !keys->rotate(clock, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    context->setSigningKeys(std::move(*keys));
    server::addApiRoutes(router, *context, u"test"_s);
    server::HttpServerOptions options;
    options.address = u"127.0.0.1"_s;
    options.port = 0;
    options.ioThreads = 1;
    options.workerThreads = 2;
    options.bodyLimitBytes = kBodyLimitBytes;
    Database *database = &db->database();
    options.workerThreadFinished = [database] { database->closeThreadConnection(); };
    server = std::make_unique<server::HttpServer>(router, options);
    if (!server->start(&error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    spoolPath = db->scratchPath(u"sms-spool.jsonl"_s);
    return true;
}

ApiTestServer::~ApiTestServer()
{
    if (server)
        server->stop(std::chrono::seconds(2));
}

HttpTestResponse ApiTestServer::request(const QByteArray &method, const QByteArray &target, const QByteArray &body,
                                        Headers headers)
{
    HttpTestClient client(server->port());
    if (!client.connectToServer()) {
        QTest::qFail("Could not connect to the test server", __FILE__, __LINE__);
        return {};
    }
    const bool hasContentType = std::any_of(headers.cbegin(), headers.cend(), [](const auto &header) {
        return header.first.compare("Content-Type", Qt::CaseInsensitive) == 0;
    });
    if (!body.isEmpty() && !hasContentType)
        headers.append({"Content-Type"_ba, "application/json"_ba});
    const std::optional<HttpTestResponse> response = client.request(method, target, headers, body);
    if (!response) {
        QTest::qFail("No response from the test server", __FILE__, __LINE__);
        return {};
    }
    return *response;
}

HttpTestResponse ApiTestServer::withToken(const QByteArray &method, const QByteArray &target, const QString &token,
                                          const QByteArray &body)
{
    return request(method, target, body, {{"Authorization"_ba, "Bearer "_ba + token.toLatin1()}});
}

HttpTestResponse ApiTestServer::requestOtp(const QString &mobile)
{
    return request("POST"_ba, "/api/v1/consumer/otp"_ba, jsonBytes({{u"mobile"_s, mobile}}));
}

HttpTestResponse ApiTestServer::createSession(const QString &challengeId, const QString &otp)
{
    return request("POST"_ba, "/api/v1/consumer/session"_ba,
                   jsonBytes({{u"challenge_id"_s, challengeId}, {u"otp"_s, otp}}));
}

bool ApiTestServer::deliverOutbox()
{
    SmsDispatcher dispatcher(db->database(), clock,
                             [this] { return std::make_unique<FileSmsGateway>(spoolPath, clock); });
    SmsDispatchPass pass;
    QString error;
    if (!dispatcher.runOnce(&pass, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

QString ApiTestServer::deliveredCode(const QString &mobile)
{
    if (!deliverOutbox())
        return {};
    // Six digits on their own: the serial at the end of "NDC/20302/2026-27/000001" is not a code.
    static const QRegularExpression sixDigits(u"(?<![0-9/])([0-9]{6})(?![0-9/])"_s);
    const QString body = lastBody(mobile);
    return sixDigits.match(body).captured(1);
}

QString ApiTestServer::lastBody(const QString &mobile) const
{
    QString body;
    for (const QJsonObject &message : spoolMessages(spoolPath)) {
        if (message[u"mobile"_s].toString() == mobile)
            body = message[u"body"_s].toString();
    }
    return body;
}

int ApiTestServer::spoolLineCount() const
{
    return int(spoolMessages(spoolPath).size());
}

QString ApiTestServer::signIn(const QString &mobile)
{
    const HttpTestResponse otp = requestOtp(mobile);
    if (otp.status != 202) {
        QTest::qFail(otp.body.constData(), __FILE__, __LINE__);
        return {};
    }
    const QString code = deliveredCode(mobile);
    const HttpTestResponse session = createSession(jsonOf(otp)[u"challenge_id"_s].toString(), code);
    if (session.status != 201) {
        QTest::qFail(session.body.constData(), __FILE__, __LINE__);
        return {};
    }
    return jsonOf(session)[u"token"_s].toString();
}

} // namespace nodues::test
