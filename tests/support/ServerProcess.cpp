#include "ServerProcess.h"

#include <QProcess>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace nodues::test {

QString serverBinaryPath()
{
#ifdef NODUES_SERVER_BINARY
    return QStringLiteral(NODUES_SERVER_BINARY);
#else
    return qEnvironmentVariable("NODUES_SERVER_BINARY");
#endif
}

CommandResult runServerCommand(const QStringList &arguments, const QString &databaseUrl, const QByteArray &input,
                               int timeoutMs, const QProcessEnvironment &extraEnvironment)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"NODUES_DB"_s);
    environment.remove(u"NODUES_CONFIG"_s);
    environment.insert(u"NODUES_LANG"_s, u"en"_s);
    const QStringList extraKeys = extraEnvironment.keys();
    for (const QString &key : extraKeys)
        environment.insert(key, extraEnvironment.value(key));
    process.setProcessEnvironment(environment);

    QStringList fullArguments = arguments;
    if (!databaseUrl.isEmpty())
        fullArguments << u"--db"_s << databaseUrl;
    process.start(serverBinaryPath(), fullArguments);

    CommandResult result;
    if (!process.waitForStarted(10000)) {
        QTest::qFail(qPrintable(u"Could not start %1: %2"_s.arg(serverBinaryPath(), process.errorString())),
                     __FILE__, __LINE__);
        return result;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        QTest::qFail(qPrintable(u"nodues-server %1 timed out"_s.arg(arguments.join(u' '))), __FILE__, __LINE__);
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.standardOutput = QString::fromUtf8(process.readAllStandardOutput());
    result.standardError = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace nodues::test
