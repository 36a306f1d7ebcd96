#pragma once

#include "officers/Officer.h"

#include <QDateTime>
#include <QString>

namespace nodues {

class Clock;
class WriteTransaction;

enum class RevocationStatus {
    Revoked,
    NotFound,       // no certificate with this number that the officer may revoke
    AlreadyRevoked, // revokedAt is when
    InvalidReason,  // empty, over 300 characters, or with invisible characters
};

struct RevocationResult
{
    RevocationStatus status = RevocationStatus::Revoked;
    QString applicationNumber;
    QDateTime revokedAt; // UTC
};

// Revokes an issued or approved certificate: the verify page and the revocation list show it as
// revoked from then on, and downloads stop. An application still "approved" (its PDF not yet
// published) is closed as rejected, so the applicant can apply again. A division officer revokes certificates of their own
// division, an administrator any certificate; the caller has verified the OTP bound to the
// officer and the certificate in the same transaction. Writes the revocation, an application
// event "certificate_revoked" (so officers' sync sends the application again) and the audit row
// "certificate.revoke". Returns false with error set only on a database failure; on any status
// but Revoked nothing was written.
namespace CertificateRevocation {

// Whether a revocation reason is acceptable: 1 to 300 characters without invisible ones. Callers
// check it before they spend an OTP on the revocation.
bool isValidReason(const QString &reason);

bool revoke(WriteTransaction &transaction, const Clock &clock, const Officer &officer, const QString &certificateNumber,
            const QString &reason, RevocationResult *result, QString *error);

// Whether officer may revoke certificates of divisionCode at all (the role and office rule above).
bool mayRevoke(const Officer &officer, const QString &divisionCode);

} // namespace CertificateRevocation
} // namespace nodues
