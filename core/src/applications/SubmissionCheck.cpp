#include "applications/SubmissionCheck.h"

#include "consumer/LinkedConnections.h"
#include "storage/BillingConnectionStore.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace nodues {

namespace {

// Whether code names an office of type "dc".
bool isDistributionCentre(Database &database, const QString &code, bool *exists, QString *error)
{
    QSqlDatabase db = database.connection(error);
    if (!db.isOpen())
        return false;
    QSqlQuery query(db);
    if (!execPrepared(query, u"SELECT COUNT(*) FROM office WHERE code = :code AND type = 'dc'"_s,
                      {{u"code"_s, code}}, error) ||
        !query.next())
        return false;
    *exists = query.value(0).toLongLong() > 0;
    return true;
}

} // namespace

QString submissionCheckStatusCode(SubmissionCheckStatus status)
{
    switch (status) {
    case SubmissionCheckStatus::Ok:
        return u"ok"_s;
    case SubmissionCheckStatus::NoConnectionsLinked:
        return u"no_connections_linked"_s;
    case SubmissionCheckStatus::PrimaryNotLinked:
        return u"primary_not_linked"_s;
    case SubmissionCheckStatus::HasConnections:
        return u"has_connections"_s;
    case SubmissionCheckStatus::UnknownDc:
        return u"unknown_dc"_s;
    case SubmissionCheckStatus::NotEligible:
        return u"not_eligible"_s;
    }
    return {};
}

QStringList SubmissionCheck::countedIvrs() const
{
    QStringList numbers;
    for (const NamedConnection &connection : connections)
        numbers.append(connection.record.ivrs);
    return numbers;
}

QList<NamedConnection> SubmissionCheck::ineligible() const
{
    QList<NamedConnection> failed;
    for (const NamedConnection &connection : connections) {
        if (!connection.verdict.eligible)
            failed.append(connection);
    }
    return failed;
}

bool SubmissionCheck::run(Database &database, const QString &mobile, const ApplicationForm &form,
                          SubmissionCheck *check, QString *error)
{
    *check = SubmissionCheck{};

    // The connections that count, with their latest billing rows. A linked connection that the
    // billing data no longer lists is left out, as the connection list leaves it out.
    QList<LinkedConnections::LinkedConnection> linked;
    if (!LinkedConnections::list(database, mobile, &linked, error))
        return false;
    for (const LinkedConnections::LinkedConnection &connection : std::as_const(linked)) {
        std::optional<BillingRecord> record = BillingConnectionStore::load(database, connection.ivrs, error);
        if (!record) {
            if (!error->isEmpty())
                return false;
            continue;
        }
        NamedConnection named;
        named.verdict = evaluateEligibility(*record);
        named.record = std::move(*record);
        named.link = LinkedConnections::linkKindCode(connection.kind);
        named.primary = form.kind == ApplicationKind::Connections && named.record.ivrs == form.primaryIvrs;
        check->connections.append(std::move(named));
    }
    QStringList unlinked;
    if (!LinkedConnections::listUnlinkedOwn(database, mobile, &unlinked, error))
        return false;
    for (const QString &ivrs : std::as_const(unlinked)) {
        std::optional<BillingRecord> record = BillingConnectionStore::load(database, ivrs, error);
        if (!record) {
            if (!error->isEmpty())
                return false;
            continue;
        }
        NamedConnection named;
        named.record = std::move(*record);
        named.link = u"unlinked"_s;
        check->unlinkedOwn.append(std::move(named));
    }

    // The kind of application must match what is linked, and the primary connection must count.
    if (form.kind == ApplicationKind::NoConnection) {
        if (!check->connections.isEmpty()) {
            check->status = SubmissionCheckStatus::HasConnections;
            return true;
        }
        check->dcCode = form.dcCode;
    } else {
        if (check->connections.isEmpty()) {
            check->status = SubmissionCheckStatus::NoConnectionsLinked;
            return true;
        }
        const auto primary = std::find_if(check->connections.cbegin(), check->connections.cend(),
                                          [](const NamedConnection &connection) { return connection.primary; });
        if (primary == check->connections.cend()) {
            check->status = SubmissionCheckStatus::PrimaryNotLinked;
            return true;
        }
        check->dcCode = primary->record.dcCode;
    }

    bool dcExists = false;
    if (!isDistributionCentre(database, check->dcCode, &dcExists, error))
        return false;
    if (!dcExists) {
        check->status = SubmissionCheckStatus::UnknownDc;
        return true;
    }

    if (!check->ineligible().isEmpty())
        check->status = SubmissionCheckStatus::NotEligible;
    return true;
}

} // namespace nodues
