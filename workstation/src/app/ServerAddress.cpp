#include "app/ServerAddress.h"

#include <QCoreApplication>
#include <QHostAddress>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)
};

bool isThisComputer(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

ServerAddress refused(const QString &error)
{
    return ServerAddress{QUrl(), error};
}

} // namespace

ServerAddress ServerAddress::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return refused(Tr::tr("Enter the server address, for example https://nodues.example.in."));

    const QString withScheme = trimmed.contains(u"://"_s) ? trimmed : u"https://"_s + trimmed;
    QUrl url(withScheme, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty())
        return refused(Tr::tr("The server address \"%1\" is not a valid address. Enter it as "
                              "https://name-or-IP-address, with :port when the server needs one.")
                           .arg(trimmed));
    if (scheme != u"https"_s && scheme != u"http"_s)
        return refused(Tr::tr("The server address \"%1\" must start with https://.").arg(trimmed));
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return refused(Tr::tr("The server address \"%1\" must not contain a user name, \"?\" or \"#\". "
                              "Enter only https://name-or-IP-address, with :port when the server needs one.")
                           .arg(trimmed));
    if (scheme == u"http"_s && !isThisComputer(url.host()))
        return refused(Tr::tr("The server address \"%1\" starts with http://, which would send your password "
                              "unencrypted. Use https://; http:// is accepted only for a server on this computer.")
                           .arg(trimmed));

    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path);
    url.setScheme(scheme);
    return ServerAddress{url, QString()};
}

} // namespace nodues::workstation
