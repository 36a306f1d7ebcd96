#pragma once

#include "certificate/IssuedCertificate.h"

#include <QString>

#include <optional>

namespace nodues::workstation {

struct CachedApplication;

// Returns the certificate the server issued for application, read from its cached copy. The
// officer view's certificate carries issued_at, qr_payload and verify_url, so a workstation that
// did not approve it can render and print it after a sync.
//
// Returns nothing, with reason (English, for the log) when given, when the application has no
// certificate, when the issue instant is unknown, or when the server sent no QR payload (a
// certificate approved before payloads were stored). Revocation is not checked: the caller
// decides whether a revoked certificate may be shown (CachedCertificate::revoked).
std::optional<IssuedCertificate> issuedCertificate(const CachedApplication &application, QString *reason = nullptr);

} // namespace nodues::workstation
