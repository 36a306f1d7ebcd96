#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace nodues {

// The server's secret keys, each in a key file (see KeyFile) inside one folder that the
// configuration names. Keys are kept out of the database on purpose: someone holding only a
// database dump cannot check OTP guesses against the stored hashes.
//
// Files in the folder:
//   otp-hmac.key  32 bytes, the HMAC-SHA256 key of stored OTP hashes. Replacing it makes every
//                 code sent so far fail to verify, and nothing else.
class ServerSecrets final
{
    Q_DECLARE_TR_FUNCTIONS(ServerSecrets)

public:
    static constexpr auto kOtpHmacKeyFileName = u"otp-hmac.key";
    static constexpr qsizetype kOtpHmacKeySize = 32;

    // Opens the folder, creating it with mode 0700 when missing, and loads each key, creating a
    // missing one. Rejects a folder that the group or other users may write to, because they could
    // replace a key file. Returns nothing and sets error on any failure.
    static std::optional<ServerSecrets> open(const QString &directory, QString *error);

    const QString &directory() const { return m_directory; }
    const QByteArray &otpHmacKey() const { return m_otpHmacKey; }

    // A set of keys for tests that need no files.
    static ServerSecrets fromKeys(const QByteArray &otpHmacKey);

private:
    ServerSecrets() = default;

    QString m_directory;
    QByteArray m_otpHmacKey;
};

} // namespace nodues
