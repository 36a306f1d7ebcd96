// `make demo` without a display: scripts/demo.sh runs once with a small data set and a free port,
// and independent tools then check what it left behind. The printed PDFs hold one certificate
// each, whose QR code zbarimg reads. The signed PDFs that the consumers downloaded pass pdfsig and
// pdftotext. A server started afresh on the demo database reports every certificate valid
// through the public verify API, QR payload included.
//
// The demo runs on SQLite only, because `make demo` uses the embedded database; the same main job
// on PostgreSQL is TestMainJobFlow's.

#include "HttpTestClient.h"
#include "PrintOutputChecks.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;
using namespace nodues::test;

namespace {

// Enough connections that the DC with the most has three eligible applicants; the import takes
// about a second.
const QString kConnections = u"2000"_s;
constexpr int kApplicants = 3;

QString serverBinary()
{
    return QStringLiteral(NODUES_BUILD_DIR "/server/nodues-server");
}

QProcessEnvironment demoEnvironment(const QString &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"NODUES_DB"_s, u"NODUES_CONFIG"_s,
                                u"QT_LOGGING_RULES"_s, u"NODUES_DEMO_SERVE"_s})
        environment.remove(name);
    // The workstation keeps its settings and caches under HOME: a private one leaves the user's alone.
    environment.insert(u"HOME"_s, home);
    environment.insert(u"XDG_CONFIG_HOME"_s, home + u"/.config"_s);
    environment.insert(u"XDG_DATA_HOME"_s, home + u"/.local/share"_s);
    environment.insert(u"NODUES_LANG"_s, u"en"_s);
    return environment;
}

} // namespace

