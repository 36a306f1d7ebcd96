#pragma once

namespace nodues::server {

class Router;
class ServerContext;

// Adds the consumer's application routes (all with Authorization: Bearer). The form is
// ApplicationForm's JSON (core/src/applications/ApplicationForm.h); docs/api/openapi.yaml has
// every field and answer with examples.
//
// POST /api/v1/consumer/applications/otp {form}: runs every check a submission runs and, when
// they pass, sends the signed-in mobile an OTP bound to this form and the connections it would
// name. 202 {"challenge_id", "expires_in_seconds", "expires_at", "sent_to_masked",
// "content_sha256", "connections"}.
//
// POST /api/v1/consumer/applications {form, "challenge_id", "otp"}: submits.
//   201 the new application; 200 the same application when this content was submitted before
//   (a repeated submit); 409 application_open naming the mobile's other open application.
//
// Refusals shared by both: 400 invalid_application with "problems" [{"field", "message"}];
// 409 no_connections_linked or has_connections; 422 primary_not_linked, unknown_dc or
// connections_not_eligible with "connections" [{"ivrs", "failed_checks"}]; 401 otp_<status>
// (submit only); 429 too_many_requests or too_many_codes_for_application.
//
// GET /api/v1/consumer/applications: 200 {"applications": [...]}, newest first.
// GET /api/v1/consumer/applications/{number}: 200 the application; 404 application_not_found,
// also for another mobile's application. The number contains slashes: send them as %2F.
// GET /api/v1/consumer/dcs: 200 {"dcs": [{"code", "name", "name_hi", "division_code"}]}, the DCs
// a "no connection found" application may name.
//
// context must outlive the router.
void addConsumerApplicationRoutes(Router &router, ServerContext &context);

} // namespace nodues::server
