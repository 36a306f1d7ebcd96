#include "app/SignBatchCommand.h"

#include "Clock.h"
#include "api/OfficerApiClient.h"
#include "app/CommandSignIn.h"
#include "app/HeadlessCommand.h"
#include "app/HeadlessSigningRun.h"
#include "app/LanguageSwitcher.h"
#include "app/SecretInput.h"
#include "app/ServerAddress.h"
#include "app/WorkstationSettings.h"
#include "cache/LocalCache.h"
#include "certificate/RegisteredCertificateCheck.h"
#include "certificate/SigningKey.h"
#include "certificate/SigningKeyConfig.h"
#include "sync/SyncController.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcSignBatch, "nodues.app.signbatch")

namespace nodues::workstation {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SignBatchCommand)
};

const char *const kFlag = "--sign-batch";

// The end of --help: what the exit codes mean (SignBatchExitCode).
QString exitCodesHelp()
{
    return Tr::tr("Exit codes:\n"
                  "  0  every certificate signed and uploaded, or none waited for a signature\n"
                  "  1  an invalid option\n"
                  "  2  the server, the local cache, a secret's file or the key cannot be used\n"
                  "  3  a password, OTP, PIN or passphrase was rejected, the officer is not a division officer, or "
                  "the key's DSC is not the registered one\n"
                  "  4  some certificates were not signed or not uploaded; each is named\n");
}

// The options, made once the translations are installed.
struct Options
{
    QCommandLineOption signBatch{u"sign-batch"_s,
                                 Tr::tr("Sign and upload the approved certificates that wait for your signature.")};
    QCommandLineOption server{u"server"_s, Tr::tr("The server's address URL. Default: the last sign-in's."),
                              Tr::tr("URL")};
    QCommandLineOption officer{u"officer"_s, Tr::tr("The division officer who signs. Default: the last sign-in's."),
                               Tr::tr("USERNAME")};
    QCommandLineOption passwordFile{u"password-file"_s,
                                    Tr::tr("Read the password from the first line of FILE, or - for standard input."),
                                    Tr::tr("FILE")};
    QCommandLineOption otpFile{u"otp-file"_s,
                               Tr::tr("Read the sign-in OTP from FILE once it was sent; a named pipe works. Default: "
                                      "- for standard input."),
                               Tr::tr("FILE"), u"-"_s};
    QCommandLineOption cache{u"cache"_s, Tr::tr("Use the cache file at PATH. Default: the officer's on that server."),
                             Tr::tr("PATH")};
    QCommandLineOption pkcs12{u"pkcs12"_s, Tr::tr("Sign with the key in this PKCS#12 file (.p12 or .pfx)."),
                              Tr::tr("FILE")};
    QCommandLineOption passphraseFile{u"passphrase-file"_s,
                                      Tr::tr("Read the PKCS#12 file's passphrase from FILE, or - for standard input."),
                                      Tr::tr("FILE")};
    QCommandLineOption pkcs11Module{u"pkcs11-module"_s, Tr::tr("The token's PKCS#11 module."), Tr::tr("PATH")};
    QCommandLineOption pkcs11Token{u"pkcs11-token"_s,
                                   Tr::tr("Sign with the key on the token with this label, or at this pkcs11: URI."),
                                   Tr::tr("LABEL")};
    QCommandLineOption pinFile{u"pin-file"_s, Tr::tr("Read the token's PIN from FILE, or - for standard input."),
                               Tr::tr("FILE")};
};

