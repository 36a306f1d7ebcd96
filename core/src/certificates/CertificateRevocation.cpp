#include "certificates/CertificateRevocation.h"

#include "Clock.h"
#include "Timestamp.h"
#include "applications/ChangeSequence.h"
#include "audit/AuditLog.h"
#include "import/TextCheck.h"
#include "storage/SqlUtil.h"
#include "storage/WriteTransaction.h"

#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace nodues::CertificateRevocation {

namespace {

constexpr qsizetype kMaxReasonLength = 300;

} // namespace

bool isValidReason(const QString &reason)
{
    const QString trimmed = reason.trimmed();
    return !trimmed.isEmpty() && trimmed.size() <= kMaxReasonLength &&
           !TextCheck::firstDisallowedCharacter(trimmed, true, false);
}

bool mayRevoke(const Officer &officer, const QString &divisionCode)
{
    if (officer.role == OfficerRole::Admin)
        return true;
    return officer.role == OfficerRole::DivisionOfficer && officer.officeCode == divisionCode;
}

bool revoke(WriteTransaction &transaction, const Clock &clock, const Officer &officer, const QString &certificateNumber,
            const QString &reason, RevocationResult *result, QString *error)
{
    *result = RevocationResult{};
    const QString trimmed = reason.trimmed();
    if (!isValidReason(trimmed)) {
        result->status = RevocationStatus::InvalidReason;
        return true;
    }

    const QString lock = transaction.dialect() == SqlDialect::Postgres ? u" FOR UPDATE OF c"_s : QString();
    QSqlQuery query(transaction.db());
    if (!execPrepared(query,
                      u"SELECT c.id, c.division_code, c.revoked_at, a.id, a.number FROM certificate c"
                      " JOIN application a ON a.id = c.application_id WHERE c.number = :number"_s +
                          lock,
                      {{u"number"_s, certificateNumber}}, error))
        return false;
    if (!query.next() || !mayRevoke(officer, query.value(1).toString())) {
        result->status = RevocationStatus::NotFound;
        return true;
    }
    const qint64 certificateId = query.value(0).toLongLong();
    const qint64 applicationId = query.value(3).toLongLong();
    result->applicationNumber = query.value(4).toString();
    if (!query.value(2).isNull()) {
        result->status = RevocationStatus::AlreadyRevoked;
        result->revokedAt = Timestamp::fromStorage(query.value(2).toString());
        return true;
    }
    query.finish();

    const QDateTime now = clock.nowUtc();
    const QString nowText = Timestamp::toStorage(now);
    const QString actor = u"officer:"_s + officer.username;
    // An approved application whose certificate is revoked before its PDF was published would stay
    // open for good; it is closed as rejected, so the applicant may apply again.
    const QString closing = u"Certificate %1 revoked: %2"_s.arg(certificateNumber, trimmed);
    if (!execPrepared(query,
                      u"UPDATE application SET status = 'rejected', rejection_reason = 'other',"
                      " rejection_remarks = :remarks WHERE id = :id AND status = 'approved'"_s,
                      {{u"remarks"_s, closing.left(500)}, {u"id"_s, applicationId}}, error))
        return false;
    if (!execPrepared(query, u"UPDATE certificate SET revoked_at = :now, revoked_reason = :reason WHERE id = :id"_s,
                      {{u"now"_s, nowText}, {u"reason"_s, trimmed}, {u"id"_s, certificateId}}, error) ||
        !execPrepared(query,
                      u"INSERT INTO application_event (application_id, at, event, status, actor, remarks)"
                      " SELECT id, :now, 'certificate_revoked', status, :actor, :reason FROM application"
                      " WHERE id = :id"_s,
                      {{u"now"_s, nowText}, {u"actor"_s, actor}, {u"reason"_s, trimmed}, {u"id"_s, applicationId}},
                      error) ||
        !execPrepared(query, u"UPDATE application SET updated_at = :now WHERE id = :id"_s,
                      {{u"now"_s, nowText}, {u"id"_s, applicationId}}, error) ||
        !ChangeSequence::touchApplication(transaction, applicationId, error))
        return false;
    const AuditEntry entry{actor, u"certificate.revoke"_s, u"certificate"_s, certificateNumber,
                           QJsonObject{{u"application"_s, result->applicationNumber}, {u"reason"_s, trimmed}}};
    if (!AuditLog::append(transaction, clock, entry, error))
        return false;
    result->revokedAt = now;
    return true;
}

} // namespace nodues::CertificateRevocation
