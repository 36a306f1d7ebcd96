#include "cache/PrintUploads.h"

#include "Clock.h"
#include "Timestamp.h"
#include "cache/LocalCache.h"
#include "cache/PrintEntryRow.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"
#include "storage/WriteTransaction.h"
#include "sync/SyncLogging.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

namespace {

// The entries that have or may have pages on paper and are not on the server yet.
const QString kUploadable = u"upload_state = 'pending' AND state IN ('printed', 'unconfirmed')"_s;

} // namespace

PrintUploads::PrintUploads(LocalCache &cache)
    : PrintUploads(cache, Clock::system())
{
}

PrintUploads::PrintUploads(LocalCache &cache, const Clock &clock)
    : m_cache(cache)
    , m_clock(clock)
{
}

QList<PrintEntry> PrintUploads::pendingUploads(const QDateTime &now, QString *error)
{
    return selectPrintEntries(m_cache, kUploadable + u" AND (next_upload_at = '' OR next_upload_at <= :now)"_s,
                              {{u"now"_s, Timestamp::toStorage(now)}}, error);
}

int PrintUploads::pendingUploadCount(QString *error)
{
    QString localError;
    QString *const sink = error ? error : &localError;
    QSqlQuery query(m_cache.database().connection(sink));
    if (!execPlain(query, u"SELECT COUNT(*) FROM certificate_print WHERE "_s + kUploadable, sink) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QList<PrintEntry> PrintUploads::rejectedUploads(QString *error)
{
    return selectPrintEntries(m_cache, u"upload_state = 'rejected'"_s, {}, error);
}

bool PrintUploads::markUploaded(qint64 entryId, QString *error)
{
    return setUploadState(entryId, PrintUploadState::Uploaded, {}, {}, {}, error);
}

bool PrintUploads::markUploadFailed(qint64 entryId, const QString &code, const QString &message,
                                    const QDateTime &retryAt, QString *error)
{
    return setUploadState(entryId, PrintUploadState::Pending, code, message, retryAt, error);
}

bool PrintUploads::markUploadRejected(qint64 entryId, const QString &code, const QString &message, QString *error)
{
    return setUploadState(entryId, PrintUploadState::Rejected, code, message, {}, error);
}

bool PrintUploads::setUploadState(qint64 entryId, PrintUploadState state, const QString &code, const QString &message,
                                  const QDateTime &retryAt, QString *error)
{
    WriteTransaction transaction(m_cache.database());
    if (!transaction.begin(error))
        return false;
    QSqlQuery query(transaction.db());
    if (!execPrepared(query,
                      u"UPDATE certificate_print SET upload_state = :state, upload_error_code = :code,"
                      " upload_error_message = :message, upload_attempts = upload_attempts + 1,"
                      " next_upload_at = :retry_at WHERE id = :id AND "_s +
                          kUploadable,
                      {{u"id"_s, entryId},
                       {u"state"_s, printUploadStateCode(state)},
                       {u"code"_s, emptyIfNull(code)},
                       {u"message"_s, emptyIfNull(message)},
                       {u"retry_at"_s, retryAt.isValid() ? Timestamp::toStorage(retryAt) : u""_s}},
                      error))
        return false;
    if (query.numRowsAffected() != 1) {
        *error = u"Print entry %1 has no pending upload"_s.arg(entryId);
        return false;
    }
    return transaction.commit(error);
}

bool PrintUploads::storeServerPrints(const QString &number, const ServerPrints &prints, QString *error)
{
    WriteTransaction transaction(m_cache.database());
    return transaction.begin(error) && storeServerPrints(transaction, number, prints, m_clock.nowUtc(), error) &&
           transaction.commit(error);
}

bool PrintUploads::storeServerPrints(WriteTransaction &transaction, const QString &number, const ServerPrints &prints,
                                     const QDateTime &at, QString *error)
{
    if (prints.count <= 0)
        return true;
    // SQLite's two-argument MAX() is the larger of its arguments.
    QSqlQuery query(transaction.db());
    return execPrepared(query,
                        u"INSERT INTO certificate_server_print (number, print_count, highest_copy_no, updated_at)"
                        " VALUES (:number, :count, :highest, :at) ON CONFLICT (number) DO UPDATE SET"
                        " print_count = MAX(print_count, excluded.print_count),"
                        " highest_copy_no = MAX(highest_copy_no, excluded.highest_copy_no),"
                        " updated_at = excluded.updated_at"_s,
                        {{u"number"_s, number},
                         {u"count"_s, prints.count},
                         {u"highest"_s, prints.highestCopyNumber},
                         {u"at"_s, Timestamp::toStorage(at)}},
                        error);
}

std::optional<ServerPrints> PrintUploads::serverPrints(const QString &number, QString *error)
{
    QString localError;
    QString *const sink = error ? error : &localError;
    QSqlQuery query(m_cache.database().connection(sink));
    if (!execPrepared(query,
                      u"SELECT print_count, highest_copy_no FROM certificate_server_print WHERE number = :number"_s,
                      {{u"number"_s, number}}, sink) ||
        !query.next())
        return std::nullopt;
    return ServerPrints{query.value(0).toInt(), query.value(1).toInt()};
}

} // namespace nodues::workstation
