#include "billing/BillingRecord.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;

namespace {

BillingRecord sampleRecord()
{
    BillingRecord record;
    record.ivrs = u"0012345678"_s;
    record.name = u"Ramesh Sharma"_s;
    record.nameHi = u"रमेश शर्मा"_s;
    record.relativeName = u"Mohan Lal Sharma"_s;
    record.address = u"H.No. 45, Shastri Nagar, Ashta, Distt. Sehore"_s;
    record.mobile = u"9876543210"_s;
    record.dcCode = u"2020101"_s;
    record.tariff = u"LV1.2"_s;
    record.connectionStatus = ConnectionStatus::Live;
    record.metering = Metering::Metered;
    record.meterStatus = MeterStatus::Working;
    record.ekyc = EkycStatus::Done;
    record.arrearsPaise = -1250;
    record.billDate = QDate(2026, 11, 20);
    record.refreshedAt = QDateTime(QDate(2026, 12, 1), QTime(4, 0), Qt::UTC);
    record.changedAt = QDateTime(QDate(2026, 11, 1), QTime(4, 0), Qt::UTC);
    return record;
}

} // namespace

class TestBillingRecord : public QObject
{
    Q_OBJECT

private slots:
    void codesRoundTrip()
    {
        for (const ConnectionStatus value : {ConnectionStatus::Live, ConnectionStatus::TemporarilyDisconnected,
                                             ConnectionStatus::PermanentlyDisconnected})
            QCOMPARE(connectionStatusFromCode(toCode(value)), value);
        for (const Metering value : {Metering::Metered, Metering::Unmetered})
            QCOMPARE(meteringFromCode(toCode(value)), value);
        for (const MeterStatus value : {MeterStatus::Working, MeterStatus::Defective, MeterStatus::Stopped,
                                        MeterStatus::Burnt, MeterStatus::NotInstalled})
            QCOMPARE(meterStatusFromCode(toCode(value)), value);
        for (const EkycStatus value : {EkycStatus::Done, EkycStatus::Pending})
            QCOMPARE(ekycStatusFromCode(toCode(value)), value);
    }

    void codesAreExportSpelling()
    {
        QCOMPARE(toCode(ConnectionStatus::Live), u"LIVE"_s);
        QCOMPARE(toCode(ConnectionStatus::TemporarilyDisconnected), u"TDC"_s);
        QCOMPARE(toCode(ConnectionStatus::PermanentlyDisconnected), u"PDC"_s);
        QCOMPARE(toCode(Metering::Metered), u"METERED"_s);
        QCOMPARE(toCode(Metering::Unmetered), u"UNMETERED"_s);
        QCOMPARE(toCode(MeterStatus::Working), u"WORKING"_s);
        QCOMPARE(toCode(MeterStatus::Defective), u"DEFECTIVE"_s);
        QCOMPARE(toCode(MeterStatus::Stopped), u"STOPPED"_s);
        QCOMPARE(toCode(MeterStatus::Burnt), u"BURNT"_s);
        QCOMPARE(toCode(MeterStatus::NotInstalled), u"NOT_INSTALLED"_s);
        QCOMPARE(toCode(EkycStatus::Done), u"DONE"_s);
        QCOMPARE(toCode(EkycStatus::Pending), u"PENDING"_s);
    }

    void codesIgnoreCaseAndSpaces()
    {
        QCOMPARE(connectionStatusFromCode(u" pdc "), ConnectionStatus::PermanentlyDisconnected);
        QCOMPARE(meteringFromCode(u"Unmetered"), Metering::Unmetered);
        QCOMPARE(meterStatusFromCode(u"not_installed"), MeterStatus::NotInstalled);
        QCOMPARE(ekycStatusFromCode(u"\tdone"), EkycStatus::Done);
    }

    void unknownCodesRejected()
    {
        QVERIFY(!connectionStatusFromCode(u"").has_value());
        QVERIFY(!connectionStatusFromCode(u"DISCONNECTED").has_value());
        QVERIFY(!meteringFromCode(u"METER").has_value());
        QVERIFY(!meterStatusFromCode(u"NOT INSTALLED").has_value());
        QVERIFY(!meterStatusFromCode(u"OK").has_value());
        QVERIFY(!ekycStatusFromCode(u"YES").has_value());
    }

    void sameBilledValuesIgnoresTimestamps()
    {
        const BillingRecord record = sampleRecord();
        BillingRecord other = record;
        other.refreshedAt = other.refreshedAt.addDays(30);
        other.changedAt = {};
        QVERIFY(record.sameBilledValues(other));
        QVERIFY(other.sameBilledValues(record));
    }

    void sameBilledValuesSeesEachField_data()
    {
        QTest::addColumn<int>("field");
        const char *names[] = {"ivrs",   "name",     "nameHi",           "relativeName", "address",
                               "mobile", "dcCode",   "tariff",           "status",       "metering",
                               "meter",  "no meter", "ekyc",             "arrears",      "billDate",
                               "no billDate"};
        for (int i = 0; i < int(std::size(names)); ++i)
            QTest::newRow(names[i]) << i;
    }
    void sameBilledValuesSeesEachField()
    {
        QFETCH(int, field);
        const BillingRecord record = sampleRecord();
        BillingRecord other = record;
        switch (field) {
        case 0: other.ivrs = u"12345678"_s; break; // the same number without its leading zeros
        case 1: other.name = u"Ramesh Sharmaa"_s; break;
        case 2: other.nameHi.clear(); break;
        case 3: other.relativeName = u"Mohanlal Sharma"_s; break;
        case 4: other.address += u'.'; break;
        case 5: other.mobile.clear(); break;
        case 6: other.dcCode = u"2020102"_s; break;
        case 7: other.tariff = u"LV1.1"_s; break;
        case 8: other.connectionStatus = ConnectionStatus::TemporarilyDisconnected; break;
        case 9: other.metering = Metering::Unmetered; break;
        case 10: other.meterStatus = MeterStatus::Defective; break;
        case 11: other.meterStatus.reset(); break;
        case 12: other.ekyc = EkycStatus::Pending; break;
        case 13: other.arrearsPaise = -1249; break;
        case 14: other.billDate = record.billDate.addDays(1); break;
        case 15: other.billDate = QDate(); break;
        default: QFAIL("unknown field");
        }
        QVERIFY(!record.sameBilledValues(other));
        QVERIFY(!other.sameBilledValues(record));
    }
};

QTEST_GUILESS_MAIN(TestBillingRecord)
#include "TestBillingRecord.moc"
