#include "Clock.h"
#include "OfficeFixtures.h"
#include "TestDatabase.h"
#include "Timestamp.h"
#include "officers/OfficerStore.h"
#include "security/SessionStore.h"
#include "storage/SqlUtil.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;

namespace {

const QDateTime kStart(QDate(2026, 12, 4), QTime(4, 30), Qt::UTC);
const QString kMobile = u"9876543210"_s;
const QString kAddress = u"203.0.113.7"_s;

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

// Inserts an enabled officer straight into the table (sessions never look at the password) and
// returns its id.
qint64 insertOfficer(Database &database, const QString &username)
{
    QSqlQuery query(database.connection());
    QString error;
    const bool ok = execPrepared(query,
                                 u"INSERT INTO officer (username, name, designation, mobile, role, office_code,"
                                 " password_hash, created_at, updated_at) VALUES (:username, 'R. Kumar',"
                                 " 'Assistant Engineer', '9425000001', 'clerk', '2030201', 'unused', :now, :now)"
                                 " RETURNING id"_s,
                                 {{u"username"_s, username}, {u"now"_s, Timestamp::toStorage(kStart)}}, &error);
    if (!ok || !query.next()) {
        qWarning("Could not insert officer: %s", qPrintable(error));
        return 0;
    }
    return query.value(0).toLongLong();
}

SessionLookupStatus lookupStatus(SessionStore &store, const QString &token, Session *session = nullptr)
{
    SessionLookupStatus status = SessionLookupStatus::NotFound;
    QString error;
    if (!store.lookup(token, &status, session, &error))
        qWarning("lookup failed: %s", qPrintable(error));
    return status;
}

} // namespace

class TestSessionStore : public QObject
{
    Q_OBJECT

private slots:
    void consumerSessionSlides_data() { test::addBackendColumn(); }
    void consumerSessionSlides()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        ManualClock clock(kStart);
        SessionStore store(db->database(), clock);
        QString error;
        const std::optional<NewSession> created = store.createForConsumer(kMobile, kAddress, &error);
        QVERIFY2(created, qPrintable(error));
        QCOMPARE(created->token.size(), 43);
        QCOMPARE(created->session.consumerMobile, kMobile);
        QCOMPARE(created->session.expiresAt, kStart.addSecs(30 * 60));
        QCOMPARE(created->session.absoluteExpiresAt, kStart.addSecs(8 * 3600));

        // Used after 29 minutes, the session slides another 30 minutes from then.
        clock.advanceSeconds(29 * 60);
        Session session;
        QCOMPARE(lookupStatus(store, created->token, &session), SessionLookupStatus::Valid);
        QCOMPARE(session.subject, SessionSubject::Consumer);
        QCOMPARE(session.consumerMobile, kMobile);
        QCOMPARE(session.lastUsedAt, kStart.addSecs(29 * 60));
        QCOMPARE(session.expiresAt, kStart.addSecs(59 * 60));
        clock.advanceSeconds(29 * 60);
        QCOMPARE(lookupStatus(store, created->token), SessionLookupStatus::Valid);

