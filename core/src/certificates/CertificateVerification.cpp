#include "certificates/CertificateVerification.h"

#include "Timestamp.h"
#include "billing/MobileNumber.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace nodues {

namespace {

// The name part of a payload that matched the grammar: the fourth of its seven "."-separated
// parts. Neither the number nor the encoded name can contain a ".".
constexpr qsizetype kNamePart = 3;

} // namespace

QDate PublicCertificate::issueDate() const
{
    return Timestamp::toIst(approvedAt).date();
}

QString qrFieldCode(QrField field)
{
    switch (field) {
    case QrField::CertificateNumber:
        return u"certificate_number"_s;
    case QrField::IssueDate:
        return u"issue_date"_s;
    case QrField::ApplicantName:
        return u"applicant_name"_s;
    case QrField::ConnectionCount:
        return u"connection_count"_s;
    }
    return {};
}

namespace CertificateVerification {

std::optional<PublicCertificate> find(Database &database, const QString &number, QString *error)
{
    error->clear();
    QSqlDatabase db = database.connection(error);
    if (!db.isOpen())
        return std::nullopt;
    QSqlQuery query(db);
    if (!execPrepared(query,
                      u"SELECT c.number, c.approved_at, c.published_at, c.revoked_at, c.revoked_reason,"
                      " c.division_code, o.name, o.name_hi, a.id, a.applicant_name, a.applicant_name_hi,"
                      " a.election_kind, a.body_name, a.ward, a.mobile"
                      " FROM certificate c JOIN application a ON a.id = c.application_id"
                      " LEFT JOIN office o ON o.code = c.division_code WHERE c.number = :number"_s,
                      {{u"number"_s, number}}, error))
        return std::nullopt;
    if (!query.next())
        return std::nullopt;
    PublicCertificate certificate;
    certificate.number = query.value(0).toString();
    certificate.approvedAt = Timestamp::fromStorage(query.value(1).toString());
    certificate.publishedAt = Timestamp::fromStorage(query.value(2).toString());
    certificate.revokedAt = Timestamp::fromStorage(query.value(3).toString());
    certificate.revokedReason = query.value(4).toString();
    certificate.divisionCode = query.value(5).toString();
    certificate.divisionName = query.value(6).toString();
    certificate.divisionNameHi = query.value(7).toString();
    const qint64 applicationId = query.value(8).toLongLong();
    certificate.applicantName = query.value(9).toString();
    certificate.applicantNameHi = query.value(10).toString();
    certificate.electionKind = query.value(11).toString();
    certificate.bodyName = query.value(12).toString();
    certificate.ward = query.value(13).toString();
    certificate.maskedMobile = MobileNumber::mask(query.value(14).toString());
    query.finish();

    // The certificate names every connection of the application except those the applicant
    // unlinked, which stay on the application only for the officers to see.
    if (!execPrepared(query,
                      u"SELECT ivrs FROM application_connection WHERE application_id = :id AND link <> 'unlinked'"
                      " ORDER BY ivrs"_s,
                      {{u"id"_s, applicationId}}, error))
        return std::nullopt;
    while (query.next())
        certificate.connectionIvrs.append(query.value(0).toString());
    return certificate;
}

bool listRevocations(Database &database, QList<Revocation> *revocations, QString *error)
{
    revocations->clear();
    QSqlDatabase db = database.connection(error);
    if (!db.isOpen())
        return false;
    QSqlQuery query(db);
    if (!execPlain(query,
                   u"SELECT number, revoked_at, revoked_reason FROM certificate WHERE revoked_at IS NOT NULL"
                   " ORDER BY revoked_at, number"_s,
                   error))
        return false;
    while (query.next()) {
        revocations->append(
            {query.value(0).toString(), Timestamp::fromStorage(query.value(1).toString()), query.value(2).toString()});
    }
    return true;
}

QrCheck checkQrPayload(const QString &payload, const QrPayload::PublicKeyLookup &lookup,
                       const PublicCertificate *certificate)
{
    QrCheck check;
    ParsedQrPayload parsed;
    check.signature = QrPayload::verify(payload, lookup, &parsed);
    if (check.signature == QrVerification::Malformed)
        return check;
    check.keyId = parsed.keyId;
    if (check.signature != QrVerification::Valid)
        return check;

    if (!certificate) {
        check.mismatches.append(QrField::CertificateNumber);
        return check;
    }
    const QrPayloadFields &fields = parsed.fields;
    if (fields.certificateNumber != certificate->number)
        check.mismatches.append(QrField::CertificateNumber);
    if (fields.issueDate != certificate->issueDate())
        check.mismatches.append(QrField::IssueDate);
    // The payload contains the name as encodeName() wrote it (accents dropped, cut at 32
    // characters), so the registry's name is encoded the same way before comparing.
    if (payload.split(u'.').value(kNamePart) != QrPayload::encodeName(certificate->applicantName))
        check.mismatches.append(QrField::ApplicantName);
    if (fields.connectionCount != certificate->connectionIvrs.size())
        check.mismatches.append(QrField::ConnectionCount);
    return check;
}

} // namespace CertificateVerification

} // namespace nodues
