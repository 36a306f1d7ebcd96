#pragma once

#include <QByteArray>
#include <QString>

namespace nodues::PasswordHasher {

// Cost of Argon2id. Interactive is libsodium's OPSLIMIT/MEMLIMIT_INTERACTIVE (2 passes, 64 MiB);
// Moderate is 3 passes over 256 MiB. Sign-ins are rare enough for Moderate on a server, but it
// takes about a second per hash, so tests and demos use Interactive.
enum class Cost { Interactive, Moderate };

// Hashes a password with Argon2id (libsodium crypto_pwhash_str) into the self-describing
// "$argon2id$v=19$m=...,t=...,p=1$salt$hash" form, with a fresh random salt.
// Returns an empty string and sets error only when libsodium cannot allocate its memory.
QString hash(const QByteArray &password, Cost cost, QString *error);

// Checks a password against a stored hash in constant time with respect to the password.
bool verify(const QString &storedHash, const QByteArray &password);

// True when the stored hash was made with a lower cost than asked, so it should be replaced at
// the next successful sign-in.
bool needsRehash(const QString &storedHash, Cost cost);

// Checks an officer password against the policy: 10 to 128 characters, not the username, not a
// single repeated character, with at least one letter and one character that is not a letter. Returns false and sets reason (translated) otherwise.
bool meetsPolicy(const QString &password, const QString &username, QString *reason);

} // namespace nodues::PasswordHasher
