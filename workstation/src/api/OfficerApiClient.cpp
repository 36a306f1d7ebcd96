#include "api/OfficerApiClient.h"

#include "Timestamp.h"
#include "sync/SyncLogging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

namespace {

QByteArray jsonBody(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// True when the reply ended without a complete response: nothing came, the connection broke or
// timed out, or the HTTP framing broke mid-response. QNetworkReply maps HTTP error statuses to
// content, server and protocol errors (400 is ProtocolInvalidOperationError); those are
// responses, and the status attribute carries them.
bool responseIncomplete(const QNetworkReply &reply)
{
    const QNetworkReply::NetworkError error = reply.error();
    const int code = int(error);
    const bool transportError = code > 0 && code < 200;
    const bool framingError = error == QNetworkReply::ProtocolFailure || error == QNetworkReply::ProtocolUnknownError;
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return status == 0 || transportError || framingError;
}

bool isPdfContentType(const QByteArray &contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.left(semicolon)).trimmed().toLower() == "application/pdf";
}

// The entity tag of an ETag header without its quotes and weak marker.
QString etagValue(const QByteArray &header)
{
    QByteArray tag = header.trimmed();
    if (tag.startsWith("W/"))
        tag = tag.mid(2);
    if (tag.size() >= 2 && tag.startsWith('"') && tag.endsWith('"'))
        tag = tag.mid(1, tag.size() - 2);
    return QString::fromLatin1(tag);
}

// Returns true when a response has a status but its body is shorter than its Content-Length, or
// is not what the route sends (a PDF for a certificate download, else a JSON object). Qt can
// finish a reply cut inside its body without a transport error. Such a response counts as a
// network failure, so the request is replayed with its idempotency key.
bool bodyBrokeOff(const QNetworkReply &reply, const QByteArray &raw, const QByteArray &contentType)
{
    bool haveLength = false;
    const qint64 length = reply.header(QNetworkRequest::ContentLengthHeader).toLongLong(&haveLength);
    if (haveLength && raw.size() < length)
        return true;
    if (raw.trimmed().isEmpty())
        return false;
    // A certificate download; a PDF ends with "%%EOF" and optional end-of-line bytes.
    if (isPdfContentType(contentType))
        return !raw.startsWith("%PDF-") || !raw.right(32).contains("%%EOF");
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(raw, &parseError);
    return parseError.error != QJsonParseError::NoError || !document.isObject();
}

QJsonArray applicationsJson(const QList<OfficerApiClient::VersionedNumber> &applications)
{
    QJsonArray array;
    for (const auto &[number, version] : applications)
        array.append(QJsonObject{{u"number"_s, number}, {u"version"_s, version}});
    return array;
}

} // namespace

OfficerApiClient::OfficerApiClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
}

OfficerApiClient::~OfficerApiClient() = default;

void OfficerApiClient::setServerUrl(const QUrl &url)
{
    m_serverUrl = url;
}

void OfficerApiClient::setToken(const QString &token)
{
    m_token = token;
}

void OfficerApiClient::setLanguage(const QString &language)
{
    m_language = language == u"en"_s ? u"en"_s : u"hi"_s;
}

void OfficerApiClient::setTimeoutMs(int milliseconds)
{
    m_timeoutMs = milliseconds;
}

void OfficerApiClient::get(const QString &path, const QUrlQuery &query, QObject *context, Callback done)
{
    send("GET"_ba, path, query, {}, context, std::move(done));
}

void OfficerApiClient::post(const QString &path, const QJsonObject &body, QObject *context, Callback done)
{
    send("POST"_ba, path, {}, jsonBody(body), context, std::move(done));
}

void OfficerApiClient::put(const QString &path, const QJsonObject &body, QObject *context, Callback done)
{
    send("PUT"_ba, path, {}, jsonBody(body), context, std::move(done));
}

void OfficerApiClient::deleteResource(const QString &path, QObject *context, Callback done)
{
    send("DELETE"_ba, path, {}, {}, context, std::move(done));
}

void OfficerApiClient::signIn(const QString &username, const QString &password, const QString &deviceName,
                              QObject *context, Callback done)
{
    post(u"/api/v1/officer/sign-in"_s,
         {{u"username"_s, username}, {u"password"_s, password}, {u"device_name"_s, deviceName}}, context,
         std::move(done));
}

void OfficerApiClient::confirmSignIn(const QString &username, const QString &challengeId, const QString &otp,
                                     const QString &deviceName, QObject *context, Callback done)
{
    post(u"/api/v1/officer/session"_s,
         {{u"username"_s, username}, {u"challenge_id"_s, challengeId}, {u"otp"_s, otp}, {u"device_name"_s, deviceName}},
         context, std::move(done));
}

