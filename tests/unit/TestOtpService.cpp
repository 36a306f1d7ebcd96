#include "Clock.h"
#include "TestDatabase.h"
#include "Timestamp.h"
#include "security/OtpService.h"
#include "security/ServerSecrets.h"
#include "sms/SmsTemplates.h"
#include "storage/SqlUtil.h"
#include "storage/WriteTransaction.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <array>
#include <latch>
#include <thread>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;

namespace {

const QDateTime kStart(QDate(2026, 12, 4), QTime(10, 0), Qt::UTC);
const QString kMobile = u"9876543210"_s;
const QString kOtherMobile = u"8123456789"_s;
const QString kThirdMobile = u"7000000003"_s;
const QString kFourthMobile = u"7000000004"_s;
const QString kAddress = u"203.0.113.7"_s;
const QString kContentHash = u"5f2b4a3c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a"_s;

// A fixed key: tests must not depend on files, and the hash of a known key is reproducible.
ServerSecrets testSecrets()
{
    return ServerSecrets::fromKeys(
        QByteArray::fromHex("0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0"));
}

OtpIssueRequest request(const QString &recipient = kMobile, const QString &address = kAddress)
{
    OtpIssueRequest result;
    result.recipientMobile = recipient;
    result.clientAddress = address;
    result.language = u"en"_s;
    result.actor = u"consumer:98XXXXX210"_s;
    return result;
}

OtpVerifyRequest verifyRequest(const QString &challengeId, const QString &code)
{
    return OtpVerifyRequest{challengeId, code, kAddress, u"consumer:98XXXXX210"_s};
}

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

// The code of a challenge, read from the SMS the way a phone would: the body of its outbox row.
// The English texts all start with the code.
QString sentCode(Database &database, const QString &challengeId)
{
    const QString body = scalar(database,
                                u"SELECT o.body FROM sms_outbox o JOIN otp_challenge c ON c.sms_id = o.id"
                                " WHERE c.challenge_id = :id"_s,
                                {{u"id"_s, challengeId}})
                             .toString();
    // The only run of exactly six digits: IVRS numbers are longer and mobiles are masked.
    static const QRegularExpression sixDigits(u"(?<![0-9])([0-9]{6})(?![0-9])"_s);
    return sixDigits.match(body).captured(1);
}

// A code guaranteed to differ from code.
QString otherCode(const QString &code)
{
    return u"%1"_s.arg((code.toInt() + 1) % 1000000, 6, 10, QChar(u'0'));
}

// Collects every message Qt logs while it is installed, with every nodues category enabled.
class LogCapture
{
public:
    LogCapture()
    {
        s_instance = this;
        QLoggingCategory::setFilterRules(u"nodues.*=true"_s);
        m_previous = qInstallMessageHandler(&LogCapture::handle);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QString());
        s_instance = nullptr;
    }
    QStringList lines() const
    {
        const QMutexLocker locker(&m_mutex);
        return m_lines;
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (s_instance) {
            const QMutexLocker locker(&s_instance->m_mutex);
            s_instance->m_lines.append(QString::fromLatin1(context.category ? context.category : "") + u' ' + message);
        }
        if (s_instance && s_instance->m_previous)
            s_instance->m_previous(type, context, message);
    }

    static inline LogCapture *s_instance = nullptr;
    QtMessageHandler m_previous = nullptr;
    mutable QMutex m_mutex;
    QStringList m_lines;
};

} // namespace

class TestOtpService : public QObject
{
    Q_OBJECT

private:
    SmsTemplates m_templates;

    // Issues a code and checks that it was issued.
    static OtpIssueResult issueOk(OtpService &service, const OtpBinding &binding, const OtpIssueRequest &input)
    {
        OtpIssueResult result;
        QString error;
        const bool ok = service.issue(binding, input, &result, &error);
        if (!ok)
            qWarning("issue failed: %s", qPrintable(error));
        if (result.status != OtpIssueStatus::Issued)
            qWarning("issue was refused");
        return result;
    }

