#include "certificate/UnsignedCertificates.h"

#include "cache/CachedApplication.h"

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

bool isApprovedBy(const CachedApplication &application, const QString &username)
{
    for (auto event = application.events.crbegin(); event != application.events.crend(); ++event) {
        if (event->event == u"approved"_s)
            return event->actor.compare(u"officer:"_s + username, Qt::CaseInsensitive) == 0;
    }
    return false;
}

bool needsSignature(const CachedApplication &application, const std::optional<CertificateFileEntry> &storedPdf)
{
    if (application.status != ApplicationStatus::Approved || !application.certificate)
        return false;
    if (application.certificate->revoked || application.certificate->isPublished())
        return false;
    return !storedPdf || storedPdf->isRefused();
}

} // namespace nodues::workstation
