#include "officers/SignInLockout.h"

#include "Clock.h"
#include "Timestamp.h"
#include "security/SecureRandom.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"
#include "storage/WriteTransaction.h"

#include <QSqlQuery>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace nodues {

namespace {

// The client_address of the row that counts failures from all addresses; no IP address has this
// form.
const QString kAllAddresses = u"*"_s;

struct FailureCount
{
    int failures = 0;
    QDateTime lastFailure;
    QDateTime lockedUntil;

    bool lockedAt(const QDateTime &now) const { return lockedUntil.isValid() && now < lockedUntil; }

    // The count including one more failure at now. A lock that has ended, or a last failure a
    // whole window ago, starts a new count.
    int nextCount(const QDateTime &now, qint64 windowSeconds) const
    {
        const bool stale = (lockedUntil.isValid() && now >= lockedUntil) ||
                           (lastFailure.isValid() && lastFailure.secsTo(now) >= windowSeconds);
        return (stale ? 0 : failures) + 1;
    }
};

QVariant nullableTimestamp(const QDateTime &instant)
{
    return instant.isValid() ? QVariant(Timestamp::toStorage(instant)) : QVariant(QMetaType::fromType<QString>());
}

bool writeCount(QSqlQuery &query, const QString &usernameKey, const QString &clientAddress, int failures,
                const QDateTime &now, const QDateTime &lockedUntil, QString *error)
{
    // lockCount() created and locked the row. The upsert still writes a row that went missing.
    return execPrepared(query,
                        u"INSERT INTO officer_sign_in_failure"
                        " (username_key, client_address, failures, last_failed_at, locked_until)"
                        " VALUES (:key, :address, :failures, :now, :locked_until)"
                        " ON CONFLICT (username_key, client_address) DO UPDATE SET failures = excluded.failures,"
                        " last_failed_at = excluded.last_failed_at, locked_until = excluded.locked_until"_s,
                        {{u"key"_s, usernameKey},
                         {u"address"_s, clientAddress},
                         {u"failures"_s, failures},
                         {u"now"_s, Timestamp::toStorage(now)},
                         {u"locked_until"_s, nullableTimestamp(lockedUntil)}},
                        error);
}

// Creates the failure row of usernameKey and clientAddress if missing, locks it and reads it into
// count. On PostgreSQL the no-op update takes the row lock. On SQLite, BEGIN IMMEDIATE locks the file.
bool lockCount(QSqlQuery &query, const QString &usernameKey, const QString &clientAddress, FailureCount *count,
               QString *error)
{
    if (!execPrepared(query,
                      u"INSERT INTO officer_sign_in_failure (username_key, client_address, failures)"
                      " VALUES (:key, :address, 0)"
                      " ON CONFLICT (username_key, client_address) DO UPDATE"
                      " SET failures = officer_sign_in_failure.failures"
                      " RETURNING failures, last_failed_at, locked_until"_s,
                      {{u"key"_s, usernameKey}, {u"address"_s, clientAddress}}, error))
        return false;
    if (!query.next()) {
        *error = u"The sign-in failure row of address %1 was neither inserted nor returned."_s.arg(clientAddress);
        return false;
    }
    count->failures = query.value(0).toInt();
    count->lastFailure = Timestamp::fromStorage(query.value(1).toString());
    count->lockedUntil = Timestamp::fromStorage(query.value(2).toString());
    // Without finish(), SQLite keeps the statement open and rejects the commit.
    query.finish();
    return true;
}

} // namespace

bool SignInLockoutSettings::validate(QString *error) const
{
    if (maxFailures < 1 || maxFailures > 100) {
        *error = tr("The sign-in lockout after %1 failures is out of range: use 1 to 100.").arg(maxFailures);
        return false;
    }
    if (maxFailuresAllAddresses < maxFailures || maxFailuresAllAddresses > 10000) {
        *error = tr("The sign-in lockout after %1 failures from all addresses is out of range: use %2 (the "
                    "failures per address) to 10000.")
                     .arg(maxFailuresAllAddresses)
                     .arg(maxFailures);
        return false;
    }
    if (lockMinutes < 1 || lockMinutes > 24 * 60) {
        *error = tr("The sign-in lock of %1 minutes is out of range: use 1 to 1440 minutes.").arg(lockMinutes);
        return false;
    }
    return true;
}

