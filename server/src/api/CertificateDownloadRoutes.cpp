#include "api/CertificateDownloadRoutes.h"

#include "Timestamp.h"
#include "api/ApiLogging.h"
#include "api/ConsumerAuthentication.h"
#include "api/ServerContext.h"
#include "certificates/CertificateDelivery.h"
#include "http/ApiError.h"
#include "http/RateLimiter.h"
#include "http/Router.h"

using namespace Qt::Literals::StringLiterals;

namespace nodues::server {

namespace {

Response pdfResponse(const CertificateDownload &download)
{
    Response response;
    response.status = 200;
    response.contentType = "application/pdf"_ba;
    response.body = download.pdf;
    QString fileName = download.certificateNumber;
    fileName.replace(u'/', u'-');
    response.headers.set("Content-Disposition"_ba, "attachment; filename=\""_ba + fileName.toLatin1() + ".pdf\""_ba);
    response.headers.set("Cache-Control"_ba, "no-store"_ba);
    return response;
}

QByteArray htmlEscaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

// A page in Hindi, then English, for a phone browser that opened a link from an SMS.
Response htmlPage(int status, const LocalizedMessage &title, const LocalizedMessage &message)
{
    QByteArray page = "<!DOCTYPE html>\n<html lang=\"hi\"><head><meta charset=\"utf-8\">"
                      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"_ba +
                      htmlEscaped(title.toString(ResponseLanguage::Hindi)) + "</title></head><body>"_ba;
    for (const ResponseLanguage language : {ResponseLanguage::Hindi, ResponseLanguage::English}) {
        page += "<section lang=\""_ba + languageTag(language) + "\"><h1>"_ba +
                htmlEscaped(title.toString(language)) + "</h1><p>"_ba + htmlEscaped(message.toString(language)) +
                "</p></section>"_ba;
    }
    page += "</body></html>\n"_ba;
    Response response;
    response.status = status;
    response.contentType = "text/html; charset=utf-8"_ba;
    response.body = page;
    response.headers.set("Cache-Control"_ba, "no-store"_ba);
    return response;
}

Response downloadForApplicant(ServerContext &context, const Request &request)
{
    Session session;
    Response failure;
    if (!authenticateConsumer(context, request, &session, nullptr, &failure))
        return failure;
    const QString number = request.pathParameter(u"number"_s);
    CertificateDownload download;
    QString error;
    if (!context.certificateDelivery().downloadForApplicant(number, session.consumerMobile, &download, &error))
        return internalErrorResponse(request, error);
    switch (download.status) {
    case DownloadStatus::Ok:
        return pdfResponse(download);
    case DownloadStatus::NotFound:
    case DownloadStatus::Expired:
        return errorResponse(request, 404, u"application_not_found"_s,
                             {"ApiError",
                              QT_TRANSLATE_NOOP("ApiError", "You have no application numbered %1. Check the number "
                                                            "in the SMS you received."),
                              {number.left(60)}});
    case DownloadStatus::NotIssued:
        return errorResponse(request, 409, u"certificate_not_issued"_s,
                             {"ApiError",
                              QT_TRANSLATE_NOOP("ApiError", "The certificate for application %1 has not been issued "
                                                            "yet. You will get an SMS with a download link when it "
                                                            "is."),
                              {number}});
    case DownloadStatus::Rejected:
        return errorResponse(request, 409, u"application_rejected"_s,
                             {"ApiError",
                              QT_TRANSLATE_NOOP("ApiError", "Application %1 was rejected, so no certificate will be "
                                                            "issued for it. Its status shows the reason."),
                              {number}});
    case DownloadStatus::Revoked:
        return errorResponse(request, 410, u"certificate_revoked"_s,
                             {"ApiError",
                              QT_TRANSLATE_NOOP("ApiError", "The certificate %1 was revoked on %2 and can no longer "
                                                            "be downloaded. Contact your distribution centre."),
                              {download.certificateNumber, Timestamp::istDate(download.revokedAt)}});
    }
    return internalErrorResponse(request, u"Unhandled download status"_s);
}

Response downloadByLink(ServerContext &context, const Request &request)
{
    const RateLimiter::Decision decision = context.sessionRequestLimiter().take(request.clientAddress);
    if (!decision.allowed)
        return tooManyRequestsResponse(request, decision);
    CertificateDownload download;
    QString error;
    if (!context.certificateDelivery().downloadByLink(request.pathParameter(u"token"_s), request.method != "HEAD",
                                                      &download, &error))
        return internalErrorResponse(request, error);
    const LocalizedMessage title{"CertificateDownload", QT_TRANSLATE_NOOP("CertificateDownload", "No Dues certificate"),
                                 {}};
    switch (download.status) {
    case DownloadStatus::Ok:
        qCInfo(lcApi).noquote() << "Certificate" << download.certificateNumber << "downloaded by link from"
                                << request.clientAddress;
        return pdfResponse(download);
    case DownloadStatus::NotFound:
    case DownloadStatus::NotIssued:
    case DownloadStatus::Rejected:
        return htmlPage(404, title,
                        {"CertificateDownload",
                         QT_TRANSLATE_NOOP("CertificateDownload", "This download link is not valid. Check that the "
                                                                  "whole link from the SMS was opened, or sign in to "
                                                                  "the portal with your mobile number to download the "
                                                                  "certificate."),
                         {}});
    case DownloadStatus::Expired:
        return htmlPage(410, title,
                        {"CertificateDownload",
                         QT_TRANSLATE_NOOP("CertificateDownload", "This download link expired on %1. Sign in to the "
                                                                  "portal with your mobile number to download the "
                                                                  "certificate of application %2."),
                         {Timestamp::istDate(download.expiredAt), download.applicationNumber}});
    case DownloadStatus::Revoked:
        return htmlPage(410, title,
                        {"CertificateDownload",
                         QT_TRANSLATE_NOOP("CertificateDownload", "The certificate %1 was revoked on %2 and can no "
                                                                  "longer be downloaded. Contact your distribution "
                                                                  "centre."),
                         {download.certificateNumber, Timestamp::istDate(download.revokedAt)}});
    }
    return internalErrorResponse(request, u"Unhandled download status"_s);
}

} // namespace

void addCertificateDownloadRoutes(Router &router, ServerContext &context)
{
    router.get(u"/api/v1/consumer/applications/{number}/certificate"_s,
               [&context](const Request &request) { return downloadForApplicant(context, request); });
    router.get(u"/d/{token}"_s, [&context](const Request &request) { return downloadByLink(context, request); });
    router.addSecretPathPrefix("/d/"_ba);
}

} // namespace nodues::server
