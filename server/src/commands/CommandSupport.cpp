#include "commands/CommandSupport.h"

#include "commands/Command.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

#include <cstdio>
#include <pwd.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace nodues::server {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandSupport)
};

// QCommandLineParser starts its usage line with the program's path; show the command instead.
// arguments.first() is "<program path> <command words>", as main() builds it.
QString commandHelpText(const QCommandLineParser &parser, const QStringList &arguments)
{
    QString text = parser.helpText();
    const QString program = QCoreApplication::arguments().constFirst();
    const QString command =
        arguments.isEmpty() ? QString() : arguments.constFirst().mid(QCoreApplication::applicationFilePath().size() + 1);
    const qsizetype at = text.indexOf(program);
    if (at >= 0 && !command.isEmpty())
        text.replace(at, program.size(), u"nodues-server "_s + command);
    return text;
}

} // namespace

QTextStream &standardOutput()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &standardError()
{
    static QTextStream stream(stderr);
    return stream;
}

int parseCommandLine(QCommandLineParser &parser, const QStringList &arguments, ServerConfig &config,
                     int minPositional, int maxPositional)
{
    ServerConfig::addCommonOptions(parser);
    const QCommandLineOption helpOption = parser.addHelpOption();

    if (!parser.parse(arguments)) {
        standardError() << parser.errorText() << u'\n' << Tr::tr("Run with --help to see the options.") << u'\n';
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        standardOutput() << commandHelpText(parser, arguments);
        return ExitOk;
    }
    const qsizetype positional = parser.positionalArguments().size();
    if (positional < minPositional || (maxPositional >= 0 && positional > maxPositional)) {
        standardError() << Tr::tr("Wrong number of arguments.") << u'\n' << commandHelpText(parser, arguments);
        return ExitUsage;
    }

    QString error;
    if (!config.load(parser, &error)) {
        standardError() << error << u'\n';
        return ExitFailure;
    }
    return -1;
}

QString commandLineActor()
{
    // USER is unset under cron and systemd, so fall back to the account database's name for the uid.
    QString user = QProcessEnvironment::systemEnvironment().value(u"USER"_s);
    if (user.isEmpty()) {
        const passwd *entry = getpwuid(getuid());
        user = entry ? QString::fromLocal8Bit(entry->pw_name) : u"uid-%1"_s.arg(getuid());
    }
    return u"admin-cli:"_s + user;
}

} // namespace nodues::server
