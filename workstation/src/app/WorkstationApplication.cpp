#include "app/WorkstationApplication.h"

#include "Clock.h"
#include "api/OfficerApiClient.h"
#include "app/Fonts.h"
#include "app/LanguageSwitcher.h"
#include "app/PrintBatchCommand.h"
#include "app/SignBatchCommand.h"
#include "app/WorkstationFlow.h"
#include "app/WorkstationSettings.h"
#include "gui/MessageBoxPrompter.h"
#include "keychain/QtKeychainCredentialStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QProcessEnvironment>
#include <QTextStream>

#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WorkstationApplication)
};

Language startLanguage(const WorkstationSettings &settings)
{
    const QString override = QProcessEnvironment::systemEnvironment().value(u"NODUES_LANG"_s);
    return languageFromCode(override, settings.language());
}

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(u"NoDues"_s);
    QCoreApplication::setApplicationName(u"nodues-workstation"_s);
}

// Whether Qt can open a window: on Linux and other X11 or Wayland systems it needs DISPLAY or
// WAYLAND_DISPLAY, unless QT_QPA_PLATFORM or -platform names another platform plugin.
bool hasDisplay(int argc, char *argv[])
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!environment.value(u"DISPLAY"_s).isEmpty() || !environment.value(u"WAYLAND_DISPLAY"_s).isEmpty() ||
        !environment.value(u"QT_QPA_PLATFORM"_s).isEmpty())
        return true;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "-platform") == 0 || std::strncmp(argv[i], "-platform=", 10) == 0)
            return true;
    }
    return false;
#else
    Q_UNUSED(argc)
    Q_UNUSED(argv)
    return true;
#endif
}

// The command line of a start with a window, made once the translations are installed.
struct CommandLine
{
    QCommandLineParser parser;
    QCommandLineOption server{u"server"_s, Tr::tr("Fill the sign-in form with the server address URL."), Tr::tr("URL")};
    // --print-batch is handled before this parser runs (see PrintBatchCommand). The help names it.
    QCommandLineOption printBatch{
        u"print-batch"_s,
        Tr::tr("Print signed certificates without a window; --print-batch --help lists its options.")};
    // Likewise --sign-batch (see SignBatchCommand).
    QCommandLineOption signBatch{
        u"sign-batch"_s, Tr::tr("Sign approved certificates without a window; --sign-batch --help lists its options.")};

    CommandLine()
    {
        parser.setApplicationDescription(Tr::tr("NoDues workstation for officers of the Distribution Centres and "
                                                "divisions."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption(server);
        parser.addOption(printBatch);
        parser.addOption(signBatch);
    }
};

// Handles what needs no display under a QCoreApplication, so it works on a server console or
// over ssh: --help and --version print and exit with 0 (QCommandLineParser::showHelp() and
// showVersion() call exit()). Returns false, after printing why on standard error, when there is
// no display for the window, where QApplication would abort in the platform plugin.
bool prepareWindowStart(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    const WorkstationSettings settings;
    LanguageSwitcher languages;
    languages.apply(startLanguage(settings));

    // QCoreApplication leaves Qt's GUI options such as "-platform offscreen" in the arguments.
    // Read as long options they cannot pass for -h or -v, and parse() ignores them. QApplication
    // removes them before the full check of the command line.
    CommandLine commandLine;
    commandLine.parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    commandLine.parser.parse(QCoreApplication::arguments());
    if (commandLine.parser.isSet(u"help"_s))
        commandLine.parser.showHelp(0);
    if (commandLine.parser.isSet(u"version"_s))
        commandLine.parser.showVersion();

    if (hasDisplay(argc, argv))
        return true;
    QTextStream(stderr) << Tr::tr("No display to open the workstation window on: neither DISPLAY nor "
                                  "WAYLAND_DISPLAY is set. Start it in a desktop session, or print without a "
                                  "window with --print-batch.")
                        << Qt::endl;
    return false;
}

} // namespace

int runWorkstation(int argc, char *argv[])
{
    // Each log line starts with its time and zone, so a clerk's log can be matched with the
    // server's. QT_MESSAGE_PATTERN, when set, still wins.
    qSetMessagePattern(u"%{time yyyy-MM-dd HH:mm:ss.zzz t} %{if-debug}D%{endif}%{if-info}I%{endif}"
                       "%{if-warning}W%{endif}%{if-critical}C%{endif}%{if-fatal}F%{endif} %{category}: %{message}"_s);
    // The night batch runs without a window or the network (see PrintBatchCommand).
    if (isPrintBatchCommand(argc, argv))
        return runPrintBatchCommand(argc, argv);
    // The signing without a window (see SignBatchCommand).
    if (isSignBatchCommand(argc, argv))
        return runSignBatchCommand(argc, argv);

    if (!prepareWindowStart(argc, argv))
        return 1;

    QApplication app(argc, argv);
    setApplicationIdentity();
    // No window is open between the sign-in dialog and the main window, so the flow decides when to quit.
    QApplication::setQuitOnLastWindowClosed(false);

    WorkstationSettings settings;
    installBundledFonts();
    LanguageSwitcher languages;
    languages.apply(startLanguage(settings));

    // An unknown option or a missing value ends the program here, with the parser's message.
    CommandLine commandLine;
    commandLine.parser.process(app);

    QtKeychainCredentialStore credentials;
    MessageBoxPrompter prompter;
    OfficerApiClient api;
    api.setLanguage(languageCode(languages.current()));
    QObject::connect(&languages, &LanguageSwitcher::languageChanged, &api,
                     [&api](Language language) { api.setLanguage(languageCode(language)); });

    WorkstationFlow flow({api, credentials, settings, languages, prompter, Clock::system()});
    flow.setServerOverride(commandLine.parser.value(commandLine.server));
    QObject::connect(&flow, &WorkstationFlow::finished, &app, &QCoreApplication::quit, Qt::QueuedConnection);
    flow.start();
    return app.exec();
}

} // namespace nodues::workstation
