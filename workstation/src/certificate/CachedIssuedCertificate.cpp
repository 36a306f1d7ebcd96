#include "certificate/CachedIssuedCertificate.h"

#include "cache/CachedApplication.h"

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

std::optional<IssuedCertificate> issuedCertificate(const CachedApplication &application, QString *reason)
{
    QString problem;
    if (!application.certificate)
        problem = u"Application %1 has no certificate"_s.arg(application.number);
    else if (!application.certificate->issuedAt.isValid())
        problem = u"The cached certificate of %1 has no issue time"_s.arg(application.number);
    else if (application.certificate->qrPayload.isEmpty() || application.certificate->verifyUrl.isEmpty())
        problem = u"The server sent no QR payload for certificate %1"_s.arg(application.certificate->number);
    if (!problem.isEmpty()) {
        if (reason)
            *reason = problem;
        return std::nullopt;
    }

    const CachedCertificate &certificate = *application.certificate;
    IssuedCertificate issued;
    issued.number = certificate.number;
    issued.issuedAt = certificate.issuedAt;
    issued.qrPayload = certificate.qrPayload;
    issued.verifyUrl = certificate.verifyUrl;
    return issued;
}

} // namespace nodues::workstation
