#include "ServerProcess.h"
#include "TestDatabase.h"
#include "audit/AuditLog.h"
#include "security/KeyFile.h"
#include "storage/SqlUtil.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

#include <sys/stat.h>

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

QProcessEnvironment keyFolderEnvironment(const QString &folder)
{
    QProcessEnvironment environment;
    environment.insert(u"NODUES_SECURITY_KEY_DIR"_s, folder);
    return environment;
}

// The key id that "keys rotate" reports, or an empty string.
QString createdKeyId(const QString &output)
{
    static const QRegularExpression pattern(u"Created the certificate signing key ([A-Za-z0-9_-]{8}) "_s);
    return pattern.match(output).captured(1);
}

// Every encoding of a key file's seed that could leak it.
QStringList secretForms(const QString &keyPath)
{
    QString error;
    const QByteArray seed = KeyFile::load(keyPath, 32, &error).value_or(QByteArray());
    if (seed.size() != 32)
        return {u"<could not read %1: %2>"_s.arg(keyPath, error)};
    QStringList forms;
    for (const QByteArray &encoded : {seed.toHex(), seed.toHex().toUpper(), seed.toBase64(),
                                      seed.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)})
        forms << QString::fromLatin1(encoded);
    return forms;
}

} // namespace

class TestKeysCommand : public QObject
{
    Q_OBJECT

private slots:
    void rotateThenList_data() { test::addBackendColumn(); }
    void rotateThenList()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        const QString folder = db->scratchPath(u"keys"_s);
        const QProcessEnvironment environment = keyFolderEnvironment(folder);
        QString allOutput;
        const auto run = [&](const QStringList &arguments) {
            const test::CommandResult result = test::runServerCommand(arguments, db->url(), {}, 60000, environment);
            allOutput += result.standardOutput + result.standardError;
            return result;
        };

        // A new installation has no key, and the list explains how to create one.
        test::CommandResult result = run({u"keys"_s, u"list"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.standardError));
        QVERIFY2(result.standardOutput.contains(u"No certificate signing key exists"_s),
                 qPrintable(result.standardOutput));
        QVERIFY2(result.standardOutput.contains(u"nodues-server keys rotate"_s), qPrintable(result.standardOutput));

        result = run({u"keys"_s, u"rotate"_s, u"--reason"_s, u"first key"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.standardError));
        const QString firstId = createdKeyId(result.standardOutput);
        QVERIFY2(!firstId.isEmpty(), qPrintable(result.standardOutput));
        QVERIFY2(!result.standardOutput.contains(u"previous key"_s), qPrintable(result.standardOutput));

        result = run({u"keys"_s, u"rotate"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.standardError));
        const QString secondId = createdKeyId(result.standardOutput);
        QVERIFY2(!secondId.isEmpty(), qPrintable(result.standardOutput));
        QVERIFY(secondId != firstId);
        QVERIFY2(result.standardOutput.contains(u"The previous key %1 is retired"_s.arg(firstId)),
                 qPrintable(result.standardOutput));

        // The table: the first key retired, the second active, each with its public key.
        result = run({u"keys"_s, u"list"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.standardError));
        const QStringList lines = result.standardOutput.split(u'\n');
        const auto lineOf = [&lines](const QString &keyId) {
            for (const QString &line : lines) {
                if (line.startsWith(keyId + u' '))
                    return line;
            }
            return QString();
        };
        QVERIFY2(lineOf(firstId).contains(u" retired "_s), qPrintable(result.standardOutput));
        QVERIFY2(lineOf(secondId).contains(u" active "_s), qPrintable(result.standardOutput));
        QVERIFY2(QRegularExpression(u" [A-Za-z0-9_-]{43}$"_s).match(lineOf(secondId)).hasMatch(),
                 qPrintable(result.standardOutput));

        // The same as JSON, oldest first.
        result = run({u"keys"_s, u"list"_s, u"--json"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.standardError));
        const QJsonArray keys = QJsonDocument::fromJson(result.standardOutput.toUtf8()).array();
        QCOMPARE(keys.size(), 2);
        QCOMPARE(keys.at(0)[u"key_id"_s].toString(), firstId);
        QCOMPARE(keys.at(0)[u"active"_s].toBool(), false);
        QCOMPARE(keys.at(1)[u"key_id"_s].toString(), secondId);
        QCOMPARE(keys.at(1)[u"active"_s].toBool(), true);
        QCOMPARE(keys.at(1)[u"public_key"_s].toString().size(), 43);
        QVERIFY(keys.at(0)[u"created_at"_s].toString() < keys.at(1)[u"created_at"_s].toString());
        QVERIFY2(lineOf(secondId).endsWith(keys.at(1)[u"public_key"_s].toString()), qPrintable(result.standardOutput));

        // The folder and the key files are private to the user.
        QCOMPARE(fileMode(folder), mode_t(0700));
        QStringList keyPaths;
        for (const QJsonValue key : keys) {
            const QString path = QDir(folder).filePath(key[u"file"_s].toString());
            QCOMPARE(fileMode(path), mode_t(0600));
            keyPaths << path;
        }

