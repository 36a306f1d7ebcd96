#pragma once

#include "certificate/SigningError.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace nodues::workstation {

class SigningKey;

// A check that an unlocked key carries the officer's registered DSC, made before anything is signed.
// The server rejects uploads signed with any other certificate. Used by the Sign action and --sign-batch.
class RegisteredCertificateCheck
{
    Q_DECLARE_TR_FUNCTIONS(RegisteredCertificateCheck)

public:
    // Compares the unlocked key's certificate with registered, OfficerProfile::signingCertificateSha256.
    // Returns false with error (code NotRegistered) when registered is empty or another fingerprint.
    // Returns true when registered is nothing: the profile predates the member, so the server checks.
    static bool matches(const SigningKey &key, const std::optional<QString> &registered, SigningError *error);
};

} // namespace nodues::workstation
