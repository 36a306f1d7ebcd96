#include "app/HeadlessSigningRun.h"

#include "Clock.h"
#include "cache/CertificateFiles.h"
#include "cache/LocalCache.h"
#include "certificate/CachedIssuedCertificate.h"
#include "certificate/CertificateDocumentBuilder.h"
#include "certificate/CertificateRenderer.h"
#include "certificate/PadesSigner.h"
#include "certificate/SigningKey.h"
#include "certificate/UnsignedCertificates.h"
#include "sync/SyncController.h"

#include <QEventLoop>
#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcHeadlessSigning, "nodues.app.signing")

namespace nodues::workstation {

HeadlessSigningRun::HeadlessSigningRun(SyncController &sync, OfficerProfile officer, const Clock &clock)
    : m_sync(sync)
    , m_officer(std::move(officer))
    , m_clock(clock)
{
}

HeadlessSigningRun::~HeadlessSigningRun() = default;

HeadlessSigningRun::Round HeadlessSigningRun::waitForRound()
{
    QEventLoop loop;
    Round round;
    QObject::connect(&m_sync, &SyncController::syncFinished, &loop, [&](bool ok, const QString &message) {
        round = {ok, message};
        loop.quit();
    });
    QObject::connect(&m_sync, &SyncController::sessionEnded, &loop, [&] {
        round = {false, tr("The server ended the session of %1 during the sync. Run the command again to sign in "
                           "again.")
                            .arg(m_officer.username)};
        loop.quit();
    });
    loop.exec();
    return round;
}

bool HeadlessSigningRun::waitForSync(QString *error)
{
    const Round round = waitForRound();
    if (!round.ok)
        *error = round.message;
    return round.ok;
}

std::optional<QList<CachedApplication>> HeadlessSigningRun::findUnsigned(QString *error)
{
    LocalCache *cache = m_sync.cache();
    if (!cache) {
        *error = u"Sync is not configured"_s;
        return std::nullopt;
    }
    QString readError;
    const QList<CachedApplication> all = cache->loadAll(&readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return std::nullopt;
    }

    const CertificateFiles files(*cache);
    QList<CachedApplication> unsignedOnes;
    for (const CachedApplication &application : all) {
        if (!application.certificate || !isApprovedBy(application, m_officer.username))
            continue;
        if (needsSignature(application, files.entry(application.certificate->number)))
            unsignedOnes << application;
    }
    return unsignedOnes;
}

std::optional<QByteArray> HeadlessSigningRun::renderUnsigned(const CachedApplication &application, QString *error)
{
    if (!m_renderer) {
        m_renderer = CertificateRenderer::create(error);
        if (!m_renderer)
            return std::nullopt;
    }
    QString reason;
    const std::optional<IssuedCertificate> issued = issuedCertificate(application, &reason);
    if (!issued) {
        qCWarning(lcHeadlessSigning) << "Cannot render the certificate of" << application.number << ":" << reason;
        *error = tr("The cache lacks the details of certificate %1 that the server issued; the next sync fetches "
                    "them. Run the command again later.")
                     .arg(application.certificate->number);
        return std::nullopt;
    }
    const std::optional<CertificateDocument> document = CertificateDocumentBuilder::build(
        application, *issued, m_officer.certificateOfficer(application), m_renderer->text(), error);
    if (!document)
        return std::nullopt;
    return m_renderer->render(*document, error);
}

QList<HeadlessSigningRun::Certificate> HeadlessSigningRun::sign(const QList<CachedApplication> &applications,
                                                                const SigningKey &key)
{
    QList<Certificate> certificates;
    for (const CachedApplication &application : applications) {
        Certificate certificate{application.certificate->number, application.number, State::NotSigned, {}};
        QString error;
        const std::optional<QByteArray> unsignedPdf = renderUnsigned(application, &error);
        if (!unsignedPdf) {
            qCWarning(lcHeadlessSigning) << "Could not render certificate" << certificate.number << ":" << error;
            certificate.message = error;
            certificates << certificate;
            continue;
        }

        SignatureRequest request;
        request.certificateNumber = certificate.number;
        const CertificateOfficer signer = m_officer.certificateOfficer(application);
        request.signer = {signer.name, signer.nameHi, signer.designation, signer.designationHi, m_clock.nowUtc()};
        SigningError signingError;
        const std::optional<QByteArray> signedPdf = PadesSigner::sign(*unsignedPdf, key, request, &signingError);
        if (!signedPdf) {
            qCWarning(lcHeadlessSigning) << "Could not sign certificate" << certificate.number << ":"
                                         << signingError.detail;
            certificate.message = signingError.message;
        } else if (!m_sync.storeSignedCertificate(certificate.number, *signedPdf, &error)) {
            qCWarning(lcHeadlessSigning) << "Could not store the signed certificate" << certificate.number << ":"
                                         << error;
            certificate.message = tr("The signed PDF could not be saved in the cache. Check that the disk has free "
                                     "space, then run the command again.");
        } else {
            qCInfo(lcHeadlessSigning) << "Signed certificate" << certificate.number << "of" << application.number << ","
                                      << signedPdf->size() << "bytes";
            certificate.state = State::Signed;
        }
        certificates << certificate;
    }
    return certificates;
}

void HeadlessSigningRun::waitForUploads(QList<Certificate> *certificates, int maxRounds)
{
    // Reads each signed certificate's upload state from the cache; true while one was not tried yet.
    const auto update = [this, certificates] {
        bool untried = false;
        const CertificateFiles files(*m_sync.cache());
        for (Certificate &certificate : *certificates) {
            if (certificate.state != State::Signed && certificate.state != State::Pending)
                continue;
            const std::optional<CertificateFileEntry> entry = files.entry(certificate.number);
            if (!entry)
                continue;
            if (entry->uploadState == CertificateUploadState::Uploaded) {
                certificate.state = State::Uploaded;
            } else if (entry->isRefused()) {
                certificate.state = State::Rejected;
                certificate.message = entry->uploadErrorMessage;
            } else if (entry->attempts > 0) {
                // After a try without a response or with a server error, the engine waits before the next one.
                certificate.state = State::Pending;
                certificate.message = entry->uploadErrorMessage;
            } else {
                untried = true;
            }
        }
        return untried;
    };

    // A round that was running while the PDFs were stored may have passed the upload step. The
    // round that storeSignedCertificate() requested follows it.
    for (int round = 0; round < maxRounds && update(); ++round) {
        const Round finished = waitForRound();
        if (!finished.ok) {
            update();
            for (Certificate &certificate : *certificates) {
                if (certificate.state == State::Signed) {
                    certificate.state = State::Pending;
                    certificate.message = finished.message;
                }
            }
            return;
        }
        m_sync.syncNow();
    }
    update();
    for (Certificate &certificate : *certificates) {
        if (certificate.state == State::Signed) {
            certificate.state = State::Pending;
            certificate.message = tr("The upload has not started yet.");
        }
    }
}

} // namespace nodues::workstation