    static OtpVerifyResult verify(OtpService &service, const OtpBinding &binding, const QString &challengeId,
                                  const QString &code)
    {
        OtpVerifyResult result;
        QString error;
        if (!service.verify(binding, verifyRequest(challengeId, code), &result, &error))
            qWarning("verify failed: %s", qPrintable(error));
        return result;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_templates.setLinkDomains({u"nodues.mpcz.in"_s}, &error), qPrintable(error));
        QVERIFY2(m_templates.loadWithOverride({}, &error), qPrintable(error));
    }

    void codesAreSixDigits()
    {
        bool sawLeadingZero = false;
        QSet<QString> distinct;
        for (int i = 0; i < 3000; ++i) {
            const QString code = OtpCodeHasher::newCode();
            QCOMPARE(code.size(), 6);
            QVERIFY2(QRegularExpression(u"^[0-9]{6}$"_s).match(code).hasMatch(), qPrintable(code));
            sawLeadingZero = sawLeadingZero || code.startsWith(u'0');
            distinct.insert(code);
        }
        // One code in ten starts with 0; missing all in 3000 draws has probability 0.9^3000.
        QVERIFY(sawLeadingZero);
        QVERIFY(distinct.size() > 2900);
    }

    void hashDependsOnKeyPurposeBinding()
    {
        const QByteArray key = testSecrets().otpHmacKey();
        const OtpCodeHasher hasher(key);
        const QString hash = hasher.hash(OtpPurpose::ConsumerSignIn, kMobile, u"012345"_s);
        QCOMPARE(hash.size(), 64);
        QVERIFY(hasher.matches(hash, OtpPurpose::ConsumerSignIn, kMobile, u"012345"_s));
        QVERIFY(!hasher.matches(hash, OtpPurpose::ConsumerSignIn, kMobile, u"012346"_s));
        QVERIFY(!hasher.matches(hash, OtpPurpose::LinkConnection, kMobile, u"012345"_s));
        QVERIFY(!hasher.matches(hash, OtpPurpose::ConsumerSignIn, kOtherMobile, u"012345"_s));
        QVERIFY(!hasher.matches(hash.left(62), OtpPurpose::ConsumerSignIn, kMobile, u"012345"_s));
        QVERIFY(!hasher.matches(u"not hex"_s, OtpPurpose::ConsumerSignIn, kMobile, u"012345"_s));

        // Another key gives another hash, so the database alone cannot test guesses.
        QByteArray otherKey = key;
        otherKey[0] = static_cast<char>(otherKey[0] ^ 1);
        const OtpCodeHasher otherHasher(otherKey);
        QVERIFY(otherHasher.hash(OtpPurpose::ConsumerSignIn, kMobile, u"012345"_s) != hash);
        // Shifting characters between the binding and the code changes the hash too.
        QVERIFY(hasher.hash(OtpPurpose::ConsumerSignIn, kMobile + u'0', u"12345"_s) != hash);
    }

    void decisionBindingIsCanonical()
    {
        const QList<ApplicationVersion> batch = {{u"NDA/2030201/2026-27/000002"_s, 3},
                                                 {u"NDA/2030201/2026-27/000001"_s, 7}};
        const QList<ApplicationVersion> reordered = {batch[1], batch[0]};
        const OtpBinding first = OtpBinding::officerDecision(12, u"approve"_s, batch);
        const OtpBinding second = OtpBinding::officerDecision(12, u"approve"_s, reordered);
        QVERIFY2(first.problem().isEmpty(), qPrintable(first.problem()));
        QCOMPARE(first.value(), second.value());
        QCOMPARE(first.subject(), u"officer:12"_s);
        QCOMPARE(first.smsVariables().value(u"count"_s), u"2"_s);
        QCOMPARE(first.smsVariables().value(u"decision"_s), u"approve"_s);

        // Each part of the decision changes the binding.
        QVERIFY(OtpBinding::officerDecision(13, u"approve"_s, batch).value() != first.value());
        QVERIFY(OtpBinding::officerDecision(12, u"reject"_s, batch).value() != first.value());
        QVERIFY(OtpBinding::officerDecision(12, u"approve"_s, {batch[0], {batch[1].applicationNumber, 8}}).value() !=
                first.value());
        QVERIFY(OtpBinding::officerDecision(12, u"approve"_s, {batch[0]}).value() != first.value());

        QVERIFY(!OtpBinding::officerDecision(12, u"approve"_s, {}).problem().isEmpty());
        QVERIFY(OtpBinding::officerDecision(12, u"forward"_s, batch).problem().contains(u"forward"_s));
        QVERIFY(
            OtpBinding::officerDecision(12, u"approve"_s, {batch[0], batch[0]}).problem().contains(u"listed twice"_s));
        QVERIFY(OtpBinding::officerDecision(12, u"approve"_s, {{u"X"_s, -1}}).problem().contains(u"-1"_s));
        QVERIFY(OtpBinding::consumerSignIn(u"12345"_s).problem().contains(u"12345"_s));
        QVERIFY(OtpBinding::linkConnection(kMobile, u"12AB"_s).problem().contains(u"12AB"_s));
        QVERIFY(OtpBinding::submitApplication(kMobile, u"abc"_s).problem().contains(u"abc"_s));
        QVERIFY(OtpBinding::revocation(12, u" "_s).problem().contains(u"certificate number"_s));
        QVERIFY(OtpBinding::officerSignIn(0).problem().contains(u"0"_s));
    }

    void issueAndVerify_data() { test::addBackendColumn(); }
    void issueAndVerify()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        ManualClock clock(kStart);
        OtpService service(db->database(), clock, testSecrets(), m_templates);
        const OtpBinding binding = OtpBinding::consumerSignIn(kMobile);

        const OtpIssueResult issued = issueOk(service, binding, request());
        QCOMPARE(issued.status, OtpIssueStatus::Issued);
        QCOMPARE(issued.challengeId.size(), 22);
        QCOMPARE(issued.expiresAt, kStart.addSecs(600));

        // The row and its SMS.
        Database &database = db->database();
        QSqlQuery query(database.connection());
        QString error;
        QVERIFY2(execPrepared(query,
                              u"SELECT c.purpose, c.subject, c.recipient_mobile, c.client_address, c.status,"
                              " c.failed_attempts, c.max_attempts, c.expires_at, o.kind, o.mobile, o.language"
                              " FROM otp_challenge c JOIN sms_outbox o ON o.id = c.sms_id"
                              " WHERE c.challenge_id = :id"_s,
                              {{u"id"_s, issued.challengeId}}, &error),
                 qPrintable(error));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), u"consumer_sign_in"_s);
        QCOMPARE(query.value(1).toString(), u"mobile:9876543210"_s);
        QCOMPARE(query.value(2).toString(), kMobile);
        QCOMPARE(query.value(3).toString(), kAddress);
        QCOMPARE(query.value(4).toString(), u"active"_s);
        QCOMPARE(query.value(5).toInt(), 0);
        QCOMPARE(query.value(6).toInt(), 5);
        QCOMPARE(query.value(7).toString(), Timestamp::toStorage(kStart.addSecs(600)));
        QCOMPARE(query.value(8).toString(), u"sign_in_otp"_s);
        QCOMPARE(query.value(9).toString(), kMobile);
        QCOMPARE(query.value(10).toString(), u"en"_s);
        query.finish();

        const QString code = sentCode(database, issued.challengeId);
        QCOMPARE(code.size(), 6);
        clock.advanceSeconds(599);
        const OtpVerifyResult result = verify(service, binding, issued.challengeId, code);
        QCOMPARE(result.status, OtpVerifyStatus::Ok);
        QCOMPARE(scalar(database, u"SELECT status FROM otp_challenge WHERE challenge_id = :id"_s,
                        {{u"id"_s, issued.challengeId}})
                     .toString(),
                 u"used"_s);
        QCOMPARE(scalar(database, u"SELECT COUNT(*) FROM audit_log WHERE action = 'otp.issue'"_s).toInt(), 1);
        QCOMPARE(scalar(database, u"SELECT COUNT(*) FROM audit_log WHERE action = 'otp.verify'"_s).toInt(), 1);
    }

    void hindiSmsCarriesCode_data() { test::addBackendColumn(); }
    void hindiSmsCarriesCode()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        ManualClock clock(kStart);
        OtpService service(db->database(), clock, testSecrets(), m_templates);
        const OtpBinding binding = OtpBinding::linkConnection(kMobile, u"1234567890"_s);
        OtpIssueRequest input = request(kOtherMobile);
        input.language = QString(); // Hindi by default
        const OtpIssueResult issued = issueOk(service, binding, input);
        QCOMPARE(issued.status, OtpIssueStatus::Issued);

        const QString body = scalar(db->database(),
                                    u"SELECT o.body FROM sms_outbox o JOIN otp_challenge c ON c.sms_id = o.id"
                                    " WHERE c.challenge_id = :id"_s,
                                    {{u"id"_s, issued.challengeId}})
                                 .toString();
        // The SMS names the connection being linked; the code is the other run of 6 digits.
        QVERIFY2(body.contains(u"1234567890"_s), qPrintable(body));
        QString withoutIvrs = body;
        withoutIvrs.remove(u"1234567890"_s);
        const QString code = QRegularExpression(u"(?<![0-9])[0-9]{6}(?![0-9])"_s).match(withoutIvrs).captured(0);
        QCOMPARE(code.size(), 6);
        QCOMPARE(verify(service, binding, issued.challengeId, code).status, OtpVerifyStatus::Ok);
    }

    void wrongTriesKillCode_data() { test::addBackendColumn(); }
    void wrongTriesKillCode()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        ManualClock clock(kStart);
        OtpService service(db->database(), clock, testSecrets(), m_templates);
        const OtpBinding binding = OtpBinding::consumerSignIn(kMobile);
        const OtpIssueResult issued = issueOk(service, binding, request());
        const QString code = sentCode(db->database(), issued.challengeId);
        const QString wrong = otherCode(code);

        for (int attempt = 1; attempt <= 5; ++attempt) {
            const OtpVerifyResult result = verify(service, binding, issued.challengeId, wrong);
            QCOMPARE(result.status, OtpVerifyStatus::Wrong);
            QCOMPARE(result.attemptsLeft, 5 - attempt);
        }
        // The sixth try is right, but the code is dead.
        QCOMPARE(verify(service, binding, issued.challengeId, code).status, OtpVerifyStatus::TooManyAttempts);
        QCOMPARE(scalar(db->database(), u"SELECT status FROM otp_challenge"_s).toString(), u"exhausted"_s);
        QCOMPARE(scalar(db->database(), u"SELECT failed_attempts FROM otp_challenge"_s).toInt(), 5);
        QCOMPARE(scalar(db->database(), u"SELECT COUNT(*) FROM audit_log WHERE action = 'otp.verify_failed'"_s).toInt(),
                 5);

        // Malformed codes count as wrong tries too.
        const OtpIssueResult second = issueOk(service, binding, request());
        const OtpVerifyResult malformed = verify(service, binding, second.challengeId, u"12 45"_s);
        QCOMPARE(malformed.status, OtpVerifyStatus::Wrong);
        QCOMPARE(malformed.attemptsLeft, 4);
    }

    void configuredAttemptLimit_data() { test::addBackendColumn(); }
    void configuredAttemptLimit()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        ManualClock clock(kStart);
        OtpSettings settings;
        settings.maxWrongAttempts = 2;
        settings.validitySeconds = 120;
        OtpService service(db->database(), clock, testSecrets(), m_templates, settings);
        const OtpBinding binding = OtpBinding::consumerSignIn(kMobile);
        const OtpIssueResult issued = issueOk(service, binding, request());
        QCOMPARE(issued.expiresAt, kStart.addSecs(120));
        const QString code = sentCode(db->database(), issued.challengeId);
        QCOMPARE(verify(service, binding, issued.challengeId, otherCode(code)).attemptsLeft, 1);
        QCOMPARE(verify(service, binding, issued.challengeId, otherCode(code)).attemptsLeft, 0);
        QCOMPARE(verify(service, binding, issued.challengeId, code).status, OtpVerifyStatus::TooManyAttempts);

        // The SMS states the validity in minutes.
        const QString body = scalar(db->database(), u"SELECT body FROM sms_outbox"_s).toString();
        QVERIFY2(body.contains(u"valid for 2 minutes"_s), qPrintable(body));
    }

    void expiredCodeIsRefused_data() { test::addBackendColumn(); }
    void expiredCodeIsRefused()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        ManualClock clock(kStart);
        OtpService service(db->database(), clock, testSecrets(), m_templates);
        const OtpBinding binding = OtpBinding::consumerSignIn(kMobile);
        const OtpIssueResult issued = issueOk(service, binding, request());
        const QString code = sentCode(db->database(), issued.challengeId);

        clock.advanceSeconds(600);
        QCOMPARE(verify(service, binding, issued.challengeId, code).status, OtpVerifyStatus::Expired);
        // An expired code is not a wrong try and stays unused.
        QCOMPARE(scalar(db->database(), u"SELECT failed_attempts FROM otp_challenge"_s).toInt(), 0);
        QCOMPARE(scalar(db->database(), u"SELECT status FROM otp_challenge"_s).toString(), u"active"_s);
    }

    void reusedCodeIsRefused_data() { test::addBackendColumn(); }
    void reusedCodeIsRefused()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        ManualClock clock(kStart);
        OtpService service(db->database(), clock, testSecrets(), m_templates);
        const OtpBinding binding = OtpBinding::submitApplication(kMobile, kContentHash);
        const OtpIssueResult issued = issueOk(service, binding, request());
        const QString code = sentCode(db->database(), issued.challengeId);
        QCOMPARE(verify(service, binding, issued.challengeId, code).status, OtpVerifyStatus::Ok);
        QCOMPARE(verify(service, binding, issued.challengeId, code).status, OtpVerifyStatus::AlreadyUsed);
        QCOMPARE(verify(service, binding, issued.challengeId, otherCode(code)).status, OtpVerifyStatus::AlreadyUsed);
    }

    void otherPurposeIsRefused_data() { test::addBackendColumn(); }
    void otherPurposeIsRefused()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        ManualClock clock(kStart);
        OtpService service(db->database(), clock, testSecrets(), m_templates);
        const OtpBinding signIn = OtpBinding::consumerSignIn(kMobile);
        const OtpIssueResult issued = issueOk(service, signIn, request());
        const QString code = sentCode(db->database(), issued.challengeId);

        // The right code, presented for other purposes of the same mobile.
        const QList<OtpBinding> others = {OtpBinding::linkConnection(kMobile, u"1234567890"_s),
                                          OtpBinding::submitApplication(kMobile, kContentHash)};
        for (const OtpBinding &other : others)
            QCOMPARE(verify(service, other, issued.challengeId, code).status, OtpVerifyStatus::WrongPurpose);
        // Each misuse costs a try, and is audited.
        QCOMPARE(scalar(db->database(), u"SELECT failed_attempts FROM otp_challenge"_s).toInt(), 2);
        QCOMPARE(scalar(db->database(), u"SELECT COUNT(*) FROM audit_log WHERE action = 'otp.verify_failed'"
                                        " AND details LIKE '%wrong_purpose%'"_s)
                     .toInt(),
                 2);
        QCOMPARE(verify(service, signIn, issued.challengeId, code).status, OtpVerifyStatus::Ok);
    }

    void otherBindingIsRefused_data() { test::addBackendColumn(); }
    void otherBindingIsRefused()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        ManualClock clock(kStart);
        // Several purposes for one mobile: lift the per-mobile cap, which has tests of its own.
        OtpSettings settings;
        settings.maxCodesPerMobile = 20;
        settings.maxCodesPerMobileAllAddresses = 20;
        OtpService service(db->database(), clock, testSecrets(), m_templates, settings);

        struct Case
        {
            OtpBinding issuedFor;
            OtpBinding presentedFor;
        };
        const QList<ApplicationVersion> batch = {{u"NDA/2030201/2026-27/000001"_s, 3},
                                                 {u"NDA/2030201/2026-27/000002"_s, 1}};
        const QList<Case> cases = {
            {OtpBinding::consumerSignIn(kMobile), OtpBinding::consumerSignIn(kOtherMobile)},
            {OtpBinding::linkConnection(kMobile, u"1234567890"_s),
             OtpBinding::linkConnection(kMobile, u"1234567891"_s)},
            {OtpBinding::linkConnection(kMobile, u"1234567890"_s),
             OtpBinding::linkConnection(kOtherMobile, u"1234567890"_s)},
            {OtpBinding::submitApplication(kMobile, kContentHash),
             OtpBinding::submitApplication(kMobile, QString(kContentHash).replace(0, 1, u"6"_s))},
            {OtpBinding::officerSignIn(7), OtpBinding::officerSignIn(8)},
            {OtpBinding::officerDecision(7, u"approve"_s, batch),
             OtpBinding::officerDecision(7, u"approve"_s, {batch[0], {batch[1].applicationNumber, 2}})},
            {OtpBinding::officerDecision(7, u"approve"_s, batch), OtpBinding::officerDecision(7, u"reject"_s, batch)},
            {OtpBinding::officerDecision(7, u"approve"_s, batch),
             OtpBinding::officerDecision(7, u"approve"_s, {batch[0]})},
            {OtpBinding::revocation(7, u"NDC/20302/2026-27/000123"_s),
             OtpBinding::revocation(7, u"NDC/20302/2026-27/000124"_s)},
        };
        int index = 0;
        for (const Case &testCase : cases) {
            // Distinct recipients and addresses keep the send caps out of the way.
            const QString recipient = u"70000000%1"_s.arg(index, 2, 10, QChar(u'0'));
            const QString address = u"198.51.100.%1"_s.arg(index);
            const OtpIssueResult issued = issueOk(service, testCase.issuedFor, request(recipient, address));
            QCOMPARE(issued.status, OtpIssueStatus::Issued);
            const QString code = sentCode(db->database(), issued.challengeId);
            QVERIFY2(code.size() == 6, qPrintable(u"case %1"_s.arg(index)));
            QCOMPARE(verify(service, testCase.presentedFor, issued.challengeId, code).status,
                     OtpVerifyStatus::WrongPurpose);
            QCOMPARE(verify(service, testCase.issuedFor, issued.challengeId, code).status, OtpVerifyStatus::Ok);
            ++index;
        }
    }

    void newCodeSupersedesOld_data() { test::addBackendColumn(); }
    void newCodeSupersedesOld()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        ManualClock clock(kStart);
        // Several purposes for one mobile: lift the per-mobile cap, which has tests of its own.
        OtpSettings settings;
        settings.maxCodesPerMobile = 20;
        settings.maxCodesPerMobileAllAddresses = 20;
        OtpService service(db->database(), clock, testSecrets(), m_templates, settings);
        const OtpBinding binding = OtpBinding::consumerSignIn(kMobile);
        const OtpIssueResult first = issueOk(service, binding, request());
        const QString firstCode = sentCode(db->database(), first.challengeId);
        clock.advanceSeconds(30);
        const OtpIssueResult second = issueOk(service, binding, request());
        const QString secondCode = sentCode(db->database(), second.challengeId);
        QVERIFY(first.challengeId != second.challengeId);

        QCOMPARE(verify(service, binding, first.challengeId, firstCode).status, OtpVerifyStatus::Superseded);
        QCOMPARE(
            verify(service, binding, second.challengeId, firstCode == secondCode ? otherCode(secondCode) : firstCode)
                .status,
            OtpVerifyStatus::Wrong);
        QCOMPARE(verify(service, binding, second.challengeId, secondCode).status, OtpVerifyStatus::Ok);

        // A code for another purpose of the same mobile is not superseded.
        const OtpBinding link = OtpBinding::linkConnection(kMobile, u"1234567890"_s);
        const OtpIssueResult linkIssued = issueOk(service, link, request(kOtherMobile));
        clock.advanceSeconds(30);
        issueOk(service, OtpBinding::submitApplication(kMobile, kContentHash), request(u"7000000001"_s));
        QCOMPARE(verify(service, link, linkIssued.challengeId, sentCode(db->database(), linkIssued.challengeId)).status,
                 OtpVerifyStatus::Ok);
    }

    void sendCapPerMobileSlides_data() { test::addBackendColumn(); }
    void sendCapPerMobileSlides()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        ManualClock clock(kStart);
        OtpService service(db->database(), clock, testSecrets(), m_templates);
        const OtpBinding binding = OtpBinding::consumerSignIn(kMobile);

        // Three sign-in codes at 0, 60 and 120 seconds from one address.
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(issueOk(service, binding, request(kMobile, u"192.0.2.1"_s)).status, OtpIssueStatus::Issued);
            clock.advanceSeconds(60);
        }

        // The fourth from that address, at 180 seconds, waits until the first leaves the window.
        OtpIssueResult refused;
        QString error;
        QVERIFY2(service.issue(binding, request(kMobile, u"192.0.2.1"_s), &refused, &error), qPrintable(error));
        QCOMPARE(refused.status, OtpIssueStatus::TooManyForMobile);
        QCOMPARE(refused.retryAfterSeconds, 900 - 180);
        QVERIFY(refused.challengeId.isEmpty());
        QCOMPARE(scalar(db->database(), u"SELECT COUNT(*) FROM otp_challenge"_s).toInt(), 3);
        QCOMPARE(scalar(db->database(), u"SELECT COUNT(*) FROM sms_outbox"_s).toInt(), 3);

        // The owner at another address still gets codes, up to ten from all addresses together.
        for (int i = 2; i < 9; ++i) {
            QCOMPARE(issueOk(service, binding, request(kMobile, u"192.0.2.%1"_s.arg(i))).status,
                     OtpIssueStatus::Issued);
        }
        QVERIFY(service.issue(binding, request(kMobile, u"192.0.2.20"_s), &refused, &error));
        QCOMPARE(refused.status, OtpIssueStatus::TooManyForMobile);
        QCOMPARE(refused.retryAfterSeconds, 900 - 180);

        // Codes a signed-in consumer asks for have a budget of their own.
        QCOMPARE(issueOk(service, OtpBinding::submitApplication(kMobile, QString(64, u'a')), request(kMobile)).status,
                 OtpIssueStatus::Issued);

        // The window slides: the first address may ask again once its oldest code has left it.
        clock.setNow(kStart.addSecs(899));
        QVERIFY(service.issue(binding, request(kMobile, u"192.0.2.1"_s), &refused, &error));
        QCOMPARE(refused.status, OtpIssueStatus::TooManyForMobile);
        QCOMPARE(refused.retryAfterSeconds, 1);
        clock.setNow(kStart.addSecs(900));
        QCOMPARE(issueOk(service, binding, request(kMobile, u"192.0.2.1"_s)).status, OtpIssueStatus::Issued);

        // Another mobile is not affected.
        QCOMPARE(issueOk(service, OtpBinding::consumerSignIn(kOtherMobile), request(kOtherMobile, u"192.0.2.1"_s))
                     .status,
                 OtpIssueStatus::Issued);
    }

    void sendCapPerOfficer_data() { test::addBackendColumn(); }
    void sendCapPerOfficer()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        ManualClock clock(kStart);
        OtpSettings settings;
        settings.maxOfficerActionCodes = 4;
        settings.maxCodesPerAddress = 2;
        OtpService service(db->database(), clock, testSecrets(), m_templates, settings);

        // Four decisions of one officer from one office address, each a different batch: the
        // officer's own cap applies, not the smaller caps per mobile (3) or per address (2).
        for (int i = 1; i <= 4; ++i) {
            const OtpBinding binding =
                OtpBinding::officerDecision(7, u"approve"_s, {{u"NDA/2030201/2026-27/00000%1"_s.arg(i), 1}});
            QCOMPARE(issueOk(service, binding, request(kMobile, u"10.0.0.1"_s)).status, OtpIssueStatus::Issued);
        }
        OtpIssueResult refused;
        QString error;
        QVERIFY(service.issue(OtpBinding::officerDecision(7, u"approve"_s, {{u"NDA/2030201/2026-27/000009"_s, 1}}),
                              request(kOtherMobile, u"10.0.0.9"_s), &refused, &error));
        // Counted against the officer (the subject), although the recipient mobile and the
        // address differ; another purpose has its own budget.
        QCOMPARE(refused.status, OtpIssueStatus::TooManyForMobile);
        QCOMPARE(issueOk(service, OtpBinding::revocation(7, u"NDC/20302/2026-27/000001"_s),
                         request(kOtherMobile, u"10.0.0.1"_s))
                     .status,
                 OtpIssueStatus::Issued);

        // The decision codes did not use up the office address: two consumer sign-in codes still
        // go out from it, and the third is refused by the address cap.
        QCOMPARE(
            issueOk(service, OtpBinding::consumerSignIn(kThirdMobile), request(kThirdMobile, u"10.0.0.1"_s)).status,
            OtpIssueStatus::Issued);
        QCOMPARE(
            issueOk(service, OtpBinding::consumerSignIn(kFourthMobile), request(kFourthMobile, u"10.0.0.1"_s)).status,
            OtpIssueStatus::Issued);
        QVERIFY(service.issue(OtpBinding::consumerSignIn(u"7000000005"_s), request(u"7000000005"_s, u"10.0.0.1"_s),
                              &refused, &error));
        QCOMPARE(refused.status, OtpIssueStatus::TooManyForAddress);
    }

    void officerSignInSkipsAddressCap_data() { test::addBackendColumn(); }
    void officerSignInSkipsAddressCap()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        ManualClock clock(kStart);
        OtpSettings settings;
        settings.maxCodesPerAddress = 2;
        OtpService service(db->database(), clock, testSecrets(), m_templates, settings);
        const QString office = u"10.0.0.1"_s;

        // Three officer sign-in codes from the office address are not counted against it: both
        // consumer codes still go out, and then the address is full for consumers.
        QCOMPARE(issueOk(service, OtpBinding::officerSignIn(7), request(kMobile, office)).status,
                 OtpIssueStatus::Issued);
        QCOMPARE(issueOk(service, OtpBinding::officerSignIn(8), request(kOtherMobile, office)).status,
                 OtpIssueStatus::Issued);
        QCOMPARE(issueOk(service, OtpBinding::officerSignIn(7), request(kMobile, office)).status,
                 OtpIssueStatus::Issued);
        QCOMPARE(issueOk(service, OtpBinding::consumerSignIn(kThirdMobile), request(kThirdMobile, office)).status,
                 OtpIssueStatus::Issued);
        QCOMPARE(issueOk(service, OtpBinding::consumerSignIn(kFourthMobile), request(kFourthMobile, office)).status,
                 OtpIssueStatus::Issued);
        OtpIssueResult refused;
        QString error;
        QVERIFY(service.issue(OtpBinding::consumerSignIn(u"7000000005"_s), request(u"7000000005"_s, office), &refused,
                              &error));
        QCOMPARE(refused.status, OtpIssueStatus::TooManyForAddress);

        // The full address does not refuse an officer's sign-in code.
        QCOMPARE(issueOk(service, OtpBinding::officerSignIn(8), request(kOtherMobile, office)).status,
                 OtpIssueStatus::Issued);

        // The caps per recipient still apply: a third code to officer 7's mobile from this address
        // is the limit, the fourth is refused.
        QCOMPARE(issueOk(service, OtpBinding::officerSignIn(7), request(kMobile, office)).status,
                 OtpIssueStatus::Issued);
        QVERIFY(service.issue(OtpBinding::officerSignIn(7), request(kMobile, office), &refused, &error));
        QCOMPARE(refused.status, OtpIssueStatus::TooManyForMobile);
    }

    void sendCapPerAddressSlides_data() { test::addBackendColumn(); }
    void sendCapPerAddressSlides()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        ManualClock clock(kStart);
        OtpService service(db->database(), clock, testSecrets(), m_templates);

        for (int i = 0; i < 10; ++i) {
            const QString mobile = u"90000000%1"_s.arg(i, 2, 10, QChar(u'0'));
            QCOMPARE(issueOk(service, OtpBinding::consumerSignIn(mobile), request(mobile)).status,
                     OtpIssueStatus::Issued);
            clock.advanceSeconds(10);
        }
        OtpIssueResult refused;
        QString error;
        QVERIFY(service.issue(OtpBinding::consumerSignIn(u"9100000000"_s), request(u"9100000000"_s), &refused, &error));
        QCOMPARE(refused.status, OtpIssueStatus::TooManyForAddress);
        QCOMPARE(refused.retryAfterSeconds, 900 - 100);

        // Another address may still ask; the first one again once its oldest code leaves the window.
        QCOMPARE(
            issueOk(service, OtpBinding::consumerSignIn(u"9100000000"_s), request(u"9100000000"_s, u"::1"_s)).status,
            OtpIssueStatus::Issued);
        clock.setNow(kStart.addSecs(900));
        QCOMPARE(issueOk(service, OtpBinding::consumerSignIn(u"9100000001"_s), request(u"9100000001"_s)).status,
                 OtpIssueStatus::Issued);
        QVERIFY(service.issue(OtpBinding::consumerSignIn(u"9100000002"_s), request(u"9100000002"_s), &refused, &error));
        QCOMPARE(refused.status, OtpIssueStatus::TooManyForAddress);
    }

    void withheldCodeLooksTheSame_data() { test::addBackendColumn(); }
    void withheldCodeLooksTheSame()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        ManualClock clock(kStart);
        OtpService service(db->database(), clock, testSecrets(), m_templates);
        const OtpBinding binding = OtpBinding::consumerSignIn(kMobile);
        OtpIssueRequest withheld = request();
        withheld.delivery = OtpDelivery::Withhold;

        const OtpIssueResult issued = issueOk(service, binding, withheld);
        QCOMPARE(issued.status, OtpIssueStatus::Issued);
        QCOMPARE(issued.challengeId.size(), 22);
        QCOMPARE(issued.expiresAt, kStart.addSecs(600));
        QCOMPARE(scalar(db->database(), u"SELECT COUNT(*) FROM sms_outbox"_s).toInt(), 0);
        QCOMPARE(scalar(db->database(), u"SELECT COUNT(*) FROM otp_challenge WHERE sms_id IS NULL"_s).toInt(), 1);

        // Every code is wrong, with the usual count of tries left.
        const OtpVerifyResult result = verify(service, binding, issued.challengeId, u"000000"_s);
        QCOMPARE(result.status, OtpVerifyStatus::Wrong);
        QCOMPARE(result.attemptsLeft, 4);

        // The same caps apply, so a refusal does not tell the two apart either.
        issueOk(service, binding, withheld);
        issueOk(service, binding, withheld);
        OtpIssueResult refused;
        QString error;
        QVERIFY(service.issue(binding, withheld, &refused, &error));
        QCOMPARE(refused.status, OtpIssueStatus::TooManyForMobile);
    }

    void concurrentVerifyUsesCodeOnce_data() { test::addBackendColumn(); }
    void concurrentVerifyUsesCodeOnce()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        ManualClock clock(kStart);
        OtpSettings settings;
        settings.maxCodesPerMobile = 100;
        settings.maxCodesPerMobileAllAddresses = 100;
        settings.maxCodesPerAddress = 100;
        OtpService service(db->database(), clock, testSecrets(), m_templates, settings);
        const OtpBinding binding = OtpBinding::consumerSignIn(kMobile);

        for (int round = 0; round < 8; ++round) {
            const OtpIssueResult issued = issueOk(service, binding, request());
            const QString code = sentCode(db->database(), issued.challengeId);
            QCOMPARE(code.size(), 6);

            // Two threads, each with its own connection, verify the same code at the same moment.
            std::array<OtpVerifyResult, 2> results;
            std::array<QString, 2> errors;
            std::array<bool, 2> succeeded = {};
            std::latch start(2);
            std::vector<std::thread> threads;
            for (int i = 0; i < 2; ++i) {
                threads.emplace_back([&, i] {
                    start.arrive_and_wait();
                    succeeded[i] =
                        service.verify(binding, verifyRequest(issued.challengeId, code), &results[i], &errors[i]);
                    db->database().closeThreadConnection();
                });
            }
            for (std::thread &thread : threads)
                thread.join();

            QVERIFY2(succeeded[0], qPrintable(errors[0]));
            QVERIFY2(succeeded[1], qPrintable(errors[1]));
            const int okCount =
                (results[0].status == OtpVerifyStatus::Ok ? 1 : 0) + (results[1].status == OtpVerifyStatus::Ok ? 1 : 0);
            QCOMPARE(okCount, 1);
            const OtpVerifyStatus other =
                results[0].status == OtpVerifyStatus::Ok ? results[1].status : results[0].status;
            QCOMPARE(other, OtpVerifyStatus::AlreadyUsed);
        }
        QCOMPARE(scalar(db->database(), u"SELECT COUNT(*) FROM audit_log WHERE action = 'otp.verify'"_s).toInt(), 8);
    }

    void concurrentSendsKeepCap_data() { test::addBackendColumn(); }
    void concurrentSendsKeepCap()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        ManualClock clock(kStart);
        OtpService service(db->database(), clock, testSecrets(), m_templates);

        // Six requests for one mobile at the same moment, from six addresses: exactly three pass.
        constexpr int kRequests = 6;
        std::array<OtpIssueResult, kRequests> results;
        std::array<QString, kRequests> errors;
        std::array<bool, kRequests> succeeded = {};
        std::latch start(kRequests);
        std::vector<std::thread> threads;
        for (int i = 0; i < kRequests; ++i) {
            threads.emplace_back([&, i] {
                start.arrive_and_wait();
                succeeded[i] =
                    service.issue(OtpBinding::linkConnection(kMobile, u"12345678%1"_s.arg(i, 2, 10, QChar(u'0'))),
                                  request(kOtherMobile, u"192.0.2.%1"_s.arg(i)), &results[i], &errors[i]);
                db->database().closeThreadConnection();
            });
        }
        for (std::thread &thread : threads)
            thread.join();

        int issued = 0;
        int refused = 0;
        for (int i = 0; i < kRequests; ++i) {
            QVERIFY2(succeeded[i], qPrintable(errors[i]));
            issued += results[i].status == OtpIssueStatus::Issued ? 1 : 0;
            refused += results[i].status == OtpIssueStatus::TooManyForMobile ? 1 : 0;
        }
        QCOMPARE(issued, 3);
        QCOMPARE(refused, 3);
        QCOMPARE(scalar(db->database(), u"SELECT COUNT(*) FROM otp_challenge"_s).toInt(), 3);
        QCOMPARE(scalar(db->database(), u"SELECT COUNT(*) FROM sms_outbox"_s).toInt(), 3);
    }

    void keyFileSurvivesRestart_data() { test::addBackendColumn(); }
    void keyFileSurvivesRestart()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        ManualClock clock(kStart);
        QString error;
        const std::optional<ServerSecrets> secrets = ServerSecrets::open(db->scratchPath(u"keys"_s), &error);
        QVERIFY2(secrets, qPrintable(error));
        const OtpBinding binding = OtpBinding::consumerSignIn(kMobile);
        QString challengeId;
        {
            OtpService before(db->database(), clock, *secrets, m_templates);
            challengeId = issueOk(before, binding, request()).challengeId;
        }
        const QString code = sentCode(db->database(), challengeId);

        // A server holding another key (the database without the key file) cannot confirm the code.
        const std::optional<ServerSecrets> otherSecrets = ServerSecrets::open(db->scratchPath(u"other-keys"_s), &error);
        QVERIFY2(otherSecrets, qPrintable(error));
        OtpService wrongKey(db->database(), clock, *otherSecrets, m_templates);
        QCOMPARE(verify(wrongKey, binding, challengeId, code).status, OtpVerifyStatus::Wrong);

        // A restarted server reading the same key file can.
        const std::optional<ServerSecrets> reopened = ServerSecrets::open(db->scratchPath(u"keys"_s), &error);
        QVERIFY2(reopened, qPrintable(error));
        OtpService after(db->database(), clock, *reopened, m_templates);
        QCOMPARE(verify(after, binding, challengeId, code).status, OtpVerifyStatus::Ok);
    }

    void issueNeedsActiveTransaction_data() { test::addBackendColumn(); }
    void issueNeedsActiveTransaction()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        ManualClock clock(kStart);
        OtpService service(db->database(), clock, testSecrets(), m_templates);
        WriteTransaction transaction(db->database());
        OtpIssueResult result;
        QString error;
        QVERIFY(!service.issue(transaction, OtpBinding::consumerSignIn(kMobile), request(), &result, &error));
        QVERIFY2(error.contains(u"no write transaction is active"_s), qPrintable(error));
    }

    void issueSharesCallerTransaction_data() { test::addBackendColumn(); }
    void issueSharesCallerTransaction()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        ManualClock clock(kStart);
        OtpService service(db->database(), clock, testSecrets(), m_templates);
        const OtpBinding binding = OtpBinding::submitApplication(kMobile, kContentHash);
        QString error;
        {
            WriteTransaction transaction(db->database());
            QVERIFY2(transaction.begin(&error), qPrintable(error));
            OtpIssueResult issued;
            QVERIFY2(service.issue(transaction, binding, request(), &issued, &error), qPrintable(error));
            QCOMPARE(issued.status, OtpIssueStatus::Issued);

            // Inside the transaction the challenge, its SMS and its audit row are all there.
            QSqlQuery query(transaction.db());
            QVERIFY(execPrepared(query,
                                 u"SELECT o.kind FROM otp_challenge c JOIN sms_outbox o ON o.id = c.sms_id"
                                 " WHERE c.challenge_id = :id"_s,
                                 {{u"id"_s, issued.challengeId}}, &error));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toString(), u"application_submit_otp"_s);
            QVERIFY(execPlain(query, u"SELECT COUNT(*) FROM audit_log WHERE action = 'otp.issue'"_s, &error));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), 1);
            query.finish();
            transaction.rollback();
        }
        // Rolled back: neither the code nor its SMS nor its audit row remains.
        QCOMPARE(scalar(db->database(), u"SELECT COUNT(*) FROM otp_challenge"_s).toInt(), 0);
        QCOMPARE(scalar(db->database(), u"SELECT COUNT(*) FROM sms_outbox"_s).toInt(), 0);
        QCOMPARE(scalar(db->database(), u"SELECT COUNT(*) FROM audit_log"_s).toInt(), 0);

        // A rolled-back code does not count against the send cap either.
        for (int i = 0; i < 3; ++i)
            QCOMPARE(issueOk(service, binding, request()).status, OtpIssueStatus::Issued);
    }

    void storedRowsHoldNoCode_data() { test::addBackendColumn(); }
    void storedRowsHoldNoCode()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        ManualClock clock(kStart);
        OtpService service(db->database(), clock, testSecrets(), m_templates);
        const OtpBinding binding = OtpBinding::consumerSignIn(kMobile);
        const OtpIssueResult issued = issueOk(service, binding, request());
        const QString code = sentCode(db->database(), issued.challengeId);
        QCOMPARE(verify(service, binding, issued.challengeId, otherCode(code)).status, OtpVerifyStatus::Wrong);
        QCOMPARE(verify(service, binding, issued.challengeId, code).status, OtpVerifyStatus::Ok);

        // Every column of the challenge row and of every audit row, as text.
        for (const QString &table : {u"otp_challenge"_s, u"audit_log"_s}) {
            QSqlQuery query(db->database().connection());
            QString error;
            QVERIFY2(execPlain(query, u"SELECT * FROM "_s + table, &error), qPrintable(error));
            int rows = 0;
            while (query.next()) {
                ++rows;
                const QSqlRecord record = query.record();
                for (int column = 0; column < record.count(); ++column) {
                    const QString text = record.value(column).toString();
                    QVERIFY2(!text.contains(code),
                             qPrintable(u"%1.%2 contains the code: %3"_s.arg(table, record.fieldName(column), text)));
                }
            }
            QVERIFY(rows > 0);
        }
    }

    void logsHoldNoCode_data() { test::addBackendColumn(); }
    void logsHoldNoCode()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        ManualClock clock(kStart);
        OtpService service(db->database(), clock, testSecrets(), m_templates);
        const OtpBinding binding = OtpBinding::officerDecision(7, u"approve"_s, {{u"NDA/1/2026-27/000001"_s, 1}});

        QStringList lines;
        QString code;
        {
            const LogCapture capture;
            const OtpIssueResult issued = issueOk(service, binding, request());
            code = sentCode(db->database(), issued.challengeId);
            verify(service, binding, issued.challengeId, otherCode(code));
            verify(service, OtpBinding::officerSignIn(7), issued.challengeId, code);
            verify(service, binding, issued.challengeId, code);
            verify(service, binding, issued.challengeId, code);
            lines = capture.lines();
        }
        QCOMPARE(code.size(), 6);
        // The service did log (issue, wrong, wrong purpose, verified, already used), just never the code.
        QVERIFY2(lines.size() >= 5, qPrintable(lines.join(u'\n')));
        QVERIFY2(lines.join(u'\n').contains(u"nodues.core.security"_s), qPrintable(lines.join(u'\n')));
        QVERIFY2(lines.join(u'\n').contains(u"nodues.core.sms"_s), qPrintable(lines.join(u'\n')));
        for (const QString &line : std::as_const(lines))
            QVERIFY2(!line.contains(code), qPrintable(line));
    }

    void unknownChallengeIsNotFound_data() { test::addBackendColumn(); }
    void unknownChallengeIsNotFound()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        ManualClock clock(kStart);
        OtpService service(db->database(), clock, testSecrets(), m_templates);
        const OtpBinding binding = OtpBinding::consumerSignIn(kMobile);
        for (const QString &id :
             {u""_s, u"1"_s, u"' OR 1=1 --"_s, u"AAAAAAAAAAAAAAAAAAAAAA"_s, u"AAAAAAAAAAAAAAAAAAAAA="_s}) {
            const OtpVerifyResult result = verify(service, binding, id, u"123456"_s);
            QCOMPARE(result.status, OtpVerifyStatus::NotFound);
        }
    }

    void invalidIssueIsRejected_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expectedMessage");
        QTest::newRow("recipient") << u"recipient"_s << u"\"12345\""_s;
        QTest::newRow("address") << u"address"_s << u"client address is missing"_s;
        QTest::newRow("language") << u"language"_s << u"\"fr\""_s;
        QTest::newRow("actor") << u"actor"_s << u"actor is missing"_s;
        QTest::newRow("binding") << u"binding"_s << u"\"98765\""_s;
        QTest::newRow("settings") << u"settings"_s << u"0 wrong tries"_s;
    }
    void invalidIssueIsRejected()
    {
        QFETCH(QString, field);
        QFETCH(QString, expectedMessage);
        QString skipReason;
        const auto db = test::TestDatabase::create(u"sqlite"_s, &skipReason);
        QVERIFY(db);
        ManualClock clock(kStart);
        OtpSettings settings;
        if (field == u"settings"_s)
            settings.maxWrongAttempts = 0;
        OtpService service(db->database(), clock, testSecrets(), m_templates, settings);
        OtpIssueRequest input = request();
        if (field == u"recipient"_s)
            input.recipientMobile = u"12345"_s;
        if (field == u"address"_s)
            input.clientAddress = u" "_s;
        if (field == u"language"_s)
            input.language = u"fr"_s;
        if (field == u"actor"_s)
            input.actor.clear();
        const OtpBinding binding =
            field == u"binding"_s ? OtpBinding::consumerSignIn(u"98765"_s) : OtpBinding::consumerSignIn(kMobile);

        OtpIssueResult result;
        QString error;
        QVERIFY(!service.issue(binding, input, &result, &error));
        QVERIFY2(error.contains(expectedMessage), qPrintable(error));
        QCOMPARE(scalar(db->database(), u"SELECT COUNT(*) FROM otp_challenge"_s).toInt(), 0);
    }

    void purgeRemovesExpired_data() { test::addBackendColumn(); }
    void purgeRemovesExpired()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        ManualClock clock(kStart);
        OtpService service(db->database(), clock, testSecrets(), m_templates);
        issueOk(service, OtpBinding::consumerSignIn(kMobile), request());
        clock.advanceSeconds(3600);
        issueOk(service, OtpBinding::consumerSignIn(kOtherMobile), request(kOtherMobile));
        QString error;
        QCOMPARE(service.purgeExpired(clock.nowUtc(), &error), 1);
        QCOMPARE(scalar(db->database(), u"SELECT subject FROM otp_challenge"_s).toString(), u"mobile:8123456789"_s);
    }
};

QTEST_GUILESS_MAIN(TestOtpService)
#include "TestOtpService.moc"
