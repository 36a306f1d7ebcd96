#include "certificates/CertificateNumbering.h"

#include "storage/SqlUtil.h"
#include "storage/WriteTransaction.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace nodues::CertificateNumbering {

QString allocate(WriteTransaction &transaction, const QString &divisionCode, const QString &fiscalYear, qint64 *serial,
                 QString *error)
{
    QSqlQuery query(transaction.db());
    const QVariantMap key{{u"division"_s, divisionCode}, {u"fiscal_year"_s, fiscalYear}};
    if (!execPrepared(query,
                      u"INSERT INTO certificate_counter (division_code, fiscal_year, last_serial)"
                      " VALUES (:division, :fiscal_year, 0) ON CONFLICT (division_code, fiscal_year) DO NOTHING"_s,
                      key, error) ||
        !execPrepared(query,
                      u"UPDATE certificate_counter SET last_serial = last_serial + 1"
                      " WHERE division_code = :division AND fiscal_year = :fiscal_year RETURNING last_serial"_s,
                      key, error))
        return {};
    if (!query.next()) {
        *error =
            u"The certificate counter of division %1 for %2 could not be read back"_s.arg(divisionCode, fiscalYear);
        return {};
    }
    *serial = query.value(0).toLongLong();
    query.finish();
    return format(divisionCode, fiscalYear, *serial);
}

QString format(const QString &divisionCode, const QString &fiscalYear, qint64 serial)
{
    return u"NDC/%1/%2/%3"_s.arg(divisionCode, fiscalYear).arg(serial, 6, 10, QChar(u'0'));
}

} // namespace nodues::CertificateNumbering
