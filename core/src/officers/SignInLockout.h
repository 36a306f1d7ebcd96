#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace nodues {

class Clock;
class Database;
class WriteTransaction;

// The lockout of officer password sign-ins.
struct SignInLockoutSettings
{
    Q_DECLARE_TR_FUNCTIONS(SignInLockoutSettings)

public:
    // Failed passwords in a row for one username from one client address, after which that
    // username is locked for that address.
    int maxFailures = 5;
    // Failed passwords in a row for one username from all client addresses together, after which
    // that username is locked for every address. It bounds guessing spread over many addresses.
    int maxFailuresAllAddresses = 50;
    // Minutes a lock lasts. A count is forgotten once this long has passed since its last
    // failure, so occasional typos spread over days never add up to a lock.
    int lockMinutes = 15;

    bool validate(QString *error) const;
};

enum class SignInLockScope {
    None,
    Address,      // the username is locked for one client address
    AllAddresses, // the username is locked for every client address
};

// The outcome of counting one password attempt.
struct SignInAttempt
{
    // A lock was in force before this attempt, so nothing was counted and the password must not
    // be checked.
    bool lockedBefore = false;
    // The lock in force, or the lock this attempt set. With both scopes it is the one that ends
    // later.
    SignInLockScope lockScope = SignInLockScope::None;
    QDateTime lockedUntil;
    // This attempt reached maxFailuresAllAddresses and set that lock.
    bool lockedAllAddressesNow = false;
    int failures = 0;             // the count for this address, including this attempt
    int failuresAllAddresses = 0; // the count from all addresses, including this attempt
    int failuresLeft = 0;         // further failures before the next lock, per the tighter count
    // When this attempt was counted, and the last failure from all addresses before it. A right
    // password restores that time, so its attempt does not keep earlier failures counted longer.
    QDateTime countedAt;
    QDateTime previousFailureAllAddresses;
};

// The failure counts behind the officer sign-in lockout (table officer_sign_in_failure).
//
// Failures are counted per username as typed, after normalizedUsername(), and client address,
// and for that username from all addresses together (row client_address '*'). A stranger who
// types wrong passwords for an officer's username from another network locks out that network,
// not the officer's office. The count from all addresses, with its much higher cap, stops
// guessing spread over many addresses; reaching it locks the username for everyone.
//
// Usernames that belong to no officer are counted and locked exactly like real ones, so neither
// the lock nor its timing reveals whether a username exists. The rows store usernameKey(), a
// SHA-256 digest, so a password typed into the username field is not stored in clear. The digest
// has no secret key: a weak password can still be found from it by guessing, so purgeStale()
// deletes rows as soon as they no longer count.
class SignInLockout final
{
    Q_DECLARE_TR_FUNCTIONS(SignInLockout)

public:
    SignInLockout(const Clock &clock, SignInLockoutSettings settings);

    const SignInLockoutSettings &settings() const { return m_settings; }

    // The form in which a typed username is looked up and counted: NFKC, trimmed and case-folded.
    // Valid usernames are lower case, so "RKumar " names the officer "rkumar".
    static QString normalizedUsername(const QString &typed);
    // SHA-256 hex of the normalized username, the key of its rows.
    static QString usernameKey(const QString &typed);

    // Counts one attempt for usernameKey from clientAddress inside the caller's write
    // transaction, before the password is checked, so parallel guesses each take one of the
    // allowed failures. Sets a lock when a count reaches its cap. When a lock is already in force
    // it counts nothing and sets attempt->lockedBefore. Returns false only on a database failure;
    // the caller must then roll back. On PostgreSQL both rows stay locked until the transaction
    // ends.
    bool countAttempt(WriteTransaction &transaction, const QString &usernameKey, const QString &clientAddress,
                      SignInAttempt *attempt, QString *error) const;

    // Takes back an attempt whose password was right: clears the count of this username and
    // address, and removes the attempt, with the lock it set, from the count from all addresses.
    // Earlier failures from other addresses stay counted, since they may be someone else's
    // guesses.
    bool releaseAttempt(WriteTransaction &transaction, const QString &usernameKey, const QString &clientAddress,
                        const SignInAttempt &attempt, QString *error) const;

    // Deletes every count and lock of username, from all addresses: a new password ends them.
    static bool clearUsername(WriteTransaction &transaction, const QString &username, QString *error);

    // Deletes rows that no longer count: those whose lock has ended, and those without a lock
    // whose last failure is lockMinutes old. Returns the number deleted, or -1 with error set.
    qint64 purgeStale(Database &database, QString *error) const;

private:
    const Clock &m_clock;
    SignInLockoutSettings m_settings;
};

} // namespace nodues
