#include "security/OtpService.h"

#include "Clock.h"
#include "Timestamp.h"
#include "audit/AuditLog.h"
#include "billing/MobileNumber.h"
#include "security/SecureRandom.h"
#include "security/SecurityLogging.h"
#include "security/ServerSecrets.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"
#include "storage/WriteTransaction.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QtEndian>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace nodues {

namespace {

// Bytes of randomness in a challenge id (22 characters of base64url).
constexpr qsizetype kChallengeIdBytes = 16;

// The subject as logs and audit details show it: mobiles masked, officer ids unchanged.
QString maskedSubject(const QString &subject)
{
    if (subject.startsWith(u"mobile:"_s))
        return u"mobile:"_s + MobileNumber::mask(subject.mid(7));
    return subject;
}

// A PostgreSQL advisory lock key for a send-cap key: the first 8 bytes of its SHA-256.
qint64 advisoryKey(const QString &key)
{
    const QByteArray digest = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256);
    return qFromBigEndian<qint64>(digest.constData());
}

} // namespace

QString otpVerifyStatusCode(OtpVerifyStatus status)
{
    switch (status) {
    case OtpVerifyStatus::Ok:
        return u"ok"_s;
    case OtpVerifyStatus::Wrong:
        return u"wrong"_s;
    case OtpVerifyStatus::Expired:
        return u"expired"_s;
    case OtpVerifyStatus::TooManyAttempts:
        return u"too_many_attempts"_s;
    case OtpVerifyStatus::AlreadyUsed:
        return u"already_used"_s;
    case OtpVerifyStatus::Superseded:
        return u"superseded"_s;
    case OtpVerifyStatus::NotFound:
        return u"not_found"_s;
    case OtpVerifyStatus::WrongPurpose:
        return u"wrong_purpose"_s;
    }
    return {};
}

OtpService::OtpService(Database &database, const Clock &clock, const ServerSecrets &secrets,
                       const SmsTemplates &templates, OtpSettings settings)
    : m_database(database)
    , m_clock(clock)
    , m_hasher(secrets.otpHmacKey())
    , m_outbox(templates)
    , m_templates(templates)
    , m_settings(settings)
{
}

bool OtpService::checkRequest(const OtpBinding &binding, const OtpIssueRequest &request, QString *error) const
{
    if (!m_settings.validate(error))
        return false;
    if (!binding.problem().isEmpty()) {
        *error = tr("Could not send an OTP: %1").arg(binding.problem());
        return false;
    }
    static const QRegularExpression mobile(u"^[6-9][0-9]{9}$"_s);
    if (!mobile.match(request.recipientMobile).hasMatch()) {
        *error = tr("Could not send an OTP: the recipient mobile \"%1\" is not 10 digits starting with 6, 7, 8 or 9.")
                     .arg(request.recipientMobile);
        return false;
    }
    if (request.clientAddress.trimmed().isEmpty()) {
        *error = tr("Could not send an OTP: the client address is missing, so the per-address limit cannot apply.");
        return false;
    }
    if (!request.language.isEmpty() && !smsLanguages().contains(request.language)) {
        *error = tr("Could not send an OTP: the language \"%1\" is unknown; use %2.")
                     .arg(request.language, smsLanguages().join(u", "_s));
        return false;
    }
    if (request.actor.trimmed().isEmpty()) {
        *error = tr("Could not send an OTP: the audit actor is missing.");
        return false;
    }
    return true;
}

bool OtpService::lockSendKeys(WriteTransaction &transaction, const OtpBinding &binding, const OtpIssueRequest &request,
                              QString *error) const
{
    // SQLite runs one writer at a time (BEGIN IMMEDIATE), so counting and inserting cannot race.
    if (transaction.dialect() != SqlDialect::Postgres)
        return true;

    // On PostgreSQL two concurrent sends for one mobile could both count 2 and both insert.
    // Transaction-scoped advisory locks on each counted key serialize them; taking the keys in
    // sorted order keeps two transactions from waiting on each other.
    QList<qint64> keys = {advisoryKey(u"otp-recipient:"_s + request.recipientMobile),
                          advisoryKey(u"otp-subject:"_s + binding.subject()),
                          advisoryKey(u"otp-address:"_s + request.clientAddress)};
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    QSqlQuery query(transaction.db());
    for (const qint64 key : keys) {
        if (!execPrepared(query, u"SELECT pg_advisory_xact_lock(:key)"_s, {{u"key"_s, key}}, error))
            return false;
        query.finish();
    }
    return true;
}

