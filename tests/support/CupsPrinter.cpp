#include "CupsPrinter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <signal.h>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;

namespace nodues::test {

namespace {

const QString kCupsd = u"/usr/sbin/cupsd"_s;
const QString kBackend = u"/usr/lib/cups/backend/cups-pdf"_s;
const QString kPpd = u"/usr/share/ppd/cups-pdf/CUPS-PDF_noopt.ppd"_s;
const QString kCupsPdfConfigFolder = u"/etc/cups"_s;
constexpr int kToolTimeoutMs = 30000;
constexpr int kStartTimeoutMs = 20000;

bool writeFile(const QString &path, const QByteArray &contents, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(contents) != contents.size()) {
        *error = u"Could not write %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

// cups-pdf's PPD with Letter in place of A4 as the default paper size.
QByteArray letterPpd(QString *error)
{
    QFile file(kPpd);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"Could not read %1: %2"_s.arg(kPpd, file.errorString());
        return {};
    }
    QByteArray ppd = file.readAll();
    for (const QByteArray &keyword : {"PageSize"_ba, "PageRegion"_ba, "ImageableArea"_ba, "PaperDimension"_ba})
        ppd.replace(QByteArray("*Default"_ba + keyword + ": A4"_ba),
                    QByteArray("*Default"_ba + keyword + ": Letter"_ba));
    return ppd;
}

} // namespace

bool CupsPrinter::available(QString *reason)
{
    for (const QString &path : {kCupsd, kBackend, kPpd}) {
        if (!QFileInfo::exists(path)) {
            *reason = u"%1 is missing (Debian packages cups and printer-driver-cups-pdf)"_s.arg(path);
            return false;
        }
    }
    for (const QString &tool : {u"lpadmin"_s, u"lpstat"_s, u"cancel"_s}) {
        if (QStandardPaths::findExecutable(tool, {u"/usr/sbin"_s, u"/usr/bin"_s}).isEmpty()) {
            *reason = u"%1 is missing (Debian package cups-client)"_s.arg(tool);
            return false;
        }
    }
    if (!QFileInfo(kCupsPdfConfigFolder).isWritable()) {
        *reason = u"%1 is not writable, so cups-pdf cannot be given a private output folder (run as root)"_s.arg(
            kCupsPdfConfigFolder);
        return false;
    }
    return true;
}

std::unique_ptr<CupsPrinter> CupsPrinter::start(QString *error)
{
    if (!available(error))
        return nullptr;

    // A short base path: cups-pdf and the scheduler keep paths in fixed buffers, and a socket
    // path may not exceed 107 bytes.
    std::unique_ptr<CupsPrinter> printer(new CupsPrinter);
    printer->m_directory = QTemporaryDir(QDir::tempPath() + u"/cups-XXXXXX"_s);
    const QString base = printer->m_directory.path();
    if (!printer->m_directory.isValid() || base.size() > 60) {
        *error = u"Could not make a short private folder for CUPS under %1"_s.arg(QDir::tempPath());
        return nullptr;
    }
    const QString suffix = QFileInfo(base).fileName().mid(5);
    printer->m_queueName = u"NoDuesTestPdf"_s;

    // Filters run as the unprivileged user lp: they must reach the folders and write the
    // temporary one.
    QDir folder(base);
    for (const QString &name :
         {u"conf"_s, u"spool"_s, u"cache"_s, u"state"_s, u"temp"_s, u"log"_s, u"out"_s, u"cups-pdf"_s}) {
        if (!folder.mkpath(name)) {
            *error = u"Could not make %1/%2"_s.arg(base, name);
            return nullptr;
        }
    }
    const QFileDevice::Permissions readable = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                              QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                              QFileDevice::ExeOther;
    for (const QString &path : QStringList{base, base + u"/conf"_s, base + u"/out"_s, base + u"/cups-pdf"_s})
        QFile::setPermissions(path, readable);
    if (::chmod(QFile::encodeName(base + u"/temp"_s).constData(), 01777) != 0) {
        *error = u"Could not open %1/temp to the CUPS filters"_s.arg(base);
        return nullptr;
    }

    const QByteArray root = QFile::encodeName(base);
    const QByteArray cupsdConf = "LogLevel debug\n"
                                 "Listen " +
                                 root +
                                 "/cups.sock\n"
                                 "Browsing No\n"
                                 "WebInterface No\n"
                                 "DefaultAuthType None\n"
                                 "DefaultPaperSize Letter\n"
                                 "ErrorPolicy abort-job\n"
                                 "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
                                 "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n";
    const QByteArray filesConf = "ServerRoot " + root +
                                 "/conf\n"
                                 "RequestRoot " +
                                 root +
                                 "/spool\n"
                                 "TempDir " +
                                 root +
                                 "/temp\n"
                                 "CacheDir " +
                                 root +
                                 "/cache\n"
                                 "StateDir " +
                                 root +
                                 "/state\n"
                                 "ErrorLog " +
                                 root +
                                 "/log/error_log\n"
                                 "AccessLog " +
                                 root +
                                 "/log/access_log\n"
                                 "PageLog " +
                                 root +
                                 "/log/page_log\n"
                                 "Printcap " +
                                 root +
                                 "/state/printcap\n"
                                 "ServerBin /usr/lib/cups\n"
                                 "DataDir /usr/share/cups\n"
                                 "Sandboxing Relaxed\n"
                                 "FileDevice No\n";
    const QByteArray ppd = letterPpd(error);
    if (ppd.isEmpty() || !writeFile(base + u"/conf/cupsd.conf"_s, cupsdConf, error) ||
        !writeFile(base + u"/conf/cups-files.conf"_s, filesConf, error) ||
        !writeFile(base + u"/queue.ppd"_s, ppd, error))
        return nullptr;

    // cups-pdf: PDFs, its spool and its log in the private folder; output files named after
    // the job id.
    printer->m_cupsPdfConfig = kCupsPdfConfigFolder + u"/cups-pdf-nodues-test-"_s + suffix + u".conf"_s;
    const QByteArray cupsPdfConf = "Out " + root +
                                   "/out\n"
                                   "Spool " +
                                   root +
                                   "/cups-pdf/spool\n"
                                   "Log " +
                                   root +
                                   "/cups-pdf/log\n"
                                   "GSTmp " +
                                   root +
                                   "/temp\n"
                                   "Label 1\n"
                                   "LogType 7\n";
    if (!writeFile(printer->m_cupsPdfConfig, cupsPdfConf, error))
        return nullptr;

    printer->m_cupsd = std::make_unique<QProcess>();
    printer->m_cupsd->setProcessChannelMode(QProcess::MergedChannels);
    printer->m_cupsd->setStandardOutputFile(base + u"/log/cupsd.out"_s);
    printer->m_cupsd->start(
        kCupsd, {u"-f"_s, u"-c"_s, base + u"/conf/cupsd.conf"_s, u"-s"_s, base + u"/conf/cups-files.conf"_s});
    if (!printer->m_cupsd->waitForStarted(kStartTimeoutMs)) {
        *error = u"cupsd did not start: %1"_s.arg(printer->m_cupsd->errorString());
        return nullptr;
    }

    // The scheduler answers once it has read its configuration and listens.
    QString output;
    QString toolError;
    const bool running = QTest::qWaitFor(
        [&] {
            return printer->m_cupsd->state() != QProcess::Running ||
                   (QFileInfo::exists(printer->socketPath()) &&
                    printer->runTool(u"lpstat"_s, {u"-h"_s, printer->socketPath(), u"-r"_s}, &output, &toolError) &&
                    output.contains(u"is running"_s));
        },
        kStartTimeoutMs);
    if (!running || printer->m_cupsd->state() != QProcess::Running) {
        *error = u"cupsd did not come up: %1\n%2"_s.arg(toolError, printer->errorLog().right(3000));
        return nullptr;
    }

    // pdftocairo turns the job into PostScript with its fonts intact, so cups-pdf's PDF keeps
    // the text; Ghostscript, the default, makes Type 3 fonts whose text does not extract.
    if (!printer->runTool(u"lpadmin"_s,
                          {u"-h"_s, printer->socketPath(), u"-p"_s, printer->m_queueName, u"-E"_s, u"-v"_s,
                           u"cups-pdf:/nodues-test-"_s + suffix, u"-P"_s, base + u"/queue.ppd"_s, u"-o"_s,
                           u"pdftops-renderer-default=pdftocairo"_s},
                          &output, error))
        return nullptr;
    return printer;
}

CupsPrinter::~CupsPrinter()
{
    if (m_cupsd && m_cupsd->state() == QProcess::Running) {
        resume();
        QString ignored;
        runTool(u"cancel"_s, {u"-h"_s, socketPath(), u"-a"_s, m_queueName}, &ignored, &ignored);
        m_cupsd->terminate();
        if (!m_cupsd->waitForFinished(10000)) {
            m_cupsd->kill();
            m_cupsd->waitForFinished(5000);
        }
    }
    if (!m_cupsPdfConfig.isEmpty())
        QFile::remove(m_cupsPdfConfig);
}

bool CupsPrinter::pause() const
{
    if (!m_cupsd || m_cupsd->state() != QProcess::Running)
        return false;
    return ::kill(pid_t(m_cupsd->processId()), SIGSTOP) == 0;
}

bool CupsPrinter::resume() const
{
    if (!m_cupsd || m_cupsd->processId() <= 0)
        return false;
    return ::kill(pid_t(m_cupsd->processId()), SIGCONT) == 0;
}

QString CupsPrinter::socketPath() const
{
    return m_directory.filePath(u"cups.sock"_s);
}

QString CupsPrinter::outputDirectory() const
{
    return m_directory.filePath(u"out"_s);
}

QString CupsPrinter::errorLog() const
{
    QFile file(m_directory.filePath(u"log/error_log"_s));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void CupsPrinter::useInThisProcess() const
{
    qputenv("CUPS_SERVER", QFile::encodeName(socketPath()));
}

QProcessEnvironment CupsPrinter::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"CUPS_SERVER"_s, socketPath());
    return environment;
}

