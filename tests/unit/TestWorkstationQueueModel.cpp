// The workstation's queue model and its filter: raw sort values behind formatted cells, the tab,
// DC, election kind and overdue filters, search in Hindi and English, counts per tab, overdue and
// refused-action marks, and retranslated headers. Both models run under QAbstractItemModelTester.

#include "Clock.h"
#include "WorkstationQueueFixtures.h"
#include "gui/QueueFilterModel.h"
#include "gui/QueueModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QIcon>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;
using namespace nodues::workstation;
using namespace nodues::workstation::test;

namespace {

// 2026-12-06 17:30 IST.
const QDateTime kNow(QDate(2026, 12, 6), QTime(12, 0), Qt::UTC);

QString number(int serial)
{
    return u"APP/2030201/2026-27/%1"_s.arg(serial, 6, 10, QLatin1Char('0'));
}

// Six applications, one or more per tab; see each comment for what the tests rely on.
QList<CachedApplication> queueFixture()
{
    QList<CachedApplication> applications;

    // Overdue (due 02-12), ₹1,00,000.00 of dues, submitted first.
    ApplicationSpec first;
    first.number = number(1);
    first.submittedAt = QDateTime(QDate(2026, 11, 30), QTime(8, 0), Qt::UTC);
    first.connections = {{u"1000000001"_s, u"billing_mobile"_s, true, u"Ramesh Kumar"_s, 10000000}};
    applications << cachedApplication(first);

    // Another DC and election; submitted last; ₹9,000.00.
    ApplicationSpec second;
    second.number = number(2);
    second.name = u"Anita Devi"_s;
    second.nameHi = u"अनीता देवी"_s;
    second.mobileMasked = u"60XXXXX678"_s;
    second.dcCode = u"2030202"_s;
    second.dcName = u"Kolar DC"_s;
    second.dcNameHi = u"कोलार वितरण केंद्र"_s;
    second.electionKind = u"nagar_nigam_corporator"_s;
    second.submittedAt = QDateTime(QDate(2026, 12, 5), QTime(10, 0), Qt::UTC);
    second.changeSeq = 2;
    second.connections = {{u"2000000002"_s, u"billing_mobile"_s, true, u"Anita Devi"_s, 900000}};
    applications << cachedApplication(second);

    // Forwarded; submitted 05-12-2026 00:30 IST, so its IST text sorts before the others'; ₹50.00
    // of dues, and a credit on an unlinked connection that must not count.
    ApplicationSpec third;
    third.number = number(3);
    third.status = u"forwarded"_s;
    third.name = u"Mohan Lal"_s;
    third.nameHi = u"मोहन लाल"_s;
    third.mobileMasked = u"91XXXXX780"_s;
    third.dcCode = u"2030202"_s;
    third.submittedAt = QDateTime(QDate(2026, 12, 4), QTime(19, 0), Qt::UTC);
    third.version = 2;
    third.changeSeq = 3;
    third.connections = {{u"3000000003"_s, u"billing_mobile"_s, true, u"Mohan Lal"_s, 5000},
                         {u"3000000004"_s, u"unlinked"_s, false, u"Mohan Lal"_s, 700000}};
    applications << cachedApplication(third);

    // Approved with its PDF still to upload, and overdue: approved is still open.
    ApplicationSpec fourth;
    fourth.number = number(4);
    fourth.status = u"approved"_s;
    fourth.name = u"Gopal Singh"_s;
    fourth.nameHi = u"गोपाल सिंह"_s;
    fourth.mobileMasked = u"70XXXXX111"_s;
    fourth.submittedAt = QDateTime(QDate(2026, 11, 28), QTime(8, 0), Qt::UTC);
    fourth.version = 3;
    fourth.changeSeq = 4;
    fourth.certificateNumber = u"NDC/20302/2026-27/000001"_s;
    fourth.connections = {{u"4000000004"_s, u"billing_mobile"_s, true, u"Gopal Singh"_s, 0}};
    applications << cachedApplication(fourth);

    // Issued long ago: closed, so never overdue.
    ApplicationSpec fifth;
    fifth.number = number(5);
    fifth.status = u"issued"_s;
    fifth.name = u"Kishan Lal"_s;
    fifth.nameHi = u"किशन लाल"_s;
    fifth.mobileMasked = u"80XXXXX222"_s;
    fifth.submittedAt = QDateTime(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC);
    fifth.version = 4;
    fifth.changeSeq = 5;
    fifth.certificateNumber = u"NDC/20302/2026-27/000002"_s;
    fifth.publishedAt = QDateTime(QDate(2026, 11, 21), QTime(8, 0), Qt::UTC);
    fifth.connections = {{u"5000000005"_s, u"billing_mobile"_s, true, u"Kishan Lal"_s, 0}};
    applications << cachedApplication(fifth);

    ApplicationSpec sixth;
    sixth.number = number(6);
    sixth.status = u"rejected"_s;
    sixth.name = u"Sita Bai"_s;
    sixth.nameHi = u"सीता बाई"_s;
    sixth.mobileMasked = u"90XXXXX333"_s;
    sixth.electionKind = u"cooperative_society"_s;
    sixth.submittedAt = QDateTime(QDate(2026, 11, 25), QTime(8, 0), Qt::UTC);
    sixth.version = 2;
    sixth.changeSeq = 6;
    sixth.rejectionReason = u"dues_outstanding"_s;
    sixth.connections = {{u"6000000006"_s, u"billing_mobile"_s, true, u"Sita Bai"_s, 250000}};
    applications << cachedApplication(sixth);

    return applications;
}

// The application numbers in the filter's order, keeping only those in wanted.
QStringList shownNumbers(const QAbstractItemModel &model, const QStringList &wanted = {})
{
    QStringList numbers;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString shown = model.index(row, 0).data(QueueModel::NumberRole).toString();
        if (wanted.isEmpty() || wanted.contains(shown))
            numbers << shown;
    }
    return numbers;
}

