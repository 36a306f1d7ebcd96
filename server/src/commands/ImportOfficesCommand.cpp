// nodues-server import-offices: loads the company's offices (company to Distribution Centre).

#include "Clock.h"
#include "commands/Command.h"
#include "commands/CommandSupport.h"
#include "commands/ImportReport.h"
#include "import/OfficeImporter.h"
#include "storage/Database.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace nodues::server {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ImportOfficesCommand)
};

int runImportOffices(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Import the offices CSV (code,type,name,name_hi,parent_code), upserted by code. Any invalid row "
               "stops the import and nothing is written."));
    parser.addPositionalArgument(u"FILE"_s, Tr::tr("The offices CSV file (UTF-8, with a header row)."));
    ServerConfig config;
    if (const int exit = parseCommandLine(parser, arguments, config, 1, 1); exit >= 0)
        return exit;

    QString error;
    const std::unique_ptr<Database> database = config.openDatabase(&error);
    if (!database) {
        standardError() << error << u'\n';
        return ExitFailure;
    }

    const QString path = parser.positionalArguments().constFirst();
    OfficeImporter importer(*database, Clock::system());
    const OfficeImportResult result = importer.run(path, commandLineActor());
    printImportWarnings(result.warnings);

    if (!result.error.isEmpty()) {
        standardError() << Tr::tr("Could not import %1: %2").arg(path, result.error) << u'\n'
                        << Tr::tr("Nothing was imported.") << u'\n';
        return ExitFailure;
    }
    if (!result.committed) {
        printImportIssues(result.issues);
        standardError() << Tr::tr("%1 of %2 rows in %3 are invalid (%n problem(s)). Nothing was imported. Fix these "
                                  "rows and import the file again.", nullptr, int(result.issues.total()))
                               .arg(result.issues.invalidRows())
                               .arg(result.rowsRead)
                               .arg(path)
                        << u'\n';
        return ExitFailure;
    }

    standardOutput() << Tr::tr("Imported the offices in %1.").arg(path) << u'\n';
    // A fixed English line, left untranslated, so scripts can grep the counts.
    standardOutput() << u"inserted %1, updated %2, unchanged %3"_s.arg(result.inserted)
                            .arg(result.updated)
                            .arg(result.unchanged)
                     << u'\n';
    return ExitOk;
}

const CommandRegistrar registrar({u"import-offices"_s,
                                  QT_TRANSLATE_NOOP("Commands", "Import the offices CSV (company to DC)"),
                                  runImportOffices});

} // namespace
} // namespace nodues::server
