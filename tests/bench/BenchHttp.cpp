// Measures /healthz over loopback: N requests from K concurrent keep-alive clients, each a
// thread with a blocking socket. Prints requests per second and p50/p99 latency. The access log
// is switched off while measuring, because writing one line per request to a terminal would
// be measured instead of the server.
//
//   BenchHttp [--requests N] [--clients K] [--workers W] [--max-seconds S] [--db URL]

#include "http/HttpServer.h"
#include "http/Router.h"
#include "http/SystemRoutes.h"
#include "storage/Database.h"
#include "storage/DatabaseUrl.h"
#include "storage/Migrations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTextStream>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;
using namespace nodues::server;
using Clock = std::chrono::steady_clock;

namespace {

struct ClientResult
{
    std::vector<double> latenciesMs;
    int failures = 0;
};

int connectLoopback(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return -1;
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    sockaddr_in address = {};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

// Sends one GET /healthz and reads the response; returns false on any error or a non-200 status.
bool roundTrip(int fd, std::string &buffer)
{
    static const char request[] = "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    if (::send(fd, request, sizeof request - 1, MSG_NOSIGNAL) != ssize_t(sizeof request - 1))
        return false;

    buffer.clear();
    size_t headerEnd = std::string::npos;
    size_t total = 0;
    char chunk[4096];
    for (;;) {
        if (headerEnd == std::string::npos) {
            headerEnd = buffer.find("\r\n\r\n");
            if (headerEnd != std::string::npos) {
                const size_t lengthAt = buffer.find("Content-Length: ");
                if (lengthAt == std::string::npos || lengthAt > headerEnd)
                    return false;
                total = headerEnd + 4 + std::stoul(buffer.substr(lengthAt + 16));
            }
        }
        if (headerEnd != std::string::npos && buffer.size() >= total)
            return buffer.compare(0, 12, "HTTP/1.1 200") == 0;
        const ssize_t received = ::recv(fd, chunk, sizeof chunk, 0);
        if (received <= 0)
            return false;
        buffer.append(chunk, size_t(received));
    }
}

double percentile(std::vector<double> &sorted, double fraction)
{
    if (sorted.empty())
        return 0.0;
    const size_t index = std::min(sorted.size() - 1, size_t(fraction * double(sorted.size())));
    return sorted[index];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);

    QCommandLineParser parser;
    parser.addOption({u"requests"_s, u"Total requests (default 20000)."_s, u"n"_s, u"20000"_s});
    parser.addOption({u"clients"_s, u"Concurrent keep-alive clients (default 8)."_s, u"k"_s, u"8"_s});
    parser.addOption({u"workers"_s, u"Server worker threads (default 8)."_s, u"w"_s, u"8"_s});
    parser.addOption({u"max-seconds"_s, u"Stop after this many seconds (default 20)."_s, u"s"_s, u"20"_s});
    parser.addOption({u"db"_s, u"Database URL (default: a new SQLite file)."_s, u"url"_s});
    parser.addHelpOption();
    parser.process(app);
    const int requests = std::max(1, parser.value(u"requests"_s).toInt());
    const int clients = std::clamp(parser.value(u"clients"_s).toInt(), 1, 512);
    const int maxSeconds = std::max(1, parser.value(u"max-seconds"_s).toInt());

    QTemporaryDir folder;
    const QString url = parser.isSet(u"db"_s) ? parser.value(u"db"_s) : u"sqlite://"_s + folder.filePath(u"bench.db"_s);
    QString error;
    const std::optional<DatabaseUrl> parsedUrl = DatabaseUrl::parse(url, &error);
    if (!parsedUrl) {
        out << error << u'\n';
        return 1;
    }
    Database database(*parsedUrl);
    if (!migrateDatabase(database, serverMigrations(), &error)) {
        out << error << u'\n';
        return 1;
    }

    QLoggingCategory::setFilterRules(u"nodues.server.http.info=false"_s);
    Router router;
    addSystemRoutes(router, database, u"bench"_s);
    HttpServerOptions options;
    options.port = 0;
    options.workerThreads = std::max(1, parser.value(u"workers"_s).toInt());
    options.workerThreadFinished = [&database] { database.closeThreadConnection(); };
    HttpServer server(router, options);
    if (!server.start(&error)) {
        out << error << u'\n';
        return 1;
    }

    std::atomic<int> issued{0};
    const auto deadline = Clock::now() + std::chrono::seconds(maxSeconds);
    std::vector<ClientResult> results(static_cast<size_t>(clients));
    std::vector<std::thread> threads;
    const auto started = Clock::now();
    for (int c = 0; c < clients; ++c) {
        threads.emplace_back([&, c] {
            ClientResult &result = results[size_t(c)];
            const int fd = connectLoopback(server.port());
            if (fd < 0) {
                ++result.failures;
                return;
            }
            std::string buffer;
            while (issued.fetch_add(1) < requests && Clock::now() < deadline) {
                const auto before = Clock::now();
                if (!roundTrip(fd, buffer)) {
                    ++result.failures;
                    break;
                }
                result.latenciesMs.push_back(std::chrono::duration<double, std::milli>(Clock::now() - before).count());
            }
            ::close(fd);
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    const double seconds = std::chrono::duration<double>(Clock::now() - started).count();
    server.stop(std::chrono::seconds(2));

    std::vector<double> latencies;
    int failures = 0;
    for (const ClientResult &result : results) {
        latencies.insert(latencies.end(), result.latenciesMs.begin(), result.latenciesMs.end());
        failures += result.failures;
    }
    std::sort(latencies.begin(), latencies.end());
    out << u"BenchHttp: GET /healthz on %1, %2 clients, %3 workers, %4 hardware threads\n"_s.arg(database.url().redacted())
               .arg(clients)
               .arg(options.workerThreads)
               .arg(std::thread::hardware_concurrency());
    out << u"  requests answered %1 of %2 in %3 s, failures %4\n"_s.arg(latencies.size())
               .arg(requests)
               .arg(seconds, 0, 'f', 2)
               .arg(failures);
    out << u"  throughput %1 req/s, latency p50 %2 ms, p99 %3 ms\n"_s.arg(double(latencies.size()) / seconds, 0, 'f', 0)
               .arg(percentile(latencies, 0.50), 0, 'f', 3)
               .arg(percentile(latencies, 0.99), 0, 'f', 3);
    return failures == 0 ? 0 : 1;
}
