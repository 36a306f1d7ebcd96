#pragma once

namespace nodues::server {

class Router;
class ServerContext;

// Adds the officers' application routes (Authorization: Bearer with an officer's session).
//
// GET /api/v1/officer/sync?after=<cursor>&limit=<1..500, default 100>: the applications of the
// caller's jurisdiction changed after the cursor, in change order: 200 {"changes": [...],
// "next_cursor", "has_more", "server_time"}. The cursor is the change_seq of the last change
// seen, 0 at first. The change sequence is handed out in commit order (ChangeSequence), so a page
// never skips a change that commits later. A cursor above the newest change gets 410
// cursor_unknown: start again from 0.
//
// Clerk decisions on a submitted application of the clerk's DC, each with {"version",
// "idempotency_key", "remarks"}:
//   POST /api/v1/officer/applications/{number}/forward
//   POST /api/v1/officer/applications/{number}/reject          + "reason_code"
//   POST /api/v1/officer/applications/{number}/links/{ivrs}/confirm
//   POST /api/v1/officer/applications/{number}/links/{ivrs}/refuse
// 200 {"application"}; 409 stale_version or wrong_state with the current "application"; 422
// connections_not_eligible (forward re-checks the latest billing data), links_pending,
// invalid_reason, invalid_remarks, link_not_pending, primary_link; 404 application_not_found
// (also outside the jurisdiction). A repeated idempotency key with the same request returns the
// first answer with Idempotent-Replay: true and changes nothing; with another request, 422
// idempotency_key_reused.
//
// GET /api/v1/officer/rejection-reasons: the fixed list, with texts in both languages.
//
// context must outlive the router.
void addOfficerApplicationRoutes(Router &router, ServerContext &context);

} // namespace nodues::server
