#pragma once

namespace nodues::server {

class Router;
class ServerContext;

// Adds the public certificate verification, for returning officers and anyone holding a
// certificate; none needs signing in. Every route is rate-limited per client address.
//
// GET /api/v1/public/certificates/{number}[?payload=QR], and GET /verify/{number} with
// Accept: application/json (and without text/html): the number percent-encoded in the path,
// matched after trimming and in upper case. 200 for a certificate found, 404 otherwise, with
//   {"status": "valid" | "revoked" | "not_found", "number", "message",
//    "certificate": null | {"number", "applicant_name", "applicant_name_hi", "applicant_mobile"
//        (masked, "98XXXXX210"), "election": {"kind", "title", "body", "ward"},
//        "connections": [IVRS, ...], "issued_at" (UTC), "issued_at_ist", "issue_date_ist",
//        "pdf_published", "approving_office": {"code", "name", "name_hi"}},
//    "revocation": null | {"revoked_at" (UTC), "revoked_at_ist", "reason"},
//    "qr": null | {"outcome": "valid" | "mismatch" | "bad_signature" | "unknown_key" |
//        "malformed", "key_id", "mismatched_fields": ["issue_date", ...], "message"}}
// plus "error": {"code": "certificate_not_found", "message"} on a 404. "qr" is the check of the
// payload parameter (the QR code's URL fragment): whether its signature is valid under a
// published key and its fields match the registry (CertificateVerification::checkQrPayload()).
//
// GET /verify/{number}[?payload=QR]: the same as a page in Hindi and English (VerifyPage.h).
// GET /verify[?number=N[&payload=QR]]: a form for the number, or N's page. A QR code may hold
// "<public base URL>/verify#<payload>": the page's script then opens the number's page.
//
// GET /api/v1/public/keys: {"algorithm": "Ed25519", "keys": [{"key_id", "created_at", "active",
// "public_key" (32 bytes, unpadded base64url)}]}, oldest first, for offline verifiers.
// GET /api/v1/public/revocations: {"generated_at", "revocations": [{"number", "revoked_at",
// "revoked_at_ist", "reason"}]}, oldest revocation first. context must outlive the router.
void addPublicVerifyRoutes(Router &router, ServerContext &context);

} // namespace nodues::server
