#include "import/CsvColumnMap.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace nodues {

namespace {

QString quotedList(const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted.append(u'"' + name + u'"');
    return quoted.join(u", "_s);
}

} // namespace

bool CsvColumnMap::map(const QStringList &header, const QList<CsvColumnSpec> &specs, QString *error)
{
    m_positions = QList<qsizetype>(specs.size(), -1);
    m_headerNames.clear();
    m_warnings.clear();
    m_fieldCount = header.size();

    QHash<QString, qsizetype> specByName;
    for (qsizetype i = 0; i < specs.size(); ++i) {
        specByName.insert(specs.at(i).name, i);
        m_headerNames.append(specs.at(i).name);
    }

    QHash<QString, qsizetype> seen;
    QStringList duplicated;
    for (qsizetype position = 0; position < header.size(); ++position) {
        const QString name = header.at(position).trimmed().toLower();
        if (seen.contains(name)) {
            if (!duplicated.contains(header.at(position).trimmed()))
                duplicated.append(header.at(position).trimmed());
            continue;
        }
        seen.insert(name, position);

        const auto spec = specByName.constFind(name);
        if (spec == specByName.constEnd()) {
            m_warnings.append(name.isEmpty()
                                  ? tr("Column %1 of the header has no name; its values are ignored.").arg(position + 1)
                                  : tr("Unknown column \"%1\" (column %2) is ignored.")
                                        .arg(header.at(position).trimmed())
                                        .arg(position + 1));
            continue;
        }
        m_positions[*spec] = position;
        m_headerNames[*spec] = header.at(position).trimmed();
    }

    QStringList missing;
    for (qsizetype i = 0; i < specs.size(); ++i) {
        if (specs.at(i).required && m_positions.at(i) < 0)
            missing.append(specs.at(i).name);
    }

    QStringList problems;
    if (!missing.isEmpty())
        problems.append(tr("the header has no column %1").arg(quotedList(missing)));
    if (!duplicated.isEmpty())
        problems.append(tr("the header names the column %1 more than once").arg(quotedList(duplicated)));
    if (problems.isEmpty())
        return true;

    QStringList expected;
    for (const CsvColumnSpec &spec : specs)
        expected.append(spec.required ? spec.name : spec.name + u'?');
    *error = tr("The file's header row does not fit: %1. Fix the first line of the file; the columns are %2 "
                "(? marks an optional column), in any order.")
                 .arg(problems.join(u"; "_s), expected.join(u","_s));
    return false;
}

QString CsvColumnMap::value(const QStringList &fields, int spec) const
{
    // Never a null QString: Qt Sql binds a null QString as NULL, and the text columns that take
    // these values are NOT NULL.
    const qsizetype position = m_positions.at(spec);
    if (position < 0 || position >= fields.size())
        return u""_s;
    const QString trimmed = fields.at(position).trimmed();
    return trimmed.isNull() ? u""_s : trimmed;
}

} // namespace nodues
