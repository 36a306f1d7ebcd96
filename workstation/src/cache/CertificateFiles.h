#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace nodues {
class Clock;
}

namespace nodues::workstation {

class LocalCache;

// The origin of a stored certificate PDF.
//   signed_here  signed on this workstation by the officer; the server needs it (upload)
//   downloaded   the published PDF, fetched from the server by the sync engine
enum class CertificateFileSource { SignedHere, Downloaded };
QString certificateFileSourceCode(CertificateFileSource source);
std::optional<CertificateFileSource> certificateFileSourceFromCode(const QString &code);

// The upload of a stored PDF.
//   pending     signed here, not yet accepted by the server; the sync engine sends it when
//               nextAttemptAt is invalid or has passed
//   uploaded    the server accepted it (201 published, or 200 already_published for the same bytes)
//   refused     the server refused it for a reason a retry cannot fix (a 4xx other than 401, or a
//               server error that persisted), with the reason in errorCode and errorMessage. It is never sent
//               again; the officer signs again, which replaces it (storeSigned()), or the published
//               PDF is downloaded over it (storeDownloaded()).
//   not_needed  downloaded from the server, which has it already
enum class CertificateUploadState { Pending, Uploaded, Refused, NotNeeded };
QString certificateUploadStateCode(CertificateUploadState state);
std::optional<CertificateUploadState> certificateUploadStateFromCode(const QString &code);

// One stored certificate PDF, without its bytes (CertificateFiles::pdf() reads them).
struct CertificateFileEntry
{
    QString number;     // the certificate number, NDC/<division>/<fiscal year>/<serial>
    QString sha256;     // of the PDF, lower-case hex (64 characters): the server's pdf_sha256 and ETag
    qint64 bytes = 0;   // the PDF's size
    QDateTime storedAt; // UTC
    CertificateFileSource source = CertificateFileSource::SignedHere;
    CertificateUploadState uploadState = CertificateUploadState::Pending;
    // For refused: the server's error code (certificate_number_mismatch, ...) and its message, in
    // the officer's language. While pending after a failed try: "network" or the server's code of
    // the latest try, and its message.
    QString uploadErrorCode;
    QString uploadErrorMessage;
    int attempts = 0;        // upload tries that received a response or a network failure
    QDateTime nextAttemptAt; // UTC; invalid for "now". Only for pending.
    QDateTime updatedAt;     // UTC, the latest change of the row

    bool isUploadPending() const { return uploadState == CertificateUploadState::Pending; }
    bool isRefused() const { return uploadState == CertificateUploadState::Refused; }
};

// The signed certificate PDFs kept in the cache file (table certificate_file, cache migration 3),
// one per certificate number, so certificates can be previewed and printed with no network, and so
// a PDF signed offline reaches the server later.
//
// Writers: the signing step stores what it signed (storeSigned()). The sync engine uploads the
// pending ones after the queued actions (pendingUploads(), markUploaded(), markUploadFailed(),
// markUploadRefused()). It also stores the published PDFs of approved and issued applications that
// the cache lacks (storeDownloaded()). Printing only reads (pdf(), entries()).
//
// Storage: the bytes sit in a BLOB beside their SHA-256; every change is one transaction. Instants
// are UTC. Like LocalCache, a CertificateFiles is used on the thread that opened its cache; the
// GUI thread and the sync engine's thread each use their own LocalCache on the same file.
//
// Errors: functions returning bool give false with error (English, for the log) on a storage
// failure or a refused change; readers return nothing or an empty list, with error when given.
class CertificateFiles final
{
public:
    explicit CertificateFiles(LocalCache &cache);
    // Stamps stored_at and updated_at from clock, so tests can choose the instant.
    CertificateFiles(LocalCache &cache, const Clock &clock);

    // Stores pdf, signed on this workstation, as number's file with upload pending (attempts 0,
    // no error). Replaces a pending or refused entry, so signing again after a refusal starts a
    // new upload. Rejects (false) replacing an uploaded or downloaded entry, because the server
    // has published that one and a published certificate cannot be replaced. Storing the same
    // bytes again is a success that changes nothing. Rejects an empty number or a pdf that does
    // not start with "%PDF-".
    bool storeSigned(const QString &number, const QByteArray &pdf, QString *error);
    // Stores pdf, the published PDF fetched from the server, as number's file with upload
    // not_needed. The server's copy wins, so it replaces any entry with other bytes (a
    // pending or refused local one included). The same bytes as the stored entry change nothing
    // (an uploaded entry stays uploaded). Rejects an empty number or a pdf not starting "%PDF-".
    bool storeDownloaded(const QString &number, const QByteArray &pdf, QString *error);

    // The PDF bytes of number, or nothing when none is stored (or on error).
    std::optional<QByteArray> pdf(const QString &number, QString *error = nullptr) const;
    // The entry of number without its bytes, or nothing when none is stored (or on error).
    std::optional<CertificateFileEntry> entry(const QString &number, QString *error = nullptr) const;
    // Every entry, by number.
    QList<CertificateFileEntry> entries(QString *error = nullptr) const;
    // The entries whose upload is pending and due at now (nextAttemptAt invalid or not after
    // now), oldest stored first: the order the sync engine sends them in.
    QList<CertificateFileEntry> pendingUploads(const QDateTime &now, QString *error = nullptr) const;
    // Entries with upload pending, due or not; -1 on error.
    int pendingUploadCount(QString *error = nullptr) const;

    // The server accepted the upload of the file with sha256: state uploaded, error cleared,
    // attempts + 1. Fails, changing nothing, when number's stored file has other bytes (the
    // officer signed again while the upload ran); the new file stays pending.
    bool markUploaded(const QString &number, const QString &sha256, QString *error);
    // A try that found no server, or one worth waiting out (5xx, 408, 429): stays pending with
    // code ("network" or the server's) and message, attempts + 1, next try not before retryAt.
    bool markUploadFailed(const QString &number, const QString &sha256, const QString &code, const QString &message,
                          const QDateTime &retryAt, QString *error);
    // The server refused the file with sha256 for good: state refused with its code and message,
    // attempts + 1. Like markUploaded(), changes nothing when the stored file has other bytes.
    bool markUploadRefused(const QString &number, const QString &sha256, const QString &code, const QString &message,
                           QString *error);

    // Lower-case hex SHA-256 of pdf, as stored in CertificateFileEntry::sha256.
    static QString sha256Hex(const QByteArray &pdf);

private:
    bool store(const QString &number, const QByteArray &pdf, CertificateFileSource source, QString *error);
    bool setUploadState(const QString &number, const QString &sha256, CertificateUploadState state, const QString &code,
                        const QString &message, const QDateTime &retryAt, QString *error);
    QList<CertificateFileEntry> select(const QString &where, const QVariantMap &values, QString *error) const;

    QString nowText() const;

    LocalCache &m_cache;
    const Clock &m_clock;
};

} // namespace nodues::workstation
