#include "api/ConsumerConnectionRoutes.h"

#include "Clock.h"
#include "Timestamp.h"
#include "api/ApiLogging.h"
#include "api/ApplicationJson.h"
#include "api/ConsumerAuthentication.h"
#include "api/JsonFields.h"
#include "api/OtpResponses.h"
#include "api/ServerContext.h"
#include "billing/Eligibility.h"
#include "billing/IvrsNumber.h"
#include "billing/MobileNumber.h"
#include "billing/Money.h"
#include "consumer/LinkedConnections.h"
#include "http/ApiError.h"
#include "http/JsonBody.h"
#include "http/RateLimiter.h"
#include "http/Router.h"
#include "storage/BillingConnectionStore.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"
#include "storage/WriteTransaction.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace nodues::server {

namespace {

struct OfficeName
{
    QString name;
    QString nameHi;
};

// The billing rows of the connections that count for mobile (LinkedConnections), ordered by
// IVRS, with how each counts, and the names of their DCs.
bool loadConnections(Database &database, const QString &mobile, QList<BillingRecord> *records,
                     QList<LinkedConnections::LinkKind> *kinds, QHash<QString, OfficeName> *offices, QString *error)
{
    QList<LinkedConnections::LinkedConnection> linked;
    if (!LinkedConnections::list(database, mobile, &linked, error))
        return false;
    QSqlDatabase db = database.connection(error);
    if (!db.isOpen())
        return false;
    QSqlQuery query(db);
    for (const LinkedConnections::LinkedConnection &connection : std::as_const(linked)) {
        const std::optional<BillingRecord> record = BillingConnectionStore::load(database, connection.ivrs, error);
        if (!record) {
            if (!error->isEmpty())
                return false;
            continue; // linked once, no longer in the billing data
        }
        records->append(*record);
        kinds->append(connection.kind);
        if (offices->contains(record->dcCode))
            continue;
        if (!execPrepared(query, u"SELECT name, name_hi FROM office WHERE code = :code"_s,
                          {{u"code"_s, record->dcCode}}, error))
            return false;
        if (query.next())
            offices->insert(record->dcCode, {query.value(0).toString(), query.value(1).toString()});
    }
    return true;
}

QString connectionStatusText(ConnectionStatus status)
{
    return toCode(status);
}

QJsonObject connectionJson(const BillingRecord &record, LinkedConnections::LinkKind kind,
                           const QHash<QString, OfficeName> &offices, ResponseLanguage language, bool *eligible)
{
    const EligibilityVerdict verdict = evaluateEligibility(record);
    const bool hidden = detailsHiddenFromConsumer(LinkedConnections::linkKindCode(kind));
    QJsonArray checks;
    for (const CheckResult &check : verdict.checks) {
        const bool failed = check.applicable && !check.passed;
        const QString reason =
            hidden ? hiddenCheckReason().toString(language) : localized(check.reason).toString(language);
        const QString remedy = hidden ? (failed ? hiddenCheckRemedy().toString(language) : QString())
                                      : localized(check.remedy).toString(language);
        checks.append(QJsonObject{{u"check"_s, checkCode(check.check)},
                                  {u"title"_s, localized(checkTitle(check.check)).toString(language)},
                                  {u"passed"_s, check.passed},
                                  {u"applicable"_s, check.applicable},
                                  {u"reason"_s, reason},
                                  {u"remedy"_s, remedy}});
    }
    *eligible = verdict.eligible;
    const OfficeName office = offices.value(record.dcCode);
    const auto shown = [hidden](const QJsonValue &value) {
        return hidden ? QJsonValue(QJsonValue::Null) : value;
    };
    return QJsonObject{
        {u"ivrs"_s, record.ivrs},
        {u"link"_s, LinkedConnections::linkKindCode(kind)},
        {u"details_hidden"_s, hidden},
        {u"name"_s, shown(record.name)},
        {u"name_hi"_s, shown(record.nameHi)},
        {u"address"_s, shown(record.address)},
        {u"dc_code"_s, record.dcCode},
        {u"dc_name"_s, office.name},
        {u"dc_name_hi"_s, office.nameHi},
        {u"connection_status"_s, shown(connectionStatusText(record.connectionStatus))},
        {u"arrears_paise"_s, shown(record.arrearsPaise)},
        {u"arrears"_s, shown(Money::formatRupees(record.arrearsPaise))},
        {u"bill_date"_s, shown(record.billDate.isValid() ? QJsonValue(record.billDate.toString(Qt::ISODate))
                                                         : QJsonValue(QJsonValue::Null))},
        {u"refreshed_at"_s, Timestamp::toStorage(record.refreshedAt)},
        {u"refreshed_at_ist"_s, Timestamp::istDateTime(record.refreshedAt)},
        {u"eligible"_s, verdict.eligible},
        {u"checks"_s, checks},
    };
}

Response listConnections(ServerContext &context, const Request &request)
{
    Session session;
    Response failure;
    if (!authenticateConsumer(context, request, &session, nullptr, &failure))
        return failure;

    QList<BillingRecord> records;
    QList<LinkedConnections::LinkKind> kinds;
    QHash<QString, OfficeName> offices;
    QString error;
    if (!loadConnections(context.database(), session.consumerMobile, &records, &kinds, &offices, &error))
        return internalErrorResponse(request, error);

    QJsonArray connections;
    bool allEligible = !records.isEmpty();
    for (qsizetype i = 0; i < records.size(); ++i) {
        bool eligible = false;
        connections.append(connectionJson(records.at(i), kinds.at(i), offices, responseLanguage(request), &eligible));
        allEligible = allEligible && eligible;
    }
    Response response =
        Response::json(200, QJsonObject{{u"mobile_masked"_s, MobileNumber::mask(session.consumerMobile)},
                                        {u"all_eligible"_s, allEligible},
                                        {u"connections"_s, connections}});
    response.headers.set("Cache-Control"_ba, "no-store"_ba);
    return response;
}

QString consumerActor(const Session &session)
{
    return u"consumer:"_s + MobileNumber::mask(session.consumerMobile);
}

// Checks an IVRS number from the path or the body; 400 "invalid_ivrs" naming it otherwise.
bool checkIvrs(const Request &request, const QString &ivrs, Response *failure)
{
    QString reason;
    if (IvrsNumber::isValid(ivrs, &reason))
        return true;
    *failure = errorResponse(request, 400, u"invalid_ivrs"_s,
                             {"ApiError",
                              QT_TRANSLATE_NOOP("ApiError", "\"%1\" is not a valid IVRS number. Send the IVRS "
                                                            "number printed on the bill: digits only, 1 to 20."),
                              {ivrs.left(40)}});
    return false;
}

Response unknownConnection(const Request &request, const QString &ivrs)
{
    return errorResponse(request, 404, u"connection_not_found"_s,
                         {"ApiError",
                          QT_TRANSLATE_NOOP("ApiError", "No connection has the IVRS number %1 in the billing data. "
                                                        "Check the number on your bill."),
                          {ivrs}});
}

// Records state for the session's mobile and ivrs in one transaction with its audit row.
bool recordLink(ServerContext &context, const Session &session, const QString &ivrs, LinkedConnections::LinkState state,
                QString *error)
{
    WriteTransaction transaction(context.database());
    if (!transaction.begin(error))
        return false;
    if (!LinkedConnections::setState(transaction, context.clock(), session.consumerMobile, ivrs, state,
                                     consumerActor(session), error)) {
        transaction.rollback();
        return false;
    }
    return transaction.commit(error);
}

// 201 with the connection as the list shows it.
Response linkedResponse(ServerContext &context, const Request &request, const BillingRecord &record,
                        LinkedConnections::LinkKind kind)
{
    QHash<QString, OfficeName> offices;
    QString error;
    QSqlDatabase db = context.database().connection(&error);
    if (!db.isOpen())
        return internalErrorResponse(request, error);
    QSqlQuery query(db);
    if (!execPrepared(query, u"SELECT name, name_hi FROM office WHERE code = :code"_s, {{u"code"_s, record.dcCode}},
                      &error))
        return internalErrorResponse(request, error);
    if (query.next())
        offices.insert(record.dcCode, {query.value(0).toString(), query.value(1).toString()});
    bool eligible = false;
    return noStore(Response::json(201, connectionJson(record, kind, offices, responseLanguage(request), &eligible)));
}

Response unlinkConnection(ServerContext &context, const Request &request)
{
    Session session;
    Response failure;
    if (!authenticateConsumer(context, request, &session, nullptr, &failure))
        return failure;
    const QString ivrs = request.pathParameter(u"ivrs"_s);
    if (!checkIvrs(request, ivrs, &failure))
        return failure;
    QString error;
    const std::optional<LinkedConnections::LinkKind> kind =
        LinkedConnections::kindOf(context.database(), session.consumerMobile, ivrs, &error);
    if (!error.isEmpty())
        return internalErrorResponse(request, error);
    if (!kind) {
        return errorResponse(request, 404, u"connection_not_linked"_s,
                             {"ApiError",
                              QT_TRANSLATE_NOOP("ApiError", "The connection %1 is not among your connections, so "
                                                            "there is nothing to unlink."),
                              {ivrs}});
    }
    if (!recordLink(context, session, ivrs, LinkedConnections::LinkState::Unlinked, &error))
        return internalErrorResponse(request, error);
    return noStore(Response::empty(204));
}

Response linkConnection(ServerContext &context, const Request &request)
{
    // Each try looks an IVRS number up, so it is rate-limited like a code check: without it one
    // client could test which numbers exist as fast as it can send.
    const RateLimiter::Decision lookupDecision = context.sessionRequestLimiter().take(request.clientAddress);
    if (!lookupDecision.allowed)
        return tooManyRequestsResponse(request, lookupDecision);
    Session session;
    Response failure;
    if (!authenticateConsumer(context, request, &session, nullptr, &failure))
        return failure;
    QJsonObject body;
    if (!parseJsonObjectBody(request, &body, &failure))
        return failure;
    QString ivrs;
    if (!requireStringField(request, body, u"ivrs"_s, &ivrs, &failure))
        return failure;
    ivrs = ivrs.trimmed();
    if (!checkIvrs(request, ivrs, &failure))
        return failure;

    QString error;
    const std::optional<BillingRecord> record = BillingConnectionStore::load(context.database(), ivrs, &error);
    if (!record)
        return error.isEmpty() ? unknownConnection(request, ivrs) : internalErrorResponse(request, error);
    const std::optional<LinkedConnections::LinkKind> kind =
        LinkedConnections::kindOf(context.database(), session.consumerMobile, ivrs, &error);
    if (!error.isEmpty())
        return internalErrorResponse(request, error);
    if (kind) {
        return errorResponse(request, 409, u"already_linked"_s,
                             {"ApiError",
                              QT_TRANSLATE_NOOP("ApiError", "The connection %1 is already among your connections."),
                              {ivrs}});
    }
    const std::optional<LinkedConnections::LinkState> stored =
        LinkedConnections::storedState(context.database(), session.consumerMobile, ivrs, &error);
    if (!error.isEmpty())
        return internalErrorResponse(request, error);
    if (stored == LinkedConnections::LinkState::Refused) {
        return errorResponse(request, 409, u"link_refused"_s,
                             {"ApiError",
                              QT_TRANSLATE_NOOP("ApiError", "An officer refused to link the connection %1 to your "
                                                            "mobile. Visit your distribution centre with the bill."),
                              {ivrs}});
    }

    if (record->mobile == session.consumerMobile) {
        // The consumer's own connection, unlinked earlier: restore it.
        if (!recordLink(context, session, ivrs, LinkedConnections::LinkState::Linked, &error))
            return internalErrorResponse(request, error);
        return linkedResponse(context, request, *record, LinkedConnections::LinkKind::BillingMobile);
    }
    if (record->mobile.isEmpty()) {
        // No mobile to confirm with: an officer checks the link when the application comes in.
        if (!recordLink(context, session, ivrs, LinkedConnections::LinkState::PendingVerification, &error))
            return internalErrorResponse(request, error);
        return linkedResponse(context, request, *record, LinkedConnections::LinkKind::PendingVerification);
    }

    // Billed to another mobile: the holder of that phone must confirm with the code sent to it.
    const RateLimiter::Decision decision = context.otpRequestLimiter().take(request.clientAddress);
    if (!decision.allowed)
        return tooManyRequestsResponse(request, decision);
    OtpIssueRequest issue;
    issue.recipientMobile = record->mobile;
    issue.clientAddress = request.clientAddress;
    issue.language = smsLanguageFromHeaders(request);
    issue.actor = consumerActor(session);
    issue.delivery = OtpDelivery::Send;
    OtpIssueResult result;
    if (!context.otpService().issue(OtpBinding::linkConnection(session.consumerMobile, ivrs), issue, &result, &error))
        return internalErrorResponse(request, error);
    if (result.status != OtpIssueStatus::Issued) {
        return otpSendCappedResponse(request, result, u"too_many_codes_for_link"_s,
                                     QT_TRANSLATE_NOOP("ApiError", "Too many OTPs were sent for linking connections "
                                                                   "recently; wait %1 s and try again."));
    }
    return otpChallengeResponse(context.clock().nowUtc(), result, record->mobile);
}

Response linkOtpRejected(const Request &request, const OtpVerifyResult &result)
{
    // One message for every code that is not an active link code for this connection.
    static const LocalizedMessage notForThisLink{
        "ApiError",
        QT_TRANSLATE_NOOP("ApiError", "This OTP does not confirm linking this connection; ask to link it again and "
                                      "enter the code from the latest SMS."),
        {}};
    return otpRejectedResponse(request, OtpUse::ConfirmAction, result,
                               {notForThisLink, notForThisLink, notForThisLink, notForThisLink});
}

Response confirmLink(ServerContext &context, const Request &request)
{
    const RateLimiter::Decision decision = context.sessionRequestLimiter().take(request.clientAddress);
    if (!decision.allowed)
        return tooManyRequestsResponse(request, decision);
    Session session;
    Response failure;
    if (!authenticateConsumer(context, request, &session, nullptr, &failure))
        return failure;
    const QString ivrs = request.pathParameter(u"ivrs"_s);
    if (!checkIvrs(request, ivrs, &failure))
        return failure;
    QJsonObject body;
    if (!parseJsonObjectBody(request, &body, &failure))
        return failure;
    QString challengeId;
    QString otp;
    if (!requireStringField(request, body, u"challenge_id"_s, &challengeId, &failure) ||
        !requireStringField(request, body, u"otp"_s, &otp, &failure))
        return failure;

    otp = otp.trimmed();
    if (!checkOtpFormat(request, otp, &failure))
        return failure;
    QString error;
    const std::optional<BillingRecord> record = BillingConnectionStore::load(context.database(), ivrs, &error);
    if (!record)
        return error.isEmpty() ? unknownConnection(request, ivrs) : internalErrorResponse(request, error);

    // The code is used up in the transaction that saves the link, so a failed save leaves it unused.
    OtpVerifyRequest verify;
    verify.challengeId = challengeId;
    verify.code = otp;
    verify.clientAddress = request.clientAddress;
    verify.actor = consumerActor(session);
    OtpVerifyResult result;
    WriteTransaction transaction(context.database());
    if (!transaction.begin(&error) ||
        !context.otpService().verify(transaction, OtpBinding::linkConnection(session.consumerMobile, ivrs), verify,
                                     &result, &error))
        return internalErrorResponse(request, error);
    if (result.status != OtpVerifyStatus::Ok) {
        // Commit so that a wrong try counts against the code.
        if (!transaction.commit(&error))
            return internalErrorResponse(request, error);
        return linkOtpRejected(request, result);
    }
    if (!LinkedConnections::setState(transaction, context.clock(), session.consumerMobile, ivrs,
                                     LinkedConnections::LinkState::Linked, consumerActor(session), &error) ||
        !transaction.commit(&error))
        return internalErrorResponse(request, error);
    qCInfo(lcApi).noquote() << "Connection" << ivrs << "linked to" << MobileNumber::mask(session.consumerMobile);
    return linkedResponse(context, request, *record,
                          record->mobile == session.consumerMobile ? LinkedConnections::LinkKind::BillingMobile
                                                                   : LinkedConnections::LinkKind::Linked);
}

} // namespace

void addConsumerConnectionRoutes(Router &router, ServerContext &context)
{
    router.get(u"/api/v1/consumer/connections"_s,
               [&context](const Request &request) { return listConnections(context, request); });
    router.post(u"/api/v1/consumer/connections"_s,
                [&context](const Request &request) { return linkConnection(context, request); });
    router.del(u"/api/v1/consumer/connections/{ivrs}"_s,
               [&context](const Request &request) { return unlinkConnection(context, request); });
    router.post(u"/api/v1/consumer/connections/{ivrs}/confirm"_s,
                [&context](const Request &request) { return confirmLink(context, request); });
}

} // namespace nodues::server
