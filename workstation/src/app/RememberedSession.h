#pragma once

#include "app/OfficerSession.h"

#include <QObject>

#include <functional>

namespace nodues::workstation {

class CredentialStore;
class OfficerApiClient;
class WorkstationSettings;

// Resumes the session that "Remember me" kept in the keychain, and ends sessions.
namespace RememberedSession {

enum class Outcome {
    // The server accepted the token: GET /api/v1/officer/me returned 200.
    Resumed,
    // The check failed without a response or with a 5xx status, so the token is unchecked. The
    // session resumes for offline work with an empty officer object, and the next request checks
    // the token again.
    ResumedOffline,
    // Settings have no remembered sign-in, the server address is not valid, or the keychain
    // has no token under the key.
    NotRemembered,
    // The server refused the token (401 or 403); its keychain entry has been deleted.
    Refused,
    // The keychain could not be read.
    KeychainFailed,
};

using RestoreCallback = std::function<void(Outcome outcome, const OfficerSession &session)>;

// Reads the token of settings' server and last username from credentials and tries it on the
// server. On Resumed and ResumedOffline, api carries the server address and the token;
// otherwise it carries no token. done runs once, in context's lifetime.
void restore(OfficerApiClient &api, CredentialStore &credentials, const WorkstationSettings &settings, QObject *context,
             RestoreCallback done);

// Ends session: sends DELETE /api/v1/officer/session to revoke the token, deletes its keychain
// entry, and clears the token from api. A failed revocation is only logged, because the officer
// must be able to sign out offline. done runs once, in context's lifetime, with ok false when the
// keychain entry could not be deleted.
void signOut(OfficerApiClient &api, CredentialStore &credentials, const OfficerSession &session, QObject *context,
             std::function<void(bool ok)> done);

} // namespace RememberedSession

} // namespace nodues::workstation
