#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace nodues {

// A column an import expects, by its canonical lower-case name.
struct CsvColumnSpec
{
    QString name;
    bool required = true;
};

// Maps the columns an import expects to their positions in a file's header row.
//
// Names match after trimming and ignoring case, in any order. A column the import does not know
// is ignored with a warning. A required column that is missing, or any name that appears twice,
// is an error, reported before any data row is read.
class CsvColumnMap final
{
    Q_DECLARE_TR_FUNCTIONS(CsvColumnMap)

public:
    // specs are indexed by the caller's column enumeration. Returns false and sets error (one
    // sentence naming every missing and duplicated column) when the header does not fit.
    bool map(const QStringList &header, const QList<CsvColumnSpec> &specs, QString *error);

    // The position of the column with index spec in the file, or -1 for an optional column the
    // file does not have.
    qsizetype position(int spec) const { return m_positions.at(spec); }
    bool has(int spec) const { return m_positions.at(spec) >= 0; }
    // The trimmed value of a column in fields, or an empty (not null) string when the file lacks
    // the column.
    QString value(const QStringList &fields, int spec) const;
    // The column's name as the file's header spells it (for messages), else the canonical name.
    QString headerName(int spec) const { return m_headerNames.at(spec); }
    // The number of fields every data row must have.
    qsizetype fieldCount() const { return m_fieldCount; }
    // One message per ignored column.
    const QStringList &warnings() const { return m_warnings; }

private:
    QList<qsizetype> m_positions;
    QStringList m_headerNames;
    QStringList m_warnings;
    qsizetype m_fieldCount = 0;
};

} // namespace nodues
