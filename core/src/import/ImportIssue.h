#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace nodues {

// One problem found in an import file.
struct ImportIssue
{
    qint64 line = 0; // the physical line on which the record starts
    QString column;  // the column's name as the header spells it; empty for a problem with the whole row
    QString value;   // the value as the file has it
    QString reason;  // what is wrong, translated

    // One line for people: `line 17, column arrears, value "12.345": <reason>`.
    QString describe() const;
};

// The problems found while streaming a file. Keeps the first kMaxKept in memory, so a file that
// is wrong on every row does not need memory in proportion to its size, and counts the rest.
class ImportIssueLog final
{
    Q_DECLARE_TR_FUNCTIONS(ImportIssueLog)

public:
    static constexpr qsizetype kMaxKept = 10000;

    void add(ImportIssue issue);
    // Counts one more row that has at least one issue.
    void countInvalidRow() { ++m_invalidRows; }
    // Sorts the kept issues by line, keeping the order of issues on the same line. Duplicates are
    // found when their batch is looked up, after later rows were checked, so they arrive late.
    void sortByLine();

    const QList<ImportIssue> &kept() const { return m_kept; }
    qint64 total() const { return m_total; }
    qint64 invalidRows() const { return m_invalidRows; }
    bool isEmpty() const { return m_total == 0; }

private:
    QList<ImportIssue> m_kept;
    qint64 m_total = 0;
    qint64 m_invalidRows = 0;
};

} // namespace nodues
