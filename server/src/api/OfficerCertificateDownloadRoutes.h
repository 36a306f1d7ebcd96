#pragma once

namespace nodues::server {

class Router;
class ServerContext;

// Adds the download of published certificate PDFs by officers, so every PC of an office can print
// a certificate that one of them signed.
//
// GET /api/v1/officer/certificates/{number}/pdf (Authorization: Bearer, any officer role). The
// number is percent-encoded in the path, as for the upload. After the 401 and 403 responses of
// authenticateOfficer():
//   - 404 certificate_not_found: no certificate has the number, or its application is outside
//     the caller's jurisdiction. A DC clerk sees the certificates of applications of the clerk's
//     DC, a division officer those of the division's DCs, an administrator every certificate.
//     Like application_not_found, it does not tell another office's number from a missing one;
//   - 404 certificate_not_published: the signed PDF has not been uploaded yet;
//   - 410 certificate_revoked, the consumer download's response to a revoked certificate;
//   - 200 with the PDF (application/pdf, an attachment named after the number), ETag: the
//     quoted lower-case hex SHA-256 of the file (the upload's pdf_sha256), and Cache-Control:
//     private, no-cache. If-None-Match with that ETag (or "*") gets 304 without the body.
// context must outlive the router.
void addOfficerCertificateDownloadRoutes(Router &router, ServerContext &context);

} // namespace nodues::server
