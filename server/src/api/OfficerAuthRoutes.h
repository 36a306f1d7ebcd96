#pragma once

namespace nodues::server {

class Router;
class ServerContext;

// Adds the officers' sign-in routes. Signing in takes two requests:
//
// POST /api/v1/officer/sign-in {"username", "password", "device_name"}: checks the password
// (OfficerAuthenticator: a lockout per username and client address, and per username from all
// addresses) and sends an OTP to the officer's registered mobile. 202 {"challenge_id",
// "expires_in_seconds", "expires_at", "sent_to_masked"}; 401 invalid_credentials (unknown
// username or wrong password, never which); 423 account_locked with Retry-After, for unknown
// usernames too; 403 account_disabled; 400 invalid_device_name; 429.
//
// POST /api/v1/officer/session {"username", "challenge_id", "otp", "device_name"}: 201 {"token",
// "token_type", "expires_at", "absolute_expires_at", "officer": {...}}; the session is bound to
// the officer and the named device. 401 otp_<status>. A code that was not sent for this username
// gets otp_not_found, whether or not the username exists.
//
// DELETE /api/v1/officer/session: signs out (204).
// GET /api/v1/officer/me: the signed-in officer, role, office and the DCs of the jurisdiction.
//
// context must outlive the router.
void addOfficerAuthRoutes(Router &router, ServerContext &context);

} // namespace nodues::server
