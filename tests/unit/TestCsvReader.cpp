#include "import/CsvColumnMap.h"
#include "import/CsvReader.h"
#include "import/CsvWriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;

namespace {

// Everything a reader handed out for one file, and the error it stopped with.
struct ReadOutcome
{
    QList<CsvRecord> records;
    QString error;
};

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_folder;
    int m_fileCount = 0;

    QString writeFile(const QByteArray &bytes)
    {
        const QString path = m_folder.filePath(u"input-%1.csv"_s.arg(++m_fileCount));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("Could not write %s", qPrintable(path));
        return path;
    }

    ReadOutcome readAll(const QByteArray &bytes)
    {
        ReadOutcome outcome;
        CsvReader reader;
        if (!reader.open(writeFile(bytes), &outcome.error))
            return outcome;
        CsvRecord record;
        while (reader.readRecord(&record, &outcome.error))
            outcome.records.append(record);
        return outcome;
    }

private slots:
    void initTestCase() { QVERIFY(m_folder.isValid()); }

    void plainLfFile()
    {
        const ReadOutcome outcome = readAll("a,b,c\n1,2,3\n");
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(outcome.records.size(), 2);
        QCOMPARE(outcome.records.at(0).fields, (QStringList{u"a"_s, u"b"_s, u"c"_s}));
        QCOMPARE(outcome.records.at(0).line, 1);
        QCOMPARE(outcome.records.at(1).fields, (QStringList{u"1"_s, u"2"_s, u"3"_s}));
        QCOMPARE(outcome.records.at(1).line, 2);
    }

    void bomAndCrlf()
    {
        const ReadOutcome outcome = readAll("\xEF\xBB\xBFivrs,name\r\n0012345678,Ram\r\n0000000001,Sita\r\n");
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(outcome.records.size(), 3);
        // The BOM is not part of the first column's name, and no field keeps a CR.
        QCOMPARE(outcome.records.at(0).fields, (QStringList{u"ivrs"_s, u"name"_s}));
        QCOMPARE(outcome.records.at(1).fields, (QStringList{u"0012345678"_s, u"Ram"_s}));
        QCOMPARE(outcome.records.at(2).fields, (QStringList{u"0000000001"_s, u"Sita"_s}));
        QCOMPARE(outcome.records.at(2).line, 3);
    }

    void quotedCommasQuotesAndLineBreaks()
    {
        const QByteArray file = "id,address,note\r\n"
                                "1,\"12, MG Road\",\"He said \"\"paid\"\"\"\r\n"
                                "2,\"House 4\r\nKolar Road\r\nBhopal\",x\r\n"
                                "3,\"\",\"\"\"\"\r\n"
                                "4,last,row\r\n";
        const ReadOutcome outcome = readAll(file);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(outcome.records.size(), 5);
        QCOMPARE(outcome.records.at(1).fields, (QStringList{u"1"_s, u"12, MG Road"_s, u"He said \"paid\""_s}));
        QCOMPARE(outcome.records.at(1).line, 2);
        QCOMPARE(outcome.records.at(2).fields, (QStringList{u"2"_s, u"House 4\r\nKolar Road\r\nBhopal"_s, u"x"_s}));
        QCOMPARE(outcome.records.at(2).line, 3);
        // The record after a three-line field starts on line 6.
        QCOMPARE(outcome.records.at(3).fields, (QStringList{u"3"_s, u""_s, u"\""_s}));
        QCOMPARE(outcome.records.at(3).line, 6);
        QCOMPARE(outcome.records.at(4).line, 7);
    }

    void blankLinesSkippedButCounted()
    {
        const ReadOutcome outcome = readAll("h\n\n\r\nrow1\n\nrow2");
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(outcome.records.size(), 3);
        QCOMPARE(outcome.records.at(1).fields, QStringList{u"row1"_s});
        QCOMPARE(outcome.records.at(1).line, 4);
        // No newline at the end of the file: the last record still comes out.
        QCOMPARE(outcome.records.at(2).fields, QStringList{u"row2"_s});
        QCOMPARE(outcome.records.at(2).line, 6);
    }

    void spacesArePartOfFields()
    {
        const ReadOutcome outcome = readAll(" a , b\n");
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(outcome.records.at(0).fields, (QStringList{u" a "_s, u" b"_s}));
    }

    void devanagariFields()
    {
        const ReadOutcome outcome = readAll(u"name,name_hi\nRam Kumar,राम कुमार\n"_s.toUtf8());
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(outcome.records.at(1).fields.at(1), u"राम कुमार"_s);
    }

    void emptyFile()
    {
        const ReadOutcome outcome = readAll(QByteArray());
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QVERIFY(outcome.records.isEmpty());

        const ReadOutcome bomOnly = readAll("\xEF\xBB\xBF");
        QVERIFY2(bomOnly.error.isEmpty(), qPrintable(bomOnly.error));
        QVERIFY(bomOnly.records.isEmpty());
    }

    void headerOnly()
    {
        const ReadOutcome outcome = readAll("ivrs,name\r\n");
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(outcome.records.size(), 1);
        QCOMPARE(outcome.records.at(0).fields, (QStringList{u"ivrs"_s, u"name"_s}));
    }

    void unterminatedQuoteNamesStartLine()
    {
        const ReadOutcome outcome = readAll("h1,h2\nok,row\n3,\"never closed\nstill inside\nand more");
        QCOMPARE(outcome.records.size(), 2);
        QVERIFY2(outcome.error.contains(u"line 3"_s), qPrintable(outcome.error));
        QVERIFY2(outcome.error.contains(u"no closing quote"_s), qPrintable(outcome.error));
    }

