// Measures `nodues-server import-billing` on a generated snapshot: rows per second, wall time
// and the peak resident memory of the importing process, for a fresh import and a re-import of
// the same file, on SQLite and (when NODUES_TEST_PG is set) PostgreSQL.
//
// Usage: BenchBillingImport [ROWS]   (default 100000)

#include "ServerProcess.h"
#include "TestDatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <cstdio>
#include <fcntl.h>
#include <vector>

extern char **environ;

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kDcCount = 20;

QString dcCode(int index)
{
    return u"34211%1"_s.arg(index, 2, 10, QChar(u'0'));
}

bool writeOffices(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QTextStream out(&file);
    out << "code,type,name,name_hi,parent_code\n"
        << "MPMK,company,Madhya Kshetra Vidyut Vitaran Company,,\n"
        << "BPL,region,Bhopal Region,भोपाल क्षेत्र,MPMK\n"
        << "C-BPL,circle,Bhopal Circle,भोपाल वृत्त,BPL\n"
        << "20302,division,Bhopal City Division,,C-BPL\n";
    for (int i = 0; i < kDcCount; ++i)
        out << dcCode(i) << ",dc,DC " << i << ",वितरण केंद्र " << i << ",20302\n";
    return true;
}

// A valid snapshot of rows connections with a fixed seed: Latin and Devanagari names, quoted
// addresses with commas, every status, dues, credits and zero arrears.
bool writeBilling(const QString &path, qint64 rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QTextStream out(&file);
    out << "ivrs,name,name_hi,relative_name,address,mobile,dc_code,tariff,connection_status,metering,meter_status,"
           "ekyc,arrears,bill_date\n";
    QRandomGenerator random(20261204);
    const QStringList latinNames{u"Ram Kumar"_s, u"Sita Devi"_s, u"Mohan Lal"_s, u"Geeta Sharma"_s, u"Abdul Rahim"_s};
    const QStringList hindiNames{u"राम कुमार"_s, u"सीता देवी"_s, u"मोहन लाल"_s, u"गीता शर्मा"_s, u"अब्दुल रहीम"_s};
    const QStringList statuses{u"LIVE"_s, u"LIVE"_s, u"LIVE"_s, u"TDC"_s, u"PDC"_s};
    const QStringList meters{u"WORKING"_s, u"WORKING"_s, u"WORKING"_s, u"DEFECTIVE"_s, u"STOPPED"_s, u"BURNT"_s};
    for (qint64 i = 0; i < rows; ++i) {
        const int person = int(random.bounded(latinNames.size()));
        const bool unmetered = random.bounded(20) == 0;
        const qint64 arrears = random.bounded(3) == 0 ? 0 : qint64(random.bounded(2000000)) - 200000;
        out << u"%1"_s.arg(i + 1, 10, 10, QChar(u'0')) << ',' << latinNames.at(person) << ',' << hindiNames.at(person)
            << ",Father " << person << ",\"House " << i % 997 << ", Ward " << i % 61 << ", Bhopal\","
            << (random.bounded(4) == 0 ? QString() : u"9%1"_s.arg(random.bounded(1000000000), 9, 10, QChar(u'0')))
            << ',' << dcCode(int(i % kDcCount)) << ',' << (unmetered ? "LV5.1" : "LV1.2") << ','
            << statuses.at(int(random.bounded(statuses.size()))) << ',' << (unmetered ? "UNMETERED," : "METERED,")
            << (unmetered ? QString() : meters.at(int(random.bounded(meters.size())))) << ','
            << (random.bounded(5) == 0 ? "PENDING" : "DONE") << ',' << arrears / 100 << '.'
            << u"%1"_s.arg(qAbs(arrears % 100), 2, 10, QChar(u'0')) << ",2026-11-"
            << u"%1"_s.arg(1 + i % 28, 2, 10, QChar(u'0')) << '\n';
    }
    return true;
}

struct RunResult
{
    int exitCode = -1;
    double seconds = 0;
    long peakRssKiB = 0;
};

// Runs nodues-server as a child and takes its own peak RSS from wait4(), not the largest of
// every child so far as RUSAGE_CHILDREN would.
RunResult runServer(const QStringList &arguments)
{
    std::vector<QByteArray> storage{nodues::test::serverBinaryPath().toLocal8Bit()};
    for (const QString &argument : arguments)
        storage.push_back(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &item : storage)
        argv.push_back(item.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);

    RunResult result;
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return result;
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid)
        return result;
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.peakRssKiB = usage.ru_maxrss;
    return result;
}

bool benchBackend(const QString &backend, const QString &officesPath, const QString &billingPath, qint64 rows,
                  QTextStream &out)
{
    QString skipReason;
    const std::unique_ptr<nodues::test::TestDatabase> db = nodues::test::TestDatabase::create(backend, &skipReason);
    if (!db) {
        out << backend << ": skipped (" << skipReason << ")\n";
        return true;
    }
    if (runServer({u"import-offices"_s, officesPath, u"--db"_s, db->url()}).exitCode != 0) {
        out << backend << ": import-offices failed\n";
        return false;
    }
    for (const QString &run : {u"fresh"_s, u"re-import"_s}) {
        const RunResult result = runServer({u"import-billing"_s, billingPath, u"--db"_s, db->url()});
        if (result.exitCode != 0) {
            out << backend << ' ' << run << ": import-billing exited with " << result.exitCode << '\n';
            return false;
        }
        out << backend.leftJustified(10) << run.leftJustified(11) << QString::number(result.seconds, 'f', 2).rightJustified(9)
            << QString::number(qint64(double(rows) / result.seconds)).rightJustified(10)
            << QString::number(double(result.peakRssKiB) / 1024.0, 'f', 1).rightJustified(16) << '\n';
        out.flush();
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 100000;
    if (rows <= 0) {
        out << "Usage: BenchBillingImport [ROWS]\n";
        return 2;
    }

    QTemporaryDir folder;
    const QString officesPath = folder.filePath(u"offices.csv"_s);
    const QString billingPath = folder.filePath(u"billing.csv"_s);
    if (!folder.isValid() || !writeOffices(officesPath) || !writeBilling(billingPath, rows)) {
        out << "Could not write the input files in " << folder.path() << '\n';
        return 1;
    }

    out << "BenchBillingImport: " << rows << " rows, " << QString::number(double(QFile(billingPath).size()) / 1e6, 'f', 1)
        << " MB of CSV, " << QThread::idealThreadCount() << " cores\n";
    out << "backend   run           seconds    rows/s   peak RSS (MiB)\n";
    out.flush();
    bool ok = true;
    for (const QString &backend : {u"sqlite"_s, u"postgres"_s})
        ok = benchBackend(backend, officesPath, billingPath, rows, out) && ok;
    return ok ? 0 : 1;
}
