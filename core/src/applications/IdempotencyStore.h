#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace nodues {

class Clock;
class WriteTransaction;

// The first answer to each officer action by idempotency key (table idempotency_record), so a
// repeated request (a retry after a timeout, a double click, a queued action sent again after a
// network cut) returns that answer and changes nothing a second time.
//
// The record is written in the transaction of the action itself. When two requests with one key
// run at once, the second one's INSERT fails on the primary key once the first commits; the caller
// rolls back and reads the first answer with find().
namespace IdempotencyStore {

struct Record
{
    QString requestSha256; // digest of the request: method, path and canonical body
    int status = 0;
    QByteArray body;
};

// A key is 8 to 100 characters: letters, digits, '-' and '_' (a UUID fits).
bool isValidKey(const QString &key);

// The record of (officerId, key), or nothing (with error left empty) when there is none.
std::optional<Record> find(WriteTransaction &transaction, qint64 officerId, const QString &key, QString *error);

bool save(WriteTransaction &transaction, const Clock &clock, qint64 officerId, const QString &key, const Record &record,
          QString *error);

} // namespace IdempotencyStore
} // namespace nodues
