#include "api/OfficerApplicationRoutes.h"

#include "Clock.h"
#include "Timestamp.h"
#include "api/ConsumerAuthentication.h"
#include "api/JsonFields.h"
#include "api/OfficerApplicationJson.h"
#include "api/OfficerAuthentication.h"
#include "api/OfficerDecisionSupport.h"
#include "api/ServerContext.h"
#include "applications/ApplicationDecisions.h"
#include "applications/ApplicationStore.h"
#include "applications/ChangeSequence.h"
#include "applications/IdempotencyStore.h"
#include "applications/RejectionReason.h"
#include "audit/AuditLog.h"
#include "http/ApiError.h"
#include "http/JsonBody.h"
#include "http/Router.h"
#include "storage/Database.h"
#include "storage/ReadSnapshot.h"
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

    // One snapshot for the whole page, so no entry mixes two versions of an application.
    QString error;
    ReadSnapshot snapshot(context.database());
    if (!snapshot.begin(&error))
        return internalErrorResponse(request, error);
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

    // One row more than the page shows whether another page follows.
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
        if (!officerApplicationJson(context.database(), application, now, responseLanguage(request),
                                    context.applicationSettings().publicBaseUrl, &json, &error))
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
    if (!readIdempotencyKey(request, body->json, &body->idempotencyKey, failure))
        return false;
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

// Runs a clerk's decision once per idempotency key: the decision, its idempotency record and
// everything it writes commit together.
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
    return runIdempotent(
        context, request, caller, body.idempotencyKey, requestDigest(request, body.json),
        [&](WriteTransaction &transaction, Response *response, IdempotentOutcome *, QString *error) {
            ApplicationDecisions decisions(context.clock(), context.templates());
            DecisionResult result;
            if (!step(decisions, transaction, caller, body.input, &result, error))
                return false;
            if (result.status != DecisionStatus::Done) {
                // Nothing was written; release the application's row lock before responding.
                transaction.rollback();
                if (!transaction.begin(error) || !AuditLog::lockHead(transaction, error))
                    return false;
                *response = refusedDecisionResponse(context, request, body.input, result);
                return true;
            }
            const std::optional<ApplicationRecord> application =
                ApplicationStore::loadByNumber(context.database(), body.input.applicationNumber, error);
            QJsonObject json;
            if (!application || !officerApplicationJson(context.database(), *application, context.clock().nowUtc(),
                                                        responseLanguage(request),
                                                        context.applicationSettings().publicBaseUrl, &json, error))
                return false;
            *response = noStore(Response::json(200, QJsonObject{{u"application"_s, json}}));
            return true;
        });
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
                          return decisions.reject(transaction, caller.officer, caller.jurisdiction, input,
                                                  ApplicationStatus::Submitted, result, error);
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
