#pragma once

#include "security/OtpBinding.h"
#include "security/OtpCodeHasher.h"
#include "security/OtpSettings.h"
#include "sms/SmsOutbox.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace nodues {

class Clock;
class Database;
class ServerSecrets;
class SmsTemplates;
class WriteTransaction;

// Whether issue() queues the SMS.
enum class OtpDelivery {
    Send,
    // Do all the work of a send (code, hash, row, audit, template rendering) but queue no SMS.
    // For a recipient who must not get an SMS when the caller's response must not reveal that.
    Withhold,
};

struct OtpIssueRequest
{
    QString recipientMobile; // 10 digits; the phone the SMS goes to
    QString clientAddress;   // the requesting client's IP address, for the per-address cap
    QString language;        // "hi" or "en"; empty means Hindi
    QString actor;           // audit actor, e.g. "consumer:98XXXXX210" or "officer:rkumar"
    OtpDelivery delivery = OtpDelivery::Send;
};

enum class OtpIssueStatus {
    Issued,
    TooManyForMobile,  // a cap per recipient mobile or per subject was reached
    TooManyForAddress, // the client address reached maxCodesPerAddress (consumers' purposes only)
};

struct OtpIssueResult
{
    OtpIssueStatus status = OtpIssueStatus::Issued;
    QString challengeId;          // when Issued: the opaque handle to send back with the code
    QDateTime expiresAt;          // when Issued
    qint64 retryAfterSeconds = 0; // when refused: seconds until the cap lets one more code through
};

struct OtpVerifyRequest
{
    QString challengeId;
    QString code;
    QString clientAddress;
    QString actor;
};

enum class OtpVerifyStatus {
    Ok,              // the code was right and is now used up
    Wrong,           // attemptsLeft more tries remain (0: the code is now dead)
    Expired,         // the code's validity ended
    TooManyAttempts, // the code died after maxWrongAttempts wrong tries
    AlreadyUsed,     // the code was verified before
    Superseded,      // a newer code was sent for the same purpose and binding
    NotFound,        // no challenge has this id (or the id is malformed)
    WrongPurpose,    // the challenge was issued for another purpose or binding
};

struct OtpVerifyResult
{
    OtpVerifyStatus status = OtpVerifyStatus::NotFound;
    int attemptsLeft = 0; // for Wrong
};

// "ok", "wrong", "expired", ...: for logs, audit details and API error codes.
QString otpVerifyStatusCode(OtpVerifyStatus status);

// Issues and verifies one-time codes of 6 digits, bound to a purpose and a binding (OtpBinding).
//
// Storage (table otp_challenge): the code is never stored or logged. The row keeps its keyed hash
// (OtpCodeHasher, key from ServerSecrets), so neither a database dump nor the logs reveal a code
// or let anyone test guesses offline. The SMS carrying the code is an sms_outbox row written in
// the same transaction as the challenge row; the outbox redacts the body once it is sent.
//
// Rules (OtpSettings): a code is valid for validitySeconds; maxWrongAttempts wrong tries kill it.
// Within a sliding window of sendWindowSeconds, counted per purpose: at most maxCodesPerMobile
// codes go to one recipient mobile at the request of one client address, and at most
// maxCodesPerMobileAllAddresses from all addresses; for purposes other than signing in, at most
// maxCodesPerMobile are issued for one subject (consumer mobile or officer). At most
// maxCodesPerAddress codes of the consumers' purposes are requested from one client address.
// Officers' codes (sign-in, decision, revocation) go only to the officer's own registered mobile,
// so the address cap neither applies to them nor counts them. An officer's decision and
// revocation codes use maxOfficerActionCodes in place of maxCodesPerMobile. So consumers sharing
// an office's address cannot block its officers, a stranger asking for sign-in codes cannot block
// the codes a signed-in consumer asks for, and it takes several addresses to use up a phone's
// sign-in codes. A right code is used up at once: of two concurrent verifications of one code,
// exactly one returns Ok (the row is locked with FOR UPDATE on PostgreSQL, and SQLite runs one
// writer at a time). Issuing a code for a purpose and binding supersedes the earlier active code
// for the same pair.
//
// Sign-in without revealing registration: the answer to "send me a code" must look the same
// whether or not the mobile is known. The HTTP layer calls issue() for every well-formed mobile
// and returns the challenge id and expiry in both cases. For a mobile it must not send to, it
// passes OtpDelivery::Withhold: the same caps apply, a row and an audit row are written and the
// template is rendered, but no SMS is queued, and verify() later answers Wrong for every code,
// exactly as for a mistyped one. Refusals by the caps are also identical for both. A consumer
// mobile with no linked connection may still sign in (to apply for a "no connection found"
// certificate), so consumer sign-in normally sends; Withhold is for mobiles the server must not
// text, such as one on a block list.
//
// Audit: each issue writes "otp.issue"; each right code "otp.verify"; each counted wrong try or
// wrong-purpose try "otp.verify_failed" (bounded by maxWrongAttempts per code). Refusals that
// change nothing (expired, used, superseded, dead, unknown id, send caps) are logged, not audited,
// so repeating them cannot grow the audit chain.
class OtpService final
{
    Q_DECLARE_TR_FUNCTIONS(OtpService)

public:
    OtpService(Database &database, const Clock &clock, const ServerSecrets &secrets, const SmsTemplates &templates,
               OtpSettings settings = {});

