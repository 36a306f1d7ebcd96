// Printing signed certificates through a real CUPS with the cups-pdf printer, started by the test
// (CupsPrinter), and checked with independent tools: the printed PDF has A4 pages although the
// queue defaults to Letter (pdfinfo), its QR code still decodes to the verify URL (pdftoppm and
// zbarimg), the visible signature is printed in its box (pdftoppm), and a reprint carries
// "COPY n" as text (pdftotext). A job that is aborted before it is handed over never reaches
// CUPS.

#include "CupsPrinter.h"
#include "PrintOutputChecks.h"
#include "SignatureBoxChecks.h"
#include "SignedCertificateSamples.h"
#include "print/CertificatePrintJob.h"
#include "print/PrintTarget.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPrinterInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;
using namespace nodues::test;
using namespace nodues::workstation;

namespace {

constexpr int kJobTimeoutMs = 180000;

const QString kFirst = u"NDC/20302/2026-27/000201"_s;
const QString kSecond = u"NDC/20302/2026-27/000202"_s;

} // namespace

class TestWorkstationPrint : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CupsPrinter> m_cups;
    std::unique_ptr<SignedCertificateSamples> m_samples;
    QTemporaryDir m_files;
    QHash<QString, QByteArray> m_pdfs;
    QHash<QString, QString> m_verifyUrls;

    CertificatePrintItem item(const QString &number, int copyNumber = 0) const
    {
        return {number, m_pdfs.value(number), copyNumber};
    }

    // Prints items as one job to the CUPS queue and returns the PDF that cups-pdf wrote.
    QString printThroughCups(const QList<CertificatePrintItem> &items, const QString &title)
    {
        CertificatePrintJob job(PrintTarget::printer(m_cups->queueName()), title);
        QString error;
        for (const CertificatePrintItem &each : items) {
            if (!job.add(each, {}, &error)) {
                QTest::qFail(qPrintable(error), __FILE__, __LINE__);
                return {};
            }
        }
        if (!job.handOver(&error)) {
            QTest::qFail(qPrintable(error), __FILE__, __LINE__);
            return {};
        }
        if (job.cupsJobId() <= 0) {
            QTest::qFail("no CUPS job id", __FILE__, __LINE__);
            return {};
        }
        const QString output = m_cups->waitForJobOutput(job.cupsJobId(), kJobTimeoutMs, &error);
        if (output.isEmpty())
            QTest::qFail(qPrintable(error), __FILE__, __LINE__);
        return output;
    }

