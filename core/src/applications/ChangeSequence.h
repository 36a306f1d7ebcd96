#pragma once

#include <QString>

namespace nodues {

class Database;
class WriteTransaction;

// The global change sequence that officer sync pages by (table change_counter).
//
// next() takes the following value inside the caller's write transaction. On PostgreSQL its
// UPDATE locks the single counter row until that transaction ends, and on SQLite one writer runs
// at a time, so the values become visible in the order they were handed out: a reader that has
// seen value n has seen every change numbered below n. The price is that transactions changing
// applications run one at a time; each holds the row only for its own short write.
namespace ChangeSequence {

// Takes the next value, or returns -1 with error set.
qint64 next(WriteTransaction &transaction, QString *error);

// Sets change_seq of application id to the next value and raises its version by one.
bool touchApplication(WriteTransaction &transaction, qint64 applicationId, QString *error);

// Gives the open applications that name a connection changed by billing import importId (rows
// with that import_id and changed_at == importedAt) the next values, without changing their
// version: the application itself is as the officer saw it, but its checks may differ now, so
// sync must send it again. Returns the number of applications, or -1 with error set.
qint64 touchApplicationsOfImport(WriteTransaction &transaction, qint64 importId, const QString &importedAt,
                                 QString *error);

// The last value handed out and committed, or -1 with error set.
qint64 current(Database &database, QString *error);

} // namespace ChangeSequence
} // namespace nodues
