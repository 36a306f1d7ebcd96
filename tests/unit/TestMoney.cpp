#include "billing/Money.h"

#include <QTest>

#include <limits>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;

namespace {

constexpr qint64 maxPaise = std::numeric_limits<qint64>::max();
constexpr qint64 minPaise = std::numeric_limits<qint64>::min();

} // namespace

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void parseValid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("paise");

        QTest::newRow("zero") << u"0"_s << qint64(0);
        QTest::newRow("zero with decimals") << u"0.00"_s << qint64(0);
        QTest::newRow("minus zero") << u"-0"_s << qint64(0);
        QTest::newRow("minus zero with decimals") << u"-0.00"_s << qint64(0);
        QTest::newRow("one paisa") << u"0.01"_s << qint64(1);
        QTest::newRow("one paisa credit") << u"-0.01"_s << qint64(-1);
        QTest::newRow("one rupee") << u"1"_s << qint64(100);
        QTest::newRow("one decimal") << u"1.5"_s << qint64(150);
        QTest::newRow("two decimals") << u"1.50"_s << qint64(150);
        QTest::newRow("leading zeros") << u"007.05"_s << qint64(705);
        QTest::newRow("plain thousands") << u"1250.50"_s << qint64(125050);
        QTest::newRow("surrounding spaces") << u"  1250.50  "_s << qint64(125050);
        QTest::newRow("surrounding tabs") << u"\t1250.50\t"_s << qint64(125050);
        QTest::newRow("one separator") << u"1,234"_s << qint64(123400);
        QTest::newRow("one separator five digits") << u"12,345.67"_s << qint64(1234567);
        QTest::newRow("indian lakh") << u"1,23,456.50"_s << qint64(12345650);
        QTest::newRow("indian crore") << u"1,23,45,678.50"_s << qint64(1234567850);
        QTest::newRow("indian two-digit lead") << u"12,34,56,789"_s << qint64(123456789'00);
        QTest::newRow("western lakh") << u"123,456.50"_s << qint64(12345650);
        QTest::newRow("western crore") << u"12,345,678.50"_s << qint64(1234567850);
        QTest::newRow("western billion") << u"1,234,567,890"_s << qint64(1234567890'00);
        QTest::newRow("credit indian") << u"-1,23,456.50"_s << qint64(-12345650);
        QTest::newRow("credit western") << u"-123,456.5"_s << qint64(-12345650);
        QTest::newRow("plain large") << u"123456789012"_s << qint64(123456789012'00);
        // A rupee sign right after the optional minus sign is accepted, so formatRupees output parses back.
        QTest::newRow("rupee sign") << u"₹1,23,456.50"_s << qint64(12345650);
        QTest::newRow("rupee sign credit") << u"-₹12.50"_s << qint64(-1250);
        QTest::newRow("max") << u"92233720368547758.07"_s << maxPaise;
        QTest::newRow("max indian") << u"92,23,37,20,36,85,47,758.07"_s << maxPaise;
        QTest::newRow("max western") << u"92,233,720,368,547,758.07"_s << maxPaise;
        QTest::newRow("min") << u"-92233720368547758.08"_s << minPaise;
    }
    void parseValid()
    {
        QFETCH(QString, text);
        QFETCH(qint64, paise);
        QString reason;
        const std::optional<qint64> parsed = Money::parseRupees(text, &reason);
        QVERIFY2(parsed.has_value(), qPrintable(reason));
        QCOMPARE(*parsed, paise);
    }

    void parseInvalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reasonPart");

        const QString separators = u"separators are misplaced"_s;
        const QString decimals = u"one or two digits after the decimal point"_s;
        const QString tooLarge = u"too large"_s;

        QTest::newRow("empty") << u""_s << u"empty"_s;
        QTest::newRow("spaces only") << u"   "_s << u"empty"_s;
        QTest::newRow("minus only") << u"-"_s << u"no digits"_s;
        QTest::newRow("rupee sign only") << u"₹"_s << u"no digits"_s;
        QTest::newRow("point only") << u"."_s << u"no digits"_s;
        QTest::newRow("last group of two") << u"12,34"_s << separators;
        QTest::newRow("last group of four") << u"1,2345"_s << separators;
        QTest::newRow("indian last group of four") << u"1,23,4567"_s << separators;
        QTest::newRow("mixed groups") << u"1,234,56,789"_s << separators;
        QTest::newRow("mixed groups other way") << u"12,34,567,890"_s << separators;
        QTest::newRow("indian with three-digit lead") << u"123,45,678"_s << separators;
        QTest::newRow("western with four-digit lead") << u"1234,567"_s << separators;
        QTest::newRow("leading separator") << u",123"_s << separators;
        QTest::newRow("double separator") << u"1,,234"_s << separators;
        QTest::newRow("trailing separator") << u"1234,"_s << separators;
        QTest::newRow("grouped leading zero") << u"0,123"_s << separators;
        QTest::newRow("decimal comma") << u"12,50"_s << separators;
        QTest::newRow("three decimals") << u"12.345"_s << decimals;
        QTest::newRow("point without decimals") << u"12."_s << decimals;
        QTest::newRow("two points") << u"1.2.3"_s << decimals;
        QTest::newRow("separator in decimals") << u"1.2,3"_s << decimals;
        QTest::newRow("no whole part") << u".50"_s << u"before the decimal point"_s;
        QTest::newRow("plus sign") << u"+12"_s << u"\"+\" is not allowed"_s;
        QTest::newRow("inner space") << u"12 345"_s << u"\" \" is not allowed"_s;
        QTest::newRow("exponent") << u"1e5"_s << u"\"e\" is not allowed"_s;
        QTest::newRow("rs prefix") << u"Rs. 12"_s << u"\"R\" is not allowed"_s;
        QTest::newRow("minus after rupee sign") << u"₹-12"_s << u"\"-\" is not allowed"_s;
        QTest::newRow("double minus") << u"--12"_s << u"\"-\" is not allowed"_s;
        QTest::newRow("trailing minus") << u"12-"_s << u"\"-\" is not allowed"_s;
        QTest::newRow("devanagari digits") << u"१२३"_s << u"\"१\" is not allowed"_s;
        QTest::newRow("one paisa over max") << u"92233720368547758.08"_s << tooLarge;
        QTest::newRow("one paisa under min") << u"-92233720368547758.09"_s << tooLarge;
        QTest::newRow("twenty digits") << u"99999999999999999999"_s << tooLarge;
        QTest::newRow("huge grouped") << u"1,00,00,00,00,00,00,00,00,000"_s << tooLarge;
    }
    void parseInvalid()
    {
        QFETCH(QString, text);
        QFETCH(QString, reasonPart);
        QString reason;
        const std::optional<qint64> parsed = Money::parseRupees(text, &reason);
        QVERIFY2(!parsed.has_value(), qPrintable(QString::number(parsed.value_or(0))));
        QVERIFY2(reason.contains(reasonPart), qPrintable(reason));

        // Every reason for a non-empty value names it.
        const QString trimmed = text.trimmed();
        if (!trimmed.isEmpty())
            QVERIFY2(reason.contains(u'"' + trimmed + u'"'), qPrintable(reason));
    }

    void format_data()
    {
        QTest::addColumn<qint64>("paise");
        QTest::addColumn<QString>("text");

        QTest::newRow("zero") << qint64(0) << u"₹0.00"_s;
        QTest::newRow("one paisa") << qint64(1) << u"₹0.01"_s;
        QTest::newRow("one paisa credit") << qint64(-1) << u"-₹0.01"_s;
        QTest::newRow("ten paise") << qint64(10) << u"₹0.10"_s;
        QTest::newRow("one rupee") << qint64(100) << u"₹1.00"_s;
        QTest::newRow("three digits") << qint64(99999) << u"₹999.99"_s;
        QTest::newRow("thousand") << qint64(100000) << u"₹1,000.00"_s;
        QTest::newRow("ten thousand") << qint64(1234567) << u"₹12,345.67"_s;
        QTest::newRow("lakh") << qint64(12345650) << u"₹1,23,456.50"_s;
        QTest::newRow("credit") << qint64(-1250) << u"-₹12.50"_s;
        QTest::newRow("crore") << qint64(1000000000) << u"₹1,00,00,000.00"_s;
        QTest::newRow("ten crore") << qint64(1234567850'0) << u"₹12,34,56,785.00"_s;
        QTest::newRow("max") << maxPaise << u"₹92,23,37,20,36,85,47,758.07"_s;
        QTest::newRow("min") << minPaise << u"-₹92,23,37,20,36,85,47,758.08"_s;
    }
    void format()
    {
        QFETCH(qint64, paise);
        QFETCH(QString, text);
        QCOMPARE(Money::formatRupees(paise), text);
    }

    void formatParsesBack_data()
    {
        QTest::addColumn<qint64>("paise");
        const qint64 values[] = {0, 1, -1, 99, 100, 101, 99999, 100000, -100000, 12345650, 999999999, 1000000000,
                                 -987654321012, maxPaise, maxPaise - 1, minPaise, minPaise + 1};
        for (const qint64 value : values)
            QTest::newRow(qPrintable(QString::number(value))) << value;
        // Nines and powers of ten give every digit count from 1 to 18, so each grouping position is hit.
        for (qint64 power = 1; power <= std::numeric_limits<qint64>::max() / 10; power *= 10) {
            QTest::newRow(qPrintable(u"10^%1 - 1"_s.arg(QString::number(power * 10 - 1).size()))) << power * 10 - 1;
            QTest::newRow(qPrintable(u"-10^%1"_s.arg(QString::number(power).size() - 1))) << -power;
        }
    }
    void formatParsesBack()
    {
        QFETCH(qint64, paise);
        QString reason;
        const std::optional<qint64> parsed = Money::parseRupees(Money::formatRupees(paise), &reason);
        QVERIFY2(parsed.has_value(), qPrintable(reason));
        QCOMPARE(*parsed, paise);
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "TestMoney.moc"
