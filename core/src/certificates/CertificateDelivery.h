#pragma once

#include "applications/ApplicationSettings.h"
#include "sms/SmsOutbox.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace nodues {

class Clock;
class Database;
class SmsTemplates;

enum class PublishStatus {
    Published,        // the PDF is stored, the application is issued, the SMS is queued
    AlreadyPublished, // the same file (by SHA-256) was published before: nothing changed
    DifferentFile,    // another file was published for this number before: nothing changed
    NotFound,         // no certificate has this number
    NotApproved,      // the application is not in status "approved"
    Revoked,          // the certificate was revoked
};

struct PublishResult
{
    PublishStatus status = PublishStatus::Published;
    QString applicationNumber;
    QString pdfSha256;
};

enum class DownloadStatus {
    Ok,
    NotFound,  // no such link or application (or the application is another mobile's)
    Expired,   // the link's time ran out; signing in still downloads it
    NotIssued, // the application has no published certificate yet
    Rejected,  // the application was rejected: no certificate will come
    Revoked,   // the certificate was revoked: it is not handed out
};

struct CertificateDownload
{
    DownloadStatus status = DownloadStatus::NotFound;
    QString certificateNumber;
    QString applicationNumber;
    QByteArray pdf;
    QDateTime revokedAt; // when Revoked
    QDateTime expiredAt; // when Expired
};

// Hands signed certificates to consumers: stores the signed PDF of an approved application's
// certificate, marks the application issued and sends the "certificate ready" SMS with a
// download link, then serves the file to the signed-in consumer and to holders of the link.
//
// A download link is "<public base URL>/d/<token>": 16 random bytes as base64url, stored only as
// SHA-256 hex, valid for ApplicationSettings::downloadLinkDays.
class CertificateDelivery final
{
    Q_DECLARE_TR_FUNCTIONS(CertificateDelivery)

public:
    CertificateDelivery(Database &database, const Clock &clock, const SmsTemplates &templates,
                        ApplicationSettings settings);

    // The workflow step that issues a certificate, once its signed PDF has been checked by the
    // caller. In one transaction: stores the PDF, moves the application from approved to
    // issued with an event "certificate_issued", creates the download link, appends the audit
    // row "certificate.publish" and queues the SMS in the applicant's language. Idempotent by
    // number and SHA-256: publishing the same file again returns AlreadyPublished and sends
    // nothing. Returns false with error set on a database failure or when no link can be sent
    // (public base URL unset or not on a whitelisted domain).
    bool publish(const QString &certificateNumber, const QByteArray &signedPdf, const QString &actor,
                 PublishResult *result, QString *error);

    // The certificate of application number when mobile is its applicant's.
    bool downloadForApplicant(const QString &applicationNumber, const QString &mobile, CertificateDownload *download,
                              QString *error);

    // The certificate a download link names; countUse records the download (false for HEAD).
    bool downloadByLink(const QString &token, bool countUse, CertificateDownload *download, QString *error);

    // The link sent for token.
    QString linkUrl(const QString &token) const;

private:
    Database &m_database;
    const Clock &m_clock;
    SmsOutbox m_outbox;
    ApplicationSettings m_settings;
};

} // namespace nodues