SignInLockout::SignInLockout(const Clock &clock, SignInLockoutSettings settings)
    : m_clock(clock)
    , m_settings(settings)
{
}

QString SignInLockout::normalizedUsername(const QString &typed)
{
    return typed.normalized(QString::NormalizationForm_KC).trimmed().toCaseFolded();
}

QString SignInLockout::usernameKey(const QString &typed)
{
    return SecureRandom::sha256Hex(normalizedUsername(typed).toUtf8());
}

bool SignInLockout::countAttempt(WriteTransaction &transaction, const QString &usernameKey,
                                 const QString &clientAddress, SignInAttempt *attempt, QString *error) const
{
    *attempt = SignInAttempt{};
    if (!m_settings.validate(error))
        return false;
    if (clientAddress.trimmed().isEmpty() || clientAddress == kAllAddresses) {
        *error = tr("Could not count the sign-in attempt: the client address \"%1\" is missing or invalid.")
                     .arg(clientAddress);
        return false;
    }

    // Lock the row of all addresses before the address row, as every writer does, so the address
    // row is created only under that lock and no two writers deadlock. The purge never waits.
    // NOTE: a separate INSERT and SELECT ... FOR UPDATE deadlocked on PostgreSQL. A release could
    // delete the address row between them, and a second count then inserted it while waiting.
    QSqlQuery query(transaction.db());
    FailureCount fromAll;
    FailureCount fromAddress;
    if (!lockCount(query, usernameKey, kAllAddresses, &fromAll, error) ||
        !lockCount(query, usernameKey, clientAddress, &fromAddress, error))
        return false;

    // A lock in force refuses the attempt without counting it, so guesses made during the lock
    // neither reveal anything nor extend it.
    const QDateTime now = m_clock.nowUtc();
    const bool addressLocked = fromAddress.lockedAt(now);
    const bool allLocked = fromAll.lockedAt(now);
    if (addressLocked || allLocked) {
        attempt->lockedBefore = true;
        const bool allEndsLater = allLocked && (!addressLocked || fromAll.lockedUntil >= fromAddress.lockedUntil);
        attempt->lockScope = allEndsLater ? SignInLockScope::AllAddresses : SignInLockScope::Address;
        attempt->lockedUntil = allEndsLater ? fromAll.lockedUntil : fromAddress.lockedUntil;
        return true;
    }

    const qint64 windowSeconds = qint64(m_settings.lockMinutes) * 60;
    attempt->countedAt = now;
    attempt->previousFailureAllAddresses = fromAll.lastFailure;
    attempt->failures = fromAddress.nextCount(now, windowSeconds);
    attempt->failuresAllAddresses = fromAll.nextCount(now, windowSeconds);
    const QDateTime lockEnd = now.addSecs(windowSeconds);
    const QDateTime addressLock = attempt->failures >= m_settings.maxFailures ? lockEnd : QDateTime();
    const QDateTime allLock =
        attempt->failuresAllAddresses >= m_settings.maxFailuresAllAddresses ? lockEnd : QDateTime();
    if (allLock.isValid()) {
        attempt->lockScope = SignInLockScope::AllAddresses;
        attempt->lockedAllAddressesNow = true;
    } else if (addressLock.isValid()) {
        attempt->lockScope = SignInLockScope::Address;
    }
    if (attempt->lockScope != SignInLockScope::None)
        attempt->lockedUntil = lockEnd;
    attempt->failuresLeft = std::max(0, std::min(m_settings.maxFailures - attempt->failures,
                                                 m_settings.maxFailuresAllAddresses - attempt->failuresAllAddresses));

    return writeCount(query, usernameKey, kAllAddresses, attempt->failuresAllAddresses, now, allLock, error) &&
           writeCount(query, usernameKey, clientAddress, attempt->failures, now, addressLock, error);
}

