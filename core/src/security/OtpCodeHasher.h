#pragma once

#include "security/OtpBinding.h"

#include <QByteArray>
#include <QString>

namespace nodues {

// Makes and checks the keyed hash stored for an OTP: HMAC-SHA256 (libsodium
// crypto_auth_hmacsha256) under the server's OTP key, over the purpose code, the binding text and
// the code, each prefixed with its length so no two inputs encode alike.
class OtpCodeHasher final
{
public:
    static constexpr int kCodeDigits = 6;

    // key must be 32 bytes (ServerSecrets::kOtpHmacKeySize).
    explicit OtpCodeHasher(const QByteArray &key);
    ~OtpCodeHasher();
    Q_DISABLE_COPY_MOVE(OtpCodeHasher)

    // A uniformly random code of 6 digits, leading zeros included.
    static QString newCode();

    // The hash as 64 lower-case hex digits.
    QString hash(OtpPurpose purpose, const QString &bindingValue, const QString &code) const;

    // Compares the hash of code with storedHex in constant time (sodium_memcmp). A code of the
    // wrong form is hashed all the same, so it takes as long and simply does not match.
    bool matches(const QString &storedHex, OtpPurpose purpose, const QString &bindingValue, const QString &code) const;

private:
    QByteArray mac(OtpPurpose purpose, const QString &bindingValue, const QString &code) const;

    QByteArray m_key;
};

} // namespace nodues
