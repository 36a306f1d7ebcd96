#pragma once

#include "ApiTestServer.h"
#include "SignedPdfFixtures.h"
#include "officers/Officer.h"

#include <QString>

namespace nodues::test {

// Stands in for the division officer's approval: the application becomes "approved" and gets a
// certificate row numbered certificateNumber, of the application's division and fiscal year.
// The row is approved by approver at the server clock's current instant. Its QR payload is built
// by QrPayload::build() with the server's signing keys, from the application's name and
// certified connections. Returns the payload; fails the running test on error.
QString insertApprovedCertificate(ApiTestServer &api, const QString &applicationNumber,
                                  const QString &certificateNumber, const Officer &approver);

// Registers the certificate of identity for officer through the core store, as the command
// does; fails the running test on error.
void registerSigningCertificate(ApiTestServer &api, const Officer &officer, const TestSigningIdentity &identity);

// Restarts the test server's listener on a new port with another request body limit, for
// tests that send bodies larger than ApiTestServer::kBodyLimitBytes. The router and context
// stay as they are.
bool restartWithBodyLimit(ApiTestServer &api, qint64 bodyLimitBytes);

// The path of a certificate's upload route, the number percent-encoded.
QByteArray certificateUploadTarget(const QString &certificateNumber);

} // namespace nodues::test
