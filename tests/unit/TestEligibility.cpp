#include "billing/Eligibility.h"
#include "billing/Money.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;

namespace {

// A blank meter status in the export, tested beside the five meter status codes.
constexpr int noMeterStatus = -1;

enum class ArrearsSign { Zero, OnePaisaDue, Credit };
constexpr qint64 creditPaise = -125050;

QStringList checkCodes(const QList<CheckResult> &results)
{
    QStringList codes;
    for (const CheckResult &result : results)
        codes.append(checkCode(result.check));
    return codes;
}

} // namespace

class TestEligibility : public QObject
{
    Q_OBJECT

private slots:
    void everyCombination_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("metering");
        QTest::addColumn<int>("meterStatus");
        QTest::addColumn<int>("ekyc");
        QTest::addColumn<qint64>("arrearsPaise");
        QTest::addColumn<bool>("expectedEligible");
        QTest::addColumn<QStringList>("expectedApplicable");
        QTest::addColumn<QStringList>("expectedFailed");

        const QList<ConnectionStatus> statuses{ConnectionStatus::Live, ConnectionStatus::TemporarilyDisconnected,
                                               ConnectionStatus::PermanentlyDisconnected};
        const QList<Metering> meterings{Metering::Metered, Metering::Unmetered};
        const QList<int> meterStatuses{int(MeterStatus::Working), int(MeterStatus::Defective), int(MeterStatus::Stopped),
                                       int(MeterStatus::Burnt), int(MeterStatus::NotInstalled), noMeterStatus};
        const QList<EkycStatus> ekycs{EkycStatus::Done, EkycStatus::Pending};
        const QList<ArrearsSign> signs{ArrearsSign::Zero, ArrearsSign::OnePaisaDue, ArrearsSign::Credit};

