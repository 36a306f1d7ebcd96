#include "officers/PasswordHasher.h"

#include <QCoreApplication>

#include <sodium.h>

using namespace Qt::Literals::StringLiterals;

namespace nodues::PasswordHasher {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PasswordHasher)
};

bool ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

unsigned long long opsLimit(Cost cost)
{
    return cost == Cost::Moderate ? crypto_pwhash_OPSLIMIT_MODERATE : crypto_pwhash_OPSLIMIT_INTERACTIVE;
}

size_t memLimit(Cost cost)
{
    return cost == Cost::Moderate ? crypto_pwhash_MEMLIMIT_MODERATE : crypto_pwhash_MEMLIMIT_INTERACTIVE;
}

} // namespace

QString hash(const QByteArray &password, Cost cost, QString *error)
{
    if (!ensureSodium()) {
        *error = Tr::tr("Could not initialise libsodium.");
        return {};
    }
    char output[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(output, password.constData(), static_cast<unsigned long long>(password.size()),
                              opsLimit(cost), memLimit(cost), crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        *error = Tr::tr("Could not hash the password: Argon2id ran out of memory.");
        return {};
    }
    const QString result = QString::fromLatin1(output);
    sodium_memzero(output, sizeof output);
    return result;
}

bool verify(const QString &storedHash, const QByteArray &password)
{
    if (!ensureSodium() || !storedHash.startsWith(u"$argon2id$"_s))
        return false;
    const QByteArray stored = storedHash.toLatin1();
    return crypto_pwhash_str_verify(stored.constData(), password.constData(),
                                    static_cast<unsigned long long>(password.size()))
        == 0;
}

bool needsRehash(const QString &storedHash, Cost cost)
{
    if (!ensureSodium())
        return false;
    const QByteArray stored = storedHash.toLatin1();
    return crypto_pwhash_str_needs_rehash(stored.constData(), opsLimit(cost), memLimit(cost)) != 0;
}

bool meetsPolicy(const QString &password, const QString &username, QString *reason)
{
    const qsizetype length = password.size();
    if (length < 10) {
        *reason = Tr::tr("The password is too short: use at least 10 characters.");
        return false;
    }
    if (length > 128) {
        *reason = Tr::tr("The password is too long: use at most 128 characters.");
        return false;
    }
    if (password.compare(username, Qt::CaseInsensitive) == 0) {
        *reason = Tr::tr("The password must not be the username.");
        return false;
    }
    if (password.count(password.front()) == length) {
        *reason = Tr::tr("The password must not repeat one character.");
        return false;
    }
    bool hasLetter = false;
    bool hasOther = false;
    for (const QChar character : password) {
        if (character.isLetter())
            hasLetter = true;
        else
            hasOther = true;
    }
    if (!hasLetter || !hasOther) {
        *reason = Tr::tr("The password needs both letters and digits or symbols.");
        return false;
    }
    return true;
}

} // namespace nodues::PasswordHasher
