#include "cache/PrintJournal.h"

#include "Clock.h"
#include "Timestamp.h"
#include "cache/LocalCache.h"
#include "cache/PrintEntryRow.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"
#include "storage/WriteTransaction.h"
#include "sync/SyncLogging.h"

#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

namespace {

const QString kBatchColumns = u"id, created_at, printer, officer, selection, numbers, state, updated_at"_s;
// The states of a print that is or may be on paper.
const QString kOnPaper = u"('printed', 'sending', 'unconfirmed')"_s;

PrintBatchRecord batchFromRow(const QSqlQuery &query)
{
    PrintBatchRecord batch;
    batch.id = query.value(0).toLongLong();
    batch.createdAt = Timestamp::fromStorage(query.value(1).toString());
    batch.printer = query.value(2).toString();
    batch.officer = query.value(3).toString();
    batch.selection = batchSelectionFromCode(query.value(4).toString()).value_or(BatchSelection::Chosen);
    batch.numbers = query.value(5).toString().split(u'\n', Qt::SkipEmptyParts);
    batch.state = batchStateFromCode(query.value(6).toString()).value_or(BatchState::Failed);
    batch.updatedAt = Timestamp::fromStorage(query.value(7).toString());
    return batch;
}

// The next copy number of number on the connection of db: after this cache's prints and after
// those the server reported from every workstation. -1 on error.
int nextCopyNumberOn(QSqlDatabase db, const QString &number, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!execPrepared(query,
                      u"SELECT COUNT(*), MAX(copy_no) FROM certificate_print WHERE number = :number AND state IN "_s +
                          kOnPaper,
                      {{u"number"_s, number}}, error) ||
        !query.next())
        return -1;
    const int local = query.value(0).toInt() == 0 ? 0 : query.value(1).toInt() + 1;
    query.finish();
    if (!execPrepared(query,
                      u"SELECT highest_copy_no FROM certificate_server_print WHERE number = :number"
                      " AND print_count > 0"_s,
                      {{u"number"_s, number}}, error))
        return -1;
    const int server = query.next() ? query.value(0).toInt() + 1 : 0;
    return std::max(local, server);
}

} // namespace

PrintJournal::PrintJournal(LocalCache &cache)
    : PrintJournal(cache, Clock::system())
{
}

PrintJournal::PrintJournal(LocalCache &cache, const Clock &clock)
    : m_cache(cache)
    , m_clock(clock)
{
}

std::optional<PrintBatchRecord> PrintJournal::openBatch(const QString &printer, const QString &officer,
                                                        BatchSelection selection, const QStringList &numbers,
                                                        QString *error)
{
    if (numbers.isEmpty()) {
        *error = u"A print batch needs at least one certificate"_s;
        return std::nullopt;
    }
    PrintBatchRecord batch;
    batch.createdAt = Timestamp::fromStorage(Timestamp::toStorage(m_clock.nowUtc()));
    batch.updatedAt = batch.createdAt;
    batch.printer = printer;
    batch.officer = officer;
    batch.selection = selection;
    batch.numbers = numbers;
    batch.state = BatchState::Open;

    WriteTransaction transaction(m_cache.database());
    if (!transaction.begin(error))
        return std::nullopt;
    QSqlQuery query(transaction.db());
    if (!execPrepared(query,
                      u"INSERT INTO print_batch (created_at, printer, officer, selection, numbers, total, state,"
                      " updated_at) VALUES (:at, :printer, :officer, :selection, :numbers, :total, 'open', :at)"_s,
                      {{u"at"_s, Timestamp::toStorage(batch.createdAt)},
                       {u"printer"_s, emptyIfNull(printer)},
                       {u"officer"_s, emptyIfNull(officer)},
                       {u"selection"_s, batchSelectionCode(selection)},
                       {u"numbers"_s, numbers.join(u'\n')},
                       {u"total"_s, int(numbers.size())}},
                      error))
        return std::nullopt;
    batch.id = query.lastInsertId().toLongLong();
    query.finish();
    if (!transaction.commit(error))
        return std::nullopt;
    qCInfo(lcSyncCache) << "Opened print batch" << batch.id << "of" << numbers.size() << "certificates for" << printer;
    return batch;
}

