#pragma once

namespace nodues::server {

class Router;
class ServerContext;

// Adds GET /api/v1/consumer/connections (Authorization: Bearer): every connection whose billing
// mobile is the signed-in consumer's, from the latest billing data, each with its eligibility
// checks and verdict:
//   200 {"mobile_masked", "all_eligible", "connections": [{"ivrs", "name", "name_hi", "address",
//        "dc_code", "dc_name", "dc_name_hi", "connection_status", "arrears_paise", "arrears",
//        "bill_date", "refreshed_at", "refreshed_at_ist", "eligible",
//        "checks": [{"check", "title", "passed", "applicable", "reason", "remedy"}]}]}
// all_eligible is false when the list is empty. context must outlive the router.
void addConsumerConnectionRoutes(Router &router, ServerContext &context);

} // namespace nodues::server
