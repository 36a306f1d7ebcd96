#include "import/OfficeImporter.h"

#include "Clock.h"
#include "Timestamp.h"
#include "audit/AuditLog.h"
#include "import/CsvColumnMap.h"
#include "import/CsvReader.h"
#include "import/TextCheck.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"
#include "storage/WriteTransaction.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcImport)

namespace nodues {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OfficeImporter)
};

enum Column { CodeColumn, TypeColumn, NameColumn, NameHiColumn, ParentCodeColumn };

constexpr qsizetype kMaxCodeLength = 32;

const QList<CsvColumnSpec> &columnSpecs()
{
    static const QList<CsvColumnSpec> specs = {
        {u"code"_s, true}, {u"type"_s, true}, {u"name"_s, true}, {u"name_hi"_s, false}, {u"parent_code"_s, true},
    };
    return specs;
}

struct Office
{
    qint64 line = 0; // 0 for an office already in the database
    QString code;
    QString type;
    QString name;
    QString nameHi;
    QString parentCode;

    bool sameValues(const Office &other) const
    {
        return type == other.type && name == other.name && nameHi == other.nameHi && parentCode == other.parentCode;
    }
};

int levelOf(const QString &type)
{
    return int(OfficeImporter::officeTypes().indexOf(type));
}

bool isOfficeCode(const QString &code)
{
    if (code.isEmpty() || code.size() > kMaxCodeLength)
        return false;
    return std::all_of(code.begin(), code.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || c == u'-'
            || c == u'_' || c == u'.';
    });
}

bool loadStoredOffices(WriteTransaction &transaction, QHash<QString, Office> *offices, QString *error)
{
    QSqlQuery query(transaction.db());
    query.setForwardOnly(true);
    if (!execPlain(query, u"SELECT code, type, name, name_hi, parent_code FROM office"_s, error))
        return false;
    while (query.next()) {
        const Office office{0,
                            query.value(0).toString(),
                            query.value(1).toString(),
                            query.value(2).toString(),
                            query.value(3).toString(),
                            query.value(4).toString()};
        offices->insert(office.code, office);
    }
    return true;
}

bool countRows(WriteTransaction &transaction, const QString &sql, const QString &code, qint64 *count, QString *error)
{
    QSqlQuery query(transaction.db());
    if (!execPrepared(query, sql, {{u"code"_s, code}}, error) || !query.next())
        return false;
    *count = query.value(0).toLongLong();
    return true;
}

// Checks one row's own values; returns false after adding an issue per invalid value.
bool checkRow(const CsvRecord &row, const CsvColumnMap &columns, Office *office, ImportIssueLog *issues)
{
    if (row.fields.size() != columns.fieldCount()) {
        issues->add({row.line, {}, {},
                     Tr::tr("the row has %1 fields but the header has %2. Check for a missing or extra comma, or a "
                            "field with a comma that is not enclosed in quotes.")
                         .arg(row.fields.size())
                         .arg(columns.fieldCount())});
        return false;
    }

    const qint64 before = issues->total();
    const auto add = [&](Column column, const QString &reason) {
        issues->add({row.line, columns.headerName(column), columns.value(row.fields, column), reason});
    };
    office->line = row.line;
    office->code = columns.value(row.fields, CodeColumn);
    office->type = columns.value(row.fields, TypeColumn).toLower();
    office->name = columns.value(row.fields, NameColumn);
    office->nameHi = columns.value(row.fields, NameHiColumn);
    office->parentCode = columns.value(row.fields, ParentCodeColumn);

    if (!isOfficeCode(office->code))
        add(CodeColumn, Tr::tr("an office code has 1 to %1 characters: letters, digits, '-', '_' or '.'.")
                            .arg(kMaxCodeLength));
    if (levelOf(office->type) < 0)
        add(TypeColumn, Tr::tr("\"%1\" is not an office type. Write company, region, circle, division or dc.")
                            .arg(columns.value(row.fields, TypeColumn)));
    if (office->name.isEmpty())
        add(NameColumn, Tr::tr("the name is required but the field is empty."));
    else if (const auto bad = TextCheck::firstDisallowedCharacter(office->name, true, false))
        add(NameColumn, Tr::tr("the name contains %1, which is neither Latin nor Devanagari text.")
                            .arg(TextCheck::characterForMessage(*bad)));
    if (const auto bad = TextCheck::firstDisallowedCharacter(office->nameHi, false, false))
        add(NameHiColumn, Tr::tr("the Hindi name contains %1, which is not Devanagari script.")
                              .arg(TextCheck::characterForMessage(*bad)));

    if (office->type == u"company"_s && !office->parentCode.isEmpty())
        add(ParentCodeColumn, Tr::tr("a company is the top of the tree and has no parent. Leave parent_code empty."));
    else if (levelOf(office->type) > 0 && office->parentCode.isEmpty())
        add(ParentCodeColumn, Tr::tr("a %1 needs a parent office: write the code of its %2.")
                                  .arg(office->type, OfficeImporter::officeTypes().at(levelOf(office->type) - 1)));
    else if (!office->parentCode.isEmpty() && office->parentCode == office->code)
        add(ParentCodeColumn, Tr::tr("an office cannot be its own parent."));
    return issues->total() == before;
}

} // namespace

