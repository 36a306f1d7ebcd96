#include "app/MainWindowFactory.h"

#include "Clock.h"
#include "app/Language.h"
#include "app/WorkstationSettings.h"
#include "cache/ActionQueue.h"
#include "cache/LocalCache.h"
#include "gui/MainWindow.h"
#include "gui/MainWindowServices.h"
#include "gui/OfficerProfile.h"
#include "gui/Prompter.h"
#include "sync/SyncController.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>

Q_LOGGING_CATEGORY(lcMainWindowFactory, "nodues.gui.start")

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

namespace {

constexpr int kKeepDoneActionsDays = 30;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MainWindowFactory)
};

// The officer's profile (role, office, DCs) is kept beside the cache, so the window can open
// offline from a remembered session. It contains no secret.
QString profilePath(const QString &cachePath)
{
    return cachePath + u".officer.json"_s;
}

QJsonObject officerJson(const OfficerSession &session, const QString &cachePath)
{
    if (!session.officer.isEmpty()) {
        QDir().mkpath(QFileInfo(cachePath).absolutePath());
        QSaveFile file(profilePath(cachePath));
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(QJsonDocument(session.officer).toJson(QJsonDocument::Compact)) < 0 || !file.commit())
            qCWarning(lcMainWindowFactory) << "Could not keep the officer's profile beside the cache:"
                                           << file.errorString();
        return session.officer;
    }
    QFile file(profilePath(cachePath));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

std::unique_ptr<QWidget> createMainWindow(const MainWindowContext &context)
{
    const WorkstationServices &services = context.services;
    const OfficerSession &session = context.session;
    const QString cachePath = LocalCache::defaultPath(session.serverUrl, session.username);

    QString error;
    const std::optional<OfficerProfile> profile =
        OfficerProfile::fromJson(officerJson(session, cachePath), &error);
    if (!profile) {
        qCWarning(lcMainWindowFactory) << "No usable officer profile for the main window:" << error;
        services.prompter.warn(nullptr, Tr::tr("Cannot open the queue"),
                               Tr::tr("The server cannot be reached, and this computer has no saved details of "
                                      "your account yet. Sign in once while the server answers."));
        return nullptr;
    }

    // The sync controller lives as long as the window: it is the window's last child, so it is
    // deleted after the widgets that use it.
    auto sync = std::make_unique<SyncController>();
    if (!sync->configure(session.serverUrl, session.token, languageCode(services.settings.language()), cachePath,
                         &error)) {
        qCWarning(lcMainWindowFactory) << "Could not open the local cache" << cachePath << ":" << error;
        services.prompter.warn(nullptr, Tr::tr("Cannot open the queue"),
                               Tr::tr("The local cache of your applications at %1 cannot be opened. Check that the "
                                      "disk has free space, then start the program again.")
                                   .arg(cachePath));
        return nullptr;
    }

    // Keep sent actions for a month, for the history of what this PC did, then delete them.
    const QDateTime purgeCutoff = services.clock.nowUtc().addDays(-kKeepDoneActionsDays);
    const int purged = ActionQueue(*sync->cache()).purgeDone(purgeCutoff, &error);
    if (purged < 0)
        qCWarning(lcMainWindowFactory) << "Could not delete old sent actions:" << error;
    else if (purged > 0)
        qCInfo(lcMainWindowFactory) << "Deleted" << purged << "actions sent before" << purgeCutoff;

    MainWindowServices windowServices{*sync,          services.api,       services.prompter,
                                      services.clock, &services.settings, &services.languages,
                                      &services.credentials};
    auto window = std::make_unique<MainWindow>(windowServices, *profile);
    sync.release()->setParent(window.get());
    const std::function<void()> signOut = context.signOut;
    QObject::connect(window.get(), &MainWindow::signOutRequested, window.get(), [signOut] {
        if (signOut)
            signOut();
    });
    return window;
}

} // namespace nodues::workstation
