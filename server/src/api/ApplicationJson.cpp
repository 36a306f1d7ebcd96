#include "api/ApplicationJson.h"

#include "Timestamp.h"
#include "billing/MobileNumber.h"
#include "billing/Money.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace nodues::server {

namespace {

QJsonValue instantJson(const QDateTime &instant)
{
    return instant.isValid() ? QJsonValue(Timestamp::toStorage(instant)) : QJsonValue(QJsonValue::Null);
}

QJsonValue istJson(const QDateTime &instant)
{
    return instant.isValid() ? QJsonValue(Timestamp::istDateTime(instant)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

bool detailsHiddenFromConsumer(const QString &linkCode)
{
    return linkCode == u"pending_verification"_s;
}

LocalizedMessage hiddenCheckReason()
{
    return {"ApiError",
            QT_TRANSLATE_NOOP("ApiError", "The details of this connection are shown once the distribution centre "
                                          "confirms that it is yours."),
            {}};
}

LocalizedMessage hiddenCheckRemedy()
{
    return {"ApiError",
            QT_TRANSLATE_NOOP("ApiError", "Take the connection's bill to your distribution centre to confirm the "
                                          "link."),
            {}};
}

QString applicationCertificatePath(const QString &applicationNumber)
{
    return u"/api/v1/consumer/applications/"_s + QString::fromLatin1(QUrl::toPercentEncoding(applicationNumber)) +
           u"/certificate"_s;
}

QString certificateVerifyUrl(const QString &publicBaseUrl, const QString &certificateNumber, const QString &qrPayload)
{
    QString base = publicBaseUrl;
    while (base.endsWith(u'/'))
        base.chop(1);
    return base + u"/verify/"_s + QString::fromLatin1(QUrl::toPercentEncoding(certificateNumber)) + u"#"_s + qrPayload;
}

bool loadOfficeNames(Database &database, const QString &code, OfficeNames *names, QString *error)
{
    *names = {};
    QSqlDatabase db = database.connection(error);
    if (!db.isOpen())
        return false;
    QSqlQuery query(db);
    if (!execPrepared(query, u"SELECT name, name_hi FROM office WHERE code = :code"_s, {{u"code"_s, code}}, error))
        return false;
    if (query.next())
        *names = {query.value(0).toString(), query.value(1).toString()};
    return true;
}

QJsonObject applicationJson(const ApplicationRecord &application, const OfficeNames &dc, ResponseLanguage language)
{
    const ApplicationForm &form = application.form;
    QJsonArray connections;
    for (const ApplicationConnection &connection : application.connections) {
        if (detailsHiddenFromConsumer(connection.link)) {
            connections.append(QJsonObject{
                {u"ivrs"_s, connection.ivrs},
                {u"link"_s, connection.link},
                {u"primary"_s, connection.primary},
                {u"name"_s, QJsonValue::Null},
                {u"address"_s, QJsonValue::Null},
                {u"dc_code"_s, connection.dcCode},
                {u"arrears_paise"_s, QJsonValue::Null},
                {u"arrears"_s, QJsonValue::Null},
                {u"eligible_at_submission"_s, connection.eligible},
                {u"bill_date"_s, QJsonValue::Null},
            });
            continue;
        }
        connections.append(QJsonObject{
            {u"ivrs"_s, connection.ivrs},
            {u"link"_s, connection.link},
            {u"primary"_s, connection.primary},
            {u"name"_s, connection.name},
            {u"address"_s, connection.address},
            {u"dc_code"_s, connection.dcCode},
            {u"arrears_paise"_s, connection.arrearsPaise},
            {u"arrears"_s, Money::formatRupees(connection.arrearsPaise)},
            {u"eligible_at_submission"_s, connection.eligible},
            {u"bill_date"_s, connection.billDate.isValid() ? QJsonValue(connection.billDate.toString(Qt::ISODate))
                                                           : QJsonValue(QJsonValue::Null)},
        });
    }
    QJsonArray events;
    for (const ApplicationEvent &event : application.events) {
        // Remarks on forwarding and approving are notes between officers; the applicant sees
        // those that explain a rejection, a link decision or a revocation.
        const bool internalRemarks = event.event == u"forwarded"_s || event.event == u"approved"_s;
        events.append(QJsonObject{
            {u"event"_s, event.event},
            {u"status"_s, applicationStatusCode(event.status)},
            {u"at"_s, instantJson(event.at)},
            {u"at_ist"_s, istJson(event.at)},
            {u"reason_code"_s, textOrNull(event.reasonCode)},
            {u"remarks"_s, internalRemarks ? QJsonValue(QJsonValue::Null) : textOrNull(event.remarks)},
        });
    }
    const QJsonValue rejection = application.status == ApplicationStatus::Rejected
                                     ? QJsonValue(QJsonObject{{u"reason_code"_s, application.rejectionReason},
                                                              {u"remarks"_s, textOrNull(application.rejectionRemarks)}})
                                     : QJsonValue(QJsonValue::Null);
    QJsonValue certificate(QJsonValue::Null);
    if (!application.certificateNumber.isEmpty()) {
        const bool revoked = application.certificateRevokedAt.isValid();
        const bool downloadable = application.certificatePublishedAt.isValid() && !revoked;
        certificate = QJsonObject{
            {u"number"_s, application.certificateNumber},
            {u"published_at"_s, instantJson(application.certificatePublishedAt)},
            {u"published_at_ist"_s, istJson(application.certificatePublishedAt)},
            {u"download_path"_s,
             downloadable ? QJsonValue(applicationCertificatePath(application.number)) : QJsonValue(QJsonValue::Null)},
            {u"revoked"_s, revoked},
            {u"revoked_at"_s, instantJson(application.certificateRevokedAt)},
            {u"revoked_at_ist"_s, istJson(application.certificateRevokedAt)},
            {u"revoked_reason"_s, textOrNull(application.certificateRevokedReason)},
        };
    }
    return QJsonObject{
        {u"number"_s, application.number},
        {u"status"_s, applicationStatusCode(application.status)},
        {u"status_title"_s, localized(applicationStatusTitle(application.status)).toString(language)},
        {u"kind"_s, applicationKindCode(form.kind)},
        {u"mobile_masked"_s, MobileNumber::mask(application.mobile)},
        {u"dc_code"_s, application.dcCode},
        {u"dc_name"_s, dc.name},
        {u"dc_name_hi"_s, dc.nameHi},
        {u"applicant"_s, QJsonObject{{u"name"_s, form.applicantName},
                                     {u"name_hi"_s, form.applicantNameHi},
                                     {u"relation"_s, relationCode(form.relation)},
                                     {u"relative_name"_s, form.relativeName},
                                     {u"address"_s, form.address}}},
        {u"election"_s, QJsonObject{{u"kind"_s, electionKindCode(form.electionKind)},
                                    {u"title"_s, localized(electionKindTitle(form.electionKind)).toString(language)},
                                    {u"body"_s, form.electionBody},
                                    {u"ward"_s, form.ward}}},
        {u"primary_ivrs"_s, textOrNull(form.primaryIvrs)},
        {u"sms_language"_s, form.smsLanguage},
        {u"submitted_at"_s, instantJson(application.submittedAt)},
        {u"submitted_at_ist"_s, istJson(application.submittedAt)},
        {u"due_at"_s, instantJson(application.dueAt)},
        {u"due_at_ist"_s, istJson(application.dueAt)},
        {u"updated_at"_s, instantJson(application.updatedAt)},
        {u"updated_at_ist"_s, istJson(application.updatedAt)},
        {u"version"_s, application.version},
        {u"rejection"_s, rejection},
        {u"certificate"_s, certificate},
        {u"connections"_s, connections},
        {u"events"_s, events},
    };
}

} // namespace nodues::server
