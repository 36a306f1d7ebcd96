#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace nodues::workstation {

// Where "Remember me" keeps an officer's session token: never the password. Entries are named by
// server and officer (credentialKey), so two servers or two officers on one PC do not mix.
// The operations are asynchronous because the keychain daemon answers over D-Bus; each callback
// runs once, on the thread that called, in the context object's lifetime.
class CredentialStore
{
public:
    virtual ~CredentialStore() = default;

    // ok false with error (English, for the log) when the keychain failed; a missing entry is
    // ok with an empty secret.
    using ReadCallback = std::function<void(bool ok, const QString &secret, const QString &error)>;
    using WriteCallback = std::function<void(bool ok, const QString &error)>;

    virtual void read(const QString &key, QObject *context, ReadCallback done) = 0;
    virtual void write(const QString &key, const QString &secret, QObject *context, WriteCallback done) = 0;
    // Deleting a missing entry is ok.
    virtual void remove(const QString &key, QObject *context, WriteCallback done) = 0;
};

// "nodues:<server URL without trailing slash>:<username>", the key of an officer's token.
QString credentialKey(const QString &serverUrl, const QString &username);

// "nodues-pkcs12:<server URL without trailing slash>:<username>:<absolute file path>", the key of
// the passphrase of an officer's PKCS#12 file, kept only at the officer's request. The file is part
// of the key, so choosing another file never offers the old file's passphrase.
QString pkcs12PassphraseKey(const QString &serverUrl, const QString &username, const QString &filePath);

} // namespace nodues::workstation