OfficeImporter::OfficeImporter(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{
}

const QStringList &OfficeImporter::officeTypes()
{
    static const QStringList types = {u"company"_s, u"region"_s, u"circle"_s, u"division"_s, u"dc"_s};
    return types;
}

OfficeImportResult OfficeImporter::run(const QString &sourcePath, const QString &actor)
{
    OfficeImportResult result;
    const QDateTime now = m_clock.nowUtc();
    const QString sourceFile = QFileInfo(sourcePath).absoluteFilePath();

    CsvReader reader;
    CsvRecord header;
    if (!reader.open(sourcePath, &result.error))
        return result;
    if (!reader.readRecord(&header, &result.error)) {
        if (result.error.isEmpty())
            result.error = tr("%1 is empty. An offices file starts with the header row code,type,name,name_hi,"
                              "parent_code.")
                               .arg(sourcePath);
        return result;
    }
    CsvColumnMap columns;
    if (!columns.map(header.fields, columnSpecs(), &result.error))
        return result;
    result.warnings = columns.warnings();

    // Each row on its own: values, and a code not seen on an earlier line. Codes are compared
    // ignoring letter case too, because "D1" and "d1" as two offices are always a typing error.
    QHash<QString, qint64> linesByCode;
    QHash<QString, QString> codesByFoldedCode;
    QList<Office> fileOffices;
    CsvRecord row;
    while (reader.readRecord(&row, &result.error)) {
        ++result.rowsRead;
        Office office;
        const qint64 issuesBefore = result.issues.total();
        bool valid = checkRow(row, columns, &office, &result.issues);
        if (!office.code.isEmpty()) {
            const QString folded = office.code.toCaseFolded();
            if (const auto earlier = codesByFoldedCode.constFind(folded); earlier != codesByFoldedCode.constEnd()) {
                const QString reason =
                    *earlier == office.code
                        ? tr("office code %1 already appears on line %2; each office may appear only once.")
                              .arg(office.code)
                              .arg(linesByCode.value(*earlier))
                        : tr("office code %1 differs only in letter case from %2 on line %3; use one spelling.")
                              .arg(office.code, *earlier)
                              .arg(linesByCode.value(*earlier));
                result.issues.add({row.line, columns.headerName(CodeColumn), office.code, reason});
                valid = false;
            } else {
                linesByCode.insert(office.code, row.line);
                codesByFoldedCode.insert(folded, office.code);
            }
        }
        if (result.issues.total() > issuesBefore)
            result.issues.countInvalidRow();
        if (valid)
            fileOffices.append(office);
    }
    if (!result.error.isEmpty())
        return result;

    WriteTransaction transaction(m_database);
    if (!transaction.begin(&result.error))
        return result;
    if (transaction.dialect() == SqlDialect::Postgres) {
        QSqlQuery lock(transaction.db());
        if (!execPlain(lock, u"LOCK TABLE office IN SHARE ROW EXCLUSIVE MODE"_s, &result.error))
            return result;
    }
    QHash<QString, Office> stored;
    if (!loadStoredOffices(transaction, &stored, &result.error))
        return result;

    // A new code may not differ only in letter case from a stored one either.
    QHash<QString, QString> storedByFoldedCode;
    for (const Office &office : std::as_const(stored))
        storedByFoldedCode.insert(office.code.toCaseFolded(), office.code);
    QList<Office> acceptedOffices;
    for (const Office &office : std::as_const(fileOffices)) {
        const QString storedCode = storedByFoldedCode.value(office.code.toCaseFolded());
        if (!storedCode.isEmpty() && storedCode != office.code) {
            result.issues.add({office.line, columns.headerName(CodeColumn), office.code,
                               tr("office code %1 differs only in letter case from the imported office %2; write it "
                                  "as %2.")
                                   .arg(office.code, storedCode)});
            result.issues.countInvalidRow();
            continue;
        }
        acceptedOffices.append(office);
    }
    fileOffices = acceptedOffices;

    // The tree as it will be: stored offices with the file's rows over them.
    QHash<QString, Office> merged = stored;
    for (const Office &office : std::as_const(fileOffices))
        merged.insert(office.code, office);

    QSet<qint64> linesWithTreeIssues;
    const auto addTreeIssue = [&](const Office &office, Column column, const QString &value, const QString &reason) {
        result.issues.add({office.line, columns.headerName(column), value, reason});
        if (!linesWithTreeIssues.contains(office.line)) {
            linesWithTreeIssues.insert(office.line);
            result.issues.countInvalidRow();
        }
    };

    for (const Office &office : std::as_const(fileOffices)) {
        const int level = levelOf(office.type);

        // The parent: present, and exactly one level up.
        if (level > 0) {
            const auto parent = merged.constFind(office.parentCode);
            const QString expected = officeTypes().at(level - 1);
            if (parent == merged.constEnd())
                addTreeIssue(office, ParentCodeColumn, office.parentCode,
                             tr("no office with the code %1 is in this file or already imported. Add the %2 to the "
                                "file or correct the code.")
                                 .arg(office.parentCode, expected));
            else if (parent->type != expected)
                addTreeIssue(office, ParentCodeColumn, office.parentCode,
                             tr("a %1's parent must be a %2, but office %3 is a %4.")
                                 .arg(office.type, expected, office.parentCode, parent->type));
        }

        // A loop in the parent chain: impossible while every parent is one level up, but an
        // invalid type elsewhere must not let one through.
        QStringList chain{office.code};
        for (auto step = merged.constFind(office.parentCode); step != merged.constEnd();
             step = merged.constFind(step->parentCode)) {
            if (chain.contains(step->code)) {
                addTreeIssue(office, ParentCodeColumn, office.parentCode,
                             tr("the chain of parents loops back: %1.").arg((chain << step->code).join(u" -> "_s)));
                break;
            }
            chain.append(step->code);
        }

        // A changed type must not strand what refers to the office.
        const auto old = stored.constFind(office.code);
        if (old == stored.constEnd() || old->type == office.type)
            continue;
        for (const Office &child : std::as_const(merged)) {
            if (child.parentCode == office.code && child.line == 0 && levelOf(child.type) != level + 1)
                addTreeIssue(office, TypeColumn, office.type,
                             tr("office %1 is a %2 already imported under %3; %3 cannot become a %4.")
                                 .arg(child.code, child.type, office.code, office.type));
        }
        qint64 connections = 0;
        qint64 officers = 0;
        if (!countRows(transaction, u"SELECT COUNT(*) FROM billing_connection WHERE dc_code = :code"_s, office.code,
                       &connections, &result.error)
            || !countRows(transaction, u"SELECT COUNT(*) FROM officer WHERE office_code = :code"_s, office.code,
                          &officers, &result.error))
            return result;
        if (connections > 0 || officers > 0)
            addTreeIssue(office, TypeColumn, office.type,
                         tr("office %1 is a %2 with %3 billing connections and %4 officers; its type cannot change.")
                             .arg(office.code, old->type)
                             .arg(connections)
                             .arg(officers));
    }
    result.issues.sortByLine();
    if (!result.issues.isEmpty())
        return result;

    // Parents before children, so every foreign key holds when its row is written.
    std::stable_sort(fileOffices.begin(), fileOffices.end(),
                     [](const Office &a, const Office &b) { return levelOf(a.type) < levelOf(b.type); });
    QSqlQuery upsert(transaction.db());
    const QString upsertSql =
        u"INSERT INTO office (code, type, name, name_hi, parent_code, created_at, updated_at)"
        " VALUES (:code, :type, :name, :name_hi, :parent_code, :now, :now2)"
        " ON CONFLICT (code) DO UPDATE SET type = excluded.type, name = excluded.name, name_hi = excluded.name_hi,"
        " parent_code = excluded.parent_code, updated_at = excluded.updated_at"_s;
    const QString nowText = Timestamp::toStorage(now);
    for (const Office &office : std::as_const(fileOffices)) {
        const auto old = stored.constFind(office.code);
        if (old != stored.constEnd() && old->sameValues(office)) {
            ++result.unchanged;
            continue;
        }
        ++(old == stored.constEnd() ? result.inserted : result.updated);
        const QVariant parent = office.parentCode.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                            : QVariant(office.parentCode);
        if (!execPrepared(upsert, upsertSql,
                          {{u"code"_s, office.code},
                           {u"type"_s, office.type},
                           {u"name"_s, office.name},
                           {u"name_hi"_s, office.nameHi},
                           {u"parent_code"_s, parent},
                           {u"now"_s, nowText},
                           {u"now2"_s, nowText}},
                          &result.error))
            return result;
    }

    const QJsonObject details{{u"file"_s, sourceFile},
                              {u"rows"_s, result.rowsRead},
                              {u"inserted"_s, result.inserted},
                              {u"updated"_s, result.updated},
                              {u"unchanged"_s, result.unchanged}};
    if (!AuditLog::append(transaction, m_clock, {actor, u"office.import"_s, u"office_import"_s, sourceFile, details},
                          &result.error)
        || !transaction.commit(&result.error))
        return result;
    result.committed = true;
    qCInfo(lcImport) << "Office import of" << sourceFile << "committed:" << result.inserted << "inserted,"
                     << result.updated << "updated," << result.unchanged << "unchanged";
    return result;
}

} // namespace nodues
