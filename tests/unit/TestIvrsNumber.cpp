#include "billing/IvrsNumber.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;

class TestIvrsNumber : public QObject
{
    Q_OBJECT

private slots:
    void valid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("ten digits") << u"1234567890"_s;
        QTest::newRow("leading zeros") << u"0012345678"_s;
        QTest::newRow("all zeros") << u"0000000000"_s;
        QTest::newRow("one digit") << u"7"_s;
        QTest::newRow("twenty digits") << u"12345678901234567890"_s;
    }
    void valid()
    {
        QFETCH(QString, text);
        QString reason;
        QVERIFY2(IvrsNumber::isValid(text, &reason), qPrintable(reason));
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("empty") << u""_s << u"empty"_s;
        QTest::newRow("twenty-one digits") << u"123456789012345678901"_s << u"21 digits"_s;
        QTest::newRow("letter prefix") << u"N123456789"_s << u"\"N\" is not a digit"_s;
        QTest::newRow("inner space") << u"12345 67890"_s << u"\" \" is not a digit"_s;
        QTest::newRow("leading space") << u" 1234567890"_s << u"\" \" is not a digit"_s;
        QTest::newRow("hyphen") << u"12345-67890"_s << u"\"-\" is not a digit"_s;
        QTest::newRow("minus sign") << u"-1234567890"_s << u"\"-\" is not a digit"_s;
        QTest::newRow("exponent form") << u"1.23E+09"_s << u"\".\" is not a digit"_s;
        QTest::newRow("devanagari digits") << u"१२३४५६७८९०"_s << u"\"१\" is not a digit"_s;
    }
    void invalid()
    {
        QFETCH(QString, text);
        QFETCH(QString, reasonPart);
        QString reason;
        QVERIFY(!IvrsNumber::isValid(text, &reason));
        QVERIFY2(reason.contains(reasonPart), qPrintable(reason));
        if (!text.isEmpty())
            QVERIFY2(reason.contains(u'"' + text + u'"'), qPrintable(reason));
    }
};

QTEST_GUILESS_MAIN(TestIvrsNumber)
#include "TestIvrsNumber.moc"
