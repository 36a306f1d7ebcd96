// nodues-server audit verify: walks the audit chain and names the first row that breaks it.

#include "audit/AuditLog.h"
#include "commands/Command.h"
#include "commands/CommandSupport.h"
#include "storage/Database.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace nodues::server {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)
};

int runAuditVerify(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Check every row of the audit chain against its hash and its predecessor."));
    ServerConfig config;
    if (const int exit = parseCommandLine(parser, arguments, config, 0, 0); exit >= 0)
        return exit;

    QString error;
    const std::unique_ptr<Database> database = config.openDatabase(&error);
    if (!database) {
        standardError() << error << u'\n';
        return ExitFailure;
    }
    const AuditVerification result = AuditLog::verify(*database, &error);
    if (!error.isEmpty()) {
        standardError() << Tr::tr("Could not read the audit chain: %1").arg(error) << u'\n';
        return ExitFailure;
    }
    if (!result.intact) {
        standardError() << Tr::tr("The audit chain is broken at row %1: %2. %3 rows before it are intact.")
                               .arg(result.firstBrokenSeq)
                               .arg(result.problem)
                               .arg(result.rowsChecked)
                        << u'\n';
        return ExitFailure;
    }
    standardOutput() << Tr::tr("The audit chain is intact: %n rows checked.", nullptr, int(result.rowsChecked)) << u'\n'
                     << Tr::tr("Head: row %1, hash %2. Keep this line somewhere outside this server: rows cut "
                               "from the end of the chain are found only by comparing it with a later run.")
                            .arg(result.rowsChecked)
                            .arg(result.headHash)
                     << u'\n';
    return ExitOk;
}

const CommandRegistrar registrar({u"audit verify"_s, QT_TRANSLATE_NOOP("Commands", "Check the audit chain for edited or missing rows"),
                                  runAuditVerify});

} // namespace
} // namespace nodues::server
