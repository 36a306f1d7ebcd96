#include "storage/SqlUtil.h"

#include <QSqlError>

using namespace Qt::Literals::StringLiterals;

namespace nodues {

QString describeSqlError(const QSqlQuery &query, const QString &sql)
{
    const QString firstLine = sql.trimmed().section(u'\n', 0, 0);
    return u"%1 [%2]"_s.arg(query.lastError().text(), firstLine);
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