// Returns the signing key that the options name, else the one in the settings. Returns nothing
// with *error when the options conflict, and also sets *unavailable when they name no usable key.
std::optional<SigningKeyConfig> signingKeyConfig(const QCommandLineParser &parser, const Options &options,
                                                 const WorkstationSettings &settings, bool *unavailable, QString *error)
{
    const bool pkcs12 = parser.isSet(options.pkcs12);
    const bool pkcs11 = parser.isSet(options.pkcs11Token) || parser.isSet(options.pkcs11Module);
    if (pkcs12 && pkcs11) {
        *error = Tr::tr("Give either --pkcs12 FILE or --pkcs11-token LABEL, not both.");
        return std::nullopt;
    }

    SigningKeyConfig config = settings.signingKey();
    if (pkcs12) {
        config = SigningKeyConfig();
        config.kind = SigningKeyConfig::Kind::Pkcs12;
        config.pkcs12File = parser.value(options.pkcs12);
    } else if (pkcs11) {
        config = SigningKeyConfig();
        config.kind = SigningKeyConfig::Kind::Pkcs11;
        config.pkcs11Module = parser.value(options.pkcs11Module);
        config.pkcs11Token = parser.value(options.pkcs11Token);
    }
    if (!config.validate(error)) {
        *unavailable = true;
        return std::nullopt;
    }

    // Each kind takes its own secret, so a PIN is never tried as a passphrase.
    const bool isPkcs12 = config.kind == SigningKeyConfig::Kind::Pkcs12;
    const QCommandLineOption &needed = isPkcs12 ? options.passphraseFile : options.pinFile;
    const QCommandLineOption &other = isPkcs12 ? options.pinFile : options.passphraseFile;
    if (parser.isSet(other)) {
        *error = isPkcs12 ? Tr::tr("The key is a PKCS#12 file: give its passphrase with --passphrase-file, not "
                                   "--pin-file.")
                          : Tr::tr("The key is on a PKCS#11 token: give its PIN with --pin-file, not "
                                   "--passphrase-file.");
        return std::nullopt;
    }
    if (!parser.isSet(needed)) {
        *error = isPkcs12 ? Tr::tr("Give --passphrase-file FILE for the PKCS#12 file %1.")
                                .arg(QDir::toNativeSeparators(config.pkcs12File))
                          : Tr::tr("Give --pin-file FILE for the token %1.").arg(config.pkcs11KeyUri());
        return std::nullopt;
    }
    return config;
}

// Unlocks key with the secret read from source. Returns the exit code of a failure, or -1.
int unlockKey(SigningKey &key, const SigningKeyConfig &config, const QString &source, const QString &optionName)
{
    const bool isPkcs12 = config.kind == SigningKeyConfig::Kind::Pkcs12;
    QString error;
    std::optional<QByteArray> secret =
        readSecret(source, optionName,
                   isPkcs12 ? Tr::tr("Passphrase of %1: ").arg(QDir::toNativeSeparators(config.pkcs12File))
                            : Tr::tr("PIN of the token %1: ").arg(config.pkcs11KeyUri()),
                   &error);
    if (!secret)
        return HeadlessCommand::fail(kSignBatchUnavailable, error);

    SigningError signingError;
    if (!key.unlock(std::move(*secret), &signingError)) {
        qCWarning(lcSignBatch).noquote() << "Could not unlock" << key.description() << ":" << signingError.detail;
        const bool rejected = signingError.code == SigningErrorCode::WrongSecret ||
                              signingError.code == SigningErrorCode::SecretLocked ||
                              signingError.code == SigningErrorCode::SecretRejected;
        return HeadlessCommand::fail(rejected ? kSignBatchRejected : kSignBatchUnavailable, signingError.message);
    }
    return -1;
}

// Prints the outcome of each certificate. Returns whether every one was signed and uploaded.
bool report(const QList<HeadlessSigningRun::Certificate> &certificates)
{
    using State = HeadlessSigningRun::State;
    int uploaded = 0;
    for (const HeadlessSigningRun::Certificate &certificate : certificates) {
        switch (certificate.state) {
        case State::Uploaded:
            ++uploaded;
            HeadlessCommand::out()
                << Tr::tr("Signed and uploaded %1 (%2)").arg(certificate.number, certificate.applicationNumber)
                << Qt::endl;
            break;
        case State::NotSigned:
            HeadlessCommand::err() << Tr::tr("Not signed: %1 (%2): %3")
                                          .arg(certificate.number, certificate.applicationNumber, certificate.message)
                                   << Qt::endl;
            break;
        case State::Rejected:
            HeadlessCommand::err() << Tr::tr("Signed, but the server rejected the upload of %1 (%2): %3")
                                          .arg(certificate.number, certificate.applicationNumber, certificate.message)
                                   << Qt::endl;
            break;
        case State::Signed:
        case State::Pending:
            HeadlessCommand::err()
                << Tr::tr("Signed, not uploaded yet: %1 (%2): %3 The signed PDF waits in the cache until the "
                          "next sync uploads it: run this command again, or open the workstation.")
                       .arg(certificate.number, certificate.applicationNumber, certificate.message)
                << Qt::endl;
            break;
        }
    }
    HeadlessCommand::out()
        << Tr::tr("Certificates signed and uploaded: %1 of %2.").arg(uploaded).arg(certificates.size()) << Qt::endl;
    return uploaded == certificates.size();
}

