#include "security/ServerSecrets.h"

#include "security/KeyFile.h"
#include "security/SecurityLogging.h"

#include <QDir>
#include <QFileInfo>

#include <cerrno>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;

namespace nodues {

namespace {

QString systemError(int code)
{
    return qt_error_string(code);
}

} // namespace

std::optional<ServerSecrets> ServerSecrets::open(const QString &directory, QString *error)
{
    if (directory.trimmed().isEmpty()) {
        *error = tr("No folder for the server's key files is set.");
        return std::nullopt;
    }
    const QString absolute = QFileInfo(directory).absoluteFilePath();
    const QByteArray nativePath = QFile::encodeName(absolute);

    // Create the folder itself with mode 0700; missing parents get the usual permissions.
    struct stat status = {};
    if (::lstat(nativePath.constData(), &status) != 0) {
        if (errno != ENOENT) {
            *error = tr("Could not read the key folder %1: %2.").arg(absolute, systemError(errno));
            return std::nullopt;
        }
        const QString parent = QFileInfo(absolute).absolutePath();
        if (!QDir().mkpath(parent)) {
            *error = tr("Could not create the folder %1 for the key folder %2.").arg(parent, absolute);
            return std::nullopt;
        }
        if (::mkdir(nativePath.constData(), 0700) != 0 && errno != EEXIST) {
            *error = tr("Could not create the key folder %1: %2.").arg(absolute, systemError(errno));
            return std::nullopt;
        }
        qCInfo(lcSecurity) << "Created the key folder" << absolute;
        if (::lstat(nativePath.constData(), &status) != 0) {
            *error = tr("Could not read the key folder %1: %2.").arg(absolute, systemError(errno));
            return std::nullopt;
        }
    }
    if (!S_ISDIR(status.st_mode)) {
        *error = tr("The key folder %1 is not a folder.").arg(absolute);
        return std::nullopt;
    }
    if ((status.st_mode & 022) != 0) {
        *error = tr("The key folder %1 can be written by other users, who could replace a key. Restrict it "
                    "with \"chmod 700 %1\".")
                     .arg(absolute);
        return std::nullopt;
    }

    ServerSecrets secrets;
    secrets.m_directory = absolute;
    const QString otpKeyPath = QDir(absolute).filePath(QStringView(kOtpHmacKeyFileName).toString());
    std::optional<QByteArray> otpKey = KeyFile::loadOrCreate(otpKeyPath, kOtpHmacKeySize, error);
    if (!otpKey)
        return std::nullopt;
    secrets.m_otpHmacKey = *otpKey;
    return secrets;
}

ServerSecrets ServerSecrets::fromKeys(const QByteArray &otpHmacKey)
{
    ServerSecrets secrets;
    secrets.m_otpHmacKey = otpHmacKey;
    return secrets;
}

} // namespace nodues
