// nodues-server keys list|rotate: the Ed25519 keys that sign the QR payload of certificates.

#include "Clock.h"
#include "Timestamp.h"
#include "api/ServerContext.h"
#include "audit/AuditLog.h"
#include "certificates/CertificateSigningKeys.h"
#include "commands/Command.h"
#include "commands/CommandSupport.h"
#include "storage/Database.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace nodues::server {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(KeysCommand)
};

// Parses the command line, opens the database and reads the keys; returns -1 to go on.
struct KeysContext
{
    ServerConfig config;
    std::unique_ptr<Database> database;
    std::optional<CertificateSigningKeys> keys;
};

int openContext(QCommandLineParser &parser, const QStringList &arguments, KeysContext &context)
{
    if (const int exit = parseCommandLine(parser, arguments, context.config, 0, 0); exit >= 0)
        return exit;
    QString error;
    context.database = context.config.openDatabase(&error);
    if (!context.database) {
        standardError() << error << u'\n';
        return ExitFailure;
    }
    // The same folder as `serve` uses for its other keys.
    const QString directory = ServerContext::keyDirectory(context.config, *context.database, &error);
    if (directory.isEmpty()) {
        standardError() << error << u'\n';
        return ExitFailure;
    }
    context.keys = CertificateSigningKeys::open(directory, &error);
    if (!context.keys) {
        standardError() << Tr::tr("Could not read the certificate signing keys in %1 (setting security/key_dir): %2")
                               .arg(directory, error)
                        << u'\n';
        return ExitFailure;
    }
    return -1;
}

QString noKeyYet(const QString &directory)
{
    return Tr::tr("No certificate signing key exists in %1 yet. Create the first one with \"nodues-server keys "
                  "rotate\".")
        .arg(directory);
}

int runList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("List the keys that sign the QR codes of certificates: key id, creation time (UTC), whether the key "
               "signs new certificates, and the public key to publish for offline verifiers."));
    const QCommandLineOption jsonOption(u"json"_s, Tr::tr("Print JSON instead of a table."));
    parser.addOption(jsonOption);

    KeysContext context;
    if (const int exit = openContext(parser, arguments, context); exit >= 0)
        return exit;
    const QList<CertificateSigningKeyInfo> keys = context.keys->list();

    if (parser.isSet(jsonOption)) {
        QJsonArray rows;
        for (const CertificateSigningKeyInfo &key : keys) {
            rows.append(QJsonObject{{u"key_id"_s, key.keyId},
                                    {u"created_at"_s, Timestamp::toStorage(key.createdAt)},
                                    {u"active"_s, key.active},
                                    {u"public_key"_s, key.publicKeyBase64Url()},
                                    {u"file"_s, key.fileName}});
        }
        standardOutput() << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
        return ExitOk;
    }

    if (keys.isEmpty()) {
        standardOutput() << noKeyYet(context.keys->directory()) << u'\n';
        return ExitOk;
    }
    standardOutput() << Tr::tr("Key id").leftJustified(10) << u' ' << Tr::tr("Created (UTC)").leftJustified(24) << u' '
                     << Tr::tr("Status").leftJustified(8) << u' ' << Tr::tr("Public key (base64url)") << u'\n';
    for (const CertificateSigningKeyInfo &key : keys) {
        standardOutput() << key.keyId.leftJustified(10) << u' ' << Timestamp::toStorage(key.createdAt).leftJustified(24)
                         << u' ' << (key.active ? Tr::tr("active") : Tr::tr("retired")).leftJustified(8) << u' '
                         << key.publicKeyBase64Url() << u'\n';
    }
    standardOutput() << Tr::tr("The active key signs new certificates; retired keys only verify the certificates "
                               "they signed. Keep every key in %1.")
                            .arg(context.keys->directory())
                     << u'\n';
    return ExitOk;
}

int runRotate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Create a new key for signing the QR codes of certificates and make it the active key. Older keys "
               "stay in the key folder, so the certificates they signed still verify. On a new installation this "
               "creates the first key."));
    const QCommandLineOption reasonOption(u"reason"_s, Tr::tr("Why, for the audit log."), u"text"_s);
    parser.addOption(reasonOption);

    KeysContext context;
    if (const int exit = openContext(parser, arguments, context); exit >= 0)
        return exit;

    // The key file and its audit row belong together: when the row cannot be committed, the
    // new key is deleted again, before anything could have used it.
    QString error;
    WriteTransaction transaction(*context.database);
    if (!transaction.begin(&error)) {
        standardError() << error << u'\n';
        return ExitFailure;
    }
    const std::optional<CertificateSigningKeyInfo> previous = context.keys->activeKey();
    const std::optional<CertificateSigningKeyInfo> created = context.keys->rotate(Clock::system(), &error);
    if (!created) {
        standardError() << Tr::tr("Could not create a certificate signing key: %1").arg(error) << u'\n';
        return ExitFailure;
    }

    const AuditEntry entry{commandLineActor(), u"certificate_key.rotate"_s, u"certificate_key"_s, created->keyId,
                           QJsonObject{{u"public_key"_s, created->publicKeyBase64Url()},
                                       {u"created_at"_s, Timestamp::toStorage(created->createdAt)},
                                       {u"file"_s, created->fileName},
                                       {u"previous_key_id"_s, previous ? QJsonValue(previous->keyId) : QJsonValue()},
                                       {u"reason"_s, parser.value(reasonOption)}}};
    if (!AuditLog::append(transaction, Clock::system(), entry, &error) || !transaction.commit(&error)) {
        transaction.rollback();
        QString discardError;
        if (context.keys->discardRotatedKey(created->keyId, &discardError)) {
            standardError() << Tr::tr("Could not write the audit row for the new certificate signing key, so the key "
                                      "was deleted again: %1")
                                   .arg(error)
                            << u'\n';
        } else {
            standardError() << Tr::tr("Could not write the audit row for the new certificate signing key %1: %2. "
                                      "Deleting the key failed too: %3. Delete the file %4 before the server signs "
                                      "with it.")
                                   .arg(created->keyId, error, discardError,
                                        context.keys->directory() + u'/' + created->fileName)
                            << u'\n';
        }
        return ExitFailure;
    }

    standardOutput()
        << Tr::tr("Created the certificate signing key %1 in %2; it is now the active key.")
               .arg(created->keyId, context.keys->directory() + u'/' + created->fileName)
        << u'\n'
        << Tr::tr("Public key (base64url), to publish for offline verifiers: %1").arg(created->publicKeyBase64Url())
        << u'\n';
    if (previous) {
        standardOutput() << Tr::tr("The previous key %1 is retired: it stays in the key folder to verify the "
                                   "certificates it signed. Do not delete it.")
                                .arg(previous->keyId)
                         << u'\n';
    }
    return ExitOk;
}

const CommandRegistrar listRegistrar({u"keys list"_s,
                                      QT_TRANSLATE_NOOP("Commands", "List the keys that sign certificates' QR codes"),
                                      runList});
const CommandRegistrar rotateRegistrar({u"keys rotate"_s,
                                        QT_TRANSLATE_NOOP("Commands",
                                                          "Create a new key for certificates' QR codes and make it "
                                                          "active"),
                                        runRotate});

} // namespace
} // namespace nodues::server
