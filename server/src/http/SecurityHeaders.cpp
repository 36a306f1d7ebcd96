#include "http/SecurityHeaders.h"

using namespace Qt::Literals::StringLiterals;

namespace nodues::server {

void addSecurityHeaders(Response &response)
{
    response.headers.setIfAbsent("X-Content-Type-Options"_ba, "nosniff"_ba);
    response.headers.setIfAbsent("Referrer-Policy"_ba, "no-referrer"_ba);
    response.headers.setIfAbsent("X-Frame-Options"_ba, "DENY"_ba);
    response.headers.setIfAbsent("Cache-Control"_ba, "no-store"_ba);
    if (response.contentType.trimmed().toLower().startsWith("text/html"))
        response.headers.setIfAbsent("Content-Security-Policy"_ba, QByteArray(kHtmlContentSecurityPolicy));
}

} // namespace nodues::server