        // One audit row per rotation, naming the key and the one it replaced, and the chain holds.
        QString error;
        QSqlQuery query(db->database().connection());
        QVERIFY2(execPlain(query,
                           u"SELECT entity_type, entity_id, details, actor FROM audit_log "
                           "WHERE action = 'certificate_key.rotate' ORDER BY seq"_s,
                           &error),
                 qPrintable(error));
        QStringList auditDetails;
        QStringList auditIds;
        while (query.next()) {
            QCOMPARE(query.value(0).toString(), u"certificate_key"_s);
            QVERIFY2(query.value(3).toString().startsWith(u"admin-cli:"_s), qPrintable(query.value(3).toString()));
            auditIds << query.value(1).toString();
            auditDetails << query.value(2).toString();
        }
        QCOMPARE(auditIds, (QStringList{firstId, secondId}));
        const QJsonObject firstDetails = QJsonDocument::fromJson(auditDetails.at(0).toUtf8()).object();
        QCOMPARE(firstDetails[u"reason"_s].toString(), u"first key"_s);
        QVERIFY(firstDetails[u"previous_key_id"_s].isNull());
        QCOMPARE(firstDetails[u"public_key"_s].toString(), keys.at(0)[u"public_key"_s].toString());
        const QJsonObject secondDetails = QJsonDocument::fromJson(auditDetails.at(1).toUtf8()).object();
        QCOMPARE(secondDetails[u"previous_key_id"_s].toString(), firstId);
        QVERIFY(AuditLog::verify(db->database(), &error).intact);

        // No output and no audit row contains a private key in any encoding.
        const QString audited = auditDetails.join(u'\n');
        for (const QString &path : keyPaths) {
            for (const QString &secret : secretForms(path)) {
                QVERIFY2(!allOutput.contains(secret), qPrintable(allOutput));
                QVERIFY2(!audited.contains(secret), qPrintable(audited));
            }
        }
    }

    void defaultFolderBesideSqliteFile()
    {
        QString skipReason;
        const auto db = test::TestDatabase::create(u"sqlite"_s, &skipReason);
        QVERIFY(db);
        const test::CommandResult result = test::runServerCommand({u"keys"_s, u"rotate"_s}, db->url());
        QVERIFY2(result.exitCode == 0, qPrintable(result.standardError));
        const QString folder = db->scratchPath(u"keys"_s);
        QVERIFY2(result.standardOutput.contains(folder), qPrintable(result.standardOutput));
        QCOMPARE(QDir(folder).entryList({u"certificate-signing-*.key"_s}, QDir::Files).size(), 1);
    }

    void openKeyFileRefused()
    {
        QString skipReason;
        const auto db = test::TestDatabase::create(u"sqlite"_s, &skipReason);
        QVERIFY(db);
        const QString folder = db->scratchPath(u"keys"_s);
        test::CommandResult result =
            test::runServerCommand({u"keys"_s, u"rotate"_s}, db->url(), {}, 60000, keyFolderEnvironment(folder));
        QVERIFY2(result.exitCode == 0, qPrintable(result.standardError));
        const QString keyPath =
            QDir(folder).filePath(QDir(folder).entryList({u"certificate-signing-*.key"_s}, QDir::Files).value(0));
        QVERIFY(::chmod(QFile::encodeName(keyPath).constData(), 0644) == 0);

        // Both commands refuse the folder, and rotate adds no key and no audit row.
        for (const QString &command : {u"list"_s, u"rotate"_s}) {
            result = test::runServerCommand({u"keys"_s, command}, db->url(), {}, 60000, keyFolderEnvironment(folder));
            QCOMPARE(result.exitCode, 1);
            QVERIFY2(result.standardError.contains(u"chmod 600 "_s + keyPath), qPrintable(result.standardError));
        }
        QCOMPARE(QDir(folder).entryList({u"certificate-signing-*.key"_s}, QDir::Files).size(), 1);
        QSqlQuery query(db->database().connection());
        QString error;
        QVERIFY2(execPlain(query, u"SELECT COUNT(*) FROM audit_log WHERE action = 'certificate_key.rotate'"_s, &error),
                 qPrintable(error));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }

    void uninitialisedDatabaseRefused()
    {
        QString skipReason;
        const auto db = test::TestDatabase::create(u"sqlite"_s, &skipReason, false);
        QVERIFY(db);
        const QString folder = db->scratchPath(u"keys"_s);
        const test::CommandResult result =
            test::runServerCommand({u"keys"_s, u"rotate"_s}, db->url(), {}, 60000, keyFolderEnvironment(folder));
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.standardError.contains(u"nodues-server init"_s), qPrintable(result.standardError));
        QVERIFY(!QFileInfo::exists(folder));
    }

    void helpNamesCommands()
    {
        test::CommandResult result = test::runServerCommand({u"help"_s});
        QVERIFY2(result.standardOutput.contains(u"keys rotate"_s), qPrintable(result.standardOutput));
        QVERIFY2(result.standardOutput.contains(u"keys list"_s), qPrintable(result.standardOutput));
        result = test::runServerCommand({u"keys"_s, u"rotate"_s, u"--help"_s});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.standardOutput.contains(u"--reason"_s), qPrintable(result.standardOutput));
        QVERIFY2(result.standardOutput.contains(u"first key"_s), qPrintable(result.standardOutput));
    }
};

QTEST_GUILESS_MAIN(TestKeysCommand)
#include "TestKeysCommand.moc"
