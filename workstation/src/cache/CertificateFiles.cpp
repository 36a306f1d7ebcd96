#include "cache/CertificateFiles.h"

#include "Clock.h"
#include "Timestamp.h"
#include "cache/LocalCache.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"
#include "storage/WriteTransaction.h"
#include "sync/SyncLogging.h"

#include <QCryptographicHash>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

namespace {

const QString kColumns = u"number, sha256, bytes, stored_at, source, upload_state, upload_error_code,"
                         " upload_error_message, attempts, next_attempt_at, updated_at"_s;

CertificateFileEntry entryFromRow(const QSqlQuery &query)
{
    CertificateFileEntry entry;
    entry.number = query.value(0).toString();
    entry.sha256 = query.value(1).toString();
    entry.bytes = query.value(2).toLongLong();
    entry.storedAt = Timestamp::fromStorage(query.value(3).toString());
    entry.source = certificateFileSourceFromCode(query.value(4).toString()).value_or(CertificateFileSource::SignedHere);
    entry.uploadState =
        certificateUploadStateFromCode(query.value(5).toString()).value_or(CertificateUploadState::Refused);
    entry.uploadErrorCode = query.value(6).toString();
    entry.uploadErrorMessage = query.value(7).toString();
    entry.attempts = query.value(8).toInt();
    entry.nextAttemptAt = Timestamp::fromStorage(query.value(9).toString());
    entry.updatedAt = Timestamp::fromStorage(query.value(10).toString());
    return entry;
}

// Why number and pdf cannot be stored, or empty when they can.
QString fileProblem(const QString &number, const QByteArray &pdf)
{
    if (number.trimmed().isEmpty())
        return u"A certificate PDF without a certificate number cannot be stored"_s;
    if (!pdf.startsWith("%PDF-"))
        return u"The file for certificate %1 is not a PDF (%2 bytes)"_s.arg(number).arg(pdf.size());
    return {};
}

} // namespace

QString certificateFileSourceCode(CertificateFileSource source)
{
    switch (source) {
    case CertificateFileSource::SignedHere:
        return u"signed_here"_s;
    case CertificateFileSource::Downloaded:
        return u"downloaded"_s;
    }
    return u"signed_here"_s;
}

std::optional<CertificateFileSource> certificateFileSourceFromCode(const QString &code)
{
    if (code == u"signed_here"_s)
        return CertificateFileSource::SignedHere;
    if (code == u"downloaded"_s)
        return CertificateFileSource::Downloaded;
    return std::nullopt;
}

QString certificateUploadStateCode(CertificateUploadState state)
{
    switch (state) {
    case CertificateUploadState::Pending:
        return u"pending"_s;
    case CertificateUploadState::Uploaded:
        return u"uploaded"_s;
    case CertificateUploadState::Refused:
        return u"refused"_s;
    case CertificateUploadState::NotNeeded:
        return u"not_needed"_s;
    }
    return u"refused"_s;
}

std::optional<CertificateUploadState> certificateUploadStateFromCode(const QString &code)
{
    if (code == u"pending"_s)
        return CertificateUploadState::Pending;
    if (code == u"uploaded"_s)
        return CertificateUploadState::Uploaded;
    if (code == u"refused"_s)
        return CertificateUploadState::Refused;
    if (code == u"not_needed"_s)
        return CertificateUploadState::NotNeeded;
    return std::nullopt;
}

CertificateFiles::CertificateFiles(LocalCache &cache)
    : CertificateFiles(cache, Clock::system())
{
}

CertificateFiles::CertificateFiles(LocalCache &cache, const Clock &clock)
    : m_cache(cache)
    , m_clock(clock)
{
}

QString CertificateFiles::nowText() const
{
    return Timestamp::toStorage(m_clock.nowUtc());
}

QString CertificateFiles::sha256Hex(const QByteArray &pdf)
{
    return QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
}

bool CertificateFiles::storeSigned(const QString &number, const QByteArray &pdf, QString *error)
{
    return store(number, pdf, CertificateFileSource::SignedHere, error);
}

bool CertificateFiles::storeDownloaded(const QString &number, const QByteArray &pdf, QString *error)
{
    return store(number, pdf, CertificateFileSource::Downloaded, error);
}

bool CertificateFiles::store(const QString &number, const QByteArray &pdf, CertificateFileSource source, QString *error)
{
    const QString problem = fileProblem(number, pdf);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    const QString sha256 = sha256Hex(pdf);

    WriteTransaction transaction(m_cache.database());
    if (!transaction.begin(error))
        return false;
    QSqlQuery query(transaction.db());
    if (!execPrepared(query, u"SELECT sha256, upload_state FROM certificate_file WHERE number = :number"_s,
                      {{u"number"_s, number}}, error))
        return false;
    if (query.next()) {
        const QString storedSha = query.value(0).toString();
        const auto storedState = certificateUploadStateFromCode(query.value(1).toString());
        query.finish();

        // The same bytes again: whatever happened to them stays true.
        if (storedSha == sha256)
            return transaction.commit(error);
        // The server has published the stored file; a signature made here cannot replace it.
        const bool published =
            storedState == CertificateUploadState::Uploaded || storedState == CertificateUploadState::NotNeeded;
        if (source == CertificateFileSource::SignedHere && published) {
            *error = u"Certificate %1 already has a published PDF; a newly signed one cannot replace it"_s.arg(number);
            return false;
        }
    }

    const bool signedHere = source == CertificateFileSource::SignedHere;
    const QString now = nowText();
    if (!execPrepared(query,
                      u"INSERT INTO certificate_file (number, pdf, sha256, bytes, stored_at, source, upload_state,"
                      " upload_error_code, upload_error_message, attempts, next_attempt_at, updated_at)"
                      " VALUES (:number, :pdf, :sha256, :bytes, :now, :source, :state, '', '', 0, '', :now)"
                      " ON CONFLICT (number) DO UPDATE SET pdf = excluded.pdf, sha256 = excluded.sha256,"
                      " bytes = excluded.bytes, stored_at = excluded.stored_at, source = excluded.source,"
                      " upload_state = excluded.upload_state, upload_error_code = '', upload_error_message = '',"
                      " attempts = 0, next_attempt_at = '', updated_at = excluded.updated_at"_s,
                      {{u"number"_s, number},
                       {u"pdf"_s, pdf},
                       {u"sha256"_s, sha256},
                       {u"bytes"_s, qint64(pdf.size())},
                       {u"now"_s, now},
                       {u"source"_s, certificateFileSourceCode(source)},
                       {u"state"_s, certificateUploadStateCode(signedHere ? CertificateUploadState::Pending
                                                                          : CertificateUploadState::NotNeeded)}},
                      error))
        return false;
    if (!transaction.commit(error))
        return false;
    qCInfo(lcSyncCache).noquote() << "Stored the" << certificateFileSourceCode(source) << "PDF of certificate" << number
                                  << u"(%1 bytes, SHA-256 %2)"_s.arg(pdf.size()).arg(sha256.left(12));
    return true;
}

