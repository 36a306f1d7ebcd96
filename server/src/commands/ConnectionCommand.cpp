// nodues-server connection show: prints one stored billing connection and its eligibility.

#include "Timestamp.h"
#include "billing/Eligibility.h"
#include "billing/IvrsNumber.h"
#include "billing/Money.h"
#include "commands/Command.h"
#include "commands/CommandSupport.h"
#include "storage/BillingConnectionStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace nodues::server {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionCommand)
};

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject toJson(const BillingRecord &record)
{
    const EligibilityVerdict verdict = evaluateEligibility(record);
    QJsonArray checks;
    for (const CheckResult &check : verdict.checks)
        checks.append(QJsonObject{{u"check"_s, checkCode(check.check)},
                                  {u"passed"_s, check.passed},
                                  {u"applicable"_s, check.applicable},
                                  {u"reason"_s, check.reason.translated()},
                                  {u"remedy"_s, check.remedy.translated()}});

    return QJsonObject{
        {u"ivrs"_s, record.ivrs},
        {u"name"_s, record.name},
        {u"name_hi"_s, record.nameHi},
        {u"relative_name"_s, record.relativeName},
        {u"address"_s, record.address},
        {u"mobile"_s, textOrNull(record.mobile)},
        {u"dc_code"_s, record.dcCode},
        {u"tariff"_s, record.tariff},
        {u"connection_status"_s, toCode(record.connectionStatus)},
        {u"metering"_s, toCode(record.metering)},
        {u"meter_status"_s, record.meterStatus ? QJsonValue(toCode(*record.meterStatus)) : QJsonValue()},
        {u"ekyc"_s, toCode(record.ekyc)},
        // JSON numbers are doubles: exact for any amount below 2^53 paise.
        {u"arrears_paise"_s, record.arrearsPaise},
        {u"arrears"_s, Money::formatRupees(record.arrearsPaise)},
        {u"bill_date"_s, record.billDate.isValid() ? QJsonValue(record.billDate.toString(Qt::ISODate)) : QJsonValue()},
        {u"refreshed_at"_s, Timestamp::toStorage(record.refreshedAt)},
        {u"changed_at"_s, Timestamp::toStorage(record.changedAt)},
        {u"eligibility"_s, QJsonObject{{u"eligible"_s, verdict.eligible}, {u"checks"_s, checks}}},
    };
}

int runConnectionShow(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Print a stored billing connection as JSON, with the eligibility verdict and each check."));
    parser.addPositionalArgument(u"IVRS"_s, Tr::tr("The connection's IVRS number."));
    ServerConfig config;
    if (const int exit = parseCommandLine(parser, arguments, config, 1, 1); exit >= 0)
        return exit;

    const QString ivrs = parser.positionalArguments().constFirst().trimmed();
    QString reason;
    if (!IvrsNumber::isValid(ivrs, &reason)) {
        standardError() << reason << u'\n';
        return ExitFailure;
    }

    QString error;
    const std::unique_ptr<Database> database = config.openDatabase(&error);
    if (!database) {
        standardError() << error << u'\n';
        return ExitFailure;
    }
    const std::optional<BillingRecord> record = BillingConnectionStore::load(*database, ivrs, &error);
    if (!error.isEmpty()) {
        standardError() << Tr::tr("Could not read connection %1: %2").arg(ivrs, error) << u'\n';
        return ExitFailure;
    }
    if (!record) {
        standardError() << Tr::tr("No connection with IVRS number %1 is stored. Check the number, or import the "
                                  "billing file that lists it.")
                               .arg(ivrs)
                        << u'\n';
        return ExitFailure;
    }

    standardOutput() << QString::fromUtf8(QJsonDocument(toJson(*record)).toJson(QJsonDocument::Indented));
    return ExitOk;
}

const CommandRegistrar registrar({u"connection show"_s,
                                  QT_TRANSLATE_NOOP("Commands", "Print a stored connection and its eligibility as JSON"),
                                  runConnectionShow});

} // namespace
} // namespace nodues::server
