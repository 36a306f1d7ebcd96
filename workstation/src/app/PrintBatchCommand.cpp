#include "app/PrintBatchCommand.h"

#include "app/Fonts.h"
#include "app/HeadlessCommand.h"
#include "app/LanguageSwitcher.h"
#include "app/WorkstationSettings.h"
#include "cache/LocalCache.h"
#include "print/CertificatePrintRun.h"
#include "print/CupsSubmission.h"
#include "print/PrintJobTitle.h"
#include "print/PrintLogging.h"
#include "print/PrintTarget.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QPrinterInfo>
#include <QProcessEnvironment>
#include <QTextStream>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PrintBatchCommand)
};

const char *const kFlag = "--print-batch";

// The options, made once the translations are installed.
struct Options
{
    QCommandLineOption printBatch{u"print-batch"_s, Tr::tr("Print signed certificates from the local cache.")};
    QCommandLineOption allUnprinted{u"all-unprinted"_s,
                                    Tr::tr("Print every certificate of your office not yet printed.")};
    QCommandLineOption numbers{u"numbers"_s, Tr::tr("Print these certificates, separated by commas."), Tr::tr("N1,N2")};
    QCommandLineOption printer{u"printer"_s, Tr::tr("Send one job to the printer queue NAME."), Tr::tr("NAME")};
    QCommandLineOption pdfDir{u"pdf-dir"_s,
                              Tr::tr("Write the printed pages into the existing folder DIR, one PDF file per "
                                     "certificate, named like NDC-20302-2026-27-000123-print.pdf. The files are "
                                     "300 dpi images of the printed pages, not the signed certificate."),
                              Tr::tr("DIR")};
    QCommandLineOption server{
        u"server"_s, Tr::tr("Use the local cache of the officer's applications from the server URL."), Tr::tr("URL")};
    QCommandLineOption officer{u"officer"_s,
                               Tr::tr("The officer whose local cache is used and who is recorded as printing."),
                               Tr::tr("USERNAME")};
    QCommandLineOption cache{u"cache"_s, Tr::tr("Use the local cache in the file PATH."), Tr::tr("PATH")};
};

// The end of --help: what the exit codes mean (PrintBatchExitCode).
QString exitCodesHelp()
{
    return Tr::tr("Exit codes:\n"
                  "  0  every certificate printed, or nothing was left to print\n"
                  "  1  an invalid option\n"
                  "  2  the local cache, the printer or the folder cannot be used\n"
                  "  3  the print job failed or was cancelled; its certificates are not printed\n"
                  "  4  some certificates were left out; each is named with the reason\n");
}

// The reason --pdf-dir folder cannot take the files, or empty when it can. The folder must
// exist, so that a mistyped path fails instead of silently creating a new folder.
QString folderProblem(const QString &folder)
{
    const QFileInfo info(folder);
    const QString shownPath = QDir::toNativeSeparators(folder);
    if (folder.isEmpty() || !info.exists())
        return Tr::tr("The folder \"%1\" does not exist. Create it, or give an existing folder with --pdf-dir.")
            .arg(shownPath);
    if (!info.isDir())
        return Tr::tr("\"%1\" is not a folder. Give an existing folder with --pdf-dir.").arg(shownPath);
    if (!info.isWritable())
        return Tr::tr("The folder \"%1\" cannot be written to. Give a folder you may write to with --pdf-dir.")
            .arg(shownPath);
    return {};
}

// The reason --printer name cannot take the job, or empty when it can. With libcups the
// scheduler is asked within the print time limit, because Qt's printer list waits without limit
// for a scheduler that does not respond.
QString printerProblem(const QString &name)
{
    const auto unknown = [&name] {
        const QStringList known = QPrinterInfo::availablePrinterNames();
        return Tr::tr("There is no printer called \"%1\". Printers on this PC: %2.")
            .arg(name, known.isEmpty() ? Tr::tr("none") : known.join(u", "_s));
    };
    if (name.isEmpty())
        return unknown();
    if (!CupsSubmission::available())
        return QPrinterInfo::printerInfo(name).isNull() ? unknown() : QString();

    const CupsSubmission::QueueCheck check =
        CupsSubmission::checkQueue(name, CupsSubmission::CallControl::fromEnvironment());
    switch (check.status) {
    case CupsSubmission::QueueCheck::Status::Ready:
        return {};
    case CupsSubmission::QueueCheck::Status::NotFound:
        return unknown();
    case CupsSubmission::QueueCheck::Status::NoA4:
        return Tr::tr("The printer \"%1\" does not offer A4 paper, which certificates need.").arg(name);
    case CupsSubmission::QueueCheck::Status::Unreachable:
        qCWarning(lcPrint) << "CUPS could not be asked about" << name << ":" << check.detail;
        return Tr::tr("The printing service (CUPS) could not be asked about the printer \"%1\": %2. Check that it is "
                      "running, then run the command again.")
            .arg(name, check.detail);
    }
    return {};
}

