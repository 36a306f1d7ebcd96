#include "storage/SqlUtil.h"

#include <QRegularExpression>
#include <QSqlError>

using namespace Qt::Literals::StringLiterals;

namespace nodues {

// The driver's message without the values of the statement: QPSQL formats bound values into the
// SQL text, and PostgreSQL quotes that text back ("LINE 1: ... '9876543210' ...", "at or near
// ...", "DETAIL: Key (mobile)=(...)"), which would put mobiles and names into the log.
QString describeSqlError(const QSqlQuery &query, const QString &sql)
{
    static const QRegularExpression nearValue(u"\\s+at or near \"[^\"]*\"?"_s);
    QString message = query.lastError().databaseText().section(u'\n', 0, 0).trimmed();
    message.remove(nearValue);
    if (message.isEmpty())
        message = query.lastError().driverText();
    const QString firstLine = sql.trimmed().section(u'\n', 0, 0);
    return u"%1 [%2]"_s.arg(message, firstLine);
}

bool execPrepared(QSqlQuery &query, const QString &sql, const QVariantMap &values, QString *error)
{
    if (!query.prepare(sql)) {
        *error = describeSqlError(query, sql);
        return false;
    }
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        query.bindValue(u':' + it.key(), it.value());
    if (!query.exec()) {
        *error = describeSqlError(query, sql);
        return false;
    }
    return true;
}

bool execPlain(QSqlQuery &query, const QString &sql, QString *error)
{
    if (!query.exec(sql)) {
        *error = describeSqlError(query, sql);
        return false;
    }
    return true;
}

} // namespace nodues
