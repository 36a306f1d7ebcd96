#include "import/BillingBatchWriter.h"

#include "Timestamp.h"
#include "storage/BillingConnectionStore.h"
#include "storage/SqlUtil.h"
#include "storage/WriteTransaction.h"

#include <QSqlDatabase>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace nodues {

namespace {

// The columns of one upserted row, in the order of rowValues().
const std::array<QString, 17> &upsertColumns()
{
    static const std::array<QString, 17> columns = {
        u"ivrs"_s,    u"name"_s,          u"name_hi"_s,     u"relative_name"_s, u"address"_s,    u"mobile"_s,
        u"dc_code"_s, u"tariff"_s,        u"connection_status"_s, u"metering"_s, u"meter_status"_s, u"ekyc"_s,
        u"arrears_paise"_s, u"bill_date"_s, u"refreshed_at"_s, u"changed_at"_s, u"import_id"_s,
    };
    return columns;
}

std::array<QVariant, 17> rowValues(const BillingRecord &record, const QString &importedAt, qint64 importId)
{
    return {record.ivrs,
            record.name,
            record.nameHi,
            record.relativeName,
            record.address,
            BillingConnectionStore::mobileValue(record),
            record.dcCode,
            record.tariff,
            toCode(record.connectionStatus),
            toCode(record.metering),
            BillingConnectionStore::meterStatusValue(record),
            toCode(record.ekyc),
            record.arrearsPaise,
            BillingConnectionStore::billDateValue(record),
            importedAt,
            importedAt,
            importId};
}

// ":v<row>_<column>" for every row and column of the largest upsert, built once. Values are
// bound by position (row * column count + column), which is the order of these placeholders.
const QList<std::array<QString, 17>> &upsertPlaceholders()
{
    static const QList<std::array<QString, 17>> placeholders = [] {
        QList<std::array<QString, 17>> names(BillingBatchWriter::kBatchSize);
        for (qsizetype row = 0; row < names.size(); ++row) {
            for (size_t column = 0; column < upsertColumns().size(); ++column)
                names[row][column] = u":v%1_%2"_s.arg(row).arg(upsertColumns()[column]);
        }
        return names;
    }();
    return placeholders;
}

// ":<prefix><i>" for i below kBatchSize, for IN lists.
QStringList listPlaceholders(const QString &prefix)
{
    QStringList names;
    for (qsizetype i = 0; i < BillingBatchWriter::kBatchSize; ++i)
        names.append(u':' + prefix + QString::number(i));
    return names;
}

const QStringList &lookupPlaceholders()
{
    static const QStringList names = listPlaceholders(u"k"_s);
    return names;
}

const QStringList &refreshPlaceholders()
{
    static const QStringList names = listPlaceholders(u"u"_s);
    return names;
}

// IN lists always have kBatchSize placeholders, so one prepared statement serves every batch;
// the unused ones are bound to NULL, which matches no row.
QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

bool prepare(QSqlQuery &query, const QString &sql, QString *error)
{
    if (query.prepare(sql))
        return true;
    *error = describeSqlError(query, sql);
    return false;
}

bool execute(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    *error = describeSqlError(query, query.lastQuery());
    return false;
}

} // namespace

BillingBatchWriter::BillingBatchWriter(WriteTransaction &transaction, qint64 importId, const QDateTime &importedAt,
                                       DuplicateHandler duplicateHandler)
    : m_transaction(transaction)
    , m_importId(importId)
    , m_importedAt(Timestamp::toStorage(importedAt))
    , m_duplicateHandler(std::move(duplicateHandler))
{
}

bool BillingBatchWriter::add(BillingRecord record, CsvRecord raw, QString *error)
{
    if (const auto earlier = m_unwrittenLines.constFind(record.ivrs); earlier != m_unwrittenLines.constEnd()) {
        m_duplicateHandler(raw, tr("IVRS number %1 already appears on line %2 of this file; each connection may "
                                   "appear only once.")
                                    .arg(record.ivrs)
                                    .arg(*earlier));
        return true;
    }
    m_unwrittenLines.insert(record.ivrs, raw.line);
    m_lookupQueue.append(PendingRow{std::move(record), std::move(raw)});
    if (m_lookupQueue.size() >= kBatchSize)
        return lookUpBatch(error);
    return true;
}

bool BillingBatchWriter::finish(QString *error)
{
    if (!m_lookupQueue.isEmpty() && !lookUpBatch(error))
        return false;
    if (!m_changed.isEmpty() && !writeChanged(error))
        return false;
    if (!m_refreshed.isEmpty() && !writeRefreshed(error))
        return false;
    return true;
}

