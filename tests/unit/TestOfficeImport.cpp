#include "Clock.h"
#include "ServerProcess.h"
#include "TestDatabase.h"
#include "import/OfficeImporter.h"
#include "storage/SqlUtil.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;

namespace {

// The company's tree with the DC first, before the offices above it.
const QByteArray kOffices = u"code,type,name,name_hi,parent_code\n"
                            "3421101,dc,Kolar DC,कोलार वितरण केंद्र,20302\n"
                            "MPMK,company,Madhya Kshetra Vidyut Vitaran Company,मध्य क्षेत्र विद्युत वितरण कंपनी,\n"
                            "BPL,region,Bhopal Region,भोपाल क्षेत्र,MPMK\n"
                            "C-BPL,circle,Bhopal Circle,भोपाल वृत्त,BPL\n"
                            "20302,division,\"Bhopal City Division, East\",,C-BPL\n"_s.toUtf8();

const QDateTime kStart(QDate(2026, 12, 4), QTime(10, 0), Qt::UTC);

QString writeScratch(const test::TestDatabase &db, const QString &name, const QByteArray &bytes)
{
    const QString path = db.scratchPath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("Could not write %s", qPrintable(path));
    return path;
}

QVariant scalar(Database &database, const QString &sql, const QVariantMap &values = {})
{
    QSqlQuery query(database.connection());
    QString error;
    if (!execPrepared(query, sql, values, &error) || !query.next())
        qFatal("Query failed: %s", qPrintable(error));
    return query.value(0);
}

bool hasIssue(const ImportIssueLog &issues, qint64 line, const QString &column, const QString &reasonPart)
{
    for (const ImportIssue &issue : issues.kept()) {
        if (issue.line == line && issue.column == column && issue.reason.contains(reasonPart))
            return true;
    }
    return false;
}

QString listIssues(const ImportIssueLog &issues)
{
    QStringList lines;
    for (const ImportIssue &issue : issues.kept())
        lines.append(issue.describe());
    return lines.join(u'\n');
}

} // namespace

class TestOfficeImport : public QObject
{
    Q_OBJECT

private slots:
    void importsTreeInAnyOrder_data() { test::addBackendColumn(); }
    void importsTreeInAnyOrder()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        const ManualClock clock(kStart);
        OfficeImporter importer(db->database(), clock);
        const OfficeImportResult result = importer.run(writeScratch(*db, u"offices.csv"_s, kOffices), u"admin-cli:test"_s);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY2(result.committed, qPrintable(listIssues(result.issues)));
        QCOMPARE(result.rowsRead, 5);
        QCOMPARE(result.inserted, 5);
        QCOMPARE(result.updated, 0);
        QCOMPARE(result.unchanged, 0);

        Database &database = db->database();
        QCOMPARE(scalar(database, u"SELECT COUNT(*) FROM office"_s).toLongLong(), 5);
        QCOMPARE(scalar(database, u"SELECT parent_code FROM office WHERE code = '3421101'"_s).toString(), u"20302"_s);
        QCOMPARE(scalar(database, u"SELECT type FROM office WHERE code = '3421101'"_s).toString(), u"dc"_s);
        QCOMPARE(scalar(database, u"SELECT name_hi FROM office WHERE code = '3421101'"_s).toString(),
                 u"कोलार वितरण केंद्र"_s);
        QCOMPARE(scalar(database, u"SELECT name FROM office WHERE code = '20302'"_s).toString(),
                 u"Bhopal City Division, East"_s);
        QVERIFY(scalar(database, u"SELECT parent_code FROM office WHERE code = 'MPMK'"_s).isNull());
        QCOMPARE(scalar(database, u"SELECT created_at FROM office WHERE code = 'BPL'"_s).toString(),
                 u"2026-12-04T10:00:00.000Z"_s);

