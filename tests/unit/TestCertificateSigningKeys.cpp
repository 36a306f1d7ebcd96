#include "Clock.h"
#include "certificates/CertificateSigningKeys.h"
#include "security/KeyFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;

namespace {

const QDateTime kFirstInstant(QDate(2026, 12, 4), QTime(19, 51, 22, 123), Qt::UTC);

mode_t fileMode(const QString &path)
{
    struct stat status = {};
    if (::lstat(QFile::encodeName(path).constData(), &status) != 0)
        return 0;
    return status.st_mode & 07777;
}

bool writeFile(const QString &path, const QByteArray &content, mode_t mode = 0600)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        return false;
    file.close();
    return ::chmod(QFile::encodeName(path).constData(), mode) == 0;
}

QStringList keyFiles(const QString &folder)
{
    return QDir(folder).entryList({u"certificate-signing-*"_s}, QDir::Files | QDir::Hidden, QDir::Name);
}

// The seed that a key file contains, read the way an administrator's backup would see it.
QByteArray seedOf(const QString &path)
{
    QString error;
    return KeyFile::load(path, CertificateSigningKeys::kSeedSize, &error).value_or(QByteArray());
}

// Every log message, so a test can check that no secret reaches the log.
QStringList &capturedMessages()
{
    static QStringList messages;
    return messages;
}

void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    capturedMessages().append(message);
}

QByteArray publicKeyPem(const QByteArray &rawPublicKey)
{
    // SubjectPublicKeyInfo for Ed25519 (RFC 8410): a fixed 12-byte DER prefix, then the raw key.
    const QByteArray der = QByteArray::fromHex("302a300506032b6570032100") + rawPublicKey;
    return "-----BEGIN PUBLIC KEY-----\n" + der.toBase64() + "\n-----END PUBLIC KEY-----\n";
}

QByteArray privateKeyPem(const QByteArray &seed)
{
    // PKCS#8 OneAsymmetricKey for Ed25519 (RFC 8410): a fixed 16-byte DER prefix, then the seed.
    const QByteArray der = QByteArray::fromHex("302e020100300506032b657004220420") + seed;
    return "-----BEGIN PRIVATE KEY-----\n" + der.toBase64() + "\n-----END PRIVATE KEY-----\n";
}

// Runs openssl in folder; returns its exit code, with its output in output.
int runOpenSsl(const QString &folder, const QStringList &arguments, QString *output)
{
    QProcess process;
    process.setWorkingDirectory(folder);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStandardPaths::findExecutable(u"openssl"_s), arguments);
    if (!process.waitForFinished(30000))
        return -1;
    *output = QString::fromLocal8Bit(process.readAll());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace

class TestCertificateSigningKeys : public QObject
{
    Q_OBJECT

private slots:
    void freshFolderHasNoKey()
    {
        QTemporaryDir root;
        const QString folder = root.filePath(u"var/lib/nodues/keys"_s);
        QString error;
        const std::optional<CertificateSigningKeys> keys = CertificateSigningKeys::open(folder, &error);
        QVERIFY2(keys, qPrintable(error));
        QVERIFY(keys->list().isEmpty());
        QVERIFY(!keys->activeKey());

        // Opening creates nothing, and the signing error explains how to create the first key.
        QVERIFY(!QFileInfo::exists(folder));
        QVERIFY(!keys->sign("payload", &error));
        QVERIFY2(error.contains(u"nodues-server keys rotate"_s), qPrintable(error));
        QVERIFY2(error.contains(folder), qPrintable(error));
    }

