// nodues-server import-billing: loads a billing snapshot CSV from the billing system (NGB).

#include "Clock.h"
#include "commands/Command.h"
#include "commands/CommandSupport.h"
#include "commands/ImportReport.h"
#include "import/BillingImporter.h"
#include "storage/Database.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace nodues::server {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ImportBillingCommand)
};

int runImportBilling(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Import a billing snapshot CSV: one row per connection, upserted by IVRS number. By default any "
               "invalid row stops the import and nothing is written."));
    parser.addPositionalArgument(u"FILE"_s, Tr::tr("The billing CSV file (UTF-8, with a header row)."));
    const QCommandLineOption skipInvalid(
        u"skip-invalid"_s,
        Tr::tr("Import the valid rows and write each invalid row, with a reason column, to this CSV file."),
        u"REJECTS.csv"_s);
    parser.addOption(skipInvalid);
    ServerConfig config;
    if (const int exit = parseCommandLine(parser, arguments, config, 1, 1); exit >= 0)
        return exit;

    QString error;
    const std::unique_ptr<Database> database = config.openDatabase(&error);
    if (!database) {
        standardError() << error << u'\n';
        return ExitFailure;
    }

    BillingImportOptions options;
    options.sourcePath = parser.positionalArguments().constFirst();
    options.rejectsPath = parser.value(skipInvalid);
    options.actor = commandLineActor();
    options.progress = terminalProgress();
    BillingImporter importer(*database, Clock::system());
    const BillingImportResult result = importer.run(options);
    finishProgress();
    printImportWarnings(result.warnings);

    if (!result.error.isEmpty()) {
        standardError() << Tr::tr("Could not import %1: %2").arg(options.sourcePath, result.error) << u'\n'
                        << Tr::tr("Nothing was imported.") << u'\n';
        return ExitFailure;
    }
    if (!result.committed) {
        printImportIssues(result.issues);
        standardError() << Tr::tr("%1 of %2 rows in %3 are invalid (%n problem(s)). Nothing was imported. Fix these "
                                  "rows and import the file again, or import the valid rows with --skip-invalid "
                                  "REJECTS.csv.", nullptr, int(result.issues.total()))
                               .arg(result.issues.invalidRows())
                               .arg(result.rowsRead)
                               .arg(options.sourcePath)
                        << u'\n';
        return ExitFailure;
    }

    standardOutput() << Tr::tr("Imported %1 as billing import %2.").arg(options.sourcePath).arg(result.importId)
                     << u'\n';
    if (result.rejected > 0)
        standardOutput() << Tr::tr("%1 invalid rows were skipped; they are in %2 with the reason for each.")
                                .arg(result.rejected)
                                .arg(options.rejectsPath)
                         << u'\n';
    // A fixed English line, left untranslated, so scripts can grep the counts.
    standardOutput() << u"inserted %1, updated %2, unchanged %3, rejected %4"_s.arg(result.inserted)
                            .arg(result.updated)
                            .arg(result.unchanged)
                            .arg(result.rejected)
                     << u'\n';
    return ExitOk;
}

const CommandRegistrar registrar({u"import-billing"_s,
                                  QT_TRANSLATE_NOOP("Commands", "Import a billing snapshot CSV (connections by IVRS)"),
                                  runImportBilling});

} // namespace
} // namespace nodues::server