bool CupsPrinter::runTool(const QString &program, const QStringList &arguments, QString *output, QString *error) const
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(kToolTimeoutMs) || !process.waitForFinished(kToolTimeoutMs)) {
        *error = u"%1 did not run: %2"_s.arg(program, process.errorString());
        return false;
    }
    *output = QString::fromLocal8Bit(process.readAll());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = u"%1 %2 failed: %3"_s.arg(program, arguments.join(u' '), *output);
        return false;
    }
    return true;
}

QList<int> CupsPrinter::pendingJobs(QString *error) const
{
    return jobs(u"not-completed"_s, error);
}

QList<int> CupsPrinter::allJobs(QString *error) const
{
    return jobs(u"all"_s, error);
}

QList<int> CupsPrinter::jobs(const QString &which, QString *error) const
{
    QString output;
    QString localError;
    if (!runTool(u"lpstat"_s, {u"-h"_s, socketPath(), u"-W"_s, which, u"-o"_s, m_queueName}, &output, &localError)) {
        if (error)
            *error = localError;
        return {};
    }
    // One line per job: "<queue>-<id>  <user>  <size>  <date>".
    QList<int> ids;
    static const QRegularExpression line(u"^\\S+-(\\d+)\\s"_s, QRegularExpression::MultilineOption);
    for (auto match = line.globalMatch(output); match.hasNext();)
        ids.append(match.next().captured(1).toInt());
    std::sort(ids.begin(), ids.end());
    return ids;
}

