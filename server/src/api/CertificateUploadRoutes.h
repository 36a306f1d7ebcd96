#pragma once

#include <QtGlobal>

namespace nodues::server {

class Router;
class ServerContext;

// Largest signed certificate PDF accepted. A signed one-page certificate is estimated at under
// 100 KB, and the limit leaves room for embedded fonts and a long certificate chain in the signature. It must
// stay below http/body_limit_bytes (1 MiB by default), or the server's own 413 comes first.
inline constexpr qint64 kMaxCertificatePdfBytes = 512 * 1024;

// Adds the upload of signed certificate PDFs by division officers.
//
// PUT /api/v1/officer/certificates/{number}/pdf (Authorization: Bearer, division officer;
// Content-Type: application/pdf; the body is the signed PDF). The number is percent-encoded in
// the path: NDC%2F20302%2F2026-27%2F000123. After the 401 and 403 responses of
// authenticateOfficer(), the checks run in this order:
//   - 415 unsupported_media_type, and 413 pdf_too_large over kMaxCertificatePdfBytes;
//   - 404 certificate_not_found: no certificate has the number, or it is another division's;
//   - 403 not_approving_officer: another officer approved it. Only the approving officer may
//     upload it, because the PDF must carry that officer's signature;
//   - a certificate already published or revoked is answered by CertificateDelivery::publish()
//     without checking the signature again: 200 for the same file (by SHA-256, and no second
//     SMS), 409 certificate_already_published for another file, 409 certificate_revoked;
//   - 409 signing_certificate_missing, signing_certificate_unreadable or
//     signing_certificate_not_valid: the approving officer has no Digital Signature Certificate
//     registered ("nodues-server officer set-certificate"), it cannot be read, or the server's
//     current time is outside its validity;
//   - 422 with a code per PdfSignatureVerifier status (not_pdf, no_signature,
//     several_signatures, signature_dictionary_malformed, byte_range_not_covering_file,
//     wrong_sub_filter, cms_malformed, weak_digest_algorithm, digest_mismatch,
//     signer_not_expected) and the verifier's translated message;
//   - 422 certificate_number_mismatch: the signature dictionary's /Location is not exactly the
//     certificate number. The workstation writes the number there before signing. The verifier
//     parses that dictionary strictly, it is never inside a compressed object stream, and the
//     signature covers its bytes. Page text, by contrast, may be drawn in pieces, and /Reason
//     and /Name are text for people;
//   - 409 application_not_approved when the application is not in status "approved".
// Then CertificateDelivery::publish() stores the PDF, marks the application issued and queues
// the SMS with the download link: 201 with {"number", "application_number", "pdf_sha256",
// "pdf_bytes", "status": "published"}. A repeated upload of the same file gets 200 with the
// same members and "status": "already_published". context must outlive the router.
void addCertificateUploadRoutes(Router &router, ServerContext &context);

} // namespace nodues::server
