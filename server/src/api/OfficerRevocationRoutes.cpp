#include "api/OfficerRevocationRoutes.h"

#include "Clock.h"
#include "Timestamp.h"
#include "api/ConsumerAuthentication.h"
#include "api/JsonFields.h"
#include "api/OfficerAuthentication.h"
#include "api/OfficerDecisionSupport.h"
#include "api/OtpResponses.h"
#include "api/ServerContext.h"
#include "applications/IdempotencyStore.h"
#include "billing/MobileNumber.h"
#include "certificates/CertificateRevocation.h"
#include "http/ApiError.h"
#include "http/JsonBody.h"
#include "http/RateLimiter.h"
#include "http/Router.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"
#include "storage/WriteTransaction.h"

#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace nodues::server {

namespace {

const QList<OfficerRole> kRevokers{OfficerRole::DivisionOfficer, OfficerRole::Admin};

Response certificateNotFound(const Request &request, const QString &number)
{
    return errorResponse(request, 404, u"certificate_not_found"_s,
                         {"ApiError",
                          QT_TRANSLATE_NOOP("ApiError", "No certificate numbered %1 is one you may revoke. Check the "
                                                        "number."),
                          {number.left(60)}});
}

Response alreadyRevoked(const Request &request, const QString &number, const QDateTime &revokedAt)
{
    return errorResponse(request, 409, u"already_revoked"_s,
                         {"ApiError",
                          QT_TRANSLATE_NOOP("ApiError", "Certificate %1 was already revoked on %2 IST."),
                          {number, Timestamp::istDateTime(revokedAt)}});
}

Response requestRevocationOtp(ServerContext &context, const Request &request)
{
    OfficerCaller caller;
    Response failure;
    if (!authenticateOfficer(context, request, kRevokers, &caller, &failure))
        return failure;
    const QString number = request.pathParameter(u"number"_s);

    // Send no code for a certificate the officer cannot revoke.
    QString error;
    QSqlDatabase db = context.database().connection(&error);
    if (!db.isOpen())
        return internalErrorResponse(request, error);
    QSqlQuery query(db);
    if (!execPrepared(query, u"SELECT division_code, revoked_at FROM certificate WHERE number = :number"_s,
                      {{u"number"_s, number}}, &error))
        return internalErrorResponse(request, error);
    if (!query.next() || !CertificateRevocation::mayRevoke(caller.officer, query.value(0).toString()))
        return certificateNotFound(request, number);
    if (!query.value(1).isNull())
        return alreadyRevoked(request, number, Timestamp::fromStorage(query.value(1).toString()));
    query.finish();

    const RateLimiter::Decision decision = context.otpRequestLimiter().take(request.clientAddress);
    if (!decision.allowed)
        return tooManyRequestsResponse(request, decision);
    OtpIssueRequest issue;
    issue.recipientMobile = caller.officer.mobile;
    issue.clientAddress = request.clientAddress;
    issue.language = smsLanguageFromHeaders(request);
    issue.actor = caller.actor();
    OtpIssueResult result;
    if (!context.otpService().issue(OtpBinding::revocation(caller.officer.id, number), issue, &result, &error))
        return internalErrorResponse(request, error);
    if (result.status != OtpIssueStatus::Issued) {
        return otpSendCappedResponse(request, result, u"too_many_codes_for_officer"_s,
                                     QT_TRANSLATE_NOOP("ApiError", "Too many OTPs were sent to your registered mobile "
                                                                   "recently; wait %1 s and ask again."));
    }
    return otpChallengeResponse(context.clock().nowUtc(), result, caller.officer.mobile);
}

Response revoke(ServerContext &context, const Request &request)
{
    const RateLimiter::Decision decision = context.sessionRequestLimiter().take(request.clientAddress);
    if (!decision.allowed)
        return tooManyRequestsResponse(request, decision);
    OfficerCaller caller;
    Response failure;
    if (!authenticateOfficer(context, request, kRevokers, &caller, &failure))
        return failure;
    QJsonObject body;
    if (!parseJsonObjectBody(request, &body, &failure))
        return failure;
    QString reason;
    QString challengeId;
    QString otp;
    QString key;
    if (!requireStringField(request, body, u"reason"_s, &reason, &failure) ||
        !requireStringField(request, body, u"challenge_id"_s, &challengeId, &failure) ||
        !requireStringField(request, body, u"otp"_s, &otp, &failure) ||
        !readIdempotencyKey(request, body, &key, &failure))
        return failure;
    otp = otp.trimmed();
    if (!checkOtpFormat(request, otp, &failure))
        return failure;
    // Checked before the code is verified, so a mistyped reason does not spend it.
    if (!CertificateRevocation::isValidReason(reason)) {
        return errorResponse(request, 422, u"invalid_reason"_s,
                             {"ApiError",
                              QT_TRANSLATE_NOOP("ApiError", "Give the reason for revoking in 1 to 300 characters, "
                                                            "without invisible or control characters."),
                              {}});
    }
    const QString number = request.pathParameter(u"number"_s);
    QJsonObject digestBody = body;
    digestBody.remove(u"otp"_s);

    return runIdempotent(
        context, request, caller, key, requestDigest(request, digestBody),
        [&](WriteTransaction &transaction, Response *response, IdempotentOutcome *outcome, QString *error) {
            OtpVerifyRequest verify;
            verify.challengeId = challengeId;
            verify.code = otp;
            verify.clientAddress = request.clientAddress;
            verify.actor = caller.actor();
            OtpVerifyResult verified;
            if (!context.otpService().verify(transaction, OtpBinding::revocation(caller.officer.id, number), verify,
                                             &verified, error))
                return false;
            if (verified.status != OtpVerifyStatus::Ok) {
                static const LocalizedMessage notThisCertificate{
                    "ApiError",
                    QT_TRANSLATE_NOOP("ApiError", "This OTP does not confirm revoking this certificate; ask for a "
                                                  "new OTP for it."),
                    {}};
                *response = otpRejectedResponse(
                    request, OtpUse::ConfirmAction, verified,
                    {notThisCertificate, notThisCertificate, notThisCertificate, notThisCertificate});
                *outcome = IdempotentOutcome::CommitOnly;
                return true;
            }
            RevocationResult result;
            if (!CertificateRevocation::revoke(transaction, context.clock(), caller.officer, number, reason, &result,
                                               error))
                return false;
            switch (result.status) {
            case RevocationStatus::Revoked:
                *response = noStore(Response::json(
                    200, QJsonObject{{u"certificate"_s,
                                      QJsonObject{{u"number"_s, number},
                                                  {u"application_number"_s, result.applicationNumber},
                                                  {u"revoked_at"_s, Timestamp::toStorage(result.revokedAt)},
                                                  {u"revoked_at_ist"_s, Timestamp::istDateTime(result.revokedAt)},
                                                  {u"reason"_s, reason.trimmed()}}}}));
                return true;
            case RevocationStatus::NotFound:
                *response = certificateNotFound(request, number);
                break;
            case RevocationStatus::AlreadyRevoked:
                *response = alreadyRevoked(request, number, result.revokedAt);
                break;
            case RevocationStatus::InvalidReason:
                *response = errorResponse(request, 422, u"invalid_reason"_s,
                                          {"ApiError",
                                           QT_TRANSLATE_NOOP("ApiError", "Give the reason for revoking in 1 to 300 "
                                                                         "characters, without invisible or control "
                                                                         "characters."),
                                           {}});
                break;
            }
            // Nothing was revoked: the code stays used, so the officer requests a new one to retry.
            return true;
        });
}

} // namespace

void addOfficerRevocationRoutes(Router &router, ServerContext &context)
{
    router.post(u"/api/v1/officer/certificates/{number}/revoke/otp"_s,
                [&context](const Request &request) { return requestRevocationOtp(context, request); });
    router.post(u"/api/v1/officer/certificates/{number}/revoke"_s,
                [&context](const Request &request) { return revoke(context, request); });
}

} // namespace nodues::server