// Signs and uploads, as the signed-in officer of session, every certificate that waits for their
// signature, with key unlocked. Returns the exit code.
int signAndUpload(const OfficerSession &session, const QString &cachePath, const QString &language,
                  const SigningKey &key)
{
    QString error;
    const std::optional<OfficerProfile> officer = OfficerProfile::fromJson(session.officer, &error);
    if (!officer)
        return HeadlessCommand::fail(kSignBatchUnavailable,
                                     Tr::tr("The server at %1 described the officer in an unexpected form (%2). "
                                            "Check that the workstation and the server are of the same version.")
                                         .arg(session.serverUrl.toString(), error));
    if (officer->role != OfficerRole::DivisionOfficer)
        return HeadlessCommand::fail(kSignBatchRejected,
                                     Tr::tr("%1 is not a division officer; only the division officer who "
                                            "approved a certificate signs it.")
                                         .arg(session.username));
    HeadlessCommand::out() << Tr::tr("Signed in to %1 as %2 (%3, %4).")
                                  .arg(session.serverUrl.toString(), session.username, officer->name,
                                       officer->designation)
                           << Qt::endl;
    SigningError notRegistered;
    if (!RegisteredCertificateCheck::matches(key, officer->signingCertificateSha256, &notRegistered)) {
        qCWarning(lcSignBatch).noquote() << "Not signing with" << key.description() << ":" << notRegistered.detail;
        return HeadlessCommand::fail(kSignBatchRejected, notRegistered.message);
    }

    // Sync, so the cache has every approval, then sign and wait for the uploads.
    SyncSettings settings;
    settings.serverUrl = session.serverUrl;
    settings.token = session.token;
    settings.language = language;
    settings.cachePath = cachePath;
    SyncController sync;
    if (!sync.configure(settings, &error))
        return HeadlessCommand::fail(kSignBatchUnavailable,
                                     Tr::tr("The workstation cache at \"%1\" cannot be opened: %2")
                                         .arg(QDir::toNativeSeparators(cachePath), error));
    HeadlessSigningRun run(sync, *officer, Clock::system());
    if (!run.waitForSync(&error))
        return HeadlessCommand::fail(kSignBatchUnavailable,
                                     Tr::tr("The sync with %1 failed: %2").arg(session.serverUrl.toString(), error));
    const std::optional<QList<CachedApplication>> unsignedOnes = run.findUnsigned(&error);
    if (!unsignedOnes)
        return HeadlessCommand::fail(kSignBatchUnavailable, Tr::tr("The workstation cache at \"%1\" cannot be read: %2")
                                                                .arg(QDir::toNativeSeparators(cachePath), error));
    if (unsignedOnes->isEmpty()) {
        HeadlessCommand::out() << Tr::tr("Nothing to sign: no certificate that you approved waits for your signature.")
                               << Qt::endl;
        return kSignBatchOk;
    }
    QList<HeadlessSigningRun::Certificate> certificates = run.sign(*unsignedOnes, key);
    run.waitForUploads(&certificates);
    return report(certificates) ? kSignBatchOk : kSignBatchIncomplete;
}

} // namespace

bool isSignBatchCommand(int argc, char *argv[])
{
    return HeadlessCommand::hasFlag(argc, argv, kFlag);
}

