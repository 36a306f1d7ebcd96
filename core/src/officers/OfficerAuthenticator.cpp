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
// unknown or locked, so those checks take as long as a real one.
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

// The stored id, username and password hash of an officer.
struct StoredCredentials
{
    qint64 id = 0;
    QString username;
    QString passwordHash;
};

const char *scopeCode(SignInLockScope scope)
{
    return scope == SignInLockScope::AllAddresses ? "all_addresses" : "address";
}

} // namespace

OfficerAuthenticator::OfficerAuthenticator(Database &database, const Clock &clock, SignInLockoutSettings settings,
                                           PasswordHasher::Cost cost)
    : m_database(database)
    , m_clock(clock)
    , m_lockout(clock, settings)
    , m_cost(cost)
{
}

bool OfficerAuthenticator::checkPassword(const QString &username, const QByteArray &password,
                                         const QString &clientAddress, PasswordCheckResult *result, QString *error)
{
    *result = PasswordCheckResult{};
    const QString typed = SignInLockout::normalizedUsername(username);
    const QString usernameKey = SignInLockout::usernameKey(typed);

    // Count the attempt before checking the password: parallel guesses each take one of the
    // allowed failures, so no burst can test more passwords than the caps allow.
    WriteTransaction transaction(m_database);
    if (!transaction.begin(error))
        return false;
    QSqlQuery query(transaction.db());
    if (!execPrepared(query, u"SELECT id, username, password_hash FROM officer WHERE username = :username"_s,
                      {{u"username"_s, typed}}, error))
        return false;
    std::optional<StoredCredentials> stored;
    if (query.next())
        stored = StoredCredentials{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()};
    query.finish();
    SignInAttempt attempt;
    if (!m_lockout.countAttempt(transaction, usernameKey, clientAddress, &attempt, error))
        return false;
    if (!transaction.commit(error))
        return false;

    // A locked username returns LockedOut whatever the password. The dummy check keeps the time.
    if (attempt.lockedBefore) {
        PasswordHasher::verify(dummyHash(m_cost), password);
        if (stored)
            qCInfo(lcOfficers) << "Password sign-in of locked officer" << stored->username << "from" << clientAddress;
        else
            qCInfo(lcOfficers) << "Password sign-in from" << clientAddress << "named a locked unknown username";
        result->status = PasswordCheckStatus::LockedOut;
        result->lockScope = attempt.lockScope;
        result->lockedUntil = attempt.lockedUntil;
        return true;
    }

    // An unknown username is checked against the dummy hash, so it takes as long as a known one.
    const bool right = PasswordHasher::verify(stored ? stored->passwordHash : dummyHash(m_cost), password) && stored;
    if (!right) {
        if (!recordFailure(stored ? stored->username : QString(), usernameKey, clientAddress, attempt, error))
            return false;
        result->status = attempt.lockScope != SignInLockScope::None ? PasswordCheckStatus::LockedOut
                                                                    : PasswordCheckStatus::WrongCredentials;
        result->lockScope = attempt.lockScope;
        result->lockedUntil = attempt.lockedUntil;
        result->failuresLeft = attempt.failuresLeft;
        return true;
    }

    // The right password takes back the attempt counted above and clears this address's failures.
    const bool rehash = PasswordHasher::needsRehash(stored->passwordHash, m_cost);
    if (!recordSuccess(stored->id, stored->username, usernameKey, clientAddress, attempt, password, rehash, error))
        return false;
    OfficerStore store(m_database, m_clock, m_cost);
    result->officer = store.find(stored->username, error);
    if (!result->officer) {
        if (error->isEmpty())
            *error = tr("The officer \"%1\" disappeared during sign-in.").arg(stored->username);
        return false;
    }
    result->status = result->officer->isDisabled() ? PasswordCheckStatus::Disabled : PasswordCheckStatus::Ok;
    if (result->status == PasswordCheckStatus::Disabled)
        qCInfo(lcOfficers) << "Password sign-in of disabled officer" << stored->username << "from" << clientAddress;
    return true;
}

