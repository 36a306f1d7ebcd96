#include "storage/ReadSnapshot.h"

#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QLoggingCategory>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace nodues {

ReadSnapshot::ReadSnapshot(Database &database) : m_database(database) {}

ReadSnapshot::~ReadSnapshot()
{
    if (!m_active)
        return;
    QSqlQuery query(m_db);
    QString error;
    if (!execPlain(query, u"COMMIT"_s, &error))
        qWarning("Ending a read snapshot failed: %s", qPrintable(error));
}

bool ReadSnapshot::begin(QString *error)
{
    m_db = m_database.connection(error);
    if (!m_db.isOpen())
        return false;
    QSqlQuery query(m_db);
    const QString sql = m_database.isSqlite() ? u"BEGIN"_s : u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s;
    if (!execPlain(query, sql, error))
        return false;
    m_active = true;
    return true;
}

} // namespace nodues