    const OtpSettings &settings() const { return m_settings; }

    // Issues a code in a transaction of its own and commits it. Returns false with error set
    // only for invalid input or a database failure; a send cap refusal is a result, not an error.
    bool issue(const OtpBinding &binding, const OtpIssueRequest &request, OtpIssueResult *result, QString *error);

    // Issues a code inside the caller's write transaction, so the challenge, its SMS and its
    // audit row commit or roll back with the caller's own change. After a false return the
    // transaction may hold part of the work, so the caller must roll it back.
    bool issue(WriteTransaction &transaction, const OtpBinding &binding, const OtpIssueRequest &request,
               OtpIssueResult *result, QString *error);

    // Checks a code for binding in a transaction of its own and commits it, also when the code is
    // wrong, so a wrong try always counts. Returns false only on a database failure.
    bool verify(const OtpBinding &binding, const OtpVerifyRequest &request, OtpVerifyResult *result, QString *error);

    // Checks a code inside the caller's write transaction, so that using the code up commits or
    // rolls back with the caller's change: a change that fails after an Ok leaves the code unused.
    // A wrong try counts only once the caller commits, so the caller must commit for every status
    // but Ok as well. Returns false only on a database failure; the caller must then roll back.
    // On PostgreSQL the challenge row stays locked until the transaction ends.
    bool verify(WriteTransaction &transaction, const OtpBinding &binding, const OtpVerifyRequest &request,
                OtpVerifyResult *result, QString *error);

    // Deletes challenges that expired before cutoff; a cutoff earlier than now minus the send
    // window keeps the send caps exact. Returns the number deleted, or -1 with error set.
    qint64 purgeExpired(const QDateTime &cutoff, QString *error);

private:
    bool checkRequest(const OtpBinding &binding, const OtpIssueRequest &request, QString *error) const;
    bool lockSendKeys(WriteTransaction &transaction, const OtpBinding &binding, const OtpIssueRequest &request,
                      QString *error) const;
    bool checkSendCaps(WriteTransaction &transaction, const OtpBinding &binding, const OtpIssueRequest &request,
                       OtpIssueResult *result, QString *error) const;
    bool recordWrongTry(WriteTransaction &transaction, qint64 rowId, int failedBefore, int maxAttempts,
                        OtpVerifyStatus status, const OtpVerifyRequest &request, OtpVerifyResult *result,
                        QString *error) const;

    Database &m_database;
    const Clock &m_clock;
    OtpCodeHasher m_hasher;
    SmsOutbox m_outbox;
    const SmsTemplates &m_templates;
    OtpSettings m_settings;
};

} // namespace nodues
