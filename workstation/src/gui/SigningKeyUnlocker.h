#pragma once

#include "certificate/SigningKeyConfig.h"

#include <QObject>
#include <QString>

#include <functional>

class QWidget;

namespace nodues::workstation {

class CredentialStore;
class Prompter;
class SigningKey;
class WorkstationSettings;

// Unlocks the officer's signing key once for a batch of certificates. The PinDialog runs through
// the Prompter:
//   PKCS#11   reads the token's PIN flags, then requests the PIN. The PIN is never stored.
//   PKCS#12   tries the passphrase kept in the keychain when the settings allow keeping it, else
//             asks. A passphrase that opened the file is kept (key pkcs12PassphraseKey()) when
//             the officer ticked "remember"; when not, any kept one is deleted.
// A wrong PIN or passphrase asks again with the reason shown; Cancel ends without unlocking.
// Another failure (token missing or locked, file unreadable) is shown with Prompter::warn() and
// ends the attempt. A keychain that fails to keep or delete a passphrase does not stop signing:
// the officer gets a modeless warning (Prompter::warnModeless()). No PIN or passphrase reaches a
// log.
class SigningKeyUnlocker final : public QObject
{
    Q_OBJECT

public:
    struct Services
    {
        Prompter &prompter;
        // Null: no passphrase is kept, and the "remember" box is not offered.
        CredentialStore *credentials = nullptr;
        WorkstationSettings &settings;
        QString serverUrl; // with username, names the keychain entry of the passphrase
        QString username;
    };

    // Called once: true with the key unlocked, false when the officer cancelled or the key
    // cannot be used (the reason was shown).
    using Done = std::function<void(bool unlocked)>;

    SigningKeyUnlocker(Services services, QWidget *window);

    // Unlocks key, made from config, to sign certificateCount certificates. done runs before
    // unlock() returns, except for a PKCS#12 file whose passphrase may be kept, because the
    // keychain returns it through the event loop.
    void unlock(SigningKey &key, const SigningKeyConfig &config, int certificateCount, Done done);
    // Deletes the passphrase kept for pkcs12File, for example when the officer unticks
    // "remember" in Settings. Returns at once. A failure shows a modeless warning when the
    // keychain reports it.
    void forgetPassphrase(const QString &pkcs12File);

private:
    void tryKeptPassphrase(const QString &passphrase);
    void ask(const QString &previousError);
    void keepOrForget(const QByteArray &passphrase, bool remember);
    void remove(const QString &pkcs12File);
    void finish(bool unlocked);
    QString passphraseKey() const;
    QString keyName() const;

    Services m_services;
    QWidget *m_window;

    SigningKey *m_key = nullptr;
    SigningKeyConfig m_config;
    int m_certificateCount = 0;
    Done m_done;
};

} // namespace nodues::workstation
