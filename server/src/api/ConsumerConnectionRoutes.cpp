#include "api/ConsumerConnectionRoutes.h"

#include "Timestamp.h"
#include "api/ConsumerAuthentication.h"
#include "api/ServerContext.h"
#include "billing/Eligibility.h"
#include "billing/MobileNumber.h"
#include "billing/Money.h"
#include "http/Router.h"
#include "storage/BillingConnectionStore.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

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

// The billing rows of mobile, ordered by IVRS, and the names of their DCs.
bool loadConnections(Database &database, const QString &mobile, QList<BillingRecord> *records,
                     QHash<QString, OfficeName> *offices, QString *error)
{
    QSqlDatabase db = database.connection(error);
    if (!db.isOpen())
        return false;
    QSqlQuery query(db);
    if (!execPrepared(query,
                      u"SELECT "_s + BillingConnectionStore::selectColumns() +
                          u" FROM billing_connection WHERE mobile = :mobile ORDER BY ivrs"_s,
                      {{u"mobile"_s, mobile}}, error))
        return false;
    while (query.next())
        records->append(BillingConnectionStore::recordFromQuery(query));

    if (!execPrepared(query,
                      u"SELECT o.code, o.name, o.name_hi FROM office o WHERE o.code IN"
                      " (SELECT b.dc_code FROM billing_connection b WHERE b.mobile = :mobile)"_s,
                      {{u"mobile"_s, mobile}}, error))
        return false;
    while (query.next())
        offices->insert(query.value(0).toString(), {query.value(1).toString(), query.value(2).toString()});
    return true;
}

QString connectionStatusText(ConnectionStatus status)
{
    return toCode(status);
}

QJsonObject connectionJson(const BillingRecord &record, const QHash<QString, OfficeName> &offices, bool *eligible)
{
    const EligibilityVerdict verdict = evaluateEligibility(record);
    QJsonArray checks;
    for (const CheckResult &check : verdict.checks) {
        checks.append(QJsonObject{{u"check"_s, checkCode(check.check)},
                                  {u"title"_s, checkTitle(check.check)},
                                  {u"passed"_s, check.passed},
                                  {u"applicable"_s, check.applicable},
                                  {u"reason"_s, check.reason},
                                  {u"remedy"_s, check.remedy}});
    }
    *eligible = verdict.eligible;
    const OfficeName office = offices.value(record.dcCode);
    return QJsonObject{
        {u"ivrs"_s, record.ivrs},
        {u"name"_s, record.name},
        {u"name_hi"_s, record.nameHi},
        {u"address"_s, record.address},
        {u"dc_code"_s, record.dcCode},
        {u"dc_name"_s, office.name},
        {u"dc_name_hi"_s, office.nameHi},
        {u"connection_status"_s, connectionStatusText(record.connectionStatus)},
        {u"arrears_paise"_s, record.arrearsPaise},
        {u"arrears"_s, Money::formatRupees(record.arrearsPaise)},
        {u"bill_date"_s, record.billDate.isValid() ? QJsonValue(record.billDate.toString(Qt::ISODate))
                                                   : QJsonValue(QJsonValue::Null)},
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
    QHash<QString, OfficeName> offices;
    QString error;
    if (!loadConnections(context.database(), session.consumerMobile, &records, &offices, &error))
        return internalErrorResponse(request, error);

    QJsonArray connections;
    bool allEligible = !records.isEmpty();
    for (const BillingRecord &record : std::as_const(records)) {
        bool eligible = false;
        connections.append(connectionJson(record, offices, &eligible));
        allEligible = allEligible && eligible;
    }
    Response response = Response::json(200, QJsonObject{{u"mobile_masked"_s, MobileNumber::mask(session.consumerMobile)},
                                                        {u"all_eligible"_s, allEligible},
                                                        {u"connections"_s, connections}});
    response.headers.set("Cache-Control"_ba, "no-store"_ba);
    return response;
}

} // namespace

void addConsumerConnectionRoutes(Router &router, ServerContext &context)
{
    router.get(u"/api/v1/consumer/connections"_s,
               [&context](const Request &request) { return listConnections(context, request); });
}

} // namespace nodues::server
