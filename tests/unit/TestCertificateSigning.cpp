// Signing certificate PDFs as PAdES with the officer's key from a PKCS#11 token (SoftHSM2 through
// libp11) or from a PKCS#12 file, checked by independent tools. Poppler's pdfsig must call the
// signature valid, and report "Digest Mismatch" after one signed byte changes. pdftotext must
// show the signer's name and designation. The server's PdfSignatureVerifier must accept the
// signature for the officer's certificate and the certificate number only. The upload tests
// approve certificates through the in-process server and upload the signed PDF over HTTP.

#include "ApiTestServer.h"
#include "ApplicationFixtures.h"
#include "CertificateFixtures.h"
#include "OfficeFixtures.h"
#include "SignedPdfFixtures.h"
#include "SoftHsmToken.h"
#include "applications/ElectionKind.h"
#include "certificate/CertificateDocument.h"
#include "certificate/CertificateRenderer.h"
#include "certificate/PadesSigner.h"
#include "certificate/Pkcs11SigningKey.h"
#include "certificate/Pkcs12SigningKey.h"
#include "certificate/RegisteredCertificateCheck.h"
#include "certificates/PdfSignatureVerifier.h"
#include "officers/SigningCertificate.h"
#include "officers/SigningCertificateStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;
using namespace nodues::test;
using namespace nodues::workstation;

namespace {

const QString kNumber = u"NDC/20302/2026-27/000001"_s;
const QString kOtherNumber = u"NDC/20302/2026-27/000002"_s;
const QString kSignerName = u"Rajesh Kumar Sharma"_s;
const QString kSignerNameHindi = u"राजेश कुमार शर्मा"_s;
const QString kDesignation = u"Deputy General Manager (City East)"_s;
const QString kDesignationHindi = u"उप महाप्रबंधक (सिटी ईस्ट)"_s;
const QByteArray kWrongPin = "999999";
const QByteArray kPassphrase = "Correct horse 42";
const QByteArray kWrongPassphrase = "Wrong horse 42";

// Every message logged while the test runs, to show that no secret reaches the log.
QMutex logMutex;
QStringList loggedMessages;
QtMessageHandler previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker locker(&logMutex);
        loggedMessages.append(QString::fromLatin1(context.category) + u": "_s + message);
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

struct ToolOutput
{
    int exitCode = -1;
    QString text; // standard output and error, merged
};

ToolOutput runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(10000) || !process.waitForFinished(60000))
        return {-1, program + u" did not run: "_s + process.errorString()};
    return {process.exitCode(), QString::fromUtf8(process.readAll())};
}

QString writeTemporaryPdf(const QTemporaryDir &directory, const QString &name, const QByteArray &pdf)
{
    const QString path = directory.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {};
    return path;
}

ToolOutput pdfsig(const QByteArray &pdf)
{
    QTemporaryDir directory;
    return runTool(u"pdfsig"_s, {writeTemporaryPdf(directory, u"signed.pdf"_s, pdf)});
}

QString pdftotext(const QByteArray &pdf)
{
    QTemporaryDir directory;
    return runTool(u"pdftotext"_s, {writeTemporaryPdf(directory, u"page.pdf"_s, pdf), u"-"_s}).text;
}

// An A4 page drawn by Pango and Cairo, as the certificate renderer draws them. The text is put
// into the signature appearance's lines, which are plain text boxes.
QByteArray cairoPdf()
{
    QString error;
    const QByteArray pdf = SignatureAppearance::renderPdf(
        {u"No Dues Certificate"_s, u"नो ड्यूज प्रमाण-पत्र"_s, u"Page of a test certificate"_s, {}, {}},
        QSizeF(595.276, 841.89), &error);
    if (pdf.isEmpty())
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
    return pdf;
}

SignatureRequest requestFor(const QString &number, const QDateTime &signedAt = QDateTime::currentDateTimeUtc())
{
    SignatureRequest request;
    request.certificateNumber = number;
    request.signer = {kSignerName, kSignerNameHindi, kDesignation, kDesignationHindi, signedAt};
    return request;
}

