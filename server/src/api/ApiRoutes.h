#pragma once

#include <QString>

namespace nodues::server {

class Router;
class ServerContext;

// Adds every route that `nodues-server serve` serves: the system routes (/healthz, /api/v1/version)
// and the consumer API. The OpenAPI test builds its router with this same function, so the
// document and the server cannot drift apart. context must outlive the router.
void addApiRoutes(Router &router, ServerContext &context, const QString &serverVersion);

} // namespace nodues::server
