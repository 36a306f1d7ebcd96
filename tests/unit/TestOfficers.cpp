#include "Clock.h"
#include "OfficeFixtures.h"
#include "ServerProcess.h"
#include "TestDatabase.h"
#include "audit/AuditLog.h"
#include "officers/OfficerStore.h"
#include "officers/PasswordHasher.h"
#include "security/SessionStore.h"
#include "storage/SqlUtil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;

namespace {

const QByteArray kPassword = "Correct-Horse-42";

QProcessEnvironment fastHashing()
{
    QProcessEnvironment environment;
    environment.insert(u"NODUES_OFFICERS_PASSWORD_COST"_s, u"interactive"_s);
    return environment;
}

NewOfficer clerk(const QString &username = u"rkumar"_s)
{
    return {username,   u"Rakesh Kumar"_s, u"राकेश कुमार"_s,   u"Junior Engineer"_s, u"+91 98765-43210"_s,
            u"clerk"_s, u"2030201"_s,      u" कनिष्ठ यंत्री "_s};
}

QString storedColumn(Database &database, const QString &column, const QString &username)
{
    QSqlQuery query(database.connection());
    QString error;
    // column comes from the test itself, never from input.
    if (!execPrepared(query, u"SELECT %1 FROM officer WHERE username = :u"_s.arg(column), {{u"u"_s, username}},
                      &error) ||
        !query.next())
        return u"<error: %1>"_s.arg(error);
    return query.value(0).toString();
}

} // namespace

class TestOfficers : public QObject
{
    Q_OBJECT

private slots:
    void hashVerifiesOnlyRightPassword()
    {
        QString error;
        const QString hash = PasswordHasher::hash(kPassword, PasswordHasher::Cost::Interactive, &error);
        QVERIFY2(hash.startsWith(u"$argon2id$"_s), qPrintable(hash));
        QVERIFY(!hash.contains(QString::fromLatin1(kPassword)));
        QVERIFY(PasswordHasher::verify(hash, kPassword));
        QVERIFY(!PasswordHasher::verify(hash, "Correct-Horse-43"));
        QVERIFY(!PasswordHasher::verify(hash, ""));
        QVERIFY(!PasswordHasher::verify(u"plain-text"_s, "plain-text"));
        // A second hash of the same password uses a fresh salt.
        QVERIFY(PasswordHasher::hash(kPassword, PasswordHasher::Cost::Interactive, &error) != hash);
        QVERIFY(PasswordHasher::needsRehash(hash, PasswordHasher::Cost::Moderate));
        QVERIFY(!PasswordHasher::needsRehash(hash, PasswordHasher::Cost::Interactive));
    }