bool SignInLockout::releaseAttempt(WriteTransaction &transaction, const QString &usernameKey,
                                   const QString &clientAddress, const SignInAttempt &attempt, QString *error) const
{
    // The row of all addresses first, in the lock order of countAttempt(). A lock this attempt set
    // can be lifted exactly, because while it was in force no other attempt was counted. A lock
    // set by another attempt stays, and so does the time of a later failure.
    QSqlQuery query(transaction.db());
    const QString liftLock = attempt.lockedAllAddressesNow ? u", locked_until = NULL"_s : QString();
    if (!execPrepared(query,
                      u"UPDATE officer_sign_in_failure SET failures = CASE WHEN failures > 0 THEN failures - 1"
                      " ELSE 0 END, last_failed_at = CASE WHEN last_failed_at = :counted_at THEN :previous"
                      " ELSE last_failed_at END"_s +
                          liftLock + u" WHERE username_key = :key AND client_address = :all"_s,
                      {{u"counted_at"_s, Timestamp::toStorage(attempt.countedAt)},
                       {u"previous"_s, nullableTimestamp(attempt.previousFailureAllAddresses)},
                       {u"key"_s, usernameKey},
                       {u"all"_s, kAllAddresses}},
                      error))
        return false;
    return execPrepared(
        query, u"DELETE FROM officer_sign_in_failure WHERE username_key = :key AND client_address = :address"_s,
        {{u"key"_s, usernameKey}, {u"address"_s, clientAddress}}, error);
}

bool SignInLockout::clearUsername(WriteTransaction &transaction, const QString &username, QString *error)
{
    // On PostgreSQL, lock the row of all addresses first, in the lock order of countAttempt().
    const QString key = usernameKey(username);
    QSqlQuery query(transaction.db());
    if (transaction.dialect() == SqlDialect::Postgres) {
        if (!execPrepared(query,
                          u"SELECT 1 FROM officer_sign_in_failure WHERE username_key = :key AND client_address = :all"
                          " FOR UPDATE"_s,
                          {{u"key"_s, key}, {u"all"_s, kAllAddresses}}, error))
            return false;
        query.finish();
    }
    return execPrepared(query, u"DELETE FROM officer_sign_in_failure WHERE username_key = :key"_s, {{u"key"_s, key}},
                        error);
}

qint64 SignInLockout::purgeStale(Database &database, QString *error) const
{
    const QDateTime now = m_clock.nowUtc();
    const QDateTime windowStart = now.addSecs(-qint64(m_settings.lockMinutes) * 60);
    WriteTransaction transaction(database);
    if (!transaction.begin(error))
        return -1;
    // On PostgreSQL, rows that a sign-in holds are skipped rather than waited for, so the purge
    // cannot deadlock with one; the next pass takes them.
    const QString skipLocked = transaction.dialect() == SqlDialect::Postgres ? u" FOR UPDATE SKIP LOCKED"_s : QString();
    QSqlQuery query(transaction.db());
    if (!execPrepared(query,
                      u"DELETE FROM officer_sign_in_failure WHERE (username_key, client_address) IN"
                      " (SELECT username_key, client_address FROM officer_sign_in_failure"
                      " WHERE (locked_until IS NOT NULL AND locked_until <= :now)"
                      " OR (locked_until IS NULL AND (last_failed_at IS NULL OR last_failed_at <= :window_start))"_s +
                          skipLocked + u")"_s,
                      {{u"now"_s, Timestamp::toStorage(now)}, {u"window_start"_s, Timestamp::toStorage(windowStart)}},
                      error))
        return -1;
    const qint64 deleted = query.numRowsAffected();
    if (!transaction.commit(error))
        return -1;
    return deleted;
}

} // namespace nodues
