#include "ServerProcess.h"
#include "billing/Eligibility.h"
#include "billing/IvrsNumber.h"
#include "billing/MobileNumber.h"
#include "billing/Money.h"
#include "demo/DemoDataGenerator.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;

namespace {

using CsvRow = QStringList;

// A small RFC 4180 reader, independent of the generator's writer. Quoted fields may contain
// commas, line breaks and doubled quotes, and lines end in LF or CRLF.
QList<CsvRow> readCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(file.readAll());

    QList<CsvRow> rows;
    CsvRow row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"' && field.isEmpty()) {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            row.append(field);
            field.clear();
            rows.append(row);
            row.clear();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Devanagari letters and signs, with the spaces, digits and punctuation that names and
// addresses written in Hindi contain.
bool isDevanagariText(const QString &text)
{
    for (const QChar c : text) {
        const bool devanagari = c.unicode() >= 0x0900 && c.unicode() <= 0x097F;
        if (!devanagari && !u" ,./-\"0123456789"_s.contains(c))
            return false;
    }
    return true;
}

bool isDigits(const QString &text, qsizetype length)
{
    static const QRegularExpression digits(u"^[0-9]+$"_s);
    return text.size() == length && digits.match(text).hasMatch();
}

const QDate asOf(2026, 12, 4);
constexpr qint64 billingRows = 20'000;

} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_folder;
    DemoDataSummary m_summary;

    QString filePath(const QString &name) const { return m_folder.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_folder.isValid());
        DemoDataGenerator generator({billingRows, 42, asOf});
        QString error;
        QVERIFY2(generator.writeFiles(m_folder.path(), &error), qPrintable(error));
        m_summary = generator.summary();
    }

    void officeTreeShape()
    {
        const QList<CsvRow> rows = readCsv(filePath(DemoDataGenerator::officesFileName()));
        QVERIFY(rows.size() > 1);
        QCOMPARE(rows.first(), (CsvRow{u"code"_s, u"type"_s, u"name"_s, u"name_hi"_s, u"parent_code"_s}));

        QHash<QString, CsvRow> byCode;
        QHash<QString, QStringList> childrenOf;
        QHash<QString, int> countByType;
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const CsvRow &row = rows.at(i);
            QCOMPARE(row.size(), 5);
            const QString &code = row.at(0);
            const QString &type = row.at(1);
            const QString &parent = row.at(4);
            QVERIFY2(!byCode.contains(code), qPrintable(u"duplicate office code "_s + code));
            QVERIFY2(!row.at(2).isEmpty(), qPrintable(code));
            QVERIFY2(isDevanagariText(row.at(3)) && !row.at(3).isEmpty(), qPrintable(code + u' ' + row.at(3)));

            // Each parent comes earlier in the file and is one level up.
            static const QHash<QString, QString> parentType{{u"region"_s, u"company"_s},
                                                            {u"circle"_s, u"region"_s},
                                                            {u"division"_s, u"circle"_s},
                                                            {u"dc"_s, u"division"_s}};
            if (type == u"company"_s) {
                QVERIFY(parent.isEmpty());
            } else {
                QVERIFY2(parentType.contains(type), qPrintable(type));
                QVERIFY2(byCode.contains(parent), qPrintable(code + u" has unknown parent " + parent));
                QCOMPARE(byCode.value(parent).at(1), parentType.value(type));
            }
            byCode.insert(code, row);
            childrenOf[parent].append(code);
            ++countByType[type];
        }

        QCOMPARE(countByType.value(u"company"_s), 1);
        const CsvRow company = byCode.value(u"MPMKVVCL"_s);
        QCOMPARE(company.value(1), u"company"_s);
        QVERIFY(company.value(3).startsWith(u"मध्य प्रदेश मध्य क्षेत्र विद्युत वितरण कंपनी लिमिटेड"_s));

        // Regions and their circles, by name.
        QCOMPARE(countByType.value(u"region"_s), 2);
        QCOMPARE(countByType.value(u"circle"_s), 16);
        const QHash<QString, QStringList> expectedCircles{
            {u"Bhopal Region"_s,
             {u"Bhopal"_s, u"Sehore"_s, u"Raisen"_s, u"Vidisha"_s, u"Rajgarh"_s, u"Narmadapuram"_s, u"Harda"_s,
              u"Betul"_s}},
            {u"Gwalior Region"_s,
             {u"Gwalior"_s, u"Datia"_s, u"Shivpuri"_s, u"Guna"_s, u"Ashoknagar"_s, u"Bhind"_s, u"Morena"_s,
              u"Sheopur"_s}}};
        for (const QString &regionCode : childrenOf.value(u"MPMKVVCL"_s)) {
            const QString regionName = byCode.value(regionCode).at(2);
            QVERIFY2(expectedCircles.contains(regionName), qPrintable(regionName));
            QSet<QString> circleNames;
            for (const QString &circleCode : childrenOf.value(regionCode))
                circleNames.insert(byCode.value(circleCode).at(2));
            QSet<QString> expected;
            for (const QString &district : expectedCircles.value(regionName))
                expected.insert(district + u" Circle");
            QCOMPARE(circleNames, expected);
        }

        // Divisions: City in the two big cities, O&M everywhere; DCs under every division.
        int cityDivisions = 0;
        for (auto circle = byCode.cbegin(); circle != byCode.cend(); ++circle) {
            if (circle.value().at(1) != u"circle"_s)
                continue;
            int omDivisions = 0;
            int cityHere = 0;
            for (const QString &divisionCode : childrenOf.value(circle.key())) {
                const QString divisionName = byCode.value(divisionCode).at(2);
                QVERIFY2(isDigits(divisionCode, 5), qPrintable(divisionCode));
                QVERIFY2(divisionCode.startsWith(circle.key()), qPrintable(divisionCode));
                if (divisionName.startsWith(u"O&M Division "_s))
                    ++omDivisions;
                else if (divisionName.startsWith(u"City Division "_s))
                    ++cityHere;
                else
                    QFAIL(qPrintable(u"division of no known kind: "_s + divisionName));

                const QStringList dcs = childrenOf.value(divisionCode);
                QVERIFY2(dcs.size() >= 2, qPrintable(divisionName));
                for (const QString &dcCode : dcs) {
                    QVERIFY2(isDigits(dcCode, 7), qPrintable(dcCode));
                    QVERIFY2(dcCode.startsWith(divisionCode), qPrintable(dcCode));
                }
            }
            const QString circleName = circle.value().at(2);
            QVERIFY2(omDivisions >= 1, qPrintable(circleName));
            if (circleName == u"Bhopal Circle"_s || circleName == u"Gwalior Circle"_s)
                QVERIFY2(cityHere >= 2, qPrintable(circleName));
            cityDivisions += cityHere;
        }
        QVERIFY(cityDivisions >= 4);
        QCOMPARE(countByType.value(u"dc"_s), int(m_summary.dcs));
        QCOMPARE(countByType.value(u"division"_s), int(m_summary.divisions));
    }

    void billingRowsValid()
    {
        const QList<CsvRow> offices = readCsv(filePath(DemoDataGenerator::officesFileName()));
        QSet<QString> dcCodes;
        for (const CsvRow &office : offices) {
            if (office.value(1) == u"dc"_s)
                dcCodes.insert(office.at(0));
        }

        const QList<CsvRow> rows = readCsv(filePath(DemoDataGenerator::billingFileName()));
        QCOMPARE(rows.size(), billingRows + 1);
        QCOMPARE(rows.first(),
                 (CsvRow{u"ivrs"_s, u"name"_s, u"name_hi"_s, u"relative_name"_s, u"address"_s, u"mobile"_s,
                         u"dc_code"_s, u"tariff"_s, u"connection_status"_s, u"metering"_s, u"meter_status"_s,
                         u"ekyc"_s, u"arrears"_s, u"bill_date"_s}));

        const QSet<QString> tariffs{u"LV1.1"_s, u"LV1.2"_s, u"LV2"_s, u"LV5.1"_s, u"HV3"_s};
        QSet<QString> ivrsSeen;
        QHash<QString, int> connectionsPerMobile;
        qint64 eligible = 0;
        qint64 dues = 0;
        qint64 credits = 0;
        qint64 ekycPending = 0;
        qint64 faults = 0;
        qint64 notInstalled = 0;
        qint64 tdc = 0;
        qint64 pdc = 0;
        qint64 unmeteredFarms = 0;
        qint64 farms = 0;
        QHash<QString, int> forms; // how often each written form of a field appears

        for (qsizetype i = 1; i < rows.size(); ++i) {
            const CsvRow &row = rows.at(i);
            const QString where = u"line %1: "_s.arg(i + 1) + row.join(u'|');
            QVERIFY2(row.size() == 14, qPrintable(where));
            QString reason;
            BillingRecord record;

            record.ivrs = row.at(0);
            QVERIFY2(IvrsNumber::isValid(record.ivrs, &reason), qPrintable(reason));
            QVERIFY2(record.ivrs.size() == 10, qPrintable(where));
            QVERIFY2(!ivrsSeen.contains(record.ivrs), qPrintable(u"duplicate IVRS: "_s + where));
            ivrsSeen.insert(record.ivrs);
            if (record.ivrs.startsWith(u'0'))
                ++forms[u"ivrs leading zero"_s];

            QVERIFY2(!row.at(1).isEmpty(), qPrintable(where));
            QVERIFY2(row.at(2).isEmpty() || isDevanagariText(row.at(2)), qPrintable(where));
            QVERIFY2(!row.at(4).isEmpty(), qPrintable(where));
            if (isDevanagariText(row.at(1)))
                ++forms[u"name in Devanagari"_s];
            else if (row.at(1) == row.at(1).toUpper())
                ++forms[u"name in capitals"_s];
            if (row.at(4).contains(u'"'))
                ++forms[u"address with quotes"_s];
            if (isDevanagariText(row.at(4)))
                ++forms[u"address in Devanagari"_s];

            const QString mobileText = row.at(5);
            if (mobileText.isEmpty()) {
                ++forms[u"mobile blank"_s];
            } else {
                const std::optional<QString> mobile = MobileNumber::normalize(mobileText, &reason);
                QVERIFY2(mobile.has_value(), qPrintable(reason));
                ++connectionsPerMobile[*mobile];
                if (mobileText.startsWith(u"+91"_s))
                    ++forms[u"mobile +91"_s];
                else if (mobileText.size() == 12)
                    ++forms[u"mobile 91"_s];
                else if (mobileText.size() == 11 && mobileText.startsWith(u'0'))
                    ++forms[u"mobile 0"_s];
                if (mobileText.contains(u' '))
                    ++forms[u"mobile space"_s];
                if (mobileText.contains(u'-'))
                    ++forms[u"mobile hyphen"_s];
            }

            QVERIFY2(dcCodes.contains(row.at(6)), qPrintable(where));
            QVERIFY2(tariffs.contains(row.at(7)), qPrintable(where));
            record.tariff = row.at(7);

            const std::optional<ConnectionStatus> status = connectionStatusFromCode(row.at(8));
            const std::optional<Metering> metering = meteringFromCode(row.at(9));
            const std::optional<EkycStatus> ekyc = ekycStatusFromCode(row.at(11));
            QVERIFY2(status && metering && ekyc, qPrintable(where));
            record.connectionStatus = *status;
            record.metering = *metering;
            record.ekyc = *ekyc;
            if (!row.at(10).isEmpty()) {
                record.meterStatus = meterStatusFromCode(row.at(10));
                QVERIFY2(record.meterStatus.has_value(), qPrintable(where));
            }
            QVERIFY2(record.metering == Metering::Unmetered || record.meterStatus.has_value(), qPrintable(where));

            const std::optional<qint64> arrears = Money::parseRupees(row.at(12), &reason);
            QVERIFY2(arrears.has_value(), qPrintable(reason));
            record.arrearsPaise = *arrears;
            static const QRegularExpression indian(u"^-?[0-9]{1,2}(,[0-9]{2})+,[0-9]{3}(\\.|$)"_s);
            static const QRegularExpression western(u"^-?[0-9]{3},[0-9]{3}(\\.|$)"_s);
            if (indian.match(row.at(12)).hasMatch())
                ++forms[u"arrears Indian grouping"_s];
            if (western.match(row.at(12)).hasMatch())
                ++forms[u"arrears Western grouping"_s];

            const QString billDate = row.at(13);
            if (billDate.isEmpty()) {
                ++forms[u"bill date blank"_s];
            } else {
                const QDate iso = QDate::fromString(billDate, u"yyyy-MM-dd"_s);
                const QDate dmy = QDate::fromString(billDate, u"dd-MM-yyyy"_s);
                QVERIFY2(iso.isValid() || dmy.isValid(), qPrintable(where));
                ++forms[iso.isValid() ? u"bill date ISO"_s : u"bill date DD-MM-YYYY"_s];
                const QDate date = iso.isValid() ? iso : dmy;
                QVERIFY2(date < asOf && date >= asOf.addDays(-35), qPrintable(where));
            }

            if (evaluateEligibility(record).eligible)
                ++eligible;
            dues += record.arrearsPaise > 0 ? 1 : 0;
            credits += record.arrearsPaise < 0 ? 1 : 0;
            ekycPending += record.ekyc == EkycStatus::Pending ? 1 : 0;
            faults += record.meterStatus == MeterStatus::Defective || record.meterStatus == MeterStatus::Stopped
                    || record.meterStatus == MeterStatus::Burnt
                ? 1
                : 0;
            notInstalled += record.meterStatus == MeterStatus::NotInstalled ? 1 : 0;
            tdc += record.connectionStatus == ConnectionStatus::TemporarilyDisconnected ? 1 : 0;
            pdc += record.connectionStatus == ConnectionStatus::PermanentlyDisconnected ? 1 : 0;
            if (record.tariff == u"LV5.1"_s) {
                ++farms;
                unmeteredFarms += record.metering == Metering::Unmetered ? 1 : 0;
            }
        }

        // The generator's own counts agree with what the file holds.
        QCOMPARE(eligible, m_summary.eligible);
        QCOMPARE(dues, m_summary.withDues);
        QCOMPARE(credits, m_summary.withCredit);
        QCOMPARE(ekycPending, m_summary.ekycPending);
        QCOMPARE(tdc, m_summary.temporarilyDisconnected);
        QCOMPARE(pdc, m_summary.permanentlyDisconnected);

        // A realistic mix: most connections eligible, about 15% with dues, 10% credits, 8% e-KYC pending.
        const auto percent = [](qint64 count) { return 100.0 * double(count) / double(billingRows); };
        QVERIFY2(percent(eligible) > 60 && percent(eligible) < 85, qPrintable(QString::number(percent(eligible))));
        QVERIFY2(percent(dues) > 12 && percent(dues) < 20, qPrintable(QString::number(percent(dues))));
        QVERIFY2(percent(credits) > 7 && percent(credits) < 13, qPrintable(QString::number(percent(credits))));
        QVERIFY2(percent(ekycPending) > 6 && percent(ekycPending) < 10, qPrintable(QString::number(percent(ekycPending))));
        QVERIFY2(percent(faults) > 1 && percent(faults) < 8, qPrintable(QString::number(percent(faults))));
        QVERIFY2(percent(notInstalled) > 0.3 && percent(notInstalled) < 3, qPrintable(QString::number(percent(notInstalled))));
        QVERIFY2(percent(tdc) > 1 && percent(tdc) < 6, qPrintable(QString::number(percent(tdc))));
        QVERIFY2(percent(pdc) > 0.5 && percent(pdc) < 4, qPrintable(QString::number(percent(pdc))));
        QVERIFY(farms > 0);
        QVERIFY2(unmeteredFarms * 2 > farms, qPrintable(u"%1 of %2"_s.arg(unmeteredFarms).arg(farms)));

        // Every written form of a field the importer must accept appears.
        const QStringList expectedForms{u"ivrs leading zero"_s,       u"name in Devanagari"_s,
                                        u"name in capitals"_s,        u"address with quotes"_s,
                                        u"address in Devanagari"_s,   u"mobile blank"_s,
                                        u"mobile +91"_s,              u"mobile 91"_s,
                                        u"mobile 0"_s,                u"mobile space"_s,
                                        u"mobile hyphen"_s,           u"arrears Indian grouping"_s,
                                        u"arrears Western grouping"_s, u"bill date blank"_s,
                                        u"bill date ISO"_s,           u"bill date DD-MM-YYYY"_s};
        for (const QString &form : expectedForms)
            QVERIFY2(forms.value(form) > 0, qPrintable(form));
        QVERIFY2(percent(forms.value(u"ivrs leading zero"_s)) > 5, "about one IVRS in ten starts with 0");

        // Several connections share a mobile: a household's second connection or a family member's.
        int sharedMobiles = 0;
        int maxPerMobile = 0;
        for (const int count : std::as_const(connectionsPerMobile)) {
            sharedMobiles += count >= 2 ? 1 : 0;
            maxPerMobile = std::max(maxPerMobile, count);
        }
        QVERIFY2(sharedMobiles > billingRows / 50, qPrintable(QString::number(sharedMobiles)));
        QVERIFY2(maxPerMobile >= 3, qPrintable(QString::number(maxPerMobile)));
    }

    void commandIsDeterministic()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const auto run = [&folder](const QString &name, const QString &seed) {
            return test::runServerCommand({u"demo-data"_s, u"--out"_s, folder.filePath(name), u"--connections"_s,
                                           u"3000"_s, u"--seed"_s, seed, u"--as-of"_s, u"2026-12-04"_s});
        };

        const test::CommandResult first = run(u"first"_s, u"7"_s);
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(first.standardOutput.contains(u"3000 connections from seed 7"_s), qPrintable(first.standardOutput));
        QVERIFY2(first.standardOutput.contains(u"16 circles"_s), qPrintable(first.standardOutput));
        const test::CommandResult second = run(u"second"_s, u"7"_s);
        QCOMPARE(second.exitCode, 0);
        const test::CommandResult other = run(u"other"_s, u"8"_s);
        QCOMPARE(other.exitCode, 0);

        const QString billing = DemoDataGenerator::billingFileName();
        const QString offices = DemoDataGenerator::officesFileName();
        const QByteArray firstBilling = readBytes(folder.filePath(u"first/"_s + billing));
        QVERIFY(firstBilling.size() > 100'000);
        QCOMPARE(firstBilling, readBytes(folder.filePath(u"second/"_s + billing)));
        QCOMPARE(readBytes(folder.filePath(u"first/"_s + offices)), readBytes(folder.filePath(u"second/"_s + offices)));
        QVERIFY(firstBilling != readBytes(folder.filePath(u"other/"_s + billing)));
        QCOMPARE(readCsv(folder.filePath(u"other/"_s + billing)).size(), 3001);
    }

    void commandRejectsBadArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no out") << QStringList{u"--connections"_s, u"10"_s} << u"Missing --out"_s;
        QTest::newRow("connections not a number") << QStringList{u"--connections"_s, u"ten"_s}
                                                  << u"Invalid --connections \"ten\""_s;
        QTest::newRow("zero connections") << QStringList{u"--connections"_s, u"0"_s}
                                          << u"Invalid --connections \"0\""_s;
        QTest::newRow("too many connections") << QStringList{u"--connections"_s, u"100000001"_s}
                                              << u"Invalid --connections \"100000001\""_s;
        QTest::newRow("negative seed") << QStringList{u"--seed"_s, u"-1"_s} << u"Invalid --seed \"-1\""_s;
        QTest::newRow("bad date") << QStringList{u"--as-of"_s, u"04-12-2026"_s} << u"Invalid --as-of \"04-12-2026\""_s;
    }
    void commandRejectsBadArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QTemporaryDir folder;
        const QString out = folder.filePath(u"out"_s);

        // Every case but the first names an output folder, which must stay empty.
        QStringList command{u"demo-data"_s};
        if (QTest::currentDataTag() != QByteArray("no out"))
            command << u"--out"_s << out;
        command += arguments;
        const test::CommandResult result = test::runServerCommand(command);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.standardError.contains(message), qPrintable(result.standardError));
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "TestDemoData.moc"