        // One audit row for the whole import, with its counts.
        QCOMPARE(scalar(database, u"SELECT COUNT(*) FROM audit_log WHERE action = 'office.import'"_s).toLongLong(), 1);
        const QString details = scalar(database, u"SELECT details FROM audit_log WHERE action = 'office.import'"_s).toString();
        QVERIFY2(details.contains(u"\"inserted\":5"_s), qPrintable(details));
    }

    void reimportCountsUnchangedAndUpdated_data() { test::addBackendColumn(); }
    void reimportCountsUnchangedAndUpdated()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        ManualClock clock(kStart);
        OfficeImporter importer(db->database(), clock);
        QVERIFY(importer.run(writeScratch(*db, u"offices.csv"_s, kOffices), u"t"_s).committed);

        clock.advanceSeconds(3600);
        const OfficeImportResult again = importer.run(db->scratchPath(u"offices.csv"_s), u"t"_s);
        QVERIFY(again.committed);
        QCOMPARE(again.inserted, 0);
        QCOMPARE(again.updated, 0);
        QCOMPARE(again.unchanged, 5);

        QByteArray renamed = kOffices;
        renamed.replace("Kolar DC", "Kolar Road DC");
        const OfficeImportResult changed = importer.run(writeScratch(*db, u"renamed.csv"_s, renamed), u"t"_s);
        QVERIFY(changed.committed);
        QCOMPARE(changed.updated, 1);
        QCOMPARE(changed.unchanged, 4);
        Database &database = db->database();
        QCOMPARE(scalar(database, u"SELECT name FROM office WHERE code = '3421101'"_s).toString(), u"Kolar Road DC"_s);
        QCOMPARE(scalar(database, u"SELECT updated_at FROM office WHERE code = '3421101'"_s).toString(),
                 u"2026-12-04T11:00:00.000Z"_s);
        QCOMPARE(scalar(database, u"SELECT created_at FROM office WHERE code = '3421101'"_s).toString(),
                 u"2026-12-04T10:00:00.000Z"_s);
        QCOMPARE(scalar(database, u"SELECT updated_at FROM office WHERE code = 'BPL'"_s).toString(),
                 u"2026-12-04T10:00:00.000Z"_s);
    }

    void parentAlreadyImported_data() { test::addBackendColumn(); }
    void parentAlreadyImported()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        const ManualClock clock(kStart);
        OfficeImporter importer(db->database(), clock);
        QVERIFY(importer.run(writeScratch(*db, u"offices.csv"_s, kOffices), u"t"_s).committed);

        const QByteArray more = u"Code , TYPE,name,parent_code,Remarks\n3421102,DC,Awadhpuri DC,20302,new\n"_s.toUtf8();
        const OfficeImportResult result = importer.run(writeScratch(*db, u"more.csv"_s, more), u"t"_s);
        QVERIFY2(result.committed, qPrintable(result.error + listIssues(result.issues)));
        QCOMPARE(result.inserted, 1);
        QCOMPARE(result.warnings.size(), 1);
        QVERIFY2(result.warnings.at(0).contains(u"Remarks"_s), qPrintable(result.warnings.at(0)));
        QCOMPARE(scalar(db->database(), u"SELECT type FROM office WHERE code = '3421102'"_s).toString(), u"dc"_s);
        QCOMPARE(scalar(db->database(), u"SELECT name_hi FROM office WHERE code = '3421102'"_s).toString(), u""_s);
    }

    void invalidRowsReportedAndNothingWritten_data() { test::addBackendColumn(); }
    void invalidRowsReportedAndNothingWritten()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        const ManualClock clock(kStart);
        const QByteArray file = u"code,type,name,name_hi,parent_code\n"   // line 1
                                "MPMK,company,Company,,\n"                  // 2: valid
                                "BPL,region,Bhopal,,MPMK\n"                 // 3: valid
                                "X1,state,Name,,BPL\n"                      // 4: unknown type
                                "X2,dc,Name,,NOPE\n"                        // 5: parent missing
                                "X3,dc,Name,,BPL\n"                         // 6: dc under a region
                                "X4,company,Name,,MPMK\n"                   // 7: company with a parent
                                "X5,circle,,,BPL\n"                         // 8: no name
                                "BPL,region,Again,,MPMK\n"                  // 9: duplicate code
                                "bad code!,circle,Name,,BPL\n"              // 10: invalid code
                                "X6,circle,Name,Bhopal,BPL\n"               // 11: name_hi not Devanagari
                                "X7,division,Name,,X7\n"                    // 12: its own parent
                                "X8,region,Name,,\n"                        // 13: region without parent
                                "X9,dc\n"_s.toUtf8();                       // 14: too few fields
        OfficeImporter importer(db->database(), clock);
        const OfficeImportResult result = importer.run(writeScratch(*db, u"bad.csv"_s, file), u"t"_s);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY(!result.committed);
        const QString all = listIssues(result.issues);

        QVERIFY2(hasIssue(result.issues, 4, u"type"_s, u"\"state\" is not an office type"_s), qPrintable(all));
        QVERIFY2(hasIssue(result.issues, 5, u"parent_code"_s, u"no office with the code NOPE"_s), qPrintable(all));
        QVERIFY2(hasIssue(result.issues, 6, u"parent_code"_s, u"a dc's parent must be a division, but office BPL is a region"_s),
                 qPrintable(all));
        QVERIFY2(hasIssue(result.issues, 7, u"parent_code"_s, u"has no parent"_s), qPrintable(all));
        QVERIFY2(hasIssue(result.issues, 8, u"name"_s, u"required"_s), qPrintable(all));
        QVERIFY2(hasIssue(result.issues, 9, u"code"_s, u"already appears on line 3"_s), qPrintable(all));
        QVERIFY2(hasIssue(result.issues, 10, u"code"_s, u"letters, digits"_s), qPrintable(all));
        QVERIFY2(hasIssue(result.issues, 11, u"name_hi"_s, u"not Devanagari"_s), qPrintable(all));
        QVERIFY2(hasIssue(result.issues, 12, u"parent_code"_s, u"its own parent"_s), qPrintable(all));
        QVERIFY2(hasIssue(result.issues, 13, u"parent_code"_s, u"needs a parent office"_s), qPrintable(all));
        QVERIFY2(hasIssue(result.issues, 14, QString(), u"the row has 2 fields but the header has 5"_s), qPrintable(all));
        QCOMPARE(result.issues.invalidRows(), 11);
        QCOMPARE(result.issues.total(), 11);
        // Sorted by line for the report.
        QCOMPARE(result.issues.kept().first().line, 4);
        QCOMPARE(result.issues.kept().last().line, 14);

        QCOMPARE(scalar(db->database(), u"SELECT COUNT(*) FROM office"_s).toLongLong(), 0);
        QCOMPARE(scalar(db->database(), u"SELECT COUNT(*) FROM audit_log"_s).toLongLong(), 0);
    }

    void codesDifferingInCaseRejected_data() { test::addBackendColumn(); }
    void codesDifferingInCaseRejected()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        const ManualClock clock(kStart);
        OfficeImporter importer(db->database(), clock);
        const QByteArray first = u"code,type,name,name_hi,parent_code\n"
                                 "MPMK,company,Company,,\n"
                                 "BPL,region,Bhopal,,MPMK\n"
                                 "bpl,region,Bhopal again,,MPMK\n"_s.toUtf8(); // line 4: same code, other case
        const OfficeImportResult inFile = importer.run(writeScratch(*db, u"case.csv"_s, first), u"t"_s);
        QVERIFY(!inFile.committed);
        QVERIFY2(hasIssue(inFile.issues, 4, u"code"_s, u"differs only in letter case from BPL on line 3"_s),
                 qPrintable(listIssues(inFile.issues)));
        QCOMPARE(scalar(db->database(), u"SELECT COUNT(*) FROM office"_s).toLongLong(), 0);

        const QByteArray valid = u"code,type,name,name_hi,parent_code\nMPMK,company,Company,,\nBPL,region,Bhopal,,MPMK\n"_s
                                     .toUtf8();
        QVERIFY(importer.run(writeScratch(*db, u"valid.csv"_s, valid), u"t"_s).committed);
        const QByteArray later = u"code,type,name,name_hi,parent_code\nBpl,region,Bhopal,,MPMK\n"_s.toUtf8();
        const OfficeImportResult againstStored = importer.run(writeScratch(*db, u"later.csv"_s, later), u"t"_s);
        QVERIFY(!againstStored.committed);
        QVERIFY2(hasIssue(againstStored.issues, 2, u"code"_s, u"differs only in letter case from the imported office BPL"_s),
                 qPrintable(listIssues(againstStored.issues)));
        QCOMPARE(scalar(db->database(), u"SELECT COUNT(*) FROM office"_s).toLongLong(), 2);
    }

    void typeChangeThatStrandsRowsRejected_data() { test::addBackendColumn(); }
    void typeChangeThatStrandsRowsRejected()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        const ManualClock clock(kStart);
        OfficeImporter importer(db->database(), clock);
        QVERIFY(importer.run(writeScratch(*db, u"offices.csv"_s, kOffices), u"t"_s).committed);
        QSqlQuery insert(db->database().connection());
        QString error;
        QVERIFY2(execPlain(insert,
                           u"INSERT INTO billing_connection (ivrs, name, address, dc_code, tariff, connection_status,"
                           " metering, meter_status, ekyc, arrears_paise, refreshed_at, changed_at) VALUES ('0012345678',"
                           " 'Ram', 'Kolar', '3421101', 'LV1.2', 'LIVE', 'METERED', 'WORKING', 'DONE', 0, 'x', 'x')"_s,
                           &error),
                 qPrintable(error));

        // The division becomes a circle: its DC, already imported, would sit under a circle.
        const QByteArray promoted = "code,type,name,name_hi,parent_code\n20302,circle,Division,,BPL\n";
        const OfficeImportResult first = importer.run(writeScratch(*db, u"promoted.csv"_s, promoted), u"t"_s);
        QVERIFY(!first.committed);
        QVERIFY2(hasIssue(first.issues, 2, u"type"_s, u"office 3421101 is a dc already imported under 20302"_s),
                 qPrintable(listIssues(first.issues)));

        // The DC that bills a connection cannot stop being a DC.
        const QByteArray demoted = "code,type,name,name_hi,parent_code\n3421101,division,Kolar,,C-BPL\n";
        const OfficeImportResult second = importer.run(writeScratch(*db, u"demoted.csv"_s, demoted), u"t"_s);
        QVERIFY(!second.committed);
        QVERIFY2(hasIssue(second.issues, 2, u"type"_s, u"with 1 billing connections and 0 officers"_s),
                 qPrintable(listIssues(second.issues)));
        QCOMPARE(scalar(db->database(), u"SELECT type FROM office WHERE code = '3421101'"_s).toString(), u"dc"_s);
    }

    void missingColumnFailsBeforeRows_data() { test::addBackendColumn(); }
    void missingColumnFailsBeforeRows()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        const ManualClock clock(kStart);
        OfficeImporter importer(db->database(), clock);
        const QByteArray file = "code,type,name\nMPMK,company,Company\n";
        const OfficeImportResult result = importer.run(writeScratch(*db, u"nocol.csv"_s, file), u"t"_s);
        QVERIFY(!result.committed);
        QVERIFY2(result.error.contains(u"no column \"parent_code\""_s), qPrintable(result.error));
        QCOMPARE(result.rowsRead, 0);
        QCOMPARE(scalar(db->database(), u"SELECT COUNT(*) FROM office"_s).toLongLong(), 0);

        const OfficeImportResult empty = importer.run(writeScratch(*db, u"empty.csv"_s, {}), u"t"_s);
        QVERIFY2(empty.error.contains(u"is empty"_s), qPrintable(empty.error));
    }

    void commandImportsAndReports_data() { test::addBackendColumn(); }
    void commandImportsAndReports()
    {
        NODUES_OPEN_TEST_DATABASE(db);
        const QString path = writeScratch(*db, u"offices.csv"_s, kOffices);
        const test::CommandResult ok = test::runServerCommand({u"import-offices"_s, path}, db->url());
        QCOMPARE(ok.exitCode, 0);
        QVERIFY2(ok.standardOutput.contains(u"inserted 5, updated 0, unchanged 0"_s), qPrintable(ok.standardOutput));

        const QByteArray bad = "code,type,name,name_hi,parent_code\nX1,state,Name,,MPMK\nX2,dc,Name,,NOPE\n";
        const test::CommandResult failed =
            test::runServerCommand({u"import-offices"_s, writeScratch(*db, u"bad.csv"_s, bad)}, db->url());
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.standardError.contains(u"line 2, column type, value \"state\": \"state\" is not an office type"_s),
                 qPrintable(failed.standardError));
        QVERIFY2(failed.standardError.contains(u"line 3, column parent_code, value \"NOPE\""_s),
                 qPrintable(failed.standardError));
        QVERIFY2(failed.standardError.contains(u"2 of 2 rows"_s), qPrintable(failed.standardError));
        QVERIFY2(failed.standardError.contains(u"Nothing was imported"_s), qPrintable(failed.standardError));

        const test::CommandResult usage = test::runServerCommand({u"import-offices"_s}, db->url());
        QCOMPARE(usage.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestOfficeImport)
#include "TestOfficeImport.moc"
