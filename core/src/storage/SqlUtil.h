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

// Returns text, or an empty (non-null) string for a null QString: Qt Sql binds a null QString as
// SQL NULL, which a NOT NULL DEFAULT '' column rejects.
inline QString emptyIfNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// The driver's error text for a failed query, with the first line of the SQL for context.
QString describeSqlError(const QSqlQuery &query, const QString &sql);

} // namespace nodues
