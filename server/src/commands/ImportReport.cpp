#include "commands/ImportReport.h"

#include "commands/CommandSupport.h"
#include "import/BillingImporter.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <memory>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace nodues::server {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ImportReport)
};

constexpr qint64 kProgressRows = 50000;
constexpr qint64 kProgressMilliseconds = 1000;

bool progressShown = false;

} // namespace

void printImportWarnings(const QStringList &warnings)
{
    for (const QString &warning : warnings)
        standardError() << Tr::tr("warning: %1").arg(warning) << u'\n';
}

void printImportIssues(const ImportIssueLog &issues)
{
    for (const ImportIssue &issue : issues.kept())
        standardError() << issue.describe() << u'\n';
    const qint64 hidden = issues.total() - issues.kept().size();
    if (hidden > 0)
        standardError() << Tr::tr("... and %1 more problems not shown (only the first %2 are kept).")
                               .arg(hidden)
                               .arg(ImportIssueLog::kMaxKept)
                        << u'\n';
}

std::function<void(const ImportProgress &)> terminalProgress()
{
    if (!isatty(STDERR_FILENO))
        return {};
    auto timer = std::make_shared<QElapsedTimer>();
    auto lastRows = std::make_shared<qint64>(0);
    timer->start();
    return [timer, lastRows](const ImportProgress &progress) {
        if (!progress.finished && progress.rowsRead - *lastRows < kProgressRows
            && timer->elapsed() < kProgressMilliseconds)
            return;
        *lastRows = progress.rowsRead;
        timer->restart();
        const int percent = progress.totalBytes > 0 ? int(progress.bytesRead * 100 / progress.totalBytes) : 100;
        standardError() << u'\r' << Tr::tr("%1% read, %2 rows").arg(percent).arg(progress.rowsRead) << Qt::flush;
        progressShown = true;
        if (progress.finished)
            finishProgress();
    };
}

void finishProgress()
{
    if (progressShown)
        standardError() << u'\n' << Qt::flush;
    progressShown = false;
}

} // namespace nodues::server
