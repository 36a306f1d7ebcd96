#include "api/ConsumerApplicationRoutes.h"

#include "Clock.h"
#include "Timestamp.h"
#include "api/ApiLogging.h"
#include "api/ApplicationJson.h"
#include "api/ConsumerAuthentication.h"
#include "api/JsonFields.h"
#include "api/OtpResponses.h"
#include "api/ServerContext.h"
#include "applications/ApplicationForm.h"
#include "applications/ApplicationStore.h"
#include "applications/ApplicationSubmission.h"
#include "applications/SubmissionCheck.h"
#include "billing/MobileNumber.h"
#include "http/ApiError.h"
#include "http/JsonBody.h"
#include "http/RateLimiter.h"
#include "http/Router.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace nodues::server {

namespace {

// Reads the form from the body; 400 invalid_application listing every invalid field otherwise.
bool readForm(const Request &request, const QJsonObject &body, ApplicationForm *form, Response *failure)
{
    QList<FormProblem> problems;
    if (ApplicationForm::fromJson(body, form, &problems))
        return true;
    const ResponseLanguage language = responseLanguage(request);
    QJsonArray list;
    QStringList fields;
    for (const FormProblem &problem : std::as_const(problems)) {
        list.append(QJsonObject{{u"field"_s, problem.field},
                                {u"code"_s, problem.code},
                                {u"message"_s, localized(problem.message).toString(language)}});
        fields.append(problem.field);
    }
    *failure = withMembers(
        errorResponse(request, 400, u"invalid_application"_s,
                      {"ApiError",
                       QT_TRANSLATE_NOOP("ApiError", "These fields of the application are invalid: %1. Correct them "
                                                     "and send it again; \"problems\" says what is wrong with each."),
                       {fields.join(u", "_s)}}),
        {{u"problems"_s, list}});
    return false;
}

Response openApplicationResponse(const Request &request, const QString &number)
{
    return withMembers(
        errorResponse(request, 409, u"application_open"_s,
                      {"ApiError",
                       QT_TRANSLATE_NOOP("ApiError", "Your application %1 is still being processed. A mobile may "
                                                     "have one open application at a time; follow it under your "
                                                     "applications."),
                       {number}}),
        {{u"application_number"_s, number}});
}

// The response for a check other than Ok, listing the failed checks of each connection.
Response checkFailedResponse(const Request &request, const ApplicationForm &form, const SubmissionCheck &check)
{
    switch (check.status) {
    case SubmissionCheckStatus::NoConnectionsLinked:
        return errorResponse(request, 409, u"no_connections_linked"_s,
                             {"ApiError",
                              QT_TRANSLATE_NOOP("ApiError", "No connection is linked to your mobile. Link your "
                                                            "connection by its IVRS number, or apply with kind "
                                                            "\"no_connection\" for a \"no connection found\" "
                                                            "certificate."),
                              {}});
    case SubmissionCheckStatus::PrimaryNotLinked:
        return errorResponse(request, 422, u"primary_not_linked"_s,
                             {"ApiError",
                              QT_TRANSLATE_NOOP("ApiError", "The connection %1 is not among your connections. Choose "
                                                            "the primary connection from your list of connections."),
                              {form.primaryIvrs}});
    case SubmissionCheckStatus::HasConnections:
        return errorResponse(request, 409, u"has_connections"_s,
                             {"ApiError",
                              QT_TRANSLATE_NOOP("ApiError", "Connections are linked to your mobile (%1), so a \"no "
                                                            "connection found\" certificate cannot be issued; apply "
                                                            "for your connections. A connection billed to your "
                                                            "mobile stays in front of the distribution centre even "
                                                            "if you unlink it."),
                              {check.countedIvrs().join(u", "_s)}});
    case SubmissionCheckStatus::UnknownDc:
        return errorResponse(request, 422, u"unknown_dc"_s,
                             {"ApiError",
                              QT_TRANSLATE_NOOP("ApiError", "\"%1\" is not a distribution centre. Choose your "
                                                            "distribution centre from the list of distribution "
                                                            "centres."),
                              {check.dcCode.left(40)}});
    case SubmissionCheckStatus::NotEligible:
    case SubmissionCheckStatus::Ok:
        break;
    }

    const ResponseLanguage language = responseLanguage(request);
    QJsonArray connections;
    QStringList numbers;
    const QList<NamedConnection> failed = check.ineligible();
    for (const NamedConnection &connection : failed) {
        const bool hidden = detailsHiddenFromConsumer(connection.link);
        QJsonArray checks;
        for (const CheckResult &result : connection.verdict.failedChecks()) {
            checks.append(QJsonObject{{u"check"_s, checkCode(result.check)},
                                      {u"title"_s, localized(checkTitle(result.check)).toString(language)},
                                      {u"reason"_s, hidden ? hiddenCheckReason().toString(language)
                                                           : localized(result.reason).toString(language)},
                                      {u"remedy"_s, hidden ? hiddenCheckRemedy().toString(language)
                                                           : localized(result.remedy).toString(language)}});
        }
        connections.append(QJsonObject{{u"ivrs"_s, connection.record.ivrs}, {u"failed_checks"_s, checks}});
        numbers.append(connection.record.ivrs);
    }
    return withMembers(
        errorResponse(request, 422, u"connections_not_eligible"_s,
                      {"ApiError",
                       QT_TRANSLATE_NOOP("ApiError", "A certificate cannot be issued while these connections fail a "
                                                     "check: %1. Each failed check below says what to do about it."),
                       {numbers.join(u", "_s)}}),
        {{u"connections"_s, connections}});
}

QString consumerActor(const Session &session)
{
    return u"consumer:"_s + MobileNumber::mask(session.consumerMobile);
}

Response applicationResponse(ServerContext &context, const Request &request, int status, const QString &number)
{
    QString error;
    const std::optional<ApplicationRecord> application =
        ApplicationStore::loadByNumber(context.database(), number, &error);
    if (!application)
        return internalErrorResponse(request, error.isEmpty() ? u"Application %1 vanished"_s.arg(number) : error);
    OfficeNames dc;
    if (!loadOfficeNames(context.database(), application->dcCode, &dc, &error))
        return internalErrorResponse(request, error);
    return noStore(Response::json(status, applicationJson(*application, dc, responseLanguage(request))));
}

Response requestSubmitOtp(ServerContext &context, const Request &request)
{
    Session session;
    Response failure;
    if (!authenticateConsumer(context, request, &session, nullptr, &failure))
        return failure;
    QJsonObject body;
    if (!parseJsonObjectBody(request, &body, &failure))
        return failure;
    ApplicationForm form;
    if (!readForm(request, body, &form, &failure))
        return failure;

    // Refuse before sending a code whatever the submission would refuse.
    QString error;
    qint64 openId = 0;
    QString openNumber;
    QString openDigest;
    if (!context.applicationSubmission().findOpen(session.consumerMobile, &openId, &openNumber, &openDigest, &error))
        return internalErrorResponse(request, error);
    if (openId != 0)
        return openApplicationResponse(request, openNumber);
    SubmissionCheck check;
    if (!SubmissionCheck::run(context.database(), session.consumerMobile, form, &check, &error))
        return internalErrorResponse(request, error);
    if (check.status != SubmissionCheckStatus::Ok)
        return checkFailedResponse(request, form, check);

    const RateLimiter::Decision decision = context.otpRequestLimiter().take(request.clientAddress);
    if (!decision.allowed)
        return tooManyRequestsResponse(request, decision);
    OtpIssueRequest issue;
    issue.recipientMobile = session.consumerMobile;
    issue.clientAddress = request.clientAddress;
    issue.language = form.smsLanguage;
    issue.actor = consumerActor(session);
    OtpIssueResult result;
    const OtpBinding binding = ApplicationSubmission::otpBinding(session.consumerMobile, form, check);
    if (!context.otpService().issue(binding, issue, &result, &error))
        return internalErrorResponse(request, error);
    if (result.status != OtpIssueStatus::Issued) {
        return otpSendCappedResponse(request, result, u"too_many_codes_for_application"_s,
                                     QT_TRANSLATE_NOOP("ApiError", "Too many OTPs were sent to your mobile recently; "
                                                                   "wait %1 s and ask again."));
    }
    return otpChallengeResponse(context.clock().nowUtc(), result, session.consumerMobile,
                                {{u"content_sha256"_s, form.contentSha256(check.countedIvrs())},
                                 {u"connections"_s, QJsonArray::fromStringList(check.countedIvrs())}});
}

Response submitOtpRejected(const Request &request, const OtpVerifyResult &result)
{
    static const LocalizedMessage notForThisContent{
        "ApiError",
        QT_TRANSLATE_NOOP("ApiError", "This OTP does not confirm this application as it is now. If you changed the "
                                      "form or your connections after asking for the OTP, ask for a new one."),
        {}};
    static const LocalizedMessage superseded{
        "ApiError",
        QT_TRANSLATE_NOOP("ApiError", "A newer OTP was sent for this application; enter the code from the latest "
                                      "SMS."),
        {}};
    return otpRejectedResponse(request, OtpUse::ConfirmAction, result,
                               {notForThisContent, superseded, notForThisContent, notForThisContent});
}

Response submitApplication(ServerContext &context, const Request &request)
{
    const RateLimiter::Decision decision = context.sessionRequestLimiter().take(request.clientAddress);
    if (!decision.allowed)
        return tooManyRequestsResponse(request, decision);
    Session session;
    Response failure;
    if (!authenticateConsumer(context, request, &session, nullptr, &failure))
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
    body.remove(u"challenge_id"_s);
    body.remove(u"otp"_s);
    SubmitRequest submit;
    if (!readForm(request, body, &submit.form, &failure))
        return failure;

    submit.mobile = session.consumerMobile;
    submit.challengeId = challengeId;
    submit.otpCode = otp;
    submit.clientAddress = request.clientAddress;
    SubmitResult result;
    QString error;
    if (!context.applicationSubmission().submit(submit, &result, &error))
        return internalErrorResponse(request, error);
    switch (result.status) {
    case SubmitStatus::Submitted:
        return applicationResponse(context, request, 201, result.applicationNumber);
    case SubmitStatus::AlreadySubmitted:
        qCInfo(lcApi).noquote() << "Repeated submit of application" << result.applicationNumber << "by"
                                << MobileNumber::mask(session.consumerMobile);
        return applicationResponse(context, request, 200, result.applicationNumber);
    case SubmitStatus::OtherOpen:
        return openApplicationResponse(request, result.applicationNumber);
    case SubmitStatus::CheckFailed:
        return checkFailedResponse(request, submit.form, result.check);
    case SubmitStatus::OtpRejected:
        return submitOtpRejected(request, result.otp);
    }
    return internalErrorResponse(request, u"Unhandled submit status"_s);
}

Response listApplications(ServerContext &context, const Request &request)
{
    Session session;
    Response failure;
    if (!authenticateConsumer(context, request, &session, nullptr, &failure))
        return failure;
    QList<ApplicationRecord> applications;
    QString error;
    if (!ApplicationStore::listForMobile(context.database(), session.consumerMobile, &applications, &error))
        return internalErrorResponse(request, error);
    const ResponseLanguage language = responseLanguage(request);
    QHash<QString, OfficeNames> offices;
    QJsonArray list;
    for (const ApplicationRecord &application : std::as_const(applications)) {
        if (!offices.contains(application.dcCode)) {
            OfficeNames names;
            if (!loadOfficeNames(context.database(), application.dcCode, &names, &error))
                return internalErrorResponse(request, error);
            offices.insert(application.dcCode, names);
        }
        list.append(applicationJson(application, offices.value(application.dcCode), language));
    }
    return noStore(Response::json(200, QJsonObject{{u"applications"_s, list}}));
}

Response showApplication(ServerContext &context, const Request &request)
{
    Session session;
    Response failure;
    if (!authenticateConsumer(context, request, &session, nullptr, &failure))
        return failure;
    const QString number = request.pathParameter(u"number"_s);
    QString error;
    const std::optional<ApplicationRecord> application =
        ApplicationStore::loadByNumber(context.database(), number, &error);
    if (!error.isEmpty())
        return internalErrorResponse(request, error);
    // Another mobile's application reads as not found, so numbers cannot be probed.
    if (!application || application->mobile != session.consumerMobile) {
        return errorResponse(request, 404, u"application_not_found"_s,
                             {"ApiError",
                              QT_TRANSLATE_NOOP("ApiError", "You have no application numbered %1. Check the number "
                                                            "in the SMS you received."),
                              {number.left(60)}});
    }
    OfficeNames dc;
    if (!loadOfficeNames(context.database(), application->dcCode, &dc, &error))
        return internalErrorResponse(request, error);
    return noStore(Response::json(200, applicationJson(*application, dc, responseLanguage(request))));
}

Response listDistributionCentres(ServerContext &context, const Request &request)
{
    Session session;
    Response failure;
    if (!authenticateConsumer(context, request, &session, nullptr, &failure))
        return failure;
    QString error;
    QSqlDatabase db = context.database().connection(&error);
    if (!db.isOpen())
        return internalErrorResponse(request, error);
    QSqlQuery query(db);
    if (!execPlain(query, u"SELECT code, name, name_hi, parent_code FROM office WHERE type = 'dc' ORDER BY code"_s,
                   &error))
        return internalErrorResponse(request, error);
    QJsonArray dcs;
    while (query.next()) {
        dcs.append(QJsonObject{{u"code"_s, query.value(0).toString()},
                               {u"name"_s, query.value(1).toString()},
                               {u"name_hi"_s, query.value(2).toString()},
                               {u"division_code"_s, query.value(3).toString()}});
    }
    return Response::json(200, QJsonObject{{u"dcs"_s, dcs}});
}

} // namespace

void addConsumerApplicationRoutes(Router &router, ServerContext &context)
{
    router.post(u"/api/v1/consumer/applications/otp"_s,
                [&context](const Request &request) { return requestSubmitOtp(context, request); });
    router.post(u"/api/v1/consumer/applications"_s,
                [&context](const Request &request) { return submitApplication(context, request); });
    router.get(u"/api/v1/consumer/applications"_s,
               [&context](const Request &request) { return listApplications(context, request); });
    router.get(u"/api/v1/consumer/applications/{number}"_s,
               [&context](const Request &request) { return showApplication(context, request); });
    router.get(u"/api/v1/consumer/dcs"_s,
               [&context](const Request &request) { return listDistributionCentres(context, request); });
}

} // namespace nodues::server
