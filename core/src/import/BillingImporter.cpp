#include "import/BillingImporter.h"

#include "Clock.h"
#include "Timestamp.h"
#include "applications/ChangeSequence.h"
#include "audit/AuditLog.h"
#include "import/BillingBatchWriter.h"
#include "import/BillingRowParser.h"
#include "import/CsvColumnMap.h"
#include "import/CsvReader.h"
#include "import/CsvWriter.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"
#include "storage/WriteTransaction.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcImport, "nodues.core.import")

namespace nodues {

namespace {

bool loadOfficeTypes(WriteTransaction &transaction, QHash<QString, QString> *types, QString *error)
{
    QSqlQuery query(transaction.db());
    query.setForwardOnly(true);
    if (!execPlain(query, u"SELECT code, type FROM office"_s, error))
        return false;
    while (query.next())
        types->insert(query.value(0).toString(), query.value(1).toString());
    return true;
}

bool insertImportRow(WriteTransaction &transaction, const QString &sourceFile, const QString &actor,
                     const QString &startedAt, qint64 *importId, QString *error)
{
    QSqlQuery query(transaction.db());
    if (!execPrepared(query,
                      u"INSERT INTO billing_import (source_file, actor, started_at) VALUES (:source_file, :actor,"
                      " :started_at) RETURNING id"_s,
                      {{u"source_file"_s, sourceFile}, {u"actor"_s, actor}, {u"started_at"_s, startedAt}}, error))
        return false;
    if (!query.next()) {
        *error = u"INSERT INTO billing_import returned no id"_s;
        return false;
    }
    *importId = query.value(0).toLongLong();
    return true;
}

bool finishImportRow(WriteTransaction &transaction, const BillingImportResult &result, const QString &finishedAt,
                     QString *error)
{
    QSqlQuery query(transaction.db());
    return execPrepared(query,
                        u"UPDATE billing_import SET finished_at = :finished_at, inserted_count = :inserted,"
                        " updated_count = :updated, unchanged_count = :unchanged, rejected_count = :rejected"
                        " WHERE id = :id"_s,
                        {{u"finished_at"_s, finishedAt},
                         {u"inserted"_s, result.inserted},
                         {u"updated"_s, result.updated},
                         {u"unchanged"_s, result.unchanged},
                         {u"rejected"_s, result.rejected},
                         {u"id"_s, result.importId}},
                        error);
}

// The reason column of a rejected row: each problem, prefixed by its column.
QString rejectReason(const QList<ImportIssue> &issues)
{
    QStringList parts;
    for (const ImportIssue &issue : issues)
        parts.append(issue.column.isEmpty() ? issue.reason : issue.column + u": "_s + issue.reason);
    return parts.join(u"; "_s);
}

} // namespace

BillingImporter::BillingImporter(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{
}

BillingImportResult BillingImporter::run(const BillingImportOptions &options)
{
    BillingImportResult result;
    const QDateTime startedAt = m_clock.nowUtc();
    const QString sourceFile = QFileInfo(options.sourcePath).absoluteFilePath();

    // The header first: a file that does not fit is rejected before any row is read.
    CsvReader reader;
    CsvRecord header;
    if (!reader.open(options.sourcePath, &result.error))
        return result;
    if (!reader.readRecord(&header, &result.error)) {
        if (result.error.isEmpty())
            result.error = tr("%1 is empty. A billing export starts with a header row naming its columns.")
                               .arg(options.sourcePath);
        return result;
    }
    CsvColumnMap columns;
    if (!columns.map(header.fields, BillingRowParser::columnSpecs(), &result.error))
        return result;
    result.warnings = columns.warnings();

    const bool skipInvalid = !options.rejectsPath.isEmpty();
    if (skipInvalid && QFileInfo(options.rejectsPath).absoluteFilePath() == sourceFile) {
        result.error = tr("The rejects file %1 is the file being imported. Name a different file for the rejected "
                          "rows.")
                           .arg(options.rejectsPath);
        return result;
    }
    QSaveFile rejects(options.rejectsPath);
    if (skipInvalid) {
        if (!rejects.open(QIODevice::WriteOnly)) {
            result.error = tr("Could not create %1: %2.").arg(options.rejectsPath, rejects.errorString());
            return result;
        }
        rejects.write(CsvWriter::formatRecord(header.fields + QStringList{u"reason"_s}));
    }

    // A second import waits for this one on PostgreSQL as BEGIN IMMEDIATE makes it on SQLite,
    // so the counts of each describe one snapshot.
    WriteTransaction transaction(m_database);
    QHash<QString, QString> officeTypes;
    if (!transaction.begin(&result.error))
        return result;
    if (transaction.dialect() == SqlDialect::Postgres) {
        QSqlQuery lock(transaction.db());
        if (!execPlain(lock, u"LOCK TABLE billing_connection IN SHARE ROW EXCLUSIVE MODE"_s, &result.error))
            return result;
    }
    if (!loadOfficeTypes(transaction, &officeTypes, &result.error) ||
        !insertImportRow(transaction, sourceFile, options.actor, Timestamp::toStorage(startedAt), &result.importId,
                         &result.error))
        return result;

    const auto reject = [&](const CsvRecord &row, const QList<ImportIssue> &issues) {
        for (const ImportIssue &issue : issues)
            result.issues.add(issue);
        result.issues.countInvalidRow();
        ++result.rejected;
        if (skipInvalid)
            rejects.write(CsvWriter::formatRecord(row.fields + QStringList{rejectReason(issues)}));
    };
    BillingBatchWriter writer(
        transaction, result.importId, startedAt, [&reject, &columns](const CsvRecord &row, const QString &reason) {
            const int ivrs = BillingRowParser::IvrsColumn;
            reject(row, {ImportIssue{row.line, columns.headerName(ivrs), columns.value(row.fields, ivrs), reason}});
        });
    const BillingRowParser parser(columns, officeTypes);

    // Stream the rows. In the default mode the rows are still written after an invalid one, so
    // duplicates later in the file are found the same way, and the transaction is rolled back.
    CsvRecord row;
    QList<ImportIssue> rowIssues;
    while (reader.readRecord(&row, &result.error)) {
        ++result.rowsRead;
        rowIssues.clear();
        if (std::optional<BillingRecord> record = parser.parse(row, &rowIssues)) {
            if (!writer.add(std::move(*record), std::move(row), &result.error))
                return result;
        } else {
            reject(row, rowIssues);
        }
        if (options.progress && result.rowsRead % kProgressInterval == 0)
            options.progress({result.rowsRead, reader.bytesRead(), reader.fileSize()});
    }
    if (!result.error.isEmpty() || !writer.finish(&result.error))
        return result;
    // A snapshot with no connection at all is a truncated or failed export, never a real one.
    if (result.rowsRead == 0) {
        result.error = tr("%1 has a header row but no connections. Check that the export finished; nothing "
                          "was imported.")
                           .arg(sourceFile);
        return result;
    }
    if (options.progress)
        options.progress({result.rowsRead, reader.bytesRead(), reader.fileSize(), true});

    result.inserted = writer.inserted();
    result.updated = writer.updated();
    result.unchanged = writer.unchanged();
    result.issues.sortByLine();
    if (!result.issues.isEmpty() && !skipInvalid) {
        qCInfo(lcImport) << "Billing import of" << sourceFile << "rolled back:" << result.issues.invalidRows()
                         << "invalid rows";
        return result;
    }

    const QJsonObject details{
        {u"file"_s, sourceFile},        {u"rows"_s, result.rowsRead},       {u"inserted"_s, result.inserted},
        {u"updated"_s, result.updated}, {u"unchanged"_s, result.unchanged}, {u"rejected"_s, result.rejected}};
    const AuditEntry audit{options.actor, u"billing.import"_s, u"billing_import"_s, QString::number(result.importId),
                           details};
    if (!finishImportRow(transaction, result, Timestamp::toStorage(m_clock.nowUtc()), &result.error) ||
        !AuditLog::append(transaction, m_clock, audit, &result.error))
        return result;

    // Officers' sync must send the open applications whose connections this import changed. This
    // comes after the audit row: workflow transactions lock the audit head before the change
    // counter (AuditLog::lockHead), and one lock order avoids deadlocks.
    const qint64 touched = ChangeSequence::touchApplicationsOfImport(transaction, result.importId,
                                                                     Timestamp::toStorage(startedAt), &result.error);
    if (touched < 0)
        return result;
    if (touched > 0)
        qCInfo(lcImport) << "Billing import" << result.importId << "changed connections of" << touched
                         << "open applications";

    // The rejects file is put in place first, so a failure there leaves nothing imported. If the
    // commit then fails, the rejects file of an import that did not happen is removed.
    if (skipInvalid && !rejects.commit()) {
        result.error = tr("Could not write %1: %2.").arg(options.rejectsPath, rejects.errorString());
        return result;
    }
    if (!transaction.commit(&result.error)) {
        if (skipInvalid)
            QFile::remove(options.rejectsPath);
        return result;
    }
    result.committed = true;
    qCInfo(lcImport) << "Billing import" << result.importId << "of" << sourceFile << "committed:" << result.inserted
                     << "inserted," << result.updated << "updated," << result.unchanged << "unchanged,"
                     << result.rejected << "rejected";
    return result;
}

} // namespace nodues