int runSignBatchCommand(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"NoDues"_s);
    QCoreApplication::setApplicationName(u"nodues-workstation"_s);
    WorkstationSettings settings;
    LanguageSwitcher languages;
    HeadlessCommand::setUp(settings, languages);

    const Options options;
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Signs the approved NoDues certificates that wait for your signature, "
                                            "uploads them and signs out."));
    parser.addOptions({options.signBatch, options.server, options.officer, options.passwordFile, options.otpFile,
                       options.cache, options.pkcs12, options.passphraseFile, options.pkcs11Module, options.pkcs11Token,
                       options.pinFile});
    if (const int exit =
            HeadlessCommand::parse(parser, app.arguments(), exitCodesHelp(), kSignBatchOk, kSignBatchUsage);
        exit >= 0)
        return exit;

    // Who signs, where.
    const QString serverText = parser.isSet(options.server) ? parser.value(options.server) : settings.serverUrl();
    const QString username = parser.isSet(options.officer) ? parser.value(options.officer) : settings.lastUsername();
    if (serverText.isEmpty() || username.isEmpty())
        return HeadlessCommand::fail(kSignBatchUsage,
                                     Tr::tr("Give --server URL and --officer USERNAME: this workstation has no saved "
                                            "sign-in to take them from."));
    const ServerAddress server = ServerAddress::parse(serverText);
    if (!server.ok())
        return HeadlessCommand::fail(kSignBatchUsage, server.error);
    if (!parser.isSet(options.passwordFile))
        return HeadlessCommand::fail(kSignBatchUsage,
                                     Tr::tr("Give --password-file FILE, or --password-file - to read the password "
                                            "from standard input."));
    const QString cachePath =
        parser.isSet(options.cache) ? parser.value(options.cache) : LocalCache::defaultPath(server.url, username);

    // The key, unlocked before the sign-in, so a wrong passphrase or PIN costs no OTP.
    bool unavailable = false;
    QString error;
    const std::optional<SigningKeyConfig> keyConfig = signingKeyConfig(parser, options, settings, &unavailable, &error);
    if (!keyConfig)
        return HeadlessCommand::fail(unavailable ? kSignBatchUnavailable : kSignBatchUsage, error);
    const std::unique_ptr<SigningKey> key = keyConfig->createKey(&error);
    if (!key)
        return HeadlessCommand::fail(kSignBatchUnavailable, error);
    std::optional<QByteArray> password = readSecret(parser.value(options.passwordFile), u"--password-file"_s,
                                                    Tr::tr("Password of %1: ").arg(username), &error);
    if (!password)
        return HeadlessCommand::fail(kSignBatchUnavailable, error);
    const bool isPkcs12 = keyConfig->kind == SigningKeyConfig::Kind::Pkcs12;
    const QCommandLineOption &secretOption = isPkcs12 ? options.passphraseFile : options.pinFile;
    if (const int exit =
            unlockKey(*key, *keyConfig, parser.value(secretOption), u"--"_s + secretOption.names().first());
        exit >= 0) {
        password->fill('\0');
        return exit;
    }

    // The sign-in, with the OTP sent to the officer's mobile.
    OfficerApiClient api;
    api.setServerUrl(server.url);
    api.setLanguage(languageCode(languages.current()));
    const CommandSignIn::Result signIn = CommandSignIn::signIn(
        api, username, settings.deviceName(), std::move(*password), parser.value(options.otpFile), u"--otp-file"_s);
    if (signIn.outcome != CommandSignIn::Outcome::SignedIn)
        return HeadlessCommand::fail(signIn.outcome == CommandSignIn::Outcome::Unreachable ? kSignBatchUnavailable
                                                                                           : kSignBatchRejected,
                                     signIn.error);
    // The last sign-in, as the window keeps it, so --print-batch and the window default to it.
    settings.setServerUrl(server.url.toString());
    settings.setLastUsername(username);
    const int exitCode = signAndUpload(signIn.session, cachePath, languageCode(languages.current()), *key);

    // The session token stops working at once, whatever happened above.
    key->lock();
    if (!CommandSignIn::signOut(api, &error))
        qCWarning(lcSignBatch).noquote() << "Could not sign out" << username << ":" << error;
    return exitCode;
}

} // namespace nodues::workstation
