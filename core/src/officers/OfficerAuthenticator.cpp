#include "officers/OfficerAuthenticator.h"

#include "Clock.h"
#include "Timestamp.h"
#include "audit/AuditLog.h"
#include "officers/OfficerStore.h"
#include "security/SecureRandom.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"
#include "storage/WriteTransaction.h"

#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcOfficers)

namespace nodues {

namespace {

// A hash of a random password, made once per cost, to verify against when the username is
// unknown or the account is locked, so those checks take as long as a real one.
QString dummyHash(PasswordHasher::Cost cost)
{
    static QMutex mutex;
    static QHash<int, QString> hashes;
    const QMutexLocker locker(&mutex);
    QString &hash = hashes[static_cast<int>(cost)];
    if (hash.isEmpty()) {
        QString error;
        hash = PasswordHasher::hash(SecureRandom::bytes(24).toBase64(), cost, &error);
        if (hash.isEmpty())
            qCWarning(lcOfficers) << "Could not make the dummy password hash:" << error;
    }
    return hash;
}

// The outcome of reserving one attempt.
struct Reservation
{
    bool lockedBefore = false; // the account was already locked; nothing was counted
    int failures = 0;          // the count including this attempt
    QDateTime lockedUntil;     // set when this attempt locked the account, or when it was locked
};

} // namespace

bool SignInLockoutSettings::validate(QString *error) const
{
    if (maxFailures < 1 || maxFailures > 100) {
        *error = tr("The sign-in lockout after %1 failures is out of range: use 1 to 100.").arg(maxFailures);
        return false;
    }
    if (lockMinutes < 1 || lockMinutes > 24 * 60) {
        *error = tr("The sign-in lock of %1 minutes is out of range: use 1 to 1440 minutes.").arg(lockMinutes);
        return false;
    }
    return true;
}

OfficerAuthenticator::OfficerAuthenticator(Database &database, const Clock &clock, SignInLockoutSettings settings,
                                           PasswordHasher::Cost cost)
    : m_database(database)
    , m_clock(clock)
    , m_settings(settings)
    , m_cost(cost)
{
}

bool OfficerAuthenticator::checkPassword(const QString &username, const QByteArray &password,
                                         const QString &clientAddress, PasswordCheckResult *result, QString *error)
{
    *result = PasswordCheckResult{};
    if (!m_settings.validate(error))
        return false;

    // Count the attempt before checking the password: parallel guesses each take one of the
    // allowed failures, so no burst can test more than maxFailures passwords per lock window.
    WriteTransaction transaction(m_database);
    if (!transaction.begin(error))
        return false;
    QSqlQuery query(transaction.db());
    const QString lock = transaction.dialect() == SqlDialect::Postgres ? u" FOR UPDATE"_s : QString();
    if (!execPrepared(query,
                      u"SELECT id, password_hash, failed_sign_ins, locked_until, last_failed_sign_in_at"
                      " FROM officer WHERE username = :username"_s +
                          lock,
                      {{u"username"_s, username}}, error))
        return false;
    if (!query.next()) {
        query.finish();
        transaction.rollback();
        PasswordHasher::verify(dummyHash(m_cost), password);
        qCInfo(lcOfficers) << "Password sign-in from" << clientAddress << "named an unknown username";
        result->status = PasswordCheckStatus::WrongCredentials;
        return true;
    }
    const qint64 officerId = query.value(0).toLongLong();
    const QString storedHash = query.value(1).toString();
    const int storedFailures = query.value(2).toInt();
    const QDateTime lockedUntil = Timestamp::fromStorage(query.value(3).toString());
    const QDateTime lastFailure = Timestamp::fromStorage(query.value(4).toString());
    query.finish();

    const QDateTime now = m_clock.nowUtc();
    const qint64 windowSeconds = qint64(m_settings.lockMinutes) * 60;
    Reservation reservation;
    if (lockedUntil.isValid() && now < lockedUntil) {
        reservation.lockedBefore = true;
        reservation.lockedUntil = lockedUntil;
    } else {
        // A lock that has run out, or a last failure older than the window, starts a new count.
        const bool stale = (lockedUntil.isValid() && now >= lockedUntil) ||
                           (lastFailure.isValid() && lastFailure.secsTo(now) >= windowSeconds);
        reservation.failures = (stale ? 0 : storedFailures) + 1;
        if (reservation.failures >= m_settings.maxFailures)
            reservation.lockedUntil = now.addSecs(windowSeconds);
        const QVariant lockValue = reservation.lockedUntil.isValid()
                                       ? QVariant(Timestamp::toStorage(reservation.lockedUntil))
                                       : QVariant(QMetaType::fromType<QString>());
        if (!execPrepared(query,
                          u"UPDATE officer SET failed_sign_ins = :failures, locked_until = :locked_until,"
                          " last_failed_sign_in_at = :now WHERE id = :id"_s,
                          {{u"failures"_s, reservation.failures},
                           {u"locked_until"_s, lockValue},
                           {u"now"_s, Timestamp::toStorage(now)},
                           {u"id"_s, officerId}},
                          error))
            return false;
    }
    if (!transaction.commit(error))
        return false;

    // A locked account returns LockedOut whatever the password. The dummy check keeps the time.
    if (reservation.lockedBefore) {
        PasswordHasher::verify(dummyHash(m_cost), password);
        qCInfo(lcOfficers) << "Password sign-in of locked officer" << username << "from" << clientAddress;
        result->status = PasswordCheckStatus::LockedOut;
        result->lockedUntil = reservation.lockedUntil;
        return true;
    }

    if (!PasswordHasher::verify(storedHash, password)) {
        if (!recordFailure(username, clientAddress, reservation.failures, reservation.lockedUntil, error))
            return false;
        result->status =
            reservation.lockedUntil.isValid() ? PasswordCheckStatus::LockedOut : PasswordCheckStatus::WrongCredentials;
        result->lockedUntil = reservation.lockedUntil;
        result->failuresLeft = std::max(0, m_settings.maxFailures - reservation.failures);
        return true;
    }

    // The right password clears the attempt counted above and any earlier failures.
    const bool rehash = PasswordHasher::needsRehash(storedHash, m_cost);
    if (!recordSuccess(officerId, username, password, rehash, error))
        return false;
    OfficerStore store(m_database, m_clock, m_cost);
    result->officer = store.find(username, error);
    if (!result->officer) {
        if (error->isEmpty())
            *error = tr("The officer \"%1\" disappeared during sign-in.").arg(username);
        return false;
    }
    result->status = result->officer->isDisabled() ? PasswordCheckStatus::Disabled : PasswordCheckStatus::Ok;
    if (result->status == PasswordCheckStatus::Disabled)
        qCInfo(lcOfficers) << "Password sign-in of disabled officer" << username << "from" << clientAddress;
    return true;
}

bool OfficerAuthenticator::recordFailure(const QString &username, const QString &clientAddress, int failures,
                                         const QDateTime &lockedUntil, QString *error)
{
    WriteTransaction transaction(m_database);
    if (!transaction.begin(error))
        return false;
    const AuditEntry failed{u"officer:"_s + username, u"officer.sign_in_failed"_s, u"officer"_s, username,
                            QJsonObject{{u"failures"_s, failures}, {u"client_address"_s, clientAddress}}};
    if (!AuditLog::append(transaction, m_clock, failed, error))
        return false;
    if (lockedUntil.isValid()) {
        const AuditEntry locked{
            u"system"_s, u"officer.locked"_s, u"officer"_s, username,
            QJsonObject{{u"locked_until"_s, Timestamp::toStorage(lockedUntil)}, {u"failures"_s, failures}}};
        if (!AuditLog::append(transaction, m_clock, locked, error))
            return false;
        qCWarning(lcOfficers) << "Locked officer" << username << "until" << Timestamp::toStorage(lockedUntil) << "after"
                              << failures << "failed sign-ins; the last from" << clientAddress;
    } else {
        qCInfo(lcOfficers) << "Wrong password for officer" << username << "from" << clientAddress << "(failure"
                           << failures << ")";
    }
    return transaction.commit(error);
}

bool OfficerAuthenticator::recordSuccess(qint64 officerId, const QString &username, const QByteArray &password,
                                         bool rehash, QString *error)
{
    QString newHash;
    if (rehash) {
        newHash = PasswordHasher::hash(password, m_cost, error);
        if (newHash.isEmpty())
            return false;
    }

    WriteTransaction transaction(m_database);
    if (!transaction.begin(error))
        return false;
    QSqlQuery query(transaction.db());
    if (!execPrepared(query,
                      u"UPDATE officer SET failed_sign_ins = 0, locked_until = NULL, last_failed_sign_in_at = NULL,"
                      " password_hash = CASE WHEN :rehash = 1 THEN :new_hash ELSE password_hash END WHERE id = :id"_s,
                      {{u"rehash"_s, rehash ? 1 : 0}, {u"new_hash"_s, emptyIfNull(newHash)}, {u"id"_s, officerId}},
                      error))
        return false;
    if (rehash) {
        const AuditEntry entry{u"officer:"_s + username, u"officer.rehash_password"_s, u"officer"_s, username,
                               QJsonObject{}};
        if (!AuditLog::append(transaction, m_clock, entry, error))
            return false;
        qCInfo(lcOfficers) << "Rehashed the password of officer" << username << "at the configured cost";
    }
    return transaction.commit(error);
}

} // namespace nodues
