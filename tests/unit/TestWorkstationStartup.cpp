// nodues-workstation started as a child process with no display at all: no DISPLAY, no
// WAYLAND_DISPLAY and no QT_QPA_PLATFORM, as on a server console or over ssh. --help and
// --version must print and exit with 0. A start that needs a window must print why it cannot open
// one and exit with 1, never abort in Qt's platform plugin.

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

struct RunResult
{
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    QString standardOutput;
    QString standardError;
};

// Runs the workstation with arguments in English, with HOME and the settings in home.
RunResult runWithoutDisplay(const QStringList &arguments, const QString &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
        environment.remove(name);
    environment.insert(u"NODUES_LANG"_s, u"en"_s);
    environment.insert(u"HOME"_s, home);
    environment.insert(u"XDG_CONFIG_HOME"_s, home + u"/.config"_s);

    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(NODUES_WORKSTATION_BINARY), arguments);
    RunResult result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        result.standardError = u"timed out"_s;
        return result;
    }
    result.exitCode = process.exitCode();
    result.exitStatus = process.exitStatus();
    result.standardOutput = QString::fromUtf8(process.readAllStandardOutput());
    result.standardError = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace

class TestWorkstationStartup : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
    }

    void helpWithoutDisplay_data()
    {
        QTest::addColumn<QString>("option");
        QTest::newRow("long") << u"--help"_s;
        QTest::newRow("short") << u"-h"_s;
    }
    void helpWithoutDisplay()
    {
        QFETCH(QString, option);
        const RunResult result = runWithoutDisplay({option}, m_home.path());
        QCOMPARE(result.exitStatus, QProcess::NormalExit);
        QVERIFY2(result.exitCode == 0, qPrintable(result.standardError));
        QVERIFY2(result.standardOutput.contains(u"Usage:"_s), qPrintable(result.standardOutput));
        QVERIFY2(result.standardOutput.contains(u"--server <URL>"_s), qPrintable(result.standardOutput));
        QVERIFY2(result.standardOutput.contains(u"--print-batch"_s), qPrintable(result.standardOutput));
        QVERIFY2(!result.standardError.contains(u"platform plugin"_s), qPrintable(result.standardError));
    }

    void versionWithoutDisplay()
    {
        const RunResult result = runWithoutDisplay({u"--version"_s}, m_home.path());
        QCOMPARE(result.exitStatus, QProcess::NormalExit);
        QVERIFY2(result.exitCode == 0, qPrintable(result.standardError));
        QVERIFY2(result.standardOutput.startsWith(u"nodues-workstation "_s), qPrintable(result.standardOutput));
    }

    void windowWithoutDisplayExplains()
    {
        const RunResult result = runWithoutDisplay({u"--server"_s, u"https://nodues.example.in"_s}, m_home.path());
        QCOMPARE(result.exitStatus, QProcess::NormalExit);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.standardError.contains(u"No display to open the workstation window on"_s),
                 qPrintable(result.standardError));
        QVERIFY2(result.standardError.contains(u"--print-batch"_s), qPrintable(result.standardError));
        QVERIFY2(!result.standardError.contains(u"platform plugin"_s), qPrintable(result.standardError));
    }
};

QTEST_GUILESS_MAIN(TestWorkstationStartup)
#include "TestWorkstationStartup.moc"
