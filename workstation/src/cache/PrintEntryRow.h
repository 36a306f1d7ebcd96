#pragma once

#include "cache/PrintRecords.h"

#include <QString>

class QSqlQuery;

namespace nodues::workstation {

// The columns of table certificate_print that printEntryFromRow() reads, in its order, for the
// classes that select print entries (PrintJournal, PrintUploads).
const QString &printEntryColumns();
PrintEntry printEntryFromRow(const QSqlQuery &query);

} // namespace nodues::workstation