bool OtpService::checkSendCaps(WriteTransaction &transaction, const OtpBinding &binding, const OtpIssueRequest &request,
                               OtpIssueResult *result, QString *error) const
{
    const QDateTime now = m_clock.nowUtc();
    const QString windowStart = Timestamp::toStorage(now.addSecs(-m_settings.sendWindowSeconds));

    // Each cap counts the codes created in the window that match all of its conditions. Column
    // names come from this fixed list, never from input.
    struct Cap
    {
        QString name;
        QList<std::pair<QString, QString>> conditions; // column, value
        int limit;
        OtpIssueStatus refusal;
        bool leaveOutOfficerCodes = false;
    };
    const QString purpose = otpPurposeCode(binding.purpose());
    // Officer actions go to the officer's own mobile and have their own budget (OtpSettings).
    const bool officerAction =
        binding.purpose() == OtpPurpose::OfficerDecision || binding.purpose() == OtpPurpose::Revocation;
    // Officers' codes go only to their own registered mobiles, and a sign-in code only after the
    // right password, so the address cap neither applies to them nor counts them. Officers often
    // share an office address with each other and with consumers.
    const bool officerCode = officerAction || binding.purpose() == OtpPurpose::OfficerSignIn;
    const int perMobile = officerAction ? m_settings.maxOfficerActionCodes : m_settings.maxCodesPerMobile;
    QList<Cap> caps = {
        {u"recipient and address"_s,
         {{u"recipient_mobile"_s, request.recipientMobile}, {u"purpose"_s, purpose},
          {u"client_address"_s, request.clientAddress}},
         perMobile,
         OtpIssueStatus::TooManyForMobile},
        {u"recipient"_s,
         {{u"recipient_mobile"_s, request.recipientMobile}, {u"purpose"_s, purpose}},
         qMax(perMobile, m_settings.maxCodesPerMobileAllAddresses),
         OtpIssueStatus::TooManyForMobile},
    };
    if (!officerCode) {
        caps.append({u"client address"_s,
                     {{u"client_address"_s, request.clientAddress}},
                     m_settings.maxCodesPerAddress,
                     OtpIssueStatus::TooManyForAddress,
                     true});
    }
    // A sign-in code's subject is the recipient itself, whom anyone may name; the other purposes
    // are asked for by a signed-in subject, whose own budget they use.
    const bool signIn =
        binding.purpose() == OtpPurpose::ConsumerSignIn || binding.purpose() == OtpPurpose::OfficerSignIn;
    if (!signIn) {
        caps.append({u"subject"_s,
                     {{u"subject"_s, binding.subject()}, {u"purpose"_s, purpose}},
                     perMobile,
                     OtpIssueStatus::TooManyForMobile});
    }

    QSqlQuery query(transaction.db());
    for (const Cap &cap : std::as_const(caps)) {
        QString sql = u"SELECT COUNT(*), MIN(created_at) FROM otp_challenge WHERE created_at > :window_start"_s;
        QVariantMap values{{u"window_start"_s, windowStart}};
        for (qsizetype i = 0; i < cap.conditions.size(); ++i) {
            sql += u" AND %1 = :v%2"_s.arg(cap.conditions.at(i).first).arg(i);
            values.insert(u"v%1"_s.arg(i), cap.conditions.at(i).second);
        }
        if (cap.leaveOutOfficerCodes) {
            sql += u" AND purpose NOT IN (:decision_purpose, :revocation_purpose, :officer_sign_in_purpose)"_s;
            values.insert(u"decision_purpose"_s, otpPurposeCode(OtpPurpose::OfficerDecision));
            values.insert(u"revocation_purpose"_s, otpPurposeCode(OtpPurpose::Revocation));
            values.insert(u"officer_sign_in_purpose"_s, otpPurposeCode(OtpPurpose::OfficerSignIn));
        }
        if (!execPrepared(query, sql, values, error) || !query.next())
            return false;
        const qint64 count = query.value(0).toLongLong();
        const QDateTime oldest = Timestamp::fromStorage(query.value(1).toString());
        query.finish();
        if (count < cap.limit)
            continue;

        // The cap frees one place when the oldest counted code leaves the window.
        result->status = cap.refusal;
        result->challengeId.clear();
        result->expiresAt = {};
        result->retryAfterSeconds =
            oldest.isValid() ? std::max<qint64>(1, now.secsTo(oldest.addSecs(m_settings.sendWindowSeconds))) : 1;
        qCInfo(lcSecurity).noquote() << "Refused an OTP for" << maskedSubject(binding.subject()) << "purpose"
                                     << purpose << "from" << request.clientAddress << ": the cap per" << cap.name
                                     << "reached" << cap.limit << "codes; retry after" << result->retryAfterSeconds
                                     << "s";
        return true;
    }
    result->status = OtpIssueStatus::Issued;
    return true;
}

