#include "security/SecureRandom.h"

#include <QCryptographicHash>

#include <sodium.h>

namespace nodues::SecureRandom {

bool ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

QByteArray bytes(qsizetype count)
{
    // When sodium_init() fails the random source may be unusable, and continuing could hand out
    // predictable keys and tokens, so the process stops.
    if (!ensureSodium())
        qFatal("libsodium could not be initialised; no secure random numbers are available");
    QByteArray result(count, Qt::Uninitialized);
    randombytes_buf(result.data(), static_cast<size_t>(count));
    return result;
}

quint32 uniform(quint32 upperBound)
{
    if (!ensureSodium())
        qFatal("libsodium could not be initialised; no secure random numbers are available");
    return randombytes_uniform(upperBound);
}

QString token(qsizetype count)
{
    return QString::fromLatin1(bytes(count).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool isToken(const QString &text, qsizetype byteCount)
{
    // Unpadded base64 of n bytes is ceil(4n / 3) characters.
    const qsizetype expectedLength = (4 * byteCount + 2) / 3;
    if (text.size() != expectedLength)
        return false;
    for (const QChar character : text) {
        const char16_t c = character.unicode();
        const bool allowed =
            (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_';
        if (!allowed)
            return false;
    }
    const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::Base64UrlEncoding |
                                                                             QByteArray::AbortOnBase64DecodingErrors);
    return decoded && decoded.decoded.size() == byteCount;
}

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

} // namespace nodues::SecureRandom
