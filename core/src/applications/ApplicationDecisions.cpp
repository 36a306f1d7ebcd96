#include "applications/ApplicationDecisions.h"

#include "Clock.h"
#include "Timestamp.h"
#include "applications/ApplicationLogging.h"
#include "applications/ChangeSequence.h"
#include "applications/RejectionReason.h"
#include "audit/AuditLog.h"
#include "billing/Eligibility.h"
#include "certificates/CertificateNumbering.h"
#include "certificates/CertificateSigningKeys.h"
#include "certificates/QrPayload.h"
#include "consumer/LinkedConnections.h"
#include "import/TextCheck.h"
#include "storage/BillingConnectionStore.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"
#include "storage/WriteTransaction.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace nodues {

namespace {

constexpr qsizetype kMaxRemarksLength = 500;

QString officerActor(const Officer &officer)
{
    return u"officer:"_s + officer.username;
}

} // namespace

QString decisionStatusCode(DecisionStatus status)
{
    switch (status) {
    case DecisionStatus::Done:
        return u"done"_s;
    case DecisionStatus::NotFound:
        return u"application_not_found"_s;
    case DecisionStatus::StaleVersion:
        return u"stale_version"_s;
    case DecisionStatus::WrongState:
        return u"wrong_state"_s;
    case DecisionStatus::NotEligible:
        return u"connections_not_eligible"_s;
    case DecisionStatus::PendingLinks:
        return u"links_pending"_s;
    case DecisionStatus::InvalidReason:
        return u"invalid_reason"_s;
    case DecisionStatus::InvalidRemarks:
        return u"invalid_remarks"_s;
    case DecisionStatus::LinkNotPending:
        return u"link_not_pending"_s;
    case DecisionStatus::PrimaryLink:
        return u"primary_link"_s;
    case DecisionStatus::NoSigningKey:
        return u"signing_key_missing"_s;
    }
    return {};
}

ApplicationDecisions::ApplicationDecisions(const Clock &clock, const SmsTemplates &templates)
    : m_clock(clock)
    , m_outbox(templates)
{
}

bool ApplicationDecisions::checkInput(bool rejecting, const QString &reasonCode, const QString &remarks,
                                      DecisionResult *result)
{
    if (rejecting) {
        const std::optional<RejectionReason> reason = rejectionReasonFromCode(reasonCode);
        if (!reason || (reason->needsRemarks && remarks.trimmed().isEmpty())) {
            result->status = DecisionStatus::InvalidReason;
            return false;
        }
    }
    if (remarks.size() <= kMaxRemarksLength && !TextCheck::firstDisallowedCharacter(remarks, true, true))
        return true;
    result->status = DecisionStatus::InvalidRemarks;
    return false;
}

bool ApplicationDecisions::checkRemarks(const QString &remarks, DecisionResult *result) const
{
    if (remarks.size() <= kMaxRemarksLength && !TextCheck::firstDisallowedCharacter(remarks, true, true))
        return true;
    result->status = DecisionStatus::InvalidRemarks;
    return false;
}

bool ApplicationDecisions::lockApplication(WriteTransaction &transaction, const Jurisdiction &jurisdiction,
                                           const DecisionInput &input, ApplicationStatus expected,
                                           DecisionResult *result, Locked *locked, QString *error)
{
    // The row lock (or SQLite's single writer) makes the version check and the change one step:
    // of two officers acting on one application, the second sees the first's new version.
    const QString lock = transaction.dialect() == SqlDialect::Postgres ? u" FOR UPDATE"_s : QString();
    QSqlQuery query(transaction.db());
    if (!execPrepared(query,
                      u"SELECT id, status, version, dc_code, mobile, language, primary_ivrs FROM application"
                      " WHERE number = :number"_s +
                          lock,
                      {{u"number"_s, input.applicationNumber}}, error))
        return false;
    if (!query.next() || !jurisdiction.coversDc(query.value(3).toString())) {
        result->status = DecisionStatus::NotFound;
        return true;
    }
    locked->id = query.value(0).toLongLong();
    result->applicationId = locked->id;
    result->currentStatus = applicationStatusFromCode(query.value(1).toString()).value_or(ApplicationStatus::Submitted);
    result->currentVersion = query.value(2).toLongLong();
    locked->mobile = query.value(4).toString();
    locked->language = query.value(5).toString();
    locked->primaryIvrs = query.value(6).toString();
    query.finish();
    if (result->currentVersion != input.version)
        result->status = DecisionStatus::StaleVersion;
    else if (result->currentStatus != expected)
        result->status = DecisionStatus::WrongState;
    else
        result->status = DecisionStatus::Done;
    return true;
}

