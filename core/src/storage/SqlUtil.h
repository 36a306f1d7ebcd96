#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariantMap>

namespace nodues {

// Prepares and executes a statement with named placeholders (":name"); on failure sets error to
// the driver's message together with the statement's first line, and returns false.
bool execPrepared(QSqlQuery &query, const QString &sql, const QVariantMap &values, QString *error);

// Executes a statement that takes no values.
bool execPlain(QSqlQuery &query, const QString &sql, QString *error);

// The driver's error text for a failed query, with the first line of the SQL for context.
QString describeSqlError(const QSqlQuery &query, const QString &sql);

} // namespace nodues
