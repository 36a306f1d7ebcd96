#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace nodues::workstation {

// A signed-in officer: what the main window needs to work for them.
struct OfficerSession
{
    // The server's base URL, normalized by ServerAddress::parse().
    QUrl serverUrl;
    QString username;
    // The bearer token; it lives in memory, and in the keychain only when remembered.
    QString token;
    // The name this PC gave the server for the session.
    QString deviceName;
    // The Officer object of GET /api/v1/officer/me or of the sign-in response (role, office,
    // dc_codes). Empty when a remembered session was resumed while the server was unreachable.
    QJsonObject officer;
    // Whether the token is kept in the keychain under credentialKey(serverUrl, username).
    bool remembered = false;
};

} // namespace nodues::workstation