void OfficerApiClient::signOut(QObject *context, Callback done)
{
    deleteResource(u"/api/v1/officer/session"_s, context, std::move(done));
}

void OfficerApiClient::me(QObject *context, Callback done)
{
    get(u"/api/v1/officer/me"_s, {}, context, std::move(done));
}

void OfficerApiClient::health(QObject *context, Callback done)
{
    get(u"/healthz"_s, {}, context, std::move(done));
}

void OfficerApiClient::sync(qint64 after, int limit, QObject *context, Callback done)
{
    QUrlQuery query;
    query.addQueryItem(u"after"_s, QString::number(after));
    query.addQueryItem(u"limit"_s, QString::number(limit));
    get(u"/api/v1/officer/sync"_s, query, context, std::move(done));
}

void OfficerApiClient::rejectionReasons(QObject *context, Callback done)
{
    get(u"/api/v1/officer/rejection-reasons"_s, {}, context, std::move(done));
}

void OfficerApiClient::forward(const QString &number, qint64 version, const QString &idempotencyKey,
                               const QString &remarks, QObject *context, Callback done)
{
    postDecision(applicationPath(number, u"/forward"_s), version, idempotencyKey, {}, remarks, context,
                 std::move(done));
}

void OfficerApiClient::reject(const QString &number, qint64 version, const QString &idempotencyKey,
                              const QString &reasonCode, const QString &remarks, QObject *context, Callback done)
{
    postDecision(applicationPath(number, u"/reject"_s), version, idempotencyKey, reasonCode, remarks, context,
                 std::move(done));
}

void OfficerApiClient::confirmLink(const QString &number, const QString &ivrs, qint64 version,
                                   const QString &idempotencyKey, const QString &remarks, QObject *context,
                                   Callback done)
{
    const QString suffix = u"/links/"_s + QString::fromLatin1(QUrl::toPercentEncoding(ivrs)) + u"/confirm"_s;
    postDecision(applicationPath(number, suffix), version, idempotencyKey, {}, remarks, context, std::move(done));
}

void OfficerApiClient::refuseLink(const QString &number, const QString &ivrs, qint64 version,
                                  const QString &idempotencyKey, const QString &remarks, QObject *context,
                                  Callback done)
{
    const QString suffix = u"/links/"_s + QString::fromLatin1(QUrl::toPercentEncoding(ivrs)) + u"/refuse"_s;
    postDecision(applicationPath(number, suffix), version, idempotencyKey, {}, remarks, context, std::move(done));
}

void OfficerApiClient::requestDecisionOtp(const QString &action, const QList<VersionedNumber> &applications,
                                          QObject *context, Callback done)
{
    post(u"/api/v1/officer/decisions/otp"_s,
         {{u"action"_s, action}, {u"applications"_s, applicationsJson(applications)}}, context, std::move(done));
}

void OfficerApiClient::decide(const QString &action, const QList<VersionedNumber> &applications,
                              const QString &challengeId, const QString &otp, const QString &idempotencyKey,
                              const QString &reasonCode, const QString &remarks, QObject *context, Callback done)
{
    QJsonObject body{{u"action"_s, action},
                     {u"applications"_s, applicationsJson(applications)},
                     {u"challenge_id"_s, challengeId},
                     {u"otp"_s, otp},
                     {u"idempotency_key"_s, idempotencyKey}};
    if (!reasonCode.isEmpty())
        body.insert(u"reason_code"_s, reasonCode);
    if (!remarks.isEmpty())
        body.insert(u"remarks"_s, remarks);
    post(u"/api/v1/officer/decisions"_s, body, context, std::move(done));
}

void OfficerApiClient::uploadCertificatePdf(const QString &number, const QByteArray &pdf, QObject *context,
                                            Callback done)
{
    sendRaw("PUT"_ba, certificatePath(number, u"/pdf"_s), {}, pdf, "application/pdf"_ba, "application/json"_ba, context,
            [done = std::move(done)](const RawReply &reply) {
                done(ApiResult::fromResponse(reply.status, reply.body, reply.networkError));
            });
}

void OfficerApiClient::recordPrint(const QString &number, const QString &printId, int copyNumber,
                                   const QDateTime &printedAt, const QString &state, QObject *context, Callback done)
{
    post(certificatePath(number, u"/prints"_s),
         QJsonObject{{u"print_id"_s, printId},
                     {u"copy_number"_s, copyNumber},
                     {u"printed_at"_s, Timestamp::toStorage(printedAt)},
                     {u"state"_s, state}},
         context, std::move(done));
}

