#include "sms/SmsEncoding.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;

Q_DECLARE_METATYPE(nodues::SmsEncoding)

class TestSmsEncoding : public QObject
{
    Q_OBJECT

private:
    static QString repeat(const QString &text, int count) { return text.repeated(count); }

private slots:
    void segmentation_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<SmsEncoding>("encoding");
        QTest::addColumn<int>("units");
        QTest::addColumn<int>("parts");

        const QString emoji = u"😀"_s; // U+1F600, a surrogate pair
        const QString hindi = u"क"_s;

        QTest::newRow("empty") << QString() << SmsEncoding::Gsm7 << 0 << 1;
        QTest::newRow("gsm-160") << repeat(u"a"_s, 160) << SmsEncoding::Gsm7 << 160 << 1;
        QTest::newRow("gsm-161") << repeat(u"a"_s, 161) << SmsEncoding::Gsm7 << 161 << 2;
        QTest::newRow("gsm-306") << repeat(u"a"_s, 306) << SmsEncoding::Gsm7 << 306 << 2;
        QTest::newRow("gsm-307") << repeat(u"a"_s, 307) << SmsEncoding::Gsm7 << 307 << 3;
        QTest::newRow("gsm-basic-symbols")
            << u"@£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ¤¡ÄÖÑÜ§¿äöñüà"_s << SmsEncoding::Gsm7 << 42 << 1;
        // Extension characters cost an escape septet each.
        QTest::newRow("extension-80-euro") << repeat(u"€"_s, 80) << SmsEncoding::Gsm7 << 160 << 1;
        QTest::newRow("extension-80-euro-plus-1") << repeat(u"€"_s, 80) + u"a"_s << SmsEncoding::Gsm7 << 161 << 2;
        QTest::newRow("extension-all") << u"^{}\\[~]|€"_s << SmsEncoding::Gsm7 << 18 << 1;
        // 152 + 2 + 152 = 306 septets fit two parts by count, but the escaped euro sign cannot
        // start in part one (152 + 2 > 153), so part two contains 2 + 151 and part three 1.
        QTest::newRow("extension-not-split")
            << repeat(u"a"_s, 152) + u"€"_s + repeat(u"a"_s, 152) << SmsEncoding::Gsm7 << 306 << 3;
        QTest::newRow("backtick-is-ucs2") << u"a`b"_s << SmsEncoding::Ucs2 << 3 << 1;
        QTest::newRow("lowercase-c-cedilla-is-ucs2") << u"ç"_s << SmsEncoding::Ucs2 << 1 << 1;

        QTest::newRow("hindi-70") << repeat(hindi, 70) << SmsEncoding::Ucs2 << 70 << 1;
        QTest::newRow("hindi-71") << repeat(hindi, 71) << SmsEncoding::Ucs2 << 71 << 2;
        QTest::newRow("hindi-134") << repeat(hindi, 134) << SmsEncoding::Ucs2 << 134 << 2;
        QTest::newRow("hindi-135") << repeat(hindi, 135) << SmsEncoding::Ucs2 << 135 << 3;
        QTest::newRow("hindi-201") << repeat(hindi, 201) << SmsEncoding::Ucs2 << 201 << 3;
        QTest::newRow("hindi-202") << repeat(hindi, 202) << SmsEncoding::Ucs2 << 202 << 4;
        QTest::newRow("one-hindi-letter-makes-ucs2") << repeat(u"a"_s, 70) + hindi << SmsEncoding::Ucs2 << 71 << 2;

        QTest::newRow("emoji-alone") << emoji << SmsEncoding::Ucs2 << 2 << 1;
        QTest::newRow("emoji-70-units") << repeat(u"a"_s, 68) + emoji << SmsEncoding::Ucs2 << 70 << 1;
        QTest::newRow("emoji-71-units") << repeat(u"a"_s, 69) + emoji << SmsEncoding::Ucs2 << 71 << 2;
        // 66 + 2 + 66 = 134 units would fit two parts, but the pair cannot straddle unit 67/68.
        QTest::newRow("emoji-not-split") << repeat(u"a"_s, 66) + emoji + repeat(u"a"_s, 66) << SmsEncoding::Ucs2 << 134
                                         << 3;
        QTest::newRow("emoji-at-part-start")
            << repeat(u"a"_s, 67) + emoji + repeat(u"a"_s, 65) << SmsEncoding::Ucs2 << 134 << 2;
    }
    void segmentation()
    {
        QFETCH(QString, text);
        QFETCH(SmsEncoding, encoding);
        QFETCH(int, units);
        QFETCH(int, parts);

        const SmsSegmentation result = segmentSms(text);
        QCOMPARE(result.encoding, encoding);
        QCOMPARE(result.unitCount, units);
        QCOMPARE(result.partCount, parts);
    }

    void encodingNames()
    {
        QCOMPARE(smsEncodingName(SmsEncoding::Gsm7), u"GSM7"_s);
        QCOMPARE(smsEncodingName(SmsEncoding::Ucs2), u"UCS2"_s);
    }

    void gsmCharacterSet()
    {
        QVERIFY(isGsm7Text(u"Your OTP is 123456. Do not share it!"_s));
        QVERIFY(isGsm7Text(u"line\nbreak\rreturn"_s));
        QVERIFY(!isGsm7Text(u"tab\there"_s));
        QVERIFY(!isGsm7Text(u"₹100"_s));
        QVERIFY(!isGsm7Text(u"नो ड्यूज"_s));
    }
};

QTEST_GUILESS_MAIN(TestSmsEncoding)
#include "TestSmsEncoding.moc"
