#include "consumer/LinkedConnections.h"

#include "Clock.h"
#include "Timestamp.h"
#include "audit/AuditLog.h"
#include "billing/MobileNumber.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"
#include "storage/WriteTransaction.h"

#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace nodues::LinkedConnections {

namespace {

// Connections billed to the mobile that it has not unlinked, and the rows that link others.
// Each named placeholder appears once, as the Qt drivers require.
const QString kBilledSql = u"SELECT b.ivrs FROM billing_connection b WHERE b.mobile = :mobile AND NOT EXISTS"
                           " (SELECT 1 FROM consumer_link l WHERE l.mobile = :link_mobile AND l.ivrs = b.ivrs"
                           " AND l.state = 'unlinked')"_s;
const QString kLinkedSql = u"SELECT l.ivrs, l.state FROM consumer_link l WHERE l.mobile = :mobile"
                           " AND l.state IN ('linked', 'pending_verification')"_s;

} // namespace

QString linkKindCode(LinkKind kind)
{
    switch (kind) {
    case LinkKind::BillingMobile:
        return u"billing_mobile"_s;
    case LinkKind::Linked:
        return u"linked"_s;
    case LinkKind::PendingVerification:
        return u"pending_verification"_s;
    }
    return {};
}

QString linkStateCode(LinkState state)
{
    switch (state) {
    case LinkState::Linked:
        return u"linked"_s;
    case LinkState::Unlinked:
        return u"unlinked"_s;
    case LinkState::PendingVerification:
        return u"pending_verification"_s;
    case LinkState::Refused:
        return u"refused"_s;
    }
    return {};
}

std::optional<LinkState> linkStateFromCode(QStringView code)
{
    for (LinkState state : {LinkState::Linked, LinkState::Unlinked, LinkState::PendingVerification, LinkState::Refused})
        if (code == linkStateCode(state))
            return state;
    return std::nullopt;
}

bool list(Database &database, const QString &mobile, QList<LinkedConnection> *connections, QString *error)
{
    connections->clear();
    QSqlDatabase db = database.connection(error);
    if (!db.isOpen())
        return false;
    QSqlQuery query(db);
    if (!execPrepared(query, kBilledSql, {{u"mobile"_s, mobile}, {u"link_mobile"_s, mobile}}, error))
        return false;
    QSet<QString> billed;
    while (query.next()) {
        const QString ivrs = query.value(0).toString();
        billed.insert(ivrs);
        connections->append({ivrs, LinkKind::BillingMobile});
    }
    if (!execPrepared(query, kLinkedSql, {{u"mobile"_s, mobile}}, error))
        return false;
    while (query.next()) {
        const QString ivrs = query.value(0).toString();
        if (billed.contains(ivrs))
            continue; // billed to the mobile as well: the billing mobile is the stronger reason
        connections->append({ivrs, query.value(1).toString() == u"linked"_s ? LinkKind::Linked
                                                                            : LinkKind::PendingVerification});
    }
    std::sort(connections->begin(), connections->end(),
              [](const LinkedConnection &a, const LinkedConnection &b) { return a.ivrs < b.ivrs; });
    return true;
}

bool listUnlinkedOwn(Database &database, const QString &mobile, QStringList *ivrsNumbers, QString *error)
{
    ivrsNumbers->clear();
    QSqlDatabase db = database.connection(error);
    if (!db.isOpen())
        return false;
    QSqlQuery query(db);
    if (!execPrepared(query,
                      u"SELECT b.ivrs FROM billing_connection b JOIN consumer_link l"
                      " ON l.ivrs = b.ivrs AND l.mobile = :link_mobile"
                      " WHERE b.mobile = :mobile AND l.state = 'unlinked' ORDER BY b.ivrs"_s,
                      {{u"mobile"_s, mobile}, {u"link_mobile"_s, mobile}}, error))
        return false;
    while (query.next())
        ivrsNumbers->append(query.value(0).toString());
    return true;
}

std::optional<LinkKind> kindOf(Database &database, const QString &mobile, const QString &ivrs, QString *error)
{
    error->clear();
    QList<LinkedConnection> connections;
    if (!list(database, mobile, &connections, error))
        return std::nullopt;
    for (const LinkedConnection &connection : std::as_const(connections))
        if (connection.ivrs == ivrs)
            return connection.kind;
    return std::nullopt;
}

std::optional<LinkState> storedState(Database &database, const QString &mobile, const QString &ivrs, QString *error)
{
    error->clear();
    QSqlDatabase db = database.connection(error);
    if (!db.isOpen())
        return std::nullopt;
    QSqlQuery query(db);
    if (!execPrepared(query, u"SELECT state FROM consumer_link WHERE mobile = :mobile AND ivrs = :ivrs"_s,
                      {{u"mobile"_s, mobile}, {u"ivrs"_s, ivrs}}, error))
        return std::nullopt;
    if (!query.next())
        return std::nullopt;
    const std::optional<LinkState> state = linkStateFromCode(query.value(0).toString());
    if (!state)
        *error = u"consumer_link of IVRS %1 has the unknown state \"%2\""_s.arg(ivrs, query.value(0).toString());
    return state;
}

bool setState(WriteTransaction &transaction, const Clock &clock, const QString &mobile, const QString &ivrs,
              LinkState state, const QString &actor, QString *error)
{
    QSqlQuery query(transaction.db());
    if (!execPrepared(query, u"SELECT state FROM consumer_link WHERE mobile = :mobile AND ivrs = :ivrs"_s,
                      {{u"mobile"_s, mobile}, {u"ivrs"_s, ivrs}}, error))
        return false;
    const QJsonValue previous = query.next() ? QJsonValue(query.value(0).toString()) : QJsonValue(QJsonValue::Null);
    const QString now = Timestamp::toStorage(clock.nowUtc());
    if (!execPrepared(query,
                      u"INSERT INTO consumer_link (mobile, ivrs, state, created_at, updated_at)"
                      " VALUES (:mobile, :ivrs, :state, :created_at, :updated_at)"
                      " ON CONFLICT (mobile, ivrs) DO UPDATE SET state = excluded.state,"
                      " updated_at = excluded.updated_at"_s,
                      {{u"mobile"_s, mobile},
                       {u"ivrs"_s, ivrs},
                       {u"state"_s, linkStateCode(state)},
                       {u"created_at"_s, now},
                       {u"updated_at"_s, now}},
                      error))
        return false;
    return AuditLog::append(transaction, clock,
                            {actor, u"consumer_link."_s + linkStateCode(state), u"connection"_s, ivrs,
                             QJsonObject{{u"mobile_masked"_s, MobileNumber::mask(mobile)},
                                         {u"previous_state"_s, previous}}},
                            error);
}

} // namespace nodues::LinkedConnections
