#include "cache/CachedApplication.h"

#include "cache/JsonFields.h"

#include <QJsonArray>
#include <QStringList>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

namespace {

// Reads each element of array as an object with read(), stopping at the first error.
template<typename Record> QList<Record> readList(JsonFields &fields, const QString &key)
{
    QList<Record> records;
    const QJsonArray array = fields.array(key);
    for (qsizetype i = 0; i < array.size() && fields.ok(); ++i) {
        JsonFields element(array.at(i).toObject(), fields.pathOf(u"%1[%2]"_s.arg(key).arg(i)));
        if (!array.at(i).isObject())
            element.fail(u"%1 is not an object"_s.arg(element.path()));
        records.append(Record::read(element));
        adoptError(fields, element);
    }
    return records;
}

template<typename Record> Record readObject(JsonFields &fields, const QString &key)
{
    JsonFields member(fields.object(key), fields.pathOf(key));
    Record record = Record::read(member);
    if (fields.ok())
        adoptError(fields, member);
    return record;
}

std::optional<CachedRejection> readRejection(JsonFields &fields)
{
    const std::optional<QJsonObject> object = fields.nullableObject(u"rejection"_s);
    if (!object)
        return std::nullopt;
    JsonFields member(*object, fields.pathOf(u"rejection"_s));
    CachedRejection rejection{member.text(u"reason_code"_s), member.nullableText(u"remarks"_s)};
    adoptError(fields, member);
    return rejection;
}

std::optional<CachedCertificate> readCertificate(JsonFields &fields, const QList<CachedEvent> &events)
{
    const std::optional<QJsonObject> object = fields.nullableObject(u"certificate"_s);
    if (!object)
        return std::nullopt;
    JsonFields member(*object, fields.pathOf(u"certificate"_s));
    CachedCertificate certificate = CachedCertificate::read(member, events);
    adoptError(fields, member);
    return certificate;
}

} // namespace

std::optional<CachedApplication> CachedApplication::fromJson(const QJsonObject &json, QString *error)
{
    // The number first, so that every later error names the application.
    const QString number = json.value(u"number"_s).toString();
    JsonFields fields(json, number.isEmpty() ? u"application"_s : u"application %1"_s.arg(number.left(60)));

    CachedApplication application;
    application.number = fields.text(u"number"_s);
    if (fields.ok() && application.number.trimmed().isEmpty())
        fields.fail(u"%1 is empty"_s.arg(fields.pathOf(u"number"_s)));
    const QString status = fields.text(u"status"_s);
    if (const std::optional<ApplicationStatus> value = applicationStatusFromCode(status))
        application.status = *value;
    else if (fields.ok())
        fields.fail(u"%1 is not a known status: \"%2\""_s.arg(fields.pathOf(u"status"_s), status.left(40)));
    application.statusTitle = fields.text(u"status_title"_s);
    application.kind = fields.text(u"kind"_s);
    application.mobileMasked = fields.text(u"mobile_masked"_s);
    application.dcCode = fields.text(u"dc_code"_s);
    application.dcName = fields.text(u"dc_name"_s);
    application.dcNameHi = fields.text(u"dc_name_hi"_s);
    application.applicant = readObject<CachedApplicant>(fields, u"applicant"_s);
    application.election = readObject<CachedElection>(fields, u"election"_s);
    application.primaryIvrs = fields.nullableText(u"primary_ivrs"_s);
    application.smsLanguage = fields.text(u"sms_language"_s);
    application.submittedAt = fields.instant(u"submitted_at"_s);
    application.dueAt = fields.instant(u"due_at"_s);
    application.updatedAt = fields.instant(u"updated_at"_s);
    application.version = fields.integer(u"version"_s);
    if (fields.ok() && application.version < 1)
        fields.fail(u"%1 is below 1"_s.arg(fields.pathOf(u"version"_s)));
    application.changeSeq = fields.integer(u"change_seq"_s);
    if (fields.ok() && application.changeSeq < 1)
        fields.fail(u"%1 is below 1"_s.arg(fields.pathOf(u"change_seq"_s)));
    JsonFields sla(fields.object(u"sla"_s), fields.pathOf(u"sla"_s));
    application.slaOverdue = sla.flag(u"overdue"_s);
    if (fields.ok())
        adoptError(fields, sla);
    application.rejection = readRejection(fields);
    application.connections = readList<CachedConnection>(fields, u"connections"_s);
    application.events = readList<CachedEvent>(fields, u"events"_s);
    application.certificate = readCertificate(fields, application.events);
    application.raw = json;

    if (!fields.ok()) {
        if (error)
            *error = fields.error();
        return std::nullopt;
    }
    return application;
}

bool CachedApplication::isOverdue(const QDateTime &now) const
{
    // The server's rule (sla.overdue): the clock runs until the signed certificate is
    // published, so an approved application not yet issued can be overdue too.
    return isOpen(status) && dueAt.isValid() && dueAt < now;
}

bool CachedApplication::hasPendingLink() const
{
    return std::any_of(connections.cbegin(), connections.cend(),
                       [](const CachedConnection &connection) { return connection.isPendingVerification(); });
}

bool CachedApplication::hasUnlinkedConnection() const
{
    return std::any_of(connections.cbegin(), connections.cend(),
                       [](const CachedConnection &connection) { return connection.isUnlinked(); });
}

QString CachedApplication::searchText() const
{
    QStringList parts{number, applicant.name, applicant.nameHi, mobileMasked};
    for (const CachedConnection &connection : connections)
        parts << connection.ivrs << connection.name;
    parts.removeAll(QString());
    return parts.join(u' ').toLower();
}

} // namespace nodues::workstation