    void firstRotationCreatesKey()
    {
        QTemporaryDir root;
        const QString folder = root.filePath(u"var/lib/nodues/keys"_s);
        QString error;
        std::optional<CertificateSigningKeys> keys = CertificateSigningKeys::open(folder, &error);
        QVERIFY2(keys, qPrintable(error));
        const ManualClock clock(kFirstInstant);
        const std::optional<CertificateSigningKeyInfo> created = keys->rotate(clock, &error);
        QVERIFY2(created, qPrintable(error));

        QCOMPARE(created->createdAt, kFirstInstant);
        QVERIFY(created->active);
        QCOMPARE(created->publicKey.size(), CertificateSigningKeys::kPublicKeySize);
        QCOMPARE(created->keyId.size(), CertificateSigningKeys::kKeyIdLength);
        QCOMPARE(created->keyId, CertificateSigningKeys::keyIdFor(created->publicKey));
        QVERIFY2(QRegularExpression(u"^[A-Za-z0-9_-]{8}$"_s).match(created->keyId).hasMatch(),
                 qPrintable(created->keyId));
        QCOMPARE(created->publicKeyBase64Url().size(), 43);
        QCOMPARE(QByteArray::fromBase64(created->publicKeyBase64Url().toLatin1(), QByteArray::Base64UrlEncoding),
                 created->publicKey);
        QCOMPARE(created->fileName, u"certificate-signing-20261204T195122.123Z.key"_s);

        // The folder and the key file are private to the user, and no temporary file is left.
        QCOMPARE(fileMode(folder), mode_t(0700));
        const QString path = QDir(folder).filePath(created->fileName);
        QCOMPARE(fileMode(path), mode_t(0600));
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{created->fileName});

