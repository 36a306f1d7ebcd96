#include "commands/CommandSupport.h"

#include "commands/Command.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace nodues::server {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandSupport)
};

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
        standardOutput() << parser.helpText();
        return ExitOk;
    }
    const qsizetype positional = parser.positionalArguments().size();
    if (positional < minPositional || (maxPositional >= 0 && positional > maxPositional)) {
        standardError() << Tr::tr("Wrong number of arguments.") << u'\n' << parser.helpText();
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
    const QString user = QProcessEnvironment::systemEnvironment().value(u"USER"_s, u"unknown"_s);
    return u"admin-cli:"_s + user;
}

} // namespace nodues::server