QList<CertificateFileEntry> CertificateFiles::select(const QString &where, const QVariantMap &values,
                                                     QString *error) const
{
    QString localError;
    QString *const sink = error ? error : &localError;
    QSqlQuery query(m_cache.database().connection(sink));
    query.setForwardOnly(true);
    if (!execPrepared(query, u"SELECT "_s + kColumns + u" FROM certificate_file WHERE "_s + where, values, sink))
        return {};
    QList<CertificateFileEntry> entries;
    while (query.next())
        entries.append(entryFromRow(query));
    return entries;
}

std::optional<QByteArray> CertificateFiles::pdf(const QString &number, QString *error) const
{
    QString localError;
    QString *const sink = error ? error : &localError;
    QSqlQuery query(m_cache.database().connection(sink));
    if (!execPrepared(query, u"SELECT pdf FROM certificate_file WHERE number = :number"_s, {{u"number"_s, number}},
                      sink))
        return std::nullopt;
    if (!query.next())
        return std::nullopt;
    return query.value(0).toByteArray();
}

std::optional<CertificateFileEntry> CertificateFiles::entry(const QString &number, QString *error) const
{
    const QList<CertificateFileEntry> found = select(u"number = :number"_s, {{u"number"_s, number}}, error);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<CertificateFileEntry> CertificateFiles::entries(QString *error) const
{
    return select(u"1 = 1 ORDER BY number"_s, {}, error);
}

QList<CertificateFileEntry> CertificateFiles::pendingUploads(const QDateTime &now, QString *error) const
{
    return select(u"upload_state = 'pending' AND (next_attempt_at = '' OR next_attempt_at <= :now)"
                  " ORDER BY stored_at, number"_s,
                  {{u"now"_s, Timestamp::toStorage(now)}}, error);
}

int CertificateFiles::pendingUploadCount(QString *error) const
{
    QString localError;
    QString *const sink = error ? error : &localError;
    QSqlQuery query(m_cache.database().connection(sink));
    if (!execPlain(query, u"SELECT COUNT(*) FROM certificate_file WHERE upload_state = 'pending'"_s, sink) ||
        !query.next())
        return -1;
    return query.value(0).toInt();
}

bool CertificateFiles::markUploaded(const QString &number, const QString &sha256, QString *error)
{
    return setUploadState(number, sha256, CertificateUploadState::Uploaded, {}, {}, {}, error);
}

bool CertificateFiles::markUploadFailed(const QString &number, const QString &sha256, const QString &code,
                                        const QString &message, const QDateTime &retryAt, QString *error)
{
    return setUploadState(number, sha256, CertificateUploadState::Pending, code, message, retryAt, error);
}

bool CertificateFiles::markUploadRefused(const QString &number, const QString &sha256, const QString &code,
                                         const QString &message, QString *error)
{
    return setUploadState(number, sha256, CertificateUploadState::Refused, code, message, {}, error);
}

bool CertificateFiles::setUploadState(const QString &number, const QString &sha256, CertificateUploadState state,
                                      const QString &code, const QString &message, const QDateTime &retryAt,
                                      QString *error)
{
    // Only a file still waiting for its upload changes: a newer signature (other bytes) or a
    // downloaded copy stored meanwhile keeps its own state.
    WriteTransaction transaction(m_cache.database());
    if (!transaction.begin(error))
        return false;
    QSqlQuery query(transaction.db());
    if (!execPrepared(query,
                      u"UPDATE certificate_file SET upload_state = :state, upload_error_code = :code,"
                      " upload_error_message = :message, attempts = attempts + 1, next_attempt_at = :retry_at,"
                      " updated_at = :now WHERE number = :number AND sha256 = :sha256 AND upload_state = 'pending'"_s,
                      {{u"number"_s, number},
                       {u"sha256"_s, sha256},
                       {u"state"_s, certificateUploadStateCode(state)},
                       {u"code"_s, emptyIfNull(code)},
                       {u"message"_s, emptyIfNull(message)},
                       {u"retry_at"_s, retryAt.isValid() ? Timestamp::toStorage(retryAt) : u""_s},
                       {u"now"_s, nowText()}},
                      error))
        return false;
    if (query.numRowsAffected() != 1) {
        *error = u"Certificate %1 has no pending upload of the file with sha256 %2"_s.arg(number, sha256.left(12));
        return false;
    }
    return transaction.commit(error);
}

} // namespace nodues::workstation
