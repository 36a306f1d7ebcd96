#include "applications/ApplicationNumbering.h"

#include "storage/SqlUtil.h"
#include "storage/WriteTransaction.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace nodues::ApplicationNumbering {

QString allocate(WriteTransaction &transaction, const QString &dcCode, const QString &fiscalYear, QString *error)
{
    QSqlQuery query(transaction.db());
    const QVariantMap key{{u"dc_code"_s, dcCode}, {u"fiscal_year"_s, fiscalYear}};
    if (!execPrepared(query,
                      u"INSERT INTO application_counter (dc_code, fiscal_year, last_serial)"
                      " VALUES (:dc_code, :fiscal_year, 0) ON CONFLICT (dc_code, fiscal_year) DO NOTHING"_s,
                      key, error))
        return {};
    if (!execPrepared(query,
                      u"UPDATE application_counter SET last_serial = last_serial + 1"
                      " WHERE dc_code = :dc_code AND fiscal_year = :fiscal_year RETURNING last_serial"_s,
                      key, error))
        return {};
    if (!query.next()) {
        *error = u"The application counter of DC %1 for %2 could not be read back"_s.arg(dcCode, fiscalYear);
        return {};
    }
    const qint64 serial = query.value(0).toLongLong();
    query.finish();
    return format(dcCode, fiscalYear, serial);
}

QString format(const QString &dcCode, const QString &fiscalYear, qint64 serial)
{
    return u"APP/%1/%2/%3"_s.arg(dcCode, fiscalYear).arg(serial, 6, 10, QChar(u'0'));
}

} // namespace nodues::ApplicationNumbering