private slots:
    void initTestCase()
    {
        const QString missing = missingCheckTool();
        if (!missing.isEmpty())
            QFAIL(qPrintable(missing + u" is missing: install poppler-utils and zbar-tools."_s));
        QString reason;
        if (!CupsPrinter::available(&reason))
            QSKIP(qPrintable(u"CUPS with cups-pdf is not available: "_s + reason));
        QVERIFY(m_files.isValid());

        QString error;
        m_cups = CupsPrinter::start(&error);
        QVERIFY2(m_cups, qPrintable(error));
        m_cups->useInThisProcess();
        QVERIFY2(QPrinterInfo::availablePrinterNames().contains(m_cups->queueName()),
                 qPrintable(QPrinterInfo::availablePrinterNames().join(u", "_s)));

        m_samples = SignedCertificateSamples::create(&error);
        QVERIFY2(m_samples, qPrintable(error));
        for (const QString &number : {kFirst, kSecond}) {
            QString verifyUrl;
            const std::optional<QByteArray> pdf = m_samples->make(number, &verifyUrl, &error);
            QVERIFY2(pdf, qPrintable(error));
            m_pdfs.insert(number, *pdf);
            m_verifyUrls.insert(number, verifyUrl);
        }
    }

    void cleanupTestCase() { m_cups.reset(); }

    // The queue defaults to Letter and the locale is the United States'; the job asks for A4.
    void printsA4WithReadableQrThroughCups()
    {
        const QLocale previous;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QString output = printThroughCups({item(kFirst)}, u"Certificate "_s + kFirst);
        QLocale::setDefault(previous);
        QVERIFY(!output.isEmpty());

        const PdfPages pages = pdfPages(output);
        QCOMPARE(pages.count, 1);
        QVERIFY2(pages.size.contains(u"(A4)"_s), qPrintable(pages.size));
        QCOMPARE(pdfQrText(output, 1), m_verifyUrls.value(kFirst));
        // The signature field's appearance (the signer's name, designation and date) is printed:
        // the box is blank in the unsigned certificate.
        const double ink = signatureInk(pdfPageImage(output, 1));
        QVERIFY2(ink > kMinSignatureInk, qPrintable(QString::number(ink)));

        // The original has no copy mark; the certificate's own words are there.
        const QString text = pdfText(output);
        QVERIFY2(!text.contains(u"COPY"_s), qPrintable(text));
    }

    void reprintCarriesCopyMark()
    {
        const QString output = printThroughCups({item(kFirst, 2)}, u"Certificate "_s + kFirst + u" copy 2"_s);
        QVERIFY(!output.isEmpty());
        const QString text = pdfText(output);
        QVERIFY2(text.contains(u"COPY 2"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"COPY 1"_s), qPrintable(text));
        QCOMPARE(pdfQrText(output, 1), m_verifyUrls.value(kFirst));
        QVERIFY2(pdfPages(output).size.contains(u"(A4)"_s), qPrintable(pdfPages(output).size));
    }

    void severalCertificatesAreOneJob()
    {
        const QStringList before = m_cups->outputFiles();
        const QString output = printThroughCups({item(kFirst), item(kSecond, 1)}, u"Batch of two"_s);
        QVERIFY(!output.isEmpty());
        QCOMPARE(m_cups->outputFiles().size(), before.size() + 1);

        const PdfPages pages = pdfPages(output);
        QCOMPARE(pages.count, 2);
        for (const QString &size : pages.sizes)
            QVERIFY2(size.contains(u"(A4)"_s), qPrintable(size));
        QCOMPARE(pdfQrText(output, 1), m_verifyUrls.value(kFirst));
        QCOMPARE(pdfQrText(output, 2), m_verifyUrls.value(kSecond));
        const QString text = pdfText(output);
        QVERIFY2(text.contains(u"COPY 1"_s), qPrintable(text));
    }

    void printsToPdfFile()
    {
        const QString path = m_files.filePath(u"copy.pdf"_s);
        CertificatePrintJob job(PrintTarget::pdfFile(path), u"Certificate "_s + kSecond);
        QString error;
        QVERIFY2(job.add(item(kSecond, 3), {}, &error), qPrintable(error));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY2(job.handOver(&error), qPrintable(error));
        QCOMPARE(job.state(), CertificatePrintJob::State::HandedOver);
        QCOMPARE(job.cupsJobId(), 0);
        QVERIFY(QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(path + u".part"_s));
        if (qEnvironmentVariableIsSet("NODUES_KEEP_PRINT_OUTPUT"))
            QFile::copy(path, qEnvironmentVariable("NODUES_KEEP_PRINT_OUTPUT") + u"/copy-3.pdf"_s);

        const PdfPages pages = pdfPages(path);
        QCOMPARE(pages.count, 1);
        QVERIFY2(pages.size.contains(u"(A4)"_s), qPrintable(pages.size));
        QVERIFY2(pdfText(path).contains(u"COPY 3"_s), qPrintable(pdfText(path)));
        QCOMPARE(pdfQrText(path, 1), m_verifyUrls.value(kSecond));
        const double ink = signatureInk(pdfPageImage(path, 1));
        QVERIFY2(ink > kMinSignatureInk, qPrintable(QString::number(ink)));
        QCOMPARE(PrintTarget::pdfFile(path).journalName(), u"pdf:"_s + m_files.path());
    }

    // Cancelled after its first page, a job reaches neither CUPS nor the disk.
    void abortedJobPrintsNothing()
    {
        QString error;
        QVERIFY2(m_cups->reset(&error), qPrintable(error));
        const QList<int> jobsBefore = m_cups->allJobs(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        {
            CertificatePrintJob job(PrintTarget::printer(m_cups->queueName()), u"Cancelled"_s);
            int pages = 0;
            QVERIFY(job.add(
                item(kFirst), [&] { return ++pages < 5; }, &error));
            QVERIFY(!job.add(
                item(kSecond), [&] { return ++pages < 2; }, &error));
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(job.state(), CertificatePrintJob::State::Aborted);
            QCOMPARE(job.pagesPainted(), 2);
            QVERIFY(!job.handOver(&error));
        }
        {
            // Destroyed while painting, a job is dropped too.
            CertificatePrintJob job(PrintTarget::printer(m_cups->queueName()), u"Dropped"_s);
            QVERIFY(job.add(item(kFirst), {}, &error));
        }
        const QString path = m_files.filePath(u"cancelled.pdf"_s);
        {
            CertificatePrintJob job(PrintTarget::pdfFile(path), u"Cancelled file"_s);
            QVERIFY(!job.add(
                item(kFirst), [] { return false; }, &error));
        }
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(path + u".part"_s));

        QCOMPARE(m_cups->allJobs(&error), jobsBefore);
        QVERIFY(m_cups->outputFiles().isEmpty());
    }

    void unknownPrinterIsClearError()
    {
        CertificatePrintJob job(PrintTarget::printer(u"NoSuchPrinter"_s), u"Nowhere"_s);
        QString error;
        QVERIFY(!job.add(item(kFirst), {}, &error));
        QVERIFY2(error.contains(u"\"NoSuchPrinter\""_s), qPrintable(error));
        QCOMPARE(job.state(), CertificatePrintJob::State::Failed);
    }

    void unreadablePdfIsClearError()
    {
        const QString path = m_files.filePath(u"broken.pdf"_s);
        CertificatePrintJob job(PrintTarget::pdfFile(path), u"Broken"_s);
        QString error;
        QVERIFY(!job.add({kSecond, "not a PDF", 0}, {}, &error));
        QVERIFY2(error.contains(kSecond), qPrintable(error));
        QCOMPARE(job.state(), CertificatePrintJob::State::Failed);
        QVERIFY(!QFileInfo::exists(path + u".part"_s));
        QCOMPARE(CertificatePrintJob::pageCount("not a PDF", &error), -1);
        QCOMPARE(CertificatePrintJob::pageCount(m_pdfs.value(kFirst), &error), 1);
    }
};

QTEST_MAIN(TestWorkstationPrint)
#include "TestWorkstationPrint.moc"
