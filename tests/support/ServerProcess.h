#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace nodues::test {

// The outcome of one run of the nodues-server executable.
struct CommandResult
{
    int exitCode = -1;
    QString standardOutput;
    QString standardError;
};

// Runs the built nodues-server with arguments (and "--db URL" appended when databaseUrl is set),
// feeding input on standard input, and waits up to timeoutMs. Fails the running test if the
// process cannot start or times out.
CommandResult runServerCommand(const QStringList &arguments, const QString &databaseUrl = {},
                               const QByteArray &input = {}, int timeoutMs = 120000,
                               const QProcessEnvironment &extraEnvironment = {});

QString serverBinaryPath();

} // namespace nodues::test
