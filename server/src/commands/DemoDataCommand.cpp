// nodues-server demo-data: writes a demo offices file and billing snapshot to import.

#include "Timestamp.h"
#include "commands/Command.h"
#include "commands/CommandSupport.h"
#include "demo/DemoDataGenerator.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::Literals::StringLiterals;

namespace nodues::server {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DemoDataCommand)
};

QString percentOf(qint64 part, qint64 whole)
{
    return whole == 0 ? u"0.0"_s : QString::number(100.0 * double(part) / double(whole), 'f', 1);
}

void printSummary(const QString &folder, const DemoDataOptions &options, const DemoDataSummary &summary)
{
    QTextStream &out = standardOutput();
    const QDir directory(folder);
    out << Tr::tr("Wrote %1: %2 offices (1 company, %3 regions, %4 circles, %5 divisions, %6 DCs).")
               .arg(QDir::toNativeSeparators(directory.absoluteFilePath(DemoDataGenerator::officesFileName())))
               .arg(summary.offices)
               .arg(summary.regions)
               .arg(summary.circles)
               .arg(summary.divisions)
               .arg(summary.dcs)
        << u'\n';
    out << Tr::tr("Wrote %1: %2 connections from seed %3, billed up to %4.")
               .arg(QDir::toNativeSeparators(directory.absoluteFilePath(DemoDataGenerator::billingFileName())))
               .arg(summary.connections)
               .arg(options.seed)
               .arg(options.asOf.toString(u"dd-MM-yyyy"_s))
        << u'\n';

    const qint64 total = summary.connections;
    const QList<std::pair<QString, qint64>> lines{
        {Tr::tr("eligible for a certificate"), summary.eligible},
        {Tr::tr("with arrears"), summary.withDues},
        {Tr::tr("with a credit balance"), summary.withCredit},
        {Tr::tr("e-KYC pending"), summary.ekycPending},
        {Tr::tr("meter defective, stopped or burnt"), summary.meterFaults},
        {Tr::tr("metered but no meter installed"), summary.meterNotInstalled},
        {Tr::tr("unmetered"), summary.unmetered},
        {Tr::tr("temporarily disconnected (TDC)"), summary.temporarilyDisconnected},
        {Tr::tr("permanently disconnected (PDC)"), summary.permanentlyDisconnected},
        {Tr::tr("without a mobile number"), summary.withoutMobile},
        {Tr::tr("on the mobile of an earlier connection"), summary.sharingMobile},
    };
    for (const auto &[label, count] : lines)
        out << u"  "_s << QString::number(count).rightJustified(9) << u"  "_s
            << QString(percentOf(count, total) + u'%').rightJustified(6) << u"  "_s << label << u'\n';
}

int runDemoData(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Write demo data in the billing system's export formats: %1 (the company's offices) and %2 (one "
               "row per connection), ready for import-offices and import-billing. The same seed, count and date "
               "give the same files byte for byte.")
            .arg(DemoDataGenerator::officesFileName(), DemoDataGenerator::billingFileName()));
    const QCommandLineOption outOption(u"out"_s, Tr::tr("Folder to write the files into; created if missing."),
                                       u"dir"_s);
    const QCommandLineOption connectionsOption(
        u"connections"_s, Tr::tr("Number of connections in the billing file. Default: 100000."), u"n"_s,
        u"100000"_s);
    const QCommandLineOption seedOption(u"seed"_s, Tr::tr("Seed of the random generator, 0 to 2^64-1. Default: 1."),
                                        u"s"_s, u"1"_s);
    const QCommandLineOption asOfOption(
        u"as-of"_s, Tr::tr("Date (YYYY-MM-DD) the bills lead up to. Default: today in India (IST)."), u"date"_s);
    parser.addOptions({outOption, connectionsOption, seedOption, asOfOption});
    ServerConfig config;
    if (const int exit = parseCommandLine(parser, arguments, config, 0, 0); exit >= 0)
        return exit;

    if (!parser.isSet(outOption) || parser.value(outOption).isEmpty()) {
        standardError() << Tr::tr("Missing --out: name the folder to write the demo files into.") << u'\n';
        return ExitUsage;
    }

    DemoDataOptions options;
    bool ok = false;
    options.connections = parser.value(connectionsOption).toLongLong(&ok);
    if (!ok || options.connections < 1 || options.connections > DemoDataGenerator::maxConnections) {
        standardError() << Tr::tr("Invalid --connections \"%1\": give a whole number from 1 to %2.")
                               .arg(parser.value(connectionsOption))
                               .arg(DemoDataGenerator::maxConnections)
                        << u'\n';
        return ExitUsage;
    }
    options.seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok) {
        standardError() << Tr::tr("Invalid --seed \"%1\": give a whole number from 0 to 18446744073709551615.")
                               .arg(parser.value(seedOption))
                        << u'\n';
        return ExitUsage;
    }
    if (parser.isSet(asOfOption)) {
        options.asOf = QDate::fromString(parser.value(asOfOption), u"yyyy-MM-dd"_s);
        if (!options.asOf.isValid()) {
            standardError() << Tr::tr("Invalid --as-of \"%1\": give a date as YYYY-MM-DD, such as 2026-12-04.")
                                   .arg(parser.value(asOfOption))
                            << u'\n';
            return ExitUsage;
        }
    } else {
        options.asOf = Timestamp::toIst(QDateTime::currentDateTimeUtc()).date();
    }

    const QString folder = parser.value(outOption);
    DemoDataGenerator generator(options);
    QString error;
    if (!generator.writeFiles(folder, &error)) {
        standardError() << error << u'\n';
        return ExitFailure;
    }
    printSummary(folder, options, generator.summary());
    return ExitOk;
}

const CommandRegistrar registrar({u"demo-data"_s,
                                  QT_TRANSLATE_NOOP("Commands", "Write demo offices and billing CSV files to import"),
                                  runDemoData});

} // namespace
} // namespace nodues::server
