#include "applications/ChangeSequence.h"

#include "storage/Database.h"
#include "storage/SqlUtil.h"
#include "storage/WriteTransaction.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace nodues::ChangeSequence {

qint64 next(WriteTransaction &transaction, QString *error)
{
    QSqlQuery query(transaction.db());
    if (!execPlain(query, u"UPDATE change_counter SET value = value + 1 WHERE id = 1 RETURNING value"_s, error))
        return -1;
    if (!query.next()) {
        *error = u"The change counter row is missing; run nodues-server init"_s;
        return -1;
    }
    const qint64 value = query.value(0).toLongLong();
    query.finish();
    return value;
}

bool touchApplication(WriteTransaction &transaction, qint64 applicationId, QString *error)
{
    const qint64 value = next(transaction, error);
    if (value < 0)
        return false;
    QSqlQuery query(transaction.db());
    if (!execPrepared(query, u"UPDATE application SET change_seq = :seq, version = version + 1 WHERE id = :id"_s,
                      {{u"seq"_s, value}, {u"id"_s, applicationId}}, error))
        return false;
    if (query.numRowsAffected() != 1) {
        *error = u"Application %1 does not exist"_s.arg(applicationId);
        return false;
    }
    return true;
}

qint64 touchApplicationsOfImport(WriteTransaction &transaction, qint64 importId, const QString &importedAt,
                                 QString *error)
{
    QSqlQuery query(transaction.db());
    if (!execPrepared(query,
                      u"SELECT DISTINCT a.id FROM application a"
                      " JOIN application_connection ac ON ac.application_id = a.id"
                      " JOIN billing_connection b ON b.ivrs = ac.ivrs"
                      " WHERE b.import_id = :import AND b.changed_at = :imported_at"
                      " AND a.status IN ('submitted', 'forwarded', 'approved') ORDER BY a.id"_s,
                      {{u"import"_s, importId}, {u"imported_at"_s, importedAt}}, error))
        return -1;
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    query.finish();
    for (const qint64 id : std::as_const(ids)) {
        const qint64 value = next(transaction, error);
        if (value < 0 || !execPrepared(query, u"UPDATE application SET change_seq = :seq WHERE id = :id"_s,
                                       {{u"seq"_s, value}, {u"id"_s, id}}, error))
            return -1;
    }
    return ids.size();
}

qint64 current(Database &database, QString *error)
{
    QSqlDatabase db = database.connection(error);
    if (!db.isOpen())
        return -1;
    QSqlQuery query(db);
    if (!execPlain(query, u"SELECT value FROM change_counter WHERE id = 1"_s, error))
        return -1;
    if (!query.next()) {
        *error = u"The change counter row is missing; run nodues-server init"_s;
        return -1;
    }
    return query.value(0).toLongLong();
}

} // namespace nodues::ChangeSequence
