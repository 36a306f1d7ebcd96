#pragma once

#include "keychain/CredentialStore.h"

namespace nodues::workstation {

// Keeps session tokens in the operating system's keychain through QtKeychain: the Secret
// Service (gnome-keyring and others, through libsecret) or KWallet on Linux, the Credential
// Manager on Windows. Every entry belongs to the service "nodues-workstation"; its key is
// credentialKey(server, username).
class QtKeychainCredentialStore final : public CredentialStore
{
public:
    static constexpr const char *kServiceName = "nodues-workstation";

    void read(const QString &key, QObject *context, ReadCallback done) override;
    void write(const QString &key, const QString &secret, QObject *context, WriteCallback done) override;
    void remove(const QString &key, QObject *context, WriteCallback done) override;
};

} // namespace nodues::workstation
