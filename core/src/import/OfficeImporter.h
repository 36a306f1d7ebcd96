#pragma once

#include "import/ImportIssue.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace nodues {

class Clock;
class Database;

struct OfficeImportResult
{
    bool committed = false;
    qint64 rowsRead = 0; // data rows, the header not counted
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    ImportIssueLog issues; // every invalid value, in order of line
    QStringList warnings;  // ignored columns
    // Set when the import could not run at all: unreadable or malformed file, a header that does
    // not fit, a database failure.
    QString error;
};

// Imports the offices CSV (code, type, name, name_hi, parent_code) into the office table,
// upserting by code, in one transaction with one audit row ("office.import").
//
// The offices form the company's tree: company -> region -> circle -> division -> dc. Each
// office's parent must be the type one level up, either in the same file (rows in any order) or
// already imported; a company has no parent. An office that billing connections or officers
// refer to keeps its type. Any invalid row stops the import with nothing written, and every
// problem is reported. The rows are held in memory for the cross-row checks: an offices file
// has thousands of rows, not millions.
class OfficeImporter final
{
    Q_DECLARE_TR_FUNCTIONS(OfficeImporter)

public:
    OfficeImporter(Database &database, const Clock &clock);

    OfficeImportResult run(const QString &sourcePath, const QString &actor);

    // "company", "region", "circle", "division", "dc": the types from the top of the tree down.
    static const QStringList &officeTypes();

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace nodues
