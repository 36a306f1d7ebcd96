// Measures certificate rendering as a batch print does it: one renderer, many certificates.
// Prints the time to create the renderer (fonts and Hindi catalogue), the mean and p95 time per
// certificate and the PDF size, for the two-connection sample and for a certificate of 14
// connections that runs onto a second page.
//
//   BenchCertificateRender [--count N]

#include "../unit/CertificateRenderSamples.h"

#include "certificate/CertificateRenderer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;
using namespace nodues::workstation;
using SteadyClock = std::chrono::steady_clock;

namespace {

double millisecondsSince(SteadyClock::time_point start)
{
    return std::chrono::duration<double, std::milli>(SteadyClock::now() - start).count();
}

// Renders document count times; returns false after printing the error when one fails.
bool measure(const CertificateRenderer &renderer, const CertificateDocument &document, int count, const QString &label,
             QTextStream &out)
{
    std::vector<double> times;
    times.reserve(std::size_t(count));
    qsizetype bytes = 0;
    for (int i = 0; i < count; ++i) {
        const SteadyClock::time_point start = SteadyClock::now();
        QString error;
        const std::optional<QByteArray> pdf = renderer.render(document, &error);
        times.push_back(millisecondsSince(start));
        if (!pdf) {
            out << label << ": rendering failed: " << error << Qt::endl;
            return false;
        }
        bytes = pdf->size();
    }

    std::sort(times.begin(), times.end());
    double total = 0;
    for (const double time : times)
        total += time;
    const double p95 = times.at(std::min(times.size() - 1, std::size_t(double(times.size()) * 0.95)));
    out << label << ": " << count << " certificates, " << QString::number(total / count, 'f', 2) << " ms each (p95 "
        << QString::number(p95, 'f', 2) << " ms), " << bytes << " bytes" << Qt::endl;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Measures certificate PDF rendering."_s);
    parser.addHelpOption();
    const QCommandLineOption countOption(u"count"_s, u"Certificates to render per sample (default 200)."_s, u"N"_s,
                                         u"200"_s);
    parser.addOption(countOption);
    parser.process(app);
    const int count = std::max(1, parser.value(countOption).toInt());
    QTextStream out(stdout);

    QTemporaryDir folder;
    QString error;
    const std::optional<CertificateSigningKeys> keys = test::makeSampleSigningKeys(folder.filePath(u"keys"_s), &error);
    if (!keys) {
        out << "The signing key could not be made: " << error << Qt::endl;
        return 1;
    }

    const SteadyClock::time_point start = SteadyClock::now();
    const std::unique_ptr<CertificateRenderer> renderer = CertificateRenderer::create(&error);
    if (!renderer) {
        out << "The renderer could not be created: " << error << Qt::endl;
        return 1;
    }
    out << "Renderer created in " << QString::number(millisecondsSince(start), 'f', 1) << " ms" << Qt::endl;

    CertificateDocument twoConnections = test::sampleDocument(renderer->text());
    CertificateDocument fourteenConnections = twoConnections;
    fourteenConnections.connections.clear();
    for (int i = 1; i <= 14; ++i) {
        fourteenConnections.connections.append(test::sampleConnection(
            u"10000000%1"_s.arg(i, 2, 10, QLatin1Char('0')), u"मकान %1, श्रीराम कॉलोनी, विद्युत नगर, भोपाल"_s.arg(i)));
    }
    if (!test::signSampleDocument(twoConnections, *keys, &error) ||
        !test::signSampleDocument(fourteenConnections, *keys, &error)) {
        out << "The sample payload could not be signed: " << error << Qt::endl;
        return 1;
    }

    const bool ok = measure(*renderer, twoConnections, count, u"2 connections, 1 page"_s, out) &&
                    measure(*renderer, fourteenConnections, count, u"14 connections, 2 pages"_s, out);
    return ok ? 0 : 1;
}
