#include "api/CertificateUploadRoutes.h"

#include "Clock.h"
#include "Timestamp.h"
#include "api/ApiLogging.h"
#include "api/ConsumerAuthentication.h"
#include "api/OfficerAuthentication.h"
#include "api/ServerContext.h"
#include "certificates/CertificateDelivery.h"
#include "certificates/PdfSignatureVerifier.h"
#include "http/ApiError.h"
#include "http/Router.h"
#include "officers/SigningCertificate.h"
#include "officers/SigningCertificateStore.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace nodues::server {

namespace {

// The certificate row as the upload needs it before publishing.
struct UploadTarget
{
    QString divisionCode;
    qint64 approvedBy = 0; // 0 when no officer is recorded
    bool publishedOrRevoked = false;
};

std::optional<UploadTarget> findTarget(Database &database, const QString &number, QString *error)
{
    error->clear();
    QSqlDatabase db = database.connection(error);
    if (!db.isOpen())
        return std::nullopt;
    QSqlQuery query(db);
    if (!execPrepared(query,
                      u"SELECT division_code, approved_by, published_at, revoked_at FROM certificate"
                      " WHERE number = :number"_s,
                      {{u"number"_s, number}}, error))
        return std::nullopt;
    if (!query.next())
        return std::nullopt;
    UploadTarget target;
    target.divisionCode = query.value(0).toString();
    target.approvedBy = query.value(1).isNull() ? 0 : query.value(1).toLongLong();
    target.publishedOrRevoked = !query.value(2).isNull() || !query.value(3).isNull();
    return target;
}

Response certificateNotFound(const Request &request, const QString &number)
{
    return errorResponse(request, 404, u"certificate_not_found"_s,
                         {"ApiError",
                          QT_TRANSLATE_NOOP("ApiError", "No certificate numbered %1 was approved in your division. "
                                                        "Check the number, or sync to refresh your queue."),
                          {number.left(60)}});
}

bool isPdfContentType(const QByteArray &contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.left(semicolon)).trimmed().toLower() == "application/pdf";
}

QString verifierStatusCode(PdfSignatureStatus status)
{
    switch (status) {
    case PdfSignatureStatus::Valid:
        return u"valid"_s;
    case PdfSignatureStatus::NotPdf:
        return u"not_pdf"_s;
    case PdfSignatureStatus::NoSignature:
        return u"no_signature"_s;
    case PdfSignatureStatus::SeveralSignatures:
        return u"several_signatures"_s;
    case PdfSignatureStatus::SignatureDictionaryMalformed:
        return u"signature_dictionary_malformed"_s;
    case PdfSignatureStatus::ByteRangeNotCoveringFile:
        return u"byte_range_not_covering_file"_s;
    case PdfSignatureStatus::WrongSubFilter:
        return u"wrong_sub_filter"_s;
    case PdfSignatureStatus::CmsMalformed:
        return u"cms_malformed"_s;
    case PdfSignatureStatus::WeakDigestAlgorithm:
        return u"weak_digest_algorithm"_s;
    case PdfSignatureStatus::DigestMismatch:
        return u"digest_mismatch"_s;
    case PdfSignatureStatus::SignerNotExpected:
        return u"signer_not_expected"_s;
    case PdfSignatureStatus::ExpectedCertificateMalformed:
        return u"signing_certificate_unreadable"_s;
    }
    return u"invalid_signature"_s;
}

// Checks the upload against the approving officer's registered certificate. Returns true when
// the PDF may be published, otherwise false with failure set to the response.
bool checkSignedPdf(ServerContext &context, const Request &request, const QString &number, qint64 approvedBy,
                    Response *failure)
{
    QString error;
    SigningCertificateStore store(context.database(), context.clock());
    const std::optional<QByteArray> pem = store.certificatePem(approvedBy, &error);
    if (!error.isEmpty()) {
        *failure = internalErrorResponse(request, error);
        return false;
    }
    if (!pem) {
        *failure = errorResponse(request, 409, u"signing_certificate_missing"_s,
                                 {"ApiError",
                                  QT_TRANSLATE_NOOP("ApiError", "No Digital Signature Certificate is registered for "
                                                                "you, so the signature cannot be checked. Ask the "
                                                                "administrator to register it with \"nodues-server "
                                                                "officer set-certificate\"."),
                                  {}});
        return false;
    }
    const std::optional<SigningCertificate> certificate = SigningCertificate::parse(*pem, &error);
    if (!certificate) {
        qCWarning(lcApi).noquote() << "The registered signing certificate of officer id" << approvedBy
                                   << "cannot be read:" << error;
        *failure = errorResponse(request, 409, u"signing_certificate_unreadable"_s,
                                 {"ApiError",
                                  QT_TRANSLATE_NOOP("ApiError", "Your registered Digital Signature Certificate "
                                                                "cannot be read. Ask the administrator to register "
                                                                "it again."),
                                  {}});
        return false;
    }
    const QDateTime now = context.clock().nowUtc();
    if (!certificate->isValidAt(now)) {
        *failure = errorResponse(
            request, 409, u"signing_certificate_not_valid"_s,
            {"ApiError",
             QT_TRANSLATE_NOOP("ApiError", "Your registered Digital Signature Certificate is "
                                           "valid from %1 to %2 IST, not now. Ask the "
                                           "administrator to register your renewed certificate, "
                                           "then sign the certificate PDF again with it."),
             {Timestamp::istDateTime(certificate->notBefore), Timestamp::istDateTime(certificate->notAfter)}});
        return false;
    }

    const PdfSignatureCheck check = PdfSignatureVerifier::verify(request.body, *pem);
    if (check.status != PdfSignatureStatus::Valid) {
        qCInfo(lcApi).noquote() << "Rejected the PDF uploaded for certificate" << number << "because"
                                << verifierStatusCode(check.status) << check.detail;
        const int status = check.status == PdfSignatureStatus::ExpectedCertificateMalformed ? 409 : 422;
        *failure = errorResponse(request, status, verifierStatusCode(check.status), localized(check.message));
        return false;
    }
    if (check.location.trimmed() != number) {
        qCInfo(lcApi).noquote() << "Rejected the PDF uploaded for certificate" << number
                                << "because its signature names" << check.location.left(80);
        *failure = errorResponse(request, 422, u"certificate_number_mismatch"_s,
                                 {"ApiError",
                                  QT_TRANSLATE_NOOP("ApiError", "The signed PDF is for certificate \"%1\" (the "
                                                                "location of its signature), not for %2. Upload the "
                                                                "signed PDF of certificate %2."),
                                  {check.location.left(60), number}});
        return false;
    }
    return true;
}