        QCOMPARE(keys->list().size(), 1);
        QCOMPARE(keys->activeKey()->keyId, created->keyId);
        QCOMPARE(keys->publicKey(created->keyId), created->publicKey);
        QVERIFY(!keys->publicKey(u"AAAAAAAA"_s));
    }

    void reopenReadsSameKeys()
    {
        QTemporaryDir root;
        QString error;
        std::optional<CertificateSigningKeys> keys = CertificateSigningKeys::open(root.path(), &error);
        QVERIFY2(keys, qPrintable(error));
        ManualClock clock(kFirstInstant);
        QVERIFY2(keys->rotate(clock, &error), qPrintable(error));
        clock.advanceSeconds(86400);
        QVERIFY2(keys->rotate(clock, &error), qPrintable(error));

        const std::optional<CertificateSigningKeys> reopened = CertificateSigningKeys::open(root.path(), &error);
        QVERIFY2(reopened, qPrintable(error));
        const QList<CertificateSigningKeyInfo> before = keys->list();
        const QList<CertificateSigningKeyInfo> after = reopened->list();
        QCOMPARE(after.size(), 2);
        for (qsizetype i = 0; i < after.size(); ++i) {
            QCOMPARE(after.at(i).keyId, before.at(i).keyId);
            QCOMPARE(after.at(i).createdAt, before.at(i).createdAt);
            QCOMPARE(after.at(i).publicKey, before.at(i).publicKey);
            QCOMPARE(after.at(i).active, before.at(i).active);
        }
        QVERIFY(!after.at(0).active);
        QVERIFY(after.at(1).active);
        QCOMPARE(after.at(0).createdAt, kFirstInstant);
    }

    void signVerifyRoundTrip()
    {
        QTemporaryDir root;
        QString error;
        std::optional<CertificateSigningKeys> keys = CertificateSigningKeys::open(root.path(), &error);
        QVERIFY2(keys, qPrintable(error));
        const std::optional<CertificateSigningKeyInfo> key = keys->rotate(ManualClock(kFirstInstant), &error);
        QVERIFY2(key, qPrintable(error));

        const QByteArray message = "1.NDC/20302/2026-27/000123.20261205.Ramesh_Kumar.1." + key->keyId.toLatin1();
        const std::optional<CertificateSignature> signature = keys->sign(message, &error);
        QVERIFY2(signature, qPrintable(error));
        QCOMPARE(signature->keyId, key->keyId);
        QCOMPARE(signature->signature.size(), CertificateSigningKeys::kSignatureSize);
        QVERIFY(keys->verify(key->keyId, message, signature->signature));
        QVERIFY(CertificateSigningKeys::verifySignature(key->publicKey, message, signature->signature));

        // Ed25519 is deterministic: the same message gives the same signature.
        QCOMPARE(keys->sign(message, &error)->signature, signature->signature);

        QByteArray changedMessage = message;
        changedMessage[10] = '9';
        QVERIFY(!keys->verify(key->keyId, changedMessage, signature->signature));
        QByteArray changedSignature = signature->signature;
        changedSignature[0] = char(changedSignature[0] ^ 0x01);
        QVERIFY(!keys->verify(key->keyId, message, changedSignature));
        QVERIFY(!keys->verify(key->keyId, message, signature->signature.left(63)));
        QVERIFY(!keys->verify(key->keyId, message, QByteArray()));
        QVERIFY(!keys->verify(u"AAAAAAAA"_s, message, signature->signature));
        QVERIFY(!CertificateSigningKeys::verifySignature(key->publicKey.left(31), message, signature->signature));
    }

    void rotatedOutKeyStillVerifies()
    {
        QTemporaryDir root;
        QString error;
        std::optional<CertificateSigningKeys> keys = CertificateSigningKeys::open(root.path(), &error);
        QVERIFY2(keys, qPrintable(error));
        ManualClock clock(kFirstInstant);
        const std::optional<CertificateSigningKeyInfo> first = keys->rotate(clock, &error);
        QVERIFY2(first, qPrintable(error));
        const std::optional<CertificateSignature> oldSignature = keys->sign("old certificate", &error);
        QVERIFY2(oldSignature, qPrintable(error));

        clock.advanceSeconds(365 * 86400);
        const std::optional<CertificateSigningKeyInfo> second = keys->rotate(clock, &error);
        QVERIFY2(second, qPrintable(error));
        QVERIFY(second->keyId != first->keyId);
        QCOMPARE(keys->activeKey()->keyId, second->keyId);

        // New signatures come from the new key; the old one still verifies, also after a reopen.
        const std::optional<CertificateSignature> newSignature = keys->sign("new certificate", &error);
        QCOMPARE(newSignature->keyId, second->keyId);
        QVERIFY(keys->verify(first->keyId, "old certificate", oldSignature->signature));
        QVERIFY(!keys->verify(second->keyId, "old certificate", oldSignature->signature));

        const std::optional<CertificateSigningKeys> reopened = CertificateSigningKeys::open(root.path(), &error);
        QVERIFY2(reopened, qPrintable(error));
        QCOMPARE(reopened->activeKey()->keyId, second->keyId);
        QVERIFY(reopened->verify(first->keyId, "old certificate", oldSignature->signature));
        QVERIFY(reopened->verify(second->keyId, "new certificate", newSignature->signature));
        QCOMPARE(reopened->sign("again", &error)->keyId, second->keyId);
    }

    void rotationNeedsLaterClock()
    {
        QTemporaryDir root;
        QString error;
        std::optional<CertificateSigningKeys> keys = CertificateSigningKeys::open(root.path(), &error);
        QVERIFY2(keys, qPrintable(error));
        ManualClock clock(kFirstInstant);
        const std::optional<CertificateSigningKeyInfo> first = keys->rotate(clock, &error);
        QVERIFY2(first, qPrintable(error));

        // The same millisecond, and a clock set back, would not make the new key the newest.
        QVERIFY(!keys->rotate(clock, &error));
        QVERIFY2(error.contains(u"not earlier than the current time"_s), qPrintable(error));
        QVERIFY2(error.contains(first->keyId), qPrintable(error));
        clock.advanceSeconds(-3600);
        QVERIFY(!keys->rotate(clock, &error));
        QVERIFY2(error.contains(u"Check the system clock"_s), qPrintable(error));
        QCOMPARE(keyFiles(root.path()).size(), 1);
        QCOMPARE(keys->activeKey()->keyId, first->keyId);

        // One millisecond later is enough.
        clock.setNow(kFirstInstant.addMSecs(1));
        QVERIFY2(keys->rotate(clock, &error), qPrintable(error));
        QCOMPARE(keyFiles(root.path()).size(), 2);
    }

    void discardOnlyLastRotation()
    {
        QTemporaryDir root;
        QString error;
        std::optional<CertificateSigningKeys> keys = CertificateSigningKeys::open(root.path(), &error);
        QVERIFY2(keys, qPrintable(error));
        ManualClock clock(kFirstInstant);
        const std::optional<CertificateSigningKeyInfo> first = keys->rotate(clock, &error);
        clock.advanceSeconds(60);
        const std::optional<CertificateSigningKeyInfo> second = keys->rotate(clock, &error);
        QVERIFY2(second, qPrintable(error));

        // A key that may have signed certificates is never deleted.
        QVERIFY(!keys->discardRotatedKey(first->keyId, &error));
        QVERIFY2(error.contains(first->keyId), qPrintable(error));
        QCOMPARE(keyFiles(root.path()).size(), 2);

        QVERIFY2(keys->discardRotatedKey(second->keyId, &error), qPrintable(error));
        QCOMPARE(keyFiles(root.path()), QStringList{first->fileName});
        QCOMPARE(keys->activeKey()->keyId, first->keyId);
        QVERIFY(!keys->publicKey(second->keyId));
        QVERIFY(!keys->discardRotatedKey(second->keyId, &error));

        // A freshly opened set has rotated nothing, so it discards nothing.
        std::optional<CertificateSigningKeys> reopened = CertificateSigningKeys::open(root.path(), &error);
        QVERIFY(!reopened->discardRotatedKey(first->keyId, &error));
    }

    void openKeyFileRejected_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("group-readable") << 0640;
        QTest::newRow("world-readable") << 0604;
        QTest::newRow("group-writable") << 0620;
    }
    void openKeyFileRejected()
    {
        QFETCH(int, mode);
        QTemporaryDir root;
        QString error;
        std::optional<CertificateSigningKeys> keys = CertificateSigningKeys::open(root.path(), &error);
        const std::optional<CertificateSigningKeyInfo> key = keys->rotate(ManualClock(kFirstInstant), &error);
        QVERIFY2(key, qPrintable(error));
        const QString path = QDir(root.path()).filePath(key->fileName);
        QVERIFY(::chmod(QFile::encodeName(path).constData(), mode_t(mode)) == 0);

        QVERIFY(!CertificateSigningKeys::open(root.path(), &error));
        QVERIFY2(error.contains(u"chmod 600 "_s + path), qPrintable(error));
        // The file is left as it is for the administrator.
        QCOMPARE(fileMode(path), mode_t(mode));
    }

    void openFolderRejected()
    {
        QTemporaryDir root;
        const QString folder = root.filePath(u"keys"_s);
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0777) == 0);
        QString error;
        QVERIFY(!CertificateSigningKeys::open(folder, &error));
        QVERIFY2(error.contains(u"chmod 700 "_s + folder), qPrintable(error));

        // A folder that turns writable after open() is caught by rotate() before it writes a key.
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0700) == 0);
        std::optional<CertificateSigningKeys> keys = CertificateSigningKeys::open(folder, &error);
        QVERIFY2(keys, qPrintable(error));
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0770) == 0);
        QVERIFY(!keys->rotate(ManualClock(kFirstInstant), &error));
        QVERIFY2(error.contains(u"chmod 700 "_s + folder), qPrintable(error));
        QVERIFY(keyFiles(folder).isEmpty());

        const QString file = root.filePath(u"plain-file"_s);
        QVERIFY(writeFile(file, "x"));
        QVERIFY(!CertificateSigningKeys::open(file, &error));
        QVERIFY2(error.contains(u"is not a folder"_s), qPrintable(error));
        QVERIFY(!CertificateSigningKeys::open(QString(), &error));
        QVERIFY2(error.contains(u"No folder"_s), qPrintable(error));
    }

    void brokenKeyFilesRejected_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expectedMessage");
        const QByteArray validSeed = QByteArray(64, 'a') + '\n';
        QTest::newRow("short seed") << u"certificate-signing-20261204T195122.123Z.key"_s << QByteArray(62, 'a')
                                    << u"holds 62 hexadecimal digits"_s;
        QTest::newRow("not hex") << u"certificate-signing-20261204T195122.123Z.key"_s << QByteArray(64, 'x')
                                 << u"hexadecimal digits only"_s;
        QTest::newRow("month 13") << u"certificate-signing-20261304T195122.123Z.key"_s << validSeed
                                  << u"valid creation time"_s;
        QTest::newRow("no milliseconds") << u"certificate-signing-20261204T195122Z.key"_s << validSeed
                                         << u"valid creation time"_s;
        QTest::newRow("not a time") << u"certificate-signing-backup.key"_s << validSeed << u"valid creation time"_s;
    }
    void brokenKeyFilesRejected()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, content);
        QFETCH(QString, expectedMessage);
        QTemporaryDir root;
        const QString path = QDir(root.path()).filePath(fileName);
        QVERIFY(writeFile(path, content));
        QString error;
        QVERIFY(!CertificateSigningKeys::open(root.path(), &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY2(error.contains(expectedMessage), qPrintable(error));
    }

    void sameKeyTwiceRejected()
    {
        QTemporaryDir root;
        QString error;
        std::optional<CertificateSigningKeys> keys = CertificateSigningKeys::open(root.path(), &error);
        const std::optional<CertificateSigningKeyInfo> key = keys->rotate(ManualClock(kFirstInstant), &error);
        QVERIFY2(key, qPrintable(error));
        const QString copy = root.filePath(u"certificate-signing-20270101T000000.000Z.key"_s);
        QVERIFY(QFile::copy(QDir(root.path()).filePath(key->fileName), copy));
        QVERIFY(::chmod(QFile::encodeName(copy).constData(), 0600) == 0);

        QVERIFY(!CertificateSigningKeys::open(root.path(), &error));
        QVERIFY2(error.contains(u"same certificate signing key"_s), qPrintable(error));
        QVERIFY2(error.contains(key->keyId), qPrintable(error));
    }

    void symlinkRejected()
    {
        QTemporaryDir root;
        QTemporaryDir elsewhere;
        QString error;
        std::optional<CertificateSigningKeys> keys = CertificateSigningKeys::open(elsewhere.path(), &error);
        const std::optional<CertificateSigningKeyInfo> key = keys->rotate(ManualClock(kFirstInstant), &error);
        QVERIFY2(key, qPrintable(error));
        const QString link = QDir(root.path()).filePath(key->fileName);
        QVERIFY(QFile::link(QDir(elsewhere.path()).filePath(key->fileName), link));
        QVERIFY(!CertificateSigningKeys::open(root.path(), &error));
        QVERIFY2(error.contains(u"symbolic link"_s), qPrintable(error));
    }

    void otherFilesIgnored()
    {
        QTemporaryDir root;
        QVERIFY(writeFile(root.filePath(u"otp-hmac.key"_s), QByteArray(64, 'b') + '\n'));
        QVERIFY(writeFile(root.filePath(u"README"_s), "notes", 0644));
        QVERIFY(writeFile(root.filePath(u"certificate-signing-20261204T195122.123Z.key.tmp-abc"_s), "partial"));
        QString error;
        std::optional<CertificateSigningKeys> keys = CertificateSigningKeys::open(root.path(), &error);
        QVERIFY2(keys, qPrintable(error));
        QVERIFY(keys->list().isEmpty());
    }

    void knownAnswerFromRfc8032()
    {
        // RFC 8032 section 7.1, TEST 1: an empty message signed with a given seed.
        const QByteArray seed = QByteArray::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
        const QByteArray expectedPublicKey =
            QByteArray::fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
        const QByteArray expectedSignature =
            QByteArray::fromHex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc6"
                                "1e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
        QTemporaryDir root;
        QVERIFY(writeFile(root.filePath(u"certificate-signing-20261204T195122.123Z.key"_s), seed.toHex() + '\n'));

        QString error;
        const std::optional<CertificateSigningKeys> keys = CertificateSigningKeys::open(root.path(), &error);
        QVERIFY2(keys, qPrintable(error));
        QCOMPARE(keys->activeKey()->publicKey, expectedPublicKey);
        QCOMPARE(keys->sign(QByteArray(), &error)->signature, expectedSignature);

        // The key id is the first 6 bytes of SHA-256 over the public key, as base64url.
        const QByteArray digest = QCryptographicHash::hash(expectedPublicKey, QCryptographicHash::Sha256);
        QCOMPARE(keys->activeKey()->keyId, QString::fromLatin1(digest.left(6).toBase64(QByteArray::Base64UrlEncoding)));
    }

    void opensslAgreesBothWays()
    {
        if (QStandardPaths::findExecutable(u"openssl"_s).isEmpty())
            QFAIL("openssl is missing: install it (scripts/install-deps.sh does)");
        QTemporaryDir root;
        const QString folder = root.filePath(u"keys"_s);
        QString error;
        std::optional<CertificateSigningKeys> keys = CertificateSigningKeys::open(folder, &error);
        const std::optional<CertificateSigningKeyInfo> key = keys->rotate(ManualClock(kFirstInstant), &error);
        QVERIFY2(key, qPrintable(error));
        const QByteArray message = "1.NDC/20302/2026-27/000123.20261205.Ramesh_Kumar.1." + key->keyId.toLatin1();
        QVERIFY(writeFile(root.filePath(u"message.bin"_s), message));
        QVERIFY(writeFile(root.filePath(u"public.pem"_s), publicKeyPem(key->publicKey)));

        // OpenSSL verifies a signature made here...
        QVERIFY(writeFile(root.filePath(u"ours.sig"_s), keys->sign(message, &error)->signature));
        QString output;
        const QStringList verifyArguments{u"pkeyutl"_s, u"-verify"_s, u"-pubin"_s,      u"-inkey"_s,   u"public.pem"_s,
                                          u"-rawin"_s,  u"-in"_s,     u"message.bin"_s, u"-sigfile"_s, u"ours.sig"_s};
        QCOMPARE(runOpenSsl(root.path(), verifyArguments, &output), 0);
        QVERIFY2(output.contains(u"Signature Verified Successfully"_s), qPrintable(output));

        // ...and rejects it for a changed message.
        QVERIFY(writeFile(root.filePath(u"message.bin"_s), QByteArray(message).replace("Ramesh", "Rakesh")));
        QVERIFY(runOpenSsl(root.path(), verifyArguments, &output) != 0);

        // A signature OpenSSL makes from the same seed verifies here.
        QVERIFY(writeFile(root.filePath(u"message.bin"_s), message));
        QVERIFY(
            writeFile(root.filePath(u"private.pem"_s), privateKeyPem(seedOf(QDir(folder).filePath(key->fileName)))));
        QCOMPARE(runOpenSsl(root.path(),
                            {u"pkeyutl"_s, u"-sign"_s, u"-inkey"_s, u"private.pem"_s, u"-rawin"_s, u"-in"_s,
                             u"message.bin"_s, u"-out"_s, u"theirs.sig"_s},
                            &output),
                 0);
        QFile theirs(root.filePath(u"theirs.sig"_s));
        QVERIFY(theirs.open(QIODevice::ReadOnly));
        QVERIFY(keys->verify(key->keyId, message, theirs.readAll()));
    }

    void noSecretInLog()
    {
        QLoggingCategory::setFilterRules(u"nodues.*=true"_s);
        capturedMessages().clear();
        const QtMessageHandler previous = qInstallMessageHandler(captureMessage);

        QTemporaryDir root;
        QString error;
        std::optional<CertificateSigningKeys> keys = CertificateSigningKeys::open(root.path(), &error);
        ManualClock clock(kFirstInstant);
        const std::optional<CertificateSigningKeyInfo> first = keys->rotate(clock, &error);
        clock.advanceSeconds(10);
        const std::optional<CertificateSigningKeyInfo> second = keys->rotate(clock, &error);
        keys->sign("message", &error);
        keys->discardRotatedKey(second->keyId, &error);
        CertificateSigningKeys::open(root.path(), &error);
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());

        // Something was logged, with the key id, and never the seed in any encoding.
        const QString log = capturedMessages().join(u'\n');
        QVERIFY2(log.contains(first->keyId), qPrintable(log));
        const QByteArray seed = seedOf(QDir(root.path()).filePath(first->fileName));
        QCOMPARE(seed.size(), CertificateSigningKeys::kSeedSize);
        for (const QByteArray &encoded :
             {seed.toHex(), seed.toHex().toUpper(), seed.toBase64(),
              seed.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)}) {
            QVERIFY2(!log.contains(QString::fromLatin1(encoded)), qPrintable(log));
        }
    }
};

QTEST_GUILESS_MAIN(TestCertificateSigningKeys)
#include "TestCertificateSigningKeys.moc"
