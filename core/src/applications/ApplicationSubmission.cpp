#include "applications/ApplicationSubmission.h"

#include "Clock.h"
#include "Timestamp.h"
#include "applications/ApplicationNumbering.h"
#include "applications/ApplicationStatus.h"
#include "applications/ApplicationLogging.h"
#include "applications/ChangeSequence.h"
#include "audit/AuditLog.h"
#include "billing/MobileNumber.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"
#include "storage/WriteTransaction.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcApplications, "nodues.core.applications")

namespace nodues {

namespace {

QString consumerActor(const QString &mobile)
{
    return u"consumer:"_s + MobileNumber::mask(mobile);
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

bool insertConnection(QSqlQuery &query, qint64 applicationId, const NamedConnection &connection, QString *error)
{
    const BillingRecord &record = connection.record;
    return execPrepared(query,
                        u"INSERT INTO application_connection (application_id, ivrs, link, is_primary, name, address,"
                        " dc_code, arrears_paise, eligible, bill_date, refreshed_at) VALUES (:application_id, :ivrs,"
                        " :link, :is_primary, :name, :address, :dc_code, :arrears_paise, :eligible, :bill_date,"
                        " :refreshed_at)"_s,
                        {{u"application_id"_s, applicationId},
                         {u"ivrs"_s, record.ivrs},
                         {u"link"_s, connection.link},
                         {u"is_primary"_s, connection.primary ? 1 : 0},
                         {u"name"_s, record.name},
                         {u"address"_s, record.address},
                         {u"dc_code"_s, record.dcCode},
                         {u"arrears_paise"_s, record.arrearsPaise},
                         {u"eligible"_s, connection.link != u"unlinked"_s && connection.verdict.eligible ? 1 : 0},
                         {u"bill_date"_s, record.billDate.isValid() ? QVariant(record.billDate.toString(Qt::ISODate))
                                                                     : QVariant()},
                         {u"refreshed_at"_s, Timestamp::toStorage(record.refreshedAt)}},
                        error);
}

} // namespace

ApplicationSubmission::ApplicationSubmission(Database &database, const Clock &clock, OtpService &otpService,
                                             const SmsTemplates &templates, ApplicationSettings settings)
    : m_database(database), m_clock(clock), m_otpService(otpService), m_outbox(templates), m_settings(settings)
{
}

OtpBinding ApplicationSubmission::otpBinding(const QString &mobile, const ApplicationForm &form,
                                             const SubmissionCheck &check)
{
    return OtpBinding::submitApplication(mobile, form.contentSha256(check.countedIvrs()));
}

bool ApplicationSubmission::findOpen(const QString &mobile, qint64 *id, QString *number, QString *contentSha256,
                                     QString *error)
{
    *id = 0;
    QSqlDatabase db = m_database.connection(error);
    if (!db.isOpen())
        return false;
    QSqlQuery query(db);
    if (!execPrepared(query,
                      u"SELECT id, number, content_sha256 FROM application WHERE mobile = :mobile"
                      " AND status IN ('submitted', 'forwarded', 'approved')"_s,
                      {{u"mobile"_s, mobile}}, error))
        return false;
    if (query.next()) {
        *id = query.value(0).toLongLong();
        *number = query.value(1).toString();
        *contentSha256 = query.value(2).toString();
    }
    query.finish();
    return true;
}

bool ApplicationSubmission::submit(const SubmitRequest &request, SubmitResult *result, QString *error)
{
    *result = SubmitResult{};
    WriteTransaction transaction(m_database);
    if (!transaction.begin(error) || !AuditLog::lockHead(transaction, error))
        return false;

    // An open application ends the request here: a repeat of the same submission gets the first
    // one back, anything else gets the number of the open application.
    SubmissionCheck check;
    if (!SubmissionCheck::run(m_database, request.mobile, request.form, &check, error))
        return false;
    const QString contentSha256 = request.form.contentSha256(check.countedIvrs());
    qint64 openId = 0;
    QString openNumber;
    QString openDigest;
    if (!findOpen(request.mobile, &openId, &openNumber, &openDigest, error))
        return false;
    if (openId != 0) {
        result->status = openDigest == contentSha256 ? SubmitStatus::AlreadySubmitted : SubmitStatus::OtherOpen;
        result->applicationId = openId;
        result->applicationNumber = openNumber;
        return true;
    }
    if (check.status != SubmissionCheckStatus::Ok && check.status != SubmissionCheckStatus::NotEligible) {
        result->status = SubmitStatus::CheckFailed;
        result->check = check;
        return true;
    }

    // The OTP confirms this content and these connections. A code already used may have been
    // used by a concurrent submit of the same content that has committed by now (PostgreSQL
    // waited on the challenge row lock), so look for its application before refusing.
    OtpVerifyRequest verify;
    verify.challengeId = request.challengeId;
    verify.code = request.otpCode;
    verify.clientAddress = request.clientAddress;
    verify.actor = consumerActor(request.mobile);
    if (!m_otpService.verify(transaction, OtpBinding::submitApplication(request.mobile, contentSha256), verify,
                             &result->otp, error))
        return false;
    if (result->otp.status != OtpVerifyStatus::Ok) {
        if (result->otp.status == OtpVerifyStatus::AlreadyUsed) {
            if (!findOpen(request.mobile, &openId, &openNumber, &openDigest, error))
                return false;
            if (openId != 0) {
                result->status =
                    openDigest == contentSha256 ? SubmitStatus::AlreadySubmitted : SubmitStatus::OtherOpen;
                result->applicationId = openId;
                result->applicationNumber = openNumber;
                return true;
            }
        }
        result->status = SubmitStatus::OtpRejected;
        return transaction.commit(error); // a wrong try counts
    }

    // Checked after the OTP so that a rollback here leaves the right code unused: the consumer
    // can pay the dues and submit again with it while it is valid.
    if (check.status == SubmissionCheckStatus::NotEligible) {
        transaction.rollback();
        result->status = SubmitStatus::CheckFailed;
        result->check = check;
        return true;
    }

    // Another submit for this mobile may have committed first, and the open-application index
    // then refuses this one: on PostgreSQL at the INSERT, on SQLite at the latest at COMMIT.
    // Return that application instead of an error.
    if (!insertApplication(transaction, request, check, contentSha256, result, error) ||
        !transaction.commit(error)) {
        transaction.rollback();
        QString lookupError;
        if (findOpen(request.mobile, &openId, &openNumber, &openDigest, &lookupError) && openId != 0) {
            result->status = openDigest == contentSha256 ? SubmitStatus::AlreadySubmitted : SubmitStatus::OtherOpen;
            result->applicationId = openId;
            result->applicationNumber = openNumber;
            error->clear();
            return true;
        }
        return false;
    }
    result->check = check;
    qCInfo(lcApplications).noquote() << "Application" << result->applicationNumber << "submitted by"
                                     << MobileNumber::mask(request.mobile) << "for DC" << check.dcCode;
    return true;
}

bool ApplicationSubmission::insertApplication(WriteTransaction &transaction, const SubmitRequest &request,
                                              const SubmissionCheck &check, const QString &contentSha256,
                                              SubmitResult *result, QString *error)
{
    const QDateTime now = m_clock.nowUtc();
    const QString number = ApplicationNumbering::allocate(transaction, check.dcCode, Timestamp::fiscalYear(now), error);
    if (number.isEmpty())
        return false;
    const ApplicationForm &form = request.form;
    const QString nowText = Timestamp::toStorage(now);
    const QDateTime dueAt = now.addSecs(qint64(m_settings.slaHours) * 3600);
    const qint64 changeSeq = ChangeSequence::next(transaction, error);
    if (changeSeq < 0)
        return false;

    // A unique-index violation surfaces here when a concurrent submit for the same mobile won.
    QSqlQuery query(transaction.db());
    if (!execPrepared(query,
                      u"INSERT INTO application (number, mobile, kind, status, dc_code, primary_ivrs, applicant_name,"
                      " applicant_name_hi, relation, relative_name, address, election_kind, body_name, ward,"
                      " language, content_sha256, submitted_at, due_at, updated_at, version, change_seq) VALUES"
                      " (:number, :mobile, :kind, 'submitted', :dc_code, :primary_ivrs, :applicant_name,"
                      " :applicant_name_hi, :relation, :relative_name, :address, :election_kind, :body_name, :ward,"
                      " :language, :content_sha256, :now, :due_at, :now, 1, :change_seq) RETURNING id"_s,
                      {{u"number"_s, number},
                       {u"mobile"_s, request.mobile},
                       {u"kind"_s, applicationKindCode(form.kind)},
                       {u"dc_code"_s, check.dcCode},
                       {u"primary_ivrs"_s, nullIfEmpty(form.primaryIvrs)},
                       {u"applicant_name"_s, form.applicantName},
                       {u"applicant_name_hi"_s, form.applicantNameHi},
                       {u"relation"_s, relationCode(form.relation)},
                       {u"relative_name"_s, form.relativeName},
                       {u"address"_s, form.address},
                       {u"election_kind"_s, electionKindCode(form.electionKind)},
                       {u"body_name"_s, form.electionBody},
                       {u"ward"_s, form.ward},
                       {u"language"_s, form.smsLanguage},
                       {u"content_sha256"_s, contentSha256},
                       {u"now"_s, nowText},
                       {u"due_at"_s, Timestamp::toStorage(dueAt)},
                       {u"change_seq"_s, changeSeq}},
                      error))
        return false;
    if (!query.next()) {
        *error = u"The new application %1 returned no id"_s.arg(number);
        return false;
    }
    const qint64 id = query.value(0).toLongLong();
    query.finish();

    for (const NamedConnection &connection : check.connections) {
        if (!insertConnection(query, id, connection, error))
            return false;
    }
    for (const NamedConnection &connection : check.unlinkedOwn) {
        if (!insertConnection(query, id, connection, error))
            return false;
    }
    const QString actor = consumerActor(request.mobile);
    if (!execPrepared(query,
                      u"INSERT INTO application_event (application_id, at, event, status, actor) VALUES"
                      " (:id, :now, 'submitted', 'submitted', :actor)"_s,
                      {{u"id"_s, id}, {u"now"_s, nowText}, {u"actor"_s, actor}}, error))
        return false;

    const AuditEntry entry{actor, u"application.submit"_s, u"application"_s, QString::number(id),
                           QJsonObject{{u"number"_s, number},
                                       {u"kind"_s, applicationKindCode(form.kind)},
                                       {u"dc_code"_s, check.dcCode},
                                       {u"connections"_s, QJsonArray::fromStringList(check.countedIvrs())},
                                       {u"content_sha256"_s, contentSha256},
                                       {u"due_at"_s, Timestamp::toStorage(dueAt)}}};
    if (!AuditLog::append(transaction, m_clock, entry, error))
        return false;
    if (m_outbox.enqueue(transaction, m_clock, SmsKind::ApplicationAcknowledged, form.smsLanguage, request.mobile,
                         {{u"application_number"_s, number}}, error) < 0)
        return false;

    result->status = SubmitStatus::Submitted;
    result->applicationId = id;
    result->applicationNumber = number;
    return true;
}

} // namespace nodues
