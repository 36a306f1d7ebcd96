#include "security/SessionStore.h"

#include "Clock.h"
#include "Timestamp.h"
#include "audit/AuditLog.h"
#include "billing/MobileNumber.h"
#include "security/SecureRandom.h"
#include "security/SecurityLogging.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"
#include "storage/WriteTransaction.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace nodues {

namespace {

const QString kSelectSession =
    u"SELECT s.id, s.subject_type, s.consumer_mobile, s.officer_id, o.username, s.device_name, s.client_address,"
    " s.created_at, s.last_used_at, s.expires_at, s.absolute_expires_at, s.revoked_at, s.revoked_reason,"
    " o.disabled_at FROM auth_session s LEFT JOIN officer o ON o.id = s.officer_id"_s;

// Reads a row of kSelectSession; officerDisabled (optional) receives whether the officer is disabled.
Session sessionFromRow(const QSqlQuery &query, bool *officerDisabled = nullptr)
{
    Session session;
    session.id = query.value(0).toLongLong();
    session.subject = query.value(1).toString() == u"officer"_s ? SessionSubject::Officer : SessionSubject::Consumer;
    session.consumerMobile = query.value(2).toString();
    session.officerId = query.value(3).toLongLong();
    session.officerUsername = query.value(4).toString();
    session.deviceName = query.value(5).toString();
    session.clientAddress = query.value(6).toString();
    session.createdAt = Timestamp::fromStorage(query.value(7).toString());
    session.lastUsedAt = Timestamp::fromStorage(query.value(8).toString());
    session.expiresAt = Timestamp::fromStorage(query.value(9).toString());
    session.absoluteExpiresAt = Timestamp::fromStorage(query.value(10).toString());
    session.revokedAt = Timestamp::fromStorage(query.value(11).toString());
    session.revokedReason = query.value(12).toString();
    if (officerDisabled)
        *officerDisabled = !query.value(13).isNull();
    return session;
}

QString hashToken(const QString &token)
{
    return SecureRandom::sha256Hex(token.toLatin1());
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

} // namespace

QString Session::auditActor() const
{
    if (subject == SessionSubject::Officer)
        return u"officer:"_s + officerUsername;
    return u"consumer:"_s + MobileNumber::mask(consumerMobile);
}

QString sessionLookupStatusCode(SessionLookupStatus status)
{
    switch (status) {
    case SessionLookupStatus::Valid:
        return u"valid"_s;
    case SessionLookupStatus::NotFound:
        return u"not_found"_s;
    case SessionLookupStatus::Expired:
        return u"expired"_s;
    case SessionLookupStatus::Revoked:
        return u"revoked"_s;
    case SessionLookupStatus::OfficerDisabled:
        return u"officer_disabled"_s;
    }
    return {};
}

SessionStore::SessionStore(Database &database, const Clock &clock, SessionSettings settings)
    : m_database(database)
    , m_clock(clock)
    , m_settings(settings)
{
}

std::optional<NewSession> SessionStore::createForConsumer(const QString &mobile, const QString &clientAddress,
                                                          QString *error)
{
    static const QRegularExpression pattern(u"^[6-9][0-9]{9}$"_s);
    if (!pattern.match(mobile).hasMatch()) {
        *error = tr("Could not start a session: the mobile number \"%1\" is not 10 digits starting with 6, 7, 8 or 9.")
                     .arg(mobile);
        return std::nullopt;
    }
    Session session;
    session.subject = SessionSubject::Consumer;
    session.consumerMobile = mobile;
    session.clientAddress = clientAddress;
    return create(session, error);
}

std::optional<NewSession> SessionStore::createForOfficer(qint64 officerId, const QString &deviceName,
                                                         const QString &clientAddress, QString *error)
{
    const QString device = deviceName.trimmed();
    const bool printable = std::all_of(device.cbegin(), device.cend(), [](QChar c) { return c.isPrint(); });
    if (device.isEmpty() || device.size() > kMaxDeviceNameLength || !printable) {
        *error = tr("Could not start a session: the device name \"%1\" must be 1 to %2 printable characters.")
                     .arg(device, QString::number(kMaxDeviceNameLength));
        return std::nullopt;
    }
    Session session;
    session.subject = SessionSubject::Officer;
    session.officerId = officerId;
    session.deviceName = device;
    session.clientAddress = clientAddress;
    return create(session, error);
}

std::optional<NewSession> SessionStore::create(Session session, QString *error)
{
    if (!m_settings.validate(error))
        return std::nullopt;
    const bool officer = session.subject == SessionSubject::Officer;
    WriteTransaction transaction(m_database);
    if (!transaction.begin(error))
        return std::nullopt;
    QSqlQuery query(transaction.db());

    // An officer session needs an enabled account; the lookup checks it again on every use.
    if (officer) {
        if (!execPrepared(query, u"SELECT username, disabled_at FROM officer WHERE id = :id"_s,
                          {{u"id"_s, session.officerId}}, error))
            return std::nullopt;
        if (!query.next()) {
            *error = tr("Could not start a session: no officer has the id %1.").arg(session.officerId);
            return std::nullopt;
        }
        session.officerUsername = query.value(0).toString();
        const bool disabled = !query.value(1).isNull();
        query.finish();
        if (disabled) {
            *error = tr("Could not start a session: the officer \"%1\" is disabled.").arg(session.officerUsername);
            return std::nullopt;
        }
    }

    const QDateTime now = m_clock.nowUtc();
    const int idle = officer ? m_settings.officerIdleSeconds : m_settings.consumerIdleSeconds;
    const int lifetime = officer ? m_settings.officerLifetimeSeconds : m_settings.consumerLifetimeSeconds;
    session.createdAt = now;
    session.lastUsedAt = now;
    session.absoluteExpiresAt = now.addSecs(lifetime);
    session.expiresAt = std::min(now.addSecs(idle), session.absoluteExpiresAt);
    const QString token = SecureRandom::token(kTokenBytes);

    if (!execPrepared(
            query,
            u"INSERT INTO auth_session (token_hash, subject_type, consumer_mobile, officer_id, device_name,"
            " client_address, created_at, last_used_at, expires_at, absolute_expires_at) VALUES"
            " (:token_hash, :subject_type, :consumer_mobile, :officer_id, :device_name, :client_address,"
            " :now, :now, :expires_at, :absolute_expires_at) RETURNING id"_s,
            {{u"token_hash"_s, hashToken(token)},
             {u"subject_type"_s, officer ? u"officer"_s : u"consumer"_s},
             {u"consumer_mobile"_s, officer ? nullText() : QVariant(session.consumerMobile)},
             {u"officer_id"_s, officer ? QVariant(session.officerId) : QVariant(QMetaType::fromType<qint64>())},
             {u"device_name"_s, emptyIfNull(session.deviceName)},
             {u"client_address"_s, emptyIfNull(session.clientAddress)},
             {u"now"_s, Timestamp::toStorage(now)},
             {u"expires_at"_s, Timestamp::toStorage(session.expiresAt)},
             {u"absolute_expires_at"_s, Timestamp::toStorage(session.absoluteExpiresAt)}},
            error))
        return std::nullopt;
    if (!query.next()) {
        *error = tr("The database did not return the id of the new session.");
        return std::nullopt;
    }
    session.id = query.value(0).toLongLong();
    query.finish();

    QJsonObject details{{u"client_address"_s, session.clientAddress},
                        {u"expires_at"_s, Timestamp::toStorage(session.absoluteExpiresAt)}};
    if (officer)
        details.insert(u"device"_s, session.deviceName);
    const AuditEntry entry{session.auditActor(), u"session.create"_s, u"session"_s, QString::number(session.id),
                           details};
    if (!AuditLog::append(transaction, m_clock, entry, error) || !transaction.commit(error))
        return std::nullopt;

    if (officer)
        qCInfo(lcSecurity).noquote() << "Started session" << session.id << "for" << session.auditActor() << "on"
                                     << session.deviceName;
    else
        qCInfo(lcSecurity).noquote() << "Started session" << session.id << "for" << session.auditActor();
    return NewSession{token, session};
}

bool SessionStore::lookup(const QString &token, SessionLookupStatus *status, Session *session, QString *error)
{
    *status = SessionLookupStatus::NotFound;
    if (!SecureRandom::isToken(token, kTokenBytes))
        return true;

    QSqlDatabase db = m_database.connection(error);
    if (!db.isOpen())
        return false;
    QSqlQuery query(db);
    if (!execPrepared(query, kSelectSession + u" WHERE s.token_hash = :token_hash"_s,
                      {{u"token_hash"_s, hashToken(token)}}, error))
        return false;
    if (!query.next())
        return true;
    bool officerDisabled = false;
    Session found = sessionFromRow(query, &officerDisabled);
    query.finish();

    const QDateTime now = m_clock.nowUtc();
    if (found.revokedAt.isValid())
        *status = SessionLookupStatus::Revoked;
    else if (found.subject == SessionSubject::Officer && officerDisabled)
        *status = SessionLookupStatus::OfficerDisabled;
    else if (now >= found.expiresAt || now >= found.absoluteExpiresAt)
        *status = SessionLookupStatus::Expired;
    else
        *status = SessionLookupStatus::Valid;

    // Slide the expiry, at most once per touch interval. The update is a single autocommitted
    // statement that cannot revive a session revoked in the meantime.
    if (*status == SessionLookupStatus::Valid && found.lastUsedAt.secsTo(now) >= m_settings.touchIntervalSeconds) {
        const int idle =
            found.subject == SessionSubject::Officer ? m_settings.officerIdleSeconds : m_settings.consumerIdleSeconds;
        const QDateTime expiresAt = std::min(now.addSecs(idle), found.absoluteExpiresAt);
        if (!execPrepared(query,
                          u"UPDATE auth_session SET last_used_at = :now, expires_at = :expires_at"
                          " WHERE id = :id AND revoked_at IS NULL"_s,
                          {{u"now"_s, Timestamp::toStorage(now)},
                           {u"expires_at"_s, Timestamp::toStorage(expiresAt)},
                           {u"id"_s, found.id}},
                          error))
            return false;
        found.lastUsedAt = now;
        found.expiresAt = expiresAt;
    }

    // A session presented while its officer is disabled ends for good, so enabling the account
    // again does not bring it back.
    if (*status == SessionLookupStatus::OfficerDisabled) {
        const QString now = Timestamp::toStorage(m_clock.nowUtc());
        if (!execPrepared(query,
                          u"UPDATE auth_session SET revoked_at = :now, revoked_reason = 'officer_disabled'"
                          " WHERE id = :id AND revoked_at IS NULL"_s,
                          {{u"now"_s, now}, {u"id"_s, found.id}}, error))
            return false;
    }

    if (*status != SessionLookupStatus::Valid)
        qCInfo(lcSecurity) << "Refused session" << found.id << ":" << sessionLookupStatusCode(*status);
    if (session)
        *session = found;
    return true;
}

bool SessionStore::signOut(const QString &token, QString *error)
{
    const QString notActive = tr("Could not sign out: the session has already ended or does not exist.");
    if (!SecureRandom::isToken(token, kTokenBytes)) {
        *error = notActive;
        return false;
    }
    WriteTransaction transaction(m_database);
    if (!transaction.begin(error))
        return false;
    QSqlQuery query(transaction.db());
    if (!execPrepared(query, kSelectSession + u" WHERE s.token_hash = :token_hash AND s.revoked_at IS NULL"_s,
                      {{u"token_hash"_s, hashToken(token)}}, error))
        return false;
    if (!query.next()) {
        *error = notActive;
        return false;
    }
    const Session session = sessionFromRow(query);
    query.finish();

    if (!execPrepared(query, u"UPDATE auth_session SET revoked_at = :now, revoked_reason = 'sign_out' WHERE id = :id"_s,
                      {{u"now"_s, Timestamp::toStorage(m_clock.nowUtc())}, {u"id"_s, session.id}}, error))
        return false;
    const AuditEntry entry{session.auditActor(), u"session.sign_out"_s, u"session"_s, QString::number(session.id),
                           QJsonObject{}};
    if (!AuditLog::append(transaction, m_clock, entry, error) || !transaction.commit(error))
        return false;
    qCInfo(lcSecurity) << "Session" << session.id << "signed out";
    return true;
}

bool SessionStore::revoke(qint64 sessionId, const QString &reason, const QString &actor, QString *error)
{
    WriteTransaction transaction(m_database);
    if (!transaction.begin(error))
        return false;
    QSqlQuery query(transaction.db());
    if (!execPrepared(query, u"SELECT revoked_at FROM auth_session WHERE id = :id"_s, {{u"id"_s, sessionId}}, error))
        return false;
    if (!query.next()) {
        *error = tr("No session has the id %1.").arg(sessionId);
        return false;
    }
    const bool alreadyRevoked = !query.value(0).isNull();
    query.finish();
    if (alreadyRevoked) {
        *error = tr("The session %1 is already revoked.").arg(sessionId);
        return false;
    }

    if (!execPrepared(query, u"UPDATE auth_session SET revoked_at = :now, revoked_reason = :reason WHERE id = :id"_s,
                      {{u"now"_s, Timestamp::toStorage(m_clock.nowUtc())},
                       {u"reason"_s, emptyIfNull(reason)},
                       {u"id"_s, sessionId}},
                      error))
        return false;
    const AuditEntry entry{actor, u"session.revoke"_s, u"session"_s, QString::number(sessionId),
                           QJsonObject{{u"reason"_s, reason}}};
    if (!AuditLog::append(transaction, m_clock, entry, error) || !transaction.commit(error))
        return false;
    qCInfo(lcSecurity) << "Revoked session" << sessionId << "by" << actor;
    return true;
}

int SessionStore::revokeAllForOfficer(qint64 officerId, const QString &reason, const QString &actor, QString *error)
{
    WriteTransaction transaction(m_database);
    if (!transaction.begin(error))
        return -1;
    QSqlQuery query(transaction.db());
    if (!execPrepared(query, u"SELECT username FROM officer WHERE id = :id"_s, {{u"id"_s, officerId}}, error))
        return -1;
    if (!query.next()) {
        *error = tr("No officer has the id %1.").arg(officerId);
        return -1;
    }
    const QString username = query.value(0).toString();
    query.finish();

    if (!execPrepared(query,
                      u"UPDATE auth_session SET revoked_at = :now, revoked_reason = :reason"
                      " WHERE officer_id = :officer_id AND revoked_at IS NULL"_s,
                      {{u"now"_s, Timestamp::toStorage(m_clock.nowUtc())},
                       {u"reason"_s, emptyIfNull(reason)},
                       {u"officer_id"_s, officerId}},
                      error))
        return -1;
    const int revoked = query.numRowsAffected();
    const AuditEntry entry{actor, u"session.revoke_all"_s, u"officer"_s, username,
                           QJsonObject{{u"reason"_s, reason}, {u"sessions"_s, revoked}}};
    if (!AuditLog::append(transaction, m_clock, entry, error) || !transaction.commit(error))
        return -1;
    qCInfo(lcSecurity) << "Revoked" << revoked << "sessions of officer" << username << "by" << actor;
    return revoked;
}

QList<Session> SessionStore::listForOfficer(qint64 officerId, bool includeEnded, QString *error)
{
    QSqlDatabase db = m_database.connection(error);
    if (!db.isOpen())
        return {};
    QSqlQuery query(db);
    const QString sql = kSelectSession + u" WHERE s.officer_id = :officer_id"
                                         " AND (:include_ended = 1 OR (s.revoked_at IS NULL AND s.expires_at > :now))"
                                         " ORDER BY s.created_at DESC, s.id DESC"_s;
    if (!execPrepared(query, sql,
                      {{u"officer_id"_s, officerId},
                       {u"include_ended"_s, includeEnded ? 1 : 0},
                       {u"now"_s, Timestamp::toStorage(m_clock.nowUtc())}},
                      error))
        return {};
    QList<Session> sessions;
    while (query.next())
        sessions.append(sessionFromRow(query));
    return sessions;
}

qint64 SessionStore::purgeEnded(const QDateTime &cutoff, QString *error)
{
    WriteTransaction transaction(m_database);
    if (!transaction.begin(error))
        return -1;
    QSqlQuery query(transaction.db());
    if (!execPrepared(query, u"DELETE FROM auth_session WHERE absolute_expires_at < :cutoff OR revoked_at < :cutoff"_s,
                      {{u"cutoff"_s, Timestamp::toStorage(cutoff)}}, error))
        return -1;
    const qint64 deleted = query.numRowsAffected();
    if (!transaction.commit(error))
        return -1;
    qCInfo(lcSecurity) << "Purged" << deleted << "ended sessions";
    return deleted;
}

} // namespace nodues
