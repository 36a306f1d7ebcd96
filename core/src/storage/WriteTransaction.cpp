#include "storage/WriteTransaction.h"

#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QLoggingCategory>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcDatabase)

namespace nodues {

WriteTransaction::WriteTransaction(Database &database)
    : m_database(database)
    , m_dialect(database.dialect())
{
}

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        rollback();
}

bool WriteTransaction::begin(QString *error)
{
    QString openError;
    m_db = m_database.connection(&openError);
    if (!m_db.isOpen()) {
        *error = openError;
        return false;
    }

    QSqlQuery query(m_db);
    const QString sql = m_dialect == SqlDialect::Sqlite ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s;
    if (!execPlain(query, sql, error))
        return false;
    m_active = true;
    return true;
}

bool WriteTransaction::commit(QString *error)
{
    if (!m_active) {
        *error = u"commit() called without an active transaction"_s;
        return false;
    }
    QSqlQuery query(m_db);
    if (!execPlain(query, u"COMMIT"_s, error)) {
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    QSqlQuery query(m_db);
    QString error;
    if (!execPlain(query, u"ROLLBACK"_s, &error))
        qCWarning(lcDatabase) << "Rollback failed:" << error;
}

} // namespace nodues