QStringList CupsPrinter::outputFiles() const
{
    const QFileInfoList files = QDir(outputDirectory()).entryInfoList({u"job_*.pdf"_s}, QDir::Files, QDir::Name);
    QList<std::pair<int, QString>> byJob;
    static const QRegularExpression jobNumber(u"^job_(\\d+)-"_s);
    for (const QFileInfo &file : files)
        byJob.append({jobNumber.match(file.fileName()).captured(1).toInt(), file.absoluteFilePath()});
    std::sort(byJob.begin(), byJob.end());
    QStringList paths;
    for (const auto &[job, path] : std::as_const(byJob))
        paths.append(path);
    return paths;
}

QString CupsPrinter::outputOfJob(int jobId) const
{
    const QStringList files =
        QDir(outputDirectory()).entryList({u"job_%1-*.pdf"_s.arg(jobId)}, QDir::Files, QDir::Name);
    return files.isEmpty() ? QString() : QDir(outputDirectory()).filePath(files.first());
}

QString CupsPrinter::waitForJobOutput(int jobId, int timeoutMs, QString *error) const
{
    // cups-pdf's Ghostscript writes the file in place, so it is complete once the job is done.
    QString toolError;
    const bool done = QTest::qWaitFor(
        [&] {
            const QList<int> pending = pendingJobs(&toolError);
            return toolError.isEmpty() && !pending.contains(jobId) && !outputOfJob(jobId).isEmpty();
        },
        timeoutMs);
    if (!done) {
        *error = u"Job %1 did not come out of %2 within %3 ms. %4\n%5"_s.arg(jobId)
                     .arg(m_queueName)
                     .arg(timeoutMs)
                     .arg(toolError, errorLog().right(4000));
        return {};
    }
    return outputOfJob(jobId);
}

QStringList CupsPrinter::waitUntilIdle(int timeoutMs, QString *error) const
{
    QString toolError;
    const bool idle = QTest::qWaitFor(
        [&] {
            const QList<int> pending = pendingJobs(&toolError);
            return toolError.isEmpty() && pending.isEmpty();
        },
        timeoutMs);
    if (!idle) {
        *error = u"%1 still had jobs after %2 ms. %3\n%4"_s.arg(m_queueName)
                     .arg(timeoutMs)
                     .arg(toolError, errorLog().right(4000));
        return {};
    }
    return outputFiles();
}

bool CupsPrinter::reset(QString *error)
{
    QString output;
    if (!runTool(u"cancel"_s, {u"-h"_s, socketPath(), u"-a"_s, u"-x"_s, m_queueName}, &output, error))
        return false;
    for (const QString &path : outputFiles()) {
        if (!QFile::remove(path)) {
            *error = u"Could not delete %1"_s.arg(path);
            return false;
        }
    }
    return true;
}

} // namespace nodues::test
