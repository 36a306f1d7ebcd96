#pragma once

#include <QString>

namespace nodues {

// Rules of the application workflow that an administrator may change ([applications] in the
// server configuration).
struct ApplicationSettings
{
    // The Election Commission asks for a No Dues certificate within 48 hours of the request.
    int slaHours = 48;
    // Days a certificate's download link in the "certificate ready" SMS keeps working.
    int downloadLinkDays = 30;
    // The public https:// address of the server, for links in SMS ("https://nodues.example.in").
    // Its domain must be in sms/link_domains. Empty: no certificate can be published.
    QString publicBaseUrl;
};

} // namespace nodues
