#include "applications/IdempotencyStore.h"

#include "Clock.h"
#include "Timestamp.h"
#include "storage/SqlUtil.h"
#include "storage/WriteTransaction.h"

#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace nodues::IdempotencyStore {

bool isValidKey(const QString &key)
{
    static const QRegularExpression shape(u"^[A-Za-z0-9_-]{8,100}$"_s);
    return shape.match(key).hasMatch();
}

std::optional<Record> find(WriteTransaction &transaction, qint64 officerId, const QString &key, QString *error)
{
    error->clear();
    QSqlQuery query(transaction.db());
    if (!execPrepared(query,
                      u"SELECT request_sha256, response_status, response_body FROM idempotency_record"
                      " WHERE officer_id = :officer AND idempotency_key = :key"_s,
                      {{u"officer"_s, officerId}, {u"key"_s, key}}, error))
        return std::nullopt;
    if (!query.next())
        return std::nullopt;
    Record record{query.value(0).toString(), query.value(1).toInt(), query.value(2).toString().toUtf8()};
    query.finish();
    return record;
}

bool save(WriteTransaction &transaction, const Clock &clock, qint64 officerId, const QString &key, const Record &record,
          QString *error)
{
    QSqlQuery query(transaction.db());
    return execPrepared(query,
                        u"INSERT INTO idempotency_record (officer_id, idempotency_key, request_sha256,"
                        " response_status, response_body, created_at) VALUES (:officer, :key, :sha256, :status,"
                        " :body, :now)"_s,
                        {{u"officer"_s, officerId},
                         {u"key"_s, key},
                         {u"sha256"_s, record.requestSha256},
                         {u"status"_s, record.status},
                         {u"body"_s, QString::fromUtf8(record.body)},
                         {u"now"_s, Timestamp::toStorage(clock.nowUtc())}},
                        error);
}

} // namespace nodues::IdempotencyStore