void OfficerApiClient::downloadCertificatePdf(const QString &number, QObject *context, PdfCallback done)
{
    const QByteArray accept = "application/pdf, application/json"_ba;
    sendRaw("GET"_ba, certificatePath(number, u"/pdf"_s), {}, {}, {}, accept, context,
            [done = std::move(done)](const RawReply &reply) {
                if (reply.status == 200 && isPdfContentType(reply.contentType)) {
                    done(ApiResult::fromResponse(200, {}, {}), reply.body, etagValue(reply.etag));
                    return;
                }
                // An error body is JSON. The route never returns a 200 that is not a PDF.
                if (reply.status == 200) {
                    done(ApiResult::fromResponse(0, {}, u"the response is not a PDF"_s), {}, {});
                    return;
                }
                done(ApiResult::fromResponse(reply.status, reply.body, reply.networkError), {}, {});
            });
}

QString OfficerApiClient::certificatePath(const QString &number, const QString &suffix)
{
    return u"/api/v1/officer/certificates/"_s + QString::fromLatin1(QUrl::toPercentEncoding(number)) + suffix;
}

QString OfficerApiClient::applicationPath(const QString &number, const QString &suffix)
{
    return u"/api/v1/officer/applications/"_s + QString::fromLatin1(QUrl::toPercentEncoding(number)) + suffix;
}

QString OfficerApiClient::newIdempotencyKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void OfficerApiClient::postDecision(const QString &path, qint64 version, const QString &idempotencyKey,
                                    const QString &reasonCode, const QString &remarks, QObject *context, Callback done)
{
    QJsonObject body{{u"version"_s, version}, {u"idempotency_key"_s, idempotencyKey}};
    if (!reasonCode.isEmpty())
        body.insert(u"reason_code"_s, reasonCode);
    if (!remarks.isEmpty())
        body.insert(u"remarks"_s, remarks);
    post(path, body, context, std::move(done));
}

QNetworkRequest OfficerApiClient::makeRequest(const QString &path, const QUrlQuery &query,
                                              const QByteArray &contentType, const QByteArray &accept) const
{
    // The path is already percent-encoded: an application number's slashes must stay "%2F".
    const QByteArray base = m_serverUrl.toEncoded(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
    QUrl url = QUrl::fromEncoded(base + path.toLatin1());
    url.setQuery(query);

    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setRawHeader("Accept"_ba, accept);
    request.setRawHeader("Accept-Language"_ba, m_language.toLatin1());
    if (!contentType.isEmpty())
        request.setRawHeader("Content-Type"_ba, contentType);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization"_ba, "Bearer "_ba + m_token.toLatin1());
    return request;
}

void OfficerApiClient::send(const QByteArray &method, const QString &path, const QUrlQuery &query,
                            const QByteArray &body, QObject *context, Callback done)
{
    const bool hasBody = method == "POST"_ba || method == "PUT"_ba;
    sendRaw(method, path, query, body, hasBody ? "application/json"_ba : QByteArray(), "application/json"_ba, context,
            [done = std::move(done)](const RawReply &reply) {
                done(ApiResult::fromResponse(reply.status, reply.body, reply.networkError));
            });
}

void OfficerApiClient::sendRaw(const QByteArray &method, const QString &path, const QUrlQuery &query,
                               const QByteArray &body, const QByteArray &contentType, const QByteArray &accept,
                               QObject *context, RawCallback done)
{
    const QNetworkRequest request = makeRequest(path, query, contentType, accept);
    QNetworkReply *const reply = method == "GET"_ba      ? m_network->get(request)
                                 : method == "DELETE"_ba ? m_network->deleteResource(request)
                                                         : m_network->sendCustomRequest(request, method, body);

    // The reply belongs to the manager; it is deleted once finished, whether or not the context
    // still exists to receive the response.
    const QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    connect(reply, &QNetworkReply::finished, this, [reply, guard, hadContext, method, path, done = std::move(done)] {
        reply->deleteLater();
        RawReply raw;
        const bool incomplete = responseIncomplete(*reply);
        raw.status = incomplete ? 0 : reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (raw.status == 0) {
            raw.networkError =
                reply->error() == QNetworkReply::OperationCanceledError ? u"timed out"_s : reply->errorString();
        } else {
            raw.body = reply->readAll();
            raw.contentType = reply->rawHeader("Content-Type"_ba);
            raw.etag = reply->rawHeader("ETag"_ba);
        }
        if (raw.status != 0 && bodyBrokeOff(*reply, raw.body, raw.contentType)) {
            raw.status = 0;
            raw.networkError = u"the response broke off"_s;
            raw.body.clear();
        }
        qCDebug(lcSyncApi) << method << path << "->" << raw.status << (raw.status == 0 ? raw.networkError : QString());
        if (hadContext && guard.isNull())
            return;
        done(raw);
    });
}

} // namespace nodues::workstation
