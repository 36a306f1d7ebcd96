#include "api/OfficerCertificateDownloadRoutes.h"

#include "Timestamp.h"
#include "api/ApiLogging.h"
#include "api/ConsumerAuthentication.h"
#include "api/OfficerAuthentication.h"
#include "api/ServerContext.h"
#include "http/ApiError.h"
#include "http/Router.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace nodues::server {

namespace {

const QList<OfficerRole> kReaders{OfficerRole::Clerk, OfficerRole::DivisionOfficer, OfficerRole::Admin};

// A certificate as the download needs it.
struct StoredCertificate
{
    QString dcCode; // of its application
    QByteArray pdf; // empty before publication
    QString pdfSha256;
    bool published = false;
    QDateTime revokedAt; // invalid unless revoked
};

std::optional<StoredCertificate> findCertificate(Database &database, const QString &number, QString *error)
{
    error->clear();
    QSqlDatabase db = database.connection(error);
    if (!db.isOpen())
        return std::nullopt;
    QSqlQuery query(db);
    if (!execPrepared(query,
                      u"SELECT a.dc_code, c.pdf, c.pdf_sha256, c.published_at, c.revoked_at FROM certificate c"
                      " JOIN application a ON a.id = c.application_id WHERE c.number = :number"_s,
                      {{u"number"_s, number}}, error))
        return std::nullopt;
    if (!query.next())
        return std::nullopt;
    StoredCertificate certificate;
    certificate.dcCode = query.value(0).toString();
    certificate.published = !query.value(3).isNull();
    if (certificate.published) {
        certificate.pdf = query.value(1).toByteArray();
        certificate.pdfSha256 = query.value(2).toString();
    }
    if (!query.value(4).isNull())
        certificate.revokedAt = Timestamp::fromStorage(query.value(4).toString());
    return certificate;
}

// True when the If-None-Match header lists etag (quoted) or "*".
bool matchesIfNoneMatch(const QByteArray &header, const QByteArray &etag)
{
    for (const QByteArray &item : header.split(',')) {
        QByteArray tag = item.trimmed();
        if (tag.startsWith("W/"))
            tag = tag.mid(2);
        if (tag == "*" || tag == etag)
            return true;
    }
    return false;
}

Response pdfResponse(const Request &request, const QString &number, const StoredCertificate &certificate)
{
    const QByteArray etag = '"' + certificate.pdfSha256.toLatin1() + '"';
    Response response;
    response.headers.set("ETag"_ba, etag);
    // Officers' PDFs hold personal data: no shared cache, and a private one revalidates.
    response.headers.set("Cache-Control"_ba, "private, no-cache"_ba);
    if (matchesIfNoneMatch(request.header("If-None-Match"_ba), etag)) {
        response.status = 304;
        return response;
    }
    response.status = 200;
    response.contentType = "application/pdf"_ba;
    response.body = certificate.pdf;
    QString fileName = number;
    fileName.replace(u'/', u'-');
    response.headers.set("Content-Disposition"_ba, "attachment; filename=\""_ba + fileName.toLatin1() + ".pdf\""_ba);
    return response;
}

Response downloadPdf(ServerContext &context, const Request &request)
{
    OfficerCaller caller;
    Response failure;
    if (!authenticateOfficer(context, request, kReaders, &caller, &failure))
        return failure;
    const QString number = request.pathParameter(u"number"_s);

    QString error;
    const std::optional<StoredCertificate> certificate = findCertificate(context.database(), number, &error);
    if (!error.isEmpty())
        return internalErrorResponse(request, error);
    if (!certificate || !caller.jurisdiction.coversCertificateOfDc(certificate->dcCode)) {
        return errorResponse(request, 404, u"certificate_not_found"_s,
                             {"ApiError",
                              QT_TRANSLATE_NOOP("ApiError", "No certificate numbered %1 belongs to an application "
                                                            "of your office. Check the number, or sync to refresh "
                                                            "your queue."),
                              {number.left(60)}});
    }

    // Like the consumer download: not yet published first, then revoked.
    if (!certificate->published) {
        return errorResponse(request, 404, u"certificate_not_published"_s,
                             {"ApiError",
                              QT_TRANSLATE_NOOP("ApiError", "The signed PDF of certificate %1 has not been uploaded "
                                                            "yet. The approving division officer's workstation "
                                                            "uploads it after signing."),
                              {number}});
    }
    if (certificate->revokedAt.isValid()) {
        return errorResponse(request, 410, u"certificate_revoked"_s,
                             {"ApiError",
                              QT_TRANSLATE_NOOP("ApiError", "Certificate %1 was revoked on %2 IST and can no "
                                                            "longer be downloaded or printed."),
                              {number, Timestamp::istDateTime(certificate->revokedAt)}});
    }
    qCInfo(lcApi).noquote() << "Officer" << caller.officer.username << "downloaded the signed PDF of certificate"
                            << number;
    return pdfResponse(request, number, *certificate);
}

} // namespace

void addOfficerCertificateDownloadRoutes(Router &router, ServerContext &context)
{
    router.get(u"/api/v1/officer/certificates/{number}/pdf"_s,
               [&context](const Request &request) { return downloadPdf(context, request); });
}

} // namespace nodues::server
