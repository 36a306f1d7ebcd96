// nodues-server: the central service and its administrator's command line.

#include "commands/Command.h"

#include <QCoreApplication>
#include <QLocale>
#include <QProcessEnvironment>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using nodues::server::Command;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Main)
};

// Messages follow NODUES_LANG ("hi" or "en"), else the locale's language. English is the source
// text; its small catalogue holds only the plural forms ("1 officer", "2 officers").
void installTranslation(QCoreApplication &app, QTranslator &translator)
{
    const QString language = QProcessEnvironment::systemEnvironment().value(u"NODUES_LANG"_s);
    const bool hindi = language.isEmpty() ? QLocale().language() == QLocale::Hindi : language == u"hi"_s;
    const QString catalogue = hindi ? u":/i18n/nodues_hi.qm"_s : u":/i18n/nodues_en.qm"_s;
    if (translator.load(catalogue))
        app.installTranslator(&translator);
}

void printUsage(QTextStream &out)
{
    out << Tr::tr("Usage: nodues-server COMMAND [OPTIONS]") << u"\n\n"_s << Tr::tr("Commands:") << u'\n';
    for (const Command &command : nodues::server::registeredCommands())
        out << u"  "_s << command.name.leftJustified(24) << u' ' << QCoreApplication::translate("Commands", command.summary) << u'\n';
    out << u'\n' << Tr::tr("Run nodues-server COMMAND --help for a command's options.") << u'\n';
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"nodues-server"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(NODUES_VERSION));
    QTranslator translator;
    installTranslation(app, translator);

    const QStringList arguments = QCoreApplication::arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);

    if (arguments.isEmpty() || arguments.first() == u"help"_s || arguments.first() == u"--help"_s) {
        printUsage(arguments.isEmpty() ? err : out);
        return arguments.isEmpty() ? nodues::server::ExitUsage : nodues::server::ExitOk;
    }
    if (arguments.first() == u"--version"_s) {
        out << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion() << u'\n';
        return nodues::server::ExitOk;
    }

    // The longest registered name that the leading words match wins: "officer add" over "officer".
    const Command *chosen = nullptr;
    qsizetype chosenWords = 0;
    for (const Command &command : nodues::server::registeredCommands()) {
        const QStringList words = command.name.split(u' ');
        if (words.size() > arguments.size() || words.size() <= chosenWords)
            continue;
        if (arguments.mid(0, words.size()) == words) {
            chosen = &command;
            chosenWords = words.size();
        }
    }
    if (!chosen) {
        // Only the first word is echoed: later arguments may hold a database URL with a password.
        if (arguments.first().startsWith(u'-'))
            err << Tr::tr("The command must come first, before options such as %1.").arg(arguments.first().section(u'=', 0, 0))
                << u"\n\n"_s;
        else
            err << Tr::tr("Unknown command \"%1\".").arg(arguments.first()) << u"\n\n"_s;
        printUsage(err);
        return nodues::server::ExitUsage;
    }

    // QCommandLineParser expects the program name first.
    QStringList commandArguments{QCoreApplication::applicationFilePath() + u' ' + chosen->name};
    commandArguments += arguments.mid(chosenWords);
    return chosen->run(commandArguments);
}
