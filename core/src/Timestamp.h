#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace nodues {

// Stored instants are UTC text of fixed width, "2026-12-04T19:51:22.123Z", so they sort and
// compare the same way on SQLite and PostgreSQL. People see IST (Asia/Kolkata) as DD-MM-YYYY.
namespace Timestamp {

QString toStorage(const QDateTime &instant);
// Returns an invalid QDateTime when text is not in the storage form.
QDateTime fromStorage(const QString &text);

QDateTime toIst(const QDateTime &instant);
// "04-12-2026" for an instant that falls on that IST calendar day.
QString istDate(const QDateTime &instant);
// "04-12-2026 01:05" in IST.
QString istDateTime(const QDateTime &instant);

// The Indian fiscal year (1 April to 31 March, by the IST date) as "2026-27".
QString fiscalYear(const QDateTime &instant);

} // namespace Timestamp
} // namespace nodues
