#pragma once

namespace nodues::server {

class Router;
class ServerContext;

// Adds the consumer's sign-in routes:
//   POST   /api/v1/consumer/otp      {"mobile"} -> 202 {"challenge_id", "expires_in_seconds", "expires_at",
//                                     "mobile_masked"}; the same response for every valid mobile
//   POST   /api/v1/consumer/session  {"challenge_id", "otp"} -> 201 {"token", "token_type", "expires_at",
//                                     "expires_at_ist", "absolute_expires_at", "mobile_masked"}
//   DELETE /api/v1/consumer/session  Authorization: Bearer -> 204; the token is dead afterwards
// context must outlive the router.
void addConsumerAuthRoutes(Router &router, ServerContext &context);

} // namespace nodues::server
