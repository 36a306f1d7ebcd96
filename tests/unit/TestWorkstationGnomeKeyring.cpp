// QtKeychainCredentialStore against a real gnome-keyring: write, read back, overwrite, delete
// and read a missing entry. The keyring runs in a private D-Bus session with HOME in a
// temporary folder, so the user's own keyring is never touched. The test starts itself again
// inside `dbus-run-session` after unlocking a new gnome-keyring-daemon there, and passes when
// that inner run passes. It skips when dbus-run-session or gnome-keyring-daemon is missing.

#include "keychain/CredentialStore.h"
#include "keychain/QtKeychainCredentialStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace nodues::workstation;

namespace {

// Set in the inner run, inside the private session.
const QString kInsideSessionVariable = u"NODUES_TEST_KEYRING_SESSION"_s;

// Starts and unlocks gnome-keyring-daemon in the foreground, waits until it owns the Secret
// Service name on the bus, runs the test ("$0" with its arguments), then stops the daemon,
// which would otherwise outlive the bus.
const QString kSessionScript = uR"(
printf 'test-keyring-password' | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null &
daemon=$!
tries=0
while [ $tries -lt 100 ]; do
    if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; then
        break
    fi
    sleep 0.1
    tries=$((tries + 1))
done
"$0" "$@"
status=$?
kill $daemon
wait $daemon 2>/dev/null
exit $status
)"_s;

struct ReadResult
{
    bool ok = false;
    QString secret;
    QString error;
};

// Runs one store operation to completion, and fails the running test when no callback runs within 20 s.
ReadResult readEntry(CredentialStore &store, const QString &key)
{
    QObject context;
    std::optional<ReadResult> result;
    store.read(key, &context, [&result](bool ok, const QString &secret, const QString &error) {
        result = ReadResult{ok, secret, error};
    });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000))
        QTest::qFail("the keychain did not answer a read within 20 s", __FILE__, __LINE__);
    return result.value_or(ReadResult{false, {}, u"no answer"_s});
}

ReadResult writeEntry(CredentialStore &store, const QString &key, const QString &secret, bool remove = false)
{
    QObject context;
    std::optional<ReadResult> result;
    const auto done = [&result](bool ok, const QString &error) {
        result = ReadResult{ok, {}, error};
    };
    if (remove)
        store.remove(key, &context, done);
    else
        store.write(key, secret, &context, done);
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000))
        QTest::qFail("the keychain did not answer a write or delete within 20 s", __FILE__, __LINE__);
    return result.value_or(ReadResult{false, {}, u"no answer"_s});
}

} // namespace

class TestWorkstationGnomeKeyring : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        if (qEnvironmentVariableIsSet(qPrintable(kInsideSessionVariable)))
            runInsideSession();
        else
            runOutsideSession();
    }

private:
    void runOutsideSession()
    {
        const QString dbusRunSession = QStandardPaths::findExecutable(u"dbus-run-session"_s);
        const QString keyringDaemon = QStandardPaths::findExecutable(u"gnome-keyring-daemon"_s);
        if (dbusRunSession.isEmpty() || keyringDaemon.isEmpty())
            QSKIP("dbus-run-session or gnome-keyring-daemon is not installed (packages dbus, gnome-keyring)");

        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString runtimeDir = home.filePath(u"run"_s);
        QVERIFY(QDir().mkpath(runtimeDir));
        QVERIFY(QFile::setPermissions(runtimeDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(kInsideSessionVariable, u"1"_s);
        environment.insert(u"HOME"_s, home.path());
        environment.insert(u"XDG_RUNTIME_DIR"_s, runtimeDir);
        for (const QString &variable : {u"XDG_DATA_HOME"_s, u"XDG_CONFIG_HOME"_s, u"XDG_CACHE_HOME"_s,
                                        u"DBUS_SESSION_BUS_ADDRESS"_s, u"GNOME_KEYRING_CONTROL"_s})
            environment.remove(variable);

        QProcess inner;
        inner.setProcessEnvironment(environment);
        inner.setProcessChannelMode(QProcess::MergedChannels);
        inner.start(dbusRunSession, {u"--"_s, u"sh"_s, u"-c"_s, kSessionScript, QCoreApplication::applicationFilePath(),
                                     u"roundTrip"_s});
        QVERIFY2(inner.waitForStarted(), qPrintable(inner.errorString()));
        QVERIFY2(inner.waitForFinished(120000), "the run inside dbus-run-session did not finish within 120 s");
        const QByteArray output = inner.readAll();
        qInfo().noquote() << "Inner run inside dbus-run-session:\n" << QString::fromLocal8Bit(output);
        QCOMPARE(inner.exitStatus(), QProcess::NormalExit);
        QCOMPARE(inner.exitCode(), 0);
        QVERIFY2(output.contains("PASS   : TestWorkstationGnomeKeyring::roundTrip()"), output.constData());
    }

    void runInsideSession()
    {
        QtKeychainCredentialStore store;
        const QString key = credentialKey(u"http://127.0.0.1:8080/"_s, u"RKumar"_s);
        const QString token = u"b2ZmaWNlci1zZXNzaW9uLXRva2VuLWV4YW1wbGUtMzI"_s;

        const ReadResult missingAtStart = readEntry(store, key);
        QVERIFY2(missingAtStart.ok, qPrintable(missingAtStart.error));
        QVERIFY(missingAtStart.secret.isEmpty());

        const ReadResult written = writeEntry(store, key, token);
        QVERIFY2(written.ok, qPrintable(written.error));
        const ReadResult readBack = readEntry(store, key);
        QVERIFY2(readBack.ok, qPrintable(readBack.error));
        QCOMPARE(readBack.secret, token);

        // Another officer's entry is separate, and a second write replaces the first.
        const QString otherKey = credentialKey(u"http://127.0.0.1:8080"_s, u"dgm.city"_s);
        QVERIFY(writeEntry(store, otherKey, u"other-token"_s).ok);
        QVERIFY(writeEntry(store, key, u"newer-token"_s).ok);
        QCOMPARE(readEntry(store, key).secret, u"newer-token"_s);
        QCOMPARE(readEntry(store, otherKey).secret, u"other-token"_s);

        const ReadResult removed = writeEntry(store, key, {}, true);
        QVERIFY2(removed.ok, qPrintable(removed.error));
        const ReadResult missingAfterRemove = readEntry(store, key);
        QVERIFY2(missingAfterRemove.ok, qPrintable(missingAfterRemove.error));
        QVERIFY(missingAfterRemove.secret.isEmpty());
        QCOMPARE(readEntry(store, otherKey).secret, u"other-token"_s);

        // Deleting what is not there is no error.
        const ReadResult removedAgain = writeEntry(store, key, {}, true);
        QVERIFY2(removedAgain.ok, qPrintable(removedAgain.error));
    }
};

QTEST_GUILESS_MAIN(TestWorkstationGnomeKeyring)
#include "TestWorkstationGnomeKeyring.moc"