// One byte inside the first signed range changed: the first byte of the binary comment that
// follows the "%PDF-" header line, so that the file still parses exactly as before.
QByteArray withOneByteChanged(const QByteArray &pdf)
{
    QByteArray changed = pdf;
    const qsizetype at = changed.indexOf("\n%") + 2;
    changed[at] = char(changed[at] ^ 0x01);
    return changed;
}

void insertTwoBillingRows(Database &database)
{
    insertBillingConnection(database, {u"1000000001"_s, u"Ramesh Kumar"_s, u"रमेश कुमार"_s, u"9876543210"_s, u"2030201"_s,
                                       u"METERED"_s, u"WORKING"_s, u"DONE"_s, 0, u"2026-11-15"_s});
    insertBillingConnection(database, {u"1000000002"_s, u"Ramesh Kumar"_s, u"रमेश कुमार"_s, u"9876543211"_s, u"2030201"_s,
                                       u"METERED"_s, u"WORKING"_s, u"DONE"_s, 0, u"2026-11-15"_s});
}

// Two applications approved as one batch over HTTP, and the approving officer.
struct Approval
{
    QStringList applicationNumbers;
    QList<QJsonObject> certificates; // IssuedCertificate of each, in the same order
    QString token;                   // the division officer's bearer token
    QJsonObject me;                  // the officer as GET /api/v1/officer/me returns it
};

// Submits two applications, has the clerk forward them and the division officer approve them as
// one batch with the OTP from the SMS spool, and registers the token's certificate as the
// officer's DSC, as "nodues-server officer set-certificate" does. Fails the running test on error.
Approval approveTwoApplications(ApiTestServer &api, const QByteArray &certificatePem)
{
    Approval approval;
    Database &database = api.db->database();
    for (const auto &[mobile, ivrs] :
         {std::pair{u"9876543210"_s, u"1000000001"_s}, std::pair{u"9876543211"_s, u"1000000002"_s}}) {
        const SubmittedApplication submitted = submitApplication(api, mobile, applicationForm(ivrs));
        if (submitted.response.status != 201) {
            QTest::qFail(submitted.response.body.constData(), __FILE__, __LINE__);
            return approval;
        }
        approval.applicationNumbers.append(submitted.number);
    }

    const QString clerk =
        officerToken(api, addOfficer(database, u"clerk.kolar"_s, OfficerRole::Clerk, u"2030201"_s, u"9000000001"_s));
    for (qsizetype i = 0; i < approval.applicationNumbers.size(); ++i) {
        const QString key = u"forward-000000%1"_s.arg(i + 1);
        const HttpTestResponse forwarded =
            api.withToken("POST"_ba,
                          "/api/v1/officer/applications/"_ba +
                              QUrl::toPercentEncoding(approval.applicationNumbers.at(i)) + "/forward"_ba,
                          clerk, jsonBytes({{u"version"_s, 1}, {u"idempotency_key"_s, key}}));
        if (forwarded.status != 200) {
            QTest::qFail(forwarded.body.constData(), __FILE__, __LINE__);
            return approval;
        }
    }

    const Officer dgm =
        addOfficer(database, u"dgm.bhopal"_s, OfficerRole::DivisionOfficer, u"20302"_s, u"9000000002"_s);
    approval.token = officerToken(api, dgm);
    QJsonArray items;
    for (const QString &number : std::as_const(approval.applicationNumbers))
        items.append(QJsonObject{{u"number"_s, number}, {u"version"_s, 2}});
    QJsonObject batch{{u"action"_s, u"approve"_s}, {u"applications"_s, items}};
    HttpTestResponse response =
        api.withToken("POST"_ba, "/api/v1/officer/decisions/otp"_ba, approval.token, jsonBytes(batch));
    batch[u"challenge_id"_s] = jsonOf(response)[u"challenge_id"_s].toString();
    batch[u"otp"_s] = api.deliveredCode(u"9000000002"_s);
    batch[u"idempotency_key"_s] = u"approve-0000001"_s;
    response = api.withToken("POST"_ba, "/api/v1/officer/decisions"_ba, approval.token, jsonBytes(batch));
    const QJsonArray results = jsonOf(response)[u"results"_s].toArray();
    if (response.status != 200 || results.size() != 2) {
        QTest::qFail(response.body.constData(), __FILE__, __LINE__);
        return approval;
    }
    for (const QJsonValue &result : results)
        approval.certificates.append(result[u"certificate"_s].toObject());

    SigningCertificateStore certificates(database, api.clock);
    QString error;
    if (!certificates.registerCertificate(dgm.username, certificatePem, u"test"_s, &error))
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
    approval.me = jsonOf(api.withToken("GET"_ba, "/api/v1/officer/me"_ba, approval.token));
    return approval;
}

