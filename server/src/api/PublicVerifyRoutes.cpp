#include "api/PublicVerifyRoutes.h"

#include "Clock.h"
#include "Timestamp.h"
#include "api/ConsumerAuthentication.h"
#include "api/PublicVerification.h"
#include "api/ServerContext.h"
#include "api/VerifyPage.h"
#include "certificates/CertificateSigningKeys.h"
#include "certificates/CertificateVerification.h"
#include "http/ApiError.h"
#include "http/RateLimiter.h"
#include "http/Router.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace nodues::server {

namespace {

// Longer than any certificate number the grammar allows ("NDC/" + 12 + "/2026-27/" + 9 digits);
// a longer text is not looked up.
constexpr qsizetype kMaxNumberLength = 40;

// The public routes have a budget of their own per address, so checking many certificates does
// not use up the budget of an applicant's sign-in from the same address.
bool takeToken(ServerContext &context, const Request &request, Response *failure)
{
    const RateLimiter::Decision decision = context.publicRequestLimiter().take(request.clientAddress);
    if (!decision.allowed)
        *failure = tooManyRequestsResponse(request, decision);
    return decision.allowed;
}

bool wantsJson(const Request &request)
{
    const QByteArray accept = request.header("Accept"_ba).toLower();
    return accept.contains("application/json") && !accept.contains("text/html");
}

bool lookUp(ServerContext &context, const Request &request, const QString &rawNumber, PublicVerification *verification,
            QString *error)
{
    const QString number = rawNumber.trimmed().toUpper();
    verification->number = number.left(kMaxNumberLength);
    if (number.size() <= kMaxNumberLength) {
        verification->certificate = CertificateVerification::find(context.database(), number, error);
        if (!error->isEmpty())
            return false;
    }
    if (request.hasQueryValue(u"payload"_s)) {
        const CertificateSigningKeys *keys = context.signingKeys();
        const QrPayload::PublicKeyLookup lookup = [keys](const QString &keyId) -> std::optional<QByteArray> {
            return keys ? keys->publicKey(keyId) : std::nullopt;
        };
        verification->qr =
            CertificateVerification::checkQrPayload(request.queryValue(u"payload"_s), lookup,
                                                    verification->certificate ? &*verification->certificate : nullptr);
    }
    return true;
}

Response verificationJson(const Request &request, const PublicVerification &verification)
{
    const ResponseLanguage language = responseLanguage(request);
    QJsonObject body = publicVerificationJson(verification, language);
    if (!verification.certificate) {
        body.insert(u"error"_s, QJsonObject{{u"code"_s, u"certificate_not_found"_s},
                                            {u"message"_s, verification.statusMessage().toString(language)}});
    }
    Response response = Response::json(verification.certificate ? 200 : 404, body);
    response.headers.set("Content-Language"_ba, languageTag(language));
    response.headers.set("Vary"_ba, "Accept, Accept-Language"_ba);
    return response;
}

Response certificateJson(ServerContext &context, const Request &request)
{
    Response failure;
    if (!takeToken(context, request, &failure))
        return failure;
    PublicVerification verification;
    QString error;
    if (!lookUp(context, request, request.pathParameter(u"number"_s), &verification, &error))
        return internalErrorResponse(request, error);
    return verificationJson(request, verification);
}

// rootPath leads from the page back to the server's root, for the page's relative links.
Response certificatePage(ServerContext &context, const Request &request, const QString &number, const QString &rootPath)
{
    Response failure;
    if (!takeToken(context, request, &failure))
        return failure;
    PublicVerification verification;
    QString error;
    if (!lookUp(context, request, number, &verification, &error))
        return internalErrorResponse(request, error);
    return wantsJson(request) ? verificationJson(request, verification) : verifyPage(&verification, rootPath);
}

Response formPage(ServerContext &context, const Request &request)
{
    Response failure;
    if (!takeToken(context, request, &failure))
        return failure;
    const QString number = request.queryValue(u"number"_s);
    if (number.trimmed().isEmpty())
        return verifyPage(nullptr, QString());
    PublicVerification verification;
    QString error;
    if (!lookUp(context, request, number, &verification, &error))
        return internalErrorResponse(request, error);
    return wantsJson(request) ? verificationJson(request, verification) : verifyPage(&verification, QString());
}

Response listKeys(ServerContext &context, const Request &request)
{
    Response failure;
    if (!takeToken(context, request, &failure))
        return failure;
    QJsonArray keys;
    if (const CertificateSigningKeys *signingKeys = context.signingKeys()) {
        for (const CertificateSigningKeyInfo &key : signingKeys->list()) {
            keys.append(QJsonObject{{u"key_id"_s, key.keyId},
                                    {u"created_at"_s, Timestamp::toStorage(key.createdAt)},
                                    {u"active"_s, key.active},
                                    {u"public_key"_s, key.publicKeyBase64Url()}});
        }
    }
    return Response::json(200, QJsonObject{{u"algorithm"_s, u"Ed25519"_s}, {u"keys"_s, keys}});
}

Response listRevocations(ServerContext &context, const Request &request)
{
    Response failure;
    if (!takeToken(context, request, &failure))
        return failure;
    QList<Revocation> revocations;
    QString error;
    if (!CertificateVerification::listRevocations(context.database(), &revocations, &error))
        return internalErrorResponse(request, error);
    QJsonArray rows;
    for (const Revocation &revocation : std::as_const(revocations)) {
        rows.append(QJsonObject{{u"number"_s, revocation.number},
                                {u"revoked_at"_s, Timestamp::toStorage(revocation.revokedAt)},
                                {u"revoked_at_ist"_s, Timestamp::istDateTime(revocation.revokedAt)},
                                {u"reason"_s, revocation.reason}});
    }
    return Response::json(200, QJsonObject{{u"generated_at"_s, Timestamp::toStorage(context.clock().nowUtc())},
                                           {u"revocations"_s, rows}});
}

} // namespace

void addPublicVerifyRoutes(Router &router, ServerContext &context)
{
    router.get(u"/verify"_s, [&context](const Request &request) { return formPage(context, request); });
    router.get(u"/verify/{number}"_s, [&context](const Request &request) {
        return certificatePage(context, request, request.pathParameter(u"number"_s), u"../"_s);
    });
    // The address printed under the QR code, which shows the certificate number's slashes as
    // people type them: /verify/NDC/20302/2026-27/000123. The prefix is a parameter, so "ndc"
    // typed in lower case is found as the encoded form finds it.
    router.get(u"/verify/{prefix}/{division}/{fiscal_year}/{serial}"_s, [&context](const Request &request) {
        const QString number = QStringList{request.pathParameter(u"prefix"_s), request.pathParameter(u"division"_s),
                                           request.pathParameter(u"fiscal_year"_s), request.pathParameter(u"serial"_s)}
                                   .join(u'/');
        return certificatePage(context, request, number, u"../../../../"_s);
    });
    router.get(u"/api/v1/public/certificates/{number}"_s,
               [&context](const Request &request) { return certificateJson(context, request); });
    router.get(u"/api/v1/public/keys"_s, [&context](const Request &request) { return listKeys(context, request); });
    router.get(u"/api/v1/public/revocations"_s,
               [&context](const Request &request) { return listRevocations(context, request); });
}

} // namespace nodues::server
