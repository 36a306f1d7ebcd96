#include "certificates/CertificateDelivery.h"

#include "Clock.h"
#include "Timestamp.h"
#include "applications/ChangeSequence.h"
#include "audit/AuditLog.h"
#include "billing/MobileNumber.h"
#include "security/SecureRandom.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"
#include "storage/WriteTransaction.h"

#include <QLoggingCategory>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcCertificates, "nodues.core.certificates")

namespace nodues {

namespace {

// 128 bits: the link must not be guessable, and the SMS must stay short.
constexpr qsizetype kLinkTokenBytes = 16;

QString lockClause(const WriteTransaction &transaction)
{
    return transaction.dialect() == SqlDialect::Postgres ? u" FOR UPDATE"_s : QString();
}

} // namespace

CertificateDelivery::CertificateDelivery(Database &database, const Clock &clock, const SmsTemplates &templates,
                                         ApplicationSettings settings)
    : m_database(database)
    , m_clock(clock)
    , m_outbox(templates)
    , m_settings(std::move(settings))
{
}

QString CertificateDelivery::linkUrl(const QString &token) const
{
    QString base = m_settings.publicBaseUrl;
    while (base.endsWith(u'/'))
        base.chop(1);
    return base + u"/d/"_s + token;
}

bool CertificateDelivery::publish(const QString &certificateNumber, const QByteArray &signedPdf, const QString &actor,
                                  PublishResult *result, QString *error)
{
    *result = PublishResult{};
    result->pdfSha256 = SecureRandom::sha256Hex(signedPdf);
    if (m_settings.publicBaseUrl.isEmpty()) {
        *error = tr("The setting applications/public_base_url is not set, so the SMS cannot carry a download link. "
                    "Set it to the server's public https:// address.");
        return false;
    }
    WriteTransaction transaction(m_database);
    if (!transaction.begin(error) || !AuditLog::lockHead(transaction, error))
        return false;

    // The certificate row is locked (or SQLite has one writer), so two uploads of one
    // certificate publish once.
    QSqlQuery query(transaction.db());
    if (!execPrepared(query,
                      u"SELECT c.id, c.pdf_sha256, c.revoked_at, a.id, a.number, a.status, a.mobile, a.language"
                      " FROM certificate c JOIN application a ON a.id = c.application_id"
                      " WHERE c.number = :number"_s +
                          lockClause(transaction),
                      {{u"number"_s, certificateNumber}}, error))
        return false;
    if (!query.next()) {
        result->status = PublishStatus::NotFound;
        return true;
    }
    const qint64 certificateId = query.value(0).toLongLong();
    const QString storedSha256 = query.value(1).toString();
    const bool revoked = !query.value(2).isNull();
    const qint64 applicationId = query.value(3).toLongLong();
    result->applicationNumber = query.value(4).toString();
    const QString status = query.value(5).toString();
    const QString mobile = query.value(6).toString();
    const QString language = query.value(7).toString();
    query.finish();
    if (revoked) {
        result->status = PublishStatus::Revoked;
        return true;
    }
    if (!storedSha256.isEmpty()) {
        result->status =
            storedSha256 == result->pdfSha256 ? PublishStatus::AlreadyPublished : PublishStatus::DifferentFile;
        return true;
    }
    if (status != u"approved"_s) {
        result->status = PublishStatus::NotApproved;
        return true;
    }

    const QDateTime now = m_clock.nowUtc();
    const QString nowText = Timestamp::toStorage(now);
    if (!execPrepared(query,
                      u"UPDATE certificate SET pdf = :pdf, pdf_sha256 = :sha256, pdf_bytes = :bytes,"
                      " published_at = :now WHERE id = :id"_s,
                      {{u"pdf"_s, signedPdf},
                       {u"sha256"_s, result->pdfSha256},
                       {u"bytes"_s, qint64(signedPdf.size())},
                       {u"now"_s, nowText},
                       {u"id"_s, certificateId}},
                      error) ||
        !execPrepared(query, u"UPDATE application SET status = 'issued', updated_at = :now WHERE id = :id"_s,
                      {{u"now"_s, nowText}, {u"id"_s, applicationId}}, error) ||
        !ChangeSequence::touchApplication(transaction, applicationId, error) ||
        !execPrepared(query,
                      u"INSERT INTO application_event (application_id, at, event, status, actor) VALUES"
                      " (:id, :now, 'certificate_issued', 'issued', :actor)"_s,
                      {{u"id"_s, applicationId}, {u"now"_s, nowText}, {u"actor"_s, actor}}, error))
        return false;

    const QString token = SecureRandom::token(kLinkTokenBytes);
    const QDateTime expiresAt = now.addDays(m_settings.downloadLinkDays);
    if (!execPrepared(query,
                      u"INSERT INTO download_link (token_hash, certificate_id, created_at, expires_at)"
                      " VALUES (:hash, :certificate_id, :now, :expires_at)"_s,
                      {{u"hash"_s, SecureRandom::sha256Hex(token.toLatin1())},
                       {u"certificate_id"_s, certificateId},
                       {u"now"_s, nowText},
                       {u"expires_at"_s, Timestamp::toStorage(expiresAt)}},
                      error))
        return false;

    const AuditEntry entry{actor, u"certificate.publish"_s, u"certificate"_s, certificateNumber,
                           QJsonObject{{u"application"_s, result->applicationNumber},
                                       {u"pdf_sha256"_s, result->pdfSha256},
                                       {u"pdf_bytes"_s, qint64(signedPdf.size())},
                                       {u"link_expires_at"_s, Timestamp::toStorage(expiresAt)}}};
    if (!AuditLog::append(transaction, m_clock, entry, error))
        return false;
    if (m_outbox.enqueue(transaction, m_clock, SmsKind::CertificateReady, language, mobile,
                         {{u"application_number"_s, result->applicationNumber}, {u"link"_s, linkUrl(token)}},
                         error) < 0)
        return false;
    if (!transaction.commit(error))
        return false;

    qCInfo(lcCertificates).noquote() << "Certificate" << certificateNumber << "published for application"
                                     << result->applicationNumber << "to" << MobileNumber::mask(mobile);
    result->status = PublishStatus::Published;
    return true;
}

bool CertificateDelivery::downloadForApplicant(const QString &applicationNumber, const QString &mobile,
                                               CertificateDownload *download, QString *error)
{
    *download = CertificateDownload{};
    QSqlDatabase db = m_database.connection(error);
    if (!db.isOpen())
        return false;
    QSqlQuery query(db);
    if (!execPrepared(query,
                      u"SELECT a.number, c.number, c.pdf, c.revoked_at, c.published_at, a.status FROM application a"
                      " LEFT JOIN certificate c ON c.application_id = a.id"
                      " WHERE a.number = :number AND a.mobile = :mobile"_s,
                      {{u"number"_s, applicationNumber}, {u"mobile"_s, mobile}}, error))
        return false;
    if (!query.next())
        return true; // NotFound
    download->applicationNumber = query.value(0).toString();
    download->certificateNumber = query.value(1).toString();
    if (query.value(4).isNull()) {
        download->status =
            query.value(5).toString() == u"rejected"_s ? DownloadStatus::Rejected : DownloadStatus::NotIssued;
        return true;
    }
    if (!query.value(3).isNull()) {
        download->status = DownloadStatus::Revoked;
        download->revokedAt = Timestamp::fromStorage(query.value(3).toString());
        return true;
    }
    download->pdf = query.value(2).toByteArray();
    download->status = DownloadStatus::Ok;
    return true;
}

bool CertificateDelivery::downloadByLink(const QString &token, bool countUse, CertificateDownload *download,
                                         QString *error)
{
    *download = CertificateDownload{};
    // A malformed token cannot name a link, so return NotFound without a query.
    if (!SecureRandom::isToken(token, kLinkTokenBytes))
        return true;

    WriteTransaction transaction(m_database);
    if (!transaction.begin(error))
        return false;
    QSqlQuery query(transaction.db());
    if (!execPrepared(query,
                      u"SELECT l.id, l.expires_at, c.number, c.pdf, c.revoked_at, a.number FROM download_link l"
                      " JOIN certificate c ON c.id = l.certificate_id JOIN application a ON a.id = c.application_id"
                      " WHERE l.token_hash = :hash"_s,
                      {{u"hash"_s, SecureRandom::sha256Hex(token.toLatin1())}}, error))
        return false;
    if (!query.next())
        return true; // NotFound
    const qint64 linkId = query.value(0).toLongLong();
    const QDateTime expiresAt = Timestamp::fromStorage(query.value(1).toString());
    download->certificateNumber = query.value(2).toString();
    download->applicationNumber = query.value(5).toString();
    const QDateTime now = m_clock.nowUtc();
    if (!query.value(4).isNull()) {
        download->status = DownloadStatus::Revoked;
        download->revokedAt = Timestamp::fromStorage(query.value(4).toString());
        return true;
    }
    if (now >= expiresAt) {
        download->status = DownloadStatus::Expired;
        download->expiredAt = expiresAt;
        return true;
    }
    download->pdf = query.value(3).toByteArray();
    query.finish();
    download->status = DownloadStatus::Ok;
    if (!countUse)
        return true;
    if (!execPrepared(query,
                      u"UPDATE download_link SET use_count = use_count + 1, last_used_at = :now WHERE id = :id"_s,
                      {{u"now"_s, Timestamp::toStorage(now)}, {u"id"_s, linkId}}, error) ||
        !transaction.commit(error))
        return false;
    download->status = DownloadStatus::Ok;
    return true;
}

} // namespace nodues