HttpTestResponse upload(ApiTestServer &api, const QString &token, const QString &number, const QByteArray &pdf)
{
    return api.request(
        "PUT"_ba, certificateUploadTarget(number), pdf,
        {{"Authorization"_ba, "Bearer "_ba + token.toLatin1()}, {"Content-Type"_ba, "application/pdf"_ba}});
}

// The document of the first application's certificate, as applicationForm() and the billing rows
// describe it, with the number, time and QR payload that the approval returned.
CertificateDocument certificateDocument(const CertificateRenderer &renderer, const QJsonObject &certificate,
                                        const Approval &approval)
{
    CertificateDocument document;
    document.kind = ApplicationKind::Connections;
    document.number = certificate[u"number"_s].toString();
    document.issuedAt = QDateTime::fromString(certificate[u"issued_at"_s].toString(), Qt::ISODateWithMs);
    document.applicationNumber = approval.applicationNumbers.first();
    const BilingualText company = renderer.text().phrase(CertificateText::Phrase::DefaultCompanyName);
    document.companyName = company.en;
    document.companyNameHi = company.hi;
    document.applicantName = u"Ramesh Kumar"_s;
    document.applicantNameHi = u"रमेश कुमार"_s;
    document.relation = Relation::Father;
    document.relativeName = u"Suresh Kumar"_s;
    document.address = u"12 Shivaji Nagar, Bhopal"_s;
    const BilingualText election = renderer.text().translate(electionKindTitle(ElectionKind::GramPanchayatSarpanch));
    document.electionTitle = election.en;
    document.electionTitleHi = election.hi;
    document.electionBody = u"Gram Panchayat Bilkhiria"_s;
    document.ward = u"Ward 7"_s;
    document.dcCode = u"2030201"_s;
    CertificateConnection connection;
    connection.ivrs = u"1000000001"_s;
    connection.name = u"Ramesh Kumar"_s;
    connection.address = u"12 Shivaji Nagar, Bhopal"_s;
    connection.dcCode = u"2030201"_s;
    connection.noDuesAsOf = document.issuedAt;
    document.connections = {connection};
    document.officer.name = approval.me[u"name"_s].toString();
    document.officer.nameHi = approval.me[u"name_hi"_s].toString();
    document.officer.designation = approval.me[u"designation"_s].toString();
    document.officer.officeCode = approval.me[u"office_code"_s].toString();
    document.officer.officeName = approval.me[u"office_name"_s].toString();
    document.officer.officeNameHi = approval.me[u"office_name_hi"_s].toString();
    document.qrPayload = certificate[u"qr_payload"_s].toString();
    document.verifyUrl = certificate[u"verify_url"_s].toString();
    return document;
}

} // namespace

