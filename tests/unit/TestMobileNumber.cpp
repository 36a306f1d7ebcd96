#include "billing/MobileNumber.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;

class TestMobileNumber : public QObject
{
    Q_OBJECT

private slots:
    void normalizeValid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("digits");

        QTest::newRow("ten digits") << u"9876543210"_s << u"9876543210"_s;
        QTest::newRow("starts with 6") << u"6000000000"_s << u"6000000000"_s;
        QTest::newRow("starts with 7") << u"7123456789"_s << u"7123456789"_s;
        QTest::newRow("starts with 8") << u"8123456789"_s << u"8123456789"_s;
        QTest::newRow("plus 91") << u"+919876543210"_s << u"9876543210"_s;
        QTest::newRow("plus 91 spaced") << u"+91 98765 43210"_s << u"9876543210"_s;
        QTest::newRow("plus 91 hyphens") << u"+91-98765-43210"_s << u"9876543210"_s;
        QTest::newRow("91 prefix") << u"919876543210"_s << u"9876543210"_s;
        QTest::newRow("91 prefix spaced") << u"91 98765 43210"_s << u"9876543210"_s;
        QTest::newRow("0 prefix") << u"09876543210"_s << u"9876543210"_s;
        QTest::newRow("0 prefix hyphen") << u"0-98765-43210"_s << u"9876543210"_s;
        QTest::newRow("spaces between digits") << u"98765 43210"_s << u"9876543210"_s;
        QTest::newRow("hyphen between digits") << u"98765-43210"_s << u"9876543210"_s;
        QTest::newRow("surrounding spaces") << u"  9876543210 "_s << u"9876543210"_s;
        // Ten digits that happen to start with 91 are a number of their own, not a prefix.
        QTest::newRow("ten digits starting 91") << u"9123456789"_s << u"9123456789"_s;
        QTest::newRow("plus 91 then 91") << u"+919198765432"_s << u"9198765432"_s;
    }
    void normalizeValid()
    {
        QFETCH(QString, text);
        QFETCH(QString, digits);
        QString reason;
        const std::optional<QString> normalized = MobileNumber::normalize(text, &reason);
        QVERIFY2(normalized.has_value(), qPrintable(reason));
        QCOMPARE(*normalized, digits);
    }

    void normalizeInvalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reasonPart");

        QTest::newRow("empty") << u""_s << u"empty"_s;
        QTest::newRow("spaces only") << u"   "_s << u"empty"_s;
        QTest::newRow("letter") << u"98765O3210"_s << u"\"O\" is not allowed"_s;
        QTest::newRow("devanagari digit") << u"९८७६५४३२१०"_s << u"\"९\" is not allowed"_s;
        QTest::newRow("parentheses") << u"(0755) 2551234"_s << u"\"(\" is not allowed"_s;
        QTest::newRow("dot") << u"98765.43210"_s << u"\".\" is not allowed"_s;
        QTest::newRow("other country code") << u"+14155552671"_s << u"+91"_s;
        QTest::newRow("plus alone") << u"+"_s << u"+91"_s;
        QTest::newRow("nine digits") << u"987654321"_s << u"but it has 9."_s;
        QTest::newRow("eleven digits") << u"98765432101"_s << u"but it has 11."_s;
        QTest::newRow("thirteen digits") << u"9198765432101"_s << u"but it has 13."_s;
        QTest::newRow("plus 91 and 0") << u"+91 09876543210"_s << u"but it has 11."_s;
        QTest::newRow("plus 91 short") << u"+91987654321"_s << u"but it has 9."_s;
        QTest::newRow("00 91 prefix") << u"00919876543210"_s << u"but it has 14."_s;
        QTest::newRow("separators only") << u"- -"_s << u"but it has 0."_s;
        QTest::newRow("starts with 0 after prefix") << u"+910876543210"_s << u"not 0"_s;
        QTest::newRow("starts with 5") << u"5876543210"_s << u"not 5"_s;
        QTest::newRow("starts with 1") << u"1876543210"_s << u"not 1"_s;
        QTest::newRow("91 then 5") << u"915876543210"_s << u"not 5"_s;
        QTest::newRow("0 then landline") << u"02212345678"_s << u"not 2"_s;
    }
    void normalizeInvalid()
    {
        QFETCH(QString, text);
        QFETCH(QString, reasonPart);
        QString reason;
        const std::optional<QString> normalized = MobileNumber::normalize(text, &reason);
        QVERIFY2(!normalized.has_value(), qPrintable(normalized.value_or(QString())));
        QVERIFY2(reason.contains(reasonPart), qPrintable(reason));

        const QString trimmed = text.trimmed();
        if (!trimmed.isEmpty())
            QVERIFY2(reason.contains(u'"' + trimmed + u'"'), qPrintable(reason));
    }

    void mask_data()
    {
        QTest::addColumn<QString>("mobile");
        QTest::addColumn<QString>("masked");

        QTest::newRow("ten digits") << u"9876543210"_s << u"98XXXXX210"_s;
        QTest::newRow("empty") << u""_s << u""_s;
        QTest::newRow("five characters") << u"12345"_s << u"XXXXX"_s;
        QTest::newRow("six characters") << u"123456"_s << u"12X456"_s;
    }
    void mask()
    {
        QFETCH(QString, mobile);
        QFETCH(QString, masked);
        QCOMPARE(MobileNumber::mask(mobile), masked);
    }
};

QTEST_GUILESS_MAIN(TestMobileNumber)
#include "TestMobileNumber.moc"
