// nodues-server officer set-certificate: registers a division officer's Digital Signature
// Certificate, which uploaded certificate PDFs must be signed with.

#include "Clock.h"
#include "Timestamp.h"
#include "commands/Command.h"
#include "commands/CommandSupport.h"
#include "officers/SigningCertificateStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace nodues::server {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OfficerCertificateCommand)
};

// A PEM certificate is a few kilobytes; a larger file is the wrong file.
constexpr qint64 kMaxCertificateFileBytes = 256 * 1024;

QJsonObject detailsJson(const SigningCertificateRegistration &registration, const QString &username)
{
    const SigningCertificate &certificate = registration.certificate;
    return QJsonObject{
        {u"username"_s, username},
        {u"changed"_s, registration.changed},
        {u"subject"_s, certificate.subject},
        {u"issuer"_s, certificate.issuer},
        {u"serial_number"_s, certificate.serialNumber},
        {u"sha256_fingerprint"_s, certificate.sha256Fingerprint},
        {u"not_before"_s, Timestamp::toStorage(certificate.notBefore)},
        {u"not_after"_s, Timestamp::toStorage(certificate.notAfter)},
        {u"previous_sha256_fingerprint"_s, registration.previousFingerprint.isEmpty()
                                               ? QJsonValue(QJsonValue::Null)
                                               : QJsonValue(registration.previousFingerprint)},
    };
}

void printDetails(const SigningCertificateRegistration &registration, const QString &username)
{
    const SigningCertificate &certificate = registration.certificate;
    QTextStream &out = standardOutput();
    out << (registration.changed
                ? Tr::tr("Registered the Digital Signature Certificate of officer %1:").arg(username)
                : Tr::tr("This Digital Signature Certificate was already registered for officer %1; nothing "
                         "changed:")
                      .arg(username))
        << u'\n';
    out << Tr::tr("  subject:     %1").arg(certificate.subject) << u'\n';
    out << Tr::tr("  issuer:      %1").arg(certificate.issuer) << u'\n';
    out << Tr::tr("  serial:      %1").arg(certificate.serialNumber) << u'\n';
    out << Tr::tr("  SHA-256:     %1").arg(certificate.sha256Fingerprint) << u'\n';
    out << Tr::tr("  valid from:  %1 IST").arg(Timestamp::istDateTime(certificate.notBefore)) << u'\n';
    out << Tr::tr("  valid until: %1 IST").arg(Timestamp::istDateTime(certificate.notAfter)) << u'\n';
    if (!registration.previousFingerprint.isEmpty())
        out << Tr::tr("  replaces the certificate with SHA-256 %1").arg(registration.previousFingerprint) << u'\n';
    // Log lines go to standard error unbuffered; without a flush they land inside these lines.
    out.flush();
}

int runSetCertificate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Register a division officer's Digital Signature Certificate (DSC). Certificate PDFs that the officer "
               "approved are accepted only when signed with it. A certificate registered earlier is replaced."));
    parser.addPositionalArgument(u"username"_s, Tr::tr("The division officer's username."));
    parser.addPositionalArgument(u"certificate"_s,
                                 Tr::tr("A file with the officer's X.509 certificate in PEM form, without the private "
                                        "key."));
    const QCommandLineOption jsonOption(u"json"_s, Tr::tr("Print the certificate's details as JSON."));
    parser.addOption(jsonOption);
    ServerConfig config;
    if (const int exit = parseCommandLine(parser, arguments, config, 2, 2); exit >= 0)
        return exit;
    const QString username = parser.positionalArguments().at(0);
    const QString path = parser.positionalArguments().at(1);

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        standardError() << Tr::tr("Couldn't read the certificate file %1. Reason: %2.").arg(path, file.errorString())
                        << u'\n';
        return ExitFailure;
    }
    if (file.size() > kMaxCertificateFileBytes) {
        standardError() << Tr::tr("The file %1 has %2 bytes, more than a certificate can have (%3 bytes). Choose "
                                  "the officer's certificate file.")
                               .arg(path)
                               .arg(file.size())
                               .arg(kMaxCertificateFileBytes)
                        << u'\n';
        return ExitFailure;
    }
    const QByteArray pem = file.readAll();

    QString error;
    const std::unique_ptr<Database> database = config.openDatabase(&error);
    if (!database) {
        standardError() << error << u'\n';
        return ExitFailure;
    }
    SigningCertificateStore store(*database, Clock::system());
    const std::optional<SigningCertificateRegistration> registration =
        store.registerCertificate(username, pem, commandLineActor(), &error);
    if (!registration) {
        standardError() << Tr::tr("Couldn't register the certificate of officer %1. Reason: %2").arg(username, error)
                        << u'\n';
        return ExitFailure;
    }

    if (parser.isSet(jsonOption))
        standardOutput() << QString::fromUtf8(
            QJsonDocument(detailsJson(*registration, username)).toJson(QJsonDocument::Indented));
    else
        printDetails(*registration, username);

    // The warning goes to standard error, so it shows even when the JSON is piped on.
    const qint64 daysLeft = registration->certificate.daysLeftAt(Clock::system().nowUtc());
    if (daysLeft < SigningCertificate::kExpiryWarningDays) {
        standardError() << Tr::tr("Warning: the certificate expires on %1 IST, in %n day(s). Register the officer's "
                                  "renewed certificate before then, or uploads signed with this one will be rejected.",
                                  nullptr, int(daysLeft))
                               .arg(Timestamp::istDateTime(registration->certificate.notAfter))
                        << u'\n';
    }
    return ExitOk;
}

const CommandRegistrar setCertificateRegistrar({u"officer set-certificate"_s,
                                                QT_TRANSLATE_NOOP("Commands", "Register a division officer's Digital "
                                                                              "Signature Certificate"),
                                                runSetCertificate});

} // namespace
} // namespace nodues::server
