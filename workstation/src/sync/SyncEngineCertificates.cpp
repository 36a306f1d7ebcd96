// The certificate steps of a sync round: upload of the PDFs signed here, download of the PDFs
// published from other PCs (see SyncEngine.h for the rules).

#include "sync/SyncEngine.h"

#include "api/OfficerApiClient.h"
#include "cache/CertificateFiles.h"
#include "cache/LocalCache.h"
#include "sync/SyncLogging.h"

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

namespace {

// As for queued actions: 5xx, 408 and 429 are worth waiting out.
bool isTransient(const ApiResult &result)
{
    return result.httpStatus >= 500 || result.httpStatus == 408 || result.httpStatus == 429;
}

} // namespace

void SyncEngine::pushUploads()
{
    QString error;
    const QList<CertificateFileEntry> due = m_files->pendingUploads(QDateTime::currentDateTimeUtc(), &error);
    if (!error.isEmpty()) {
        qCWarning(lcSyncEngine) << "Could not read the pending certificate uploads:" << error;
        finishRound(false, tr("Could not read the local cache; the log has the reason."));
        return;
    }
    for (const CertificateFileEntry &entry : due) {
        if (!m_triedUploads.contains(entry.number)) {
            sendUpload(entry);
            return;
        }
    }
    pushPrints();
}

void SyncEngine::sendUpload(const CertificateFileEntry &entry)
{
    m_triedUploads.insert(entry.number);
    QString error;
    const std::optional<QByteArray> pdf = m_files->pdf(entry.number, &error);
    if (!pdf) {
        qCWarning(lcSyncEngine) << "Could not read the signed PDF of certificate" << entry.number << ":" << error;
        finishRound(false, tr("Could not read the local cache; the log has the reason."));
        return;
    }

    // The digest of the bytes sent, so a file signed again meanwhile keeps its own state.
    const QString sha256 = CertificateFiles::sha256Hex(*pdf);
    qCInfo(lcSyncEngine).noquote() << "Uploading the signed PDF of certificate" << entry.number
                                   << u"(%1 bytes, try %2)"_s.arg(pdf->size()).arg(entry.attempts + 1);
    m_client->uploadCertificatePdf(
        entry.number, *pdf, this,
        [this, number = entry.number, sha256, attempts = entry.attempts](const ApiResult &result) {
            if (m_files)
                handleUploadAnswer(number, sha256, attempts, result);
        });
}

void SyncEngine::handleUploadAnswer(const QString &number, const QString &sha256, int attempts, const ApiResult &result)
{
    QString error;
    if (result.unreachable()) {
        setOnline(false);
        // Rounds are already spaced out while offline; the file goes again in the next one.
        if (!m_files->markUploadFailed(number, sha256, u"network"_s,
                                       tr("No response from the server; the signed PDF will be uploaded again."), {},
                                       &error))
            qCWarning(lcSyncEngine) << "Could not record the failed upload of" << number << ":" << error;
        emit certificateFilesChanged({number});
        finishRound(false, tr("Cannot reach the server. Working offline; your actions wait in the queue."));
        return;
    }
    setOnline(true);
    if (result.sessionEnded()) {
        // Not the file's fault: it goes again after the next sign-in.
        if (!m_files->markUploadFailed(number, sha256, result.errorCode, result.errorMessage, {}, &error))
            qCWarning(lcSyncEngine) << "Could not record the failed upload of" << number << ":" << error;
        endSession();
        return;
    }

    bool stored = false;
    if (result.ok()) {
        stored = m_files->markUploaded(number, sha256, &error);
        qCInfo(lcSyncEngine).noquote() << "The server published certificate" << number
                                       << u"(%1)"_s.arg(result.body.value(u"status"_s).toString());
    } else if (isTransient(result) && attempts + 1 < m_settings.maxServerErrors) {
        stored = m_files->markUploadFailed(number, sha256, result.errorCode, result.errorMessage,
                                           retryTime(attempts + 1), &error);
        qCInfo(lcSyncEngine) << "Upload of certificate" << number << "deferred after HTTP" << result.httpStatus;
    } else {
        stored = m_files->markUploadRefused(number, sha256, result.errorCode, result.errorMessage, &error);
        qCWarning(lcSyncEngine) << "The server refused the signed PDF of certificate" << number << ": HTTP"
                                << result.httpStatus << result.errorCode;
        // The server may hold another published file for it (certificate_already_published).
        m_downloadsDue = true;
        emit certificateUploadRefused(number, result.errorMessage);
    }
    // Fails also when the officer signed the certificate again while this upload ran; the new
    // file keeps its own state and is sent in a later round.
    if (!stored)
        qCWarning(lcSyncEngine) << "Could not record the upload outcome of" << number << ":" << error;
    emit certificateFilesChanged({number});
    reportPendingUploads();
    pushUploads();
}

