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
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"NoDues"_s);
    QCoreApplication::setApplicationName(u"nodues-workstation"_s);
    // No window is open between the sign-in dialog and the main window, so the flow decides when to quit.
    QApplication::setQuitOnLastWindowClosed(false);

    WorkstationSettings settings;
    installBundledFonts();
    LanguageSwitcher languages;
    languages.apply(startLanguage(settings));

    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("NoDues workstation for officers of the Distribution Centres and "
                                            "divisions."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(u"server"_s, Tr::tr("Fill the sign-in form with the server address URL."),
                                          Tr::tr("URL"));
    parser.addOption(serverOption);
    parser.process(app);

    QtKeychainCredentialStore credentials;
    MessageBoxPrompter prompter;
    OfficerApiClient api;
    api.setLanguage(languageCode(languages.current()));
    QObject::connect(&languages, &LanguageSwitcher::languageChanged, &api,
                     [&api](Language language) { api.setLanguage(languageCode(language)); });

    WorkstationFlow flow({api, credentials, settings, languages, prompter, Clock::system()});
    flow.setServerOverride(parser.value(serverOption));
    QObject::connect(&flow, &WorkstationFlow::finished, &app, &QCoreApplication::quit, Qt::QueuedConnection);
    flow.start();
    return app.exec();
}

} // namespace nodues::workstation