bool OtpService::issue(const OtpBinding &binding, const OtpIssueRequest &request, OtpIssueResult *result,
                       QString *error)
{
    WriteTransaction transaction(m_database);
    if (!transaction.begin(error))
        return false;
    if (!issue(transaction, binding, request, result, error))
        return false;
    return transaction.commit(error);
}

bool OtpService::issue(WriteTransaction &transaction, const OtpBinding &binding, const OtpIssueRequest &request,
                       OtpIssueResult *result, QString *error)
{
    if (!checkRequest(binding, request, error))
        return false;
    if (!transaction.isActive()) {
        *error = tr("Could not send an OTP: no write transaction is active.");
        return false;
    }

    // Caps first: a refused request writes nothing.
    if (!lockSendKeys(transaction, binding, request, error))
        return false;
    if (!checkSendCaps(transaction, binding, request, result, error))
        return false;
    if (result->status != OtpIssueStatus::Issued)
        return true;

    // The new code replaces any earlier active code for the same purpose and binding.
    const QDateTime now = m_clock.nowUtc();
    const QString nowText = Timestamp::toStorage(now);
    const QString bindingDigest = binding.digest();
    QSqlQuery query(transaction.db());
    if (!execPrepared(query,
                      u"UPDATE otp_challenge SET status = 'superseded'"
                      " WHERE purpose = :purpose AND binding_digest = :digest AND status = 'active'"_s,
                      {{u"purpose"_s, otpPurposeCode(binding.purpose())}, {u"digest"_s, bindingDigest}}, error))
        return false;
    const int superseded = query.numRowsAffected();

    const QString code = OtpCodeHasher::newCode();
    const QString challengeId = SecureRandom::token(kChallengeIdBytes);
    const QString codeHash = m_hasher.hash(binding.purpose(), binding.value(), code);
    const QDateTime expiresAt = now.addSecs(m_settings.validitySeconds);

    // The SMS row goes into the same transaction; a withheld code renders the text all the same.
    SmsVariables variables = binding.smsVariables();
    variables.insert(u"otp"_s, code);
    variables.insert(u"minutes"_s, QString::number((m_settings.validitySeconds + 59) / 60));
    const SmsKind kind = otpSmsKind(binding.purpose());
    QVariant smsId(QMetaType::fromType<qint64>());
    if (request.delivery == OtpDelivery::Send) {
        const qint64 id =
            m_outbox.enqueue(transaction, m_clock, kind, request.language, request.recipientMobile, variables, error);
        if (id < 0)
            return false;
        smsId = id;
    } else {
        SmsRendered rendered;
        if (!m_templates.render(kind, request.language, variables, &rendered, error))
            return false;
    }

    if (!execPrepared(query,
                      u"INSERT INTO otp_challenge (challenge_id, purpose, binding_digest, subject, recipient_mobile,"
                      " client_address, code_hash, created_at, expires_at, max_attempts, failed_attempts, status,"
                      " sms_id) VALUES (:challenge_id, :purpose, :binding_digest, :subject, :recipient_mobile,"
                      " :client_address, :code_hash, :created_at, :expires_at, :max_attempts, 0, 'active', :sms_id)"
                      " RETURNING id"_s,
                      {{u"challenge_id"_s, challengeId},
                       {u"purpose"_s, otpPurposeCode(binding.purpose())},
                       {u"binding_digest"_s, bindingDigest},
                       {u"subject"_s, binding.subject()},
                       {u"recipient_mobile"_s, request.recipientMobile},
                       {u"client_address"_s, request.clientAddress},
                       {u"code_hash"_s, codeHash},
                       {u"created_at"_s, nowText},
                       {u"expires_at"_s, Timestamp::toStorage(expiresAt)},
                       {u"max_attempts"_s, m_settings.maxWrongAttempts},
                       {u"sms_id"_s, smsId}},
                      error))
        return false;
    if (!query.next()) {
        *error = tr("The database did not return the id of the new OTP challenge.");
        return false;
    }
    const qint64 rowId = query.value(0).toLongLong();
    query.finish();

    const AuditEntry entry{request.actor, u"otp.issue"_s, u"otp_challenge"_s, QString::number(rowId),
                           QJsonObject{{u"purpose"_s, otpPurposeCode(binding.purpose())},
                                       {u"subject"_s, maskedSubject(binding.subject())},
                                       {u"recipient"_s, MobileNumber::mask(request.recipientMobile)},
                                       {u"client_address"_s, request.clientAddress},
                                       {u"delivered"_s, request.delivery == OtpDelivery::Send},
                                       {u"superseded"_s, superseded},
                                       {u"expires_at"_s, Timestamp::toStorage(expiresAt)}}};
    if (!AuditLog::append(transaction, m_clock, entry, error))
        return false;

    qCInfo(lcSecurity) << "Issued OTP challenge" << rowId << "purpose" << otpPurposeCode(binding.purpose()) << "for"
                       << maskedSubject(binding.subject()) << "to" << MobileNumber::mask(request.recipientMobile)
                       << (request.delivery == OtpDelivery::Send ? "sent" : "withheld");
    result->status = OtpIssueStatus::Issued;
    result->challengeId = challengeId;
    result->expiresAt = expiresAt;
    result->retryAfterSeconds = 0;
    return true;
}

