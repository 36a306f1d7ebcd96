#pragma once

#include "app/OfficerSession.h"

#include <QByteArray>
#include <QString>

namespace nodues::workstation {

class OfficerApiClient;

// Signs an officer in and out for a command-line run, without a window, by the same two steps as
// the sign-in dialog: the password (POST /api/v1/officer/sign-in), then the OTP that the server
// sends to the officer's registered mobile (POST /api/v1/officer/session). The OTP is read with
// readSecret() only after the response to step 1. So it can come from a file or named pipe that
// a script fills after the SMS arrived, or from a line typed at the terminal.
//
// The calls block in a local event loop; use them on a thread without another event loop running.
class CommandSignIn
{
public:
    enum class Outcome {
        SignedIn,
        Unreachable, // no response from the server
        Rejected,    // the server rejected the password, the OTP or the account, or the OTP was not read
    };

    struct Result
    {
        Outcome outcome = Outcome::Rejected;
        OfficerSession session; // with the token and the Officer object when SignedIn
        QString error;          // translated, naming the value concerned; empty when SignedIn
    };

    // Signs username in at api's server. password is wiped before returning. otpSource and
    // otpOption are readSecret()'s source and option name.
    static Result signIn(OfficerApiClient &api, const QString &username, const QString &deviceName, QByteArray password,
                         const QString &otpSource, const QString &otpOption);

    // Ends api's session (DELETE /api/v1/officer/session), so its token stops working at once.
    // Returns false with error (English, for the log) when the server did not confirm it.
    static bool signOut(OfficerApiClient &api, QString *error);
};

} // namespace nodues::workstation
