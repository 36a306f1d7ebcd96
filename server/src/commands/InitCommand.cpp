// nodues-server init: creates or upgrades the database schema.

#include "commands/Command.h"
#include "commands/CommandSupport.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace nodues::server {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(InitCommand)
};

int runInit(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Create the database schema, or upgrade it to this version."));
    ServerConfig config;
    if (const int exit = parseCommandLine(parser, arguments, config, 0, 0); exit >= 0)
        return exit;

    QString error;
    const std::unique_ptr<Database> database = config.openDatabase(&error, ServerConfig::SchemaRequirement::Any);
    if (!database) {
        standardError() << error << u'\n';
        return ExitFailure;
    }
    const int before = schemaVersion(*database, &error);
    if (before < 0 || !migrateDatabase(*database, serverMigrations(), &error)) {
        standardError() << Tr::tr("Could not initialise the database %1: %2").arg(database->url().redacted(), error)
                        << u'\n';
        return ExitFailure;
    }
    const int after = schemaVersion(*database, &error);
    if (before == after)
        standardOutput() << Tr::tr("The database %1 is up to date at schema version %2.")
                                .arg(database->url().redacted())
                                .arg(after)
                         << u'\n';
    else
        standardOutput() << Tr::tr("The database %1 is now at schema version %2 (was %3).")
                                .arg(database->url().redacted())
                                .arg(after)
                                .arg(before)
                         << u'\n';
    return ExitOk;
}

const CommandRegistrar registrar({u"init"_s, QT_TRANSLATE_NOOP("Commands", "Create or upgrade the database schema"), runInit});

} // namespace
} // namespace nodues::server
