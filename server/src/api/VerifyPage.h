#pragma once

#include "api/PublicVerification.h"
#include "http/Response.h"

#include <QByteArray>
#include <QString>

namespace nodues::server {

// The public verify page, in Hindi and then English, for a phone that scanned a certificate's QR
// code or a person who typed its number.
//
// The page works without script: the server writes the registry's result, and the result for
// a QR payload passed as ?payload=. A browser never sends the URL fragment, so the page carries
// one small inline script. On a certificate's page it reads location.hash and asks the JSON
// route about that payload, then shows the page's prepared paragraph for the outcome. On the
// number form it sends the browser on to the page of the number inside the payload. No text
// comes from the script, so every message is translated on the server.
//
// verification null gives the number form alone (GET /verify). rootPath leads from the page to
// the server's root, "" for /verify and "../" for /verify/{number}: links stay relative, so the
// page also works behind a reverse proxy that adds a path prefix. The status is 404 for a number
// not found, else 200. The response carries its own Content-Security-Policy,
// verifyPageContentSecurityPolicy(), and Vary: Accept.
Response verifyPage(const PublicVerification *verification, const QString &rootPath);

// The policy of the verify pages: the page's one inline script, allowed by its SHA-256 hash,
// requests to this server, and forms sent to it. No styles, images, frames or other scripts.
QByteArray verifyPageContentSecurityPolicy();

} // namespace nodues::server
