#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace nodues {

class Clock;

// The public half of one certificate signing key and its metadata. Nothing here is secret.
struct CertificateSigningKeyInfo
{
    QString keyId;        // 8 base64url characters, see CertificateSigningKeys::keyIdFor()
    QDateTime createdAt;  // UTC, with milliseconds
    bool active = false;  // the key that signs new certificates
    QByteArray publicKey; // 32 bytes, the raw Ed25519 public key
    QString fileName;     // "certificate-signing-20261204T195122.123Z.key"

    // publicKey as unpadded base64url (43 characters), the form that is published.
    QString publicKeyBase64Url() const;
};

// An Ed25519 signature and the id of the key that made it.
struct CertificateSignature
{
    QString keyId;
    QByteArray signature; // 64 bytes
};

// The company's Ed25519 keys that sign the QR payload of each certificate (see QrPayload), kept
// in the server's key folder beside the files of ServerSecrets.
//
// Each key is one file "certificate-signing-<created-at>.key", where <created-at> is the UTC
// creation instant in ISO 8601 basic form with milliseconds ("20261204T195122.123Z"). The file
// contains the 32-byte Ed25519 seed in the KeyFile format, so it has mode 0600, is written
// atomically and is rejected when other users may read it. The public key and the key id are
// derived from the seed, so no other file can disagree with it. The newest key is the active
// one; older keys stay in the folder so certificates they signed still verify. Other files in
// the folder are ignored.
//
// A fresh install has no key: open() does not create one, and sign() fails until an
// administrator runs "nodues-server keys rotate", which creates the first key. open() reads the
// keys once. A process that opened the folder before another process rotated the key does not
// see the new key until it opens the folder again, so it keeps signing with the older key.
//
// Thread safety: the const functions may run on any number of threads at once. rotate() and
// discardRotatedKey() change the object and must not run concurrently with any other call on it.
class CertificateSigningKeys final
{
    Q_DECLARE_TR_FUNCTIONS(CertificateSigningKeys)

public:
    static constexpr qsizetype kSeedSize = 32;
    static constexpr qsizetype kPublicKeySize = 32;
    static constexpr qsizetype kSignatureSize = 64;
    // A key id is the first 6 bytes of SHA-256 over the public key, as base64url: 8 characters
    // with no padding and no unused bits.
    static constexpr qsizetype kKeyIdBytes = 6;
    static constexpr qsizetype kKeyIdLength = 8;

    CertificateSigningKeys(CertificateSigningKeys &&) noexcept;
    CertificateSigningKeys &operator=(CertificateSigningKeys &&) noexcept;
    ~CertificateSigningKeys();

    // Reads every key file in directory. A missing folder gives an empty set, so "keys list" can
    // explain how to create the first key. Returns nothing and sets error when the folder is not a
    // folder or other users may write to it, when any key file is unreadable, open to other users
    // or corrupt, or when two files contain the same key.
    static std::optional<CertificateSigningKeys> open(const QString &directory, QString *error);

    // Creates a new key with clock's current instant as its creation time and makes it the
    // active key; the older keys stay for verification. Creates the folder with mode 0700 when
    // it is missing. Fails with error set when the newest existing key is not older than the
    // current instant (the clock was set back, or another process created a key in the same
    // millisecond), or when the file cannot be written.
    std::optional<CertificateSigningKeyInfo> rotate(const Clock &clock, QString *error);

    // Deletes the key that rotate() on this object just created, for a caller that could not
    // record the rotation (its audit row failed). Refuses any other key: removing a key that
    // signed certificates makes them unverifiable.
    bool discardRotatedKey(const QString &keyId, QString *error);

    // Every key, oldest first.
    QList<CertificateSigningKeyInfo> list() const;
    std::optional<CertificateSigningKeyInfo> activeKey() const;
    // The raw 32-byte public key of keyId.
    std::optional<QByteArray> publicKey(const QString &keyId) const;

    // Signs message with the active key. Fails with error set when no key exists yet.
    std::optional<CertificateSignature> sign(const QByteArray &message, QString *error) const;

    // True when signature is keyId's valid Ed25519 signature of message; false for an unknown key.
    bool verify(const QString &keyId, const QByteArray &message, const QByteArray &signature) const;

    const QString &directory() const { return m_directory; }

    // Checks an Ed25519 signature with a raw 32-byte public key, as an offline verifier does.
    static bool verifySignature(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);

    // The key id of a raw 32-byte public key.
    static QString keyIdFor(const QByteArray &publicKey);

private:
    struct Key;

    CertificateSigningKeys();

    const Key *findKey(const QString &keyId) const;

    QString m_directory;
    std::vector<std::unique_ptr<Key>> m_keys; // oldest first
    QString m_rotatedKeyId;                   // the key rotate() created, if any
};

} // namespace nodues