    void passwordPolicy_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("nine characters") << u"abcdefgh1"_s << false;
        QTest::newRow("ten characters") << u"abcdefgh12"_s << true;
        QTest::newRow("same as username") << u"rkumar1234"_s << false;
        QTest::newRow("one repeated character") << u"aaaaaaaaaaaa"_s << false;
        QTest::newRow("129 characters") << QString(128, u'x') + u'y' << false;
        QTest::newRow("Devanagari") << u"बिजली-बिल-२०२६"_s << true;
        QTest::newRow("digits only") << u"1234567890"_s << false;
        QTest::newRow("letters only") << u"abcdefghijkl"_s << false;
    }
    void passwordPolicy()
    {
        QFETCH(QString, password);
        QFETCH(bool, accepted);
        QString reason;
        QCOMPARE(PasswordHasher::meetsPolicy(password, u"rkumar1234"_s, &reason), accepted);
        QCOMPARE(reason.isEmpty(), accepted);
    }

    void addStoresHashAndAudit_data() { test::addBackendColumn(); }
    void addStoresHashAndAudit()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        test::insertOfficeTree(db->database());
        const ManualClock clock(QDateTime(QDate(2026, 12, 4), QTime(9, 0), Qt::UTC));
        OfficerStore store(db->database(), clock, PasswordHasher::Cost::Interactive);

        QString error;
        const std::optional<Officer> added = store.add(clerk(), kPassword, u"admin-cli:test"_s, &error);
        QVERIFY2(added, qPrintable(error));
        QCOMPARE(added->mobile, u"9876543210"_s);
        QCOMPARE(added->role, OfficerRole::Clerk);

        const QString hash = storedColumn(db->database(), u"password_hash"_s, u"rkumar"_s);
        QVERIFY(PasswordHasher::verify(hash, kPassword));

        const std::optional<Officer> found = store.find(u"rkumar"_s, &error);
        QVERIFY(found);
        QCOMPARE(found->nameHi, u"राकेश कुमार"_s);
        QCOMPARE(found->designation, u"Junior Engineer"_s);
        QCOMPARE(found->designationHi, u"कनिष्ठ यंत्री"_s);
        QCOMPARE(added->designationHi, u"कनिष्ठ यंत्री"_s);
        QCOMPARE(found->createdAt, clock.nowUtc());
        QVERIFY(!found->isDisabled());

        // The audit row names the officer, never the password or hash, and masks the mobile.
        QSqlQuery query(db->database().connection());
        QVERIFY(execPlain(query, u"SELECT action, entity_id, details FROM audit_log ORDER BY seq"_s, &error));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), u"officer.add"_s);
        QCOMPARE(query.value(1).toString(), u"rkumar"_s);
        const QString details = query.value(2).toString();
        QVERIFY2(details.contains(u"98XXXXX210"_s), qPrintable(details));
        QVERIFY2(details.contains(u"\"designation_hi\":\"कनिष्ठ यंत्री\""_s), qPrintable(details));
        QVERIFY(!details.contains(u"9876543210"_s));
        QVERIFY(!details.contains(u"argon2"_s));
        QVERIFY(AuditLog::verify(db->database(), &error).intact);
    }

    void addRejectsInvalidInput_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expectedMessage");
        for (const QString &backend : {u"sqlite"_s, u"postgres"_s}) {
            const QByteArray b = backend.toLatin1();
            QTest::addRow("%s-uppercase username", b.constData())
                << backend << u"username"_s << u"RKumar"_s << u"username \"RKumar\" is invalid"_s;
            QTest::addRow("%s-short username", b.constData()) << backend << u"username"_s << u"rk"_s << u"is invalid"_s;
            QTest::addRow("%s-unknown role", b.constData())
                << backend << u"role"_s << u"dgm"_s << u"role \"dgm\" is unknown"_s;
            QTest::addRow("%s-unknown office", b.constData())
                << backend << u"office"_s << u"9999999"_s << u"\"9999999\" does not exist"_s;
            QTest::addRow("%s-clerk at division", b.constData())
                << backend << u"office"_s << u"20302"_s << u"must be attached to a dc"_s;
            QTest::addRow("%s-bad mobile", b.constData()) << backend << u"mobile"_s << u"12345"_s << u"12345"_s;
            QTest::addRow("%s-no name", b.constData()) << backend << u"name"_s << u" "_s << u"name is missing"_s;
            QTest::addRow("%s-no designation", b.constData())
                << backend << u"designation"_s << u""_s << u"designation is missing"_s;
            QTest::addRow("%s-line break in name", b.constData())
                << backend << u"name"_s << u"Mohan\nDas"_s << u"contains a line break"_s;
            QTest::addRow("%s-long name", b.constData())
                << backend << u"name"_s << QString(101, u'a') << u"has 101 characters; use at most 100"_s;
            QTest::addRow("%s-Hindi in English name", b.constData())
                << backend << u"name"_s << u"मोहन दास"_s << u"contains Devanagari letters"_s;
            QTest::addRow("%s-Latin Hindi name", b.constData())
                << backend << u"name_hi"_s << u"Mohan Das"_s << u"Hindi name \"Mohan Das\" has no Devanagari"_s;
            QTest::addRow("%s-Latin Hindi designation", b.constData())
                << backend << u"designation_hi"_s << u"Junior Engineer"_s
                << u"Hindi designation \"Junior Engineer\" has no Devanagari"_s;
            QTest::addRow("%s-mobile of another officer", b.constData())
                << backend << u"mobile"_s << u"9425000999"_s << u"already registered to officer \"other\""_s;
        }
    }
    void addRejectsInvalidInput()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expectedMessage);
        test::insertOfficeTree(db->database());
        const ManualClock clock(QDateTime(QDate(2026, 12, 4), QTime(9, 0), Qt::UTC));
        OfficerStore store(db->database(), clock, PasswordHasher::Cost::Interactive);

        NewOfficer input = clerk();
        if (field == u"username"_s)
            input.username = value;
        else if (field == u"role"_s)
            input.role = value;
        else if (field == u"office"_s)
            input.officeCode = value;
        else if (field == u"mobile"_s)
            input.mobile = value;
        else if (field == u"name"_s)
            input.name = value;
        else if (field == u"designation"_s)
            input.designation = value;
        else if (field == u"name_hi"_s)
            input.nameHi = value;
        else if (field == u"designation_hi"_s)
            input.designationHi = value;

        // Another officer has the mobile 9425000999.
        QString error;
        NewOfficer other = clerk(u"other"_s);
        other.mobile = u"9425000999"_s;
        QVERIFY2(store.add(other, kPassword, u"test"_s, &error), qPrintable(error));

        QVERIFY(!store.add(input, kPassword, u"test"_s, &error));
        QVERIFY2(error.contains(expectedMessage), qPrintable(error));
        QCOMPARE(store.list({}, &error).size(), 1);
    }

    void duplicateUsernameRejected_data() { test::addBackendColumn(); }
    void duplicateUsernameRejected()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        test::insertOfficeTree(db->database());
        const ManualClock clock(QDateTime(QDate(2026, 12, 4), QTime(9, 0), Qt::UTC));
        OfficerStore store(db->database(), clock, PasswordHasher::Cost::Interactive);
        QString error;
        QVERIFY(store.add(clerk(), kPassword, u"test"_s, &error));
        QVERIFY(!store.add(clerk(), kPassword, u"test"_s, &error));
        QVERIFY2(error.contains(u"already exists"_s), qPrintable(error));
    }

    void disableAndPassword_data() { test::addBackendColumn(); }
    void disableAndPassword()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        test::insertOfficeTree(db->database());
        ManualClock clock(QDateTime(QDate(2026, 12, 4), QTime(9, 0), Qt::UTC));
        OfficerStore store(db->database(), clock, PasswordHasher::Cost::Interactive);
        QString error;
        QVERIFY(store.add(clerk(), kPassword, u"test"_s, &error));

        clock.advanceSeconds(60);
        QVERIFY2(store.setDisabled(u"rkumar"_s, true, u"transferred"_s, u"test"_s, &error), qPrintable(error));
        QCOMPARE(store.find(u"rkumar"_s, &error)->disabledAt, clock.nowUtc());
        QVERIFY(!store.setDisabled(u"rkumar"_s, true, {}, u"test"_s, &error));
        QVERIFY2(error.contains(u"already disabled"_s), qPrintable(error));
        QCOMPARE(store.list({{}, {}, false}, &error).size(), 0);
        QCOMPARE(store.list({}, &error).size(), 1);
        error.clear();
        QCOMPARE(store.list({u"2030201"_s, {}, true}, &error).size(), 1);
        QCOMPARE(store.list({u"2030202"_s, {}, true}, &error).size(), 0);
        QVERIFY(error.isEmpty());
        QVERIFY(store.list({u"9999999"_s, {}, true}, &error).isEmpty());
        QVERIFY2(error.contains(u"\"9999999\" does not exist"_s), qPrintable(error));
        error.clear();
        QVERIFY(store.setDisabled(u"rkumar"_s, false, {}, u"test"_s, &error));
        QVERIFY(!store.find(u"rkumar"_s, &error)->isDisabled());

        QVERIFY(!store.setPassword(u"rkumar"_s, "short", u"test"_s, &error));
        QVERIFY(store.setPassword(u"rkumar"_s, "Another-Secret-99", u"test"_s, &error));
        const QString hash = storedColumn(db->database(), u"password_hash"_s, u"rkumar"_s);
        QVERIFY(PasswordHasher::verify(hash, "Another-Secret-99"));
        QVERIFY(!PasswordHasher::verify(hash, kPassword));
        QVERIFY(!store.setPassword(u"nobody"_s, "Another-Secret-99", u"test"_s, &error));
        QVERIFY2(error.contains(u"nobody"_s), qPrintable(error));

        const AuditVerification audit = AuditLog::verify(db->database(), &error);
        QVERIFY(audit.intact);
        QCOMPARE(audit.rowsChecked, 4); // add, disable, enable, set_password
    }

    void disableRevokesSessions_data() { test::addBackendColumn(); }
    void disableRevokesSessions()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        test::insertOfficeTree(db->database());
        ManualClock clock(QDateTime(QDate(2026, 12, 4), QTime(9, 0), Qt::UTC));
        OfficerStore store(db->database(), clock, PasswordHasher::Cost::Interactive);
        SessionStore sessions(db->database(), clock);
        QString error;
        const std::optional<Officer> officer = store.add(clerk(), kPassword, u"test"_s, &error);
        QVERIFY2(officer, qPrintable(error));
        const std::optional<NewSession> first =
            sessions.createForOfficer(officer->id, u"DC-PC1"_s, u"127.0.0.1"_s, &error);
        const std::optional<NewSession> second =
            sessions.createForOfficer(officer->id, u"DC-PC2"_s, u"127.0.0.1"_s, &error);
        QVERIFY2(first && second, qPrintable(error));

        QVERIFY2(store.setDisabled(u"rkumar"_s, true, u"transferred"_s, u"test"_s, &error), qPrintable(error));
        QVERIFY(store.setDisabled(u"rkumar"_s, false, {}, u"test"_s, &error));

        // Neither token works after the account is enabled again.
        for (const QString &token : {first->token, second->token}) {
            SessionLookupStatus status = SessionLookupStatus::Valid;
            QVERIFY(sessions.lookup(token, &status, nullptr, &error));
            QCOMPARE(status, SessionLookupStatus::Revoked);
        }
        QSqlQuery query(db->database().connection());
        QVERIFY(execPlain(query, u"SELECT details FROM audit_log WHERE action = 'officer.disable'"_s, &error));
        QVERIFY(query.next());
        QVERIFY2(query.value(0).toString().contains(u"\"sessions_revoked\":2"_s),
                 qPrintable(query.value(0).toString()));
    }

    void editChangesDetails_data() { test::addBackendColumn(); }
    void editChangesDetails()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        test::insertOfficeTree(db->database());
        ManualClock clock(QDateTime(QDate(2026, 12, 4), QTime(9, 0), Qt::UTC));
        OfficerStore store(db->database(), clock, PasswordHasher::Cost::Interactive);
        QString error;
        const std::optional<Officer> added = store.add(clerk(), kPassword, u"test"_s, &error);
        QVERIFY2(added, qPrintable(error));

        // An active sign-in code, sent to the old mobile.
        QSqlQuery query(db->database().connection());
        QVERIFY2(execPrepared(query,
                              u"INSERT INTO otp_challenge (challenge_id, purpose, binding_digest, subject,"
                              " recipient_mobile, client_address, code_hash, created_at, expires_at, max_attempts,"
                              " status) VALUES ('c1', 'officer_sign_in', 'd', :subject, '9876543210', '127.0.0.1',"
                              " 'h', '2026-12-04T09:00:00.000Z', '2026-12-04T09:05:00.000Z', 3, 'active')"_s,
                              {{u"subject"_s, u"officer:%1"_s.arg(added->id)}}, &error),
                 qPrintable(error));

        clock.advanceSeconds(60);
        OfficerEdit edit;
        edit.designationHi = u" सहायक यंत्री "_s;
        edit.name = u"Rakesh Kumar Jain"_s;
        edit.mobile = u"+91 94250 12345"_s;
        const std::optional<Officer> edited = store.edit(u"rkumar"_s, edit, u"admin-cli"_s, &error);
        QVERIFY2(edited, qPrintable(error));
        QCOMPARE(edited->designationHi, u"सहायक यंत्री"_s);
        QCOMPARE(edited->name, u"Rakesh Kumar Jain"_s);
        QCOMPARE(edited->mobile, u"9425012345"_s);
        QCOMPARE(edited->designation, u"Junior Engineer"_s);
        const std::optional<Officer> stored = store.find(u"rkumar"_s, &error);
        QCOMPARE(stored->designationHi, u"सहायक यंत्री"_s);
        QCOMPARE(stored->name, u"Rakesh Kumar Jain"_s);
        QCOMPARE(stored->mobile, u"9425012345"_s);
        QCOMPARE(stored->nameHi, u"राकेश कुमार"_s);
        QCOMPARE(storedColumn(db->database(), u"updated_at"_s, u"rkumar"_s), u"2026-12-04T09:01:00.000Z"_s);

        QVERIFY(execPlain(query, u"SELECT status FROM otp_challenge WHERE challenge_id = 'c1'"_s, &error));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), u"superseded"_s);
        QVERIFY(execPlain(query, u"SELECT actor, details FROM audit_log WHERE action = 'officer.edit'"_s, &error));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), u"admin-cli"_s);
        const QJsonObject details = QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
        QCOMPARE(details[u"changes"_s][u"name"_s][u"old"_s].toString(), u"Rakesh Kumar"_s);
        QCOMPARE(details[u"changes"_s][u"name"_s][u"new"_s].toString(), u"Rakesh Kumar Jain"_s);
        QCOMPARE(details[u"changes"_s][u"designation_hi"_s][u"new"_s].toString(), u"सहायक यंत्री"_s);
        QCOMPARE(details[u"changes"_s][u"mobile"_s][u"old"_s].toString(), u"98XXXXX210"_s);
        QCOMPARE(details[u"changes"_s][u"mobile"_s][u"new"_s].toString(), u"94XXXXX345"_s);
        QCOMPARE(details[u"otps_superseded"_s].toInt(), 1);
        QVERIFY(!details.contains(u"designation"_s));
        QVERIFY(!query.value(1).toString().contains(u"9425012345"_s));
        query.finish();

        // An empty Hindi text clears it.
        OfficerEdit clear;
        clear.nameHi = QString();
        QVERIFY2(store.edit(u"rkumar"_s, clear, u"admin-cli"_s, &error), qPrintable(error));
        QCOMPARE(store.find(u"rkumar"_s, &error)->nameHi, QString());

        // Edits that cannot be made change nothing, and the error names why.
        QVERIFY(!store.edit(u"rkumar"_s, edit, u"admin-cli"_s, &error));
        QVERIFY2(error.contains(u"already has these details"_s), qPrintable(error));
        QVERIFY(!store.edit(u"rkumar"_s, OfficerEdit{}, u"admin-cli"_s, &error));
        QVERIFY2(error.contains(u"Nothing to change"_s), qPrintable(error));
        OfficerEdit invalid;
        invalid.mobile = u"12345"_s;
        invalid.designation = u"  "_s;
        QVERIFY(!store.edit(u"rkumar"_s, invalid, u"admin-cli"_s, &error));
        QVERIFY2(error.contains(u"12345"_s), qPrintable(error));
        QVERIFY2(error.contains(u"The designation is missing"_s), qPrintable(error));
        QCOMPARE(store.find(u"rkumar"_s, &error)->mobile, u"9425012345"_s);
        OfficerEdit badDetails;
        badDetails.nameHi = u"Rakesh"_s;
        badDetails.name = u"Rakesh\tKumar"_s;
        QVERIFY(!store.edit(u"rkumar"_s, badDetails, u"admin-cli"_s, &error));
        QVERIFY2(error.contains(u"Hindi name \"Rakesh\" has no Devanagari"_s), qPrintable(error));
        QVERIFY2(error.contains(u"control character"_s), qPrintable(error));
        NewOfficer second = clerk(u"second"_s);
        second.mobile = u"9425000777"_s;
        QVERIFY2(store.add(second, kPassword, u"test"_s, &error), qPrintable(error));
        OfficerEdit takenMobile;
        takenMobile.mobile = u"9425000777"_s;
        QVERIFY(!store.edit(u"rkumar"_s, takenMobile, u"admin-cli"_s, &error));
        QVERIFY2(error.contains(u"already registered to officer \"second\""_s), qPrintable(error));
        QVERIFY(!store.edit(u"nobody"_s, edit, u"admin-cli"_s, &error));
        QVERIFY2(error.contains(u"No officer has the username \"nobody\""_s), qPrintable(error));

        const AuditVerification audit = AuditLog::verify(db->database(), &error);
        QVERIFY(audit.intact);
        QCOMPARE(audit.rowsChecked, 4); // add, edit, edit, add
    }

    void commandsThroughBinary_data() { test::addBackendColumn(); }
    void commandsThroughBinary()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        test::insertOfficeTree(db->database());

        const QString passwordFile = db->scratchPath(u"password.txt"_s);
        QFile file(passwordFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kPassword + "\n");
        file.close();

        const QStringList addDgm = {
            u"officer"_s,       u"add"_s,          u"--username"_s,       u"dgm.city"_s,
            u"--name"_s,        u"Sunita Verma"_s, u"--name-hi"_s,        u"सुनीता वर्मा"_s,
            u"--designation"_s, u"DGM (City)"_s,   u"--designation-hi"_s, u"उप महाप्रबंधक (शहर)"_s,
            u"--mobile"_s,      u"09425012345"_s,  u"--role"_s,           u"division_officer"_s,
            u"--office"_s,      u"20302"_s,        u"--password-file"_s,  passwordFile};
        const test::CommandResult added = test::runServerCommand(addDgm, db->url(), {}, 120000, fastHashing());
        QCOMPARE(added.exitCode, 0);
        QVERIFY2(added.standardOutput.contains(u"Added officer dgm.city (division_officer) at office 20302, OTPs to "
                                               "94XXXXX345"_s),
                 qPrintable(added.standardOutput + added.standardError));
        QVERIFY(!added.standardOutput.contains(QString::fromLatin1(kPassword)));

        // The password may come from standard input too.
        const QStringList addClerk = {u"officer"_s,  u"add"_s,        u"--username"_s,      u"clerk1"_s,
                                      u"--name"_s,   u"Amit Jain"_s,  u"--designation"_s,   u"Line Clerk"_s,
                                      u"--mobile"_s, u"7000000001"_s, u"--role"_s,          u"clerk"_s,
                                      u"--office"_s, u"2030202"_s,    u"--password-file"_s, u"-"_s};
        const test::CommandResult viaStdin =
            test::runServerCommand(addClerk, db->url(), "Stdin-Password-1\n", 120000, fastHashing());
        QVERIFY2(viaStdin.exitCode == 0, qPrintable(viaStdin.standardError));

        // Without a terminal or a file the command refuses instead of hanging.
        QStringList noPassword = addClerk.mid(0, addClerk.size() - 2);
        noPassword[3] = u"clerk2"_s;
        const test::CommandResult refused = test::runServerCommand(noPassword, db->url(), {}, 120000, fastHashing());
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.standardError.contains(u"--password-file"_s), qPrintable(refused.standardError));

        const test::CommandResult missing =
            test::runServerCommand({u"officer"_s, u"add"_s, u"--username"_s, u"x1x"_s}, db->url());
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.standardError.contains(u"--name"_s), qPrintable(missing.standardError));

        const test::CommandResult listed = test::runServerCommand({u"officer"_s, u"list"_s, u"--json"_s}, db->url());
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(listed.standardOutput.toUtf8()).array();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0)[u"username"_s].toString(), u"dgm.city"_s); // ordered by office, then username
        QCOMPARE(rows.at(0)[u"mobile"_s].toString(), u"94XXXXX345"_s);
        QCOMPARE(rows.at(0)[u"designation_hi"_s].toString(), u"उप महाप्रबंधक (शहर)"_s);
        QCOMPARE(rows.at(1)[u"office_code"_s].toString(), u"2030202"_s);
        // Added without --designation-hi: empty, and certificates show the English designation.
        QCOMPARE(rows.at(1)[u"designation_hi"_s].toString(), QString());
        QVERIFY(!listed.standardOutput.contains(u"9425012345"_s));

        const test::CommandResult disabled =
            test::runServerCommand({u"officer"_s, u"disable"_s, u"clerk1"_s, u"--reason"_s, u"left"_s}, db->url());
        QCOMPARE(disabled.exitCode, 0);
        const test::CommandResult activeOnly =
            test::runServerCommand({u"officer"_s, u"list"_s, u"--role"_s, u"clerk"_s}, db->url());
        QVERIFY2(activeOnly.standardOutput.contains(u"disabled"_s), qPrintable(activeOnly.standardOutput));
        QVERIFY2(activeOnly.standardOutput.contains(u"\n1 officer\n"_s), qPrintable(activeOnly.standardOutput));

        QFile newPassword(passwordFile);
        QVERIFY(newPassword.open(QIODevice::WriteOnly | QIODevice::Truncate));
        newPassword.write("Brand-New-Secret-7\n");
        newPassword.close();
        const test::CommandResult changed =
            test::runServerCommand({u"officer"_s, u"set-password"_s, u"dgm.city"_s, u"--password-file"_s, passwordFile},
                                   db->url(), {}, 120000, fastHashing());
        QCOMPARE(changed.exitCode, 0);
        QVERIFY(PasswordHasher::verify(storedColumn(db->database(), u"password_hash"_s, u"dgm.city"_s),
                                       "Brand-New-Secret-7"));

        // An account added without a Hindi designation gets one later.
        const test::CommandResult edited = test::runServerCommand(
            {u"officer"_s, u"edit"_s, u"clerk1"_s, u"--designation-hi"_s, u"लाइन लिपिक"_s}, db->url());
        QVERIFY2(edited.exitCode == 0, qPrintable(edited.standardError));
        QVERIFY2(edited.standardOutput.contains(u"Changed officer clerk1: Amit Jain (), Line Clerk (लाइन लिपिक), OTPs "
                                                "to 70XXXXX001."_s),
                 qPrintable(edited.standardOutput));
        QCOMPARE(storedColumn(db->database(), u"designation_hi"_s, u"clerk1"_s), u"लाइन लिपिक"_s);
        const test::CommandResult nothing = test::runServerCommand({u"officer"_s, u"edit"_s, u"clerk1"_s}, db->url());
        QCOMPARE(nothing.exitCode, 2);
        QVERIFY2(nothing.standardError.contains(u"--designation-hi"_s), qPrintable(nothing.standardError));
        const test::CommandResult unknown =
            test::runServerCommand({u"officer"_s, u"edit"_s, u"nobody"_s, u"--name"_s, u"X"_s}, db->url());
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.standardError.contains(u"No officer has the username \"nobody\""_s),
                 qPrintable(unknown.standardError));

        const test::CommandResult audit = test::runServerCommand({u"audit"_s, u"verify"_s}, db->url());
        QCOMPARE(audit.exitCode, 0);
        QVERIFY2(audit.standardOutput.contains(u"5 rows checked"_s), qPrintable(audit.standardOutput));
    }
};

QTEST_GUILESS_MAIN(TestOfficers)
#include "TestOfficers.moc"
