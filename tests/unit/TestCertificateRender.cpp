// Renders sample certificates and checks them with independent tools: pdftotext, pdffonts and
// pdfinfo from poppler-utils, pdftoppm to rasterise the page and zbarimg (zbar-tools) to read
// its QR code, whose payload must verify with the signing key's public half.

#include "CertificateRenderSamples.h"
#include "WorkstationSamples.h"

#include "cache/CachedApplication.h"
#include "certificate/CertificateDocumentBuilder.h"
#include "certificate/CertificateLayout.h"
#include "certificate/CertificateRenderer.h"
#include "certificate/IssuedCertificate.h"

#include <QImage>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtMath>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;
using namespace nodues::workstation;

namespace {

constexpr qsizetype kMaxPdfBytes = 100 * 1024;

struct ToolResult
{
    int exitCode = -1;
    QByteArray output;
    QByteArray errors;
};

ToolResult runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    ToolResult result;
    if (!process.waitForFinished(60000)) {
        result.errors = "did not finish: " + process.errorString().toUtf8();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.output = process.readAllStandardOutput();
    result.errors = process.readAllStandardError();
    return result;
}

} // namespace

class TestCertificateRender : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_folder;
    std::optional<CertificateSigningKeys> m_keys;
    std::unique_ptr<CertificateRenderer> m_renderer;

    CertificateDocument signedSample(CertificateDocument document)
    {
        QString error;
        if (!test::signSampleDocument(document, *m_keys, &error))
            qFatal("The sample payload could not be signed: %s", qPrintable(error));
        return document;
    }

    CertificateDocument sample() { return signedSample(test::sampleDocument(m_renderer->text())); }

    CertificateDocument noConnectionSample()
    {
        CertificateDocument document = test::sampleDocument(m_renderer->text());
        document.kind = ApplicationKind::NoConnection;
        document.connections.clear();
        return signedSample(document);
    }

    // Renders document into the folder as name and returns the path; empty when rendering fails.
    QString renderFile(const CertificateDocument &document, const QString &name)
    {
        const QString path = m_folder.filePath(name);
        QString error;
        if (!m_renderer->renderToFile(document, path, &error)) {
            qWarning("Rendering failed: %s", qPrintable(error));
            return {};
        }
        return path;
    }

    static QString pdfText(const QString &path)
    {
        const ToolResult result = runTool(u"pdftotext"_s, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
        return result.exitCode == 0 ? QString::fromUtf8(result.output) : QString();
    }

    // The page rasterised at dpi, as pdftoppm writes it.
    QString rasterise(const QString &path, int dpi, int page = 1)
    {
        const QString prefix = path + u"-"_s + QString::number(dpi) + u"-"_s + QString::number(page);
        const ToolResult result =
            runTool(u"pdftoppm"_s, {u"-r"_s, QString::number(dpi), u"-png"_s, u"-f"_s, QString::number(page), u"-l"_s,
                                    QString::number(page), u"-singlefile"_s, path, prefix});
        return result.exitCode == 0 ? prefix + u".png"_s : QString();
    }

    static QString decodeQr(const QString &png)
    {
        const ToolResult result = runTool(u"zbarimg"_s, {u"--raw"_s, u"-q"_s, png});
        return result.exitCode == 0 ? QString::fromUtf8(result.output).trimmed() : QString();
    }

    static int pageCount(const QString &path)
    {
        const QString info = QString::fromUtf8(runTool(u"pdfinfo"_s, {path}).output);
        const QRegularExpressionMatch match =
            QRegularExpression(u"^Pages:\\s+(\\d+)$"_s, QRegularExpression::MultilineOption).match(info);
        return match.hasMatch() ? match.captured(1).toInt() : -1;
    }

private slots:
    void initTestCase()
    {
        for (const QString &tool : {u"pdftotext"_s, u"pdffonts"_s, u"pdfinfo"_s, u"pdftoppm"_s, u"zbarimg"_s}) {
            if (QStandardPaths::findExecutable(tool).isEmpty())
                QFAIL(qPrintable(tool + u" is missing: install poppler-utils and zbar-tools."_s));
        }
        QVERIFY(m_folder.isValid());

        QString error;
        m_keys = test::makeSampleSigningKeys(m_folder.filePath(u"keys"_s), &error);
        QVERIFY2(m_keys, qPrintable(error));
        m_renderer = CertificateRenderer::create(&error);
        QVERIFY2(m_renderer, qPrintable(error));
    }

    void hindiTextExtractsExactly()
    {
        const CertificateDocument document = sample();
        const QString path = renderFile(document, u"text.pdf"_s);
        QVERIFY(!path.isEmpty());
        const QString text = pdfText(path);

        QVERIFY2(text.contains(u"नो ड्यूज प्रमाण-पत्र"_s), qPrintable(text));
        QVERIFY(text.contains(u"No Dues Certificate"_s));
        QVERIFY(text.contains(u"मध्य प्रदेश मध्य क्षेत्र विद्युत वितरण कंपनी लिमिटेड"_s));
        QVERIFY(text.contains(u"श्रीकृष्ण त्रिपाठी / Shrikrishna Tripathi"_s));
        QVERIFY(text.contains(u"रामनारायण त्रिपाठी"_s));
        QVERIFY(text.contains(u"मकान 12, श्रीराम कॉलोनी, विद्युत नगर, भोपाल"_s));
        QVERIFY(text.contains(u"सरपंच, ग्राम पंचायत / Sarpanch, Gram Panchayat"_s));
        QVERIFY(text.contains(u"ग्राम पंचायत बिलखिरिया"_s));
        QVERIFY(text.contains(u"अनिल कुमार वर्मा"_s));
        QVERIFY(text.contains(u"उप महाप्रबंधक (शहर) / Deputy General Manager (City)"_s));
        QVERIFY(text.contains(u"शहर संभाग भोपाल / City Division Bhopal"_s));
    }

    // An officer added without a Hindi designation: both halves show the English one.
    void designationWithoutHindi()
    {
        CertificateDocument document = sample();
        document.officer.designationHi.clear();
        const QString path = renderFile(document, u"designation.pdf"_s);
        QVERIFY(!path.isEmpty());
        const QString text = pdfText(path);
        QVERIFY2(text.contains(u"Deputy General Manager (City)"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"उप महाप्रबंधक"_s), qPrintable(text));
        QVERIFY2(!text.contains(u" / Deputy General Manager"_s), qPrintable(text));
    }

    void numbersAndDatesInAsciiDigits()
    {
        const QString path = renderFile(sample(), u"numbers.pdf"_s);
        QVERIFY(!path.isEmpty());
        const QString text = pdfText(path);

        QVERIFY2(text.contains(u"NDC/20302/2026-27/000123"_s), qPrintable(text));
        QVERIFY(text.contains(u"APP/2030201/2026-27/000045"_s));
        // 19:35 UTC on 4 December is 01:05 IST on 5 December.
        QVERIFY(text.contains(u"05-12-2026 01:05 IST"_s));
        QVERIFY(text.contains(u"0100000001"_s));
        QVERIFY(text.contains(u"3000000007"_s));
        QVERIFY(text.contains(u"No dues as on 04-12-2026"_s));
        QVERIFY(text.contains(u"दिनांक 04-12-2026 की स्थिति में"_s));
        QVERIFY2(!text.contains(QRegularExpression(u"[०-९]"_s)), "Devanagari digits in the text");
    }

    void fontsEmbeddedAsSubsets()
    {
        const QString path = renderFile(sample(), u"fonts.pdf"_s);
        QVERIFY(!path.isEmpty());
        const ToolResult result = runTool(u"pdffonts"_s, {path});
        QCOMPARE(result.exitCode, 0);

        // name type encoding emb sub uni object ID, after two header lines. Cairo writes a font's
        // Latin-1 glyphs as a separate WinAnsi subset, so a font may appear twice.
        const QStringList lines = QString::fromUtf8(result.output).split(u'\n', Qt::SkipEmptyParts).mid(2);
        QVERIFY(!lines.isEmpty());
        QStringList families;
        for (const QString &line : lines) {
            const QStringList columns = line.split(u' ', Qt::SkipEmptyParts);
            QVERIFY2(columns.size() >= 7, qPrintable(line));
            const QString name = columns.first();
            QVERIFY2(QRegularExpression(u"^[A-Z]{6}\\+"_s).match(name).hasMatch(), qPrintable(line));
            QVERIFY2(columns.at(columns.size() - 5) == u"yes"_s, qPrintable(u"not embedded: "_s + line));
            QVERIFY2(columns.at(columns.size() - 4) == u"yes"_s, qPrintable(u"not a subset: "_s + line));
            const QString family = name.mid(name.indexOf(u'+') + 1);
            if (!families.contains(family))
                families.append(family);
        }
        families.sort();
        QCOMPARE(families, QStringList({u"NotoSans-Bold"_s, u"NotoSans-Regular"_s, u"NotoSansDevanagari-Bold"_s,
                                        u"NotoSansDevanagari-Regular"_s}));
    }

    void fileUnder100KB()
    {
        QString error;
        const std::optional<QByteArray> pdf = m_renderer->render(sample(), &error);
        QVERIFY2(pdf, qPrintable(error));
        qInfo("One certificate: %lld bytes", qint64(pdf->size()));
        QVERIFY2(pdf->size() < kMaxPdfBytes, qPrintable(QString::number(pdf->size())));
        QVERIFY(pdf->startsWith("%PDF-"));
    }

    void largeCertificateUnder100KB()
    {
        // Every consonant with every vowel sign and three conjuncts: far more distinct glyphs
        // than a real certificate, in fields at the maximum lengths the consumer API accepts.
        const QString consonants = u"कखगघङचछजझञटठडढणतथदधनपफबभमयरलवशषसह"_s;
        const QStringList signs{u""_s,  u"ा"_s, u"ि"_s, u"ी"_s, u"ु"_s,  u"ू"_s,  u"े"_s, u"ै"_s,
                                u"ो"_s, u"ौ"_s, u"ं"_s,  u"ृ"_s,  u"्र"_s, u"्य"_s, u"्व"_s};
        QStringList words;
        for (const QChar consonant : consonants) {
            QString word;
            for (const QString &sign : signs)
                word += consonant + sign;
            words.append(word);
        }
        const QString text = words.join(u' ');

        CertificateDocument document = test::sampleDocument(m_renderer->text());
        document.applicantNameHi = text.left(100);
        document.relativeName = text.mid(100, 100);
        document.address = text.mid(200, 300);
        document.electionBody = text.mid(500, 150);
        document.ward = text.mid(650, 100);
        document.connections.clear();
        for (int i = 0; i < 10; ++i) {
            CertificateConnection connection =
                test::sampleConnection(u"20000000%1"_s.arg(i, 2, 10, QLatin1Char('0')), text.mid(i * 17, 120));
            connection.name = text.mid(i * 13, 40);
            document.connections.append(connection);
        }
        document = signedSample(document);

        QString error;
        const std::optional<QByteArray> pdf = m_renderer->render(document, &error);
        QVERIFY2(pdf, qPrintable(error));
        qInfo("Large certificate: %lld bytes", qint64(pdf->size()));
        QVERIFY2(pdf->size() < kMaxPdfBytes, qPrintable(QString::number(pdf->size())));
    }

    void pageIsA4()
    {
        const QString path = renderFile(sample(), u"a4.pdf"_s);
        QVERIFY(!path.isEmpty());
        const QString info = QString::fromUtf8(runTool(u"pdfinfo"_s, {path}).output);
        QVERIFY2(info.contains(QRegularExpression(u"Page size:\\s+595\\.2\\d* x 841\\.8\\d* pts \\(A4\\)"_s)),
                 qPrintable(info));
        QCOMPARE(pageCount(path), 1);
    }

    void qrDecodesToSignedVerifyUrl()
    {
        const CertificateDocument document = sample();
        const QString path = renderFile(document, u"qr.pdf"_s);
        QVERIFY(!path.isEmpty());
        const QString png = rasterise(path, 150);
        QVERIFY(!png.isEmpty());

        const QString decoded = decodeQr(png);
        QCOMPARE(decoded, document.verifyUrl);

        // The fragment is the payload, and the company's public key verifies it.
        const QString fragment = decoded.mid(decoded.indexOf(u'#') + 1);
        QString error;
        const std::optional<ParsedQrPayload> parsed = QrPayload::parse(fragment, nullptr, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->fields.certificateNumber, u"NDC/20302/2026-27/000123"_s);
        QCOMPARE(parsed->fields.issueDate, QDate(2026, 12, 5));
        QCOMPARE(parsed->fields.applicantName, u"Shrikrishna Tripathi"_s);
        QCOMPARE(parsed->fields.connectionCount, 2);
        const std::optional<QByteArray> publicKey = m_keys->publicKey(parsed->keyId);
        QVERIFY(publicKey);
        QVERIFY(CertificateSigningKeys::verifySignature(*publicKey, parsed->signedBytes, parsed->signature));
        const auto lookup = [this](const QString &keyId) {
            return m_keys->publicKey(keyId);
        };
        QCOMPARE(QrPayload::verify(fragment, lookup), QrVerification::Valid);
    }

    void qrDecodesAtLowResolution()
    {
        // At 72 dpi a 2 pt module is 2 pixels: a rough stand-in for a cheap camera's blurry view.
        const CertificateDocument document = sample();
        const QString path = renderFile(document, u"qr-low.pdf"_s);
        QVERIFY(!path.isEmpty());
        const QString png = rasterise(path, 72);
        QVERIFY(!png.isEmpty());
        QCOMPARE(decodeQr(png), document.verifyUrl);
    }

    void verifyAddressPrintedUnderQr()
    {
        const CertificateDocument document = sample();
        const QString path = renderFile(document, u"address.pdf"_s);
        QVERIFY(!path.isEmpty());
        // The QR code keeps the exact URL; the page shows the number's slashes as people type them.
        QVERIFY2(document.verifyUrl.startsWith(u"https://nodues.example.in/verify/NDC%2F20302%2F2026-27%2F000123#"_s),
                 qPrintable(document.verifyUrl));
        QCOMPARE(document.verifyPageUrl(), u"https://nodues.example.in/verify/NDC/20302/2026-27/000123"_s);

        // The text of the QR column, whose narrow width wraps the address.
        using namespace CertificateLayout;
        const QStringList area{u"-x"_s, QString::number(int(kContentRight - kQrMaxSide)),
                               u"-y"_s, QString::number(int(kFooterTop)),
                               u"-W"_s, QString::number(int(kQrMaxSide) + 1),
                               u"-H"_s, QString::number(int(kFooterHeight))};
        const ToolResult result = runTool(u"pdftotext"_s, area + QStringList{u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
        QCOMPARE(result.exitCode, 0);
        const QStringList lines = QString::fromUtf8(result.output).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 2, result.output.constData());
        QCOMPARE(lines.first(), u"सत्यापन के लिए स्कैन करें / Scan to verify"_s);
        const QString printed = lines.mid(1).join(QString()).remove(u'\f');
        QCOMPARE(printed, u"https://nodues.example.in/verify/NDC/20302/2026-27/000123"_s);
        QVERIFY2(!printed.contains(u'%'), qPrintable(printed));
    }

    void signatureBoxLeftBlank()
    {
        const QString path = renderFile(sample(), u"signature.pdf"_s);
        QVERIFY(!path.isEmpty());
        const QImage page(rasterise(path, 72));
        QVERIFY(!page.isNull());
        // pdftoppm rounds the page size up to whole pixels.
        QCOMPARE(page.size(), QSize(qCeil(CertificateLayout::kPageWidth), qCeil(CertificateLayout::kPageHeight)));

        // At 72 dpi one pixel is one point.
        const QRect box = CertificateLayout::signatureBox().toAlignedRect();
        for (int y = box.top(); y <= box.bottom(); ++y) {
            for (int x = box.left(); x <= box.right(); ++x) {
                if (page.pixelColor(x, y) != Qt::white)
                    QFAIL(qPrintable(u"Pixel (%1, %2) of the signature box is not white"_s.arg(x).arg(y)));
            }
        }
        const QRectF pdfBox = CertificateLayout::signatureBoxInPdfSpace();
        QCOMPARE(pdfBox.left(), CertificateLayout::signatureBox().left());
        QCOMPARE(pdfBox.top() + pdfBox.height() + CertificateLayout::signatureBox().top(),
                 CertificateLayout::kPageHeight);
    }

    void noConnectionVariant()
    {
        const CertificateDocument document = noConnectionSample();
        const QString path = renderFile(document, u"no-connection.pdf"_s);
        QVERIFY(!path.isEmpty());
        const QString text = pdfText(path);

        QVERIFY2(text.contains(u"नो ड्यूज प्रमाण-पत्र"_s), qPrintable(text));
        QVERIFY(text.contains(u"कोई कनेक्शन नहीं पाया गया / No connection found"_s));
        QVERIFY(text.contains(u"वितरण केंद्र अरेरा कॉलोनी (2030201)"_s));
        QVERIFY(text.simplified().contains(u"in the records of DC Arera Colony (2030201). This certificate"_s));
        QVERIFY(text.simplified().contains(u"प्रमाणित किया जाता है कि वितरण केंद्र अरेरा कॉलोनी (2030201) के अभिलेखों में"_s));
        QVERIFY(text.contains(u"श्रीकृष्ण त्रिपाठी"_s));
        QVERIFY(!text.contains(u"IVRS number"_s));
        QVERIFY(!text.contains(u"0100000001"_s));

        const QString decoded = decodeQr(rasterise(path, 150));
        QCOMPARE(decoded, document.verifyUrl);
        const std::optional<ParsedQrPayload> parsed =
            QrPayload::parse(decoded.mid(decoded.indexOf(u'#') + 1), nullptr, nullptr);
        QVERIFY(parsed);
        QCOMPARE(parsed->fields.connectionCount, 0);
    }

    void copyMarkedOnReprint()
    {
        CertificateDocument document = sample();
        const QString original = pdfText(renderFile(document, u"original.pdf"_s));
        QVERIFY(!original.isEmpty());
        QVERIFY(!original.contains(u"COPY"_s));
        QVERIFY(!original.contains(u"प्रति"_s));

        document.copyNumber = 2;
        const QString copy = pdfText(renderFile(document, u"copy.pdf"_s));
        QVERIFY2(copy.contains(u"प्रति 2 / COPY 2"_s), qPrintable(copy));
    }

    void longTableContinuesOnNextPage()
    {
        CertificateDocument document = test::sampleDocument(m_renderer->text());
        document.connections.clear();
        for (int i = 1; i <= 14; ++i) {
            document.connections.append(test::sampleConnection(u"10000000%1"_s.arg(i, 2, 10, QLatin1Char('0')),
                                                               u"मकान %1, श्रीराम कॉलोनी, विद्युत नगर, भोपाल"_s.arg(i)));
        }
        document.copyNumber = 1;
        document = signedSample(document);
        const QString path = renderFile(document, u"long.pdf"_s);
        QVERIFY(!path.isEmpty());

        const int pages = pageCount(path);
        QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
        const QString text = pdfText(path);
        for (int i = 1; i <= 14; ++i)
            QVERIFY(text.contains(u"10000000%1"_s.arg(i, 2, 10, QLatin1Char('0'))));
        QCOMPARE(text.count(u"IVRS number"_s), pages);
        QCOMPARE(text.count(u"प्रति 1 / COPY 1"_s), pages);
        QVERIFY(text.contains(u"पृष्ठ %1 में से 1 / Page 1 of %1"_s.arg(pages)));
        QVERIFY(text.contains(u"प्रमाण-पत्र NDC/20302/2026-27/000123 (क्रमशः)"_s));
        QVERIFY(text.contains(u"Certificate NDC/20302/2026-27/000123, continued"_s));

        // The QR code is on the last page only.
        QCOMPARE(decodeQr(rasterise(path, 150, pages)), document.verifyUrl);
        QCOMPARE(decodeQr(rasterise(path, 150, 1)), QString());
    }

    void inconsistentDocumentRejected_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("expectedError");
        QTest::newRow("connection count") << u"count"_s << u"counts 2 connections, the page lists 1"_s;
        QTest::newRow("number") << u"number"_s << u"names certificate NDC/20302/2026-27/000123"_s;
        QTest::newRow("issue date") << u"date"_s << u"gives the issue date 05-12-2026, not 06-12-2026"_s;
        QTest::newRow("applicant") << u"applicant"_s << u"names the applicant \"Shrikrishna Tripathi\""_s;
        QTest::newRow("url") << u"url"_s << u"does not end in its QR payload"_s;
        QTest::newRow("payload") << u"payload"_s << u"QR payload is invalid"_s;
        QTest::newRow("missing name") << u"name"_s << u"applicant's name is missing"_s;
        QTest::newRow("kind") << u"kind"_s << u"must list no connection"_s;
    }

    void inconsistentDocumentRejected()
    {
        QFETCH(QString, change);
        QFETCH(QString, expectedError);
        CertificateDocument document = sample();
        if (change == u"count")
            document.connections.removeLast();
        else if (change == u"number")
            document.number = u"NDC/20302/2026-27/000124"_s;
        else if (change == u"date")
            document.issuedAt = document.issuedAt.addDays(1);
        else if (change == u"applicant")
            document.applicantName = u"Shrikrishna Tiwari"_s;
        else if (change == u"url")
            document.verifyUrl = document.verifyPageUrl();
        else if (change == u"payload")
            document.qrPayload = QString(document.qrPayload).replace(u"1.NDC"_s, u"2.NDC"_s);
        else if (change == u"name")
            document.applicantName.clear();
        else if (change == u"kind")
            document.kind = ApplicationKind::NoConnection;
        if (change == u"payload")
            document.verifyUrl = document.verifyPageUrl() + u'#' + document.qrPayload;

        QString error;
        QVERIFY(!m_renderer->render(document, &error));
        QVERIFY2(error.contains(expectedError), qPrintable(error));
    }

    void builderFromCachedApplication()
    {
        // An approved application with a connection billed to the mobile and one the applicant unlinked.
        QJsonObject json = test::sampleApplication(u"APP/2030201/2026-27/000045"_s, 7, 3, u"approved"_s);
        json[u"connections"_s] = QJsonArray{test::sampleConnection(u"0100000001"_s, u"billing_mobile"_s, true),
                                            test::sampleConnection(u"0100000002"_s, u"unlinked"_s, false)};
        QString error;
        const std::optional<CachedApplication> application = CachedApplication::fromJson(json, &error);
        QVERIFY2(application, qPrintable(error));

        CertificateDocument expected = test::sampleDocument(m_renderer->text());
        expected.applicantName = application->applicant.name;
        expected.connections.resize(1);
        expected = signedSample(expected);
        const QJsonObject issuedJson{{u"number"_s, expected.number},
                                     {u"issued_at"_s, Timestamp::toStorage(expected.issuedAt)},
                                     {u"issued_at_ist"_s, Timestamp::istDateTime(expected.issuedAt)},
                                     {u"qr_payload"_s, expected.qrPayload},
                                     {u"verify_url"_s, expected.verifyUrl}};
        const std::optional<IssuedCertificate> issued = IssuedCertificate::fromJson(issuedJson, &error);
        QVERIFY2(issued, qPrintable(error));

        const std::optional<CertificateDocument> document =
            CertificateDocumentBuilder::build(*application, *issued, expected.officer, m_renderer->text(), &error);
        QVERIFY2(document, qPrintable(error));
        QCOMPARE(document->number, expected.number);
        QCOMPARE(document->applicationNumber, u"APP/2030201/2026-27/000045"_s);
        QCOMPARE(document->applicantNameHi, u"रमेश कुमार"_s);
        QCOMPARE(document->electionTitle, u"Sarpanch, Gram Panchayat"_s);
        QCOMPARE(document->electionTitleHi, u"सरपंच, ग्राम पंचायत"_s);
        QCOMPARE(document->companyNameHi, u"मध्य प्रदेश मध्य क्षेत्र विद्युत वितरण कंपनी लिमिटेड"_s);
        QCOMPARE(document->connections.size(), 1);
        QCOMPARE(document->connections.first().ivrs, u"0100000001"_s);
        QCOMPARE(document->connections.first().dcNameHi, u"अरेरा कॉलोनी वितरण केंद्र"_s);
        // The billing data of 00:36 UTC on 5 December is newer than the approval at 19:35 UTC on 4 December.
        QCOMPARE(document->connections.first().noDuesAsOf, expected.issuedAt);
        QCOMPARE(document->copyNumber, 0);
        QVERIFY2(m_renderer->render(*document, &error), qPrintable(error));
    }

    void issuedCertificateRejectsForeignFragment()
    {
        const QJsonObject json{{u"number"_s, u"NDC/20302/2026-27/000123"_s},
                               {u"issued_at"_s, u"2026-12-04T19:35:00.000Z"_s},
                               {u"issued_at_ist"_s, u"05-12-2026 01:05"_s},
                               {u"qr_payload"_s, u"1.A"_s},
                               {u"verify_url"_s, u"https://nodues.example.in/verify/x#1.B"_s}};
        QString error;
        QVERIFY(!IssuedCertificate::fromJson(json, &error));
        QVERIFY2(error.contains(u"certificate.verify_url"_s), qPrintable(error));
    }

    void missingFontsReported()
    {
        QString error;
        CertificateRenderer::Options options;
        options.fontDirectory = m_folder.filePath(u"no-fonts"_s);
        QVERIFY(!CertificateRenderer::create(options, &error));
        QVERIFY2(error.contains(u".ttf was not found in "_s + options.fontDirectory), qPrintable(error));
    }

    void missingCatalogueReported()
    {
        QString error;
        CertificateRenderer::Options options;
        options.hindiCatalogue = m_folder.filePath(u"missing.qm"_s);
        QVERIFY(!CertificateRenderer::create(options, &error));
        QVERIFY2(error.contains(options.hindiCatalogue), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestCertificateRender)
#include "TestCertificateRender.moc"
