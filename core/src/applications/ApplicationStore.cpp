#include "applications/ApplicationStore.h"

#include "Timestamp.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace nodues {

namespace {

const QString kSelectApplication =
    u"SELECT a.id, a.number, a.mobile, a.kind, a.status, a.dc_code, a.primary_ivrs, a.applicant_name,"
    " a.applicant_name_hi, a.relation, a.relative_name, a.address, a.election_kind, a.body_name, a.ward,"
    " a.language, a.content_sha256, a.submitted_at, a.due_at, a.updated_at, a.version, a.rejection_reason,"
    " a.rejection_remarks, c.number, c.published_at, c.revoked_at, c.revoked_reason, a.change_seq, c.approved_at,"
    " c.qr_payload, o.username, o.name, o.name_hi, o.designation, o.designation_hi"
    " FROM application a LEFT JOIN certificate c ON c.application_id = a.id"
    " LEFT JOIN officer o ON o.id = c.approved_by"_s;

ApplicationRecord readApplication(const QSqlQuery &query)
{
    ApplicationRecord record;
    record.id = query.value(0).toLongLong();
    record.number = query.value(1).toString();
    record.mobile = query.value(2).toString();
    record.form.kind = query.value(3).toString() == u"no_connection"_s ? ApplicationKind::NoConnection
                                                                       : ApplicationKind::Connections;
    record.status = applicationStatusFromCode(query.value(4).toString()).value_or(ApplicationStatus::Submitted);
    record.dcCode = query.value(5).toString();
    record.form.primaryIvrs = query.value(6).toString();
    if (record.form.kind == ApplicationKind::NoConnection)
        record.form.dcCode = record.dcCode;
    record.form.applicantName = query.value(7).toString();
    record.form.applicantNameHi = query.value(8).toString();
    record.form.relation = query.value(9).toString() == u"husband"_s ? Relation::Husband : Relation::Father;
    record.form.relativeName = query.value(10).toString();
    record.form.address = query.value(11).toString();
    record.form.electionKind =
        electionKindFromCode(query.value(12).toString()).value_or(ElectionKind::GramPanchayatPanch);
    record.form.electionBody = query.value(13).toString();
    record.form.ward = query.value(14).toString();
    record.form.smsLanguage = query.value(15).toString();
    record.contentSha256 = query.value(16).toString();
    record.submittedAt = Timestamp::fromStorage(query.value(17).toString());
    record.dueAt = Timestamp::fromStorage(query.value(18).toString());
    record.updatedAt = Timestamp::fromStorage(query.value(19).toString());
    record.version = query.value(20).toLongLong();
    record.rejectionReason = query.value(21).toString();
    record.rejectionRemarks = query.value(22).toString();
    record.certificateNumber = query.value(23).toString();
    record.certificatePublishedAt = Timestamp::fromStorage(query.value(24).toString());
    record.certificateRevokedAt = Timestamp::fromStorage(query.value(25).toString());
    record.certificateRevokedReason = query.value(26).toString();
    record.changeSeq = query.value(27).toLongLong();
    record.certificateIssuedAt = Timestamp::fromStorage(query.value(28).toString());
    record.certificateQrPayload = query.value(29).toString();
    record.certificateApprover.username = query.value(30).toString();
    record.certificateApprover.name = query.value(31).toString();
    record.certificateApprover.nameHi = query.value(32).toString();
    record.certificateApprover.designation = query.value(33).toString();
    record.certificateApprover.designationHi = query.value(34).toString();
    return record;
}

bool loadDetails(QSqlQuery &query, ApplicationRecord *record, QString *error)
{
    if (!execPrepared(query,
                      u"SELECT ivrs, link, is_primary, name, address, dc_code, arrears_paise, eligible, bill_date"
                      " FROM application_connection WHERE application_id = :id ORDER BY ivrs"_s,
                      {{u"id"_s, record->id}}, error))
        return false;
    while (query.next()) {
        ApplicationConnection connection;
        connection.ivrs = query.value(0).toString();
        connection.link = query.value(1).toString();
        connection.primary = query.value(2).toInt() != 0;
        connection.name = query.value(3).toString();
        connection.address = query.value(4).toString();
        connection.dcCode = query.value(5).toString();
        connection.arrearsPaise = query.value(6).toLongLong();
        connection.eligible = query.value(7).toInt() != 0;
        connection.billDate = QDate::fromString(query.value(8).toString(), Qt::ISODate);
        record->connections.append(connection);
    }
    if (!execPrepared(query,
                      u"SELECT at, event, status, actor, reason_code, remarks FROM application_event"
                      " WHERE application_id = :id ORDER BY id"_s,
                      {{u"id"_s, record->id}}, error))
        return false;
    while (query.next()) {
        ApplicationEvent event;
        event.at = Timestamp::fromStorage(query.value(0).toString());
        event.event = query.value(1).toString();
        event.status = applicationStatusFromCode(query.value(2).toString()).value_or(ApplicationStatus::Submitted);
        event.actor = query.value(3).toString();
        event.reasonCode = query.value(4).toString();
        event.remarks = query.value(5).toString();
        record->events.append(event);
    }
    return true;
}

} // namespace

