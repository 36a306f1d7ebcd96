#pragma once

#include "sms/SmsGateway.h"

#include <QCoreApplication>
#include <QList>
#include <QMutex>
#include <QString>
#include <QWaitCondition>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace nodues {

class Clock;
class Database;

// Timing and limits of one dispatcher.
struct SmsDispatcherSettings
{
    QString dispatcherId;           // unique among dispatchers sharing a database; empty = host-pid-random
    int batchSize = 20;             // rows claimed per transaction
    int pollIntervalMs = 5000;      // pause between passes when nothing is due
    int leaseSeconds = 300;         // a claim lapses this long after it was last renewed
    int maxAttempts = 10;           // attempts before a row is marked failed
    int backoffInitialSeconds = 30; // wait after the first failed attempt
    int backoffMaxSeconds = 3600;   // cap of the doubling wait

    // Seconds to wait after the attempt-th failed attempt (1-based): the initial wait doubled
    // for each earlier failure, at most the cap.
    qint64 backoffSeconds(int attempt) const;
};

// Counts of one pass over the outbox.
struct SmsDispatchPass
{
    int claimed = 0;
    int sent = 0;
    int retried = 0; // failed attempts that will be retried
    int failed = 0;  // rows that reached the maximum of attempts
    int skipped = 0; // rows whose claim another dispatcher took over first
};

// Sends the rows of sms_outbox through a gateway, claiming each row so that one dispatcher sends it.
//
// A pass claims due rows in a short write transaction: pending rows whose next_attempt_at has
// come, and 'sending' rows whose claim_expires_at has passed (their dispatcher died or hung).
// On PostgreSQL the claim selects with FOR UPDATE SKIP LOCKED, so dispatchers on several
// servers take disjoint rows; on SQLite the BEGIN IMMEDIATE of the transaction serializes them.
// Claiming sets status 'sending', claimed_by (this dispatcher's id), claim_expires_at (the
// lease) and counts the attempt. Before each send the lease is renewed, and a row whose claim
// was taken over is skipped. After the send, the row becomes 'sent', or goes back to 'pending'
// with next_attempt_at pushed back by the backoff, or becomes 'failed' after the maximum of
// attempts; each of these updates applies only while this dispatcher still holds the claim.
// Sensitive rows (OTPs) get their body replaced by a redacted text once sent or failed.
//
// NOTE: a request that times out counts as failed and is retried. A gateway without an
// idempotency key (C-DAC's has none) may then deliver the message twice if it accepted the
// request and only its answer was lost. QNetworkAccessManager (Qt 6.4) also resends a request
// once by itself when the connection closes before any answer, with the same risk.
//
// start() runs passes on a thread of the dispatcher's own, with its own database connection
// and a gateway created there by the factory; stop() ends it. runOnce() makes one pass on the
// calling thread.
class SmsDispatcher final
{
    Q_DISABLE_COPY_MOVE(SmsDispatcher)

public:
    using GatewayFactory = std::function<std::unique_ptr<SmsGateway>()>;

    SmsDispatcher(Database &database, const Clock &clock, GatewayFactory gatewayFactory,
                  SmsDispatcherSettings settings = {});
    ~SmsDispatcher();

    const QString &dispatcherId() const { return m_settings.dispatcherId; }
    const SmsDispatcherSettings &settings() const { return m_settings; }

    void start();
    // Cancels a request in progress, releases the rows claimed but not yet sent, and waits for
    // the thread to end.
    void stop();
    bool isRunning() const;

    // Claims and sends until no row is due. Returns false with error on a database error.
    bool runOnce(SmsDispatchPass *pass, QString *error);

    // Claims up to limit due rows for this dispatcher and returns them. It is public so a test
    // can claim rows and abandon them, as a dispatcher that dies would.
    QList<SmsOutgoing> claim(int limit, QString *error);

    // The text an OTP's body becomes after it is sent, and after it has failed.
    static QString redactedSentBody();
    static QString redactedFailedBody();

private:
    bool runPass(SmsGateway &gateway, SmsDispatchPass *pass, QString *error);
    bool renewClaim(qint64 id, bool *held, QString *error);
    bool markSent(const SmsOutgoing &message, const QString &gateway, const QString &reference, bool *applied,
                  QString *error);
    bool markFailed(const SmsOutgoing &message, const QString &reason, bool *retrying, bool *applied, QString *error);
    void releaseClaims(const QList<SmsOutgoing> &messages);
    bool releaseClaim(qint64 id, QString *error);
    void threadMain();

    Database &m_database;
    const Clock &m_clock;
    GatewayFactory m_gatewayFactory;
    SmsDispatcherSettings m_settings;

    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_stopRequested = false;
    QMutex m_mutex; // guards m_activeGateway and the wait
    QWaitCondition m_wake;
    SmsGateway *m_activeGateway = nullptr;
};

} // namespace nodues
