#pragma once

namespace nodues::server {

class Router;
class ServerContext;

// Adds the record of prints that officers' workstations made of a certificate, so another PC of
// the office numbers its next print as a copy.
//
// POST /api/v1/officer/certificates/{number}/prints (Authorization: Bearer, any officer role;
// JSON body {"print_id": UUID, "copy_number": 0.., "printed_at": "2026-12-04T10:10:00.000Z",
// "state": "printed" | "unconfirmed"}). The number is percent-encoded in the path, as for the
// PDF routes. After the 401 and 403 responses of authenticateOfficer(), the checks run in this
// order:
//   - the body (415, 400 as parseJsonObjectBody(); 400 missing_field, invalid_field_type);
//   - 400 invalid_print_id (not a UUID), invalid_copy_number (not a whole number from 0 to
//     CertificatePrints::kMaxCopyNumber), invalid_printed_at (not a UTC instant in the storage
//     form, or more than a day after the server's clock), invalid_print_state;
//   - 404 certificate_not_found: no certificate has the number, or its application is outside
//     the caller's jurisdiction (the rule of the officer's PDF download);
//   - the print id recorded before: 200 with the stored record when everything matches,
//     409 print_id_conflict when the certificate, copy number, time, state or officer differs;
//   - 409 certificate_not_published: the signed PDF is not published yet. A retry after the
//     upload of the PDF succeeds.
// Then CertificatePrints::record() stores it: 201 with the record (schema CertificatePrint). A
// revoked certificate's print is recorded too, with after_revocation true when it is dated at or
// after the revocation. context must outlive the router.
void addCertificatePrintRoutes(Router &router, ServerContext &context);

} // namespace nodues::server
