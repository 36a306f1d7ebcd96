#pragma once

#include <QString>
#include <QUrl>

namespace nodues::workstation {

// The outcome of checking a server address that an officer typed.
struct ServerAddress
{
    // The base URL without a trailing slash, for example "https://nodues.example.in"; empty
    // when the text was refused.
    QUrl url;
    // Why the text was refused, translated and naming the text; empty when it was accepted.
    QString error;

    bool ok() const { return error.isEmpty(); }

    // Checks text as a server address. Without a scheme, https:// is assumed. Refuses anything
    // but an http or https URL with a host and no user name, query or fragment, and refuses
    // http:// for any host but this computer (localhost, 127.0.0.0/8, ::1), because the password
    // and the session token would cross the network unencrypted.
    static ServerAddress parse(const QString &text);
};

} // namespace nodues::workstation