class TestDemoScript : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        for (const QString &tool : {u"curl"_s, u"jq"_s, u"openssl"_s, u"sqlite3"_s, u"bc"_s, u"pdfsig"_s}) {
            if (QStandardPaths::findExecutable(tool).isEmpty())
                QSKIP(qPrintable(tool + u" is missing; scripts/install-deps.sh installs it"_s));
        }
        if (const QString missing = missingCheckTool(); !missing.isEmpty())
            QSKIP(qPrintable(missing + u" is missing; scripts/install-deps.sh installs it"_s));
        QVERIFY2(m_folder.isValid(), qPrintable(m_folder.errorString()));
        m_output = m_folder.filePath(u"demo-output"_s);

        QProcess demo;
        QProcessEnvironment environment = demoEnvironment(m_folder.filePath(u"home"_s));
        environment.insert(u"NODUES_DEMO_OUTPUT"_s, m_output);
        environment.insert(u"NODUES_DEMO_CONNECTIONS"_s, kConnections);
        environment.insert(u"NODUES_DEMO_PORT"_s, u"0"_s);
        demo.setProcessEnvironment(environment);
        demo.setWorkingDirectory(m_folder.path());
        demo.start(u"sh"_s, {QStringLiteral(NODUES_SOURCE_DIR "/scripts/demo.sh"), QStringLiteral(NODUES_BUILD_DIR)});
        QVERIFY2(demo.waitForStarted(10000), qPrintable(demo.errorString()));
        // Under AddressSanitizer every program of the demo runs several times slower.
        QVERIFY2(demo.waitForFinished(480000), "scripts/demo.sh did not finish within 8 minutes");
        m_stdout = QString::fromUtf8(demo.readAllStandardOutput());
        m_stderr = QString::fromUtf8(demo.readAllStandardError());
        m_exitCode = demo.exitStatus() == QProcess::NormalExit ? demo.exitCode() : -1;

        static const QRegularExpression approved(u"approved (APP/\\S+): certificate (NDC/\\S+)"_s);
        for (auto match = approved.globalMatch(m_stdout); match.hasNext();)
            m_certificates << match.next().captured(2);
        m_certificates.sort();
    }

    void demoFinishes()
    {
        QVERIFY2(m_exitCode == 0, qPrintable(m_stdout.right(3000) + u"\n--- standard error ---\n"_s + m_stderr));
        QCOMPARE(m_certificates.size(), kApplicants);
        static const QRegularExpression uploaded(u"^Certificates signed and uploaded: 3 of 3\\.$"_s,
                                                 QRegularExpression::MultilineOption);
        QVERIFY2(uploaded.match(m_stdout).hasMatch(), qPrintable(m_stdout.right(3000)));
        // The password files and the session headers go when the demo ends.
        QVERIFY(!QFileInfo::exists(m_output + u"/secrets"_s));
    }

    void printedFolderHoldsEachCertificate()
    {
        static const QRegularExpression printedTo(u"Certificates printed to PDF: (\\S+)"_s);
        const QString folder = printedTo.match(m_stdout).captured(1);
        QCOMPARE(folder, m_output + u"/printed-certificates"_s);
        QVERIFY(QFileInfo(folder).isDir());

        const QStringList files = QDir(folder).entryList({u"*.pdf"_s}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), kApplicants);
        QStringList printed;
        for (const QString &file : files) {
            const QString path = QDir(folder).filePath(file);
            const PdfPages pages = pdfPages(path);
            QCOMPARE(pages.count, 1);
            QVERIFY2(pages.size.contains(u"(A4)"_s), qPrintable(pages.size));
            // The page is printed as an image, so its QR code, not its text, identifies the certificate.
            const QUrl verifyUrl(pdfQrText(path, 1));
            QCOMPARE(verifyUrl.host(), u"nodues.example.in"_s);
            printed << verifyUrl.path().section(u'/', 2);
        }
        printed.sort();
        QCOMPARE(printed, m_certificates);
    }

    void signedCertificatesCheckOut()
    {
        static const QRegularExpression signedIn(u"Signed certificates, as the consumers downloaded them: (\\S+)"_s);
        const QString folder = signedIn.match(m_stdout).captured(1);
        QCOMPARE(folder, m_output + u"/signed-certificates"_s);

        const QStringList files = QDir(folder).entryList({u"*.pdf"_s}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), kApplicants);
        for (int i = 0; i < files.size(); ++i) {
            const QString path = QDir(folder).filePath(files.at(i));
            const ToolRun signature = runCheckTool(u"pdfsig"_s, {path});
            QVERIFY2(signature.output.contains(u"Signature is Valid."_s), qPrintable(signature.output));
            QVERIFY2(signature.output.contains(u"CN=Sunita Sharma"_s), qPrintable(signature.output));
            QVERIFY2(signature.output.contains(u"Total document signed"_s), qPrintable(signature.output));

            const QString text = pdfText(path);
            QVERIFY2(text.contains(u"प्रमाण-पत्र"_s), qPrintable(text));
            QVERIFY2(text.contains(m_certificates.at(i)), qPrintable(m_certificates.at(i) + u" not in\n"_s + text));
        }
    }

    void verifyApiReportsValid()
    {
        // The demo stopped its server; a new one serves the same database.
        QProcess server;
        QProcessEnvironment environment = demoEnvironment(m_folder.filePath(u"home"_s));
        environment.insert(u"NODUES_DB"_s, u"sqlite://"_s + m_output + u"/nodues.db"_s);
        environment.insert(u"NODUES_SMS_SPOOL_FILE"_s, m_output + u"/sms-spool.jsonl"_s);
        environment.insert(u"NODUES_SMS_LINK_DOMAINS"_s, u"nodues.example.in"_s);
        environment.insert(u"NODUES_APPLICATIONS_PUBLIC_BASE_URL"_s, u"https://nodues.example.in"_s);
        server.setProcessEnvironment(environment);
        server.start(serverBinary(), {u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s});
        QVERIFY2(server.waitForStarted(5000), qPrintable(server.errorString()));
        QByteArray output;
        static const QRegularExpression listening(u"Listening on http://127\\.0\\.0\\.1:(\\d+)"_s);
        QRegularExpressionMatch match;
        QElapsedTimer elapsed;
        elapsed.start();
        while (!(match = listening.match(QString::fromUtf8(output))).hasMatch() && elapsed.elapsed() < 20000) {
            server.waitForReadyRead(200);
            output += server.readAllStandardOutput();
            QVERIFY2(server.state() == QProcess::Running, server.readAllStandardError().constData());
        }
        QVERIFY2(match.hasMatch(), output.constData());
        const quint16 port = quint16(match.captured(1).toUInt());

        // Each certificate with the payload its printed QR code carries.
        const QString printed = m_output + u"/printed-certificates"_s;
        const QStringList files = QDir(printed).entryList({u"*.pdf"_s}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), kApplicants);
        for (const QString &file : files) {
            const QUrl verifyUrl(pdfQrText(QDir(printed).filePath(file), 1));
            const QString number = verifyUrl.path().section(u'/', 2);
            const QByteArray target = "/api/v1/public/certificates/"_ba + QUrl::toPercentEncoding(number) +
                                      "?payload="_ba + QUrl::toPercentEncoding(verifyUrl.fragment());
            HttpTestClient client(port);
            QVERIFY(client.connectToServer());
            const std::optional<HttpTestResponse> response = client.request("GET"_ba, target);
            QVERIFY(response);
            QCOMPARE(response->status, 200);
            const QJsonObject body = QJsonDocument::fromJson(response->body).object();
            QCOMPARE(body[u"status"_s].toString(), u"valid"_s);
            QCOMPARE(body[u"qr"_s][u"outcome"_s].toString(), u"valid"_s);
            QCOMPARE(body[u"certificate"_s][u"number"_s].toString(), number);
            QCOMPARE(body[u"certificate"_s][u"pdf_published"_s].toBool(), true);
        }

        server.terminate();
        QVERIFY(server.waitForFinished(10000));
        QCOMPARE(server.exitCode(), 0);
    }

private:
    QTemporaryDir m_folder;
    QString m_output;
    QString m_stdout;
    QString m_stderr;
    int m_exitCode = -1;
    QStringList m_certificates; // as the approval reported them, sorted by number
};

QTEST_GUILESS_MAIN(TestDemoScript)
#include "TestDemoScript.moc"
