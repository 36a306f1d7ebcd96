#pragma once

#include "security/SessionSettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace nodues {

class Clock;
class Database;

enum class SessionSubject { Consumer, Officer };

// One sign-in session as stored, without the token or its hash.
struct Session
{
    qint64 id = 0;
    SessionSubject subject = SessionSubject::Consumer;
    QString consumerMobile;  // for a consumer
    qint64 officerId = 0;    // for an officer
    QString officerUsername; // for an officer
    QString deviceName;      // for an officer: the workstation's name, e.g. "DC-Kolar-PC2"
    QString clientAddress;   // where the session was created
    QDateTime createdAt;
    QDateTime lastUsedAt;
    QDateTime expiresAt;         // the sliding expiry, never after absoluteExpiresAt
    QDateTime absoluteExpiresAt; // the latest the session can last
    QDateTime revokedAt;         // invalid unless revoked
    QString revokedReason;

    // "consumer:98XXXXX210" or "officer:<username>", for audit rows.
    QString auditActor() const;
};

// A session just created, with its bearer token. The token is shown to the client once and is
// not stored anywhere.
struct NewSession
{
    QString token;
    Session session;
};

enum class SessionLookupStatus {
    Valid,
    NotFound, // no session has this token, or the token is malformed
    Expired,
    Revoked,
    OfficerDisabled, // the session's officer account is disabled
};

// "valid", "not_found", ...: for logs and API error codes.
QString sessionLookupStatusCode(SessionLookupStatus status);

// Bearer-token sessions of consumers and officers (table auth_session).
//
// A token is 32 bytes from libsodium's CSPRNG as unpadded base64url (43 characters). Only its
// SHA-256 is stored, and a lookup finds the row by that hash, so the lookup's timing depends on
// the hash, not on how much of a guessed token is right. A leaked database therefore yields no
// usable token.
//
// Officer sessions are checked against the officer row on every lookup, so disabling an account
// ends its sessions at once. A session presented while its officer is disabled is revoked for
// good, and OfficerStore::setDisabled() revokes all of the officer's sessions in the same
// transaction, so enabling the account again revives none of them.
// Creating, signing out and revoking write audit rows; lookups do not.
class SessionStore final
{
    Q_DECLARE_TR_FUNCTIONS(SessionStore)

public:
    static constexpr qsizetype kTokenBytes = 32;
    static constexpr int kMaxDeviceNameLength = 64;

    SessionStore(Database &database, const Clock &clock, SessionSettings settings = {});

    const SessionSettings &settings() const { return m_settings; }

    // Starts a session for a consumer who proved the mobile (10 digits) with an OTP.
    std::optional<NewSession> createForConsumer(const QString &mobile, const QString &clientAddress, QString *error);

    // Starts a session for an enabled officer on a named device (1 to 64 printable characters).
    std::optional<NewSession> createForOfficer(qint64 officerId, const QString &deviceName,
                                               const QString &clientAddress, QString *error);

    // Finds the session of token and, when valid, records its use and slides its expiry.
    // Returns false only on a database failure. Otherwise status is Valid when the token is
    // accepted, and session (optional) is filled for every status except NotFound.
    bool lookup(const QString &token, SessionLookupStatus *status, Session *session, QString *error);

    // Ends the session of token (sign-out). Returns false with error set when no active session
    // has this token.
    bool signOut(const QString &token, QString *error);

    // Ends one session by id, for an administrator; reason is stored and audited.
    bool revoke(qint64 sessionId, const QString &reason, const QString &actor, QString *error);

    // Ends every active session of an officer; returns how many, or -1 with error set.
    int revokeAllForOfficer(qint64 officerId, const QString &reason, const QString &actor, QString *error);

    // The officer's sessions, newest first; with includeEnded also expired and revoked ones.
    QList<Session> listForOfficer(qint64 officerId, bool includeEnded, QString *error);

    // Deletes sessions whose absolute expiry or revocation lies before cutoff. Returns the number
    // deleted, or -1 with error set.
    qint64 purgeEnded(const QDateTime &cutoff, QString *error);

private:
    std::optional<NewSession> create(Session session, QString *error);

    Database &m_database;
    const Clock &m_clock;
    SessionSettings m_settings;
};

} // namespace nodues