bool OtpService::recordWrongTry(WriteTransaction &transaction, qint64 rowId, int failedBefore, int maxAttempts,
                                OtpVerifyStatus status, const OtpVerifyRequest &request, OtpVerifyResult *result,
                                QString *error) const
{
    const int failed = failedBefore + 1;
    const bool exhausted = failed >= maxAttempts;
    QSqlQuery query(transaction.db());
    if (!execPrepared(
            query,
            u"UPDATE otp_challenge SET failed_attempts = :failed, status = :status"
            " WHERE id = :id AND status = 'active'"_s,
            {{u"failed"_s, failed}, {u"status"_s, exhausted ? u"exhausted"_s : u"active"_s}, {u"id"_s, rowId}}, error))
        return false;

    const AuditEntry entry{request.actor, u"otp.verify_failed"_s, u"otp_challenge"_s, QString::number(rowId),
                           QJsonObject{{u"outcome"_s, otpVerifyStatusCode(status)},
                                       {u"failed_attempts"_s, failed},
                                       {u"exhausted"_s, exhausted},
                                       {u"client_address"_s, request.clientAddress}}};
    if (!AuditLog::append(transaction, m_clock, entry, error))
        return false;

    result->status = status;
    result->attemptsLeft = std::max(0, maxAttempts - failed);
    return true;
}

bool OtpService::verify(const OtpBinding &binding, const OtpVerifyRequest &request, OtpVerifyResult *result,
                        QString *error)
{
    WriteTransaction transaction(m_database);
    if (!transaction.begin(error))
        return false;
    if (!verify(transaction, binding, request, result, error))
        return false;
    return transaction.commit(error);
}

