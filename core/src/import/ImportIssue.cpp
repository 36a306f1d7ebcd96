#include "import/ImportIssue.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace nodues {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ImportIssue)
};

// Values go on one terminal line: line breaks inside a quoted field are shown as "\n", and a
// long address is cut after 80 characters.
QString printableValue(const QString &value)
{
    constexpr qsizetype kMaxShown = 80;
    QString shown = value;
    shown.replace(u"\r\n"_s, u"\\n"_s);
    shown.replace(u'\n', u"\\n"_s);
    shown.replace(u'\r', u"\\r"_s);
    if (shown.size() > kMaxShown)
        shown = shown.left(kMaxShown) + u"..."_s;
    return shown;
}

} // namespace

QString ImportIssue::describe() const
{
    if (column.isEmpty())
        return Tr::tr("line %1: %2").arg(line).arg(reason);
    return Tr::tr("line %1, column %2, value \"%3\": %4").arg(line).arg(column, printableValue(value), reason);
}

void ImportIssueLog::add(ImportIssue issue)
{
    ++m_total;
    if (m_kept.size() < kMaxKept)
        m_kept.append(std::move(issue));
}

void ImportIssueLog::sortByLine()
{
    std::stable_sort(m_kept.begin(), m_kept.end(),
                     [](const ImportIssue &a, const ImportIssue &b) { return a.line < b.line; });
}

} // namespace nodues
