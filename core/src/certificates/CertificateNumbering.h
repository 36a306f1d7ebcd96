#pragma once

#include <QString>

namespace nodues {

class WriteTransaction;

// Certificate numbers: "NDC/<division code>/<fiscal year>/<6-digit serial>", e.g.
// "NDC/20302/2026-27/000123", counted per division and IST fiscal year from 000001 (table
// certificate_counter). The counter row is updated inside the approval's transaction, so a
// rolled-back approval gives its serial back: numbers are never reused and never skipped. On
// PostgreSQL the UPDATE locks the division's counter row until the transaction ends.
namespace CertificateNumbering {

// Takes the next serial of divisionCode in fiscalYear and returns the number, or an empty string
// with error set on a database failure.
QString allocate(WriteTransaction &transaction, const QString &divisionCode, const QString &fiscalYear, qint64 *serial,
                 QString *error);

QString format(const QString &divisionCode, const QString &fiscalYear, qint64 serial);

} // namespace CertificateNumbering
} // namespace nodues