        // Idle for 30 minutes: expired, and it stays expired.
        clock.advanceSeconds(30 * 60);
        QCOMPARE(lookupStatus(store, created->token, &session), SessionLookupStatus::Expired);
        QCOMPARE(session.id, created->session.id);
        clock.advanceSeconds(-60);
        QCOMPARE(lookupStatus(store, created->token), SessionLookupStatus::Valid);
    }

    void absoluteExpiryEndsBusySession_data() { test::addBackendColumn(); }
    void absoluteExpiryEndsBusySession()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        ManualClock clock(kStart);
        SessionStore store(db->database(), clock);
        QString error;
        const std::optional<NewSession> created = store.createForConsumer(kMobile, kAddress, &error);
        QVERIFY2(created, qPrintable(error));

        // Used every 20 minutes, it still ends 8 hours after sign-in.
        for (int minutes = 20; minutes < 8 * 60; minutes += 20) {
            clock.setNow(kStart.addSecs(minutes * 60));
            QCOMPARE(lookupStatus(store, created->token), SessionLookupStatus::Valid);
        }
        clock.setNow(kStart.addSecs(8 * 3600 - 1));
        Session session;
        QCOMPARE(lookupStatus(store, created->token, &session), SessionLookupStatus::Valid);
        QCOMPARE(session.expiresAt, kStart.addSecs(8 * 3600));
        clock.setNow(kStart.addSecs(8 * 3600));
        QCOMPARE(lookupStatus(store, created->token), SessionLookupStatus::Expired);
    }

    void lookupWritesOncePerInterval_data() { test::addBackendColumn(); }
    void lookupWritesOncePerInterval()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        ManualClock clock(kStart);
        SessionStore store(db->database(), clock);
        QString error;
        const std::optional<NewSession> created = store.createForConsumer(kMobile, kAddress, &error);
        QVERIFY2(created, qPrintable(error));
        clock.advanceSeconds(59);
        QCOMPARE(lookupStatus(store, created->token), SessionLookupStatus::Valid);
        QCOMPARE(scalar(db->database(), u"SELECT last_used_at FROM auth_session"_s).toString(),
                 Timestamp::toStorage(kStart));
        clock.advanceSeconds(1);
        QCOMPARE(lookupStatus(store, created->token), SessionLookupStatus::Valid);
        QCOMPARE(scalar(db->database(), u"SELECT last_used_at FROM auth_session"_s).toString(),
                 Timestamp::toStorage(kStart.addSecs(60)));
    }

    void officerSessionLastsTwelveHours_data() { test::addBackendColumn(); }
    void officerSessionLastsTwelveHours()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        test::insertOfficeTree(db->database());
        const qint64 officerId = insertOfficer(db->database(), u"rkumar"_s);
        ManualClock clock(kStart);
        SessionStore store(db->database(), clock);
        QString error;
        const std::optional<NewSession> created =
            store.createForOfficer(officerId, u"  DC-Kolar-PC2 "_s, kAddress, &error);
        QVERIFY2(created, qPrintable(error));
        QCOMPARE(created->session.deviceName, u"DC-Kolar-PC2"_s);
        QCOMPARE(created->session.officerUsername, u"rkumar"_s);

        // Idle for 11 hours is fine; 12 hours after sign-in the session ends.
        clock.advanceSeconds(11 * 3600);
        Session session;
        QCOMPARE(lookupStatus(store, created->token, &session), SessionLookupStatus::Valid);
        QCOMPARE(session.subject, SessionSubject::Officer);
        QCOMPARE(session.officerId, officerId);
        QCOMPARE(session.officerUsername, u"rkumar"_s);
        QCOMPARE(session.deviceName, u"DC-Kolar-PC2"_s);
        QCOMPARE(session.clientAddress, kAddress);
        QCOMPARE(session.auditActor(), u"officer:rkumar"_s);
        clock.advanceSeconds(3600);
        QCOMPARE(lookupStatus(store, created->token), SessionLookupStatus::Expired);
    }

    void signOutRevokes_data() { test::addBackendColumn(); }
    void signOutRevokes()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        ManualClock clock(kStart);
        SessionStore store(db->database(), clock);
        QString error;
        const std::optional<NewSession> first = store.createForConsumer(kMobile, kAddress, &error);
        const std::optional<NewSession> second = store.createForConsumer(kMobile, kAddress, &error);
        QVERIFY2(first && second, qPrintable(error));
        QVERIFY(first->token != second->token);

        QVERIFY2(store.signOut(first->token, &error), qPrintable(error));
        Session session;
        QCOMPARE(lookupStatus(store, first->token, &session), SessionLookupStatus::Revoked);
        QCOMPARE(session.revokedReason, u"sign_out"_s);
        QCOMPARE(session.revokedAt, kStart);
        // The other session of the same mobile is untouched.
        QCOMPARE(lookupStatus(store, second->token), SessionLookupStatus::Valid);

        QVERIFY(!store.signOut(first->token, &error));
        QVERIFY2(error.contains(u"already ended"_s), qPrintable(error));
        QVERIFY(!store.signOut(u"not-a-token"_s, &error));
        QCOMPARE(scalar(db->database(), u"SELECT COUNT(*) FROM audit_log WHERE action = 'session.sign_out'"_s).toInt(),
                 1);
        QCOMPARE(scalar(db->database(), u"SELECT actor FROM audit_log WHERE action = 'session.sign_out'"_s).toString(),
                 u"consumer:98XXXXX210"_s);
    }

    void tokenIsStoredHashed_data() { test::addBackendColumn(); }
    void tokenIsStoredHashed()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        ManualClock clock(kStart);
        SessionStore store(db->database(), clock);
        QString error;
        const std::optional<NewSession> created = store.createForConsumer(kMobile, kAddress, &error);
        QVERIFY2(created, qPrintable(error));

        for (const QString &table : {u"auth_session"_s, u"audit_log"_s}) {
            QSqlQuery query(db->database().connection());
            QVERIFY2(execPlain(query, u"SELECT * FROM "_s + table, &error), qPrintable(error));
            while (query.next()) {
                const QSqlRecord record = query.record();
                for (int column = 0; column < record.count(); ++column)
                    QVERIFY2(!record.value(column).toString().contains(created->token.left(16)),
                             qPrintable(table + u'.' + record.fieldName(column)));
            }
        }
        const QString storedHash = scalar(db->database(), u"SELECT token_hash FROM auth_session"_s).toString();
        QCOMPARE(storedHash.size(), 64);
        QCOMPARE(storedHash,
                 QString::fromLatin1(
                     QCryptographicHash::hash(created->token.toLatin1(), QCryptographicHash::Sha256).toHex()));
    }

    void malformedTokenIsNotFound_data() { test::addBackendColumn(); }
    void malformedTokenIsNotFound()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        ManualClock clock(kStart);
        SessionStore store(db->database(), clock);
        QString error;
        const std::optional<NewSession> created = store.createForConsumer(kMobile, kAddress, &error);
        QVERIFY2(created, qPrintable(error));

        QString changedLast = created->token;
        changedLast[42] = changedLast[42] == u'A' ? u'Q' : u'A';
        const QStringList tokens = {QString(),
                                    u"Bearer"_s,
                                    created->token.left(42),
                                    created->token + u'A',
                                    created->token.toUpper(),
                                    QString(created->token).replace(0, 1, u"+"_s),
                                    changedLast,
                                    u"' OR '1'='1"_s};
        for (const QString &token : tokens) {
            if (token == created->token)
                continue;
            QCOMPARE(lookupStatus(store, token), SessionLookupStatus::NotFound);
        }
        QCOMPARE(lookupStatus(store, created->token), SessionLookupStatus::Valid);
    }

    void disabledOfficerIsRejected_data() { test::addBackendColumn(); }
    void disabledOfficerIsRejected()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        test::insertOfficeTree(db->database());
        const qint64 officerId = insertOfficer(db->database(), u"rkumar"_s);
        ManualClock clock(kStart);
        SessionStore store(db->database(), clock);
        OfficerStore officers(db->database(), clock, PasswordHasher::Cost::Interactive);
        QString error;
        const std::optional<NewSession> created = store.createForOfficer(officerId, u"PC1"_s, kAddress, &error);
        QVERIFY2(created, qPrintable(error));
        QCOMPARE(lookupStatus(store, created->token), SessionLookupStatus::Valid);

        // An account disabled behind the store's back (straight SQL) still stops its sessions at
        // the next lookup.
        QSqlQuery query(db->database().connection());
        QVERIFY(execPlain(query, u"UPDATE officer SET disabled_at = '2026-12-04T10:00:00.000Z'"_s, &error));
        QCOMPARE(lookupStatus(store, created->token), SessionLookupStatus::OfficerDisabled);
        QVERIFY(execPlain(query, u"UPDATE officer SET disabled_at = NULL"_s, &error));

        // Disabled through the store: the session is revoked at once, and enabling the account
        // does not revive it.
        const std::optional<NewSession> second = store.createForOfficer(officerId, u"PC3"_s, kAddress, &error);
        QVERIFY2(second, qPrintable(error));
        QVERIFY2(officers.setDisabled(u"rkumar"_s, true, u"transferred"_s, u"admin-cli"_s, &error), qPrintable(error));
        QCOMPARE(lookupStatus(store, second->token), SessionLookupStatus::Revoked);
        QVERIFY(!store.createForOfficer(officerId, u"PC2"_s, kAddress, &error));
        QVERIFY2(error.contains(u"\"rkumar\" is disabled"_s), qPrintable(error));
        QVERIFY2(officers.setDisabled(u"rkumar"_s, false, u"back"_s, u"admin-cli"_s, &error), qPrintable(error));
        Session session;
        QCOMPARE(lookupStatus(store, created->token, &session), SessionLookupStatus::Revoked);
        QCOMPARE(session.revokedReason, u"officer_disabled"_s);
    }

    void revokeAllForOfficer_data() { test::addBackendColumn(); }
    void revokeAllForOfficer()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        test::insertOfficeTree(db->database());
        const qint64 officerId = insertOfficer(db->database(), u"rkumar"_s);
        const qint64 otherId = insertOfficer(db->database(), u"sverma"_s);
        ManualClock clock(kStart);
        SessionStore store(db->database(), clock);
        QString error;
        const std::optional<NewSession> office = store.createForOfficer(officerId, u"Office PC"_s, kAddress, &error);
        clock.advanceSeconds(60);
        const std::optional<NewSession> laptop = store.createForOfficer(officerId, u"Laptop"_s, kAddress, &error);
        const std::optional<NewSession> colleague = store.createForOfficer(otherId, u"PC"_s, kAddress, &error);
        const std::optional<NewSession> consumer = store.createForConsumer(kMobile, kAddress, &error);
        QVERIFY2(office && laptop && colleague && consumer, qPrintable(error));

        QList<Session> sessions = store.listForOfficer(officerId, false, &error);
        QCOMPARE(sessions.size(), 2);
        QCOMPARE(sessions[0].deviceName, u"Laptop"_s); // newest first
        QCOMPARE(sessions[1].deviceName, u"Office PC"_s);

        QCOMPARE(store.revokeAllForOfficer(officerId, u"lost laptop"_s, u"admin-cli"_s, &error), 2);
        QCOMPARE(lookupStatus(store, office->token), SessionLookupStatus::Revoked);
        QCOMPARE(lookupStatus(store, laptop->token), SessionLookupStatus::Revoked);
        QCOMPARE(lookupStatus(store, colleague->token), SessionLookupStatus::Valid);
        QCOMPARE(lookupStatus(store, consumer->token), SessionLookupStatus::Valid);
        QCOMPARE(store.revokeAllForOfficer(officerId, u"again"_s, u"admin-cli"_s, &error), 0);
        QCOMPARE(store.revokeAllForOfficer(999, u"x"_s, u"admin-cli"_s, &error), -1);
        QVERIFY2(error.contains(u"999"_s), qPrintable(error));

        QVERIFY(store.listForOfficer(officerId, false, &error).isEmpty());
        sessions = store.listForOfficer(officerId, true, &error);
        QCOMPARE(sessions.size(), 2);
        QCOMPARE(sessions[0].revokedReason, u"lost laptop"_s);
        QCOMPARE(sessions[0].revokedAt, kStart.addSecs(60));
        QCOMPARE(scalar(db->database(), u"SELECT details FROM audit_log WHERE action = 'session.revoke_all'"
                                        " ORDER BY seq LIMIT 1"_s)
                     .toString(),
                 u"{\"reason\":\"lost laptop\",\"sessions\":2}"_s);
    }

    void revokeOneSession_data() { test::addBackendColumn(); }
    void revokeOneSession()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        test::insertOfficeTree(db->database());
        const qint64 officerId = insertOfficer(db->database(), u"rkumar"_s);
        ManualClock clock(kStart);
        SessionStore store(db->database(), clock);
        QString error;
        const std::optional<NewSession> first = store.createForOfficer(officerId, u"PC1"_s, kAddress, &error);
        const std::optional<NewSession> second = store.createForOfficer(officerId, u"PC2"_s, kAddress, &error);
        QVERIFY2(first && second, qPrintable(error));

        QVERIFY2(store.revoke(first->session.id, u"unknown device"_s, u"admin-cli"_s, &error), qPrintable(error));
        QCOMPARE(lookupStatus(store, first->token), SessionLookupStatus::Revoked);
        QCOMPARE(lookupStatus(store, second->token), SessionLookupStatus::Valid);
        QVERIFY(!store.revoke(first->session.id, u"again"_s, u"admin-cli"_s, &error));
        QVERIFY2(error.contains(u"already revoked"_s), qPrintable(error));
        QVERIFY(!store.revoke(12345, u"x"_s, u"admin-cli"_s, &error));
        QVERIFY2(error.contains(u"12345"_s), qPrintable(error));
    }

    void invalidOfficerSessionIsRejected_data() { test::addBackendColumn(); }
    void invalidOfficerSessionIsRejected()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        test::insertOfficeTree(db->database());
        const qint64 officerId = insertOfficer(db->database(), u"rkumar"_s);
        ManualClock clock(kStart);
        SessionStore store(db->database(), clock);
        QString error;
        QVERIFY(!store.createForOfficer(officerId, u"  "_s, kAddress, &error));
        QVERIFY2(error.contains(u"device name"_s), qPrintable(error));
        QVERIFY(!store.createForOfficer(officerId, QString(65, u'x'), kAddress, &error));
        QVERIFY(!store.createForOfficer(officerId, u"PC\n2"_s, kAddress, &error));
        QVERIFY(!store.createForOfficer(4242, u"PC"_s, kAddress, &error));
        QVERIFY2(error.contains(u"4242"_s), qPrintable(error));
        QVERIFY(!store.createForConsumer(u"12345"_s, kAddress, &error));
        QVERIFY2(error.contains(u"\"12345\""_s), qPrintable(error));
        QCOMPARE(scalar(db->database(), u"SELECT COUNT(*) FROM auth_session"_s).toInt(), 0);

        SessionSettings settings;
        settings.consumerIdleSeconds = 10;
        SessionStore misconfigured(db->database(), clock, settings);
        QVERIFY(!misconfigured.createForConsumer(kMobile, kAddress, &error));
        QVERIFY2(error.contains(u"consumer idle limit of 10 seconds"_s), qPrintable(error));
    }

    void purgeRemovesEnded_data() { test::addBackendColumn(); }
    void purgeRemovesEnded()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        ManualClock clock(kStart);
        SessionStore store(db->database(), clock);
        QString error;
        const std::optional<NewSession> old = store.createForConsumer(kMobile, kAddress, &error);
        const std::optional<NewSession> signedOut = store.createForConsumer(kMobile, kAddress, &error);
        QVERIFY(store.signOut(signedOut->token, &error));
        clock.advanceSeconds(9 * 3600);
        const std::optional<NewSession> current = store.createForConsumer(kMobile, kAddress, &error);
        QVERIFY2(old && current, qPrintable(error));
        QCOMPARE(store.purgeEnded(clock.nowUtc(), &error), 2);
        QCOMPARE(lookupStatus(store, old->token), SessionLookupStatus::NotFound);
        QCOMPARE(lookupStatus(store, current->token), SessionLookupStatus::Valid);
    }
};

QTEST_GUILESS_MAIN(TestSessionStore)
#include "TestSessionStore.moc"
