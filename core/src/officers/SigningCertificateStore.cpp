#include "officers/SigningCertificateStore.h"

#include "Clock.h"
#include "Timestamp.h"
#include "audit/AuditLog.h"
#include "officers/Officer.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcOfficers)

namespace nodues {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SigningCertificateStore)
};

} // namespace

SigningCertificateStore::SigningCertificateStore(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{
}

std::optional<SigningCertificateRegistration> SigningCertificateStore::registerCertificate(const QString &username,
                                                                                           const QByteArray &pem,
                                                                                           const QString &actor,
                                                                                           QString *error)
{
    WriteTransaction transaction(m_database);
    if (!transaction.begin(error))
        return std::nullopt;
    QSqlQuery query(transaction.db());
    const QString lock = transaction.dialect() == SqlDialect::Postgres ? u" FOR UPDATE"_s : QString();
    if (!execPrepared(query,
                      u"SELECT id, role, signing_certificate_pem FROM officer WHERE username = :username"_s + lock,
                      {{u"username"_s, username}}, error))
        return std::nullopt;
    if (!query.next()) {
        *error = Tr::tr("No officer has the username \"%1\".").arg(username);
        return std::nullopt;
    }
    const qint64 officerId = query.value(0).toLongLong();
    const QString role = query.value(1).toString();
    const QByteArray previousPem = query.value(2).toString().toUtf8();
    query.finish();
    if (role != toCode(OfficerRole::DivisionOfficer)) {
        *error = Tr::tr("Officer %1 has the role %2. Only division officers sign certificates, so only they have a "
                        "Digital Signature Certificate registered.")
                     .arg(username, role);
        return std::nullopt;
    }

    // The certificate is checked after the officer, so a wrong username or role is reported first.
    SigningCertificateRegistration registration;
    const std::optional<SigningCertificate> certificate = SigningCertificate::parse(pem, error);
    if (!certificate)
        return std::nullopt;
    registration.certificate = *certificate;
    const QDateTime now = m_clock.nowUtc();
    if (now < certificate->notBefore) {
        *error = Tr::tr("The certificate is not valid before %1 IST. Register it from that time on.")
                     .arg(Timestamp::istDateTime(certificate->notBefore));
        return std::nullopt;
    }
    if (now > certificate->notAfter) {
        *error = Tr::tr("The certificate expired on %1 IST. Register the officer's renewed certificate.")
                     .arg(Timestamp::istDateTime(certificate->notAfter));
        return std::nullopt;
    }
    if (previousPem == certificate->pem)
        return registration; // changed stays false; nothing to write

    // A DSC identifies one person: if two accounts shared one, either could sign for the other.
    if (!execPrepared(query, u"SELECT username FROM officer WHERE signing_certificate_pem = :pem AND id <> :id"_s,
                      {{u"pem"_s, QString::fromLatin1(certificate->pem)}, {u"id"_s, officerId}}, error))
        return std::nullopt;
    if (query.next()) {
        *error = Tr::tr("This certificate is already registered for officer %1. Each officer signs with their own "
                        "Digital Signature Certificate.")
                     .arg(query.value(0).toString());
        return std::nullopt;
    }
    query.finish();

    if (!previousPem.isEmpty()) {
        QString ignored;
        if (const std::optional<SigningCertificate> previous = SigningCertificate::parse(previousPem, &ignored))
            registration.previousFingerprint = previous->sha256Fingerprint;
    }
    if (!execPrepared(query, u"UPDATE officer SET signing_certificate_pem = :pem, updated_at = :now WHERE id = :id"_s,
                      {{u"pem"_s, QString::fromLatin1(certificate->pem)},
                       {u"now"_s, Timestamp::toStorage(now)},
                       {u"id"_s, officerId}},
                      error))
        return std::nullopt;

    QJsonObject details{{u"subject"_s, certificate->subject},
                        {u"issuer"_s, certificate->issuer},
                        {u"serial_number"_s, certificate->serialNumber},
                        {u"sha256_fingerprint"_s, certificate->sha256Fingerprint},
                        {u"not_before"_s, Timestamp::toStorage(certificate->notBefore)},
                        {u"not_after"_s, Timestamp::toStorage(certificate->notAfter)}};
    if (!previousPem.isEmpty())
        details.insert(u"previous_sha256_fingerprint"_s, registration.previousFingerprint);
    const AuditEntry entry{actor, u"officer.set_certificate"_s, u"officer"_s, username, details};
    if (!AuditLog::append(transaction, m_clock, entry, error) || !transaction.commit(error))
        return std::nullopt;

    qCInfo(lcOfficers).noquote() << "Registered the signing certificate" << certificate->sha256Fingerprint
                                 << "of officer" << username;
    registration.changed = true;
    return registration;
}

std::optional<QByteArray> SigningCertificateStore::certificatePem(qint64 officerId, QString *error)
{
    error->clear();
    QSqlDatabase db = m_database.connection(error);
    if (!db.isOpen())
        return std::nullopt;
    QSqlQuery query(db);
    if (!execPrepared(query, u"SELECT signing_certificate_pem FROM officer WHERE id = :id"_s, {{u"id"_s, officerId}},
                      error))
        return std::nullopt;
    if (!query.next() || query.value(0).isNull())
        return std::nullopt;
    return query.value(0).toString().toUtf8();
}

} // namespace nodues
