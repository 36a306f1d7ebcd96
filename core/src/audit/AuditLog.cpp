#include "audit/AuditLog.h"

#include "Clock.h"
#include "Timestamp.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"
#include "storage/WriteTransaction.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace nodues::AuditLog {

QString rowHash(qint64 seq, const QString &occurredAt, const QString &actor, const QString &action,
                const QString &entityType, const QString &entityId, const QString &details,
                const QString &prevHash)
{
    // A JSON array makes field boundaries unambiguous; seq goes in as a string so numbers
    // beyond 2^53 cannot be rounded by the encoder.
    const QJsonArray fields{QString::number(seq), occurredAt, actor, action, entityType, entityId, details, prevHash};
    const QByteArray canonical = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

bool lockHead(WriteTransaction &transaction, QString *error)
{
    if (transaction.dialect() != SqlDialect::Postgres)
        return true;
    QSqlQuery query(transaction.db());
    if (!execPlain(query, u"SELECT last_seq FROM audit_head WHERE id = 1 FOR UPDATE"_s, error))
        return false;
    query.finish();
    return true;
}

bool append(WriteTransaction &transaction, const Clock &clock, const AuditEntry &entry, QString *error)
{
    QSqlQuery query(transaction.db());

    const QString headSql = transaction.dialect() == SqlDialect::Postgres
        ? u"SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE"_s
        : u"SELECT last_seq, last_hash FROM audit_head WHERE id = 1"_s;
    if (!execPlain(query, headSql, error))
        return false;
    if (!query.next()) {
        *error = u"The audit chain has no head row; run nodues-server init."_s;
        return false;
    }
    const qint64 seq = query.value(0).toLongLong() + 1;
    const QString prevHash = query.value(1).toString();

    // QJsonObject keeps its keys sorted, so the compact form is canonical.
    const QString details = QString::fromUtf8(QJsonDocument(entry.details).toJson(QJsonDocument::Compact));
    const QString occurredAt = Timestamp::toStorage(clock.nowUtc());
    const QString hash = rowHash(seq, occurredAt, entry.actor, entry.action, entry.entityType, entry.entityId,
                                 details, prevHash);

    if (!execPrepared(query,
                      u"INSERT INTO audit_log (seq, occurred_at, actor, action, entity_type, entity_id, details,"
                      " prev_hash, hash) VALUES (:seq, :occurred_at, :actor, :action, :entity_type, :entity_id,"
                      " :details, :prev_hash, :hash)"_s,
                      {{u"seq"_s, seq},
                       {u"occurred_at"_s, occurredAt},
                       {u"actor"_s, entry.actor},
                       {u"action"_s, entry.action},
                       {u"entity_type"_s, entry.entityType},
                       {u"entity_id"_s, entry.entityId},
                       {u"details"_s, details},
                       {u"prev_hash"_s, prevHash},
                       {u"hash"_s, hash}},
                      error))
        return false;
    return execPrepared(query, u"UPDATE audit_head SET last_seq = :seq, last_hash = :hash WHERE id = 1"_s,
                        {{u"seq"_s, seq}, {u"hash"_s, hash}}, error);
}

AuditVerification verify(Database &database, QString *error)
{
    AuditVerification result;
    QSqlDatabase db = database.connection(error);
    if (!db.isOpen())
        return result;

    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!execPlain(query,
                   u"SELECT seq, occurred_at, actor, action, entity_type, entity_id, details, prev_hash, hash"
                   " FROM audit_log ORDER BY seq"_s,
                   error))
        return result;

    QString expectedPrev = QString(64, u'0');
    qint64 expectedSeq = 1;
    auto fail = [&result](qint64 seq, const QString &problem) {
        result.firstBrokenSeq = seq;
        result.problem = problem;
        return result;
    };

    while (query.next()) {
        const qint64 seq = query.value(0).toLongLong();
        const QString prevHash = query.value(7).toString();
        const QString storedHash = query.value(8).toString();

        if (seq != expectedSeq)
            return fail(seq, u"expected row %1 but found row %2: a row is missing or was inserted"_s.arg(expectedSeq).arg(seq));
        if (prevHash != expectedPrev)
            return fail(seq, u"prev_hash does not match the hash of row %1"_s.arg(seq - 1));
        const QString computed = rowHash(seq, query.value(1).toString(), query.value(2).toString(),
                                         query.value(3).toString(), query.value(4).toString(),
                                         query.value(5).toString(), query.value(6).toString(), prevHash);
        if (computed != storedHash)
            return fail(seq, u"the row's contents do not match its stored hash: it was edited"_s);

        expectedPrev = storedHash;
        ++expectedSeq;
        ++result.rowsChecked;
    }

    // The head must point at the last row, or rows were removed from the end.
    QSqlQuery head(db);
    if (!execPlain(head, u"SELECT last_seq, last_hash FROM audit_head WHERE id = 1"_s, error) || !head.next())
        return result;
    if (head.value(0).toLongLong() != expectedSeq - 1 || head.value(1).toString() != expectedPrev)
        return fail(expectedSeq, u"the chain ends at row %1 but its head records row %2: rows were removed from the end"_s
                                     .arg(expectedSeq - 1)
                                     .arg(head.value(0).toLongLong()));

    result.intact = true;
    result.headHash = expectedPrev;
    return result;
}

} // namespace nodues::AuditLog
