#include "Clock.h"
#include "ServerProcess.h"
#include "TestDatabase.h"
#include "Timestamp.h"
#include "import/BillingImporter.h"
#include "import/CsvReader.h"
#include "import/OfficeImporter.h"
#include "storage/BillingConnectionStore.h"
#include "storage/SqlUtil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;

namespace {

const QByteArray kOffices = u"code,type,name,name_hi,parent_code\n"
                            "MPMK,company,Madhya Kshetra Vidyut Vitaran Company,,\n"
                            "BPL,region,Bhopal Region,भोपाल क्षेत्र,MPMK\n"
                            "C-BPL,circle,Bhopal Circle,,BPL\n"
                            "20302,division,Bhopal City Division,,C-BPL\n"
                            "3421101,dc,Kolar DC,कोलार,20302\n"
                            "3421102,dc,Awadhpuri DC,,20302\n"_s.toUtf8();

const QByteArray kHeader =
    "ivrs,name,name_hi,relative_name,address,mobile,dc_code,tariff,connection_status,metering,meter_status,ekyc,"
    "arrears,bill_date\n";

// Three valid rows: Devanagari names, a quoted two-line address with a comma, a leading-zero
// IVRS, every mobile prefix form, both date forms, lower-case codes, a credit and zero dues.
const QByteArray kValidRows =
    u"0012345678,Ram Kumar,राम कुमार,Shyam Lal,\"12, MG Road\nKolar\",+91 98765-43210,3421101,LV1.2,LIVE,METERED,"
    "WORKING,DONE,\"1,23,456.50\",2026-11-01\n"
    "0000000001,सीता देवी,,,Ward 5,09876543210,3421101,lv5.1,pdc,unmetered,,pending,-12.5,15-10-2026\n"
    "1234567890,Mohan,मोहन,,Awadhpuri,,3421102,HV3,TDC,UNMETERED,NOT_INSTALLED,DONE,0,\n"_s.toUtf8();

const QDateTime kStart(QDate(2026, 12, 4), QTime(10, 0), Qt::UTC);

QString writeScratch(const test::TestDatabase &db, const QString &name, const QByteArray &bytes)
{
    const QString path = db.scratchPath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("Could not write %s", qPrintable(path));
    return path;
}

QVariant scalar(Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    QString error;
    if (!execPlain(query, sql, &error) || !query.next())
        qFatal("Query failed: %s", qPrintable(error));
    return query.value(0);
}

qint64 countRows(Database &database, const QString &table)
{
    return scalar(database, u"SELECT COUNT(*) FROM "_s + table).toLongLong();
}

QString listIssues(const ImportIssueLog &issues)
{
    QStringList lines;
    for (const ImportIssue &issue : issues.kept())
        lines.append(issue.describe());
    return lines.join(u'\n');
}

const ImportIssue *findIssue(const ImportIssueLog &issues, qint64 line, const QString &column)
{
    for (const ImportIssue &issue : issues.kept()) {
        if (issue.line == line && issue.column == column)
            return &issue;
    }
    return nullptr;
}

QList<CsvRecord> readCsv(const QString &path)
{
    QList<CsvRecord> records;
    CsvReader reader;
    QString error;
    if (!reader.open(path, &error))
        qFatal("%s", qPrintable(error));
    CsvRecord record;
    while (reader.readRecord(&record, &error))
        records.append(record);
    if (!error.isEmpty())
        qFatal("%s", qPrintable(error));
    return records;
}

// One invalid row of the all-kinds file and where its problem must be reported.
struct InvalidRow
{
    QString row;
    QString column; // empty for a problem with the whole row
    QString value;
    QString reasonPart;
};

// Each row breaks exactly one rule, so each must give exactly one issue.
QList<InvalidRow> invalidRows()
{
    const auto row = [](const QString &ivrs, const QString &name, const QString &nameHi, const QString &address,
                        const QString &mobile, const QString &dc, const QString &tariff, const QString &status,
                        const QString &metering, const QString &meterStatus, const QString &ekyc,
                        const QString &arrears, const QString &billDate) {
        return QStringList{ivrs, name, nameHi, u""_s, address, mobile, dc, tariff, status, metering, meterStatus,
                           ekyc, arrears, billDate}
            .join(u',');
    };
    const auto valid = [&row](int i) {
        return row(u"55%1"_s.arg(i, 8, 10, QChar(u'0')), u"Name"_s, u""_s, u"Addr"_s, u""_s, u"3421101"_s, u"LV1.2"_s,
                   u"LIVE"_s, u"METERED"_s, u"WORKING"_s, u"DONE"_s, u"0"_s, u""_s);
    };
    QList<InvalidRow> rows;
    const auto with = [&](int i, int column, const QString &value, const QString &columnName,
                          const QString &reasonPart) {
        QStringList fields = valid(i).split(u',');
        fields[column] = value;
        rows.append({fields.join(u','), columnName, value, reasonPart});
    };
    with(1, 0, u"12AB45"_s, u"ivrs"_s, u"is not a digit"_s);
    with(2, 0, u""_s, u"ivrs"_s, u"IVRS number is empty"_s);
    with(3, 1, u""_s, u"name"_s, u"required"_s);
    with(4, 1, u"தமிழ்"_s, u"name"_s, u"neither Latin nor Devanagari"_s);
    with(5, 2, u"Ram"_s, u"name_hi"_s, u"not Devanagari"_s);
    with(6, 4, u""_s, u"address"_s, u"required"_s);
    with(7, 5, u"12345"_s, u"mobile"_s, u"not a valid mobile number"_s);
    with(8, 5, u"5876543210"_s, u"mobile"_s, u"start with 6, 7, 8 or 9"_s);
    with(9, 6, u""_s, u"dc_code"_s, u"required"_s);
    with(10, 6, u"9999999"_s, u"dc_code"_s, u"no office with the code \"9999999\""_s);
    with(11, 6, u"20302"_s, u"dc_code"_s, u"is a division, not a Distribution Centre"_s);
    with(12, 7, u""_s, u"tariff"_s, u"tariff is required"_s);
    with(13, 7, u"1LV"_s, u"tariff"_s, u"is not a tariff code"_s);
    with(14, 8, u"ON"_s, u"connection_status"_s, u"Write LIVE, TDC or PDC"_s);
    with(15, 8, u""_s, u"connection_status"_s, u"Write LIVE, TDC or PDC"_s);
    with(16, 9, u"SMART"_s, u"metering"_s, u"Write METERED or UNMETERED"_s);
    with(17, 10, u""_s, u"meter_status"_s, u"required for a METERED connection"_s);
    with(18, 10, u"BROKEN"_s, u"meter_status"_s, u"is not a meter status"_s);
    with(19, 11, u"YES"_s, u"ekyc"_s, u"Write DONE or PENDING"_s);
    with(20, 12, u"12.345"_s, u"arrears"_s, u"one or two digits after the decimal point"_s);
    with(21, 12, u"abc"_s, u"arrears"_s, u"is not a valid amount"_s);
    with(22, 12, u""_s, u"arrears"_s, u"amount is empty"_s);
    with(23, 12, u"\"1,2,3\""_s, u"arrears"_s, u"thousands separators are misplaced"_s);
    with(24, 13, u"2026/11/01"_s, u"bill_date"_s, u"YYYY-MM-DD or DD-MM-YYYY"_s);
    with(25, 13, u"31-02-2026"_s, u"bill_date"_s, u"not a real calendar date"_s);

    // An unmetered connection with a working meter.
    QStringList unmetered = valid(26).split(u',');
    unmetered[9] = u"UNMETERED"_s;
    rows.append({unmetered.join(u','), u"meter_status"_s, u"WORKING"_s, u"UNMETERED connection has no meter"_s});
    // A row with a field missing.
    rows.append({valid(27).section(u',', 0, 12), QString(), QString(), u"the row has 13 fields but the header has 14"_s});
    return rows;
}

} // namespace