void SyncEngine::startDownloads()
{
    if (!m_downloadsDue) {
        finishRound(true, {});
        return;
    }
    QString error;
    QStringList numbers;
    if (!findMissingPdfs(&numbers, &error)) {
        qCWarning(lcSyncEngine) << "Could not list the certificate PDFs to download:" << error;
        finishRound(false, tr("Could not read the local cache; the log has the reason."));
        return;
    }
    m_downloadsDue = false;
    m_downloadQueue = numbers;
    if (!numbers.isEmpty())
        qCInfo(lcSyncEngine) << "Downloading" << numbers.size() << "published certificate PDFs";
    downloadNext();
}

bool SyncEngine::findMissingPdfs(QStringList *numbers, QString *error)
{
    const QList<CachedApplication> applications = m_cache->loadAll(error);
    if (!error->isEmpty())
        return false;
    for (const CachedApplication &application : applications) {
        const bool approved =
            application.status == ApplicationStatus::Approved || application.status == ApplicationStatus::Issued;
        if (!approved || !application.certificate)
            continue;
        const CachedCertificate &certificate = *application.certificate;
        if (!certificate.isPublished() || certificate.revoked)
            continue;
        const std::optional<CertificateFileEntry> entry = m_files->entry(certificate.number, error);
        if (!error->isEmpty())
            return false;
        if (!entry || entry->isRefused())
            numbers->append(certificate.number);
    }
    return true;
}

void SyncEngine::downloadNext()
{
    if (m_downloadQueue.isEmpty()) {
        finishRound(true, {});
        return;
    }
    const QString number = m_downloadQueue.takeFirst();
    m_client->downloadCertificatePdf(
        number, this, [this, number](const ApiResult &result, const QByteArray &pdf, const QString &etag) {
            if (m_files)
                handleDownload(number, result, pdf, etag);
        });
}

void SyncEngine::handleDownload(const QString &number, const ApiResult &result, const QByteArray &pdf,
                                const QString &etag)
{
    if (result.unreachable()) {
        setOnline(false);
        m_downloadsDue = true;
        finishRound(false, tr("Cannot reach the server. Working offline; your actions wait in the queue."));
        return;
    }
    setOnline(true);
    if (result.sessionEnded()) {
        m_downloadsDue = true;
        endSession();
        return;
    }

    QString error;
    if (result.ok()) {
        const QString sha256 = CertificateFiles::sha256Hex(pdf);
        if (!etag.isEmpty() && etag != sha256) {
            // Not the file the server described: tried again in a later round.
            qCWarning(lcSyncEngine) << "The PDF of certificate" << number << "does not match its ETag";
            m_downloadsDue = true;
        } else if (!m_files->storeDownloaded(number, pdf, &error)) {
            qCWarning(lcSyncEngine) << "Could not store the PDF of certificate" << number << ":" << error;
            m_downloadsDue = true;
            finishRound(false, tr("Could not write the local cache; the log has the reason."));
            return;
        } else {
            emit certificateFilesChanged({number});
        }
    } else if (isTransient(result)) {
        qCInfo(lcSyncEngine) << "Download of certificate" << number << "deferred after HTTP" << result.httpStatus;
        m_downloadsDue = true;
    } else {
        // Not published yet, revoked, or no longer this office's: a later page updates the cache.
        qCInfo(lcSyncEngine) << "Certificate" << number << "was not downloaded: HTTP" << result.httpStatus
                             << result.errorCode;
    }
    downloadNext();
}

void SyncEngine::reportPendingUploads()
{
    if (!m_files)
        return;
    const int count = m_files->pendingUploadCount();
    if (count >= 0)
        emit pendingUploadsChanged(count);
}

} // namespace nodues::workstation