class TestCertificateSigning : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SoftHsmToken> m_token;
    QTemporaryDir m_files;

    std::unique_ptr<Pkcs11SigningKey> tokenKey() const
    {
        return std::make_unique<Pkcs11SigningKey>(
            Pkcs11KeyLocation{m_token->keyUri(), QString::fromLatin1(SoftHsmToken::kModulePath), {}});
    }

    QByteArray signWithToken(const QByteArray &unsignedPdf, const SignatureRequest &request)
    {
        auto key = tokenKey();
        SigningError error;
        if (!key->unlock(m_token->pin(), &error)) {
            QTest::qFail(qPrintable(error.message + u" / "_s + error.detail), __FILE__, __LINE__);
            return {};
        }
        const std::optional<QByteArray> signedPdf = PadesSigner::sign(unsignedPdf, *key, request, &error);
        if (!signedPdf) {
            QTest::qFail(qPrintable(error.message + u" / "_s + error.detail), __FILE__, __LINE__);
            return {};
        }
        return *signedPdf;
    }

    // The checks every signed certificate must pass, whatever key signed it.
    void checkSignedPdf(const QByteArray &unsignedPdf, const QByteArray &signedPdf)
    {
        QVERIFY(!signedPdf.isEmpty());
        QVERIFY2(signedPdf.startsWith(unsignedPdf), "the incremental update changed the unsigned bytes");

        const ToolOutput report = pdfsig(signedPdf);
        QVERIFY2(report.text.contains(u"Signature Validation: Signature is Valid."_s), qPrintable(report.text));
        QVERIFY2(report.text.contains(u"Signature Type: ETSI.CAdES.detached"_s), qPrintable(report.text));
        QVERIFY2(report.text.contains(u"Total document signed"_s), qPrintable(report.text));
        QVERIFY2(report.text.contains(u"Signer Certificate Common Name: "_s + kSignerName), qPrintable(report.text));

        const PdfSignatureCheck check = PdfSignatureVerifier::verify(signedPdf, m_token->certificatePem());
        QVERIFY2(check.status == PdfSignatureStatus::Valid, qPrintable(check.message.translated() + check.detail));
        QCOMPARE(check.subFilter, u"ETSI.CAdES.detached"_s);
        QCOMPARE(check.location, kNumber);
        QCOMPARE(check.name, kSignerName);
        QVERIFY(check.reason.contains(u"Approval of the No Dues certificate"_s));
        QVERIFY2(check.dictionaryTime.startsWith(u"D:20"_s), qPrintable(check.dictionaryTime));
        QVERIFY(check.signingTime.isValid());
        QVERIFY2(check.signerSubject.contains(u"CN="_s + kSignerName), qPrintable(check.signerSubject));
    }

