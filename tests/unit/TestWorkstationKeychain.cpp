// The credential key that names an officer's token, and InMemoryCredentialStore, the keychain
// fake of the GUI tests. The fake runs callbacks through the event loop, drops them for a
// destroyed context, and fails on request without changing its entries.

#include "keychain/CredentialStore.h"
#include "keychain/InMemoryCredentialStore.h"

#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace nodues::workstation;

namespace {

struct Answer
{
    bool ok = false;
    QString secret;
    QString error;
};

} // namespace

class TestWorkstationKeychain : public QObject
{
    Q_OBJECT

private slots:
    void credentialKeyFormat_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"https://nodues.example.in"_s << u"rkumar"_s
                               << u"nodues:https://nodues.example.in:rkumar"_s;
        QTest::newRow("trailing slashes")
            << u"https://nodues.example.in//"_s << u"rkumar"_s << u"nodues:https://nodues.example.in:rkumar"_s;
        QTest::newRow("spaces and case") << u"  http://127.0.0.1:8080/ "_s << u" RKumar "_s
                                         << u"nodues:http://127.0.0.1:8080:rkumar"_s;
        QTest::newRow("path prefix") << u"https://example.in/nodues/"_s << u"dgm.city"_s
                                     << u"nodues:https://example.in/nodues:dgm.city"_s;
    }
    void credentialKeyFormat()
    {
        QFETCH(QString, server);
        QFETCH(QString, username);
        QFETCH(QString, expected);
        QCOMPARE(credentialKey(server, username), expected);
    }

    void credentialKeySeparatesServersAndOfficers()
    {
        const QString key = credentialKey(u"https://a.example.in"_s, u"rkumar"_s);
        QVERIFY(key != credentialKey(u"https://b.example.in"_s, u"rkumar"_s));
        QVERIFY(key != credentialKey(u"https://a.example.in"_s, u"skumar"_s));
        QVERIFY(key != credentialKey(u"http://a.example.in"_s, u"rkumar"_s));
    }

    void fakeWritesReadsAndRemoves()
    {
        InMemoryCredentialStore store;
        QObject context;
        const QString key = credentialKey(u"https://nodues.example.in"_s, u"rkumar"_s);

        std::optional<Answer> written;
        store.write(key, u"token-1"_s, &context, [&](bool ok, const QString &error) {
            written = Answer{ok, {}, error};
        });
        // The callback runs through the event loop, never inside the call.
        QVERIFY(!written.has_value());
        QTRY_VERIFY(written.has_value());
        QVERIFY(written->ok);
        QCOMPARE(store.entries().value(key), u"token-1"_s);

        std::optional<Answer> read;
        store.read(key, &context, [&](bool ok, const QString &secret, const QString &error) {
            read = Answer{ok, secret, error};
        });
        QTRY_VERIFY(read.has_value());
        QVERIFY(read->ok);
        QCOMPARE(read->secret, u"token-1"_s);

        std::optional<Answer> removed;
        store.remove(key, &context, [&](bool ok, const QString &error) { removed = Answer{ok, {}, error}; });
        QTRY_VERIFY(removed.has_value());
        QVERIFY(removed->ok);
        QVERIFY(store.entries().isEmpty());
        QCOMPARE(store.operationCount(), 3);
    }

    void fakeReadsMissingAsEmpty()
    {
        InMemoryCredentialStore store;
        QObject context;
        std::optional<Answer> read;
        store.read(u"nodues:https://x.example.in:nobody"_s, &context,
                   [&](bool ok, const QString &secret, const QString &error) {
                       read = Answer{ok, secret, error};
                   });
        QTRY_VERIFY(read.has_value());
        QVERIFY(read->ok);
        QVERIFY(read->secret.isEmpty());
        QVERIFY(read->error.isEmpty());

        std::optional<Answer> removed;
        store.remove(u"nodues:https://x.example.in:nobody"_s, &context, [&](bool ok, const QString &error) {
            removed = Answer{ok, {}, error};
        });
        QTRY_VERIFY(removed.has_value());
        QVERIFY(removed->ok);
    }

    void fakeFailsOnRequest()
    {
        InMemoryCredentialStore store;
        store.setEntry(u"key"_s, u"kept"_s);
        store.setFailure(u"keychain locked"_s);
        QObject context;

        std::optional<Answer> read;
        store.read(u"key"_s, &context, [&](bool ok, const QString &secret, const QString &error) {
            read = Answer{ok, secret, error};
        });
        std::optional<Answer> written;
        store.write(u"key"_s, u"new"_s, &context, [&](bool ok, const QString &error) {
            written = Answer{ok, {}, error};
        });
        std::optional<Answer> removed;
        store.remove(u"key"_s, &context, [&](bool ok, const QString &error) { removed = Answer{ok, {}, error}; });
        QTRY_VERIFY(read.has_value() && written.has_value() && removed.has_value());

        QVERIFY(!read->ok);
        QVERIFY(read->secret.isEmpty());
        QCOMPARE(read->error, u"keychain locked"_s);
        QVERIFY(!written->ok);
        QCOMPARE(written->error, u"keychain locked"_s);
        QVERIFY(!removed->ok);
        QCOMPARE(store.entries().value(u"key"_s), u"kept"_s);

        // Clearing the failure makes operations succeed again.
        store.setFailure(QString());
        std::optional<Answer> readAgain;
        store.read(u"key"_s, &context, [&](bool ok, const QString &secret, const QString &error) {
            readAgain = Answer{ok, secret, error};
        });
        QTRY_VERIFY(readAgain.has_value());
        QVERIFY(readAgain->ok);
        QCOMPARE(readAgain->secret, u"kept"_s);
    }

    void fakeDropsAnswerForDestroyedContext()
    {
        InMemoryCredentialStore store;
        auto context = std::make_unique<QObject>();
        bool called = false;
        store.write(u"key"_s, u"secret"_s, context.get(), [&](bool, const QString &) { called = true; });
        context.reset();
        QTest::qWait(50);
        QVERIFY(!called);
        // The write itself happened: only the answer is dropped, as with a keychain job.
        QCOMPARE(store.entries().value(u"key"_s), u"secret"_s);
    }
};

QTEST_GUILESS_MAIN(TestWorkstationKeychain)
#include "TestWorkstationKeychain.moc"
