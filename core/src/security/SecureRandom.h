#pragma once

#include <QByteArray>
#include <QString>

// Random values and digests for the security core, all from libsodium's CSPRNG.
namespace nodues::SecureRandom {

// Initialises libsodium once per process; returns false when it cannot (no entropy source).
bool ensureSodium();

// count bytes from randombytes_buf.
QByteArray bytes(qsizetype count);

// A number uniformly drawn from 0 to upperBound - 1 (randombytes_uniform, no modulo bias).
quint32 uniform(quint32 upperBound);

// count random bytes as unpadded base64url text: opaque ids and bearer tokens.
QString token(qsizetype count);

// True when text is unpadded base64url of exactly byteCount bytes.
bool isToken(const QString &text, qsizetype byteCount);

// SHA-256 of data as lower-case hex.
QString sha256Hex(const QByteArray &data);

} // namespace nodues::SecureRandom