bool PrintJournal::closeBatch(qint64 batchId, BatchState state, QString *error)
{
    if (state == BatchState::Open) {
        *error = u"A batch is closed as done, cancelled or failed"_s;
        return false;
    }
    WriteTransaction transaction(m_cache.database());
    if (!transaction.begin(error))
        return false;
    QSqlQuery query(transaction.db());
    if (!execPrepared(query,
                      u"UPDATE print_batch SET state = :state, updated_at = :at WHERE id = :id AND state = 'open'"_s,
                      {{u"state"_s, batchStateCode(state)},
                       {u"at"_s, Timestamp::toStorage(m_clock.nowUtc())},
                       {u"id"_s, batchId}},
                      error))
        return false;
    if (query.numRowsAffected() != 1) {
        *error = u"Print batch %1 is not open"_s.arg(batchId);
        return false;
    }
    if (!transaction.commit(error))
        return false;
    qCInfo(lcSyncCache) << "Print batch" << batchId << "closed as" << batchStateCode(state);
    return true;
}

std::optional<PrintBatchRecord> PrintJournal::batch(qint64 batchId, QString *error)
{
    const QList<PrintBatchRecord> found = selectBatches(u"id = :id"_s, {{u"id"_s, batchId}}, error);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<PrintBatchRecord> PrintJournal::openBatches(QString *error)
{
    return selectBatches(u"state = 'open'"_s, {}, error);
}

int PrintJournal::nextCopyNumber(const QString &number, QString *error)
{
    QString localError;
    QString *const sink = error ? error : &localError;
    return nextCopyNumberOn(m_cache.database().connection(sink), number, sink);
}

std::optional<QList<PrintEntry>> PrintJournal::markSending(const QList<Print> &prints, std::optional<qint64> batchId,
                                                           const QString &printer, const QString &officer,
                                                           QString *error)
{
    QSet<QString> named;
    for (const Print &print : prints) {
        if (print.number.isEmpty() || named.contains(print.number)) {
            *error = u"Certificate \"%1\" is named twice or empty in one print job"_s.arg(print.number);
            return std::nullopt;
        }
        named.insert(print.number);
    }

    const QDateTime now = Timestamp::fromStorage(Timestamp::toStorage(m_clock.nowUtc()));
    WriteTransaction transaction(m_cache.database());
    if (!transaction.begin(error))
        return std::nullopt;
    QList<PrintEntry> entries;
    for (const Print &print : prints) {
        const int expected = nextCopyNumberOn(transaction.db(), print.number, error);
        if (expected < 0)
            return std::nullopt;
        if (expected != print.copyNumber) {
            *error = u"Certificate %1 was printed meanwhile: its next print is copy %2, not %3"_s.arg(print.number)
                         .arg(expected)
                         .arg(print.copyNumber);
            return std::nullopt;
        }

        PrintEntry entry;
        entry.number = print.number;
        entry.copyNumber = print.copyNumber;
        entry.batchId = batchId;
        entry.state = PrintState::Sending;
        entry.printer = printer;
        entry.officer = officer;
        entry.recordedAt = now;
        entry.sentAt = now;
        entry.printId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QSqlQuery query(transaction.db());
        if (!execPrepared(query,
                          u"INSERT INTO certificate_print (number, copy_no, batch_id, state, printer, officer,"
                          " recorded_at, print_id, sent_at) VALUES (:number, :copy, :batch, 'sending', :printer,"
                          " :officer, :at, :print_id, :at)"_s,
                          {{u"number"_s, print.number},
                           {u"copy"_s, print.copyNumber},
                           {u"batch"_s, batchId ? QVariant(*batchId) : QVariant(QMetaType::fromType<qlonglong>())},
                           {u"printer"_s, emptyIfNull(printer)},
                           {u"officer"_s, emptyIfNull(officer)},
                           {u"at"_s, Timestamp::toStorage(now)},
                           {u"print_id"_s, entry.printId}},
                          error))
            return std::nullopt;
        entry.id = query.lastInsertId().toLongLong();
        entries.append(entry);
    }
    if (!transaction.commit(error))
        return std::nullopt;
    qCInfo(lcSyncCache) << "Sending" << entries.size() << "certificates to" << printer << "in batch"
                        << (batchId ? *batchId : 0);
    return entries;
}

bool PrintJournal::markPrinted(const QList<qint64> &entryIds, int cupsJobId, QString *error)
{
    return moveEntries(entryIds, PrintState::Sending, PrintState::Printed, cupsJobId, {}, error);
}

bool PrintJournal::markFailed(const QList<qint64> &entryIds, const QString &message, QString *error)
{
    return moveEntries(entryIds, PrintState::Sending, PrintState::Failed, 0, message, error);
}

bool PrintJournal::confirmPrinted(const QList<qint64> &entryIds, QString *error)
{
    return moveEntries(entryIds, PrintState::Sending, PrintState::Printed, -1, {}, error);
}

bool PrintJournal::markUnconfirmed(const QList<qint64> &entryIds, QString *error)
{
    return moveEntries(entryIds, PrintState::Sending, PrintState::Unconfirmed, -1, {}, error);
}

bool PrintJournal::moveEntries(const QList<qint64> &entryIds, PrintState from, PrintState to, int cupsJobId,
                               const QString &message, QString *error)
{
    WriteTransaction transaction(m_cache.database());
    if (!transaction.begin(error))
        return false;
    const QString at = Timestamp::toStorage(m_clock.nowUtc());
    // A cupsJobId of -1 keeps the job id recorded so far. A failed print has nothing on paper, so
    // the server need not record it.
    QString setColumns = cupsJobId < 0 ? u""_s : u", cups_job = :job"_s;
    if (to == PrintState::Failed)
        setColumns += u", upload_state = 'not_needed'"_s;
    for (const qint64 id : entryIds) {
        QSqlQuery query(transaction.db());
        QVariantMap values{{u"to"_s, printStateCode(to)},
                           {u"from"_s, printStateCode(from)},
                           {u"error"_s, emptyIfNull(message)},
                           {u"at"_s, at},
                           {u"id"_s, id}};
        if (cupsJobId >= 0)
            values.insert(u"job"_s, cupsJobId);
        if (!execPrepared(query,
                          u"UPDATE certificate_print SET state = :to, error = :error, recorded_at = :at"_s +
                              setColumns + u" WHERE id = :id AND state = :from"_s,
                          values, error))
            return false;
        if (query.numRowsAffected() != 1) {
            *error = u"Print entry %1 is not %2"_s.arg(id).arg(printStateCode(from));
            return false;
        }
    }
    if (!transaction.commit(error))
        return false;
    qCInfo(lcSyncCache) << "Print entries" << entryIds << "are" << printStateCode(to);
    return true;
}

QList<PrintEntry> PrintJournal::uncertain(QString *error)
{
    return selectPrintEntries(m_cache, u"state = 'sending'"_s, {}, error);
}

QList<PrintEntry> PrintJournal::entries(const QString &number, QString *error)
{
    return selectPrintEntries(m_cache, u"number = :number"_s, {{u"number"_s, number}}, error);
}

QList<PrintEntry> PrintJournal::entriesOfBatch(qint64 batchId, QString *error)
{
    return selectPrintEntries(m_cache, u"batch_id = :batch"_s, {{u"batch"_s, batchId}}, error);
}

QSet<QString> PrintJournal::numbersOnPaper(QString *error)
{
    QString localError;
    QString *const sink = error ? error : &localError;
    QSqlQuery query(m_cache.database().connection(sink));
    query.setForwardOnly(true);
    if (!execPrepared(query,
                      u"SELECT number FROM certificate_print WHERE state IN "_s + kOnPaper +
                          u" UNION SELECT number FROM certificate_server_print WHERE print_count > 0"_s,
                      {}, sink))
        return {};
    QSet<QString> numbers;
    while (query.next())
        numbers.insert(query.value(0).toString());
    return numbers;
}

QList<PrintBatchRecord> PrintJournal::selectBatches(const QString &where, const QVariantMap &values, QString *error)
{
    QString localError;
    QString *const sink = error ? error : &localError;
    QSqlQuery query(m_cache.database().connection(sink));
    query.setForwardOnly(true);
    if (!execPrepared(query, u"SELECT "_s + kBatchColumns + u" FROM print_batch WHERE "_s + where + u" ORDER BY id"_s,
                      values, sink))
        return {};
    QList<PrintBatchRecord> batches;
    while (query.next())
        batches.append(batchFromRow(query));
    return batches;
}

} // namespace nodues::workstation