// The certificate numbers of --numbers, or nothing with *error naming the bad item.
std::optional<QStringList> parseNumbers(const QString &value, QString *error)
{
    QStringList numbers;
    const QStringList items = value.split(u',');
    for (const QString &item : items) {
        const QString number = item.trimmed();
        if (number.isEmpty() || number.contains(u' ')) {
            *error = Tr::tr("--numbers has an empty or malformed certificate number in \"%1\". Separate the numbers "
                            "with commas, for example NDC/20302/2026-27/000123,NDC/20302/2026-27/000124.")
                         .arg(value);
            return std::nullopt;
        }
        numbers.append(number);
    }
    return numbers;
}

} // namespace

bool isPrintBatchCommand(int argc, char *argv[])
{
    return HeadlessCommand::hasFlag(argc, argv, kFlag);
}

int runPrintBatchCommand(int argc, char *argv[])
{
    // Printing at night runs without a desktop session; Qt then draws offscreen.
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!environment.contains(u"QT_QPA_PLATFORM"_s) && !environment.contains(u"DISPLAY"_s) &&
        !environment.contains(u"WAYLAND_DISPLAY"_s))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"NoDues"_s);
    QCoreApplication::setApplicationName(u"nodues-workstation"_s);
    WorkstationSettings settings;
    installBundledFonts();
    LanguageSwitcher languages;
    HeadlessCommand::setUp(settings, languages);

    const Options options;
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Prints signed NoDues certificates from this workstation's local cache, "
                                            "without the network."));
    parser.addOptions({options.printBatch, options.allUnprinted, options.numbers, options.printer, options.pdfDir,
                       options.server, options.officer, options.cache});
    if (const int exit =
            HeadlessCommand::parse(parser, app.arguments(), exitCodesHelp(), kPrintBatchOk, kPrintBatchUsage);
        exit >= 0)
        return exit;

    // What to print.
    if (parser.isSet(options.allUnprinted) == parser.isSet(options.numbers))
        return HeadlessCommand::fail(kPrintBatchUsage, Tr::tr("Give either --all-unprinted or --numbers N1,N2,... ."));
    QStringList numbers;
    if (parser.isSet(options.numbers)) {
        QString error;
        const std::optional<QStringList> parsed = parseNumbers(parser.value(options.numbers), &error);
        if (!parsed)
            return HeadlessCommand::fail(kPrintBatchUsage, error);
        numbers = *parsed;
    }

    // Where to print.
    if (parser.isSet(options.printer) == parser.isSet(options.pdfDir))
        return HeadlessCommand::fail(kPrintBatchUsage, Tr::tr("Give either --printer NAME or --pdf-dir DIR."));
    PrintTarget target;
    if (parser.isSet(options.printer)) {
        const QString name = parser.value(options.printer);
        const QString problem = printerProblem(name);
        if (!problem.isEmpty())
            return HeadlessCommand::fail(kPrintBatchUnavailable, problem);
        target = PrintTarget::printer(name);
    } else {
        const QString folder = parser.value(options.pdfDir);
        const QString problem = folderProblem(folder);
        if (!problem.isEmpty())
            return HeadlessCommand::fail(kPrintBatchUnavailable, problem);
        target = PrintTarget::pdfFolder(folder);
    }

    // Whose cache.
    if (parser.isSet(options.cache) && parser.isSet(options.server))
        return HeadlessCommand::fail(kPrintBatchUsage,
                                     Tr::tr("Give either --cache PATH or --server URL with --officer USERNAME."));
    QString officer = parser.isSet(options.officer) ? parser.value(options.officer) : settings.lastUsername();
    QString cachePath;
    if (parser.isSet(options.cache)) {
        cachePath = parser.value(options.cache);
    } else {
        const QString serverText = parser.isSet(options.server) ? parser.value(options.server) : settings.serverUrl();
        const QUrl server(serverText, QUrl::StrictMode);
        if (serverText.isEmpty() || officer.isEmpty())
            return HeadlessCommand::fail(kPrintBatchUsage,
                                         Tr::tr("Give --server URL and --officer USERNAME, or --cache PATH: this "
                                                "workstation has no saved sign-in to take them from."));
        if (!server.isValid() || server.scheme().isEmpty() || server.host().isEmpty())
            return HeadlessCommand::fail(kPrintBatchUsage, Tr::tr("The server address \"%1\" is not a URL such as "
                                                                  "https://nodues.example.in.")
                                                               .arg(serverText));
        cachePath = LocalCache::defaultPath(server, officer);
    }
    if (!QFileInfo(cachePath).isFile())
        return HeadlessCommand::fail(
            kPrintBatchUnavailable,
            Tr::tr("There is no local cache at \"%1\". Sign in once with the workstation on this PC, or give "
                   "the file of the local cache with --cache.")
                .arg(QDir::toNativeSeparators(cachePath)));
    QString error;
    const std::unique_ptr<LocalCache> cache = LocalCache::open(cachePath, &error);
    if (!cache)
        return HeadlessCommand::fail(
            kPrintBatchUnavailable,
            Tr::tr("The local cache at \"%1\" cannot be opened: %2").arg(QDir::toNativeSeparators(cachePath), error));

    // Plan, print, report.
    CertificatePrintRun run(*cache, officer);
    const bool all = parser.isSet(options.allUnprinted);
    const CertificatePrintRun::Plan plan = all ? run.planUnprinted(&error) : run.planChosen(numbers, &error);
    if (!error.isEmpty())
        return HeadlessCommand::fail(kPrintBatchUnavailable, Tr::tr("The local cache cannot be read: %1").arg(error));
    const QString title = batchJobTitle(int(plan.certificates.size()));
    const CertificatePrintRun::Result result =
        run.run(plan, target, title, all ? BatchSelection::AllUnprinted : BatchSelection::Chosen, {});

    for (qsizetype i = 0; i < result.printed.size(); ++i) {
        const QString &number = result.printed.at(i);
        const auto planned =
            std::find_if(plan.certificates.cbegin(), plan.certificates.cend(),
                         [&](const CertificatePrintRun::Planned &each) { return each.number == number; });
        const int copy = planned == plan.certificates.cend() ? 0 : planned->copyNumber;
        QString line =
            copy > 0 ? Tr::tr("Printed %1 (copy %2)").arg(number).arg(copy) : Tr::tr("Printed %1").arg(number);
        if (target.kind == PrintTarget::Kind::PdfFolder)
            line += u": "_s + QDir::toNativeSeparators(target.fileFor(number, copy));
        HeadlessCommand::out() << line << Qt::endl;
    }
    for (const CertificatePrintRun::Skipped &skipped : result.skipped)
        HeadlessCommand::err() << Tr::tr("Not printed: %1").arg(skipped.message) << Qt::endl;

    switch (result.outcome) {
    case CertificatePrintRun::Outcome::NothingToPrint:
        HeadlessCommand::out() << Tr::tr("Nothing to print.") << Qt::endl;
        break;
    case CertificatePrintRun::Outcome::Printed:
        HeadlessCommand::out()
            << Tr::tr("%n certificates printed to %1.", nullptr, int(result.printed.size())).arg(target.displayName())
            << Qt::endl;
        if (!result.error.isEmpty())
            HeadlessCommand::err() << result.error << Qt::endl;
        break;
    case CertificatePrintRun::Outcome::Cancelled:
    case CertificatePrintRun::Outcome::Failed:
        return HeadlessCommand::fail(kPrintBatchFailed,
                                     Tr::tr("Printing to %1 failed: %2").arg(target.displayName(), result.error));
    }
    return result.skipped.isEmpty() && result.error.isEmpty() ? kPrintBatchOk : kPrintBatchIncomplete;
}

} // namespace nodues::workstation
