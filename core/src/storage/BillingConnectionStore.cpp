#include "storage/BillingConnectionStore.h"

#include "Timestamp.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

using namespace Qt::Literals::StringLiterals;

namespace nodues::BillingConnectionStore {

namespace {

enum Column {
    Ivrs,
    Name,
    NameHi,
    RelativeName,
    Address,
    Mobile,
    DcCode,
    Tariff,
    ConnectionStatusColumn,
    MeteringColumn,
    MeterStatusColumn,
    Ekyc,
    ArrearsPaise,
    BillDate,
    RefreshedAt,
    ChangedAt,
};

} // namespace

QString selectColumns()
{
    return u"ivrs, name, name_hi, relative_name, address, mobile, dc_code, tariff, connection_status, metering,"
           " meter_status, ekyc, arrears_paise, bill_date, refreshed_at, changed_at"_s;
}

BillingRecord recordFromQuery(const QSqlQuery &query, Timestamps timestamps)
{
    BillingRecord record;
    record.ivrs = query.value(Ivrs).toString();
    record.name = query.value(Name).toString();
    record.nameHi = query.value(NameHi).toString();
    record.relativeName = query.value(RelativeName).toString();
    record.address = query.value(Address).toString();
    record.mobile = query.value(Mobile).toString();
    record.dcCode = query.value(DcCode).toString();
    record.tariff = query.value(Tariff).toString();

    // The CHECK constraints of billing_connection admit only the codes these functions know,
    // so the fallbacks below are never taken for a row the schema accepted.
    record.connectionStatus =
        connectionStatusFromCode(query.value(ConnectionStatusColumn).toString()).value_or(ConnectionStatus::Live);
    record.metering = meteringFromCode(query.value(MeteringColumn).toString()).value_or(Metering::Metered);
    if (!query.value(MeterStatusColumn).isNull())
        record.meterStatus = meterStatusFromCode(query.value(MeterStatusColumn).toString());
    record.ekyc = ekycStatusFromCode(query.value(Ekyc).toString()).value_or(EkycStatus::Pending);

    record.arrearsPaise = query.value(ArrearsPaise).toLongLong();
    if (!query.value(BillDate).isNull())
        record.billDate = QDate::fromString(query.value(BillDate).toString(), Qt::ISODate);
    if (timestamps == Timestamps::Parse) {
        record.refreshedAt = Timestamp::fromStorage(query.value(RefreshedAt).toString());
        record.changedAt = Timestamp::fromStorage(query.value(ChangedAt).toString());
    }
    return record;
}

QVariant mobileValue(const BillingRecord &record)
{
    return record.mobile.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(record.mobile);
}

QVariant meterStatusValue(const BillingRecord &record)
{
    return record.meterStatus ? QVariant(toCode(*record.meterStatus)) : QVariant(QMetaType::fromType<QString>());
}

QVariant billDateValue(const BillingRecord &record)
{
    return record.billDate.isValid() ? QVariant(record.billDate.toString(Qt::ISODate))
                                     : QVariant(QMetaType::fromType<QString>());
}

std::optional<BillingRecord> load(Database &database, const QString &ivrs, QString *error)
{
    error->clear();
    QSqlDatabase db = database.connection(error);
    if (!db.isOpen())
        return std::nullopt;

    QSqlQuery query(db);
    if (!execPrepared(query, u"SELECT "_s + selectColumns() + u" FROM billing_connection WHERE ivrs = :ivrs"_s,
                      {{u"ivrs"_s, ivrs}}, error))
        return std::nullopt;
    if (!query.next())
        return std::nullopt;
    return recordFromQuery(query);
}

} // namespace nodues::BillingConnectionStore
