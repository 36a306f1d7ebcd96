#pragma once

#include <QString>

namespace nodues {
class Database;
}

namespace nodues::server {

class Router;

// Adds the routes that describe the service itself:
//   GET /healthz         200 {"status": "ok", "schema_version": N} after a trivial query on this
//                        worker's database connection; 503 {"status": "unavailable", "error": {...}}
//                        when the database cannot be reached or its schema is older than this build's
//   GET /api/v1/version  200 {"name": "nodues-server", "version": serverVersion, "api": "v1",
//                        "schema_version": the newest migration this build knows}
// database must outlive the router.
void addSystemRoutes(Router &router, Database &database, const QString &serverVersion);

} // namespace nodues::server