private slots:
    void initTestCase()
    {
        // Debug messages too, so that the check for secrets covers everything the code logs.
        QLoggingCategory::setFilterRules(u"nodues.*=true\nnodues.server.*.debug=false"_s);
        previousHandler = qInstallMessageHandler(recordMessage);
        QVERIFY(m_files.isValid());

        QString error;
        m_token = SoftHsmToken::create(kSignerName, QDateTime::currentDateTimeUtc(), &error);
        QVERIFY2(m_token, qPrintable(error));
    }

    void cleanupTestCase() { qInstallMessageHandler(previousHandler); }

    void tokenSignatureIsValid_data()
    {
        QTest::addColumn<QByteArray>("unsignedPdf");
        QTest::newRow("plain PDF") << unsignedCertificatePdf(kNumber, "No Dues Certificate", false);
        QTest::newRow("Cairo PDF") << cairoPdf();
    }
    void tokenSignatureIsValid()
    {
        QFETCH(QByteArray, unsignedPdf);
        const QByteArray signedPdf = signWithToken(unsignedPdf, requestFor(kNumber));
        checkSignedPdf(unsignedPdf, signedPdf);
        if (qEnvironmentVariableIsSet("NODUES_KEEP_SIGNED_PDF")) {
            QFile kept(qEnvironmentVariable("NODUES_KEEP_SIGNED_PDF") + u"/"_s +
                       QString::fromLatin1(QTest::currentDataTag()) + u".pdf"_s);
            QVERIFY(kept.open(QIODevice::WriteOnly) && kept.write(signedPdf) == signedPdf.size());
        }
    }

    void changedByteIsDigestMismatch()
    {
        const QByteArray signedPdf = signWithToken(cairoPdf(), requestFor(kNumber));
        QVERIFY(!signedPdf.isEmpty());
        const QByteArray changed = withOneByteChanged(signedPdf);
        QCOMPARE(changed.size(), signedPdf.size());
        QVERIFY(changed != signedPdf);

        const ToolOutput report = pdfsig(changed);
        QVERIFY2(report.text.contains(u"Signature Validation: Digest Mismatch."_s), qPrintable(report.text));
        QVERIFY2(!report.text.contains(u"Signature is Valid"_s), qPrintable(report.text));
        QCOMPARE(PdfSignatureVerifier::verify(changed, m_token->certificatePem()).status,
                 PdfSignatureStatus::DigestMismatch);
    }

    void verifierBindsCertificateAndNumber()
    {
        const QByteArray signedPdf = signWithToken(cairoPdf(), requestFor(kNumber));
        QVERIFY(!signedPdf.isEmpty());

        // The server compares /Location with the number the PDF is uploaded for.
        const PdfSignatureCheck check = PdfSignatureVerifier::verify(signedPdf, m_token->certificatePem());
        QCOMPARE(check.status, PdfSignatureStatus::Valid);
        QCOMPARE(check.location, kNumber);
        QVERIFY(check.location != kOtherNumber);

        // Another officer's certificate does not match the signer.
        const TestSigningIdentity other =
            TestSigningIdentity::validAround(u"Anil Verma"_s, QDateTime::currentDateTimeUtc());
        QCOMPARE(PdfSignatureVerifier::verify(signedPdf, other.certificatePem()).status,
                 PdfSignatureStatus::SignerNotExpected);
        // Nor does the CA that issued the officer's certificate.
        QCOMPARE(PdfSignatureVerifier::verify(signedPdf, m_token->caCertificatePem()).status,
                 PdfSignatureStatus::SignerNotExpected);
    }

    void visibleSignatureNamesSigner()
    {
        const QByteArray unsignedPdf = unsignedCertificatePdf(kNumber, "No Dues Certificate", false);
        const QDateTime signedAt(QDate(2026, 12, 4), QTime(10, 30), Qt::UTC);
        const QByteArray signedPdf = signWithToken(unsignedPdf, requestFor(kNumber, signedAt));
        QVERIFY(!signedPdf.isEmpty());

        const QString before = pdftotext(unsignedPdf);
        QVERIFY2(!before.contains(kDesignation), qPrintable(before));
        const QString text = pdftotext(signedPdf);
        QVERIFY2(text.contains(u"Digitally signed by"_s), qPrintable(text));
        QVERIFY2(text.contains(kSignerName), qPrintable(text));
        QVERIFY2(text.contains(kSignerNameHindi), qPrintable(text));
        QVERIFY2(text.contains(kDesignation), qPrintable(text));
        QVERIFY2(text.contains(u"04-12-2026 16:00 IST"_s), qPrintable(text));
    }

    void wrongPinIsClearError()
    {
        auto key = tokenKey();
        SigningError error;
        QVERIFY(!key->unlock(kWrongPin, &error));
        QCOMPARE(error.code, SigningErrorCode::WrongSecret);
        QVERIFY2(error.message.contains(u"PIN is wrong"_s), qPrintable(error.message));
        QVERIFY2(error.message.contains(u"Type it again"_s), qPrintable(error.message));
        QVERIFY(!key->isUnlocked());
        QVERIFY(!key->privateKey());

        // A locked key does not sign.
        const std::optional<QByteArray> signedPdf = PadesSigner::sign(cairoPdf(), *key, requestFor(kNumber), &error);
        QVERIFY(!signedPdf);
        QCOMPARE(error.code, SigningErrorCode::NotUnlocked);

        // The right PIN still works afterwards.
        QVERIFY2(key->unlock(m_token->pin(), &error), qPrintable(error.detail));
        QVERIFY(key->isUnlocked());
        QCOMPARE(key->certificatePem(), m_token->certificatePem());
    }

    void missingTokenOrKeyIsClearError()
    {
        const QString module = QString::fromLatin1(SoftHsmToken::kModulePath);
        SigningError error;
        Pkcs11SigningKey noToken({u"pkcs11:token=No%20Such%20Token;object=officer"_s, module, {}});
        QVERIFY(!noToken.unlock(m_token->pin(), &error));
        QCOMPARE(error.code, SigningErrorCode::TokenNotFound);
        QVERIFY2(error.message.contains(u"No%20Such%20Token"_s), qPrintable(error.message));

        Pkcs11SigningKey noKey({u"pkcs11:token=NoDues%20Test%20Token;object=nobody"_s, module, {}});
        QVERIFY(!noKey.unlock(m_token->pin(), &error));
        QCOMPARE(error.code, SigningErrorCode::KeyNotFound);
        QVERIFY2(error.message.contains(u"object=nobody"_s), qPrintable(error.message));

        Pkcs11SigningKey noModule({m_token->keyUri(), u"/nonexistent/libpkcs11.so"_s, {}});
        QVERIFY(!noModule.unlock(m_token->pin(), &error));
        QCOMPARE(error.code, SigningErrorCode::ModuleUnavailable);
        QVERIFY2(error.message.contains(u"/nonexistent/libpkcs11.so"_s), qPrintable(error.message));

        Pkcs11SigningKey notUri({u"token=NoDues"_s, module, {}});
        QVERIFY(!notUri.unlock(m_token->pin(), &error));
        QCOMPARE(error.code, SigningErrorCode::KeyNotFound);
        QVERIFY2(error.message.contains(u"pkcs11:"_s), qPrintable(error.message));
    }

    // A DSC token usually contains one key, so the token label alone is enough. The module may
    // come from the URI.
    void tokenLabelAloneFindsKey()
    {
        Pkcs11SigningKey key(
            {u"pkcs11:token=NoDues%20Test%20Token?module-path="_s + QString::fromLatin1(SoftHsmToken::kModulePath),
             {},
             {}});
        SigningError error;
        QVERIFY2(key.unlock(m_token->pin(), &error), qPrintable(error.message + u" / "_s + error.detail));
        QCOMPARE(key.certificatePem(), m_token->certificatePem());
        key.lock();
        QVERIFY(!key.isUnlocked());
        QVERIFY(!key.certificate());
    }

    void signedPdfIsNotSignedAgain()
    {
        const QByteArray signedPdf = signWithToken(cairoPdf(), requestFor(kNumber));
        QVERIFY(!signedPdf.isEmpty());
        auto key = tokenKey();
        SigningError error;
        QVERIFY(key->unlock(m_token->pin(), &error));
        QVERIFY(!PadesSigner::sign(signedPdf, *key, requestFor(kNumber), &error));
        QCOMPARE(error.code, SigningErrorCode::PdfAlreadySigned);
        QVERIFY(!PadesSigner::sign("not a PDF", *key, requestFor(kNumber), &error));
        QCOMPARE(error.code, SigningErrorCode::PdfUnreadable);
    }

    void pkcs12SignatureIsValid_data()
    {
        QTest::addColumn<bool>("legacyEncryption");
        QTest::newRow("AES-256") << false;
        QTest::newRow("RC2 and 3DES") << true;
    }
    void pkcs12SignatureIsValid()
    {
        QFETCH(bool, legacyEncryption);
        QString toolError;
        const QString path = m_token->writePkcs12(legacyEncryption ? u"legacy.p12"_s : u"aes.p12"_s, kPassphrase,
                                                  legacyEncryption, &toolError);
        QVERIFY2(!path.isEmpty(), qPrintable(toolError));

        Pkcs12SigningKey key(path);
        SigningError error;
        QVERIFY(!key.unlock(kWrongPassphrase, &error));
        QCOMPARE(error.code, SigningErrorCode::WrongSecret);
        QVERIFY2(error.message.contains(u"passphrase"_s) && error.message.contains(u"wrong"_s),
                 qPrintable(error.message));
        QVERIFY(!key.isUnlocked());

        QVERIFY2(key.unlock(kPassphrase, &error), qPrintable(error.message + u" / "_s + error.detail));
        QCOMPARE(key.certificatePem(), m_token->certificatePem());
        QCOMPARE(key.chain().size(), 1);
        const QByteArray unsignedPdf = cairoPdf();
        const std::optional<QByteArray> signedPdf = PadesSigner::sign(unsignedPdf, key, requestFor(kNumber), &error);
        QVERIFY2(signedPdf, qPrintable(error.message + u" / "_s + error.detail));
        checkSignedPdf(unsignedPdf, *signedPdf);
    }

    void pkcs12MissingFileIsClearError()
    {
        Pkcs12SigningKey key(m_files.filePath(u"missing.p12"_s));
        SigningError error;
        QVERIFY(!key.unlock(kPassphrase, &error));
        QCOMPARE(error.code, SigningErrorCode::FileUnreadable);
        QVERIFY2(error.message.contains(u"missing.p12"_s), qPrintable(error.message));
    }

    void registeredCertificateChecked()
    {
        QString toolError;
        const QString path = m_token->writePkcs12(u"registered.p12"_s, kPassphrase, false, &toolError);
        QVERIFY2(!path.isEmpty(), qPrintable(toolError));
        Pkcs12SigningKey key(path);
        SigningError error;
        QVERIFY2(key.unlock(kPassphrase, &error), qPrintable(error.message));
        QString parseError;
        const std::optional<SigningCertificate> own = SigningCertificate::parse(m_token->certificatePem(), &parseError);
        QVERIFY2(own, qPrintable(parseError));
        const std::optional<SigningCertificate> other = SigningCertificate::parse(
            TestSigningIdentity::validAround(u"Another Officer"_s, QDateTime::currentDateTimeUtc()).certificatePem(),
            &parseError);
        QVERIFY2(other, qPrintable(parseError));

        // The registered fingerprint, in either case of hex digits.
        QVERIFY(RegisteredCertificateCheck::matches(key, own->sha256Fingerprint, &error));
        QVERIFY(RegisteredCertificateCheck::matches(key, own->sha256Fingerprint.toLower(), &error));
        // A profile that does not say leaves the check to the server.
        QVERIFY(RegisteredCertificateCheck::matches(key, std::nullopt, &error));

        QVERIFY(!RegisteredCertificateCheck::matches(key, other->sha256Fingerprint, &error));
        QCOMPARE(error.code, SigningErrorCode::NotRegistered);
        QVERIFY2(error.message.contains(u"is not the one registered for you"_s), qPrintable(error.message));
        QVERIFY2(error.message.contains(u"This DSC: SHA-256 "_s + own->sha256Fingerprint), qPrintable(error.message));
        QVERIFY2(error.message.contains(u"Registered: SHA-256 "_s + other->sha256Fingerprint),
                 qPrintable(error.message));
        QVERIFY2(error.message.contains(key.description()), qPrintable(error.message));

        error = {};
        QVERIFY(!RegisteredCertificateCheck::matches(key, QString(), &error));
        QCOMPARE(error.code, SigningErrorCode::NotRegistered);
        QVERIFY2(error.message.startsWith(u"No Digital Signature Certificate is registered for you"_s),
                 qPrintable(error.message));
    }

    void uploadSignedPdf_data() { addBackendColumn(); }
    void uploadSignedPdf()
    {
        NODUES_START_API_SERVER(api, insertTwoBillingRows, server::ApiSettings{100, 100, 100, 100, 900, 1000, 1000},
                                OtpSettings{}, ApplicationSettings{}, PasswordHasher::Cost::Interactive);
        QVERIFY(restartWithBodyLimit(api, 1024 * 1024));
        const Approval approval = approveTwoApplications(api, m_token->certificatePem());
        QVERIFY(!QTest::currentTestFailed());
        const QString number = approval.certificates[0][u"number"_s].toString();
        const QString otherNumber = approval.certificates[1][u"number"_s].toString();

        // The workstation signs with the officer's name and designation from /me.
        SignatureRequest request = requestFor(number);
        request.signer.name = approval.me[u"name"_s].toString();
        request.signer.nameHindi = approval.me[u"name_hi"_s].toString();
        request.signer.designation = approval.me[u"designation"_s].toString();
        request.signer.designationHindi.clear();
        const QByteArray signedPdf = signWithToken(cairoPdf(), request);
        QVERIFY(!signedPdf.isEmpty());
        QVERIFY2(pdftotext(signedPdf).contains(request.signer.designation), "the designation from /me is not shown");

        // Uploaded for the other certificate, the signature's number does not match.
        HttpTestResponse response = upload(api, approval.token, otherNumber, signedPdf);
        QCOMPARE(response.status, 422);
        QCOMPARE(errorCodeOf(response), u"certificate_number_mismatch"_s);
        // Changed after signing, it is refused.
        response = upload(api, approval.token, number, withOneByteChanged(signedPdf));
        QCOMPARE(response.status, 422);
        QCOMPARE(errorCodeOf(response), u"digest_mismatch"_s);
        // As signed, it is published, and the same file again is accepted with 200.
        response = upload(api, approval.token, number, signedPdf);
        QCOMPARE(response.status, 201);
        QCOMPARE(jsonOf(response)[u"status"_s].toString(), u"published"_s);
        response = upload(api, approval.token, number, signedPdf);
        QCOMPARE(response.status, 200);
        QCOMPARE(jsonOf(response)[u"status"_s].toString(), u"already_published"_s);
    }

    // The whole path on the workstation: the certificate that the approval returned is rendered,
    // signed with the token and published.
    void uploadRenderedCertificate_data() { addBackendColumn(); }
    void uploadRenderedCertificate()
    {
        QString error;
        const std::unique_ptr<CertificateRenderer> renderer = CertificateRenderer::create(&error);
        if (!renderer)
            QSKIP(qPrintable(u"the certificate renderer is not available: "_s + error));

        NODUES_START_API_SERVER(api, insertTwoBillingRows, server::ApiSettings{100, 100, 100, 100, 900, 1000, 1000},
                                OtpSettings{}, ApplicationSettings{}, PasswordHasher::Cost::Interactive);
        QVERIFY(restartWithBodyLimit(api, 1024 * 1024));
        const Approval approval = approveTwoApplications(api, m_token->certificatePem());
        QVERIFY(!QTest::currentTestFailed());

        const QJsonObject &certificate = approval.certificates[0];
        const CertificateDocument document = certificateDocument(*renderer, certificate, approval);
        QVERIFY2(document.validate(&error), qPrintable(error));
        const std::optional<QByteArray> unsignedPdf = renderer->render(document, &error);
        QVERIFY2(unsignedPdf, qPrintable(error));

        SignatureRequest request = requestFor(document.number, document.issuedAt.addSecs(300));
        request.signer.name = document.officer.name;
        request.signer.nameHindi = document.officer.nameHi;
        request.signer.designation = document.officer.designation;
        request.signer.designationHindi = document.officer.designationHi;
        const QByteArray signedPdf = signWithToken(*unsignedPdf, request);
        QVERIFY(!signedPdf.isEmpty());
        QVERIFY(signedPdf.startsWith(*unsignedPdf));
        const ToolOutput report = pdfsig(signedPdf);
        QVERIFY2(report.text.contains(u"Signature Validation: Signature is Valid."_s), qPrintable(report.text));
        const QString text = pdftotext(signedPdf);
        QVERIFY2(text.contains(u"Digitally signed by"_s), qPrintable(text));
        QVERIFY2(text.contains(u"प्रमाण-पत्र"_s), qPrintable(text));
        qInfo() << "Rendered certificate:" << unsignedPdf->size() << "bytes, signed:" << signedPdf.size() << "bytes";

        const HttpTestResponse response = upload(api, approval.token, document.number, signedPdf);
        QCOMPARE(response.status, 201);
    }

    // Runs last: the messages of every test above are checked.
    void secretsNeverLogged()
    {
        const QMutexLocker locker(&logMutex);
        QVERIFY2(!loggedMessages.isEmpty(), "no message was recorded, so the check below would prove nothing");
        const QStringList secrets{QString::fromLatin1(m_token->pin()), QString::fromLatin1(kWrongPin),
                                  QString::fromLatin1(kPassphrase), QString::fromLatin1(kWrongPassphrase)};
        for (const QString &message : std::as_const(loggedMessages)) {
            for (const QString &secret : secrets)
                QVERIFY2(!message.contains(secret), qPrintable(message));
        }
        QVERIFY2(loggedMessages.filter(u"nodues.certificate.signing"_s).size() > 3,
                 qPrintable(loggedMessages.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestCertificateSigning)
#include "TestCertificateSigning.moc"
