#include "Clock.h"
#include "OfficeFixtures.h"
#include "TestDatabase.h"
#include "Timestamp.h"
#include "officers/OfficerAuthenticator.h"
#include "officers/OfficerStore.h"
#include "officers/SignInLockout.h"
#include "storage/SqlUtil.h"
#include "storage/WriteTransaction.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>

#include <array>
#include <latch>
#include <thread>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;

namespace {

const QDateTime kStart(QDate(2026, 12, 4), QTime(5, 0), Qt::UTC);
const QByteArray kPassword = "Correct-Horse-42";
const QByteArray kWrongPassword = "Correct-Horse-43";
const QString kAddress = u"10.20.30.40"_s;

QVariant scalar(Database &database, const QString &sql, const QVariantMap &values = {})
{
    QSqlQuery query(database.connection());
    QString error;
    if (!execPrepared(query, sql, values, &error) || !query.next()) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return query.value(0);
}

// Adds the clerk "rkumar" with kPassword, hashed at the interactive cost to keep tests quick.
bool addClerk(Database &database, const Clock &clock)
{
    test::insertOfficeTree(database);
    OfficerStore store(database, clock, PasswordHasher::Cost::Interactive);
    const NewOfficer officer{u"rkumar"_s,     u"Rajesh Kumar"_s, u"राजेश कुमार"_s, u"Assistant Engineer"_s,
                             u"9425000001"_s, u"clerk"_s,        u"2030201"_s};
    QString error;
    if (!store.add(officer, kPassword, u"admin-cli"_s, &error)) {
        qWarning("Could not add the officer: %s", qPrintable(error));
        return false;
    }
    return true;
}

PasswordCheckResult check(OfficerAuthenticator &authenticator, const QString &username, const QByteArray &password,
                          const QString &address = kAddress)
{
    PasswordCheckResult result;
    QString error;
    if (!authenticator.checkPassword(username, password, address, &result, &error))
        qWarning("checkPassword failed: %s", qPrintable(error));
    return result;
}

// The stored failure count of username from address ("*": from all addresses), 0 without a row.
int failures(Database &database, const QString &username = u"rkumar"_s, const QString &address = kAddress)
{
    QSqlQuery query(database.connection());
    QString error;
    if (!execPrepared(query,
                      u"SELECT failures FROM officer_sign_in_failure"
                      " WHERE username_key = :key AND client_address = :address"_s,
                      {{u"key"_s, SignInLockout::usernameKey(username)}, {u"address"_s, address}}, &error)) {
        qWarning("%s", qPrintable(error));
        return -1;
    }
    return query.next() ? query.value(0).toInt() : 0;
}

int auditRows(Database &database, const QString &action)
{
    return scalar(database, u"SELECT COUNT(*) FROM audit_log WHERE action = :action"_s, {{u"action"_s, action}})
        .toInt();
}

} // namespace

class TestOfficerAuthenticator : public QObject
{
    Q_OBJECT

private slots:
    void rightPasswordSignsIn_data() { test::addBackendColumn(); }
    void rightPasswordSignsIn()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        ManualClock clock(kStart);
        QVERIFY(addClerk(db->database(), clock));
        OfficerAuthenticator authenticator(db->database(), clock, {}, PasswordHasher::Cost::Interactive);

