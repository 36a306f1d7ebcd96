#include "api/OfficerDecisionSupport.h"

#include "Clock.h"
#include "api/ApiLogging.h"
#include "api/ConsumerAuthentication.h"
#include "api/JsonFields.h"
#include "api/OfficerApplicationJson.h"
#include "api/ServerContext.h"
#include "applications/ApplicationStore.h"
#include "applications/IdempotencyStore.h"
#include "applications/RejectionReason.h"
#include "audit/AuditLog.h"
#include "billing/Eligibility.h"
#include "http/ApiError.h"
#include "security/SecureRandom.h"
#include "storage/WriteTransaction.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace nodues::server {

namespace {

// Returns the stored response, marked so the client can tell that nothing happened this time.
Response replayed(const IdempotencyStore::Record &record)
{
    Response response;
    response.status = record.status;
    response.contentType = "application/json"_ba;
    response.body = record.body;
    response.headers.set("Idempotent-Replay"_ba, "true"_ba);
    response.headers.set("Cache-Control"_ba, "no-store"_ba);
    return response;
}

} // namespace

// The application as officers see it, or a null value when it cannot be read.
QJsonValue currentApplicationJson(ServerContext &context, const Request &request, const QString &number)
{
    QString error;
    const std::optional<ApplicationRecord> application =
        ApplicationStore::loadByNumber(context.database(), number, &error);
    if (!application)
        return QJsonValue::Null;
    QJsonObject json;
    if (!officerApplicationJson(context.database(), *application, context.clock().nowUtc(), responseLanguage(request),
                                context.applicationSettings().publicBaseUrl, &json, &error))
        return QJsonValue::Null;
    return json;
}

// The response for a decision that did not happen; nothing was written.
Response refusedDecisionResponse(ServerContext &context, const Request &request, const DecisionInput &input,
                                 const DecisionResult &result)
{
    const QString code = decisionStatusCode(result.status);
    switch (result.status) {
    case DecisionStatus::Done:
        break;
    case DecisionStatus::NotFound:
        return applicationNotInJurisdiction(request, input.applicationNumber);
    case DecisionStatus::StaleVersion:
        return withMembers(
            errorResponse(
                request, 409, code,
                {"ApiError",
                 QT_TRANSLATE_NOOP("ApiError", "Application %1 changed since you saw it (version %2, now "
                                               "%3). Look at it again before deciding."),
                 {input.applicationNumber, QString::number(input.version), QString::number(result.currentVersion)}}),
            {{u"application"_s, currentApplicationJson(context, request, input.applicationNumber)}});
    case DecisionStatus::WrongState:
        return withMembers(
            errorResponse(request, 409, code,
                          {"ApiError",
                           QT_TRANSLATE_NOOP("ApiError", "Application %1 is \"%2\", so this action does not apply "
                                                         "to it."),
                           {input.applicationNumber, applicationStatusCode(result.currentStatus)}}),
            {{u"application"_s, currentApplicationJson(context, request, input.applicationNumber)}});
    case DecisionStatus::NotEligible: {
        const ResponseLanguage language = responseLanguage(request);
        QJsonArray connections;
        QStringList numbers;
        for (const NamedConnection &connection : result.ineligible) {
            QJsonArray checks;
            for (const CheckResult &check : connection.verdict.failedChecks()) {
                checks.append(QJsonObject{{u"check"_s, checkCode(check.check)},
                                          {u"title"_s, localized(checkTitle(check.check)).toString(language)},
                                          {u"reason"_s, localized(check.reason).toString(language)},
                                          {u"remedy"_s, localized(check.remedy).toString(language)}});
            }
            connections.append(QJsonObject{{u"ivrs"_s, connection.record.ivrs},
                                           {u"in_billing_data"_s, !connection.record.name.isEmpty()},
                                           {u"failed_checks"_s, checks}});
            numbers.append(connection.record.ivrs);
        }
        return withMembers(
            errorResponse(request, 422, code,
                          {"ApiError",
                           QT_TRANSLATE_NOOP("ApiError", "The latest billing data shows these connections failing a "
                                                         "check: %1. The application cannot go ahead; reject it or "
                                                         "wait for the next billing import."),
                           {numbers.join(u", "_s)}}),
            {{u"connections"_s, connections}});
    }
    case DecisionStatus::PendingLinks:
        return errorResponse(request, 422, code,
                             {"ApiError",
                              QT_TRANSLATE_NOOP("ApiError", "A connection of application %1 is linked pending "
                                                            "verification. Confirm or refuse the link first."),
                              {input.applicationNumber}});
    case DecisionStatus::InvalidReason: {
        const std::optional<RejectionReason> known = rejectionReasonFromCode(input.reasonCode);
        if (known && known->needsRemarks) {
            return errorResponse(request, 422, code,
                                 {"ApiError",
                                  QT_TRANSLATE_NOOP("ApiError", "The reason \"%1\" needs remarks that say what is "
                                                                "wrong; add them and send the decision again."),
                                  {known->code}});
        }
        QStringList codes;
        for (const RejectionReason &reason : rejectionReasons())
            codes.append(reason.code);
        return errorResponse(request, 422, code,
                             {"ApiError",
                              QT_TRANSLATE_NOOP("ApiError", "The reason \"%1\" is not one of %2. Choose one from "
                                                            "GET /api/v1/officer/rejection-reasons."),
                              {input.reasonCode.left(40), codes.join(u", "_s)}});
    }
    case DecisionStatus::InvalidRemarks:
        return errorResponse(request, 422, code,
                             {"ApiError",
                              QT_TRANSLATE_NOOP("ApiError", "The remarks must have at most 500 characters, without "
                                                            "invisible or control characters."),
                              {}});
    case DecisionStatus::LinkNotPending:
        return errorResponse(request, 422, code,
                             {"ApiError",
                              QT_TRANSLATE_NOOP("ApiError", "The connection %1 is not waiting for verification in "
                                                            "application %2."),
                              {input.ivrs.left(40), input.applicationNumber}});
    case DecisionStatus::NoSigningKey:
        return errorResponse(request, 503, code,
                             {"ApiError",
                              QT_TRANSLATE_NOOP("ApiError", "No certificate can be approved yet: the server has no "
                                                            "certificate signing key. Ask the administrator to run "
                                                            "\"nodues-server keys rotate\" and restart the server."),
                              {}});
    case DecisionStatus::PrimaryLink:
        return errorResponse(request, 422, code,
                             {"ApiError",
                              QT_TRANSLATE_NOOP("ApiError", "The connection %1 is the primary connection of "
                                                            "application %2; if it is not the applicant's, reject the "
                                                            "application with the reason connection_not_applicants."),
                              {input.ivrs.left(40), input.applicationNumber}});
    }
    return internalErrorResponse(request, u"Unhandled decision status"_s);
}