bool ApplicationDecisions::recordEvent(WriteTransaction &transaction, const Officer &officer, qint64 applicationId,
                                       const QString &event, ApplicationStatus status, const QString &reasonCode,
                                       const QString &remarks, QString *error)
{
    QSqlQuery query(transaction.db());
    const QString now = Timestamp::toStorage(m_clock.nowUtc());
    if (!execPrepared(query,
                      u"INSERT INTO application_event (application_id, at, event, status, actor, reason_code,"
                      " remarks) VALUES (:id, :now, :event, :status, :actor, :reason, :remarks)"_s,
                      {{u"id"_s, applicationId},
                       {u"now"_s, now},
                       {u"event"_s, event},
                       {u"status"_s, applicationStatusCode(status)},
                       {u"actor"_s, officerActor(officer)},
                       {u"reason"_s, reasonCode.isEmpty() ? QVariant() : QVariant(reasonCode)},
                       {u"remarks"_s, remarks.isEmpty() ? QVariant() : QVariant(remarks)}},
                      error) ||
        !execPrepared(query, u"UPDATE application SET updated_at = :now WHERE id = :id"_s,
                      {{u"now"_s, now}, {u"id"_s, applicationId}}, error))
        return false;
    return ChangeSequence::touchApplication(transaction, applicationId, error);
}

bool ApplicationDecisions::recheckConnections(WriteTransaction &transaction, qint64 applicationId,
                                              DecisionResult *result, int *certifiedCount, QString *error)
{
    // Every certified connection against the latest billing data: a new bill or a meter fault
    // since submission stops the application here.
    QSqlQuery query(transaction.db());
    if (!execPrepared(query,
                      u"SELECT ivrs, link FROM application_connection WHERE application_id = :id"
                      " AND link <> 'unlinked' ORDER BY ivrs"_s,
                      {{u"id"_s, applicationId}}, error))
        return false;
    QList<std::pair<QString, QString>> connections;
    while (query.next())
        connections.append({query.value(0).toString(), query.value(1).toString()});
    query.finish();
    *certifiedCount = int(connections.size());
    for (const auto &[ivrs, link] : std::as_const(connections)) {
        if (link == u"pending_verification"_s) {
            result->status = DecisionStatus::PendingLinks;
            return true;
        }
    }
    Database &database = transaction.database();
    for (const auto &[ivrs, link] : std::as_const(connections)) {
        std::optional<BillingRecord> record = BillingConnectionStore::load(database, ivrs, error);
        if (!record) {
            if (!error->isEmpty())
                return false;
            // Gone from the billing data: nothing shows it is clear, so it cannot be certified.
            NamedConnection missing;
            missing.record.ivrs = ivrs;
            missing.link = link;
            result->ineligible.append(missing);
            continue;
        }
        NamedConnection named;
        named.verdict = evaluateEligibility(*record);
        named.record = std::move(*record);
        named.link = link;
        if (!named.verdict.eligible)
            result->ineligible.append(std::move(named));
    }
    if (!result->ineligible.isEmpty())
        result->status = DecisionStatus::NotEligible;
    return true;
}

bool ApplicationDecisions::forward(WriteTransaction &transaction, const Officer &officer,
                                   const Jurisdiction &jurisdiction, const DecisionInput &input, DecisionResult *result,
                                   QString *error)
{
    *result = DecisionResult{};
    if (!checkRemarks(input.remarks, result))
        return true;
    Locked locked;
    if (!lockApplication(transaction, jurisdiction, input, ApplicationStatus::Submitted, result, &locked, error))
        return false;
    if (result->status != DecisionStatus::Done)
        return true;

    int certifiedCount = 0;
    if (!recheckConnections(transaction, locked.id, result, &certifiedCount, error))
        return false;
    if (result->status != DecisionStatus::Done)
        return true;

    QSqlQuery query(transaction.db());
    if (!execPrepared(query, u"UPDATE application SET status = 'forwarded' WHERE id = :id"_s, {{u"id"_s, locked.id}},
                      error) ||
        !recordEvent(transaction, officer, locked.id, u"forwarded"_s, ApplicationStatus::Forwarded, QString(),
                     input.remarks, error))
        return false;
    const AuditEntry entry{officerActor(officer), u"application.forward"_s, u"application"_s,
                           QString::number(locked.id),
                           QJsonObject{{u"number"_s, input.applicationNumber}, {u"version"_s, input.version}}};
    if (!AuditLog::append(transaction, m_clock, entry, error))
        return false;
    result->currentStatus = ApplicationStatus::Forwarded;
    result->currentVersion = input.version + 1;
    qCInfo(lcApplications).noquote() << "Application" << input.applicationNumber << "forwarded by" << officer.username;
    return true;
}

