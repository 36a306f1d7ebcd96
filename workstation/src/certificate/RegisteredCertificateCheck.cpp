#include "certificate/RegisteredCertificateCheck.h"

#include "certificate/SigningKey.h"
#include "certificate/SigningLogging.h"
#include "officers/SigningCertificate.h"

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

bool RegisteredCertificateCheck::matches(const SigningKey &key, const std::optional<QString> &registered,
                                         SigningError *error)
{
    if (!registered) {
        qCInfo(lcSigning).noquote() << "The officer profile names no registered DSC; the server checks the upload";
        return true;
    }
    if (registered->isEmpty()) {
        *error = {SigningErrorCode::NotRegistered,
                  tr("No Digital Signature Certificate is registered for you on the server, so it would reject "
                     "every certificate you sign. Ask an administrator to register your DSC, then sign in again."),
                  u"No DSC is registered for the officer"_s};
        return false;
    }

    QString parseError;
    const std::optional<SigningCertificate> certificate = SigningCertificate::parse(key.certificatePem(), &parseError);
    if (!certificate) {
        *error = {SigningErrorCode::NotRegistered,
                  tr("The certificate of %1 cannot be used for signing: %2").arg(key.description(), parseError),
                  parseError};
        return false;
    }
    if (certificate->sha256Fingerprint.compare(*registered, Qt::CaseInsensitive) == 0)
        return true;
    *error = {SigningErrorCode::NotRegistered,
              tr("The DSC of %1 (%2) is not the one registered for you on the server, which would reject every "
                 "certificate signed with it. Sign with your registered DSC. If an administrator has registered "
                 "this one, sign in again so the workstation learns of it.\n\nThis DSC: SHA-256 %3\nRegistered: "
                 "SHA-256 %4")
                  .arg(key.description(), certificate->subject, certificate->sha256Fingerprint, *registered),
              u"Key certificate %1 is not the registered %2"_s.arg(certificate->sha256Fingerprint, *registered)};
    return false;
}

} // namespace nodues::workstation