bool readIdempotencyKey(const Request &request, const QJsonObject &body, QString *key, Response *failure)
{
    if (!requireStringField(request, body, u"idempotency_key"_s, key, failure))
        return false;
    if (IdempotencyStore::isValidKey(*key))
        return true;
    *failure = errorResponse(request, 400, u"invalid_idempotency_key"_s,
                             {"ApiError",
                              QT_TRANSLATE_NOOP("ApiError", "The idempotency key must have 8 to 100 letters, digits, "
                                                            "'-' or '_'; a new UUID for each action fits."),
                              {}});
    return false;
}

QString requestDigest(const Request &request, const QJsonObject &body)
{
    return SecureRandom::sha256Hex(request.method + ' ' + request.rawPath + ' ' +
                                   QJsonDocument(body).toJson(QJsonDocument::Compact));
}

Response runIdempotent(ServerContext &context, const Request &request, const OfficerCaller &caller, const QString &key,
                       const QString &requestSha256, const IdempotentAction &action)
{
    QString error;
    for (int attempt = 0; attempt < 2; ++attempt) {
        WriteTransaction transaction(context.database());
        if (!transaction.begin(&error) || !AuditLog::lockHead(transaction, &error))
            return internalErrorResponse(request, error);
        const std::optional<IdempotencyStore::Record> earlier =
            IdempotencyStore::find(transaction, caller.officer.id, key, &error);
        if (!error.isEmpty())
            return internalErrorResponse(request, error);
        if (earlier) {
            if (earlier->requestSha256 == requestSha256)
                return replayed(*earlier);
            return errorResponse(request, 422, u"idempotency_key_reused"_s,
                                 {"ApiError",
                                  QT_TRANSLATE_NOOP("ApiError", "The idempotency key %1 was used before for another "
                                                                "request. Use a new key for each action."),
                                  {key}});
        }

        Response response;
        IdempotentOutcome outcome = IdempotentOutcome::StoreAndCommit;
        if (!action(transaction, &response, &outcome, &error))
            return internalErrorResponse(request, error);
        if (outcome == IdempotentOutcome::CommitOnly) {
            if (!transaction.commit(&error))
                return internalErrorResponse(request, error);
            return response;
        }

        // The response is kept with the key, refusals included, so a retry gets the same response.
        if (IdempotencyStore::save(transaction, context.clock(), caller.officer.id, key,
                                   {requestSha256, response.status, response.body}, &error) &&
            transaction.commit(&error))
            return response;
        // A concurrent request with the same key committed first, so the loop reads its response.
        transaction.rollback();
        qCInfo(lcApi).noquote() << "Idempotency key of officer" << caller.officer.username
                                << "was saved concurrently; reading the first answer:" << error;
        error.clear();
    }
    return internalErrorResponse(request, u"The idempotency record could not be saved or read"_s);
}

} // namespace nodues::server