bool ApplicationDecisions::reject(WriteTransaction &transaction, const Officer &officer,
                                  const Jurisdiction &jurisdiction, const DecisionInput &input,
                                  ApplicationStatus expected, DecisionResult *result, QString *error)
{
    *result = DecisionResult{};
    const std::optional<RejectionReason> reason = rejectionReasonFromCode(input.reasonCode);
    if (!reason || (reason->needsRemarks && input.remarks.trimmed().isEmpty())) {
        result->status = DecisionStatus::InvalidReason;
        return true;
    }
    if (!checkRemarks(input.remarks, result))
        return true;
    Locked locked;
    if (!lockApplication(transaction, jurisdiction, input, expected, result, &locked, error))
        return false;
    if (result->status != DecisionStatus::Done)
        return true;

    QSqlQuery query(transaction.db());
    if (!execPrepared(query,
                      u"UPDATE application SET status = 'rejected', rejection_reason = :reason,"
                      " rejection_remarks = :remarks WHERE id = :id"_s,
                      {{u"reason"_s, reason->code},
                       {u"remarks"_s, input.remarks.isEmpty() ? QVariant() : QVariant(input.remarks)},
                       {u"id"_s, locked.id}},
                      error) ||
        !recordEvent(transaction, officer, locked.id, u"rejected"_s, ApplicationStatus::Rejected, reason->code,
                     input.remarks, error))
        return false;
    const AuditEntry entry{officerActor(officer), u"application.reject"_s, u"application"_s, QString::number(locked.id),
                           QJsonObject{{u"number"_s, input.applicationNumber},
                                       {u"version"_s, input.version},
                                       {u"reason"_s, reason->code}}};
    if (!AuditLog::append(transaction, m_clock, entry, error))
        return false;
    if (m_outbox.enqueue(
            transaction, m_clock, SmsKind::ApplicationRejected, locked.language, locked.mobile,
            {{u"application_number"_s, input.applicationNumber}, {u"reason"_s, reason->text(locked.language)}},
            error) < 0)
        return false;
    result->currentStatus = ApplicationStatus::Rejected;
    result->currentVersion = input.version + 1;
    qCInfo(lcApplications).noquote() << "Application" << input.applicationNumber << "rejected by" << officer.username
                                     << "for" << reason->code;
    return true;
}

bool ApplicationDecisions::approve(WriteTransaction &transaction, const Officer &officer,
                                   const Jurisdiction &jurisdiction, const DecisionInput &input,
                                   const CertificateSigningKeys *keys, DecisionResult *result, QString *error)
{
    *result = DecisionResult{};
    if (!checkRemarks(input.remarks, result))
        return true;
    Locked locked;
    if (!lockApplication(transaction, jurisdiction, input, ApplicationStatus::Forwarded, result, &locked, error))
        return false;
    if (result->status != DecisionStatus::Done)
        return true;
    if (!keys || !keys->activeKey()) {
        result->status = DecisionStatus::NoSigningKey;
        return true;
    }
    int certifiedCount = 0;
    if (!recheckConnections(transaction, locked.id, result, &certifiedCount, error))
        return false;
    if (result->status != DecisionStatus::Done)
        return true;

    // The certificate of the division the application's DC belongs to, in the IST fiscal year of
    // the approval.
    QSqlQuery query(transaction.db());
    if (!execPrepared(query,
                      u"SELECT o.parent_code, a.applicant_name FROM application a JOIN office o ON o.code = a.dc_code"
                      " WHERE a.id = :id"_s,
                      {{u"id"_s, locked.id}}, error))
        return false;
    if (!query.next()) {
        *error = u"The DC of application %1 is missing from the office table"_s.arg(input.applicationNumber);
        return false;
    }
    const QString divisionCode = query.value(0).toString();
    const QString applicantName = query.value(1).toString();
    query.finish();
    const QDateTime now = m_clock.nowUtc();
    const QString fiscalYear = Timestamp::fiscalYear(now);
    qint64 serial = 0;
    const QString number = CertificateNumbering::allocate(transaction, divisionCode, fiscalYear, &serial, error);
    if (number.isEmpty())
        return false;
    QrPayloadFields fields;
    fields.certificateNumber = number;
    fields.issueDate = Timestamp::toIst(now).date();
    fields.applicantName = applicantName;
    fields.connectionCount = certifiedCount;
    const QString payload = QrPayload::build(fields, *keys, error);
    if (payload.isEmpty())
        return false;

    if (!execPrepared(query,
                      u"INSERT INTO certificate (number, application_id, division_code, fiscal_year, serial,"
                      " approved_at, approved_by, qr_payload) VALUES (:number, :application, :division,"
                      " :fiscal_year, :serial, :now, :officer, :payload)"_s,
                      {{u"number"_s, number},
                       {u"application"_s, locked.id},
                       {u"division"_s, divisionCode},
                       {u"fiscal_year"_s, fiscalYear},
                       {u"serial"_s, serial},
                       {u"now"_s, Timestamp::toStorage(now)},
                       {u"officer"_s, officer.id},
                       {u"payload"_s, payload}},
                      error) ||
        !execPrepared(query, u"UPDATE application SET status = 'approved' WHERE id = :id"_s, {{u"id"_s, locked.id}},
                      error) ||
        !recordEvent(transaction, officer, locked.id, u"approved"_s, ApplicationStatus::Approved, QString(),
                     input.remarks, error))
        return false;
    const AuditEntry entry{
        officerActor(officer), u"application.approve"_s, u"application"_s, QString::number(locked.id),
        QJsonObject{{u"number"_s, input.applicationNumber}, {u"version"_s, input.version}, {u"certificate"_s, number}}};
    if (!AuditLog::append(transaction, m_clock, entry, error))
        return false;
    result->currentStatus = ApplicationStatus::Approved;
    result->currentVersion = input.version + 1;
    result->certificateNumber = number;
    result->qrPayload = payload;
    result->issuedAt = now;
    qCInfo(lcApplications).noquote() << "Application" << input.applicationNumber << "approved by" << officer.username
                                     << "as certificate" << number;
    return true;
}

