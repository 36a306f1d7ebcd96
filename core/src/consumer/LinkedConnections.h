#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace nodues {

class Clock;
class Database;
class WriteTransaction;

// Which connections count for a consumer's mobile, the one rule that the consumer API and the
// officers' screens share.
//
// A connection counts for a mobile when its billing mobile is that mobile and the consumer_link
// row of (mobile, IVRS), if any, is not "unlinked", or when that row's state is "linked" or
// "pending_verification". A "refused" row never adds a connection.
namespace LinkedConnections {

// The reason a connection counts for a mobile.
enum class LinkKind {
    BillingMobile,       // "billing_mobile": billed to the mobile
    Linked,              // "linked": billed to another mobile, confirmed by an OTP sent to it
    PendingVerification, // "pending_verification": no billing mobile; an officer must check it
};

QString linkKindCode(LinkKind kind);

// The stored states of consumer_link.state.
enum class LinkState { Linked, Unlinked, PendingVerification, Refused };

QString linkStateCode(LinkState state);
std::optional<LinkState> linkStateFromCode(QStringView code);

struct LinkedConnection
{
    QString ivrs;
    LinkKind kind = LinkKind::BillingMobile;
};

// The connections that count for mobile, ordered by IVRS. Returns false with error set when a
// query fails.
bool list(Database &database, const QString &mobile, QList<LinkedConnection> *connections, QString *error);

// The connections billed to mobile that the consumer unlinked, ordered by IVRS. They do not count
// for the mobile, but officers must see them beside an application. Returns false with error set
// when a query fails.
bool listUnlinkedOwn(Database &database, const QString &mobile, QStringList *ivrsNumbers, QString *error);

// How connection ivrs counts for mobile, or nothing (with error left empty) when it does not.
// Returns nothing with error set when a query fails.
std::optional<LinkKind> kindOf(Database &database, const QString &mobile, const QString &ivrs, QString *error);

// Records state for (mobile, ivrs) in the caller's transaction, creating or updating the row,
// and appends an audit row "consumer_link.<state code>" by actor with the previous state.
bool setState(WriteTransaction &transaction, const Clock &clock, const QString &mobile, const QString &ivrs,
              LinkState state, const QString &actor, QString *error);

// The stored state of (mobile, ivrs), or nothing (with error left empty) when no row exists.
std::optional<LinkState> storedState(Database &database, const QString &mobile, const QString &ivrs,
                                     QString *error);

} // namespace LinkedConnections
} // namespace nodues