class TestBillingImport : public QObject
{
    Q_OBJECT

private:
    static void importOffices(test::TestDatabase &db)
    {
        OfficeImporter importer(db.database(), Clock::system());
        const OfficeImportResult result = importer.run(writeScratch(db, u"offices.csv"_s, kOffices), u"t"_s);
        QVERIFY2(result.committed, qPrintable(result.error + listIssues(result.issues)));
    }

    static BillingImportResult importBilling(test::TestDatabase &db, const Clock &clock, const QString &path,
                                             const QString &rejectsPath = {})
    {
        BillingImporter importer(db.database(), clock);
        BillingImportOptions options;
        options.sourcePath = path;
        options.rejectsPath = rejectsPath;
        options.actor = u"admin-cli:test"_s;
        return importer.run(options);
    }

    static BillingRecord stored(test::TestDatabase &db, const QString &ivrs)
    {
        QString error;
        const std::optional<BillingRecord> record = BillingConnectionStore::load(db.database(), ivrs, &error);
        if (!record)
            qFatal("No stored connection %s: %s", qPrintable(ivrs), qPrintable(error));
        return *record;
    }

private slots:
    void importsValidRowsExactly_data() { test::addBackendColumn(); }
    void importsValidRowsExactly()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        importOffices(*db);
        const ManualClock clock(kStart);
        const BillingImportResult result =
            importBilling(*db, clock, writeScratch(*db, u"billing.csv"_s, "\xEF\xBB\xBF" + kHeader + kValidRows));
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY2(result.committed, qPrintable(listIssues(result.issues)));
        QCOMPARE(result.rowsRead, 3);
        QCOMPARE(result.inserted, 3);
        QCOMPARE(result.updated, 0);
        QCOMPARE(result.unchanged, 0);
        QCOMPARE(result.rejected, 0);

