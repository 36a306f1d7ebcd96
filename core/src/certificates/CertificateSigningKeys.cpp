#include "certificates/CertificateSigningKeys.h"

#include "Clock.h"
#include "security/KeyFile.h"
#include "security/SecureRandom.h"
#include "security/SecurityLogging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cerrno>

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace nodues {

static_assert(CertificateSigningKeys::kSeedSize == crypto_sign_SEEDBYTES);
static_assert(CertificateSigningKeys::kPublicKeySize == crypto_sign_PUBLICKEYBYTES);
static_assert(CertificateSigningKeys::kSignatureSize == crypto_sign_BYTES);

// One loaded key. The libsodium secret key (seed and public key, 64 bytes) lives in this object
// only, is never copied into a Qt container and is wiped when the object is destroyed.
struct CertificateSigningKeys::Key
{
    Q_DISABLE_COPY_MOVE(Key)

    Key() = default;
    ~Key() { sodium_memzero(secretKey.data(), secretKey.size()); }

    CertificateSigningKeyInfo info; // info.active is set by list() and activeKey()
    QString path;
    std::array<unsigned char, crypto_sign_SECRETKEYBYTES> secretKey = {};
};

namespace {

constexpr auto kFilePrefix = u"certificate-signing-";
constexpr auto kFileSuffix = u".key";
// The creation instant as it appears in a file name: ISO 8601 basic form, UTC, milliseconds.
constexpr auto kFileTimeFormat = u"yyyyMMdd'T'HHmmss.zzz'Z'";

QString systemError(int code)
{
    return qt_error_string(code);
}

QString base64Url(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString fileNameFor(const QDateTime &createdAt)
{
    return QStringView(kFilePrefix).toString() + createdAt.toUTC().toString(QStringView(kFileTimeFormat).toString()) +
           QStringView(kFileSuffix).toString();
}

// The creation instant in a key file's name; an invalid QDateTime when the name is not a key
// file's. The instant must format back to the same text, so "20261399T..." is not accepted.
QDateTime createdAtFromFileName(const QString &fileName)
{
    static const QRegularExpression pattern(u"^certificate-signing-(\\d{8}T\\d{6}\\.\\d{3}Z)\\.key$"_s);
    const QRegularExpressionMatch match = pattern.match(fileName);
    if (!match.hasMatch())
        return {};
    const QString text = match.captured(1);
    QDateTime instant = QDateTime::fromString(text, QStringView(kFileTimeFormat).toString());
    if (!instant.isValid())
        return {};
    instant.setTimeSpec(Qt::UTC);
    if (instant.toString(QStringView(kFileTimeFormat).toString()) != text)
        return {};
    return instant;
}

// Makes a changed directory entry durable; a failure only costs durability, so it is logged.
void syncDirectory(const QString &directory)
{
    const int fd = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0)
        qCWarning(lcSecurity) << "Could not sync the key folder" << directory << systemError(errno);
    if (fd >= 0)
        ::close(fd);
}

} // namespace

QString CertificateSigningKeyInfo::publicKeyBase64Url() const
{
    return base64Url(publicKey);
}

CertificateSigningKeys::CertificateSigningKeys() = default;
CertificateSigningKeys::CertificateSigningKeys(CertificateSigningKeys &&) noexcept = default;
CertificateSigningKeys &CertificateSigningKeys::operator=(CertificateSigningKeys &&) noexcept = default;
CertificateSigningKeys::~CertificateSigningKeys() = default;

namespace {

// Checks the key folder: sets exists, and fails when it is not a folder or other users may
// write to it (they could add a key of their own or replace one).
bool inspectFolder(const QString &absolute, bool *exists, QString *error)
{
    *exists = false;
    struct stat status = {};
    if (::lstat(QFile::encodeName(absolute).constData(), &status) != 0) {
        if (errno == ENOENT)
            return true;
        *error = CertificateSigningKeys::tr("Could not read the key folder %1: %2.").arg(absolute, systemError(errno));
        return false;
    }
    if (!S_ISDIR(status.st_mode)) {
        *error = CertificateSigningKeys::tr("The key folder %1 is not a folder.").arg(absolute);
        return false;
    }
    if ((status.st_mode & 022) != 0) {
        *error = CertificateSigningKeys::tr("The key folder %1 can be written by other users, who could add or "
                                            "replace a key. Restrict it with \"chmod 700 %1\".")
                     .arg(absolute);
        return false;
    }
    *exists = true;
    return true;
}

// Creates the key folder itself with mode 0700; missing parents get the usual permissions.
bool createFolder(const QString &absolute, QString *error)
{
    const QString parent = QFileInfo(absolute).absolutePath();
    if (!QDir().mkpath(parent)) {
        *error =
            CertificateSigningKeys::tr("Could not create the folder %1 for the key folder %2.").arg(parent, absolute);
        return false;
    }
    if (::mkdir(QFile::encodeName(absolute).constData(), 0700) != 0 && errno != EEXIST) {
        *error =
            CertificateSigningKeys::tr("Could not create the key folder %1: %2.").arg(absolute, systemError(errno));
        return false;
    }
    qCInfo(lcSecurity) << "Created the key folder" << absolute;
    bool exists = false;
    return inspectFolder(absolute, &exists, error);
}

} // namespace

std::optional<CertificateSigningKeys> CertificateSigningKeys::open(const QString &directory, QString *error)
{
    if (directory.trimmed().isEmpty()) {
        *error = tr("No folder for the server's key files is set.");
        return std::nullopt;
    }
    if (!SecureRandom::ensureSodium()) {
        *error = tr("libsodium could not be initialised, so no certificate can be signed or verified.");
        return std::nullopt;
    }
    CertificateSigningKeys keys;
    keys.m_directory = QFileInfo(directory).absoluteFilePath();
    bool exists = false;
    if (!inspectFolder(keys.m_directory, &exists, error))
        return std::nullopt;
    if (!exists)
        return keys;

    const QDir folder(keys.m_directory);
    if (!folder.isReadable()) {
        *error = tr("Could not list the files of the key folder %1.").arg(keys.m_directory);
        return std::nullopt;
    }

    // QDir::System lists broken symbolic links too, so KeyFile::load can reject them by name.
    const QStringList names = folder.entryList(QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &name : names) {
        if (!name.startsWith(QStringView(kFilePrefix)) || !name.endsWith(QStringView(kFileSuffix)))
            continue;
        const QString path = folder.filePath(name);
        const QDateTime createdAt = createdAtFromFileName(name);
        if (!createdAt.isValid()) {
            *error = tr("The name of the key file %1 does not contain a valid creation time such as "
                        "\"certificate-signing-20261204T195122.123Z.key\". Restore the name it had.")
                         .arg(path);
            return std::nullopt;
        }

        std::optional<QByteArray> seed = KeyFile::load(path, kSeedSize, error);
        if (!seed)
            return std::nullopt;
        auto key = std::make_unique<Key>();
        key->path = path;
        key->info.fileName = name;
        key->info.createdAt = createdAt;
        std::array<unsigned char, crypto_sign_PUBLICKEYBYTES> publicKey = {};
        crypto_sign_seed_keypair(publicKey.data(), key->secretKey.data(),
                                 reinterpret_cast<const unsigned char *>(seed->constData()));
        sodium_memzero(seed->data(), static_cast<size_t>(seed->size()));
        key->info.publicKey = QByteArray(reinterpret_cast<const char *>(publicKey.data()), qsizetype(publicKey.size()));
        key->info.keyId = keyIdFor(key->info.publicKey);

        if (const Key *twin = keys.findKey(key->info.keyId)) {
            *error = tr("The key files %1 and %2 contain the same certificate signing key (id %3). Keep the older "
                        "file and move the other one out of the key folder.")
                         .arg(twin->path, path, key->info.keyId);
            return std::nullopt;
        }
        keys.m_keys.push_back(std::move(key));
    }

    std::sort(keys.m_keys.begin(), keys.m_keys.end(), [](const std::unique_ptr<Key> &a, const std::unique_ptr<Key> &b) {
        return a->info.createdAt < b->info.createdAt;
    });
    return keys;
}

std::optional<CertificateSigningKeyInfo> CertificateSigningKeys::rotate(const Clock &clock, QString *error)
{
    bool exists = false;
    if (!inspectFolder(m_directory, &exists, error))
        return std::nullopt;
    if (!exists && !createFolder(m_directory, error))
        return std::nullopt;

    // The newest key is the active one, so a new key must be newer than every existing key.
    const QDateTime now = clock.nowUtc().toUTC();
    if (!m_keys.empty() && m_keys.back()->info.createdAt >= now) {
        const CertificateSigningKeyInfo &newest = m_keys.back()->info;
        *error = tr("The newest certificate signing key, %1, was created at %2, which is not earlier than the current "
                    "time %3 (both UTC). A new key would not become the active one. Check the system clock, then "
                    "run the command again.")
                     .arg(newest.keyId, newest.createdAt.toString(Qt::ISODateWithMs), now.toString(Qt::ISODateWithMs));
        return std::nullopt;
    }

    // KeyFile writes the fresh seed to a temporary file and links it into place, so the key
    // file appears complete or not at all, and an existing file is never replaced.
    const QString fileName = fileNameFor(now);
    const QString path = QDir(m_directory).filePath(fileName);
    bool created = false;
    std::optional<QByteArray> seed = KeyFile::loadOrCreate(path, kSeedSize, error, &created);
    if (!seed)
        return std::nullopt;
    if (!created) {
        sodium_memzero(seed->data(), static_cast<size_t>(seed->size()));
        *error = tr("The key file %1 already exists: another process created a key in the same millisecond. Run the "
                    "command again.")
                     .arg(path);
        return std::nullopt;
    }

    auto key = std::make_unique<Key>();
    key->path = path;
    key->info.fileName = fileName;
    key->info.createdAt = now;
    std::array<unsigned char, crypto_sign_PUBLICKEYBYTES> publicKey = {};
    crypto_sign_seed_keypair(publicKey.data(), key->secretKey.data(),
                             reinterpret_cast<const unsigned char *>(seed->constData()));
    sodium_memzero(seed->data(), static_cast<size_t>(seed->size()));
    key->info.publicKey = QByteArray(reinterpret_cast<const char *>(publicKey.data()), qsizetype(publicKey.size()));
    key->info.keyId = keyIdFor(key->info.publicKey);

    // Two keys with one id would make the id in a QR payload ambiguous. With 48-bit ids this
    // takes about 2^24 keys to become likely, but it costs nothing to check.
    if (findKey(key->info.keyId)) {
        ::unlink(QFile::encodeName(path).constData());
        syncDirectory(m_directory);
        *error = tr("The new certificate signing key has the id %1 of an existing key, so it was deleted. Run the "
                    "command again.")
                     .arg(key->info.keyId);
        return std::nullopt;
    }

    qCInfo(lcSecurity) << "Created certificate signing key" << key->info.keyId << "in" << path;
    CertificateSigningKeyInfo info = key->info;
    info.active = true;
    m_rotatedKeyId = info.keyId;
    m_keys.push_back(std::move(key));
    return info;
}

bool CertificateSigningKeys::discardRotatedKey(const QString &keyId, QString *error)
{
    if (m_rotatedKeyId.isEmpty() || keyId != m_rotatedKeyId || m_keys.empty() || m_keys.back()->info.keyId != keyId) {
        *error = tr("Only the key that the last rotation created can be discarded; %1 is not that key.").arg(keyId);
        return false;
    }
    const QString path = m_keys.back()->path;
    if (::unlink(QFile::encodeName(path).constData()) != 0) {
        *error = tr("Could not delete the key file %1: %2.").arg(path, systemError(errno));
        return false;
    }
    syncDirectory(m_directory);
    qCInfo(lcSecurity) << "Discarded certificate signing key" << keyId << "- deleted" << path;
    m_keys.pop_back();
    m_rotatedKeyId.clear();
    return true;
}

QList<CertificateSigningKeyInfo> CertificateSigningKeys::list() const
{
    QList<CertificateSigningKeyInfo> result;
    result.reserve(qsizetype(m_keys.size()));
    for (const std::unique_ptr<Key> &key : m_keys)
        result.append(key->info);
    if (!result.isEmpty())
        result.last().active = true;
    return result;
}

std::optional<CertificateSigningKeyInfo> CertificateSigningKeys::activeKey() const
{
    if (m_keys.empty())
        return std::nullopt;
    CertificateSigningKeyInfo info = m_keys.back()->info;
    info.active = true;
    return info;
}

std::optional<QByteArray> CertificateSigningKeys::publicKey(const QString &keyId) const
{
    const Key *key = findKey(keyId);
    if (!key)
        return std::nullopt;
    return key->info.publicKey;
}

std::optional<CertificateSignature> CertificateSigningKeys::sign(const QByteArray &message, QString *error) const
{
    if (m_keys.empty()) {
        *error = tr("No certificate signing key exists in %1 yet. Create the first one with \"nodues-server keys "
                    "rotate\".")
                     .arg(m_directory);
        return std::nullopt;
    }
    const Key &key = *m_keys.back();
    CertificateSignature result;
    result.keyId = key.info.keyId;
    result.signature = QByteArray(kSignatureSize, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(result.signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         static_cast<unsigned long long>(message.size()), key.secretKey.data());
    return result;
}

bool CertificateSigningKeys::verify(const QString &keyId, const QByteArray &message, const QByteArray &signature) const
{
    const Key *key = findKey(keyId);
    return key && verifySignature(key->info.publicKey, message, signature);
}

bool CertificateSigningKeys::verifySignature(const QByteArray &publicKey, const QByteArray &message,
                                             const QByteArray &signature)
{
    if (publicKey.size() != kPublicKeySize || signature.size() != kSignatureSize || !SecureRandom::ensureSodium())
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
                                       reinterpret_cast<const unsigned char *>(message.constData()),
                                       static_cast<unsigned long long>(message.size()),
                                       reinterpret_cast<const unsigned char *>(publicKey.constData())) == 0;
}

QString CertificateSigningKeys::keyIdFor(const QByteArray &publicKey)
{
    return base64Url(QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).left(kKeyIdBytes));
}

const CertificateSigningKeys::Key *CertificateSigningKeys::findKey(const QString &keyId) const
{
    const auto found = std::find_if(m_keys.cbegin(), m_keys.cend(),
                                    [&keyId](const std::unique_ptr<Key> &key) { return key->info.keyId == keyId; });
    return found == m_keys.cend() ? nullptr : found->get();
}

} // namespace nodues
