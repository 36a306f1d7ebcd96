#pragma once

namespace nodues::server {

class Router;
class ServerContext;

// Adds the division officer's decisions: approve or reject forwarded applications of the
// division's DCs, one or a batch of up to 200. An OTP sent to the officer's registered mobile
// confirms them. It is bound to the officer, the action and the exact set of application numbers
// with the versions the officer saw.
//
// POST /api/v1/officer/decisions/otp {"action": "approve" | "reject", "applications": [{"number",
// "version"}]}: checks that every application is in the jurisdiction, forwarded and at that
// version, then sends the OTP. 202 {"challenge_id", "expires_in_seconds", "expires_at",
// "sent_to_masked"}; 409 batch_not_ready listing each application that is not, with its code.
//
// POST /api/v1/officer/decisions {the same, "challenge_id", "otp", "idempotency_key",
// "reason_code" (reject), "remarks"}: verifies the OTP, then decides each application on its own.
// A batch reports per application, it is not all-or-nothing: an application that someone changed
// meanwhile, or whose connection now fails a check, is reported in "results" with the code and
// message a single decision would get, and the others go ahead; the OTP is used up either way.
// Approval returns the certificate: number, issue time, and the QR payload signed with the
// company's key, with the verify URL that carries it. 200 {"action", "results": [{"number",
// "outcome": "approved" | "rejected" | <code>, "message", "certificate", "application"}],
// "done", "refused"}; 401 otp_<status> (the try counts; the idempotency key stays unused).
//
// context must outlive the router.
void addOfficerBatchRoutes(Router &router, ServerContext &context);

} // namespace nodues::server
