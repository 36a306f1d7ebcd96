#pragma once

#include "cache/PrintRecords.h"

#include <QList>
#include <QString>
#include <QVariantMap>

class QSqlQuery;

namespace nodues::workstation {

class LocalCache;

// The columns of table certificate_print that printEntryFromRow() reads, in its order, for the
// classes that select print entries (PrintJournal, PrintUploads).
const QString &printEntryColumns();
PrintEntry printEntryFromRow(const QSqlQuery &query);
// Reads the print entries of cache matching where (an SQL condition with values bound to it),
// oldest first. Returns an empty list, with error set when given, on a storage failure.
QList<PrintEntry> selectPrintEntries(LocalCache &cache, const QString &where, const QVariantMap &values,
                                     QString *error);

} // namespace nodues::workstation
