#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace nodues::server {

// One sub-command of nodues-server ("init", "import-billing", "officer add", ...).
// run() receives the arguments after the command's own words and returns the process exit code.
struct Command
{
    QString name;    // words separated by one space: "officer add"
    // One line for `nodues-server help`, marked with QT_TRANSLATE_NOOP("Commands", ...) and
    // translated when printed, because registration runs before any translator is installed.
    const char *summary = nullptr;
    std::function<int(const QStringList &arguments)> run;
};

// Registers a command when its file's static initializer runs; commands are compiled into the
// executable (not a static library) so every registrar is linked.
class CommandRegistrar
{
public:
    explicit CommandRegistrar(Command command);
};

const QList<Command> &registeredCommands();

// Exit codes shared by the commands.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1,   // the operation failed (invalid data, database error)
    ExitUsage = 2,     // the command line itself is wrong
};

} // namespace nodues::server
