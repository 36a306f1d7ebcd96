#include "api/PublicVerification.h"

#include "Timestamp.h"
#include "applications/ElectionKind.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace nodues::server {

namespace {

constexpr const char *kContext = "CertificateVerification";

QJsonValue instantOrNull(const QDateTime &instant)
{
    return instant.isValid() ? QJsonValue(Timestamp::toStorage(instant)) : QJsonValue(QJsonValue::Null);
}

QJsonObject certificateJson(const PublicCertificate &certificate, ResponseLanguage language)
{
    return QJsonObject{
        {u"number"_s, certificate.number},
        {u"applicant_name"_s, certificate.applicantName},
        {u"applicant_name_hi"_s, certificate.applicantNameHi},
        {u"applicant_mobile"_s, certificate.maskedMobile},
        {u"election"_s, QJsonObject{{u"kind"_s, certificate.electionKind},
                                    {u"title"_s, electionTitle(certificate, language)},
                                    {u"body"_s, certificate.bodyName},
                                    {u"ward"_s, certificate.ward}}},
        {u"connections"_s, QJsonArray::fromStringList(certificate.connectionIvrs)},
        {u"issued_at"_s, instantOrNull(certificate.approvedAt)},
        {u"issued_at_ist"_s, Timestamp::istDateTime(certificate.approvedAt)},
        {u"issue_date_ist"_s, Timestamp::istDate(certificate.approvedAt)},
        {u"pdf_published"_s, certificate.publishedAt.isValid()},
        {u"approving_office"_s, QJsonObject{{u"code"_s, certificate.divisionCode},
                                            {u"name"_s, certificate.divisionName},
                                            {u"name_hi"_s, certificate.divisionNameHi}}},
    };
}

QJsonObject qrJson(const QrCheck &check, ResponseLanguage language)
{
    QJsonArray mismatches;
    for (const QrField field : check.mismatches)
        mismatches.append(qrFieldCode(field));
    const QString outcome = qrOutcomeCode(check);
    return QJsonObject{{u"outcome"_s, outcome},
                       {u"key_id"_s, check.keyId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(check.keyId)},
                       {u"mismatched_fields"_s, mismatches},
                       {u"message"_s, qrOutcomeMessage(outcome).toString(language)}};
}

} // namespace

QString PublicVerification::statusCode() const
{
    if (!certificate)
        return u"not_found"_s;
    return certificate->isRevoked() ? u"revoked"_s : u"valid"_s;
}

LocalizedMessage PublicVerification::statusMessage() const
{
    if (!certificate) {
        return {kContext,
                QT_TRANSLATE_NOOP("CertificateVerification",
                                  "No certificate numbered %1 has been issued. Check the number printed on the "
                                  "certificate. A certificate that is not found here may be forged."),
                {number.left(60)}};
    }
    if (certificate->isRevoked()) {
        return {kContext,
                QT_TRANSLATE_NOOP("CertificateVerification",
                                  "Certificate %1 was revoked on %2 IST and is no longer valid. Reason: %3"),
                {certificate->number, Timestamp::istDateTime(certificate->revokedAt), certificate->revokedReason}};
    }
    // Offices print certificates offline, so an approved certificate may be on paper before its
    // signed PDF is uploaded. The approval is final, so it is valid, and the page says what is missing.
    if (!certificate->publishedAt.isValid()) {
        return {kContext,
                QT_TRANSLATE_NOOP("CertificateVerification",
                                  "Certificate %1 is valid. It was approved on %2 IST; the office has not yet "
                                  "uploaded its digitally signed copy."),
                {certificate->number, Timestamp::istDateTime(certificate->approvedAt)}};
    }
    return {kContext, QT_TRANSLATE_NOOP("CertificateVerification", "Certificate %1 is valid."), {certificate->number}};
}

QString qrOutcomeCode(const QrCheck &check)
{
    switch (check.signature) {
    case QrVerification::Valid:
        return check.matchesRegistry() ? u"valid"_s : u"mismatch"_s;
    case QrVerification::UnknownKey:
        return u"unknown_key"_s;
    case QrVerification::BadSignature:
        return u"bad_signature"_s;
    case QrVerification::Malformed:
        return u"malformed"_s;
    }
    return u"malformed"_s;
}

const QStringList &qrOutcomeCodes()
{
    static const QStringList codes{u"valid"_s,       u"mismatch"_s,  u"bad_signature"_s,
                                   u"unknown_key"_s, u"malformed"_s, u"failed"_s};
    return codes;
}

LocalizedMessage qrOutcomeMessage(const QString &outcomeCode)
{
    if (outcomeCode == u"valid"_s)
        return {kContext,
                QT_TRANSLATE_NOOP("CertificateVerification",
                                  "The QR code is signed with the company's published key and matches this record."),
                {}};
    if (outcomeCode == u"mismatch"_s)
        return {kContext,
                QT_TRANSLATE_NOOP("CertificateVerification",
                                  "The QR code is signed with the company's published key, but it belongs to another "
                                  "certificate: its details do not match this record. The printed certificate may "
                                  "be forged."),
                {}};
    if (outcomeCode == u"bad_signature"_s)
        return {kContext,
                QT_TRANSLATE_NOOP("CertificateVerification",
                                  "The QR code's signature does not match its content, so the code was changed or "
                                  "forged."),
                {}};
    if (outcomeCode == u"unknown_key"_s)
        return {kContext,
                QT_TRANSLATE_NOOP("CertificateVerification",
                                  "The QR code is signed with a key that the company has not published, so it may be "
                                  "forged."),
                {}};
    if (outcomeCode == u"malformed"_s)
        return {kContext,
                QT_TRANSLATE_NOOP("CertificateVerification", "The QR code is not the code of a No Dues certificate."),
                {}};
    return {kContext,
            QT_TRANSLATE_NOOP("CertificateVerification",
                              "The QR code could not be checked. Check the network connection and reload the page."),
            {}};
}

QString electionTitle(const PublicCertificate &certificate, ResponseLanguage language)
{
    const std::optional<ElectionKind> kind = electionKindFromCode(certificate.electionKind);
    return kind ? localized(electionKindTitle(*kind)).toString(language) : certificate.electionKind;
}

QJsonObject publicVerificationJson(const PublicVerification &verification, ResponseLanguage language)
{
    QJsonObject json{{u"status"_s, verification.statusCode()},
                     {u"number"_s, verification.number},
                     {u"message"_s, verification.statusMessage().toString(language)},
                     {u"certificate"_s, QJsonValue(QJsonValue::Null)},
                     {u"revocation"_s, QJsonValue(QJsonValue::Null)},
                     {u"qr"_s, QJsonValue(QJsonValue::Null)}};
    if (verification.certificate) {
        const PublicCertificate &certificate = *verification.certificate;
        json.insert(u"certificate"_s, certificateJson(certificate, language));
        if (certificate.isRevoked()) {
            json.insert(u"revocation"_s,
                        QJsonObject{{u"revoked_at"_s, Timestamp::toStorage(certificate.revokedAt)},
                                    {u"revoked_at_ist"_s, Timestamp::istDateTime(certificate.revokedAt)},
                                    {u"reason"_s, certificate.revokedReason}});
        }
    }
    if (verification.qr)
        json.insert(u"qr"_s, qrJson(*verification.qr, language));
    return json;
}

} // namespace nodues::server
