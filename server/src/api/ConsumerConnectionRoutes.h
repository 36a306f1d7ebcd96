#pragma once

namespace nodues::server {

class Router;
class ServerContext;

// Adds the consumer's connection routes (all with Authorization: Bearer). Which connections are
// the consumer's is LinkedConnections' rule (core/src/consumer).
//
// GET /api/v1/consumer/connections: every connection that counts for the signed-in mobile, from
// the latest billing data, each with how it counts and its eligibility checks and verdict:
//   200 {"mobile_masked", "all_eligible", "connections": [{"ivrs", "link", "name", "name_hi",
//        "address", "dc_code", "dc_name", "dc_name_hi", "connection_status", "arrears_paise",
//        "arrears", "bill_date", "refreshed_at", "refreshed_at_ist", "eligible",
//        "checks": [{"check", "title", "passed", "applicable", "reason", "remedy"}]}]}
// link is "billing_mobile", "linked" or "pending_verification". all_eligible is false when the
// list is empty.
//
// POST /api/v1/consumer/connections {"ivrs"}: links a connection.
//   201 the connection object: it was the consumer's own, unlinked earlier (restored), or it has
//       no billing mobile (link "pending_verification", an officer checks it);
//   202 {"challenge_id", "expires_in_seconds", "expires_at", "sent_to_masked"}: it is billed to
//       another mobile, which got an OTP naming the IVRS; confirm with the route below;
//   400 invalid_ivrs, 404 connection_not_found, 409 already_linked or link_refused,
//   429 too_many_requests or too_many_codes_for_link.
//
// POST /api/v1/consumer/connections/{ivrs}/confirm {"challenge_id", "otp"}: 201 the connection
// object (link "linked"), or 401 otp_<status> with attempts_left; a code sent for another IVRS
// or purpose never links.
//
// DELETE /api/v1/consumer/connections/{ivrs}: 204; the connection stops counting (an own
// billing-mobile connection stays recorded as "unlinked"); 404 connection_not_linked.
//
// context must outlive the router.
void addConsumerConnectionRoutes(Router &router, ServerContext &context);

} // namespace nodues::server
