#pragma once

#include "billing/BillingRecord.h"
#include "import/CsvReader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QStringList>

#include <functional>

namespace nodues {

class WriteTransaction;

// Writes the valid rows of one billing snapshot into billing_connection, in batches.
//
// Rows are looked up kBatchSize at a time (SELECT ... WHERE ivrs IN (...)) and compared with the
// stored ones. New and changed rows are written with multi-row INSERT ... ON CONFLICT (ivrs)
// DO UPDATE statements of kBatchSize rows, which set changed_at; unchanged rows get one UPDATE
// of refreshed_at per kBatchSize rows. Every row of the snapshot gets refreshed_at and import_id.
// QPSQL formats bound values on the client, so one statement per row would be slow there.
//
// An IVRS number that appears again in the same file is reported through the duplicate
// handler, and the later row is not written. The earlier occurrence is found among the unwritten
// rows, or in the database by its import_id. So the writer needs no memory in proportion to the
// file, but the duplicate check is only complete when every earlier row was written.
class BillingBatchWriter final
{
    Q_DECLARE_TR_FUNCTIONS(BillingBatchWriter)
    Q_DISABLE_COPY_MOVE(BillingBatchWriter)

public:
    static constexpr qsizetype kBatchSize = 500;

    // Called for a row whose IVRS number appeared earlier in the file, with the reason.
    using DuplicateHandler = std::function<void(const CsvRecord &row, const QString &reason)>;

    BillingBatchWriter(WriteTransaction &transaction, qint64 importId, const QDateTime &importedAt,
                       DuplicateHandler duplicateHandler);

    // Queues a valid row, and looks up and writes a batch when enough rows are queued. raw is the
    // row as read, for the duplicate handler.
    bool add(BillingRecord record, CsvRecord raw, QString *error);
    // Looks up and writes every queued row.
    bool finish(QString *error);

    qint64 inserted() const { return m_inserted; }
    qint64 updated() const { return m_updated; }
    qint64 unchanged() const { return m_unchanged; }

private:
    struct PendingRow
    {
        BillingRecord record;
        CsvRecord raw;
    };

    bool lookUpBatch(QString *error);
    bool writeChanged(QString *error);
    bool writeRefreshed(QString *error);
    bool prepareUpsert(QSqlQuery &query, qsizetype rows, QString *error);

    WriteTransaction &m_transaction;
    const qint64 m_importId;
    const QString m_importedAt;
    DuplicateHandler m_duplicateHandler;

    QList<PendingRow> m_lookupQueue;
    QList<BillingRecord> m_changed;  // new or changed rows, not yet written
    QStringList m_refreshed;         // IVRS numbers of unchanged rows, not yet written
    QHash<QString, qint64> m_unwrittenLines; // IVRS number of every queued row -> its line

    QSqlQuery m_lookupQuery;
    QSqlQuery m_upsertQuery;  // prepared for kBatchSize rows
    QSqlQuery m_refreshQuery;
    bool m_prepared = false;

    qint64 m_inserted = 0;
    qint64 m_updated = 0;
    qint64 m_unchanged = 0;
};

} // namespace nodues