        const BillingRecord ram = stored(*db, u"0012345678"_s);
        QCOMPARE(ram.name, u"Ram Kumar"_s);
        QCOMPARE(ram.nameHi, u"राम कुमार"_s);
        QCOMPARE(ram.relativeName, u"Shyam Lal"_s);
        QCOMPARE(ram.address, u"12, MG Road\nKolar"_s);
        QCOMPARE(ram.mobile, u"9876543210"_s);
        QCOMPARE(ram.dcCode, u"3421101"_s);
        QCOMPARE(ram.tariff, u"LV1.2"_s);
        QCOMPARE(ram.connectionStatus, ConnectionStatus::Live);
        QCOMPARE(ram.metering, Metering::Metered);
        QCOMPARE(ram.meterStatus, std::optional<MeterStatus>(MeterStatus::Working));
        QCOMPARE(ram.ekyc, EkycStatus::Done);
        QCOMPARE(ram.arrearsPaise, 12345650);
        QCOMPARE(ram.billDate, QDate(2026, 11, 1));
        QCOMPARE(ram.refreshedAt, kStart);
        QCOMPARE(ram.changedAt, kStart);

        const BillingRecord sita = stored(*db, u"0000000001"_s);
        QCOMPARE(sita.name, u"सीता देवी"_s);
        QCOMPARE(sita.mobile, u"9876543210"_s);
        QCOMPARE(sita.tariff, u"LV5.1"_s);
        QCOMPARE(sita.connectionStatus, ConnectionStatus::PermanentlyDisconnected);
        QCOMPARE(sita.metering, Metering::Unmetered);
        QVERIFY(!sita.meterStatus.has_value());
        QCOMPARE(sita.ekyc, EkycStatus::Pending);
        QCOMPARE(sita.arrearsPaise, -1250);
        QCOMPARE(sita.billDate, QDate(2026, 10, 15));

        const BillingRecord mohan = stored(*db, u"1234567890"_s);
        QVERIFY(mohan.mobile.isEmpty());
        QCOMPARE(mohan.meterStatus, std::optional<MeterStatus>(MeterStatus::NotInstalled));
        QCOMPARE(mohan.arrearsPaise, 0);
        QVERIFY(!mohan.billDate.isValid());

        // Empty optional values are NULL in the database, not empty text.
        Database &database = db->database();
        QVERIFY(scalar(database, u"SELECT mobile FROM billing_connection WHERE ivrs = '1234567890'"_s).isNull());
        QVERIFY(scalar(database, u"SELECT meter_status FROM billing_connection WHERE ivrs = '0000000001'"_s).isNull());
        QVERIFY(scalar(database, u"SELECT bill_date FROM billing_connection WHERE ivrs = '1234567890'"_s).isNull());