// Prefixes every message of the queue model's context, so a test can see the model asked again.
class MarkingTranslator final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (QByteArrayView(context) != "nodues::workstation::QueueModel")
            return {};
        return u"[hi] "_s + QString::fromUtf8(sourceText);
    }
};

} // namespace

class TestWorkstationQueueModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::India)); }

    void modelsPassTester()
    {
        ManualClock clock(kNow);
        QueueModel model(clock);
        QueueFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);

        model.setApplications(queueFixture());
        filter.setTab(QueueTab::All);
        filter.sort(QueueModel::DuesColumn, Qt::DescendingOrder);
        filter.setSearchText(u"lal"_s);
        filter.setSearchText(QString());
        filter.setDcCode(u"2030202"_s);
        filter.setDcCode(QString());
        QList<CachedApplication> changed = queueFixture().mid(1, 2);
        changed[0].status = ApplicationStatus::Forwarded;
        ApplicationSpec added;
        added.number = number(7);
        added.changeSeq = 7;
        changed << cachedApplication(added);
        model.updateApplications(changed);
        model.setActionSummaries({{number(1), QueueActionSummary{1, ActionKind::Forward, false, {}, {}}}});
        clock.advanceSeconds(3 * 24 * 3600);
        model.refreshClock();
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(filter.rowCount(), 7);
    }

    void sortsByRawValues()
    {
        ManualClock clock(kNow);
        QueueModel model(clock);
        QueueFilterModel filter;
        filter.setSourceModel(&model);
        model.setApplications(queueFixture());
        filter.setTab(QueueTab::All);
        const QStringList firstThree{number(1), number(2), number(3)};

        // As text "₹1,00,000.00" < "₹50.00" < "₹9,000.00"; as paise 5000 < 900000 < 10000000.
        QCOMPARE(model.index(0, QueueModel::DuesColumn).data().toString(), u"₹1,00,000.00"_s);
        QCOMPARE(model.index(0, QueueModel::DuesColumn).data(QueueModel::SortRole).toLongLong(), 10000000);
        filter.sort(QueueModel::DuesColumn, Qt::AscendingOrder);
        QCOMPARE(shownNumbers(filter, firstThree), (QStringList{number(3), number(2), number(1)}));
        filter.sort(QueueModel::DuesColumn, Qt::DescendingOrder);
        QCOMPARE(shownNumbers(filter, firstThree), (QStringList{number(1), number(2), number(3)}));

        // The unlinked connection's ₹7,000.00 is not among the dues that stop the certificate.
        QCOMPARE(model.index(2, QueueModel::DuesColumn).data().toString(), u"₹50.00"_s);

        // As IST text "05-12-2026 00:30" < "05-12-2026 15:30" < "30-11-2026 13:30"; in time the
        // 30th of November comes first.
        QCOMPARE(model.index(2, QueueModel::SubmittedColumn).data().toString(), u"05-12-2026 00:30"_s);
        QCOMPARE(model.index(0, QueueModel::SubmittedColumn).data().toString(), u"30-11-2026 13:30"_s);
        QCOMPARE(model.index(0, QueueModel::SubmittedColumn).data(QueueModel::SortRole).toDateTime(),
                 QDateTime(QDate(2026, 11, 30), QTime(8, 0), Qt::UTC));
        filter.sort(QueueModel::SubmittedColumn, Qt::AscendingOrder);
        QCOMPARE(shownNumbers(filter, firstThree), (QStringList{number(1), number(3), number(2)}));
        filter.sort(QueueModel::DueColumn, Qt::AscendingOrder);
        QCOMPARE(shownNumbers(filter, firstThree), (QStringList{number(1), number(3), number(2)}));

        // Status sorts in workflow order, not alphabetically.
        filter.sort(QueueModel::StatusColumn, Qt::AscendingOrder);
        QCOMPARE(shownNumbers(filter).first(), number(1));
        QCOMPARE(shownNumbers(filter).last(), number(5));
    }

    void filtersByTabDcKindAndOverdue()
    {
        ManualClock clock(kNow);
        QueueModel model(clock);
        QueueFilterModel filter;
        filter.setSourceModel(&model);
        model.setApplications(queueFixture());

        filter.setTab(QueueTab::ToVerify);
        QCOMPARE(shownNumbers(filter), (QStringList{number(1), number(2)}));
        filter.setTab(QueueTab::Forwarded);
        QCOMPARE(shownNumbers(filter), (QStringList{number(3)}));
        filter.setTab(QueueTab::Approved);
        QCOMPARE(shownNumbers(filter), (QStringList{number(4), number(5)}));
        // To sign or print: the approved certificate not signed yet, and the issued one not printed.
        filter.setTab(QueueTab::ToSign);
        QCOMPARE(shownNumbers(filter), (QStringList{number(4), number(5)}));
        filter.setTab(QueueTab::Rejected);
        QCOMPARE(shownNumbers(filter), (QStringList{number(6)}));

        filter.setTab(QueueTab::All);
        filter.setDcCode(u"2030202"_s);
        QCOMPARE(shownNumbers(filter), (QStringList{number(2), number(3)}));
        filter.setDcCode(QString());
        filter.setElectionKind(u"cooperative_society"_s);
        QCOMPARE(shownNumbers(filter), (QStringList{number(6)}));
        filter.setElectionKind(QString());
        filter.setOverdueOnly(true);
        QCOMPARE(shownNumbers(filter), (QStringList{number(1), number(4)}));

        // Time passes: the second application's due time (07-12 15:30 IST) goes by.
        clock.setNow(QDateTime(QDate(2026, 12, 7), QTime(10, 1), Qt::UTC));
        model.refreshClock();
        QCOMPARE(shownNumbers(filter), (QStringList{number(1), number(2), number(3), number(4)}));
    }

    void searchMatchesHindiAndEnglish_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("Hindi name") << u"रमेश"_s << QStringList{number(1)};
        QTest::newRow("Hindi full name") << u"अनीता देवी"_s << QStringList{number(2)};
        QTest::newRow("English name, any case") << u"RAMESH kumar"_s << QStringList{number(1)};
        QTest::newRow("shared surname") << u"lal"_s << QStringList{number(3), number(5)};
        QTest::newRow("number serial") << u"000003"_s << QStringList{number(3)};
        QTest::newRow("whole number") << number(4) << QStringList{number(4)};
        QTest::newRow("IVRS") << u"3000000003"_s << QStringList{number(3)};
        QTest::newRow("unlinked IVRS") << u"3000000004"_s << QStringList{number(3)};
        QTest::newRow("masked mobile") << u"60XXXXX678"_s << QStringList{number(2)};
        QTest::newRow("full mobile finds the masked one") << u"9876543210"_s << QStringList{number(1)};
        QTest::newRow("mobile with +91") << u"+916012345678"_s << QStringList{number(2)};
        QTest::newRow("every word must match") << u"ramesh anita"_s << QStringList{};
        QTest::newRow("spaces only") << u"   "_s
                                     << QStringList{number(1), number(2), number(3), number(4), number(5), number(6)};
    }
    void searchMatchesHindiAndEnglish()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        ManualClock clock(kNow);
        QueueModel model(clock);
        QueueFilterModel filter;
        filter.setSourceModel(&model);
        model.setApplications(queueFixture());
        filter.setTab(QueueTab::All);
        filter.setSearchText(text);
        QCOMPARE(shownNumbers(filter), expected);
    }

    void countsFollowFiltersAndChanges()
    {
        ManualClock clock(kNow);
        QueueModel model(clock);
        QueueFilterModel filter;
        filter.setSourceModel(&model);
        QSignalSpy countsChanged(&filter, &QueueFilterModel::countsChanged);
        model.setApplications(queueFixture());
        QVERIFY(!countsChanged.isEmpty());

        const auto counts = [&filter] {
            const std::array<int, kQueueTabCount> all = filter.tabCounts();
            return QList<int>(all.begin(), all.end());
        };
        // New, Forwarded, Approved, Rejected, To sign or print, All.
        QCOMPARE(counts(), (QList<int>{2, 1, 2, 1, 2, 6}));
        filter.setSearchText(u"लाल"_s);
        QCOMPARE(counts(), (QList<int>{0, 1, 1, 0, 1, 2}));
        filter.setSearchText(QString());
        filter.setDcCode(u"2030202"_s);
        QCOMPARE(counts(), (QList<int>{1, 1, 0, 0, 0, 2}));
        filter.setDcCode(QString());
        filter.setOverdueOnly(true);
        QCOMPARE(counts(), (QList<int>{1, 0, 1, 0, 1, 2}));
        filter.setOverdueOnly(false);

        // The issued certificate is printed: it leaves "To sign or print".
        countsChanged.clear();
        model.setPrintedCertificates({u"NDC/20302/2026-27/000002"_s});
        QVERIFY(!countsChanged.isEmpty());
        QCOMPARE(counts(), (QList<int>{2, 1, 2, 1, 1, 6}));

        // The clerk forwards the second application and a new one arrives.
        countsChanged.clear();
        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy rowsInserted(&model, &QAbstractItemModel::rowsInserted);
        CachedApplication forwarded = queueFixture().at(1);
        forwarded.status = ApplicationStatus::Forwarded;
        forwarded.version = 2;
        ApplicationSpec added;
        added.number = number(7);
        added.changeSeq = 7;
        model.updateApplications({forwarded, cachedApplication(added)});
        QCOMPARE(dataChanged.size(), 1);
        QCOMPARE(rowsInserted.size(), 1);
        QVERIFY(!countsChanged.isEmpty());
        QCOMPARE(counts(), (QList<int>{2, 2, 2, 1, 1, 7}));
        QCOMPARE(filter.tabCount(QueueTab::Forwarded), 2);
    }

    // The "To sign or print" tab keeps a certificate until it is printed: still to sign, signed
    // but not uploaded, and uploaded (issued) but not printed. A printed or revoked one leaves.
    void toSignOrPrintKeepsUntilPrinted()
    {
        ManualClock clock(kNow);
        QueueModel model(clock);
        QueueFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<CachedApplication> applications = queueFixture();
        ApplicationSpec revoked;
        revoked.number = number(7);
        revoked.status = u"issued"_s;
        revoked.changeSeq = 7;
        revoked.certificateNumber = u"NDC/20302/2026-27/000003"_s;
        revoked.publishedAt = QDateTime(QDate(2026, 11, 22), QTime(8, 0), Qt::UTC);
        revoked.connections = {{u"7000000007"_s, u"billing_mobile"_s, true, u"Ram Lal"_s, 0}};
        CachedApplication revokedApplication = cachedApplication(revoked);
        revokedApplication.certificate->revoked = true;
        applications << revokedApplication;
        model.setApplications(applications);
        filter.setTab(QueueTab::ToSign);
        QCOMPARE(shownNumbers(filter), (QStringList{number(4), number(5)}));

        // Printing the approved one (signed meanwhile) and the issued one empties the tab; the
        // Approved tab keeps both.
        model.setPrintedCertificates({u"NDC/20302/2026-27/000001"_s});
        QCOMPARE(shownNumbers(filter), (QStringList{number(5)}));
        model.setPrintedCertificates({u"NDC/20302/2026-27/000001"_s, u"NDC/20302/2026-27/000002"_s});
        QCOMPARE(shownNumbers(filter), QStringList());
        filter.setTab(QueueTab::Approved);
        QCOMPARE(shownNumbers(filter), (QStringList{number(4), number(5), number(7)}));

        // ToSignOrPrintRole agrees, row by row.
        const auto toSignOrPrint = [&model](int serial) {
            return model.index(model.rowOf(number(serial)), 0).data(QueueModel::ToSignOrPrintRole).toBool();
        };
        model.setPrintedCertificates({});
        QVERIFY(toSignOrPrint(4));
        QVERIFY(toSignOrPrint(5));
        QVERIFY(!toSignOrPrint(7));
        QVERIFY(!toSignOrPrint(3));
        QVERIFY(!toSignOrPrint(6));
    }

    void marksOverdueByIconAndText()
    {
        ManualClock clock(kNow);
        QueueModel model(clock);
        model.setApplications(queueFixture());

        const QModelIndex overdue = model.index(0, QueueModel::DueColumn);
        QCOMPARE(overdue.data().toString(), u"Overdue · 02-12-2026 13:30"_s);
        QVERIFY(!overdue.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(overdue.data(QueueModel::OverdueRole).toBool(), true);

        const QModelIndex onTime = model.index(1, QueueModel::DueColumn);
        QCOMPARE(onTime.data().toString(), u"07-12-2026 15:30"_s);
        QVERIFY(!onTime.data(Qt::DecorationRole).isValid());

        // Issued applications are closed: no mark however old.
        QVERIFY(!model.index(4, QueueModel::DueColumn).data().toString().contains(u"Overdue"_s));
    }

    void marksQueuedAndRefusedActions()
    {
        ManualClock clock(kNow);
        QueueModel model(clock);
        model.setApplications(queueFixture());
        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);

        QueueActionSummary waiting;
        waiting.pendingCount = 1;
        waiting.pendingKind = ActionKind::Forward;
        QueueActionSummary refused;
        refused.needsAttention = true;
        refused.attentionKind = ActionKind::Reject;
        refused.attentionMessage = u"Application changed since you saw it."_s;
        model.setActionSummaries({{number(1), waiting}, {number(2), refused}});
        QCOMPARE(dataChanged.size(), 1);

        QCOMPARE(model.index(0, QueueModel::StatusColumn).data().toString(), u"New · Forward waiting to be sent"_s);
        QCOMPARE(model.index(1, QueueModel::StatusColumn).data().toString(), u"New · Reject refused"_s);
        QVERIFY(!model.index(1, QueueModel::StatusColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(model.index(1, QueueModel::StatusColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"changed since you saw it"_s));
        QCOMPARE(model.index(1, 0).data(QueueModel::AttentionRole).toBool(), true);
        QCOMPARE(model.index(0, 0).data(QueueModel::AttentionRole).toBool(), false);
    }

    void showsHindiNameFirst()
    {
        ManualClock clock(kNow);
        QueueModel model(clock);
        model.setApplications(queueFixture());
        QCOMPARE(model.index(0, QueueModel::ApplicantColumn).data().toString(), u"रमेश कुमार / Ramesh Kumar"_s);
        QCOMPARE(model.index(0, QueueModel::ElectionColumn).data().toString(),
                 u"Sarpanch, Gram Panchayat, Gram Panchayat Bilkhiria"_s);
        QCOMPARE(model.index(0, QueueModel::DcColumn).data().toString(), u"Arera Colony DC"_s);
    }

    void headersFollowLanguageChange()
    {
        ManualClock clock(kNow);
        QueueModel model(clock);
        model.setApplications(queueFixture());
        QCOMPARE(model.headerData(QueueModel::ApplicantColumn, Qt::Horizontal).toString(), u"Applicant"_s);

        QSignalSpy headerChanged(&model, &QAbstractItemModel::headerDataChanged);
        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
        MarkingTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        QTRY_VERIFY(!headerChanged.isEmpty());
        QCOMPARE(headerChanged.first().at(0).value<Qt::Orientation>(), Qt::Horizontal);
        QCOMPARE(headerChanged.first().at(1).toInt(), 0);
        QCOMPARE(headerChanged.first().at(2).toInt(), QueueModel::ColumnCount - 1);
        QVERIFY(!dataChanged.isEmpty());
        QCOMPARE(model.headerData(QueueModel::ApplicantColumn, Qt::Horizontal).toString(), u"[hi] Applicant"_s);
        QCOMPARE(model.index(0, QueueModel::StatusColumn).data().toString(), u"[hi] New"_s);

        headerChanged.clear();
        QVERIFY(QCoreApplication::removeTranslator(&translator));
        QTRY_VERIFY(!headerChanged.isEmpty());
        QCOMPARE(model.headerData(QueueModel::ApplicantColumn, Qt::Horizontal).toString(), u"Applicant"_s);
    }
};

QTEST_MAIN(TestWorkstationQueueModel)
#include "TestWorkstationQueueModel.moc"