bool ApplicationDecisions::confirmLink(WriteTransaction &transaction, const Officer &officer,
                                       const Jurisdiction &jurisdiction, const DecisionInput &input,
                                       DecisionResult *result, QString *error)
{
    *result = DecisionResult{};
    if (!checkRemarks(input.remarks, result))
        return true;
    Locked locked;
    if (!lockApplication(transaction, jurisdiction, input, ApplicationStatus::Submitted, result, &locked, error))
        return false;
    if (result->status != DecisionStatus::Done)
        return true;

    QSqlQuery query(transaction.db());
    if (!execPrepared(query,
                      u"UPDATE application_connection SET link = 'linked' WHERE application_id = :id AND ivrs = :ivrs"
                      " AND link = 'pending_verification'"_s,
                      {{u"id"_s, locked.id}, {u"ivrs"_s, input.ivrs}}, error))
        return false;
    if (query.numRowsAffected() != 1) {
        result->status = DecisionStatus::LinkNotPending;
        return true;
    }
    if (!LinkedConnections::setState(transaction, m_clock, locked.mobile, input.ivrs,
                                     LinkedConnections::LinkState::Linked, officerActor(officer), error) ||
        !recordEvent(transaction, officer, locked.id, u"link_confirmed"_s, ApplicationStatus::Submitted, QString(),
                     u"IVRS %1"_s.arg(input.ivrs) + (input.remarks.isEmpty() ? QString() : u": "_s + input.remarks),
                     error))
        return false;
    result->currentVersion = input.version + 1;
    return true;
}

bool ApplicationDecisions::refuseLink(WriteTransaction &transaction, const Officer &officer,
                                      const Jurisdiction &jurisdiction, const DecisionInput &input,
                                      DecisionResult *result, QString *error)
{
    *result = DecisionResult{};
    if (!checkRemarks(input.remarks, result))
        return true;
    Locked locked;
    if (!lockApplication(transaction, jurisdiction, input, ApplicationStatus::Submitted, result, &locked, error))
        return false;
    if (result->status != DecisionStatus::Done)
        return true;
    if (input.ivrs == locked.primaryIvrs) {
        result->status = DecisionStatus::PrimaryLink;
        return true;
    }

    QSqlQuery query(transaction.db());
    if (!execPrepared(query,
                      u"DELETE FROM application_connection WHERE application_id = :id AND ivrs = :ivrs"
                      " AND link = 'pending_verification'"_s,
                      {{u"id"_s, locked.id}, {u"ivrs"_s, input.ivrs}}, error))
        return false;
    if (query.numRowsAffected() != 1) {
        result->status = DecisionStatus::LinkNotPending;
        return true;
    }
    // The event keeps the refused IVRS, so the application's history still shows it.
    if (!LinkedConnections::setState(transaction, m_clock, locked.mobile, input.ivrs,
                                     LinkedConnections::LinkState::Refused, officerActor(officer), error) ||
        !recordEvent(transaction, officer, locked.id, u"link_refused"_s, ApplicationStatus::Submitted, QString(),
                     u"IVRS %1"_s.arg(input.ivrs) + (input.remarks.isEmpty() ? QString() : u": "_s + input.remarks),
                     error))
        return false;
    result->currentVersion = input.version + 1;
    return true;
}

} // namespace nodues
