#include "security/KeyFile.h"

#include "security/SecureRandom.h"
#include "security/SecurityLogging.h"

#include <QFileInfo>

#include <cerrno>

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace nodues {

namespace {

// A key file is one line of hex; anything much longer is not a key file.
constexpr qsizetype kMaxFileSize = 4096;

QString systemError(int code)
{
    return qt_error_string(code);
}

QString octalMode(mode_t mode)
{
    return u"%1"_s.arg(static_cast<uint>(mode & 07777), 4, 8, QChar(u'0'));
}

bool isHex(const QByteArray &text)
{
    for (const char c : text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            return false;
    }
    return true;
}

// Writes all of data to fd, retrying after signals and short writes.
bool writeAll(int fd, const QByteArray &data)
{
    qsizetype written = 0;
    while (written < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + written, static_cast<size_t>(data.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        written += n;
    }
    return true;
}

// Makes the new directory entry durable; a failure only costs durability, so it is logged.
void syncDirectory(const QString &directory)
{
    const int fd = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0)
        qCWarning(lcSecurity) << "Could not sync the key folder" << directory << systemError(errno);
    if (fd >= 0)
        ::close(fd);
}

} // namespace

std::optional<QByteArray> KeyFile::load(const QString &path, qsizetype keySize, QString *error, bool *notFound)
{
    if (notFound)
        *notFound = false;
    const QByteArray nativePath = QFile::encodeName(path);
    const int fd = ::open(nativePath.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) {
        const int code = errno;
        if (code == ENOENT && notFound)
            *notFound = true;
        if (code == ELOOP)
            *error = tr("The key file %1 is a symbolic link; replace it with the file itself.").arg(path);
        else
            *error = tr("Could not open the key file %1: %2.").arg(path, systemError(code));
        return std::nullopt;
    }

    // Check the opened file itself, so a file swapped in after a path check cannot slip through.
    struct stat status = {};
    if (::fstat(fd, &status) != 0) {
        *error = tr("Could not read the permissions of the key file %1: %2.").arg(path, systemError(errno));
        ::close(fd);
        return std::nullopt;
    }
    if (!S_ISREG(status.st_mode)) {
        *error = tr("The key file %1 is not a regular file.").arg(path);
        ::close(fd);
        return std::nullopt;
    }
    if ((status.st_mode & 077) != 0) {
        *error = tr("The key file %1 has mode %2, so other users can read or change it. Restrict it with "
                    "\"chmod 600 %1\", and replace the key if anyone else may have read it.")
                     .arg(path, octalMode(status.st_mode));
        ::close(fd);
        return std::nullopt;
    }

    QByteArray content(kMaxFileSize + 1, Qt::Uninitialized);
    qsizetype total = 0;
    while (total < content.size()) {
        const ssize_t n = ::read(fd, content.data() + total, static_cast<size_t>(content.size() - total));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            *error = tr("Could not read the key file %1: %2.").arg(path, systemError(errno));
            sodium_memzero(content.data(), static_cast<size_t>(content.size()));
            ::close(fd);
            return std::nullopt;
        }
        if (n == 0)
            break;
        total += n;
    }
    ::close(fd);
    content.truncate(total);
    QByteArray hex = content.trimmed();
    sodium_memzero(content.data(), static_cast<size_t>(content.size()));

    // Multi-argument arg() throughout, so a '%' in the path cannot take another placeholder.
    const QString fix = tr("Restore the file from a backup, or delete it so the server creates a new key.");
    if (!isHex(hex)) {
        *error = tr("The key file %1 does not hold hexadecimal digits only. %2").arg(path, fix);
        return std::nullopt;
    }
    if (hex.size() != 2 * keySize) {
        *error =
            tr("The key file %1 holds %2 hexadecimal digits, but a key of %3 bytes takes %4. %5")
                .arg(path, QString::number(hex.size()), QString::number(keySize), QString::number(2 * keySize), fix);
        return std::nullopt;
    }
    QByteArray key = QByteArray::fromHex(hex);
    sodium_memzero(hex.data(), static_cast<size_t>(hex.size()));
    return key;
}

std::optional<QByteArray> KeyFile::loadOrCreate(const QString &path, qsizetype keySize, QString *error, bool *created)
{
    if (created)
        *created = false;
    bool notFound = false;
    if (std::optional<QByteArray> existing = load(path, keySize, error, &notFound))
        return existing;
    if (!notFound)
        return std::nullopt;

    // Write the new key to a temporary file of mode 0600 next to the final one.
    const QString directory = QFileInfo(path).absolutePath();
    const QString temporaryPath = path + u".tmp-"_s + SecureRandom::token(9);
    const QByteArray nativeTemporary = QFile::encodeName(temporaryPath);
    const int fd = ::open(nativeTemporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0) {
        *error = tr("Could not create the key file %1: %2.").arg(temporaryPath, systemError(errno));
        return std::nullopt;
    }
    const QByteArray key = SecureRandom::bytes(keySize);
    QByteArray line = key.toHex() + '\n';
    const bool written = ::fchmod(fd, 0600) == 0 && writeAll(fd, line) && ::fsync(fd) == 0;
    const int writeErrno = errno;
    sodium_memzero(line.data(), static_cast<size_t>(line.size()));
    ::close(fd);
    if (!written) {
        *error = tr("Could not write the key file %1: %2.").arg(temporaryPath, systemError(writeErrno));
        ::unlink(nativeTemporary.constData());
        return std::nullopt;
    }

    // link() never replaces an existing file, unlike rename(): when another process created the
    // key in the meantime, its key wins and both processes use the same one.
    const int linked = ::link(nativeTemporary.constData(), QFile::encodeName(path).constData());
    const int linkErrno = errno;
    ::unlink(nativeTemporary.constData());
    if (linked != 0 && linkErrno == EEXIST) {
        qCInfo(lcSecurity) << "Another process created the key file" << path << "first; using that key";
        return load(path, keySize, error);
    }
    if (linked != 0) {
        *error = tr("Could not create the key file %1: %2.").arg(path, systemError(linkErrno));
        return std::nullopt;
    }
    syncDirectory(directory);

    qCInfo(lcSecurity) << "Created the key file" << path;
    if (created)
        *created = true;
    return key;
}

} // namespace nodues
