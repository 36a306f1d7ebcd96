#include "cache/PrintEntryRow.h"

#include "Timestamp.h"
#include "cache/LocalCache.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

const QString &printEntryColumns()
{
    static const QString columns = u"id, number, copy_no, batch_id, state, printer, officer, cups_job, error,"
                                   " recorded_at, print_id, sent_at, upload_state, upload_error_code,"
                                   " upload_error_message, upload_attempts, next_upload_at"_s;
    return columns;
}

PrintEntry printEntryFromRow(const QSqlQuery &query)
{
    PrintEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.number = query.value(1).toString();
    entry.copyNumber = query.value(2).toInt();
    if (!query.value(3).isNull())
        entry.batchId = query.value(3).toLongLong();
    entry.state = printStateFromCode(query.value(4).toString()).value_or(PrintState::Failed);
    entry.printer = query.value(5).toString();
    entry.officer = query.value(6).toString();
    entry.cupsJobId = query.value(7).toInt();
    entry.error = query.value(8).toString();
    entry.recordedAt = Timestamp::fromStorage(query.value(9).toString());
    entry.printId = query.value(10).toString();
    entry.sentAt = Timestamp::fromStorage(query.value(11).toString());
    entry.uploadState = printUploadStateFromCode(query.value(12).toString()).value_or(PrintUploadState::Pending);
    entry.uploadErrorCode = query.value(13).toString();
    entry.uploadErrorMessage = query.value(14).toString();
    entry.uploadAttempts = query.value(15).toInt();
    entry.nextUploadAt = Timestamp::fromStorage(query.value(16).toString());
    return entry;
}

QList<PrintEntry> selectPrintEntries(LocalCache &cache, const QString &where, const QVariantMap &values, QString *error)
{
    QString localError;
    QString *const sink = error ? error : &localError;
    QSqlQuery query(cache.database().connection(sink));
    query.setForwardOnly(true);
    if (!execPrepared(
            query, u"SELECT "_s + printEntryColumns() + u" FROM certificate_print WHERE "_s + where + u" ORDER BY id"_s,
            values, sink))
        return {};
    QList<PrintEntry> entries;
    while (query.next())
        entries.append(printEntryFromRow(query));
    return entries;
}

} // namespace nodues::workstation
