#pragma once

#include "officers/Officer.h"
#include "officers/PasswordHasher.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace nodues {

class Clock;
class Database;

// The lockout of officer password sign-ins.
struct SignInLockoutSettings
{
    Q_DECLARE_TR_FUNCTIONS(SignInLockoutSettings)

public:
    // Failed passwords in a row after which the account locks.
    int maxFailures = 5;
    // Minutes the account stays locked. Failures older than this, counted from the last one, are
    // forgotten, so occasional typos spread over days never add up to a lock.
    int lockMinutes = 15;

    bool validate(QString *error) const;
};

enum class PasswordCheckStatus {
    Ok,
    WrongCredentials, // unknown username or wrong password; callers must not say which
    LockedOut,        // too many failures; lockedUntil is the end of the lock
    Disabled,         // the password was right but the account is disabled
};

struct PasswordCheckResult
{
    PasswordCheckStatus status = PasswordCheckStatus::WrongCredentials;
    std::optional<Officer> officer; // when Ok or Disabled
    QDateTime lockedUntil;          // when LockedOut, or when this failure locked the account
    int failuresLeft = 0;           // when WrongCredentials for a known officer: tries before the lock
};

// The first sign-in step of an officer: the password, with a lockout after repeated failures
// (columns officer.failed_sign_ins, locked_until and last_failed_sign_in_at).
//
// The whole sign-in takes two requests. In the first, checkPassword() returns Ok with the
// officer, and the caller issues an OTP for OtpBinding::officerSignIn(officer.id) to
// officer.mobile and returns the challenge id. The second request carries the username, the
// challenge id and the code. The caller verifies the code against officerSignIn() of that
// username's id, then calls SessionStore::createForOfficer().
//
// Each attempt on a known account is counted in the database before the password is checked, so
// a burst of parallel guesses cannot test more than maxFailures passwords before the lock. A
// right password then clears the count.
//
// Timing: an unknown username is checked against a dummy Argon2id hash of the same cost, and a
// locked account still runs one Argon2id verification, so the response time barely depends on
// whether the username exists. A locked account returns LockedOut whatever the password, so
// guesses made during the lock reveal nothing. Known accounts cost one or two small database
// writes more than unknown ones, which is small next to the Argon2id time.
//
// Audit: each failure of a known officer writes "officer.sign_in_failed", and a lock writes
// "officer.locked"; unknown usernames are logged without the username, since people sometimes
// type a password into that field.
class OfficerAuthenticator final
{
    Q_DECLARE_TR_FUNCTIONS(OfficerAuthenticator)

public:
    // cost is the Argon2id cost of the dummy hash and of rehashing; use the cost OfficerStore
    // hashes with.
    OfficerAuthenticator(Database &database, const Clock &clock, SignInLockoutSettings settings = {},
                         PasswordHasher::Cost cost = PasswordHasher::Cost::Moderate);

    // Checks username and password. Returns false only on a database failure or invalid
    // settings. A right password resets the failure count and, when the stored hash is cheaper
    // than cost, replaces it with one of that cost.
    bool checkPassword(const QString &username, const QByteArray &password, const QString &clientAddress,
                       PasswordCheckResult *result, QString *error);

private:
    bool recordFailure(const QString &username, const QString &clientAddress, int failures,
                       const QDateTime &lockedUntil, QString *error);
    bool recordSuccess(qint64 officerId, const QString &username, const QByteArray &password, bool rehash,
                       QString *error);

    Database &m_database;
    const Clock &m_clock;
    SignInLockoutSettings m_settings;
    PasswordHasher::Cost m_cost;
};

} // namespace nodues
