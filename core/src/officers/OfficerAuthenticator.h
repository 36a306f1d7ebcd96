#pragma once

#include "officers/Officer.h"
#include "officers/PasswordHasher.h"
#include "officers/SignInLockout.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace nodues {

class Clock;
class Database;

enum class PasswordCheckStatus {
    Ok,
    WrongCredentials, // unknown username or wrong password; callers must not say which
    LockedOut,        // too many failures; lockedUntil is the end of the lock
    Disabled,         // the password was right but the account is disabled
};

struct PasswordCheckResult
{
    PasswordCheckStatus status = PasswordCheckStatus::WrongCredentials;
    std::optional<Officer> officer;                    // when Ok or Disabled
    SignInLockScope lockScope = SignInLockScope::None; // when LockedOut
    QDateTime lockedUntil;                             // when LockedOut: the end of the lock
    int failuresLeft = 0;                              // when WrongCredentials: failures before a lock
};

// The first sign-in step of an officer: the password, with a lockout after repeated failures
// (SignInLockout).
//
// The whole sign-in takes two requests. In the first, checkPassword() returns Ok with the
// officer, and the caller issues an OTP for OtpBinding::officerSignIn(officer.id) to
// officer.mobile and returns the challenge id. The second request carries the username, the
// challenge id and the code. The caller verifies the code against officerSignIn() of that
// username's id, then calls SessionStore::createForOfficer().
//
// Each attempt is counted in the database before the password is checked, both for the username
// as typed from the client address and for the username from all addresses. So a burst of
// parallel guesses cannot test more passwords than the caps allow. A right password then takes
// its attempt back. Unknown usernames are counted and locked the same way, so LockedOut does not
// tell whether a username exists.
//
// Timing: an unknown username is checked against a dummy Argon2id hash of the same cost, and a
// locked username still runs one Argon2id verification. Both cost the same database writes and
// audit rows as a known username, so the response time barely depends on whether the username
// exists. A locked username returns LockedOut whatever the password, so guesses made during the
// lock reveal nothing.
//
// Audit: each failure writes "officer.sign_in_failed" and each lock "officer.locked". For an
// officer's username the entity is the officer. For an unknown username it is the username's
// key (SignInLockout::usernameKey()), and the logs leave the username out, since people
// sometimes type a password into that field.
class OfficerAuthenticator final
{
    Q_DECLARE_TR_FUNCTIONS(OfficerAuthenticator)

public:
    // cost is the Argon2id cost of the dummy hash and of rehashing; use the cost OfficerStore
    // hashes with.
    OfficerAuthenticator(Database &database, const Clock &clock, SignInLockoutSettings settings = {},
                         PasswordHasher::Cost cost = PasswordHasher::Cost::Moderate);

    // Checks username, as typed, and password. Returns false only on a database failure, invalid
    // settings or an empty client address. A right password clears the failures of this
    // username from clientAddress and, when the stored hash is cheaper than cost, replaces it
    // with one of that cost.
    bool checkPassword(const QString &username, const QByteArray &password, const QString &clientAddress,
                       PasswordCheckResult *result, QString *error);

    const SignInLockoutSettings &lockoutSettings() const { return m_lockout.settings(); }

    // Deletes failure counts that no longer count (SignInLockout::purgeStale()). Returns the
    // number deleted, or -1 with error set.
    qint64 purgeStaleFailures(QString *error) const;

private:
    // officerUsername is empty for a username that belongs to no officer.
    bool recordFailure(const QString &officerUsername, const QString &usernameKey, const QString &clientAddress,
                       const SignInAttempt &attempt, QString *error);
    bool recordSuccess(qint64 officerId, const QString &officerUsername, const QString &usernameKey,
                       const QString &clientAddress, const SignInAttempt &attempt, const QByteArray &password,
                       bool rehash, QString *error);

    Database &m_database;
    const Clock &m_clock;
    SignInLockout m_lockout;
    PasswordHasher::Cost m_cost;
};

} // namespace nodues
