#include "security/KeyFile.h"
#include "security/ServerSecrets.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <latch>
#include <thread>
#include <vector>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;

namespace {

mode_t fileMode(const QString &path)
{
    struct stat status = {};
    if (::lstat(QFile::encodeName(path).constData(), &status) != 0)
        return 0;
    return status.st_mode & 07777;
}

bool writeFile(const QString &path, const QByteArray &content, mode_t mode)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        return false;
    file.close();
    return ::chmod(QFile::encodeName(path).constData(), mode) == 0;
}

} // namespace

class TestServerSecrets : public QObject
{
    Q_OBJECT

private slots:
    void firstUseCreatesKey()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const QString folder = root.filePath(u"etc/nodues/keys"_s);

        QString error;
        const std::optional<ServerSecrets> secrets = ServerSecrets::open(folder, &error);
        QVERIFY2(secrets, qPrintable(error));
        QCOMPARE(secrets->otpHmacKey().size(), ServerSecrets::kOtpHmacKeySize);
        QVERIFY(secrets->otpHmacKey() != QByteArray(ServerSecrets::kOtpHmacKeySize, '\0'));

        // The folder is private to the user, the key file too, and no temporary file is left over.
        QCOMPARE(fileMode(folder), mode_t(0700));
        const QString keyPath = QDir(folder).filePath(u"otp-hmac.key"_s);
        QCOMPARE(fileMode(keyPath), mode_t(0600));
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList{u"otp-hmac.key"_s});

        // The file is the key as hex and a newline.
        QFile file(keyPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), secrets->otpHmacKey().toHex() + '\n');
    }

    void laterUseReusesKey()
    {
        QTemporaryDir root;
        QString error;
        const std::optional<ServerSecrets> first = ServerSecrets::open(root.filePath(u"keys"_s), &error);
        QVERIFY2(first, qPrintable(error));
        const std::optional<ServerSecrets> second = ServerSecrets::open(root.filePath(u"keys"_s), &error);
        QVERIFY2(second, qPrintable(error));
        QCOMPARE(second->otpHmacKey(), first->otpHmacKey());

        // Another folder gets another key.
        const std::optional<ServerSecrets> other = ServerSecrets::open(root.filePath(u"other"_s), &error);
        QVERIFY2(other, qPrintable(error));
        QVERIFY(other->otpHmacKey() != first->otpHmacKey());
    }

    void keyCreatedOnceUnderRace()
    {
        // Threads that all find the file missing and create it at once end up with one key.
        QTemporaryDir root;
        const QString path = root.filePath(u"race.key"_s);
        constexpr int kThreads = 6;
        std::array<QByteArray, kThreads> keys;
        std::array<QString, kThreads> errors;
        std::array<bool, kThreads> created = {};
        std::latch start(kThreads);
        std::vector<std::thread> threads;
        for (int i = 0; i < kThreads; ++i) {
            threads.emplace_back([&, i] {
                start.arrive_and_wait();
                bool madeIt = false;
                const std::optional<QByteArray> key = KeyFile::loadOrCreate(path, 32, &errors[i], &madeIt);
                keys[i] = key.value_or(QByteArray());
                created[i] = madeIt;
            });
        }
        for (std::thread &thread : threads)
            thread.join();

        int createdCount = 0;
        for (int i = 0; i < kThreads; ++i) {
            QVERIFY2(keys[i].size() == 32, qPrintable(errors[i]));
            QCOMPARE(keys[i], keys[0]);
            createdCount += created[i] ? 1 : 0;
        }
        QCOMPARE(createdCount, 1);
        QCOMPARE(QDir(root.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"race.key"_s});
    }

    void readableKeyIsRejected_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("group-readable") << 0640;
        QTest::newRow("world-readable") << 0604;
        QTest::newRow("group-writable") << 0620;
        QTest::newRow("everyone") << 0666;
    }
    void readableKeyIsRejected()
    {
        QFETCH(int, mode);
        QTemporaryDir root;
        const QString folder = root.filePath(u"keys"_s);
        QString error;
        QVERIFY2(ServerSecrets::open(folder, &error), qPrintable(error));
        const QString keyPath = QDir(folder).filePath(u"otp-hmac.key"_s);
        QVERIFY(::chmod(QFile::encodeName(keyPath).constData(), static_cast<mode_t>(mode)) == 0);

        QVERIFY(!ServerSecrets::open(folder, &error));
        QVERIFY2(error.contains(keyPath), qPrintable(error));
        QVERIFY2(error.contains(u"chmod 600 "_s + keyPath), qPrintable(error));
        QVERIFY2(error.contains(u"%1"_s.arg(mode, 4, 8, QChar(u'0'))), qPrintable(error));

        // The key file is not replaced behind the administrator's back.
        QCOMPARE(fileMode(keyPath), mode_t(mode));
    }

    void openFolderIsRejected()
    {
        QTemporaryDir root;
        const QString folder = root.filePath(u"keys"_s);
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0777) == 0);
        QString error;
        QVERIFY(!ServerSecrets::open(folder, &error));
        QVERIFY2(error.contains(u"chmod 700 "_s + folder), qPrintable(error));
        QVERIFY(!QFile::exists(QDir(folder).filePath(u"otp-hmac.key"_s)));
    }

    void corruptKeyIsRejected_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expectedMessage");
        QTest::newRow("empty") << QByteArray() << u"holds 0 hexadecimal digits, but a key of 32 bytes takes 64"_s;
        QTest::newRow("short") << QByteArray(62, 'a') + '\n' << u"holds 62 hexadecimal digits"_s;
        QTest::newRow("long") << QByteArray(66, 'b') << u"holds 66 hexadecimal digits"_s;
        QTest::newRow("not hex") << QByteArray(63, 'c') + 'g' << u"does not hold hexadecimal digits only"_s;
        QTest::newRow("raw bytes") << QByteArray(32, '\x01') << u"does not hold hexadecimal digits only"_s;
    }
    void corruptKeyIsRejected()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expectedMessage);
        QTemporaryDir root;
        const QString folder = root.filePath(u"keys"_s);
        QVERIFY(::mkdir(QFile::encodeName(folder).constData(), 0700) == 0);
        const QString keyPath = QDir(folder).filePath(u"otp-hmac.key"_s);
        QVERIFY(writeFile(keyPath, content, 0600));

        QString error;
        QVERIFY(!ServerSecrets::open(folder, &error));
        QVERIFY2(error.contains(keyPath), qPrintable(error));
        QVERIFY2(error.contains(expectedMessage), qPrintable(error));
        QVERIFY2(error.contains(u"delete it"_s), qPrintable(error));

        // The corrupt file stays for the administrator to inspect.
        QFile file(keyPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content);
    }

    void upperCaseHexIsAccepted()
    {
        QTemporaryDir root;
        const QString path = root.filePath(u"upper.key"_s);
        const QByteArray key = QByteArray::fromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
        QVERIFY(writeFile(path, key.toHex().toUpper() + "\r\n", 0600));
        QString error;
        const std::optional<QByteArray> loaded = KeyFile::load(path, 32, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(*loaded, key);
    }

    void symlinkIsRejected()
    {
        QTemporaryDir root;
        const QString target = root.filePath(u"target.key"_s);
        QString error;
        QVERIFY2(KeyFile::loadOrCreate(target, 32, &error), qPrintable(error));
        const QString link = root.filePath(u"link.key"_s);
        QVERIFY(QFile::link(target, link));
        QVERIFY(!KeyFile::load(link, 32, &error));
        QVERIFY2(error.contains(u"symbolic link"_s), qPrintable(error));
        QVERIFY2(error.contains(link), qPrintable(error));
    }

    void folderThatIsFileIsRejected()
    {
        QTemporaryDir root;
        const QString path = root.filePath(u"not-a-folder"_s);
        QVERIFY(writeFile(path, "x", 0600));
        QString error;
        QVERIFY(!ServerSecrets::open(path, &error));
        QVERIFY2(error.contains(u"is not a folder"_s), qPrintable(error));
        QVERIFY(!ServerSecrets::open(QString(), &error));
        QVERIFY2(error.contains(u"No folder"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestServerSecrets)
#include "TestServerSecrets.moc"
