#include "sms/SmsDispatcher.h"

#include "Clock.h"
#include "Timestamp.h"
#include "sms/SmsLogging.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"
#include "storage/WriteTransaction.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSysInfo>
#include <QThread>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace nodues {

namespace {

QString defaultDispatcherId()
{
    return u"%1-%2-%3"_s.arg(QSysInfo::machineHostName())
        .arg(QCoreApplication::applicationPid())
        .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

// %LOCK% is replaced by a constant clause per dialect, never by a value.
const QString kClaimSql =
    u"UPDATE sms_outbox SET status = 'sending', claimed_by = :me, claim_expires_at = :lease,"
    " attempt_count = attempt_count + 1"
    " WHERE id IN (SELECT id FROM sms_outbox"
    "  WHERE (status = 'pending' AND next_attempt_at <= :now) OR (status = 'sending' AND claim_expires_at <= :now)"
    "  ORDER BY next_attempt_at, id LIMIT :limit %LOCK%)"
    " RETURNING id, mobile, kind, language, template_id, sender_id, body, sensitive, encoding, part_count,"
    " attempt_count"_s;

} // namespace

qint64 SmsDispatcherSettings::backoffSeconds(int attempt) const
{
    qint64 wait = backoffInitialSeconds;
    for (int i = 1; i < attempt && wait < backoffMaxSeconds; ++i)
        wait *= 2;
    return std::min<qint64>(wait, backoffMaxSeconds);
}

SmsDispatcher::SmsDispatcher(Database &database, const Clock &clock, GatewayFactory gatewayFactory,
                             SmsDispatcherSettings settings)
    : m_database(database)
    , m_clock(clock)
    , m_gatewayFactory(std::move(gatewayFactory))
    , m_settings(std::move(settings))
{
    if (m_settings.dispatcherId.isEmpty())
        m_settings.dispatcherId = defaultDispatcherId();
}

SmsDispatcher::~SmsDispatcher()
{
    stop();
}

QString SmsDispatcher::redactedSentBody()
{
    return u"[OTP message redacted after sending]"_s;
}

QString SmsDispatcher::redactedFailedBody()
{
    return u"[OTP message redacted after failed delivery]"_s;
}

void SmsDispatcher::start()
{
    if (m_thread)
        return;
    m_stopRequested = false;
    m_thread.reset(QThread::create([this] { threadMain(); }));
    m_thread->setObjectName(u"sms-dispatcher"_s);
    m_thread->start();
    qCInfo(lcSms) << "SMS dispatcher" << m_settings.dispatcherId << "started";
}

void SmsDispatcher::stop()
{
    if (!m_thread)
        return;
    m_stopRequested = true;
    {
        const QMutexLocker locker(&m_mutex);
        if (m_activeGateway)
            m_activeGateway->cancel();
        m_wake.wakeAll();
    }
    m_thread->wait();
    m_thread.reset();
    m_stopRequested = false;
    qCInfo(lcSms) << "SMS dispatcher" << m_settings.dispatcherId << "stopped";
}

bool SmsDispatcher::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void SmsDispatcher::threadMain()
{
    std::unique_ptr<SmsGateway> gateway = m_gatewayFactory();
    if (!gateway) {
        qCCritical(lcSms) << "SMS dispatcher" << m_settings.dispatcherId << "could not create its gateway";
        return;
    }
    {
        const QMutexLocker locker(&m_mutex);
        m_activeGateway = gateway.get();
    }

    while (!m_stopRequested) {
        SmsDispatchPass pass;
        QString error;
        if (!runPass(*gateway, &pass, &error))
            qCWarning(lcSms) << "SMS dispatcher" << m_settings.dispatcherId << "pass failed:" << error;

        const QMutexLocker locker(&m_mutex);
        if (!m_stopRequested)
            m_wake.wait(&m_mutex, QDeadlineTimer(m_settings.pollIntervalMs));
    }

    {
        const QMutexLocker locker(&m_mutex);
        m_activeGateway = nullptr;
    }
    gateway.reset();
    m_database.closeThreadConnection();
}

bool SmsDispatcher::runOnce(SmsDispatchPass *pass, QString *error)
{
    const std::unique_ptr<SmsGateway> gateway = m_gatewayFactory();
    if (!gateway) {
        *error = u"could not create the SMS gateway"_s;
        return false;
    }
    return runPass(*gateway, pass, error);
}

QList<SmsOutgoing> SmsDispatcher::claim(int limit, QString *error)
{
    QList<SmsOutgoing> claimed;
    WriteTransaction transaction(m_database);
    if (!transaction.begin(error))
        return claimed;

    const QDateTime now = m_clock.nowUtc();
    QString sql = kClaimSql;
    sql.replace(u"%LOCK%"_s, transaction.dialect() == SqlDialect::Postgres ? u"FOR UPDATE SKIP LOCKED"_s : QString());
    QSqlQuery query(transaction.db());
    if (!execPrepared(query, sql,
                      {{u"me"_s, m_settings.dispatcherId},
                       {u"lease"_s, Timestamp::toStorage(now.addSecs(m_settings.leaseSeconds))},
                       {u"now"_s, Timestamp::toStorage(now)},
                       {u"limit"_s, limit}},
                      error))
        return claimed;

    while (query.next()) {
        SmsOutgoing message;
        message.id = query.value(0).toLongLong();
        message.mobile = query.value(1).toString();
        message.kind = query.value(2).toString();
        message.language = query.value(3).toString();
        message.templateId = query.value(4).toString();
        message.senderId = query.value(5).toString();
        message.body = query.value(6).toString();
        message.sensitive = query.value(7).toInt() != 0;
        message.encoding = query.value(8).toString() == u"UCS2"_s ? SmsEncoding::Ucs2 : SmsEncoding::Gsm7;
        message.partCount = query.value(9).toInt();
        message.attempt = query.value(10).toInt();
        claimed.append(message);
    }
    query.finish();
    if (!transaction.commit(error))
        return {};

    std::sort(claimed.begin(), claimed.end(), [](const SmsOutgoing &a, const SmsOutgoing &b) { return a.id < b.id; });
    return claimed;
}

bool SmsDispatcher::runPass(SmsGateway &gateway, SmsDispatchPass *pass, QString *error)
{
    while (!m_stopRequested) {
        QString claimError;
        const QList<SmsOutgoing> batch = claim(m_settings.batchSize, &claimError);
        if (!claimError.isEmpty()) {
            *error = u"could not claim SMS rows: "_s + claimError;
            return false;
        }
        if (batch.isEmpty())
            return true;
        pass->claimed += int(batch.size());

        for (qsizetype i = 0; i < batch.size(); ++i) {
            if (m_stopRequested) {
                releaseClaims(batch.mid(i));
                return true;
            }
            const SmsOutgoing &message = batch.at(i);

            // The lease must cover this send. If it lapsed while earlier rows were sent, another
            // dispatcher may have taken the row over, and the row is left to it.
            bool held = false;
            if (!renewClaim(message.id, &held, error)) {
                releaseClaims(batch.mid(i));
                return false;
            }
            if (!held) {
                qCWarning(lcSms) << "SMS" << message.id << "was taken over by another dispatcher; skipped";
                ++pass->skipped;
                continue;
            }

            qCInfo(lcSms) << "Sending SMS" << message.id << "kind" << message.kind << "attempt" << message.attempt
                          << "via" << gateway.name();
            const SmsSendResult result = gateway.send(message);

            bool applied = false;
            if (result.accepted) {
                if (!markSent(message, gateway.name(), result.reference, &applied, error)) {
                    releaseClaims(batch.mid(i + 1));
                    return false;
                }
                ++pass->sent;
                qCInfo(lcSms) << "SMS" << message.id << "sent on attempt" << message.attempt;
                continue;
            }

            qCWarning(lcSms) << "SMS" << message.id << "kind" << message.kind << "attempt" << message.attempt
                             << "failed:" << result.error;
            bool retrying = false;
            if (!markFailed(message, result.error, &retrying, &applied, error)) {
                releaseClaims(batch.mid(i + 1));
                return false;
            }
            if (retrying)
                ++pass->retried;
            else
                ++pass->failed;
        }
    }
    return true;
}

bool SmsDispatcher::renewClaim(qint64 id, bool *held, QString *error)
{
    WriteTransaction transaction(m_database);
    if (!transaction.begin(error))
        return false;
    QSqlQuery query(transaction.db());
    if (!execPrepared(query,
                      u"UPDATE sms_outbox SET claim_expires_at = :lease"
                      " WHERE id = :id AND claimed_by = :me AND status = 'sending'"_s,
                      {{u"lease"_s, Timestamp::toStorage(m_clock.nowUtc().addSecs(m_settings.leaseSeconds))},
                       {u"id"_s, id},
                       {u"me"_s, m_settings.dispatcherId}},
                      error))
        return false;
    *held = query.numRowsAffected() == 1;
    return transaction.commit(error);
}

bool SmsDispatcher::markSent(const SmsOutgoing &message, const QString &gateway, const QString &reference,
                             bool *applied, QString *error)
{
    WriteTransaction transaction(m_database);
    if (!transaction.begin(error))
        return false;
    QSqlQuery query(transaction.db());
    if (!execPrepared(query,
                      u"UPDATE sms_outbox SET status = 'sent', sent_at = :now, gateway = :gateway,"
                      " gateway_reference = :reference, last_error = NULL, claim_expires_at = NULL,"
                      " body = CASE WHEN sensitive = 1 THEN :redacted ELSE body END"
                      " WHERE id = :id AND claimed_by = :me AND status = 'sending'"_s,
                      {{u"now"_s, Timestamp::toStorage(m_clock.nowUtc())},
                       {u"gateway"_s, gateway},
                       {u"reference"_s, reference},
                       {u"redacted"_s, redactedSentBody()},
                       {u"id"_s, message.id},
                       {u"me"_s, m_settings.dispatcherId}},
                      error))
        return false;
    *applied = query.numRowsAffected() == 1;
    if (!transaction.commit(error))
        return false;
    if (!*applied)
        qCWarning(lcSms) << "SMS" << message.id
                         << "was accepted by the gateway after another dispatcher took over its claim; it may be "
                            "delivered twice";
    return true;
}

bool SmsDispatcher::markFailed(const SmsOutgoing &message, const QString &reason, bool *retrying, bool *applied,
                               QString *error)
{
    const QDateTime now = m_clock.nowUtc();
    *retrying = message.attempt < m_settings.maxAttempts;

    WriteTransaction transaction(m_database);
    if (!transaction.begin(error))
        return false;
    QSqlQuery query(transaction.db());
    bool ok = false;
    if (*retrying) {
        ok = execPrepared(query,
                          u"UPDATE sms_outbox SET status = 'pending', next_attempt_at = :next, last_error = :error,"
                          " claimed_by = NULL, claim_expires_at = NULL"
                          " WHERE id = :id AND claimed_by = :me AND status = 'sending'"_s,
                          {{u"next"_s, Timestamp::toStorage(now.addSecs(m_settings.backoffSeconds(message.attempt)))},
                           {u"error"_s, reason},
                           {u"id"_s, message.id},
                           {u"me"_s, m_settings.dispatcherId}},
                          error);
    } else {
        ok = execPrepared(query,
                          u"UPDATE sms_outbox SET status = 'failed', last_error = :error, claim_expires_at = NULL,"
                          " body = CASE WHEN sensitive = 1 THEN :redacted ELSE body END"
                          " WHERE id = :id AND claimed_by = :me AND status = 'sending'"_s,
                          {{u"error"_s, reason},
                           {u"redacted"_s, redactedFailedBody()},
                           {u"id"_s, message.id},
                           {u"me"_s, m_settings.dispatcherId}},
                          error);
    }
    if (!ok)
        return false;
    *applied = query.numRowsAffected() == 1;
    if (!transaction.commit(error))
        return false;

    if (!*applied)
        qCWarning(lcSms) << "SMS" << message.id << "failed after another dispatcher took over its claim";
    else if (!*retrying)
        qCWarning(lcSms) << "SMS" << message.id << "kind" << message.kind << "failed for good after" << message.attempt
                         << "attempts";
    return true;
}

void SmsDispatcher::releaseClaims(const QList<SmsOutgoing> &messages)
{
    for (const SmsOutgoing &message : messages) {
        QString error;
        if (!releaseClaim(message.id, &error))
            qCWarning(lcSms) << "Could not release the claim on SMS" << message.id
                             << "; it is retried when its lease expires:" << error;
    }
}

bool SmsDispatcher::releaseClaim(qint64 id, QString *error)
{
    // The attempt was counted when the row was claimed, but no request was made.
    WriteTransaction transaction(m_database);
    if (!transaction.begin(error))
        return false;
    QSqlQuery query(transaction.db());
    if (!execPrepared(query,
                      u"UPDATE sms_outbox SET status = 'pending', claimed_by = NULL, claim_expires_at = NULL,"
                      " attempt_count = attempt_count - 1"
                      " WHERE id = :id AND claimed_by = :me AND status = 'sending'"_s,
                      {{u"id"_s, id}, {u"me"_s, m_settings.dispatcherId}}, error))
        return false;
    return transaction.commit(error);
}

} // namespace nodues