bool BillingBatchWriter::lookUpBatch(QString *error)
{
    if (!m_prepared) {
        m_lookupQuery = QSqlQuery(m_transaction.db());
        m_upsertQuery = QSqlQuery(m_transaction.db());
        m_refreshQuery = QSqlQuery(m_transaction.db());
        m_lookupQuery.setForwardOnly(true);
        const QString lookupSql = u"SELECT "_s + BillingConnectionStore::selectColumns()
            + u", import_id FROM billing_connection\nWHERE ivrs IN ("_s + lookupPlaceholders().join(u", "_s) + u')';
        const QString refreshSql = u"UPDATE billing_connection SET refreshed_at = :refreshed_at, import_id = :import_id"
                                   "\nWHERE ivrs IN ("_s
            + refreshPlaceholders().join(u", "_s) + u')';
        if (!prepare(m_lookupQuery, lookupSql, error) || !prepare(m_refreshQuery, refreshSql, error)
            || !prepareUpsert(m_upsertQuery, kBatchSize, error))
            return false;
        m_prepared = true;
    }

    // The stored rows of this batch, with the import that last listed each.
    //
    // QPSQL runs a prepared statement as PREPARE and EXECUTE. After five executions PostgreSQL
    // may keep a generic plan made while the table was still small, a sequential scan for this
    // lookup. With 200-row batches that made a fresh 100,000-row import take 162 s instead of
    // 13 s. So the lookup is planned for the table as it is, every time, while the upsert keeps
    // its cached plan because planning 8,500 values again costs more.
    const bool postgres = m_transaction.dialect() == SqlDialect::Postgres;
    QSqlQuery setting(m_transaction.db());
    if (postgres && !execPlain(setting, u"SET LOCAL plan_cache_mode = force_custom_plan"_s, error))
        return false;
    for (qsizetype i = 0; i < kBatchSize; ++i)
        m_lookupQuery.bindValue(int(i), i < m_lookupQueue.size() ? QVariant(m_lookupQueue.at(i).record.ivrs) : nullText());
    if (!execute(m_lookupQuery, error))
        return false;
    QHash<QString, std::pair<BillingRecord, qint64>> stored;
    while (m_lookupQuery.next()) {
        BillingRecord record =
            BillingConnectionStore::recordFromQuery(m_lookupQuery, BillingConnectionStore::Timestamps::Skip);
        const qint64 lastImport = m_lookupQuery.value(BillingConnectionStore::kSelectedColumnCount).toLongLong();
        const QString ivrs = record.ivrs;
        stored.insert(ivrs, {std::move(record), lastImport});
    }
    m_lookupQuery.finish();
    if (postgres && !execPlain(setting, u"SET LOCAL plan_cache_mode = auto"_s, error))
        return false;

    const QList<PendingRow> batch = std::exchange(m_lookupQueue, {});
    for (const PendingRow &row : batch) {
        const auto existing = stored.constFind(row.record.ivrs);
        if (existing == stored.constEnd()) {
            m_changed.append(row.record);
            ++m_inserted;
        } else if (existing->second == m_importId) {
            // An earlier batch of this same import wrote it, so the file lists the IVRS twice.
            m_unwrittenLines.remove(row.record.ivrs);
            m_duplicateHandler(row.raw, tr("IVRS number %1 already appears on an earlier line of this file; each "
                                           "connection may appear only once.")
                                            .arg(row.record.ivrs));
            continue;
        } else if (existing->first.sameBilledValues(row.record)) {
            m_refreshed.append(row.record.ivrs);
            ++m_unchanged;
        } else {
            m_changed.append(row.record);
            ++m_updated;
        }

        if (m_changed.size() >= kBatchSize && !writeChanged(error))
            return false;
        if (m_refreshed.size() >= kBatchSize && !writeRefreshed(error))
            return false;
    }
    return true;
}

bool BillingBatchWriter::prepareUpsert(QSqlQuery &query, qsizetype rows, QString *error)
{
    const auto &columns = upsertColumns();
    QStringList columnNames(columns.begin(), columns.end());
    QStringList updates;
    for (size_t column = 1; column < columns.size(); ++column)
        updates.append(columns[column] + u" = excluded."_s + columns[column]);

    QStringList tuples;
    for (qsizetype row = 0; row < rows; ++row) {
        const auto &names = upsertPlaceholders().at(row);
        tuples.append(u'(' + QStringList(names.begin(), names.end()).join(u", "_s) + u')');
    }
    // Errors quote a statement's first line, so the long VALUES list starts on the second.
    const QString sql = u"INSERT INTO billing_connection ("_s + columnNames.join(u", "_s) + u")\nVALUES "_s
        + tuples.join(u", "_s) + u" ON CONFLICT (ivrs) DO UPDATE SET "_s + updates.join(u", "_s);
    return prepare(query, sql, error);
}

bool BillingBatchWriter::writeChanged(QString *error)
{
    const qsizetype count = std::min(m_changed.size(), kBatchSize);
    QSqlQuery partial(m_transaction.db());
    QSqlQuery &query = count == kBatchSize ? m_upsertQuery : partial;
    if (count < kBatchSize && !prepareUpsert(query, count, error))
        return false;

    for (qsizetype row = 0; row < count; ++row) {
        const auto values = rowValues(m_changed.at(row), m_importedAt, m_importId);
        for (size_t column = 0; column < values.size(); ++column)
            query.bindValue(int(row * qsizetype(values.size()) + qsizetype(column)), values[column]);
    }
    if (!execute(query, error))
        return false;

    for (qsizetype row = 0; row < count; ++row)
        m_unwrittenLines.remove(m_changed.at(row).ivrs);
    m_changed.remove(0, count);
    return true;
}

bool BillingBatchWriter::writeRefreshed(QString *error)
{
    const qsizetype count = std::min(m_refreshed.size(), kBatchSize);
    m_refreshQuery.bindValue(0, m_importedAt);
    m_refreshQuery.bindValue(1, m_importId);
    for (qsizetype i = 0; i < kBatchSize; ++i)
        m_refreshQuery.bindValue(int(2 + i), i < count ? QVariant(m_refreshed.at(i)) : nullText());
    if (!execute(m_refreshQuery, error))
        return false;

    for (qsizetype i = 0; i < count; ++i)
        m_unwrittenLines.remove(m_refreshed.at(i));
    m_refreshed.remove(0, count);
    return true;
}

} // namespace nodues
