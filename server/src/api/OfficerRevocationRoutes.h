#pragma once

namespace nodues::server {

class Router;
class ServerContext;

// Adds certificate revocation by a division officer (certificates of their division) or an
// administrator (any certificate), confirmed by an OTP sent to the officer's registered mobile and
// bound to the officer and the certificate number (CertificateRevocation in core).
//
// POST /api/v1/officer/certificates/{number}/revoke/otp: 202 {"challenge_id", "expires_in_seconds",
// "expires_at", "sent_to_masked"}; 404 certificate_not_found (also another division's); 409
// already_revoked.
// POST /api/v1/officer/certificates/{number}/revoke {"reason", "challenge_id", "otp",
// "idempotency_key"}: 200 {"certificate": {"number", "application_number", "revoked_at",
// "revoked_at_ist", "reason"}}; 401 otp_<status>; 404; 409 already_revoked; 422 invalid_reason.
//
// context must outlive the router.
void addOfficerRevocationRoutes(Router &router, ServerContext &context);

} // namespace nodues::server
