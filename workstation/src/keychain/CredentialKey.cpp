#include "keychain/CredentialStore.h"

#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

namespace {

QString withoutTrailingSlash(const QString &serverUrl)
{
    QString server = serverUrl.trimmed();
    while (server.endsWith(u'/'))
        server.chop(1);
    return server;
}

} // namespace

QString credentialKey(const QString &serverUrl, const QString &username)
{
    return u"nodues:"_s + withoutTrailingSlash(serverUrl) + u':' + username.trimmed().toLower();
}

QString pkcs12PassphraseKey(const QString &serverUrl, const QString &username, const QString &filePath)
{
    // The canonical path when the file exists, so "./dsc.p12" and a symbolic link name one entry.
    const QFileInfo file(filePath.trimmed());
    const QString canonical = file.canonicalFilePath();
    return u"nodues-pkcs12:"_s + withoutTrailingSlash(serverUrl) + u':' + username.trimmed().toLower() + u':' +
           (canonical.isEmpty() ? file.absoluteFilePath() : canonical);
}

} // namespace nodues::workstation
