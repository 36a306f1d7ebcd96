#include "api/OfficerApplicationRoutes.h"

#include "Clock.h"
#include "Timestamp.h"
#include "api/ApiLogging.h"
#include "api/ConsumerAuthentication.h"
#include "api/JsonFields.h"
#include "api/OfficerApplicationJson.h"
#include "api/OfficerAuthentication.h"
#include "api/ServerContext.h"
#include "applications/ApplicationDecisions.h"
#include "applications/ApplicationStore.h"
#include "applications/ChangeSequence.h"
#include "applications/IdempotencyStore.h"
#include "applications/RejectionReason.h"
#include "http/ApiError.h"
#include "http/JsonBody.h"
#include "http/Router.h"
#include "security/SecureRandom.h"
#include "storage/Database.h"
#include "storage/WriteTransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace nodues::server {

namespace {

constexpr int kDefaultPageSize = 100;
constexpr int kMaxPageSize = 500;

Response noStore(Response response)
{
    response.headers.set("Cache-Control"_ba, "no-store"_ba);
    return response;
}

Response withMembers(Response response, const QJsonObject &members)
{
    QJsonObject body = QJsonDocument::fromJson(response.body).object();
    for (auto it = members.constBegin(); it != members.constEnd(); ++it)
        body.insert(it.key(), it.value());
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

// The application as officers see it, or a null value when it cannot be read.
QJsonValue currentApplication(ServerContext &context, const Request &request, const QString &number)
{
    QString error;
    const std::optional<ApplicationRecord> application =
        ApplicationStore::loadByNumber(context.database(), number, &error);
    if (!application)
        return QJsonValue::Null;
    QJsonObject json;
    if (!officerApplicationJson(context.database(), *application, context.clock().nowUtc(), responseLanguage(request),
                                &json, &error))
        return QJsonValue::Null;
    return json;
}

Response syncPage(ServerContext &context, const Request &request)
{
    OfficerCaller caller;
    Response failure;
    if (!authenticateOfficer(context, request, {OfficerRole::Clerk, OfficerRole::DivisionOfficer}, &caller, &failure))
        return failure;

    bool afterOk = true;
    bool limitOk = true;
    const QString afterText = request.queryValue(u"after"_s);
    const QString limitText = request.queryValue(u"limit"_s);
    const qint64 after = afterText.isEmpty() ? 0 : afterText.toLongLong(&afterOk);
    const int limit = limitText.isEmpty() ? kDefaultPageSize : limitText.toInt(&limitOk);
    if (!afterOk || after < 0) {
        return errorResponse(request, 400, u"invalid_cursor"_s,
                             {"ApiError",
                              QT_TRANSLATE_NOOP("ApiError", "The cursor \"%1\" is not a whole number of 0 or more; "
                                                            "send the next_cursor of the last page, or 0."),
                              {afterText.left(30)}});
    }
    if (!limitOk || limit < 1 || limit > kMaxPageSize) {
        return errorResponse(request, 400, u"invalid_limit"_s,
                             {"ApiError",
                              QT_TRANSLATE_NOOP("ApiError", "The page size \"%1\" must be a whole number from 1 to "
                                                            "%2."),
                              {limitText.left(30), QString::number(kMaxPageSize)}});
    }

    QString error;
    const qint64 newest = ChangeSequence::current(context.database(), &error);
    if (newest < 0)
        return internalErrorResponse(request, error);
    if (after > newest) {
        return errorResponse(request, 410, u"cursor_unknown"_s,
                             {"ApiError",
                              QT_TRANSLATE_NOOP("ApiError", "The cursor %1 is not known to this server (its newest "
                                                            "change is %2). Sync again from 0."),
                              {QString::number(after), QString::number(newest)}});
    }

    // One more than the page tells whether another page follows.
    QList<ApplicationRecord> changed;
    if (!ApplicationStore::listChanged(context.database(), caller.jurisdiction.dcCodes(), after, limit + 1, &changed,
                                       &error))
        return internalErrorResponse(request, error);
    const bool hasMore = changed.size() > limit;
    if (hasMore)
        changed.removeLast();
    const QDateTime now = context.clock().nowUtc();
    QJsonArray changes;
    for (const ApplicationRecord &application : std::as_const(changed)) {
        QJsonObject json;
        if (!officerApplicationJson(context.database(), application, now, responseLanguage(request), &json, &error))
            return internalErrorResponse(request, error);
        changes.append(json);
    }
    const qint64 nextCursor = changed.isEmpty() ? after : changed.constLast().changeSeq;
    return noStore(Response::json(200, QJsonObject{{u"changes"_s, changes},
                                                   {u"next_cursor"_s, nextCursor},
                                                   {u"has_more"_s, hasMore},
                                                   {u"server_time"_s, Timestamp::toStorage(now)}}));
}

// The parts every decision body has.
struct DecisionBody
{
    QJsonObject json;
    DecisionInput input;
    QString idempotencyKey;
};

bool readDecisionBody(const Request &request, DecisionBody *body, Response *failure)
{
    if (!parseJsonObjectBody(request, &body->json, failure))
        return false;
    const QJsonValue version = body->json.value(u"version"_s);
    if (!version.isDouble() || version.toDouble() < 1 || version.toDouble() != double(version.toInteger())) {
        *failure = errorResponse(request, 400, u"invalid_version"_s,
                                 {"ApiError",
                                  QT_TRANSLATE_NOOP("ApiError", "\"version\" must be the application's version as "
                                                                "the last sync showed it, a whole number from 1."),
                                  {}});
        return false;
    }
    body->input.version = version.toInteger();
    if (!requireStringField(request, body->json, u"idempotency_key"_s, &body->idempotencyKey, failure))
        return false;
    if (!IdempotencyStore::isValidKey(body->idempotencyKey)) {
        *failure = errorResponse(request, 400, u"invalid_idempotency_key"_s,
                                 {"ApiError",
                                  QT_TRANSLATE_NOOP("ApiError", "The idempotency key must have 8 to 100 letters, "
                                                                "digits, '-' or '_'; a new UUID for each action fits."),
                                  {}});
        return false;
    }
    for (const QString &name : {u"remarks"_s, u"reason_code"_s}) {
        const QJsonValue value = body->json.value(name);
        if (!value.isUndefined() && !value.isNull() && !value.isString()) {
            *failure =
                errorResponse(request, 400, u"invalid_field_type"_s,
                              {"ApiError", QT_TRANSLATE_NOOP("ApiError", "\"%1\" must be a text string."), {name}});
            return false;
        }
    }
    body->input.remarks = body->json.value(u"remarks"_s).toString().trimmed();
    body->input.reasonCode = body->json.value(u"reason_code"_s).toString().trimmed();
    body->input.applicationNumber = request.pathParameter(u"number"_s);
    body->input.ivrs = request.pathParameter(u"ivrs"_s);
    return true;
}

using DecisionStep = std::function<bool(ApplicationDecisions &, WriteTransaction &, const OfficerCaller &,
                                        const DecisionInput &, DecisionResult *, QString *)>;

// The response for a decision that did not happen; nothing was written.
Response refusedDecision(ServerContext &context, const Request &request, const DecisionInput &input,
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
            {{u"application"_s, currentApplication(context, request, input.applicationNumber)}});
    case DecisionStatus::WrongState:
        return withMembers(
            errorResponse(request, 409, code,
                          {"ApiError",
                           QT_TRANSLATE_NOOP("ApiError", "Application %1 is \"%2\", so this action does not apply "
                                                         "to it."),
                           {input.applicationNumber, applicationStatusCode(result.currentStatus)}}),
            {{u"application"_s, currentApplication(context, request, input.applicationNumber)}});
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
        QStringList codes;
        for (const RejectionReason &reason : rejectionReasons())
            codes.append(reason.code);
        return errorResponse(request, 422, code,
                             {"ApiError",
                              QT_TRANSLATE_NOOP("ApiError", "The reason \"%1\" is not one of %2, or it is \"other\" "
                                                            "without remarks."),
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

// A replayed answer, marked so the client knows nothing happened this time.
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

// Runs a decision once per idempotency key: the decision, its idempotency record and everything
// it writes commit together.
Response decide(ServerContext &context, const Request &request, const QList<OfficerRole> &roles,
                const DecisionStep &step)
{
    OfficerCaller caller;
    Response failure;
    if (!authenticateOfficer(context, request, roles, &caller, &failure))
        return failure;
    DecisionBody body;
    if (!readDecisionBody(request, &body, &failure))
        return failure;
    const QString requestSha256 = SecureRandom::sha256Hex(request.method + ' ' + request.rawPath + ' ' +
                                                          QJsonDocument(body.json).toJson(QJsonDocument::Compact));

    QString error;
    for (int attempt = 0; attempt < 2; ++attempt) {
        WriteTransaction transaction(context.database());
        if (!transaction.begin(&error))
            return internalErrorResponse(request, error);
        const std::optional<IdempotencyStore::Record> earlier =
            IdempotencyStore::find(transaction, caller.officer.id, body.idempotencyKey, &error);
        if (!error.isEmpty())
            return internalErrorResponse(request, error);
        if (earlier) {
            if (earlier->requestSha256 == requestSha256)
                return replayed(*earlier);
            return errorResponse(request, 422, u"idempotency_key_reused"_s,
                                 {"ApiError",
                                  QT_TRANSLATE_NOOP("ApiError", "The idempotency key %1 was used before for another "
                                                                "request. Use a new key for each action."),
                                  {body.idempotencyKey}});
        }

        ApplicationDecisions decisions(context.clock(), context.templates());
        DecisionResult result;
        if (!step(decisions, transaction, caller, body.input, &result, &error))
            return internalErrorResponse(request, error);
        Response response;
        if (result.status == DecisionStatus::Done) {
            const std::optional<ApplicationRecord> application =
                ApplicationStore::loadByNumber(context.database(), body.input.applicationNumber, &error);
            QJsonObject json;
            if (!application || !officerApplicationJson(context.database(), *application, context.clock().nowUtc(),
                                                        responseLanguage(request), &json, &error))
                return internalErrorResponse(request, error);
            response = noStore(Response::json(200, QJsonObject{{u"application"_s, json}}));
        } else {
            transaction.rollback();
            if (!transaction.begin(&error))
                return internalErrorResponse(request, error);
            response = refusedDecision(context, request, body.input, result);
        }

        // The answer is kept with the key, refusals included, so a retry gets the same answer.
        if (IdempotencyStore::save(transaction, context.clock(), caller.officer.id, body.idempotencyKey,
                                   {requestSha256, response.status, response.body}, &error) &&
            transaction.commit(&error))
            return response;
        // A concurrent request with the same key committed first: the loop reads its answer.
        transaction.rollback();
        qCInfo(lcApi).noquote() << "Idempotency key of officer" << caller.officer.username
                                << "was saved concurrently; reading the first answer:" << error;
        error.clear();
    }
    return internalErrorResponse(request, u"The idempotency record could not be saved or read"_s);
}

Response listReasons(ServerContext &context, const Request &request)
{
    OfficerCaller caller;
    Response failure;
    if (!authenticateOfficer(context, request, {OfficerRole::Clerk, OfficerRole::DivisionOfficer}, &caller, &failure))
        return failure;
    QJsonArray reasons;
    for (const RejectionReason &reason : rejectionReasons()) {
        reasons.append(QJsonObject{{u"code"_s, reason.code},
                                   {u"text_en"_s, reason.english},
                                   {u"text_hi"_s, reason.hindi},
                                   {u"needs_remarks"_s, reason.needsRemarks}});
    }
    return Response::json(200, QJsonObject{{u"reasons"_s, reasons}});
}

} // namespace

void addOfficerApplicationRoutes(Router &router, ServerContext &context)
{
    router.get(u"/api/v1/officer/sync"_s, [&context](const Request &request) { return syncPage(context, request); });
    router.get(u"/api/v1/officer/rejection-reasons"_s,
               [&context](const Request &request) { return listReasons(context, request); });

    const QList<OfficerRole> clerk{OfficerRole::Clerk};
    router.post(u"/api/v1/officer/applications/{number}/forward"_s, [&context, clerk](const Request &request) {
        return decide(context, request, clerk,
                      [](ApplicationDecisions &decisions, WriteTransaction &transaction, const OfficerCaller &caller,
                         const DecisionInput &input, DecisionResult *result, QString *error) {
                          return decisions.forward(transaction, caller.officer, caller.jurisdiction, input, result,
                                                   error);
                      });
    });
    router.post(u"/api/v1/officer/applications/{number}/reject"_s, [&context, clerk](const Request &request) {
        return decide(context, request, clerk,
                      [](ApplicationDecisions &decisions, WriteTransaction &transaction, const OfficerCaller &caller,
                         const DecisionInput &input, DecisionResult *result, QString *error) {
                          return decisions.reject(transaction, caller.officer, caller.jurisdiction, input, result,
                                                  error);
                      });
    });
    router.post(u"/api/v1/officer/applications/{number}/links/{ivrs}/confirm"_s, [&context,
                                                                                  clerk](const Request &request) {
        return decide(context, request, clerk,
                      [](ApplicationDecisions &decisions, WriteTransaction &transaction, const OfficerCaller &caller,
                         const DecisionInput &input, DecisionResult *result, QString *error) {
                          return decisions.confirmLink(transaction, caller.officer, caller.jurisdiction, input, result,
                                                       error);
                      });
    });
    router.post(u"/api/v1/officer/applications/{number}/links/{ivrs}/refuse"_s, [&context,
                                                                                 clerk](const Request &request) {
        return decide(context, request, clerk,
                      [](ApplicationDecisions &decisions, WriteTransaction &transaction, const OfficerCaller &caller,
                         const DecisionInput &input, DecisionResult *result, QString *error) {
                          return decisions.refuseLink(transaction, caller.officer, caller.jurisdiction, input, result,
                                                      error);
                      });
    });
}

} // namespace nodues::server
