#include "api/OfficerBatchRoutes.h"

#include "Clock.h"
#include "Timestamp.h"
#include "api/ApplicationJson.h"
#include "api/ConsumerAuthentication.h"
#include "api/JsonFields.h"
#include "api/OfficerApplicationJson.h"
#include "api/OfficerAuthentication.h"
#include "api/OfficerDecisionSupport.h"
#include "api/OtpResponses.h"
#include "api/ServerContext.h"
#include "applications/ApplicationDecisions.h"
#include "applications/ApplicationStore.h"
#include "applications/IdempotencyStore.h"
#include "billing/MobileNumber.h"
#include "http/ApiError.h"
#include "http/JsonBody.h"
#include "http/RateLimiter.h"
#include "http/Router.h"
#include "security/OtpBinding.h"
#include "storage/WriteTransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace nodues::server {

namespace {

constexpr qsizetype kMaxBatch = 200;

struct Batch
{
    QString action; // "approve" or "reject"
    QList<ApplicationVersion> applications;
};

Response invalidBatch(const Request &request)
{
    return errorResponse(request, 400, u"invalid_batch"_s,
                         {"ApiError",
                          QT_TRANSLATE_NOOP("ApiError", "Send \"action\" (approve or reject) and \"applications\": 1 "
                                                        "to %1 objects with a \"number\" and the \"version\" you saw, "
                                                        "each number once."),
                          {QString::number(kMaxBatch)}});
}

bool readBatch(const Request &request, const QJsonObject &body, Batch *batch, Response *failure)
{
    if (!requireStringField(request, body, u"action"_s, &batch->action, failure))
        return false;
    const QJsonValue list = body.value(u"applications"_s);
    if ((batch->action != u"approve"_s && batch->action != u"reject"_s) || !list.isArray() ||
        list.toArray().isEmpty() || list.toArray().size() > kMaxBatch) {
        *failure = invalidBatch(request);
        return false;
    }
    QSet<QString> seen;
    const QJsonArray items = list.toArray();
    for (const QJsonValue &item : items) {
        const QString number = item[u"number"_s].toString();
        const QJsonValue version = item[u"version"_s];
        if (number.isEmpty() || number.size() > 60 || seen.contains(number) || !version.isDouble() ||
            version.toDouble() < 1 || version.toDouble() != double(version.toInteger())) {
            *failure = invalidBatch(request);
            return false;
        }
        seen.insert(number);
        batch->applications.append({number, version.toInteger()});
    }
    return true;
}

QString verifyUrl(const ServerContext &context, const QString &certificateNumber, const QString &payload)
{
    return certificateVerifyUrl(context.applicationSettings().publicBaseUrl, certificateNumber, payload);
}

Response requestDecisionOtp(ServerContext &context, const Request &request)
{
    OfficerCaller caller;
    Response failure;
    if (!authenticateOfficer(context, request, {OfficerRole::DivisionOfficer}, &caller, &failure))
        return failure;
    QJsonObject body;
    if (!parseJsonObjectBody(request, &body, &failure))
        return failure;
    Batch batch;
    if (!readBatch(request, body, &batch, &failure))
        return failure;

    // Send no code for a batch that cannot go through as the officer saw it.
    QJsonArray problems;
    QString error;
    for (const ApplicationVersion &item : std::as_const(batch.applications)) {
        const std::optional<ApplicationRecord> application =
            ApplicationStore::loadByNumber(context.database(), item.applicationNumber, &error);
        if (!error.isEmpty())
            return internalErrorResponse(request, error);
        QString code;
        if (!application || !caller.jurisdiction.coversDc(application->dcCode))
            code = u"application_not_found"_s;
        else if (application->version != item.version)
            code = u"stale_version"_s;
        else if (application->status != ApplicationStatus::Forwarded)
            code = u"wrong_state"_s;
        if (!code.isEmpty())
            problems.append(QJsonObject{{u"number"_s, item.applicationNumber}, {u"code"_s, code}});
    }
    if (!problems.isEmpty()) {
        return withMembers(errorResponse(request, 409, u"batch_not_ready"_s,
                                         {"ApiError",
                                          QT_TRANSLATE_NOOP("ApiError", "%1 of the applications cannot be decided as "
                                                                        "you saw them; sync, then choose again. "
                                                                        "\"applications\" lists each one."),
                                          {QString::number(problems.size())}}),
                           {{u"applications"_s, problems}});
    }

    const RateLimiter::Decision decision = context.otpRequestLimiter().take(request.clientAddress);
    if (!decision.allowed)
        return tooManyRequestsResponse(request, decision);
    OtpIssueRequest issue;
    issue.recipientMobile = caller.officer.mobile;
    issue.clientAddress = request.clientAddress;
    issue.language = smsLanguageFromHeaders(request);
    issue.actor = caller.actor();
    OtpIssueResult result;
    if (!context.otpService().issue(OtpBinding::officerDecision(caller.officer.id, batch.action, batch.applications),
                                    issue, &result, &error))
        return internalErrorResponse(request, error);
    if (result.status != OtpIssueStatus::Issued) {
        return otpSendCappedResponse(request, result, u"too_many_codes_for_officer"_s,
                                     QT_TRANSLATE_NOOP("ApiError", "Too many OTPs were sent to your registered mobile "
                                                                   "recently; wait %1 s and ask again."));
    }
    return otpChallengeResponse(context.clock().nowUtc(), result, caller.officer.mobile);
}

Response decideBatch(ServerContext &context, const Request &request)
{
    const RateLimiter::Decision decision = context.sessionRequestLimiter().take(request.clientAddress);
    if (!decision.allowed)
        return tooManyRequestsResponse(request, decision);
    OfficerCaller caller;
    Response failure;
    if (!authenticateOfficer(context, request, {OfficerRole::DivisionOfficer}, &caller, &failure))
        return failure;
    QJsonObject body;
    if (!parseJsonObjectBody(request, &body, &failure))
        return failure;
    Batch batch;
    QString challengeId;
    QString otp;
    QString key;
    if (!readBatch(request, body, &batch, &failure) ||
        !requireStringField(request, body, u"challenge_id"_s, &challengeId, &failure) ||
        !requireStringField(request, body, u"otp"_s, &otp, &failure) ||
        !readIdempotencyKey(request, body, &key, &failure))
        return failure;
    otp = otp.trimmed();
    if (!checkOtpFormat(request, otp, &failure))
        return failure;
    for (const QString &name : {u"remarks"_s, u"reason_code"_s}) {
        const QJsonValue value = body.value(name);
        if (!value.isUndefined() && !value.isNull() && !value.isString()) {
            return errorResponse(request, 400, u"invalid_field_type"_s,
                                 {"ApiError", QT_TRANSLATE_NOOP("ApiError", "\"%1\" must be a text string."), {name}});
        }
    }
    const QString reasonCode = body.value(u"reason_code"_s).toString().trimmed();
    const QString remarks = body.value(u"remarks"_s).toString().trimmed();

    // The reason and remarks are checked before the code is verified, so a mistake in them does
    // not spend it.
    DecisionResult precheck;
    if (!ApplicationDecisions::checkInput(batch.action == u"reject"_s, reasonCode, remarks, &precheck)) {
        DecisionInput input;
        input.reasonCode = reasonCode;
        return refusedDecisionResponse(context, request, input, precheck);
    }

    // The digest leaves out the code, so a retry after a lost response replays even if the officer
    // typed the code again.
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
            if (!context.otpService().verify(
                    transaction, OtpBinding::officerDecision(caller.officer.id, batch.action, batch.applications),
                    verify, &verified, error))
                return false;
            if (verified.status != OtpVerifyStatus::Ok) {
                static const LocalizedMessage notThisBatch{
                    "ApiError",
                    QT_TRANSLATE_NOOP("ApiError", "This OTP does not confirm this decision on these applications at "
                                                  "these versions; ask for a new OTP for the batch as it is now."),
                    {}};
                *response = otpRejectedResponse(request, OtpUse::ConfirmAction, verified,
                                                {notThisBatch, notThisBatch, notThisBatch, notThisBatch});
                *outcome = IdempotentOutcome::CommitOnly;
                return true;
            }

            ApplicationDecisions decisions(context.clock(), context.templates());
            QJsonArray results;
            int done = 0;
            for (const ApplicationVersion &item : std::as_const(batch.applications)) {
                DecisionInput input;
                input.applicationNumber = item.applicationNumber;
                input.version = item.version;
                input.reasonCode = reasonCode;
                input.remarks = remarks;
                DecisionResult result;
                const bool ran = batch.action == u"approve"_s
                                     ? decisions.approve(transaction, caller.officer, caller.jurisdiction, input,
                                                         context.signingKeys(), &result, error)
                                     : decisions.reject(transaction, caller.officer, caller.jurisdiction, input,
                                                        ApplicationStatus::Forwarded, &result, error);
                if (!ran)
                    return false;
                if (result.status != DecisionStatus::Done) {
                    const Response refused = refusedDecisionResponse(context, request, input, result);
                    const QJsonObject refusal = QJsonDocument::fromJson(refused.body).object();
                    // The entry carries what a single decision's refusal carries besides the
                    // error: the current application, or the connections with their failed checks.
                    QJsonObject entry{{u"number"_s, item.applicationNumber},
                                      {u"outcome"_s, refusal[u"error"_s][u"code"_s]},
                                      {u"message"_s, refusal[u"error"_s][u"message"_s]}};
                    for (auto member = refusal.constBegin(); member != refusal.constEnd(); ++member) {
                        if (member.key() != u"error"_s)
                            entry.insert(member.key(), member.value());
                    }
                    results.append(entry);
                    continue;
                }
                ++done;
                const std::optional<ApplicationRecord> application =
                    ApplicationStore::loadByNumber(context.database(), item.applicationNumber, error);
                QJsonObject json;
                if (!application || !officerApplicationJson(context.database(), *application, context.clock().nowUtc(),
                                                            responseLanguage(request),
                                                            context.applicationSettings().publicBaseUrl, &json, error))
                    return false;
                QJsonObject entry{{u"number"_s, item.applicationNumber},
                                  {u"outcome"_s, batch.action == u"approve"_s ? u"approved"_s : u"rejected"_s},
                                  {u"application"_s, json}};
                if (!result.certificateNumber.isEmpty()) {
                    entry.insert(
                        u"certificate"_s,
                        QJsonObject{{u"number"_s, result.certificateNumber},
                                    {u"issued_at"_s, Timestamp::toStorage(result.issuedAt)},
                                    {u"issued_at_ist"_s, Timestamp::istDateTime(result.issuedAt)},
                                    {u"qr_payload"_s, result.qrPayload},
                                    {u"verify_url"_s, verifyUrl(context, result.certificateNumber, result.qrPayload)},
                                    {u"approved_by"_s, certificateApproverJson(application->certificateApprover)}});
                }
                results.append(entry);
            }
            *response =
                noStore(Response::json(200, QJsonObject{{u"action"_s, batch.action},
                                                        {u"results"_s, results},
                                                        {u"done"_s, done},
                                                        {u"refused"_s, int(batch.applications.size()) - done}}));
            return true;
        });
}

} // namespace

void addOfficerBatchRoutes(Router &router, ServerContext &context)
{
    router.post(u"/api/v1/officer/decisions/otp"_s,
                [&context](const Request &request) { return requestDecisionOtp(context, request); });
    router.post(u"/api/v1/officer/decisions"_s,
                [&context](const Request &request) { return decideBatch(context, request); });
}

} // namespace nodues::server
