#pragma once

#include "api/ApiResult.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <utility>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace nodues::workstation {

// The officer routes of nodues-server (docs/api/openapi.yaml, /api/v1/officer/...), called
// asynchronously over one QNetworkAccessManager.
//
// Each call returns at once; its callback runs exactly once, on the client's thread, with the
// ApiResult of the response (httpStatus 0 when none came within the timeout or the connection
// broke). A callback is dropped when its context object is destroyed first. The client is not
// thread-safe: create one per thread (the sync engine has its own).
//
// Secrets: the bearer token, passwords and OTPs go only into request headers and bodies; the log
// names the method, the path and the status, never a body or the Authorization header.
class OfficerApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfficerApiClient)

public:
    using Callback = std::function<void(const ApiResult &result)>;
    // For a PDF download: on 200, pdf contains the file and etag the ETag header without its quotes
    // (the server's lower-case hex SHA-256 of the file); otherwise both are empty and result has
    // the error.
    using PdfCallback = std::function<void(const ApiResult &result, const QByteArray &pdf, const QString &etag)>;

    explicit OfficerApiClient(QObject *parent = nullptr);
    ~OfficerApiClient() override;

    // The server's base address, such as http://127.0.0.1:8080; paths are appended to it.
    void setServerUrl(const QUrl &url);
    QUrl serverUrl() const { return m_serverUrl; }
    // The bearer token of the officer's session; empty before sign-in.
    void setToken(const QString &token);
    bool hasToken() const { return !m_token.isEmpty(); }
    // "hi" or "en": sent as Accept-Language, so error messages and titles come in that language.
    void setLanguage(const QString &language);
    QString language() const { return m_language; }
    // Milliseconds a request may go without progress before it is abandoned (httpStatus 0).
    void setTimeoutMs(int milliseconds);
    int timeoutMs() const { return m_timeoutMs; }

    // Generic requests; path starts with "/api/v1/" (or is "/healthz"). The body is sent as JSON.
    void get(const QString &path, const QUrlQuery &query, QObject *context, Callback done);
    void post(const QString &path, const QJsonObject &body, QObject *context, Callback done);
    void put(const QString &path, const QJsonObject &body, QObject *context, Callback done);
    void deleteResource(const QString &path, QObject *context, Callback done);

    // Sign-in, step 1: POST /api/v1/officer/sign-in. 202 carries challenge_id, expires_in_seconds
    // and sent_to_masked.
    void signIn(const QString &username, const QString &password, const QString &deviceName, QObject *context,
                Callback done);
    // Sign-in, step 2: POST /api/v1/officer/session. 201 carries token and officer. The route
    // needs the username and device name of step 1 again.
    void confirmSignIn(const QString &username, const QString &challengeId, const QString &otp,
                       const QString &deviceName, QObject *context, Callback done);
    // DELETE /api/v1/officer/session (204).
    void signOut(QObject *context, Callback done);
    // GET /healthz: 200 when the server and its database work, 503 when the database does not.
    // It needs no session.
    void health(QObject *context, Callback done);
    // GET /api/v1/officer/me: the Officer schema.
    void me(QObject *context, Callback done);
    // GET /api/v1/officer/sync?after=&limit=: a SyncPage. 410 cursor_unknown: sync again from 0.
    void sync(qint64 after, int limit, QObject *context, Callback done);
    // GET /api/v1/officer/rejection-reasons.
    void rejectionReasons(QObject *context, Callback done);

    // The clerk's actions, each with the version seen and an idempotency key that a retry reuses.
    // Empty remarks or reasonCode are left out of the body. 200 carries {"application": ...}; 409
    // stale_version / wrong_state carry the application as it is now.
    void forward(const QString &number, qint64 version, const QString &idempotencyKey, const QString &remarks,
                 QObject *context, Callback done);
    void reject(const QString &number, qint64 version, const QString &idempotencyKey, const QString &reasonCode,
                const QString &remarks, QObject *context, Callback done);
    void confirmLink(const QString &number, const QString &ivrs, qint64 version, const QString &idempotencyKey,
                     const QString &remarks, QObject *context, Callback done);
    void refuseLink(const QString &number, const QString &ivrs, qint64 version, const QString &idempotencyKey,
                    const QString &remarks, QObject *context, Callback done);

    // The division officer's batch decision. action is "approve" or "reject"; applications are
    // (number, version seen) pairs. Step 1 sends the OTP (202 OfficerOtpChallenge, 409
    // batch_not_ready); step 2 decides (200 DecisionBatchResult). reasonCode is for "reject".
    using VersionedNumber = std::pair<QString, qint64>;
    void requestDecisionOtp(const QString &action, const QList<VersionedNumber> &applications, QObject *context,
                            Callback done);
    void decide(const QString &action, const QList<VersionedNumber> &applications, const QString &challengeId,
                const QString &otp, const QString &idempotencyKey, const QString &reasonCode, const QString &remarks,
                QObject *context, Callback done);

    // PUT /api/v1/officer/certificates/{number}/pdf with the signed PDF as application/pdf, by the
    // approving division officer: 201 {"status": "published", "pdf_sha256", ...}, 200
    // already_published for the same bytes again; 4xx refusals as docs/api/openapi.yaml lists.
    void uploadCertificatePdf(const QString &number, const QByteArray &pdf, QObject *context, Callback done);
    // GET /api/v1/officer/certificates/{number}/pdf: the published signed PDF (any officer of the
    // application's office). 404 certificate_not_found or certificate_not_published, 410
    // certificate_revoked. A 200 whose body is shorter than its Content-Length or is not a PDF
    // counts as no response (httpStatus 0).
    void downloadCertificatePdf(const QString &number, QObject *context, PdfCallback done);
    // POST /api/v1/officer/certificates/{number}/prints: reports one print of a certificate
    // (state "printed" or "unconfirmed") under the print entry's UUID. 201 "recorded", 200
    // "already_recorded" for the same report again, both with print_count and
    // highest_copy_number; 409 print_id_conflict or certificate_not_published, 404, 400.
    void recordPrint(const QString &number, const QString &printId, int copyNumber, const QDateTime &printedAt,
                     const QString &state, QObject *context, Callback done);

    // The path of an application's route, the number percent-encoded ("APP/..." has slashes).
    static QString applicationPath(const QString &number, const QString &suffix);
    // The path of a certificate's route, the number percent-encoded ("NDC/..." has slashes).
    static QString certificatePath(const QString &number, const QString &suffix);
    // A new idempotency key: a UUID without braces, 36 characters of [0-9a-f-].
    static QString newIdempotencyKey();

private:
    // The response to one request: status 0 with networkError when no complete response came.
    struct RawReply
    {
        int status = 0;
        QString networkError;
        QByteArray body;
        QByteArray contentType;
        QByteArray etag;
    };
    using RawCallback = std::function<void(const RawReply &reply)>;

    void send(const QByteArray &method, const QString &path, const QUrlQuery &query, const QByteArray &body,
              QObject *context, Callback done);
    // Sends body with contentType (none when empty) and Accept accept; done runs as for send().
    void sendRaw(const QByteArray &method, const QString &path, const QUrlQuery &query, const QByteArray &body,
                 const QByteArray &contentType, const QByteArray &accept, QObject *context, RawCallback done);
    QNetworkRequest makeRequest(const QString &path, const QUrlQuery &query, const QByteArray &contentType,
                                const QByteArray &accept) const;
    void postDecision(const QString &path, qint64 version, const QString &idempotencyKey, const QString &reasonCode,
                      const QString &remarks, QObject *context, Callback done);

    QNetworkAccessManager *m_network;
    QUrl m_serverUrl;
    QString m_token;
    QString m_language = QStringLiteral("hi");
    int m_timeoutMs = 30000;
};

} // namespace nodues::workstation
