#pragma once

#include <QString>

namespace nodues {

class WriteTransaction;

// Application numbers: "APP/<DC code>/<fiscal year>/<6-digit serial>", e.g.
// "APP/2030201/2026-27/000017", counted per DC and IST fiscal year from 000001.
//
// The counter row is updated inside the caller's transaction, so a rolled-back submission gives
// its serial back and numbers have no gaps. On PostgreSQL the UPDATE locks the DC's counter row
// until the transaction ends, so concurrent submissions to one DC take serials one at a time.
namespace ApplicationNumbering {

// Takes the next serial of dcCode in fiscalYear ("2026-27") and returns the number, or an empty
// string with error set on a database failure.
QString allocate(WriteTransaction &transaction, const QString &dcCode, const QString &fiscalYear, QString *error);

QString format(const QString &dcCode, const QString &fiscalYear, qint64 serial);

} // namespace ApplicationNumbering
} // namespace nodues