namespace ApplicationStore {

bool listForMobile(Database &database, const QString &mobile, QList<ApplicationRecord> *applications, QString *error)
{
    applications->clear();
    QSqlDatabase db = database.connection(error);
    if (!db.isOpen())
        return false;
    QSqlQuery query(db);
    if (!execPrepared(query, kSelectApplication + u" WHERE a.mobile = :mobile ORDER BY a.submitted_at DESC, a.id DESC"_s,
                      {{u"mobile"_s, mobile}}, error))
        return false;
    while (query.next())
        applications->append(readApplication(query));
    for (ApplicationRecord &record : *applications) {
        if (!loadDetails(query, &record, error))
            return false;
    }
    return true;
}

bool listChanged(Database &database, const QStringList &dcCodes, qint64 after, int limit,
                 QList<ApplicationRecord> *applications, QString *error)
{
    applications->clear();
    if (dcCodes.isEmpty())
        return true;
    QSqlDatabase db = database.connection(error);
    if (!db.isOpen())
        return false;
    // One named placeholder per DC code; the values themselves are bound, never spliced in.
    QStringList placeholders;
    QVariantMap values{{u"after"_s, after}, {u"limit"_s, limit}};
    for (qsizetype i = 0; i < dcCodes.size(); ++i) {
        const QString name = u"dc%1"_s.arg(i);
        placeholders.append(u":"_s + name);
        values.insert(name, dcCodes.at(i));
    }
    QSqlQuery query(db);
    if (!execPrepared(query,
                      kSelectApplication + u" WHERE a.dc_code IN ("_s + placeholders.join(u", "_s) +
                          u") AND a.change_seq > :after ORDER BY a.change_seq LIMIT :limit"_s,
                      values, error))
        return false;
    while (query.next())
        applications->append(readApplication(query));
    for (ApplicationRecord &record : *applications) {
        if (!loadDetails(query, &record, error))
            return false;
    }
    return true;
}

std::optional<ApplicationRecord> loadByNumber(Database &database, const QString &number, QString *error)
{
    error->clear();
    QSqlDatabase db = database.connection(error);
    if (!db.isOpen())
        return std::nullopt;
    QSqlQuery query(db);
    if (!execPrepared(query, kSelectApplication + u" WHERE a.number = :number"_s, {{u"number"_s, number}}, error))
        return std::nullopt;
    if (!query.next())
        return std::nullopt;
    ApplicationRecord record = readApplication(query);
    if (!loadDetails(query, &record, error))
        return std::nullopt;
    return record;
}

} // namespace ApplicationStore
} // namespace nodues