        int rows = 0;
        for (const ConnectionStatus status : statuses) {
            for (const Metering metering : meterings) {
                for (const int meterStatus : meterStatuses) {
                    for (const EkycStatus ekyc : ekycs) {
                        for (const ArrearsSign sign : signs) {
                            qint64 arrears = 0;
                            if (sign == ArrearsSign::OnePaisaDue)
                                arrears = 1;
                            if (sign == ArrearsSign::Credit)
                                arrears = creditPaise;

                            // The rule, written out independently of the code under test.
                            const bool pdc = status == ConnectionStatus::PermanentlyDisconnected;
                            const bool meterApplies = !pdc && metering == Metering::Metered;
                            QStringList applicable{u"dues"_s};
                            if (!pdc)
                                applicable.append(u"ekyc"_s);
                            if (meterApplies)
                                applicable.append(u"meter"_s);

                            QStringList failed;
                            if (arrears > 0)
                                failed.append(u"dues"_s);
                            if (!pdc && ekyc == EkycStatus::Pending)
                                failed.append(u"ekyc"_s);
                            if (meterApplies && meterStatus != int(MeterStatus::Working))
                                failed.append(u"meter"_s);
                            const bool eligible = failed.isEmpty();

                            const QString meterName = meterStatus == noMeterStatus
                                ? u"no-meter-status"_s
                                : toCode(MeterStatus(meterStatus));
                            const QString signName = sign == ArrearsSign::Zero ? u"zero"_s
                                : sign == ArrearsSign::OnePaisaDue              ? u"one-paisa-due"_s
                                                                                : u"credit"_s;
                            const QString rowName = toCode(status) + u' ' + toCode(metering) + u' ' + meterName
                                + u" ekyc-" + toCode(ekyc) + u' ' + signName;
                            QTest::newRow(qPrintable(rowName))
                                << int(status) << int(metering) << meterStatus << int(ekyc) << arrears << eligible
                                << applicable << failed;
                            ++rows;
                        }
                    }
                }
            }
        }
        QCOMPARE(rows, 3 * 2 * 6 * 2 * 3);
    }
    void everyCombination()
    {
        QFETCH(int, status);
        QFETCH(int, metering);
        QFETCH(int, meterStatus);
        QFETCH(int, ekyc);
        QFETCH(qint64, arrearsPaise);
        QFETCH(bool, expectedEligible);
        QFETCH(QStringList, expectedApplicable);
        QFETCH(QStringList, expectedFailed);

        BillingRecord record;
        record.ivrs = u"0123456789"_s;
        record.connectionStatus = ConnectionStatus(status);
        record.metering = Metering(metering);
        if (meterStatus != noMeterStatus)
            record.meterStatus = MeterStatus(meterStatus);
        record.ekyc = EkycStatus(ekyc);
        record.arrearsPaise = arrearsPaise;

        const EligibilityVerdict verdict = evaluateEligibility(record);
        QCOMPARE(verdict.eligible, expectedEligible);
        QCOMPARE(checkCodes(verdict.checks), (QStringList{u"dues"_s, u"ekyc"_s, u"meter"_s}));
        QCOMPARE(checkCodes(verdict.failedChecks()), expectedFailed);

        QStringList applicable;
        for (const CheckResult &result : verdict.checks) {
            if (result.applicable)
                applicable.append(checkCode(result.check));
        }
        QCOMPARE(applicable, expectedApplicable);

        // Every check has a reason, and only a failed one has a remedy.
        for (const CheckResult &result : verdict.checks) {
            const QString code = checkCode(result.check);
            QVERIFY2(!result.reason.isEmpty(), qPrintable(code));
            const bool failed = expectedFailed.contains(code);
            QCOMPARE(result.passed, !failed);
            QCOMPARE(result.remedy.isEmpty(), !failed);
        }
    }

    void duesReasonShowsAmount_data()
    {
        QTest::addColumn<qint64>("arrearsPaise");
        QTest::addColumn<QString>("reasonPart");
        QTest::addColumn<QString>("remedyPart");
        QTest::newRow("one paisa due") << qint64(1) << u"Arrears of ₹0.01"_s << u"Pay the arrears of ₹0.01"_s;
        QTest::newRow("lakh due") << qint64(12345650) << u"Arrears of ₹1,23,456.50"_s << u"₹1,23,456.50"_s;
        QTest::newRow("credit") << qint64(-1250) << u"credit balance of ₹12.50"_s << QString();
        QTest::newRow("zero") << qint64(0) << u"No arrears"_s << QString();
    }
    void duesReasonShowsAmount()
    {
        QFETCH(qint64, arrearsPaise);
        QFETCH(QString, reasonPart);
        QFETCH(QString, remedyPart);
        BillingRecord record;
        record.arrearsPaise = arrearsPaise;
        const CheckResult dues = evaluateEligibility(record).checks.at(0);
        QCOMPARE(dues.check, EligibilityCheck::Dues);
        QVERIFY2(dues.reason.translated().contains(reasonPart), qPrintable(dues.reason.translated()));
        if (remedyPart.isEmpty())
            QVERIFY(dues.remedy.isEmpty());
        else
            QVERIFY2(dues.remedy.translated().contains(remedyPart), qPrintable(dues.remedy.translated()));
    }

    void meterReasonNamesFault_data()
    {
        QTest::addColumn<int>("meterStatus");
        QTest::addColumn<QString>("reasonPart");
        QTest::addColumn<QString>("remedyPart");
        QTest::newRow("defective") << int(MeterStatus::Defective) << u"defective"_s << u"replace the meter"_s;
        QTest::newRow("stopped") << int(MeterStatus::Stopped) << u"stopped"_s << u"replace the meter"_s;
        QTest::newRow("burnt") << int(MeterStatus::Burnt) << u"burnt"_s << u"replace the meter"_s;
        QTest::newRow("not installed") << int(MeterStatus::NotInstalled) << u"No meter is installed"_s
                                       << u"install a meter"_s;
        QTest::newRow("none recorded") << noMeterStatus << u"not recorded"_s << u"record the meter status"_s;
    }
    void meterReasonNamesFault()
    {
        QFETCH(int, meterStatus);
        QFETCH(QString, reasonPart);
        QFETCH(QString, remedyPart);
        BillingRecord record;
        record.ekyc = EkycStatus::Done;
        if (meterStatus != noMeterStatus)
            record.meterStatus = MeterStatus(meterStatus);
        const CheckResult meter = evaluateEligibility(record).checks.at(2);
        QCOMPARE(meter.check, EligibilityCheck::Meter);
        QVERIFY(!meter.passed);
        QVERIFY2(meter.reason.translated().contains(reasonPart), qPrintable(meter.reason.translated()));
        QVERIFY2(meter.remedy.translated().contains(remedyPart), qPrintable(meter.remedy.translated()));
    }

    void ekycReasonUsesFieldWords()
    {
        BillingRecord record;
        record.meterStatus = MeterStatus::Working;
        record.ekyc = EkycStatus::Pending;
        const CheckResult ekyc = evaluateEligibility(record).checks.at(1);
        QCOMPARE(ekyc.check, EligibilityCheck::Ekyc);
        QVERIFY2(ekyc.reason.translated().contains(u"e-KYC is pending"_s), qPrintable(ekyc.reason.translated()));
        QVERIFY2(ekyc.remedy.translated().contains(u"DC"_s), qPrintable(ekyc.remedy.translated()));
    }

    void checkCodesAndTitles()
    {
        QCOMPARE(checkCode(EligibilityCheck::Dues), u"dues"_s);
        QCOMPARE(checkCode(EligibilityCheck::Ekyc), u"ekyc"_s);
        QCOMPARE(checkCode(EligibilityCheck::Meter), u"meter"_s);
        QCOMPARE(checkTitle(EligibilityCheck::Dues).translated(), u"Arrears"_s);
        QCOMPARE(checkTitle(EligibilityCheck::Ekyc).translated(), u"e-KYC"_s);
        QCOMPARE(checkTitle(EligibilityCheck::Meter).translated(), u"Meter"_s);
    }
};

QTEST_GUILESS_MAIN(TestEligibility)
#include "TestEligibility.moc"
