#include "commands/Command.h"

namespace nodues::server {

namespace {

QList<Command> &commandList()
{
    static QList<Command> commands;
    return commands;
}

} // namespace

CommandRegistrar::CommandRegistrar(Command command)
{
    commandList().append(std::move(command));
}

const QList<Command> &registeredCommands()
{
    return commandList();
}

} // namespace nodues::server