Response publishedResponse(int status, const QString &number, const PublishResult &result, qint64 bytes,
                           const QString &state)
{
    return Response::json(status, QJsonObject{{u"number"_s, number},
                                              {u"application_number"_s, result.applicationNumber},
                                              {u"pdf_sha256"_s, result.pdfSha256},
                                              {u"pdf_bytes"_s, bytes},
                                              {u"status"_s, state}});
}

Response uploadPdf(ServerContext &context, const Request &request)
{
    OfficerCaller caller;
    Response failure;
    if (!authenticateOfficer(context, request, {OfficerRole::DivisionOfficer}, &caller, &failure))
        return failure;
    const QString number = request.pathParameter(u"number"_s);
    if (!isPdfContentType(request.header("Content-Type"_ba))) {
        return errorResponse(request, 415, u"unsupported_media_type"_s,
                             {"ApiError",
                              QT_TRANSLATE_NOOP("ApiError", "The request body has Content-Type \"%1\"; send the "
                                                            "signed certificate as application/pdf."),
                              {QString::fromLatin1(request.header("Content-Type"_ba).left(100))}});
    }
    if (request.body.size() > kMaxCertificatePdfBytes) {
        return errorResponse(request, 413, u"pdf_too_large"_s,
                             {"ApiError",
                              QT_TRANSLATE_NOOP("ApiError", "The PDF has %1 bytes, more than the limit of %2 bytes "
                                                            "for a signed certificate. Upload the certificate PDF "
                                                            "that the workstation signed."),
                              {QString::number(request.body.size()), QString::number(kMaxCertificatePdfBytes)}});
    }

    QString error;
    const std::optional<UploadTarget> target = findTarget(context.database(), number, &error);
    if (!error.isEmpty())
        return internalErrorResponse(request, error);
    if (!target || target->divisionCode != caller.jurisdiction.officeCode())
        return certificateNotFound(request, number);
    if (target->approvedBy != caller.officer.id) {
        return errorResponse(request, 403, u"not_approving_officer"_s,
                             {"ApiError",
                              QT_TRANSLATE_NOOP("ApiError", "Certificate %1 was approved by another officer. Only "
                                                            "the approving officer can upload it, signed with their "
                                                            "own Digital Signature Certificate."),
                              {number}});
    }
    // publish() reports a published or revoked certificate from its stored state, so a retry gets
    // the same response even after the officer's registered certificate changed.
    if (!target->publishedOrRevoked && !checkSignedPdf(context, request, number, target->approvedBy, &failure))
        return failure;

    PublishResult result;
    if (!context.certificateDelivery().publish(number, request.body, caller.actor(), &result, &error))
        return internalErrorResponse(request, error);
    switch (result.status) {
    case PublishStatus::Published:
        qCInfo(lcApi).noquote() << "Officer" << caller.officer.username << "uploaded the signed PDF of certificate"
                                << number;
        return publishedResponse(201, number, result, request.body.size(), u"published"_s);
    case PublishStatus::AlreadyPublished:
        return publishedResponse(200, number, result, request.body.size(), u"already_published"_s);
    case PublishStatus::DifferentFile:
        return errorResponse(request, 409, u"certificate_already_published"_s,
                             {"ApiError",
                              QT_TRANSLATE_NOOP("ApiError", "Another signed PDF was already published for "
                                                            "certificate %1, and a published certificate cannot be "
                                                            "replaced. Revoke it if it is wrong."),
                              {number}});
    case PublishStatus::NotFound:
        return certificateNotFound(request, number);
    case PublishStatus::NotApproved:
        return errorResponse(request, 409, u"application_not_approved"_s,
                             {"ApiError",
                              QT_TRANSLATE_NOOP("ApiError", "Application %1 of certificate %2 is not in status "
                                                            "\"approved\", so its certificate cannot be issued."),
                              {result.applicationNumber, number}});
    case PublishStatus::Revoked:
        return errorResponse(request, 409, u"certificate_revoked"_s,
                             {"ApiError",
                              QT_TRANSLATE_NOOP("ApiError", "Certificate %1 was revoked, so it cannot be issued."),
                              {number}});
    }
    return internalErrorResponse(request, u"Unhandled publish status"_s);
}

} // namespace

void addCertificateUploadRoutes(Router &router, ServerContext &context)
{
    router.put(u"/api/v1/officer/certificates/{number}/pdf"_s,
               [&context](const Request &request) { return uploadPdf(context, request); });
}

} // namespace nodues::server
