#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QCommandLineParser;
class QTextStream;

namespace nodues::workstation {

class LanguageSwitcher;
class WorkstationSettings;

// The parts shared by the commands that run without a window (--sign-batch, --print-batch):
// output streams, language and command-line parsing.
class HeadlessCommand
{
    Q_DECLARE_TR_FUNCTIONS(HeadlessCommand)

public:
    // Returns whether flag is among the arguments.
    static bool hasFlag(int argc, char *argv[], const char *flag);

    // Return standard output and standard error, in UTF-8 once setUp() has run.
    static QTextStream &out();
    static QTextStream &err();
    // Writes message and a new line to standard error, and returns code.
    static int fail(int code, const QString &message);

    // Applies the language (NODUES_LANG, else the one in settings) and sets the output streams
    // to UTF-8. Call it once the application is named, so settings reads the right file.
    static void setUp(const WorkstationSettings &settings, LanguageSwitcher &languages);

    // Parses arguments with parser, which contains the command's options. Returns -1 to go on, or
    // the exit code to end with: okCode after printing the help with exitCodes below it, usageCode
    // after naming a malformed option or an unexpected argument.
    static int parse(QCommandLineParser &parser, const QStringList &arguments, const QString &exitCodes, int okCode,
                     int usageCode);
};

} // namespace nodues::workstation
