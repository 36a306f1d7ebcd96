#pragma once

#include "http/Response.h"

namespace nodues::server {

// Adds the headers every response carries, keeping any the handler set itself:
//   X-Content-Type-Options: nosniff
//   Referrer-Policy: no-referrer
//   X-Frame-Options: DENY
//   Cache-Control: no-store (API answers hold personal data and must not sit in shared caches)
//   Content-Security-Policy: kHtmlContentSecurityPolicy, on text/html responses only
void addSecurityHeaders(Response &response);

// Scripts, styles, images and forms only from this server, no plugins, no framing.
inline constexpr char kHtmlContentSecurityPolicy[] =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

} // namespace nodues::server
