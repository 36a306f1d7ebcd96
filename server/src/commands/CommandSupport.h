#pragma once

#include "ServerConfig.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace nodues::server {

QTextStream &standardOutput();
QTextStream &standardError();

// Parses a command's arguments with the common options added. Returns -1 to go on, or the exit
// code to return at once: ExitOk after --help, ExitUsage on an unknown option or a wrong number
// of positional arguments, ExitFailure when the configuration file cannot be read.
int parseCommandLine(QCommandLineParser &parser, const QStringList &arguments, ServerConfig &config,
                     int minPositional, int maxPositional);

// The actor recorded in audit rows for commands run by an administrator on the server.
QString commandLineActor();

} // namespace nodues::server
