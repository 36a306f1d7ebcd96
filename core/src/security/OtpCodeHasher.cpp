#include "security/OtpCodeHasher.h"

#include "security/SecureRandom.h"

#include <QtEndian>

#include <sodium.h>

using namespace Qt::Literals::StringLiterals;

namespace nodues {

namespace {

void appendField(QByteArray &message, const QByteArray &field)
{
    char length[4];
    qToBigEndian(static_cast<quint32>(field.size()), length);
    message.append(length, sizeof length);
    message.append(field);
}

} // namespace

OtpCodeHasher::OtpCodeHasher(const QByteArray &key)
    : m_key(key)
{
    // A wrong key size is a programming error: ServerSecrets always loads 32 bytes.
    Q_ASSERT(key.size() == crypto_auth_hmacsha256_KEYBYTES);
    m_key.detach();
}

OtpCodeHasher::~OtpCodeHasher()
{
    sodium_memzero(m_key.data(), static_cast<size_t>(m_key.size()));
}

QString OtpCodeHasher::newCode()
{
    return u"%1"_s.arg(SecureRandom::uniform(1000000), kCodeDigits, 10, QChar(u'0'));
}

QByteArray OtpCodeHasher::mac(OtpPurpose purpose, const QString &bindingValue, const QString &code) const
{
    QByteArray message;
    appendField(message, otpPurposeCode(purpose).toUtf8());
    appendField(message, bindingValue.toUtf8());
    appendField(message, code.toUtf8());

    QByteArray result(crypto_auth_hmacsha256_BYTES, Qt::Uninitialized);
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char *>(m_key.constData()),
                                static_cast<size_t>(m_key.size()));
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char *>(message.constData()),
                                  static_cast<unsigned long long>(message.size()));
    crypto_auth_hmacsha256_final(&state, reinterpret_cast<unsigned char *>(result.data()));
    sodium_memzero(&state, sizeof state);
    sodium_memzero(message.data(), static_cast<size_t>(message.size()));
    return result;
}

QString OtpCodeHasher::hash(OtpPurpose purpose, const QString &bindingValue, const QString &code) const
{
    return QString::fromLatin1(mac(purpose, bindingValue, code).toHex());
}

bool OtpCodeHasher::matches(const QString &storedHex, OtpPurpose purpose, const QString &bindingValue,
                            const QString &code) const
{
    const QByteArray computed = mac(purpose, bindingValue, code);
    QByteArray stored = QByteArray::fromHex(storedHex.toLatin1());
    if (stored.size() != computed.size())
        stored = QByteArray(computed.size(), '\0');
    const bool equal =
        sodium_memcmp(stored.constData(), computed.constData(), static_cast<size_t>(computed.size())) == 0;
    return equal && storedHex.size() == 2 * computed.size();
}

} // namespace nodues
