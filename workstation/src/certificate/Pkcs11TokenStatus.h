#pragma once

#include "certificate/SigningError.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace nodues::workstation {

struct Pkcs11KeyLocation;

// What a PKCS#11 token reports about its user PIN before anyone logs in (the CKF_USER_PIN_*
// flags of CK_TOKEN_INFO), so the PIN dialog can warn before a wrong PIN locks the token.
// PKCS#11 has no count of the tries left. A token only reports that few are left, that one is
// left, or that the PIN is locked, and many tokens set none of these flags.
struct Pkcs11TokenStatus
{
    Q_DECLARE_TR_FUNCTIONS(Pkcs11TokenStatus)

public:
    QString label;            // the token's label
    bool pinCountLow = false; // a wrong PIN was typed since the last good one
    bool pinFinalTry = false; // the next wrong PIN locks the token
    bool pinLocked = false;   // the user PIN is locked; only the PUK unlocks it
    bool pinPad = false;      // the PIN is typed on the token's reader (protected authentication path)

    // Loads location's module, finds the token that its URI names and reads the token's flags,
    // without opening a session or logging in. Returns nothing with *error set (translated, as
    // Pkcs11SigningKey::unlock() would report it) when the module cannot be loaded or no
    // matching token is plugged in.
    static std::optional<Pkcs11TokenStatus> read(const Pkcs11KeyLocation &location, SigningError *error);

    // What to tell the officer when pinLocked is set.
    static QString lockedMessage();
};

} // namespace nodues::workstation
