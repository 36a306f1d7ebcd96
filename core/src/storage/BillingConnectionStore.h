#pragma once

#include "billing/BillingRecord.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

namespace nodues {

class Database;

// Reads and encodes rows of billing_connection, the stored billing snapshot.
//
// Storage form: enumerations as their export codes ("LIVE", "METERED", ...), mobile NULL when
// the export had none, meter_status NULL for an unmetered connection without one, bill_date as
// "YYYY-MM-DD" text or NULL, refreshed_at and changed_at in Timestamp's storage form.
namespace BillingConnectionStore {

// The columns recordFromQuery() reads, in its order, for a SELECT list.
QString selectColumns();

// The number of columns selectColumns() lists.
constexpr int kSelectedColumnCount = 16;

// Whether recordFromQuery() parses refreshed_at and changed_at. Comparing billed values needs
// neither, and parsing them costs more than the rest of the row together.
enum class Timestamps { Parse, Skip };

// The record in the current row of a query that selected selectColumns() first.
BillingRecord recordFromQuery(const QSqlQuery &query, Timestamps timestamps = Timestamps::Parse);

// Values to bind for a record's nullable columns.
QVariant mobileValue(const BillingRecord &record);
QVariant meterStatusValue(const BillingRecord &record);
QVariant billDateValue(const BillingRecord &record);

// Loads the connection with this IVRS number. Returns nothing with error left empty when there
// is no such connection, and nothing with error set when the query fails.
std::optional<BillingRecord> load(Database &database, const QString &ivrs, QString *error);

} // namespace BillingConnectionStore
} // namespace nodues
