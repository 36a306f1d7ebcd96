#include "api/CertificatePrintRoutes.h"

#include "Clock.h"
#include "Timestamp.h"
#include "api/ApiLogging.h"
#include "api/ConsumerAuthentication.h"
#include "api/JsonFields.h"
#include "api/OfficerAuthentication.h"
#include "api/ServerContext.h"
#include "certificates/CertificatePrints.h"
#include "http/ApiError.h"
#include "http/JsonBody.h"
#include "http/Router.h"
#include "storage/WriteTransaction.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace nodues::server {

namespace {

const QList<OfficerRole> kPrinters{OfficerRole::Clerk, OfficerRole::DivisionOfficer, OfficerRole::Admin};
// The maximum length of a rejected value that an error message repeats.
constexpr qsizetype kQuotedValueLength = 60;

Response invalidField(const Request &request, const QString &code, const char *message, const QString &value)
{
    return errorResponse(request, 400, code, {"ApiError", message, {value.left(kQuotedValueLength)}});
}

// Reads and checks the body's members. Returns false with failure set to the 400 or 415 to send.
bool readReport(const Request &request, const QDateTime &now, PrintReport *report, Response *failure)
{
    QJsonObject body;
    if (!parseJsonObjectBody(request, &body, failure))
        return false;
    QString printId;
    QString printedAt;
    QString state;
    if (!requireStringField(request, body, u"print_id"_s, &printId, failure))
        return false;
    if (!CertificatePrints::isValidPrintId(printId)) {
        *failure = invalidField(request, u"invalid_print_id"_s,
                                QT_TRANSLATE_NOOP("ApiError", "The print id \"%1\" is not a UUID. Send the UUID of "
                                                              "the print entry, such as "
                                                              "3f2b8c1e-9a4d-4e7b-8c2f-1d6a5e9b0c47."),
                                printId);
        return false;
    }
    report->printId = printId.toLower();

    const QJsonValue copy = body.value(u"copy_number"_s);
    if (copy.isUndefined() || copy.isNull()) {
        *failure = errorResponse(request, 400, u"missing_field"_s,
                                 {"ApiError",
                                  QT_TRANSLATE_NOOP("ApiError", "The field \"%1\" is missing; send it as a whole "
                                                                "number."),
                                  {u"copy_number"_s}});
        return false;
    }
    if (!copy.isDouble() || copy.toDouble() != double(copy.toInteger()) ||
        !CertificatePrints::isValidCopyNumber(copy.toInteger())) {
        QString rejectedValue = jsonTypeName(copy);
        if (copy.isDouble())
            rejectedValue = QString::number(copy.toDouble());
        else if (copy.isString())
            rejectedValue = u'"' + copy.toString().left(kQuotedValueLength) + u'"';
        *failure = errorResponse(
            request, 400, u"invalid_copy_number"_s,
            {"ApiError",
             QT_TRANSLATE_NOOP("ApiError", "The copy number %1 is not valid. Send the number the "
                                           "page carries as a whole number from 0 (the "
                                           "original) to %2."),
             {rejectedValue.left(kQuotedValueLength), QString::number(CertificatePrints::kMaxCopyNumber)}});
        return false;
    }
    report->copyNumber = int(copy.toInteger());

    if (!requireStringField(request, body, u"printed_at"_s, &printedAt, failure))
        return false;
    report->printedAt = Timestamp::fromStorage(printedAt);
    if (!report->printedAt.isValid()) {
        *failure = invalidField(request, u"invalid_printed_at"_s,
                                QT_TRANSLATE_NOOP("ApiError", "The print time \"%1\" is not a UTC instant. Send it in "
                                                              "the form 2026-12-04T10:10:00.000Z."),
                                printedAt);
        return false;
    }
    if (!CertificatePrints::isPlausiblePrintTime(report->printedAt, now)) {
        *failure = errorResponse(request, 400, u"invalid_printed_at"_s,
                                 {"ApiError",
                                  QT_TRANSLATE_NOOP("ApiError", "The print time %1 IST is more than a day after the "
                                                                "server's time, %2 IST. Correct the date and time of "
                                                                "the PC that printed."),
                                  {Timestamp::istDateTime(report->printedAt), Timestamp::istDateTime(now)}});
        return false;
    }

    if (!requireStringField(request, body, u"state"_s, &state, failure))
        return false;
    const std::optional<ReportedPrintState> parsedState = reportedPrintStateFromCode(state);
    if (!parsedState) {
        *failure = invalidField(request, u"invalid_print_state"_s,
                                QT_TRANSLATE_NOOP("ApiError", "The print state \"%1\" is not valid. Send \"printed\" "
                                                              "or \"unconfirmed\"."),
                                state);
        return false;
    }
    report->state = *parsedState;
    return true;
}

Response printResponse(int status, const PrintRecordResult &result, const QString &outcome)
{
    const StoredPrint &print = result.print;
    const QJsonValue highest = result.summary.highestCopyNumber < 0 ? QJsonValue(QJsonValue::Null)
                                                                    : QJsonValue(result.summary.highestCopyNumber);
    return Response::json(status, QJsonObject{{u"number"_s, print.certificateNumber},
                                              {u"application_number"_s, result.applicationNumber},
                                              {u"print_id"_s, print.printId},
                                              {u"copy_number"_s, print.copyNumber},
                                              {u"printed_at"_s, Timestamp::toStorage(print.printedAt)},
                                              {u"received_at"_s, Timestamp::toStorage(print.receivedAt)},
                                              {u"state"_s, reportedPrintStateCode(print.state)},
                                              {u"officer"_s, print.officer},
                                              {u"after_revocation"_s, print.afterRevocation},
                                              {u"print_count"_s, result.summary.count},
                                              {u"highest_copy_number"_s, highest},
                                              {u"status"_s, outcome}});
}

Response recordPrint(ServerContext &context, const Request &request)
{
    OfficerCaller caller;
    Response failure;
    if (!authenticateOfficer(context, request, kPrinters, &caller, &failure))
        return failure;
    const QString number = request.pathParameter(u"number"_s);
    PrintReport report;
    if (!readReport(request, context.clock().nowUtc(), &report, &failure))
        return failure;

    QString error;
    WriteTransaction transaction(context.database());
    PrintRecordResult result;
    if (!transaction.begin(&error) || !CertificatePrints::record(transaction, context.clock(), caller.officer,
                                                                 caller.jurisdiction, number, report, &result, &error))
        return internalErrorResponse(request, error);
    switch (result.status) {
    case PrintRecordStatus::Recorded:
        if (!transaction.commit(&error))
            return internalErrorResponse(request, error);
        if (result.print.afterRevocation) {
            qCWarning(lcApi).noquote() << "Officer" << caller.officer.username << "reported copy"
                                       << result.print.copyNumber << "of revoked certificate" << number
                                       << "printed after its revocation";
        }
        qCInfo(lcApi).noquote() << "Officer" << caller.officer.username << "reported copy" << result.print.copyNumber
                                << "of certificate" << number << "as" << reportedPrintStateCode(result.print.state);
        return printResponse(201, result, u"recorded"_s);
    case PrintRecordStatus::AlreadyRecorded:
        return printResponse(200, result, u"already_recorded"_s);
    case PrintRecordStatus::PrintIdConflict:
        qCInfo(lcApi).noquote() << "Officer" << caller.officer.username << "reported print" << report.printId
                                << "of certificate" << number << "with content other than its record";
        return errorResponse(request, 409, u"print_id_conflict"_s,
                             {"ApiError",
                              QT_TRANSLATE_NOOP("ApiError", "The print id %1 was already recorded for another print "
                                                            "(another certificate, copy number, time, state or "
                                                            "officer). Give each print entry a new UUID."),
                              {report.printId}});
    case PrintRecordStatus::NotFound:
        return errorResponse(request, 404, u"certificate_not_found"_s,
                             {"ApiError",
                              QT_TRANSLATE_NOOP("ApiError", "No certificate numbered %1 belongs to an application "
                                                            "of your office. Check the number, or sync to refresh "
                                                            "your queue."),
                              {number.left(kQuotedValueLength)}});
    case PrintRecordStatus::NotPublished:
        return errorResponse(request, 409, u"certificate_not_published"_s,
                             {"ApiError",
                              QT_TRANSLATE_NOOP("ApiError", "The signed PDF of certificate %1 has not been uploaded "
                                                            "yet, so its print cannot be recorded. Send the print "
                                                            "again after the upload."),
                              {number}});
    case PrintRecordStatus::InvalidReport:
        break;
    }
    return internalErrorResponse(request, u"A print report passed the route's checks but not the core's"_s);
}

} // namespace

void addCertificatePrintRoutes(Router &router, ServerContext &context)
{
    router.post(u"/api/v1/officer/certificates/{number}/prints"_s,
                [&context](const Request &request) { return recordPrint(context, request); });
}

} // namespace nodues::server
