#include "cache/CachedParts.h"

#include "cache/JsonFields.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

std::optional<LinkKind> linkKindFromCode(const QString &code)
{
    if (code == u"billing_mobile"_s)
        return LinkKind::BillingMobile;
    if (code == u"linked"_s)
        return LinkKind::Linked;
    if (code == u"pending_verification"_s)
        return LinkKind::PendingVerification;
    if (code == u"unlinked"_s)
        return LinkKind::Unlinked;
    return std::nullopt;
}

QString linkKindCode(LinkKind kind)
{
    switch (kind) {
    case LinkKind::BillingMobile:
        return u"billing_mobile"_s;
    case LinkKind::Linked:
        return u"linked"_s;
    case LinkKind::PendingVerification:
        return u"pending_verification"_s;
    case LinkKind::Unlinked:
        return u"unlinked"_s;
    }
    return {};
}

CachedCheck CachedCheck::read(JsonFields &fields)
{
    CachedCheck check;
    check.check = fields.text(u"check"_s);
    check.title = fields.text(u"title"_s);
    check.passed = fields.flag(u"passed"_s);
    check.applicable = fields.flag(u"applicable"_s);
    check.reason = fields.text(u"reason"_s);
    check.remedy = fields.text(u"remedy"_s);
    return check;
}

CachedConnection CachedConnection::read(JsonFields &fields)
{
    CachedConnection connection;
    connection.ivrs = fields.text(u"ivrs"_s);
    const QString link = fields.text(u"link"_s);
    if (const std::optional<LinkKind> kind = linkKindFromCode(link))
        connection.link = *kind;
    else if (fields.ok())
        fields.fail(u"%1 is not a known link: \"%2\""_s.arg(fields.pathOf(u"link"_s), link.left(40)));
    connection.primary = fields.flag(u"primary"_s);
    connection.name = fields.nullableText(u"name"_s);
    connection.address = fields.nullableText(u"address"_s);
    connection.dcCode = fields.text(u"dc_code"_s);
    connection.arrearsPaiseAtSubmission = fields.integer(u"arrears_paise_at_submission"_s);
    connection.eligibleAtSubmission = fields.flag(u"eligible_at_submission"_s);
    connection.inBillingData = fields.flag(u"in_billing_data"_s);
    connection.arrearsPaise = fields.nullableInteger(u"arrears_paise"_s);
    connection.mobileMasked = fields.nullableText(u"mobile_masked"_s);
    connection.refreshedAt = fields.nullableInstant(u"refreshed_at"_s);
    connection.eligible = fields.flag(u"eligible"_s);

    const QJsonArray checks = fields.array(u"checks"_s);
    for (qsizetype i = 0; i < checks.size() && fields.ok(); ++i) {
        JsonFields checkFields(checks.at(i).toObject(), fields.pathOf(u"checks[%1]"_s.arg(i)));
        if (!checks.at(i).isObject())
            checkFields.fail(u"%1 is not an object"_s.arg(checkFields.path()));
        connection.checks.append(CachedCheck::read(checkFields));
        adoptError(fields, checkFields);
    }
    return connection;
}

CachedEvent CachedEvent::read(JsonFields &fields)
{
    CachedEvent event;
    event.event = fields.text(u"event"_s);
    event.status = fields.text(u"status"_s);
    event.actor = fields.text(u"actor"_s);
    event.actorName = fields.nullableText(u"actor_name"_s);
    event.actorNameHi = fields.nullableText(u"actor_name_hi"_s);
    event.at = fields.instant(u"at"_s);
    event.reasonCode = fields.nullableText(u"reason_code"_s);
    event.remarks = fields.nullableText(u"remarks"_s);
    return event;
}

CachedApplicant CachedApplicant::read(JsonFields &fields)
{
    CachedApplicant applicant;
    applicant.name = fields.text(u"name"_s);
    applicant.nameHi = fields.text(u"name_hi"_s);
    applicant.relation = fields.text(u"relation"_s);
    applicant.relativeName = fields.text(u"relative_name"_s);
    applicant.address = fields.text(u"address"_s);
    return applicant;
}

CachedElection CachedElection::read(JsonFields &fields)
{
    CachedElection election;
    election.kind = fields.text(u"kind"_s);
    election.title = fields.text(u"title"_s);
    election.body = fields.text(u"body"_s);
    election.ward = fields.text(u"ward"_s);
    return election;
}

CachedApprover CachedApprover::read(JsonFields &fields)
{
    CachedApprover approver;
    approver.username = fields.text(u"username"_s);
    approver.name = fields.text(u"name"_s);
    approver.nameHi = fields.text(u"name_hi"_s);
    approver.designation = fields.text(u"designation"_s);
    approver.designationHi = fields.text(u"designation_hi"_s);
    return approver;
}

CachedCertificate CachedCertificate::read(JsonFields &fields, const QList<CachedEvent> &events)
{
    CachedCertificate certificate;
    certificate.number = fields.text(u"number"_s);
    certificate.issuedAt = fields.nullableInstant(u"issued_at"_s);
    fields.nullableText(u"issued_at_ist"_s); // read for its type only: shown dates come from issuedAt
    certificate.qrPayload = fields.nullableText(u"qr_payload"_s);
    certificate.verifyUrl = fields.nullableText(u"verify_url"_s);
    if (fields.has(u"approved_by"_s)) {
        if (const std::optional<QJsonObject> approver = fields.nullableObject(u"approved_by"_s)) {
            JsonFields approverFields(*approver, fields.pathOf(u"approved_by"_s));
            certificate.approvedBy = CachedApprover::read(approverFields);
            adoptError(fields, approverFields);
        }
    }
    certificate.publishedAt = fields.nullableInstant(u"published_at"_s);
    certificate.revoked = fields.flag(u"revoked"_s);
    certificate.revokedAt = fields.nullableInstant(u"revoked_at"_s);
    certificate.revokedReason = fields.nullableText(u"revoked_reason"_s);
    if (fields.has(u"prints"_s)) {
        JsonFields printFields(fields.object(u"prints"_s), fields.pathOf(u"prints"_s));
        certificate.serverPrintCount = int(printFields.integer(u"count"_s));
        certificate.serverHighestCopyNumber = int(printFields.nullableInteger(u"highest_copy_number"_s).value_or(-1));
        adoptError(fields, printFields);
    }

    // The QR code contains verify_url, whose fragment must be the payload the server signed.
    if (certificate.qrPayload.isEmpty() != certificate.verifyUrl.isEmpty())
        fields.fail(u"%1: qr_payload and verify_url must both be null or both be set"_s.arg(fields.path()));
    else if (!certificate.qrPayload.isEmpty() && !certificate.verifyUrl.endsWith(u'#' + certificate.qrPayload))
        fields.fail(u"%1: verify_url does not end with \"#\" and qr_payload"_s.arg(fields.path()));

    if (!certificate.issuedAt.isValid()) {
        for (auto it = events.crbegin(); it != events.crend(); ++it) {
            if (it->event == u"approved"_s) {
                certificate.issuedAt = it->at;
                break;
            }
        }
    }
    return certificate;
}

} // namespace nodues::workstation
