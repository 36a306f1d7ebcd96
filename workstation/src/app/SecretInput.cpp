#include "app/SecretInput.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SecretInput)
};

constexpr int kMaxLineBytes = 1024;

QByteArray withoutLineBreak(QByteArray line)
{
    const qsizetype end = line.indexOf('\n');
    if (end >= 0)
        line.truncate(end);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

// Reads one line of standard input with stdio, which buffers for the whole process, so the next
// call gets the next line.
bool readStandardInputLine(const QString &prompt, QByteArray *line)
{
    const bool terminal = isatty(STDIN_FILENO) == 1;
    QTextStream err(stderr);
    err.setEncoding(QStringConverter::Utf8);
    termios saved{};
    if (terminal) {
        err << prompt << Qt::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios hidden = saved;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
    }

    char buffer[kMaxLineBytes + 1];
    const bool ok = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        err << Qt::endl;
    }
    if (ok)
        *line = withoutLineBreak(QByteArray(buffer));
    std::fill(std::begin(buffer), std::end(buffer), '\0');
    return ok;
}

} // namespace

std::optional<QByteArray> readSecret(const QString &source, const QString &optionName, const QString &prompt,
                                     QString *error)
{
    QByteArray line;
    if (source == u"-"_s) {
        if (!readStandardInputLine(prompt, &line)) {
            *error = Tr::tr("%1 -: standard input ended before the line was read. Write it on its own line.")
                         .arg(optionName);
            return std::nullopt;
        }
    } else {
        QFile file(source);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = Tr::tr("%1: the file %2 cannot be read (%3). Name a file readable by you, or - for standard "
                            "input.")
                         .arg(optionName, QDir::toNativeSeparators(source), file.errorString());
            return std::nullopt;
        }
        line = withoutLineBreak(file.read(kMaxLineBytes));
    }

    if (line.isEmpty()) {
        *error = source == u"-"_s ? Tr::tr("%1 -: the line read from standard input is empty.").arg(optionName)
                                  : Tr::tr("%1: the file %2 is empty. Put the secret on its first line.")
                                        .arg(optionName, QDir::toNativeSeparators(source));
        return std::nullopt;
    }
    return line;
}

} // namespace nodues::workstation
