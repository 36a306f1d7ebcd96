#include "keychain/CredentialStore.h"

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

QString credentialKey(const QString &serverUrl, const QString &username)
{
    QString server = serverUrl.trimmed();
    while (server.endsWith(u'/'))
        server.chop(1);
    return u"nodues:"_s + server + u':' + username.trimmed().toLower();
}

} // namespace nodues::workstation
