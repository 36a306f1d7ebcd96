#include "app/RememberedSession.h"

#include "api/OfficerApiClient.h"
#include "app/ServerAddress.h"
#include "app/WorkstationSettings.h"
#include "keychain/CredentialStore.h"

#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcSession, "nodues.gui.session")

namespace nodues::workstation::RememberedSession {

namespace {

void checkToken(OfficerApiClient &api, CredentialStore &credentials, OfficerSession session, const QString &key,
                QObject *context, RestoreCallback done)
{
    api.setServerUrl(session.serverUrl);
    api.setToken(session.token);
    api.me(context, [&api, &credentials, session, key, context, done](const ApiResult &result) mutable {
        if (result.ok()) {
            session.officer = result.body;
            qCInfo(lcSession).noquote() << "Resumed the remembered session of" << session.username;
            done(Outcome::Resumed, session);
            return;
        }
        if (result.unreachable() || result.httpStatus >= 500) {
            qCWarning(lcSession).noquote()
                << "Could not check the remembered session of" << session.username << "- status" << result.httpStatus
                << result.networkError << "; working offline";
            done(Outcome::ResumedOffline, session);
            return;
        }

        // The server refused the token: it expired, was revoked, or its officer was disabled.
        qCInfo(lcSession).noquote() << "The server refused the remembered session of" << session.username << "- status"
                                    << result.httpStatus << result.errorCode;
        api.setToken(QString());
        session.token.clear();
        credentials.remove(key, context, [session, done](bool, const QString &) { done(Outcome::Refused, session); });
    });
}

} // namespace

void restore(OfficerApiClient &api, CredentialStore &credentials, const WorkstationSettings &settings, QObject *context,
             RestoreCallback done)
{
    api.setToken(QString());
    const ServerAddress address = ServerAddress::parse(settings.serverUrl());
    OfficerSession session;
    session.serverUrl = address.url;
    session.username = settings.lastUsername();
    session.deviceName = settings.deviceName();
    session.remembered = true;
    if (!settings.rememberMe() || !address.ok() || session.username.isEmpty()) {
        QMetaObject::invokeMethod(
            context, [done, session] { done(Outcome::NotRemembered, session); }, Qt::QueuedConnection);
        return;
    }

    const QString key = credentialKey(address.url.toString(), session.username);
    credentials.read(key, context,
                     [&api, &credentials, session, key, context, done](bool ok, const QString &secret,
                                                                       const QString &error) mutable {
                         if (!ok) {
                             qCWarning(lcSession).noquote() << "Could not read the remembered session:" << error;
                             done(Outcome::KeychainFailed, session);
                             return;
                         }
                         if (secret.isEmpty()) {
                             done(Outcome::NotRemembered, session);
                             return;
                         }
                         session.token = secret;
                         checkToken(api, credentials, session, key, context, done);
                     });
}

void signOut(OfficerApiClient &api, CredentialStore &credentials, const OfficerSession &session, QObject *context,
             std::function<void(bool ok)> done)
{
    const QString key = credentialKey(session.serverUrl.toString(), session.username);
    const QString username = session.username;
    api.signOut(context, [&api, &credentials, key, username, context, done](const ApiResult &result) {
        if (!result.ok()) {
            qCWarning(lcSession).noquote() << "The server did not confirm the sign-out of" << username << "- status"
                                           << result.httpStatus << result.errorCode << result.networkError;
        }
        api.setToken(QString());
        credentials.remove(key, context, [username, done](bool ok, const QString &error) {
            if (!ok)
                qCWarning(lcSession).noquote() << "Could not delete the keychain entry of" << username << "-" << error;
            else
                qCInfo(lcSession).noquote() << "Signed out" << username;
            done(ok);
        });
    });
}

} // namespace nodues::workstation::RememberedSession
