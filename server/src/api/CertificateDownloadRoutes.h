#pragma once

namespace nodues::server {

class Router;
class ServerContext;

// Adds the certificate downloads (CertificateDelivery in core/src/certificates).
//
// GET /api/v1/consumer/applications/{number}/certificate (Authorization: Bearer): the signed PDF
// of the signed-in consumer's application. 404 application_not_found (also for another mobile's
// application), 409 certificate_not_issued, 410 certificate_revoked.
//
// GET /d/{token}: the link of the "certificate ready" SMS, without signing in; opened on a phone,
// so a failure is a short bilingual HTML page: 404 for an unknown link, 410 for an expired link
// or a revoked certificate. Rate-limited per client address.
//
// Both send the PDF as an attachment named after the certificate number, with
// Cache-Control: no-store. context must outlive the router.
void addCertificateDownloadRoutes(Router &router, ServerContext &context);

} // namespace nodues::server