    void quoteInsideUnquotedField()
    {
        const ReadOutcome outcome = readAll("h1,h2\nok,row\nbad,ab\"c\nafter,row\n");
        QVERIFY2(outcome.error.contains(u"Line 3 is not valid CSV"_s), qPrintable(outcome.error));
        QCOMPARE(outcome.records.size(), 2);
    }

    void textAfterClosingQuote()
    {
        const ReadOutcome outcome = readAll("h1,h2\n\"quoted\"tail,x\n");
        QVERIFY2(outcome.error.contains(u"Line 2 is not valid CSV"_s), qPrintable(outcome.error));
    }

    void invalidUtf8NamesLineAndField()
    {
        // 0xE0 0xA4 starts a three-byte sequence that 'x' breaks; 0xFF is never valid.
        const ReadOutcome broken = readAll("h1,h2\nok,row\n\"multi\nline\",ab\xE0\xA4x\n");
        QVERIFY2(broken.error.contains(u"Line 4, field 2 is not valid UTF-8"_s), qPrintable(broken.error));
        QCOMPARE(broken.records.size(), 2);

        const ReadOutcome latin1 = readAll("name\nRam\xFF\n");
        QVERIFY2(latin1.error.contains(u"Line 2, field 1 is not valid UTF-8"_s), qPrintable(latin1.error));
    }

    void truncatedUtf8AtFieldEnd()
    {
        // The first two bytes of "क" (E0 A4 95) and then the field ends.
        const ReadOutcome outcome = readAll("name,x\nab\xE0\xA4,y\n");
        QVERIFY2(outcome.error.contains(u"Line 2, field 1 is not valid UTF-8"_s), qPrintable(outcome.error));
    }

    void recordsAcrossChunkBoundaries()
    {
        // Enough rows with multi-line quoted fields that many records straddle a 64 KiB chunk.
        QByteArray file = "id,address\n";
        constexpr int kRows = 10000;
        for (int i = 0; i < kRows; ++i)
            file += QByteArray::number(i) + ",\"House " + QByteArray::number(i) + "\nBhopal, MP\"\n";
        QVERIFY(file.size() > 3 * CsvReader::kChunkSize);

        const ReadOutcome outcome = readAll(file);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(outcome.records.size(), kRows + 1);
        for (int i = 0; i < kRows; ++i) {
            const CsvRecord &record = outcome.records.at(i + 1);
            QCOMPARE(record.line, 2 + 2 * i);
            QCOMPARE(record.fields.at(0), QString::number(i));
            QCOMPARE(record.fields.at(1), u"House %1\nBhopal, MP"_s.arg(i));
        }
    }

    void overlongRecordStops()
    {
        // A quote opened and never closed would otherwise pull the rest of the file into one field.
        QByteArray file = "h\n\"";
        file += QByteArray(CsvReader::kMaxRecordBytes + 100, 'x');
        file += "\nmore\n";
        const ReadOutcome outcome = readAll(file);
        QVERIFY2(outcome.error.contains(u"record starting on line 2 is longer than"_s), qPrintable(outcome.error));
    }

    void missingFileIsAnError()
    {
        CsvReader reader;
        QString error;
        QVERIFY(!reader.open(m_folder.filePath(u"missing.csv"_s), &error));
        QVERIFY2(error.contains(u"missing.csv"_s), qPrintable(error));
    }

    void writerRoundTrip()
    {
        const QStringList fields{u"plain"_s, u"with, comma"_s, u"say \"hi\""_s, u"two\r\nlines"_s, u" padded "_s,
                                 u""_s, u"राम"_s};
        const QByteArray line = CsvWriter::formatRecord(fields);
        QCOMPARE(line, u"plain,\"with, comma\",\"say \"\"hi\"\"\",\"two\r\nlines\",\" padded \",,राम\r\n"_s.toUtf8());

        const ReadOutcome outcome = readAll(line + line);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(outcome.records.size(), 2);
        QCOMPARE(outcome.records.at(0).fields, fields);
        QCOMPARE(outcome.records.at(1).line, 3);
    }

    void columnMapMatchesAnyOrderAndCase()
    {
        CsvColumnMap map;
        QString error;
        const QList<CsvColumnSpec> specs{{u"ivrs"_s, true}, {u"name"_s, true}, {u"mobile"_s, false}};
        QVERIFY2(map.map({u" Name "_s, u"EXTRA"_s, u"IVRS"_s}, specs, &error), qPrintable(error));
        QCOMPARE(map.position(0), 2);
        QCOMPARE(map.position(1), 0);
        QCOMPARE(map.position(2), -1);
        QVERIFY(!map.has(2));
        QCOMPARE(map.headerName(0), u"IVRS"_s);
        QCOMPARE(map.fieldCount(), 3);
        QCOMPARE(map.warnings().size(), 1);
        QVERIFY2(map.warnings().at(0).contains(u"\"EXTRA\""_s), qPrintable(map.warnings().at(0)));

        const QStringList row{u"  Ram  "_s, u"x"_s, u"0012345678"_s};
        QCOMPARE(map.value(row, 0), u"0012345678"_s);
        QCOMPARE(map.value(row, 1), u"Ram"_s);
        // An absent optional column reads as an empty, non-null string.
        QVERIFY(!map.value(row, 2).isNull());
        QVERIFY(map.value(row, 2).isEmpty());
    }

    void columnMapRejectsMissingAndDuplicated()
    {
        CsvColumnMap map;
        QString error;
        const QList<CsvColumnSpec> specs{{u"ivrs"_s, true}, {u"name"_s, true}, {u"arrears"_s, true}};
        QVERIFY(!map.map({u"ivrs"_s, u"Name"_s, u"name"_s}, specs, &error));
        QVERIFY2(error.contains(u"no column \"arrears\""_s), qPrintable(error));
        QVERIFY2(error.contains(u"\"name\" more than once"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"