        const PasswordCheckResult result = check(authenticator, u"rkumar"_s, kPassword);
        QCOMPARE(result.status, PasswordCheckStatus::Ok);
        QVERIFY(result.officer);
        QCOMPARE(result.officer->username, u"rkumar"_s);
        QCOMPARE(result.officer->mobile, u"9425000001"_s);
        QCOMPARE(result.officer->role, OfficerRole::Clerk);
        QCOMPARE(failures(db->database()), 0);
        QCOMPARE(failures(db->database(), u"rkumar"_s, u"*"_s), 0);
    }

    void unknownUsernameIsWrongCredentials_data() { test::addBackendColumn(); }
    void unknownUsernameIsWrongCredentials()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        ManualClock clock(kStart);
        QVERIFY(addClerk(db->database(), clock));
        OfficerAuthenticator authenticator(db->database(), clock, {}, PasswordHasher::Cost::Interactive);

        // An unknown username is counted like a known one, and audited by its key, not as typed.
        const PasswordCheckResult result = check(authenticator, u"Correct-Horse-99"_s, kPassword);
        QCOMPARE(result.status, PasswordCheckStatus::WrongCredentials);
        QVERIFY(!result.officer);
        QCOMPARE(result.failuresLeft, 4);
        QCOMPARE(failures(db->database(), u"Correct-Horse-99"_s), 1);
        QCOMPARE(failures(db->database(), u"Correct-Horse-99"_s, u"*"_s), 1);
        QCOMPARE(failures(db->database()), 0);
        QCOMPARE(scalar(db->database(), u"SELECT entity_id FROM audit_log WHERE action = 'officer.sign_in_failed'"
                                        " AND entity_type = 'officer_username'"_s)
                     .toString(),
                 SignInLockout::usernameKey(u"Correct-Horse-99"_s));
        QCOMPARE(scalar(db->database(), u"SELECT COUNT(*) FROM audit_log WHERE details LIKE '%Correct-Horse%'"
                                        " OR entity_id LIKE '%Correct-Horse%' OR actor LIKE '%Correct-Horse%'"_s)
                     .toInt(),
                 0);
        QCOMPARE(scalar(db->database(), u"SELECT COUNT(*) FROM officer_sign_in_failure"
                                        " WHERE username_key LIKE '%Correct%' OR client_address LIKE '%Correct%'"_s)
                     .toInt(),
                 0);
    }

    void unknownUsernameTakesAsLong_data() { test::addBackendColumn(); }
    void unknownUsernameTakesAsLong()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        ManualClock clock(kStart);
        QVERIFY(addClerk(db->database(), clock));
        SignInLockoutSettings settings;
        settings.maxFailures = 100;
        settings.maxFailuresAllAddresses = 100;
        OfficerAuthenticator authenticator(db->database(), clock, settings, PasswordHasher::Cost::Interactive);
        check(authenticator, u"warm-up"_s, kPassword); // makes the dummy hash once

        // The fastest of three runs each: an unknown name costs an Argon2id check like a known one.
        // The bound is loose because the machine may be busy. Without the dummy hash the unknown
        // name would take well under a millisecond against tens of milliseconds.
        qint64 known = std::numeric_limits<qint64>::max();
        qint64 unknown = std::numeric_limits<qint64>::max();
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer timer;
            timer.start();
            check(authenticator, u"rkumar"_s, kWrongPassword);
            known = std::min(known, timer.nsecsElapsed());
            timer.restart();
            check(authenticator, u"nobody"_s, kWrongPassword);
            unknown = std::min(unknown, timer.nsecsElapsed());
        }
        QVERIFY2(unknown * 4 > known, qPrintable(u"unknown %1 ns, known %2 ns"_s.arg(unknown).arg(known)));
    }

    void lockAfterFiveFailures_data() { test::addBackendColumn(); }
    void lockAfterFiveFailures()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        ManualClock clock(kStart);
        QVERIFY(addClerk(db->database(), clock));
        OfficerAuthenticator authenticator(db->database(), clock, {}, PasswordHasher::Cost::Interactive);

        for (int failure = 1; failure <= 4; ++failure) {
            const PasswordCheckResult result = check(authenticator, u"rkumar"_s, kWrongPassword);
            QCOMPARE(result.status, PasswordCheckStatus::WrongCredentials);
            QCOMPARE(result.failuresLeft, 5 - failure);
            QVERIFY(!result.officer);
            clock.advanceSeconds(60);
        }
        const PasswordCheckResult locking = check(authenticator, u"rkumar"_s, kWrongPassword);
        QCOMPARE(locking.status, PasswordCheckStatus::LockedOut);
        QCOMPARE(locking.lockedUntil, kStart.addSecs(4 * 60 + 15 * 60));
        QCOMPARE(locking.lockScope, SignInLockScope::Address);
        QCOMPARE(failures(db->database()), 5);

        // During the lock even the right password is refused, and the count does not grow.
        clock.advanceSeconds(15 * 60 - 1);
        const PasswordCheckResult locked = check(authenticator, u"rkumar"_s, kPassword);
        QCOMPARE(locked.status, PasswordCheckStatus::LockedOut);
        QCOMPARE(locked.lockedUntil, kStart.addSecs(4 * 60 + 15 * 60));
        QVERIFY(!locked.officer);
        QCOMPARE(failures(db->database()), 5);

        QCOMPARE(auditRows(db->database(), u"officer.sign_in_failed"_s), 5);
        QCOMPARE(auditRows(db->database(), u"officer.locked"_s), 1);

        // Once the lock ends the right password works and clears the count from this address.
        clock.advanceSeconds(1);
        QCOMPARE(check(authenticator, u"rkumar"_s, kPassword).status, PasswordCheckStatus::Ok);
        QCOMPARE(failures(db->database()), 0);
    }

    void countRestartsAfterLock_data() { test::addBackendColumn(); }
    void countRestartsAfterLock()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        ManualClock clock(kStart);
        QVERIFY(addClerk(db->database(), clock));
        OfficerAuthenticator authenticator(db->database(), clock, {}, PasswordHasher::Cost::Interactive);
        for (int failure = 0; failure < 5; ++failure)
            check(authenticator, u"rkumar"_s, kWrongPassword);
        clock.advanceSeconds(15 * 60);

        // After the lock a wrong password starts a new count instead of locking again at once.
        const PasswordCheckResult result = check(authenticator, u"rkumar"_s, kWrongPassword);
        QCOMPARE(result.status, PasswordCheckStatus::WrongCredentials);
        QCOMPARE(result.failuresLeft, 4);
        QCOMPARE(failures(db->database()), 1);
    }

    void successResetsCount_data() { test::addBackendColumn(); }
    void successResetsCount()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        ManualClock clock(kStart);
        QVERIFY(addClerk(db->database(), clock));
        OfficerAuthenticator authenticator(db->database(), clock, {}, PasswordHasher::Cost::Interactive);
        for (int failure = 0; failure < 4; ++failure)
            check(authenticator, u"rkumar"_s, kWrongPassword);
        QCOMPARE(check(authenticator, u"rkumar"_s, kPassword).status, PasswordCheckStatus::Ok);
        QCOMPARE(failures(db->database()), 0);
        // The right password took back its own attempt, not the failures, from the count of all
        // addresses.
        QCOMPARE(failures(db->database(), u"rkumar"_s, u"*"_s), 4);

        // Four more failures are again short of the lock.
        for (int failure = 0; failure < 4; ++failure)
            QCOMPARE(check(authenticator, u"rkumar"_s, kWrongPassword).status, PasswordCheckStatus::WrongCredentials);
        QCOMPARE(check(authenticator, u"rkumar"_s, kPassword).status, PasswordCheckStatus::Ok);
    }

    void oldFailuresAreForgotten_data() { test::addBackendColumn(); }
    void oldFailuresAreForgotten()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        ManualClock clock(kStart);
        QVERIFY(addClerk(db->database(), clock));
        OfficerAuthenticator authenticator(db->database(), clock, {}, PasswordHasher::Cost::Interactive);
        for (int failure = 0; failure < 4; ++failure)
            check(authenticator, u"rkumar"_s, kWrongPassword);

        // The fifth failure comes 15 minutes after the fourth, so the count starts again.
        clock.advanceSeconds(15 * 60);
        const PasswordCheckResult result = check(authenticator, u"rkumar"_s, kWrongPassword);
        QCOMPARE(result.status, PasswordCheckStatus::WrongCredentials);
        QCOMPARE(result.failuresLeft, 4);
    }

    void configuredLockout_data() { test::addBackendColumn(); }
    void configuredLockout()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        ManualClock clock(kStart);
        QVERIFY(addClerk(db->database(), clock));
        SignInLockoutSettings settings;
        settings.maxFailures = 2;
        settings.lockMinutes = 60;
        OfficerAuthenticator authenticator(db->database(), clock, settings, PasswordHasher::Cost::Interactive);
        QCOMPARE(check(authenticator, u"rkumar"_s, kWrongPassword).failuresLeft, 1);
        const PasswordCheckResult locking = check(authenticator, u"rkumar"_s, kWrongPassword);
        QCOMPARE(locking.status, PasswordCheckStatus::LockedOut);
        QCOMPARE(locking.lockedUntil, kStart.addSecs(3600));
        clock.advanceSeconds(59 * 60);
        QCOMPARE(check(authenticator, u"rkumar"_s, kPassword).status, PasswordCheckStatus::LockedOut);
        clock.advanceSeconds(60);
        QCOMPARE(check(authenticator, u"rkumar"_s, kPassword).status, PasswordCheckStatus::Ok);

        settings.maxFailures = 0;
        OfficerAuthenticator misconfigured(db->database(), clock, settings, PasswordHasher::Cost::Interactive);
        PasswordCheckResult result;
        QString error;
        QVERIFY(!misconfigured.checkPassword(u"rkumar"_s, kPassword, kAddress, &result, &error));
        QVERIFY2(error.contains(u"after 0 failures"_s), qPrintable(error));

        // The cap from all addresses cannot be below the cap per address.
        settings.maxFailures = 5;
        settings.maxFailuresAllAddresses = 4;
        OfficerAuthenticator belowPerAddress(db->database(), clock, settings, PasswordHasher::Cost::Interactive);
        QVERIFY(!belowPerAddress.checkPassword(u"rkumar"_s, kPassword, kAddress, &result, &error));
        QVERIFY2(error.contains(u"after 4 failures from all addresses"_s), qPrintable(error));
    }

    void disabledOfficerIsRefused_data() { test::addBackendColumn(); }
    void disabledOfficerIsRefused()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        ManualClock clock(kStart);
        QVERIFY(addClerk(db->database(), clock));
        OfficerStore store(db->database(), clock, PasswordHasher::Cost::Interactive);
        QString error;
        QVERIFY2(store.setDisabled(u"rkumar"_s, true, u"transferred"_s, u"admin-cli"_s, &error), qPrintable(error));
        OfficerAuthenticator authenticator(db->database(), clock, {}, PasswordHasher::Cost::Interactive);

        // Only the right password learns that the account is disabled.
        const PasswordCheckResult right = check(authenticator, u"rkumar"_s, kPassword);
        QCOMPARE(right.status, PasswordCheckStatus::Disabled);
        QVERIFY(right.officer);
        QVERIFY(right.officer->isDisabled());
        QCOMPARE(check(authenticator, u"rkumar"_s, kWrongPassword).status, PasswordCheckStatus::WrongCredentials);
    }

    void parallelGuessesStopAtLimit_data() { test::addBackendColumn(); }
    void parallelGuessesStopAtLimit()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        ManualClock clock(kStart);
        QVERIFY(addClerk(db->database(), clock));
        OfficerAuthenticator authenticator(db->database(), clock, {}, PasswordHasher::Cost::Interactive);

        // Eight guesses at once, each on its own connection: only five are counted and checked.
        constexpr int kGuesses = 8;
        std::array<PasswordCheckResult, kGuesses> results;
        std::array<QString, kGuesses> errors;
        std::array<bool, kGuesses> succeeded = {};
        std::latch start(kGuesses);
        std::vector<std::thread> threads;
        for (int i = 0; i < kGuesses; ++i) {
            threads.emplace_back([&, i] {
                start.arrive_and_wait();
                succeeded[i] =
                    authenticator.checkPassword(u"rkumar"_s, kWrongPassword, kAddress, &results[i], &errors[i]);
                db->database().closeThreadConnection();
            });
        }
        for (std::thread &thread : threads)
            thread.join();

        int wrong = 0;
        int lockedOut = 0;
        for (int i = 0; i < kGuesses; ++i) {
            QVERIFY2(succeeded[i], qPrintable(errors[i]));
            wrong += results[i].status == PasswordCheckStatus::WrongCredentials ? 1 : 0;
            lockedOut += results[i].status == PasswordCheckStatus::LockedOut ? 1 : 0;
        }
        QCOMPARE(wrong, 4);
        QCOMPARE(lockedOut, 4);
        QCOMPARE(failures(db->database()), 5);
        QCOMPARE(failures(db->database(), u"rkumar"_s, u"*"_s), 5);
        QCOMPARE(auditRows(db->database(), u"officer.sign_in_failed"_s), 5);
    }

    void lockIsPerAddress_data() { test::addBackendColumn(); }
    void lockIsPerAddress()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        ManualClock clock(kStart);
        QVERIFY(addClerk(db->database(), clock));
        OfficerAuthenticator authenticator(db->database(), clock, {}, PasswordHasher::Cost::Interactive);
        const QString stranger = u"198.51.100.9"_s;

        // A stranger's five wrong passwords lock the username for the stranger's address only.
        for (int failure = 0; failure < 4; ++failure)
            check(authenticator, u"rkumar"_s, kWrongPassword, stranger);
        const PasswordCheckResult locking = check(authenticator, u"rkumar"_s, kWrongPassword, stranger);
        QCOMPARE(locking.status, PasswordCheckStatus::LockedOut);
        QCOMPARE(locking.lockScope, SignInLockScope::Address);
        QCOMPARE(check(authenticator, u"rkumar"_s, kPassword, stranger).status, PasswordCheckStatus::LockedOut);

        // The officer's office signs in as usual, and its own typos count apart.
        QCOMPARE(check(authenticator, u"rkumar"_s, kWrongPassword).failuresLeft, 4);
        const PasswordCheckResult office = check(authenticator, u"rkumar"_s, kPassword);
        QCOMPARE(office.status, PasswordCheckStatus::Ok);
        QCOMPARE(failures(db->database()), 0);
        QCOMPARE(failures(db->database(), u"rkumar"_s, stranger), 5);
        QCOMPARE(failures(db->database(), u"rkumar"_s, u"*"_s), 6);
        QCOMPARE(check(authenticator, u"rkumar"_s, kPassword, stranger).status, PasswordCheckStatus::LockedOut);
    }

    void unknownUsernameLocksLikeKnown_data() { test::addBackendColumn(); }
    void unknownUsernameLocksLikeKnown()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        ManualClock clock(kStart);
        QVERIFY(addClerk(db->database(), clock));
        OfficerAuthenticator authenticator(db->database(), clock, {}, PasswordHasher::Cost::Interactive);

        for (int attempt = 1; attempt <= 6; ++attempt) {
            const PasswordCheckResult known = check(authenticator, u"rkumar"_s, kWrongPassword);
            const PasswordCheckResult unknown = check(authenticator, u"nobody"_s, kWrongPassword);
            QCOMPARE(unknown.status, known.status);
            QCOMPARE(unknown.lockScope, known.lockScope);
            QCOMPARE(unknown.lockedUntil, known.lockedUntil);
            QCOMPARE(unknown.failuresLeft, known.failuresLeft);
            QCOMPARE(known.status,
                     attempt < 5 ? PasswordCheckStatus::WrongCredentials : PasswordCheckStatus::LockedOut);
        }
        // The right password of the known username is locked out just the same.
        QCOMPARE(check(authenticator, u"rkumar"_s, kPassword).status, PasswordCheckStatus::LockedOut);
        QCOMPARE(auditRows(db->database(), u"officer.locked"_s), 2);
    }

    void allAddressesCapLocksEverywhere_data() { test::addBackendColumn(); }
    void allAddressesCapLocksEverywhere()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        ManualClock clock(kStart);
        QVERIFY(addClerk(db->database(), clock));
        SignInLockoutSettings settings;
        settings.maxFailures = 3;
        settings.maxFailuresAllAddresses = 7;
        OfficerAuthenticator authenticator(db->database(), clock, settings, PasswordHasher::Cost::Interactive);

        // Two failures from each of three addresses stay under both caps.
        PasswordCheckResult result;
        for (int host = 1; host <= 3; ++host) {
            for (int failure = 0; failure < 2; ++failure) {
                result = check(authenticator, u"rkumar"_s, kWrongPassword, u"203.0.113.%1"_s.arg(host));
                QCOMPARE(result.status, PasswordCheckStatus::WrongCredentials);
            }
        }
        QCOMPARE(result.failuresLeft, 1);
        QCOMPARE(failures(db->database(), u"rkumar"_s, u"*"_s), 6);

        // The seventh failure locks the username for every address, the officer's own included.
        clock.advanceSeconds(60);
        const PasswordCheckResult locking = check(authenticator, u"rkumar"_s, kWrongPassword, u"203.0.113.4"_s);
        QCOMPARE(locking.status, PasswordCheckStatus::LockedOut);
        QCOMPARE(locking.lockScope, SignInLockScope::AllAddresses);
        QCOMPARE(locking.lockedUntil, kStart.addSecs(60 + 15 * 60));
        const PasswordCheckResult office = check(authenticator, u"rkumar"_s, kPassword);
        QCOMPARE(office.status, PasswordCheckStatus::LockedOut);
        QCOMPARE(office.lockScope, SignInLockScope::AllAddresses);
        QCOMPARE(office.lockedUntil, locking.lockedUntil);
        QCOMPARE(failures(db->database()), 0);

        // An unknown username reaches the same lock after the same failures.
        for (int host = 1; host <= 3; ++host) {
            for (int failure = 0; failure < 2; ++failure)
                check(authenticator, u"nobody"_s, kWrongPassword, u"203.0.113.%1"_s.arg(host));
        }
        const PasswordCheckResult unknown = check(authenticator, u"nobody"_s, kWrongPassword, u"203.0.113.4"_s);
        QCOMPARE(unknown.status, PasswordCheckStatus::LockedOut);
        QCOMPARE(unknown.lockScope, SignInLockScope::AllAddresses);
        QCOMPARE(unknown.lockedUntil, locking.lockedUntil);

        // Once the lock ends the right password works again.
        clock.setNow(locking.lockedUntil);
        QCOMPARE(check(authenticator, u"rkumar"_s, kPassword).status, PasswordCheckStatus::Ok);
    }

    void rightPasswordLiftsOwnLock_data() { test::addBackendColumn(); }
    void rightPasswordLiftsOwnLock()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        ManualClock clock(kStart);
        QVERIFY(addClerk(db->database(), clock));
        SignInLockoutSettings settings;
        settings.maxFailures = 3;
        settings.maxFailuresAllAddresses = 3;
        OfficerAuthenticator authenticator(db->database(), clock, settings, PasswordHasher::Cost::Interactive);

        // The attempt that reaches both caps has the right password: it signs in, and neither
        // lock stays behind.
        check(authenticator, u"rkumar"_s, kWrongPassword);
        check(authenticator, u"rkumar"_s, kWrongPassword);
        QCOMPARE(check(authenticator, u"rkumar"_s, kPassword).status, PasswordCheckStatus::Ok);
        QCOMPARE(failures(db->database()), 0);
        QCOMPARE(failures(db->database(), u"rkumar"_s, u"*"_s), 2);
        QVERIFY(scalar(db->database(), u"SELECT locked_until FROM officer_sign_in_failure WHERE client_address = '*'"_s)
                    .isNull());
        QCOMPARE(check(authenticator, u"rkumar"_s, kPassword, u"203.0.113.1"_s).status, PasswordCheckStatus::Ok);
    }

    void typedUsernameIsNormalized_data() { test::addBackendColumn(); }
    void typedUsernameIsNormalized()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        ManualClock clock(kStart);
        QVERIFY(addClerk(db->database(), clock));
        OfficerAuthenticator authenticator(db->database(), clock, {}, PasswordHasher::Cost::Interactive);

        // Case, surrounding spaces and full-width letters name the same username and count together.
        QCOMPARE(SignInLockout::normalizedUsername(u" RKumar\t"_s), u"rkumar"_s);
        QCOMPARE(SignInLockout::normalizedUsername(u"\uFF52\uFF4B\uFF55\uFF4D\uFF41\uFF52"_s), u"rkumar"_s);
        check(authenticator, u"RKUMAR"_s, kWrongPassword);
        check(authenticator, u" rkumar "_s, kWrongPassword);
        QCOMPARE(failures(db->database()), 2);
        const PasswordCheckResult result = check(authenticator, u"RKumar"_s, kPassword);
        QCOMPARE(result.status, PasswordCheckStatus::Ok);
        QCOMPARE(result.officer->username, u"rkumar"_s);
        QCOMPARE(failures(db->database()), 0);
    }

    void newPasswordEndsLock_data() { test::addBackendColumn(); }
    void newPasswordEndsLock()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        ManualClock clock(kStart);
        QVERIFY(addClerk(db->database(), clock));
        OfficerAuthenticator authenticator(db->database(), clock, {}, PasswordHasher::Cost::Interactive);
        for (int failure = 0; failure < 5; ++failure)
            check(authenticator, u"rkumar"_s, kWrongPassword);
        QCOMPARE(check(authenticator, u"rkumar"_s, kPassword).status, PasswordCheckStatus::LockedOut);

        OfficerStore store(db->database(), clock, PasswordHasher::Cost::Interactive);
        QString error;
        const QByteArray newPassword = "Battery-Staple-77";
        QVERIFY2(store.setPassword(u"rkumar"_s, newPassword, u"admin-cli"_s, &error), qPrintable(error));
        QCOMPARE(scalar(db->database(), u"SELECT COUNT(*) FROM officer_sign_in_failure"_s).toInt(), 0);
        QCOMPARE(check(authenticator, u"rkumar"_s, newPassword).status, PasswordCheckStatus::Ok);
    }

    void purgeKeepsLiveCounts_data() { test::addBackendColumn(); }
    void purgeKeepsLiveCounts()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        ManualClock clock(kStart);
        QVERIFY(addClerk(db->database(), clock));
        OfficerAuthenticator authenticator(db->database(), clock, {}, PasswordHasher::Cost::Interactive);
        const auto rowCount = [&db] {
            return scalar(db->database(), u"SELECT COUNT(*) FROM officer_sign_in_failure"_s).toInt();
        };

        // A lock from one address, and a single failure from another 10 minutes later.
        for (int failure = 0; failure < 5; ++failure)
            check(authenticator, u"rkumar"_s, kWrongPassword);
        clock.advanceSeconds(10 * 60);
        check(authenticator, u"nobody"_s, kWrongPassword, u"203.0.113.1"_s);
        QCOMPARE(rowCount(), 4);
        QString error;
        QCOMPARE(authenticator.purgeStaleFailures(&error), 0);

        // At 15 minutes the lock has ended and rkumar's rows go; nobody's failure is 5 minutes old.
        clock.advanceSeconds(5 * 60);
        QCOMPARE(authenticator.purgeStaleFailures(&error), 2);
        QCOMPARE(failures(db->database(), u"nobody"_s, u"203.0.113.1"_s), 1);
        clock.advanceSeconds(10 * 60);
        QCOMPARE(authenticator.purgeStaleFailures(&error), 2);
        QCOMPARE(rowCount(), 0);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void missingAddressIsAnError_data() { test::addBackendColumn(); }
    void missingAddressIsAnError()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        ManualClock clock(kStart);
        QVERIFY(addClerk(db->database(), clock));
        OfficerAuthenticator authenticator(db->database(), clock, {}, PasswordHasher::Cost::Interactive);
        PasswordCheckResult result;
        QString error;
        QVERIFY(!authenticator.checkPassword(u"rkumar"_s, kPassword, u" "_s, &result, &error));
        QVERIFY2(error.contains(u"client address"_s), qPrintable(error));
        QVERIFY(!authenticator.checkPassword(u"rkumar"_s, kPassword, u"*"_s, &result, &error));
    }

    void concurrentAttemptsAllSucceed_data() { test::addBackendColumn(); }
    void concurrentAttemptsAllSucceed()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        ManualClock clock(kStart);
        QVERIFY(addClerk(db->database(), clock));
        SignInLockoutSettings settings;
        settings.maxFailures = 100;
        settings.maxFailuresAllAddresses = 100;
        OfficerAuthenticator authenticator(db->database(), clock, settings, PasswordHasher::Cost::Interactive);

        // Right and wrong passwords for one username from one address, while a purge runs. None may
        // fail, and every wrong one is counted.
        // NOTE: the windows in which a bad lock order could deadlock last microseconds against
        // the Argon2id time, so this rarely fails; lockoutRowsSurviveContention drives the
        // lockout without the hash.
        constexpr int kThreads = 6;
        constexpr int kRounds = 3;
        std::array<QString, kThreads + 1> errors;
        std::array<bool, kThreads + 1> succeeded;
        succeeded.fill(true);
        std::latch start(kThreads + 1);
        std::vector<std::thread> threads;
        for (int i = 0; i < kThreads; ++i) {
            threads.emplace_back([&, i] {
                start.arrive_and_wait();
                for (int round = 0; round < kRounds && succeeded[i]; ++round) {
                    PasswordCheckResult result;
                    succeeded[i] = authenticator.checkPassword(u"rkumar"_s, i % 2 == 0 ? kPassword : kWrongPassword,
                                                               kAddress, &result, &errors[i]);
                }
                db->database().closeThreadConnection();
            });
        }
        threads.emplace_back([&] {
            start.arrive_and_wait();
            for (int round = 0; round < kRounds * 4 && succeeded[kThreads]; ++round)
                succeeded[kThreads] = authenticator.purgeStaleFailures(&errors[kThreads]) >= 0;
            db->database().closeThreadConnection();
        });
        for (std::thread &thread : threads)
            thread.join();

        for (int i = 0; i <= kThreads; ++i)
            QVERIFY2(succeeded[i], qPrintable(errors[i]));
        QCOMPARE(auditRows(db->database(), u"officer.sign_in_failed"_s), (kThreads / 2) * kRounds);
    }

    void lockoutRowsSurviveContention_data() { test::addBackendColumn(); }
    void lockoutRowsSurviveContention()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        ManualClock clock(kStart);
        SignInLockoutSettings settings;
        settings.maxFailures = 100;
        settings.maxFailuresAllAddresses = 10000;
        const SignInLockout lockout(clock, settings);
        const QString key = SignInLockout::usernameKey(u"rkumar"_s);

        // The lockout alone, without the password hash between its transactions, so that counts,
        // releases and purges of one username and address overlap as often as they can. A release
        // deletes the address row, and the next count must create it again under the lock of the
        // row of all addresses; PostgreSQL reports a deadlock when two counts race to do so.
        constexpr int kThreads = 6;
        constexpr int kRounds = 30;
        std::array<QString, kThreads + 1> errors;
        std::array<bool, kThreads + 1> succeeded;
        succeeded.fill(true);
        std::latch start(kThreads + 1);
        std::vector<std::thread> threads;
        const auto attempt = [&](bool rightPassword, QString *error) {
            WriteTransaction counting(db->database());
            SignInAttempt counted;
            if (!counting.begin(error) || !lockout.countAttempt(counting, key, kAddress, &counted, error) ||
                !counting.commit(error))
                return false;
            if (!rightPassword)
                return true;
            WriteTransaction releasing(db->database());
            return releasing.begin(error) && lockout.releaseAttempt(releasing, key, kAddress, counted, error) &&
                   releasing.commit(error);
        };
        // One earlier failure, so that no release can restore "no last failure" and let the
        // purge take rows that still count.
        QString error;
        QVERIFY2(attempt(false, &error), qPrintable(error));
        clock.advanceSeconds(1);
        for (int i = 0; i < kThreads; ++i) {
            threads.emplace_back([&, i] {
                start.arrive_and_wait();
                // Two of three attempts have the right password, so the address row is deleted
                // often; the wrong ones stay under maxFailures.
                for (int round = 0; round < kRounds && succeeded[i]; ++round)
                    succeeded[i] = attempt((i + round) % 3 != 0, &errors[i]);
                db->database().closeThreadConnection();
            });
        }
        threads.emplace_back([&] {
            start.arrive_and_wait();
            for (int round = 0; round < kRounds && succeeded[kThreads]; ++round)
                succeeded[kThreads] = lockout.purgeStale(db->database(), &errors[kThreads]) >= 0;
            db->database().closeThreadConnection();
        });
        for (std::thread &thread : threads)
            thread.join();

        for (int i = 0; i <= kThreads; ++i)
            QVERIFY2(succeeded[i], qPrintable(errors[i]));
        // Each release takes back exactly its own attempt from the count of all addresses.
        int wrongAttempts = 1;
        for (int i = 0; i < kThreads; ++i)
            for (int round = 0; round < kRounds; ++round)
                wrongAttempts += (i + round) % 3 == 0 ? 1 : 0;
        QCOMPARE(failures(db->database(), u"rkumar"_s, u"*"_s), wrongAttempts);
    }

    void cheapHashIsReplaced_data() { test::addBackendColumn(); }
    void cheapHashIsReplaced()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        ManualClock clock(kStart);
        QVERIFY(addClerk(db->database(), clock));
        const QString before = scalar(db->database(), u"SELECT password_hash FROM officer"_s).toString();
        QVERIFY(PasswordHasher::needsRehash(before, PasswordHasher::Cost::Moderate));

        OfficerAuthenticator authenticator(db->database(), clock, {}, PasswordHasher::Cost::Moderate);
        QCOMPARE(check(authenticator, u"rkumar"_s, kPassword).status, PasswordCheckStatus::Ok);
        const QString after = scalar(db->database(), u"SELECT password_hash FROM officer"_s).toString();
        QVERIFY(after != before);
        QVERIFY(!PasswordHasher::needsRehash(after, PasswordHasher::Cost::Moderate));
        QVERIFY(PasswordHasher::verify(after, kPassword));
        QCOMPARE(scalar(db->database(), u"SELECT COUNT(*) FROM audit_log WHERE action = 'officer.rehash_password'"_s)
                     .toInt(),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestOfficerAuthenticator)
#include "TestOfficerAuthenticator.moc"
