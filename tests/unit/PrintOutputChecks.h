#pragma once

// What the print tests read back from printed PDFs, with independent tools: the page count and
// size (pdfinfo), the text (pdftotext) and the QR code (pdftoppm, then zbarimg).

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace nodues::test {

struct ToolRun
{
    int exitCode = -1;
    QString output; // standard output
    QString errors; // standard error: zbarimg, for one, complains there about a missing D-Bus
};

inline ToolRun runCheckTool(const QString &program, const QStringList &arguments, int timeoutMs = 120000)
{
    using namespace Qt::Literals::StringLiterals;
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(10000) || !process.waitForFinished(timeoutMs))
        return {-1, {}, program + u" did not run: "_s + process.errorString()};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// The tools the checks need, or the first one missing.
inline QString missingCheckTool()
{
    using namespace Qt::Literals::StringLiterals;
    for (const QString &tool : {u"pdfinfo"_s, u"pdftotext"_s, u"pdftoppm"_s, u"zbarimg"_s}) {
        if (QStandardPaths::findExecutable(tool).isEmpty())
            return tool;
    }
    return {};
}

struct PdfPages
{
    int count = 0;
    QString size;      // pdfinfo's "Page size" of the first page, "595 x 842 pts (A4)"
    QStringList sizes; // every page's size
};

inline PdfPages pdfPages(const QString &path)
{
    using namespace Qt::Literals::StringLiterals;
    PdfPages pages;
    const ToolRun info = runCheckTool(u"pdfinfo"_s, {u"-f"_s, u"1"_s, u"-l"_s, u"1000"_s, path});
    static const QRegularExpression count(u"^Pages:\\s+(\\d+)"_s, QRegularExpression::MultilineOption);
    pages.count = count.match(info.output).captured(1).toInt();
    static const QRegularExpression size(u"^Page\\s+\\d+ size:\\s+(.+)$"_s, QRegularExpression::MultilineOption);
    for (auto match = size.globalMatch(info.output); match.hasNext();)
        pages.sizes.append(match.next().captured(1).trimmed());
    pages.size = pages.sizes.value(0);
    return pages;
}

inline QString pdfText(const QString &path)
{
    using namespace Qt::Literals::StringLiterals;
    return runCheckTool(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s}).output;
}

// What zbarimg reads from the QR codes on page (from 1) rasterised at dpi: the text of each code,
// one after another, or an empty string when it finds none.
inline QString pdfQrText(const QString &path, int page, int dpi = 150)
{
    using namespace Qt::Literals::StringLiterals;
    QTemporaryDir folder;
    const QString prefix = folder.filePath(u"page"_s);
    const QString number = QString::number(page);
    runCheckTool(u"pdftoppm"_s, {u"-r"_s, QString::number(dpi), u"-f"_s, number, u"-l"_s, number, u"-png"_s,
                                 u"-singlefile"_s, path, prefix});
    // QR codes only: zbar's linear symbologies find spurious codes in rasterised text.
    const ToolRun scan =
        runCheckTool(u"zbarimg"_s, {u"--raw"_s, u"-q"_s, u"-Sdisable"_s, u"-Sqrcode.enable"_s, prefix + u".png"_s});
    return scan.exitCode == 0 ? scan.output.trimmed() : QString();
}

} // namespace nodues::test