bool OtpService::verify(WriteTransaction &transaction, const OtpBinding &binding, const OtpVerifyRequest &request,
                        OtpVerifyResult *result, QString *error)
{
    *result = OtpVerifyResult{};

    // A malformed id cannot name a challenge, so return NotFound without a query.
    if (!SecureRandom::isToken(request.challengeId, kChallengeIdBytes)) {
        qCInfo(lcSecurity) << "OTP verification from" << request.clientAddress << "named a malformed challenge id";
        return true;
    }

    QSqlQuery query(transaction.db());
    const QString lock = transaction.dialect() == SqlDialect::Postgres ? u" FOR UPDATE"_s : QString();
    if (!execPrepared(query,
                      u"SELECT id, purpose, binding_digest, code_hash, expires_at, max_attempts, failed_attempts,"
                      " status FROM otp_challenge WHERE challenge_id = :challenge_id"_s +
                          lock,
                      {{u"challenge_id"_s, request.challengeId}}, error))
        return false;
    if (!query.next()) {
        qCInfo(lcSecurity) << "OTP verification from" << request.clientAddress << "named an unknown challenge";
        return true;
    }
    const qint64 rowId = query.value(0).toLongLong();
    const QString storedPurposeCode = query.value(1).toString();
    const std::optional<OtpPurpose> storedPurpose = otpPurposeFromCode(storedPurposeCode);
    const QString storedDigest = query.value(2).toString();
    const QString codeHash = query.value(3).toString();
    const QDateTime expiresAt = Timestamp::fromStorage(query.value(4).toString());
    const int maxAttempts = query.value(5).toInt();
    const int failedAttempts = query.value(6).toInt();
    const QString status = query.value(7).toString();
    query.finish();
    const QDateTime now = m_clock.nowUtc();
    const bool live = status == u"active"_s && failedAttempts < maxAttempts && now < expiresAt;

    // A challenge presented for another purpose or binding is a misuse; while the code is live it
    // costs a try, like a wrong code.
    if (storedPurpose != binding.purpose() || storedDigest != binding.digest()) {
        if (storedPurpose != binding.purpose())
            qCInfo(lcSecurity).noquote() << "OTP challenge" << rowId << "of purpose" << storedPurposeCode
                                         << "was presented for purpose" << otpPurposeCode(binding.purpose());
        else
            qCInfo(lcSecurity).noquote() << "OTP challenge" << rowId << "of purpose" << storedPurposeCode
                                         << "was presented for other content than it was sent for";
        if (!live) {
            result->status = OtpVerifyStatus::WrongPurpose;
            return true;
        }
        return recordWrongTry(transaction, rowId, failedAttempts, maxAttempts, OtpVerifyStatus::WrongPurpose, request,
                              result, error);
    }

    if (!live) {
        if (status == u"used"_s)
            result->status = OtpVerifyStatus::AlreadyUsed;
        else if (status == u"superseded"_s)
            result->status = OtpVerifyStatus::Superseded;
        else if (status == u"exhausted"_s || failedAttempts >= maxAttempts)
            result->status = OtpVerifyStatus::TooManyAttempts;
        else
            result->status = OtpVerifyStatus::Expired;
        qCInfo(lcSecurity) << "OTP challenge" << rowId << "refused:" << otpVerifyStatusCode(result->status);
        return true;
    }

    if (!m_hasher.matches(codeHash, binding.purpose(), binding.value(), request.code)) {
        if (!recordWrongTry(transaction, rowId, failedAttempts, maxAttempts, OtpVerifyStatus::Wrong, request, result,
                            error))
            return false;
        qCInfo(lcSecurity) << "OTP challenge" << rowId << "got a wrong code;" << result->attemptsLeft << "tries left";
        return true;
    }

    // Use the code up. The row is locked (or SQLite has one writer), so a concurrent verification
    // waits and then reads status 'used'. The status condition of the UPDATE guards it as well.
    if (!execPrepared(
            query, u"UPDATE otp_challenge SET status = 'used', used_at = :now WHERE id = :id AND status = 'active'"_s,
            {{u"now"_s, Timestamp::toStorage(now)}, {u"id"_s, rowId}}, error))
        return false;
    if (query.numRowsAffected() != 1) {
        result->status = OtpVerifyStatus::AlreadyUsed;
        return true;
    }
    const AuditEntry entry{request.actor, u"otp.verify"_s, u"otp_challenge"_s, QString::number(rowId),
                           QJsonObject{{u"purpose"_s, otpPurposeCode(binding.purpose())},
                                       {u"failed_attempts"_s, failedAttempts},
                                       {u"client_address"_s, request.clientAddress}}};
    if (!AuditLog::append(transaction, m_clock, entry, error))
        return false;
    query.finish();

    qCInfo(lcSecurity) << "OTP challenge" << rowId << "verified";
    result->status = OtpVerifyStatus::Ok;
    result->attemptsLeft = 0;
    return true;
}

qint64 OtpService::purgeExpired(const QDateTime &cutoff, QString *error)
{
    WriteTransaction transaction(m_database);
    if (!transaction.begin(error))
        return -1;
    QSqlQuery query(transaction.db());
    if (!execPrepared(query, u"DELETE FROM otp_challenge WHERE expires_at < :cutoff"_s,
                      {{u"cutoff"_s, Timestamp::toStorage(cutoff)}}, error))
        return -1;
    const qint64 deleted = query.numRowsAffected();
    if (!transaction.commit(error))
        return -1;
    qCInfo(lcSecurity) << "Purged" << deleted << "expired OTP challenges";
    return deleted;
}

} // namespace nodues