qint64 OfficerAuthenticator::purgeStaleFailures(QString *error) const
{
    return m_lockout.purgeStale(m_database, error);
}

bool OfficerAuthenticator::recordFailure(const QString &officerUsername, const QString &usernameKey,
                                         const QString &clientAddress, const SignInAttempt &attempt, QString *error)
{
    // An unknown username is audited by its key, never as typed.
    const bool known = !officerUsername.isEmpty();
    const QString actor = known ? u"officer:"_s + officerUsername : u"anonymous"_s;
    const QString entityType = known ? u"officer"_s : u"officer_username"_s;
    const QString entityId = known ? officerUsername : usernameKey;
    const QJsonObject counts{{u"failures"_s, attempt.failures},
                             {u"failures_all_addresses"_s, attempt.failuresAllAddresses},
                             {u"client_address"_s, clientAddress}};

    WriteTransaction transaction(m_database);
    if (!transaction.begin(error))
        return false;
    if (!AuditLog::append(transaction, m_clock, {actor, u"officer.sign_in_failed"_s, entityType, entityId, counts},
                          error))
        return false;
    if (attempt.lockScope == SignInLockScope::None) {
        if (known)
            qCInfo(lcOfficers) << "Wrong password for officer" << officerUsername << "from" << clientAddress
                               << "(failure" << attempt.failures << "from there," << attempt.failuresAllAddresses
                               << "from all addresses)";
        else
            qCInfo(lcOfficers) << "Password sign-in from" << clientAddress << "named an unknown username";
        return transaction.commit(error);
    }

    QJsonObject lockDetails = counts;
    lockDetails.insert(u"scope"_s, QString::fromLatin1(scopeCode(attempt.lockScope)));
    lockDetails.insert(u"locked_until"_s, Timestamp::toStorage(attempt.lockedUntil));
    if (!AuditLog::append(transaction, m_clock, {u"system"_s, u"officer.locked"_s, entityType, entityId, lockDetails},
                          error))
        return false;
    // Locks of unknown usernames for one address are routine noise from guessing. The others
    // deserve an administrator's look.
    const QString scope =
        attempt.lockScope == SignInLockScope::AllAddresses
            ? u"every client address after %1 failures from all addresses"_s.arg(attempt.failuresAllAddresses)
            : u"client address %1 after %2 failures from there"_s.arg(clientAddress).arg(attempt.failures);
    const QString until = Timestamp::toStorage(attempt.lockedUntil);
    if (known)
        qCWarning(lcOfficers).noquote() << "Locked officer" << officerUsername << "until" << until << "for" << scope;
    else if (attempt.lockScope == SignInLockScope::AllAddresses)
        qCWarning(lcOfficers).noquote() << "Locked the unknown username with key" << usernameKey.left(16) << "until"
                                        << until << "for" << scope;
    else
        qCInfo(lcOfficers).noquote() << "Locked the unknown username with key" << usernameKey.left(16) << "until"
                                     << until << "for" << scope;
    return transaction.commit(error);
}

bool OfficerAuthenticator::recordSuccess(qint64 officerId, const QString &officerUsername, const QString &usernameKey,
                                         const QString &clientAddress, const SignInAttempt &attempt,
                                         const QByteArray &password, bool rehash, QString *error)
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
    if (!m_lockout.releaseAttempt(transaction, usernameKey, clientAddress, attempt, error))
        return false;
    if (!rehash)
        return transaction.commit(error);

    QSqlQuery query(transaction.db());
    if (!execPrepared(query, u"UPDATE officer SET password_hash = :new_hash WHERE id = :id"_s,
                      {{u"new_hash"_s, newHash}, {u"id"_s, officerId}}, error))
        return false;
    const AuditEntry entry{u"officer:"_s + officerUsername, u"officer.rehash_password"_s, u"officer"_s, officerUsername,
                           QJsonObject{}};
    if (!AuditLog::append(transaction, m_clock, entry, error))
        return false;
    qCInfo(lcOfficers) << "Rehashed the password of officer" << officerUsername << "at the configured cost";
    return transaction.commit(error);
}

} // namespace nodues
