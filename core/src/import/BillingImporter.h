#pragma once

#include "import/ImportIssue.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace nodues {

class Clock;
class Database;

// How far an import has read, for a progress display.
struct ImportProgress
{
    qint64 rowsRead = 0;
    qint64 bytesRead = 0;
    qint64 totalBytes = 0;
    bool finished = false; // the last report: every row has been read
};

struct BillingImportOptions
{
    QString sourcePath;
    // Empty: any invalid row stops the import and nothing is written. Otherwise the valid rows
    // are imported and each invalid row is written here as it was read, with a "reason" column.
    QString rejectsPath;
    QString actor; // recorded in billing_import and the audit row
    // Called every kProgressInterval rows and once at the end.
    std::function<void(const ImportProgress &)> progress;
};

struct BillingImportResult
{
    bool committed = false;
    qint64 importId = -1; // the billing_import row; it exists only when committed
    qint64 rowsRead = 0;  // data rows, the header not counted
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 rejected = 0;
    ImportIssueLog issues;  // every invalid value, in order of line
    QStringList warnings;   // ignored columns
    // Set when the import could not run at all: unreadable or malformed file, a header that does
    // not fit, a database failure. Nothing was written then.
    QString error;
};

// Imports a billing snapshot CSV into billing_connection, upserting by IVRS number.
//
// The whole import is one transaction together with its billing_import row and its audit row
// ("billing.import"). Every row listed gets refreshed_at and import_id; new rows and rows whose
// billed values differ from the stored ones also get changed_at. The file is streamed: memory
// does not grow with its size. See BillingRowParser for the rules a row must meet.
class BillingImporter final
{
    Q_DECLARE_TR_FUNCTIONS(BillingImporter)

public:
    static constexpr qint64 kProgressInterval = 1000;

    BillingImporter(Database &database, const Clock &clock);

    BillingImportResult run(const BillingImportOptions &options);

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace nodues
