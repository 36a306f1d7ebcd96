#include "api/OfficerApplicationJson.h"

#include "Clock.h"
#include "Timestamp.h"
#include "api/ApiLogging.h"
#include "api/ApplicationJson.h"
#include "billing/Eligibility.h"
#include "billing/MobileNumber.h"
#include "billing/Money.h"
#include "certificates/CertificatePrints.h"
#include "officers/OfficerStore.h"
#include "storage/BillingConnectionStore.h"

#include <QHash>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace nodues::server {

namespace {

QJsonValue istOrNull(const QDateTime &instant)
{
    return instant.isValid() ? QJsonValue(Timestamp::istDateTime(instant)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonValue certificateApproverJson(const CertificateApprover &approver)
{
    if (approver.username.isEmpty())
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{{u"username"_s, approver.username},
                       {u"name"_s, approver.name},
                       {u"name_hi"_s, approver.nameHi},
                       {u"designation"_s, approver.designation},
                       {u"designation_hi"_s, approver.designationHi}};
}

bool officerApplicationJson(Database &database, const ApplicationRecord &application, const QDateTime &now,
                            ResponseLanguage language, const QString &publicBaseUrl, QJsonObject *json, QString *error)
{
    OfficeNames dc;
    if (!loadOfficeNames(database, application.dcCode, &dc, error))
        return false;
    *json = applicationJson(application, dc, language);

    // Officers print the certificate, so they get what its page shows besides the number.
    if (json->value(u"certificate"_s).isObject()) {
        const QString &payload = application.certificateQrPayload;
        const QJsonValue null(QJsonValue::Null);
        const QDateTime &issuedAt = application.certificateIssuedAt;
        QJsonObject certificate = json->value(u"certificate"_s).toObject();
        certificate.insert(u"issued_at"_s, issuedAt.isValid() ? QJsonValue(Timestamp::toStorage(issuedAt)) : null);
        certificate.insert(u"issued_at_ist"_s, istOrNull(issuedAt));
        certificate.insert(u"qr_payload"_s, payload.isEmpty() ? null : QJsonValue(payload));
        const QString verifyUrl = certificateVerifyUrl(publicBaseUrl, application.certificateNumber, payload);
        certificate.insert(u"verify_url"_s, payload.isEmpty() ? null : QJsonValue(verifyUrl));
        certificate.insert(u"approved_by"_s, certificateApproverJson(application.certificateApprover));
        // The prints reported by every workstation, so each one numbers its next print after them.
        PrintSummary prints;
        if (!CertificatePrints::summary(database, application.certificateNumber, &prints, error))
            return false;
        certificate.insert(u"prints"_s,
                           QJsonObject{{u"count"_s, prints.count},
                                       {u"highest_copy_number"_s,
                                        prints.highestCopyNumber < 0 ? null : QJsonValue(prints.highestCopyNumber)}});
        json->insert(u"certificate"_s, certificate);
    }

    // Officers see every connection in full, with its checks as the billing data shows them now.
    QJsonArray connections;
    for (const ApplicationConnection &connection : application.connections) {
        const std::optional<BillingRecord> current = BillingConnectionStore::load(database, connection.ivrs, error);
        if (!current && !error->isEmpty())
            return false;
        QJsonObject item{
            {u"ivrs"_s, connection.ivrs},
            {u"link"_s, connection.link},
            {u"primary"_s, connection.primary},
            {u"name"_s, connection.name},
            {u"address"_s, connection.address},
            {u"dc_code"_s, connection.dcCode},
            {u"arrears_paise_at_submission"_s, connection.arrearsPaise},
            {u"eligible_at_submission"_s, connection.eligible},
            {u"in_billing_data"_s, current.has_value()},
        };
        if (current) {
            const EligibilityVerdict verdict = evaluateEligibility(*current);
            QJsonArray checks;
            for (const CheckResult &check : verdict.checks) {
                checks.append(QJsonObject{{u"check"_s, checkCode(check.check)},
                                          {u"title"_s, localized(checkTitle(check.check)).toString(language)},
                                          {u"passed"_s, check.passed},
                                          {u"applicable"_s, check.applicable},
                                          {u"reason"_s, localized(check.reason).toString(language)},
                                          {u"remedy"_s, localized(check.remedy).toString(language)}});
            }
            item.insert(u"arrears_paise"_s, current->arrearsPaise);
            item.insert(u"arrears"_s, Money::formatRupees(current->arrearsPaise));
            item.insert(u"mobile_masked"_s, current->mobile.isEmpty()
                                                ? QJsonValue(QJsonValue::Null)
                                                : QJsonValue(MobileNumber::mask(current->mobile)));
            item.insert(u"refreshed_at"_s, Timestamp::toStorage(current->refreshedAt));
            item.insert(u"eligible"_s, verdict.eligible);
            item.insert(u"checks"_s, checks);
        } else {
            // Gone from the billing data: every member is present, so a client reads one shape.
            item.insert(u"arrears_paise"_s, QJsonValue(QJsonValue::Null));
            item.insert(u"arrears"_s, QJsonValue(QJsonValue::Null));
            item.insert(u"mobile_masked"_s, QJsonValue(QJsonValue::Null));
            item.insert(u"refreshed_at"_s, QJsonValue(QJsonValue::Null));
            item.insert(u"eligible"_s, false);
            item.insert(u"checks"_s, QJsonArray());
        }
        connections.append(item);
    }
    json->insert(u"connections"_s, connections);

    // Officers know each other by name, not username; a removed account leaves the names null.
    // Both names go out whatever the response language, because the workstation caches the
    // events and shows them in the language chosen later.
    struct ActorNames
    {
        QJsonValue english = QJsonValue(QJsonValue::Null);
        QJsonValue hindi = QJsonValue(QJsonValue::Null);
    };
    QHash<QString, ActorNames> actorNames;
    const auto namesOf = [&](const QString &actor) -> ActorNames {
        static const QString officerPrefix = u"officer:"_s;
        if (!actor.startsWith(officerPrefix))
            return {};
        if (const auto known = actorNames.constFind(actor); known != actorNames.cend())
            return *known;
        QString lookupError;
        const std::optional<Officer> officer =
            OfficerStore(database, Clock::system()).find(actor.mid(officerPrefix.size()), &lookupError);
        if (!lookupError.isEmpty())
            qCWarning(lcApi) << "Could not look up the officer of event actor" << actor << ":" << lookupError;
        ActorNames names;
        if (officer) {
            names.english = officer->name;
            if (!officer->nameHi.isEmpty())
                names.hindi = officer->nameHi;
        }
        actorNames.insert(actor, names);
        return names;
    };
    QJsonArray events;
    for (const ApplicationEvent &event : application.events) {
        const ActorNames names = namesOf(event.actor);
        events.append(QJsonObject{
            {u"event"_s, event.event},
            {u"status"_s, applicationStatusCode(event.status)},
            {u"actor"_s, event.actor},
            {u"actor_name"_s, names.english},
            {u"actor_name_hi"_s, names.hindi},
            {u"at"_s, Timestamp::toStorage(event.at)},
            {u"at_ist"_s, istOrNull(event.at)},
            {u"reason_code"_s,
             event.reasonCode.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(event.reasonCode)},
            {u"remarks"_s, event.remarks.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(event.remarks)},
        });
    }
    json->insert(u"events"_s, events);
    json->insert(u"change_seq"_s, application.changeSeq);
    const bool open = isOpen(application.status);
    json->insert(u"sla"_s, QJsonObject{{u"due_at"_s, Timestamp::toStorage(application.dueAt)},
                                       {u"due_at_ist"_s, istOrNull(application.dueAt)},
                                       {u"overdue"_s, open && now > application.dueAt},
                                       {u"seconds_left"_s, open ? now.secsTo(application.dueAt) : 0}});
    return true;
}

} // namespace nodues::server
