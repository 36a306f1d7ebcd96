#include "commands/PasswordInput.h"

#include "commands/CommandSupport.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace nodues::server {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PasswordInput)
};

QByteArray firstLine(QByteArray data)
{
    const qsizetype end = data.indexOf('\n');
    if (end >= 0)
        data.truncate(end);
    if (data.endsWith('\r'))
        data.chop(1);
    return data;
}

// Reads one line from the terminal without echoing it.
bool readHiddenLine(const QString &prompt, QByteArray *line)
{
    standardError() << prompt << Qt::flush;
    termios saved{};
    if (tcgetattr(STDIN_FILENO, &saved) != 0)
        return false;
    termios hidden = saved;
    hidden.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);

    char buffer[512];
    const bool ok = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    standardError() << u'\n' << Qt::flush;
    if (ok)
        *line = firstLine(QByteArray(buffer));
    std::fill(std::begin(buffer), std::end(buffer), '\0');
    return ok;
}

} // namespace

QByteArray readNewPassword(const QString &passwordFile, const QString &prompt, QString *error)
{
    if (!passwordFile.isEmpty()) {
        QFile file;
        const bool opened = passwordFile == u"-"_s ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(passwordFile), file.open(QIODevice::ReadOnly));
        if (!opened) {
            *error = Tr::tr("Could not read the password file %1: %2").arg(passwordFile, file.errorString());
            return {};
        }
        QByteArray password = firstLine(file.readAll());
        if (password.isEmpty())
            *error = Tr::tr("The password file %1 is empty; put the password on its first line.").arg(passwordFile);
        return password;
    }

    if (!isatty(STDIN_FILENO)) {
        *error = Tr::tr("No terminal to ask for the password: use --password-file FILE, or --password-file - "
                        "to read it from standard input.");
        return {};
    }
    QByteArray first;
    QByteArray second;
    if (!readHiddenLine(prompt, &first) || !readHiddenLine(Tr::tr("Type the password again: "), &second)) {
        *error = Tr::tr("Could not read the password from the terminal.");
        return {};
    }
    if (first != second) {
        first.fill('\0');
        second.fill('\0');
        *error = Tr::tr("The two passwords differ; nothing was changed.");
        return {};
    }
    second.fill('\0');
    return first;
}

} // namespace nodues::server
