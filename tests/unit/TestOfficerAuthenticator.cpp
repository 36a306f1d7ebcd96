#include "Clock.h"
#include "OfficeFixtures.h"
#include "TestDatabase.h"
#include "Timestamp.h"
#include "officers/OfficerAuthenticator.h"
#include "officers/OfficerStore.h"
#include "storage/SqlUtil.h"

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

PasswordCheckResult check(OfficerAuthenticator &authenticator, const QString &username, const QByteArray &password)
{
    PasswordCheckResult result;
    QString error;
    if (!authenticator.checkPassword(username, password, kAddress, &result, &error))
        qWarning("checkPassword failed: %s", qPrintable(error));
    return result;
}

int failedSignIns(Database &database)
{
    return scalar(database, u"SELECT failed_sign_ins FROM officer WHERE username = 'rkumar'"_s).toInt();
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
        QCOMPARE(failedSignIns(db->database()), 0);
        QVERIFY(scalar(db->database(), u"SELECT locked_until FROM officer"_s).isNull());
    }

    void unknownUsernameIsWrongCredentials_data() { test::addBackendColumn(); }
    void unknownUsernameIsWrongCredentials()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        ManualClock clock(kStart);
        QVERIFY(addClerk(db->database(), clock));
        OfficerAuthenticator authenticator(db->database(), clock, {}, PasswordHasher::Cost::Interactive);
        const int auditRows = scalar(db->database(), u"SELECT COUNT(*) FROM audit_log"_s).toInt();

        const PasswordCheckResult result = check(authenticator, u"nobody"_s, kPassword);
        QCOMPARE(result.status, PasswordCheckStatus::WrongCredentials);
        QVERIFY(!result.officer);
        QCOMPARE(result.failuresLeft, 0);
        QCOMPARE(scalar(db->database(), u"SELECT COUNT(*) FROM audit_log"_s).toInt(), auditRows);
        QCOMPARE(failedSignIns(db->database()), 0);
    }

    void unknownUsernameTakesAsLong_data() { test::addBackendColumn(); }
    void unknownUsernameTakesAsLong()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        ManualClock clock(kStart);
        QVERIFY(addClerk(db->database(), clock));
        SignInLockoutSettings settings;
        settings.maxFailures = 100;
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
        QCOMPARE(failedSignIns(db->database()), 5);

        // During the lock even the right password is refused, and the count does not grow.
        clock.advanceSeconds(15 * 60 - 1);
        const PasswordCheckResult locked = check(authenticator, u"rkumar"_s, kPassword);
        QCOMPARE(locked.status, PasswordCheckStatus::LockedOut);
        QCOMPARE(locked.lockedUntil, kStart.addSecs(4 * 60 + 15 * 60));
        QVERIFY(!locked.officer);
        QCOMPARE(failedSignIns(db->database()), 5);

        QCOMPARE(
            scalar(db->database(), u"SELECT COUNT(*) FROM audit_log WHERE action = 'officer.sign_in_failed'"_s).toInt(),
            5);
        QCOMPARE(scalar(db->database(), u"SELECT COUNT(*) FROM audit_log WHERE action = 'officer.locked'"_s).toInt(),
                 1);

        // Once the lock ends the right password works and clears the count.
        clock.advanceSeconds(1);
        QCOMPARE(check(authenticator, u"rkumar"_s, kPassword).status, PasswordCheckStatus::Ok);
        QCOMPARE(failedSignIns(db->database()), 0);
        QVERIFY(scalar(db->database(), u"SELECT locked_until FROM officer"_s).isNull());
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
        QCOMPARE(failedSignIns(db->database()), 1);
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
        QCOMPARE(failedSignIns(db->database()), 0);

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
        QCOMPARE(failedSignIns(db->database()), 5);
        QCOMPARE(
            scalar(db->database(), u"SELECT COUNT(*) FROM audit_log WHERE action = 'officer.sign_in_failed'"_s).toInt(),
            5);
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