        // The import row, every connection pointing at it, and one audit row with the counts.
        QCOMPARE(countRows(database, u"billing_import"_s), 1);
        QCOMPARE(scalar(database, u"SELECT inserted_count FROM billing_import"_s).toLongLong(), 3);
        QVERIFY(!scalar(database, u"SELECT finished_at FROM billing_import"_s).isNull());
        QCOMPARE(scalar(database, u"SELECT COUNT(*) FROM billing_connection WHERE import_id = %1"_s.arg(result.importId))
                     .toLongLong(),
                 3);
        QCOMPARE(scalar(database, u"SELECT COUNT(*) FROM audit_log WHERE action = 'billing.import'"_s).toLongLong(), 1);
        const QJsonObject details =
            QJsonDocument::fromJson(
                scalar(database, u"SELECT details FROM audit_log WHERE action = 'billing.import'"_s).toString().toUtf8())
                .object();
        QCOMPARE(details.value(u"inserted"_s).toInteger(), 3);
        QCOMPARE(details.value(u"rejected"_s).toInteger(), 0);
        QVERIFY(details.value(u"file"_s).toString().endsWith(u"billing.csv"_s));
    }

    void reimportIsUnchangedAndRefreshed_data() { test::addBackendColumn(); }
    void reimportIsUnchangedAndRefreshed()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        importOffices(*db);
        ManualClock clock(kStart);
        const QString path = writeScratch(*db, u"billing.csv"_s, kHeader + kValidRows);
        QVERIFY(importBilling(*db, clock, path).committed);

        clock.advanceSeconds(86400);
        const BillingImportResult again = importBilling(*db, clock, path);
        QVERIFY2(again.committed, qPrintable(again.error + listIssues(again.issues)));
        QCOMPARE(again.inserted, 0);
        QCOMPARE(again.updated, 0);
        QCOMPARE(again.unchanged, 3);
        QCOMPARE(again.rejected, 0);
        for (const QString &ivrs : {u"0012345678"_s, u"0000000001"_s, u"1234567890"_s}) {
            const BillingRecord record = stored(*db, ivrs);
            QCOMPARE(record.refreshedAt, kStart.addSecs(86400));
            QCOMPARE(record.changedAt, kStart);
        }
        QCOMPARE(scalar(db->database(), u"SELECT COUNT(*) FROM billing_connection WHERE import_id = %1"_s.arg(again.importId))
                     .toLongLong(),
                 3);
    }

    void changedRowIsUpdated_data() { test::addBackendColumn(); }
    void changedRowIsUpdated()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        importOffices(*db);
        ManualClock clock(kStart);
        QVERIFY(importBilling(*db, clock, writeScratch(*db, u"first.csv"_s, kHeader + kValidRows)).committed);

        // Ram paid his dues; Mohan's row is missing from the second snapshot.
        QByteArray rows = kValidRows;
        rows.replace("\"1,23,456.50\"", "0");
        rows.truncate(rows.indexOf("1234567890"));
        clock.advanceSeconds(3600);
        const BillingImportResult second = importBilling(*db, clock, writeScratch(*db, u"second.csv"_s, kHeader + rows));
        QVERIFY2(second.committed, qPrintable(second.error + listIssues(second.issues)));
        QCOMPARE(second.inserted, 0);
        QCOMPARE(second.updated, 1);
        QCOMPARE(second.unchanged, 1);

        const QDateTime later = kStart.addSecs(3600);
        const BillingRecord ram = stored(*db, u"0012345678"_s);
        QCOMPARE(ram.arrearsPaise, 0);
        QCOMPARE(ram.changedAt, later);
        QCOMPARE(ram.refreshedAt, later);
        const BillingRecord sita = stored(*db, u"0000000001"_s);
        QCOMPARE(sita.changedAt, kStart);
        QCOMPARE(sita.refreshedAt, later);
        // A connection the snapshot no longer lists keeps its old refresh time.
        const BillingRecord mohan = stored(*db, u"1234567890"_s);
        QCOMPARE(mohan.refreshedAt, kStart);
    }

    void everyInvalidRowReported_data() { test::addBackendColumn(); }
    void everyInvalidRowReported()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        importOffices(*db);
        const ManualClock clock(kStart);

        // Valid rows first, then one row per rule, then a duplicate of the first valid row.
        const QList<InvalidRow> invalid = invalidRows();
        QByteArray file = kHeader + kValidRows;
        for (const InvalidRow &row : invalid)
            file += row.row.toUtf8() + '\n';
        file += kValidRows.left(kValidRows.indexOf("\n0000000001"));
        file += '\n';
        const qint64 firstInvalidLine = 6; // header, then three rows of which the first spans two lines
        const qint64 duplicateLine = firstInvalidLine + invalid.size();

        const BillingImportResult result = importBilling(*db, clock, writeScratch(*db, u"bad.csv"_s, file));
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY(!result.committed);
        const QString all = listIssues(result.issues);
        for (qsizetype i = 0; i < invalid.size(); ++i) {
            const InvalidRow &row = invalid.at(i);
            const ImportIssue *issue = findIssue(result.issues, firstInvalidLine + i, row.column);
            QVERIFY2(issue, qPrintable(u"No issue for line %1 column %2 in:\n%3"_s.arg(firstInvalidLine + i).arg(row.column, all)));
            QVERIFY2(issue->reason.contains(row.reasonPart), qPrintable(issue->describe()));
            if (!row.column.isEmpty())
                QCOMPARE(issue->value, QString(row.value).remove(u'"'));
        }
        const ImportIssue *duplicate = findIssue(result.issues, duplicateLine, u"ivrs"_s);
        QVERIFY2(duplicate, qPrintable(all));
        QCOMPARE(duplicate->value, u"0012345678"_s);
        QVERIFY2(duplicate->reason.contains(u"already appears"_s), qPrintable(duplicate->describe()));

        // One issue per invalid row, in order of line, and nothing written at all.
        QCOMPARE(result.issues.total(), invalid.size() + 1);
        QCOMPARE(result.issues.invalidRows(), invalid.size() + 1);
        QCOMPARE(result.rejected, invalid.size() + 1);
        QCOMPARE(result.issues.kept().first().line, firstInvalidLine);
        QCOMPARE(result.issues.kept().last().line, duplicateLine);
        QCOMPARE(countRows(db->database(), u"billing_connection"_s), 0);
        QCOMPARE(countRows(db->database(), u"billing_import"_s), 0);
        QCOMPARE(countRows(db->database(), u"audit_log"_s), 1); // the offices import's
    }

    void skipInvalidWritesRejects_data() { test::addBackendColumn(); }
    void skipInvalidWritesRejects()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        importOffices(*db);
        const ManualClock clock(kStart);
        const QByteArray file = kHeader + kValidRows
            + u"0012345678,Duplicate,,,Addr,,3421101,LV1.2,LIVE,METERED,WORKING,DONE,0,\n"
              "777,\"Shah, \"\"Raju\"\"\",,,\"Line 1\nLine 2\",,3421101,LV1.2,LIVE,METERED,WORKING,DONE,12.345,\n"
              "888,Meena,,,Addr,,20302,LV1.2,LIVE,METERED,,DONE,0,\n"_s.toUtf8();
        const QString rejectsPath = db->scratchPath(u"rejects.csv"_s);
        const BillingImportResult result = importBilling(*db, clock, writeScratch(*db, u"mixed.csv"_s, file), rejectsPath);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY(result.committed);
        QCOMPARE(result.inserted, 3);
        QCOMPARE(result.rejected, 3);
        QCOMPARE(countRows(db->database(), u"billing_connection"_s), 3);
        QCOMPARE(stored(*db, u"0012345678"_s).name, u"Ram Kumar"_s); // the first occurrence wins
        QCOMPARE(scalar(db->database(), u"SELECT rejected_count FROM billing_import"_s).toLongLong(), 3);

        const QList<CsvRecord> rejects = readCsv(rejectsPath);
        QCOMPARE(rejects.size(), 4);
        QCOMPARE(rejects.at(0).fields, QString::fromUtf8(kHeader).trimmed().split(u',') + QStringList{u"reason"_s});

        // Each rejected row as it was read, plus its reason; a row may carry several reasons.
        const auto findReject = [&rejects](const QString &ivrs) -> const CsvRecord * {
            for (const CsvRecord &record : rejects) {
                if (record.fields.value(0) == ivrs)
                    return &record;
            }
            return nullptr;
        };
        const CsvRecord *raju = findReject(u"777"_s);
        QVERIFY(raju);
        QCOMPARE(raju->fields.size(), 15);
        QCOMPARE(raju->fields.at(1), u"Shah, \"Raju\""_s);
        QCOMPARE(raju->fields.at(4), u"Line 1\nLine 2"_s);
        QCOMPARE(raju->fields.at(12), u"12.345"_s);
        QVERIFY2(raju->fields.at(14).startsWith(u"arrears: \"12.345\" is not a valid amount"_s), qPrintable(raju->fields.at(14)));

        const CsvRecord *meena = findReject(u"888"_s);
        QVERIFY(meena);
        QVERIFY2(meena->fields.at(14).contains(u"dc_code: office \"20302\" is a division"_s), qPrintable(meena->fields.at(14)));
        QVERIFY2(meena->fields.at(14).contains(u"; meter_status: the meter status is required"_s),
                 qPrintable(meena->fields.at(14)));

        const CsvRecord *duplicate = findReject(u"0012345678"_s);
        QVERIFY(duplicate);
        QCOMPARE(duplicate->fields.at(1), u"Duplicate"_s);
        QVERIFY2(duplicate->fields.at(14).contains(u"already appears on line 2"_s), qPrintable(duplicate->fields.at(14)));
    }

    void duplicateAcrossBatchesFound_data() { test::addBackendColumn(); }
    void duplicateAcrossBatchesFound()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        importOffices(*db);
        const ManualClock clock(kStart);

        // Row 3 comes back at row 1,200, two batches later, after the first one was written.
        QByteArray file = kHeader;
        const auto row = [](int i) {
            return u"%1,Name %2,,,Addr,,3421101,LV1.2,LIVE,METERED,WORKING,DONE,%2,\n"_s
                .arg(i, 10, 10, QChar(u'0'))
                .arg(i)
                .toUtf8();
        };
        for (int i = 1; i <= 1199; ++i)
            file += row(i);
        file += row(3);
        const QString path = writeScratch(*db, u"big.csv"_s, file);

        const BillingImportResult strict = importBilling(*db, clock, path);
        QVERIFY(!strict.committed);
        QCOMPARE(strict.issues.total(), 1);
        QCOMPARE(strict.issues.kept().at(0).line, 1201);
        QCOMPARE(strict.issues.kept().at(0).value, u"0000000003"_s);
        QCOMPARE(countRows(db->database(), u"billing_connection"_s), 0);

        const BillingImportResult skipping = importBilling(*db, clock, path, db->scratchPath(u"rejects.csv"_s));
        QVERIFY(skipping.committed);
        QCOMPARE(skipping.inserted, 1199);
        QCOMPARE(skipping.rejected, 1);
        QCOMPARE(countRows(db->database(), u"billing_connection"_s), 1199);
        QCOMPARE(stored(*db, u"0000000003"_s).arrearsPaise, 300);
        QCOMPARE(readCsv(db->scratchPath(u"rejects.csv"_s)).size(), 2);
    }

    void headerProblemsStopBeforeRows_data() { test::addBackendColumn(); }
    void headerProblemsStopBeforeRows()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        importOffices(*db);
        const ManualClock clock(kStart);

        QByteArray noArrears = kHeader + kValidRows;
        noArrears.replace(",arrears,", ",dues,");
        const BillingImportResult missing = importBilling(*db, clock, writeScratch(*db, u"a.csv"_s, noArrears),
                                                          db->scratchPath(u"rejects.csv"_s));
        QVERIFY(!missing.committed);
        QVERIFY2(missing.error.contains(u"no column \"arrears\""_s), qPrintable(missing.error));
        QCOMPARE(missing.rowsRead, 0);
        QVERIFY(!QFile::exists(db->scratchPath(u"rejects.csv"_s)));

        QByteArray twice = kHeader + kValidRows;
        twice.replace(",tariff,", ",Mobile,");
        const BillingImportResult duplicated = importBilling(*db, clock, writeScratch(*db, u"b.csv"_s, twice));
        QVERIFY2(duplicated.error.contains(u"\"Mobile\" more than once"_s), qPrintable(duplicated.error));
        QVERIFY2(duplicated.error.contains(u"no column \"tariff\""_s), qPrintable(duplicated.error));

        const QString overwritten = writeScratch(*db, u"same.csv"_s, kHeader + kValidRows);
        const BillingImportResult same = importBilling(*db, clock, overwritten, overwritten);
        QVERIFY2(same.error.contains(u"is the file being imported"_s), qPrintable(same.error));
        QCOMPARE(QFile(overwritten).size(), qint64(kHeader.size() + kValidRows.size()));

        const BillingImportResult empty = importBilling(*db, clock, writeScratch(*db, u"c.csv"_s, {}));
        QVERIFY2(empty.error.contains(u"is empty"_s), qPrintable(empty.error));

        const BillingImportResult headerOnly = importBilling(*db, clock, writeScratch(*db, u"d.csv"_s, kHeader));
        QVERIFY(!headerOnly.committed);
        QVERIFY2(headerOnly.error.contains(u"header row but no connections"_s), qPrintable(headerOnly.error));
        QCOMPARE(countRows(db->database(), u"billing_connection"_s), 0);
        QCOMPARE(countRows(db->database(), u"billing_import"_s), 0);
    }

    void malformedCsvWritesNothing_data() { test::addBackendColumn(); }
    void malformedCsvWritesNothing()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        importOffices(*db);
        const ManualClock clock(kStart);
        const QByteArray file = kHeader + kValidRows + "999,\"Open quote,,,Addr,,3421101,LV1.2,LIVE,METERED,WORKING,DONE,0,\n";
        const QString rejectsPath = db->scratchPath(u"rejects.csv"_s);
        const BillingImportResult result = importBilling(*db, clock, writeScratch(*db, u"open.csv"_s, file), rejectsPath);
        QVERIFY(!result.committed);
        QVERIFY2(result.error.contains(u"line 6"_s), qPrintable(result.error));
        QCOMPARE(countRows(db->database(), u"billing_connection"_s), 0);
        QCOMPARE(countRows(db->database(), u"billing_import"_s), 0);
        QVERIFY(!QFile::exists(rejectsPath));

        const QByteArray latin1 = kHeader + "999,Ram\xE9,,,Addr,,3421101,LV1.2,LIVE,METERED,WORKING,DONE,0,\n";
        const BillingImportResult encoding = importBilling(*db, clock, writeScratch(*db, u"latin1.csv"_s, latin1));
        QVERIFY2(encoding.error.contains(u"Line 2, field 2 is not valid UTF-8"_s), qPrintable(encoding.error));
    }

    void commandsReportAndShow_data() { test::addBackendColumn(); }
    void commandsReportAndShow()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        importOffices(*db);

        const QString good = writeScratch(*db, u"billing.csv"_s, kHeader + kValidRows);
        const test::CommandResult ok = test::runServerCommand({u"import-billing"_s, good}, db->url());
        QCOMPARE(ok.exitCode, 0);
        QVERIFY2(ok.standardOutput.contains(u"inserted 3, updated 0, unchanged 0, rejected 0"_s),
                 qPrintable(ok.standardOutput + ok.standardError));
        const test::CommandResult again = test::runServerCommand({u"import-billing"_s, good}, db->url());
        QVERIFY2(again.standardOutput.contains(u"inserted 0, updated 0, unchanged 3, rejected 0"_s),
                 qPrintable(again.standardOutput));

        // The error report: one line per problem, then the count and what to do.
        const QByteArray badRows = "0012345678,Ram,,,Addr,,3421101,LV1.2,LIVE,METERED,WORKING,DONE,12.345,\n"
                                   "0012345679,Sita,,,Addr,123,3421101,LV1.2,LIVE,METERED,WORKING,DONE,0,\n";
        const QString bad = writeScratch(*db, u"bad.csv"_s, kHeader + badRows + "1,Ok,,,Addr,,3421101,HV3,LIVE,METERED,WORKING,DONE,0,\n");
        const test::CommandResult failed = test::runServerCommand({u"import-billing"_s, bad}, db->url());
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.standardError.contains(u"line 2, column arrears, value \"12.345\": "_s), qPrintable(failed.standardError));
        QVERIFY2(failed.standardError.contains(u"line 3, column mobile, value \"123\": "_s), qPrintable(failed.standardError));
        QVERIFY2(failed.standardError.contains(u"2 of 3 rows"_s), qPrintable(failed.standardError));
        QVERIFY2(failed.standardError.contains(u"--skip-invalid"_s), qPrintable(failed.standardError));
        QVERIFY(failed.standardOutput.isEmpty());

        const QString rejects = db->scratchPath(u"rejects.csv"_s);
        const test::CommandResult skipped =
            test::runServerCommand({u"import-billing"_s, bad, u"--skip-invalid"_s, rejects}, db->url());
        QCOMPARE(skipped.exitCode, 0);
        QVERIFY2(skipped.standardOutput.contains(u"inserted 1, updated 0, unchanged 0, rejected 2"_s),
                 qPrintable(skipped.standardOutput + skipped.standardError));
        QCOMPARE(readCsv(rejects).size(), 3);

        // connection show prints the stored record and the verdict with each check.
        const test::CommandResult shown = test::runServerCommand({u"connection"_s, u"show"_s, u"0012345678"_s}, db->url());
        QCOMPARE(shown.exitCode, 0);
        QJsonParseError parseError;
        const QJsonObject json = QJsonDocument::fromJson(shown.standardOutput.toUtf8(), &parseError).object();
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(shown.standardOutput));
        QCOMPARE(json.value(u"ivrs"_s).toString(), u"0012345678"_s);
        QCOMPARE(json.value(u"name_hi"_s).toString(), u"राम कुमार"_s);
        QCOMPARE(json.value(u"mobile"_s).toString(), u"9876543210"_s);
        QCOMPARE(json.value(u"dc_code"_s).toString(), u"3421101"_s);
        QCOMPARE(json.value(u"connection_status"_s).toString(), u"LIVE"_s);
        QCOMPARE(json.value(u"meter_status"_s).toString(), u"WORKING"_s);
        QCOMPARE(json.value(u"arrears_paise"_s).toInteger(), 12345650);
        QCOMPARE(json.value(u"arrears"_s).toString(), u"₹1,23,456.50"_s);
        QCOMPARE(json.value(u"bill_date"_s).toString(), u"2026-11-01"_s);
        QVERIFY(Timestamp::fromStorage(json.value(u"refreshed_at"_s).toString()).isValid());
        const QJsonObject eligibility = json.value(u"eligibility"_s).toObject();
        QCOMPARE(eligibility.value(u"eligible"_s).toBool(), false);
        const QJsonArray checks = eligibility.value(u"checks"_s).toArray();
        QCOMPARE(checks.size(), 3);
        QCOMPARE(checks.at(0).toObject().value(u"check"_s).toString(), u"dues"_s);
        QCOMPARE(checks.at(0).toObject().value(u"passed"_s).toBool(), false);
        QVERIFY(!checks.at(0).toObject().value(u"remedy"_s).toString().isEmpty());
        QCOMPARE(checks.at(1).toObject().value(u"check"_s).toString(), u"ekyc"_s);
        QCOMPARE(checks.at(1).toObject().value(u"passed"_s).toBool(), true);

        // The PDC connection: only dues apply, and a credit passes.
        const test::CommandResult pdc = test::runServerCommand({u"connection"_s, u"show"_s, u"0000000001"_s}, db->url());
        const QJsonObject pdcJson = QJsonDocument::fromJson(pdc.standardOutput.toUtf8()).object();
        QVERIFY(pdcJson.value(u"meter_status"_s).isNull());
        QCOMPARE(pdcJson.value(u"eligibility"_s).toObject().value(u"eligible"_s).toBool(), true);

        const test::CommandResult unknown = test::runServerCommand({u"connection"_s, u"show"_s, u"9999999999"_s}, db->url());
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.standardError.contains(u"No connection with IVRS number 9999999999"_s), qPrintable(unknown.standardError));
        const test::CommandResult malformed = test::runServerCommand({u"connection"_s, u"show"_s, u"12AB"_s}, db->url());
        QCOMPARE(malformed.exitCode, 1);
        QVERIFY2(malformed.standardError.contains(u"\"12AB\" is not a valid IVRS number"_s), qPrintable(malformed.standardError));
        const test::CommandResult usage = test::runServerCommand({u"connection"_s, u"show"_s}, db->url());
        QCOMPARE(usage.exitCode, 2);
        const test::CommandResult importUsage = test::runServerCommand({u"import-billing"_s}, db->url());
        QCOMPARE(importUsage.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestBillingImport)
#include "TestBillingImport.moc"
