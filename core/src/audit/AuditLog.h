#pragma once

#include <QJsonObject>
#include <QString>

namespace nodues {

class Clock;
class Database;
class WriteTransaction;

// One state change, as written to the audit chain.
struct AuditEntry
{
    QString actor;      // "officer:rkumar", "consumer:98XXXXX210", "admin-cli", "system"
    QString action;     // "billing.import", "officer.add", "application.forward", ...
    QString entityType; // "office", "billing_import", "officer", "application", ...
    QString entityId;
    QJsonObject details; // never a secret: no password, OTP, token or full Aadhaar
};

// The outcome of walking the chain from its first row.
struct AuditVerification
{
    bool intact = false;
    qint64 rowsChecked = 0;
    qint64 firstBrokenSeq = -1; // the first row whose stored hash or link does not match, else -1
    QString problem;            // what is wrong with that row, in English
    // The hash of the last row (64 zeros for an empty chain). Rows cut from the end together with
    // a rewritten head cannot be detected from inside the database. Comparing this value with one
    // recorded elsewhere earlier detects them.
    QString headHash;
};

// The append-only audit chain. Each row's hash is SHA-256 over a canonical JSON array of its
// fields, prev_hash included, so changing, deleting or reordering any row breaks every later
// link and `nodues-server audit verify` names the first broken row.
namespace AuditLog {

// Appends entry inside the caller's transaction, so the change and its audit row commit or
// roll back together. Serializes on the chain's head row.
bool append(WriteTransaction &transaction, const Clock &clock, const AuditEntry &entry, QString *error);

// Takes the chain's head row lock now, for a workflow transaction that will append later and
// takes other locks in between (an application row, the change counter). Taking it first in
// every such transaction gives PostgreSQL one lock order, so two of them cannot deadlock: an OTP
// verification appends, and so locks the head, early in some transactions and late in others.
// The lock lasts until the transaction ends; on SQLite, which runs one writer at a time, this
// does nothing.
bool lockHead(WriteTransaction &transaction, QString *error);

// Walks the whole chain in order of seq, streaming rows.
AuditVerification verify(Database &database, QString *error);

// The SHA-256 hex digest of a row's canonical encoding.
QString rowHash(qint64 seq, const QString &occurredAt, const QString &actor, const QString &action,
                const QString &entityType, const QString &entityId, const QString &details,
                const QString &prevHash);

} // namespace AuditLog
} // namespace nodues
