// The sync of signed certificate PDFs between workstations and the in-process nodues-server, on
// SQLite and PostgreSQL: the division officer's workstation uploads what it signed, through a
// faulty link on loopback (FaultyProxy), and another workstation of the office downloads the
// published file. A PDF that the server refused (signed with a key other than the registered
// DSC) is not printed, and one still waiting for its upload is.
//
// The PDFs are made as the workstation makes them: the certificate document is built from the
// synced cache (CertificateDocumentBuilder with issuedCertificate() of the cached application),
// rendered by CertificateRenderer and signed by PadesSigner with a PKCS#12 export of a SoftHSM2
// token's key, whose certificate is registered as the approving officer's DSC.

#include "CertificateFixtures.h"
#include "FaultyProxy.h"
#include "OfficeFixtures.h"
#include "PrintOutputChecks.h"
#include "SoftHsmToken.h"
#include "Timestamp.h"
#include "WorkstationSyncFixtures.h"
#include "cache/CertificateFiles.h"
#include "cache/LocalCache.h"
#include "cache/PrintJournal.h"
#include "cache/PrintUploads.h"
#include "certificate/CachedIssuedCertificate.h"
#include "certificate/CertificateDocumentBuilder.h"
#include "certificate/CertificateRenderer.h"
#include "certificate/PadesSigner.h"
#include "certificate/Pkcs12SigningKey.h"
#include "officers/SigningCertificateStore.h"
#include "print/CertificatePrintRun.h"
#include "print/PrintTarget.h"
#include "security/SecureRandom.h"
#include "sync/SyncController.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;
using namespace nodues::test;
using namespace nodues::workstation;

namespace {

constexpr int kWaitMs = 30000;
constexpr qint64 kRoomyBodyLimit = 2 * 1024 * 1024;
const QString kDivisionOfficer = u"dgm.city"_s;
const QString kDivisionOfficerMobile = u"9000000009"_s;
const QByteArray kPassphrase = "p12-passphrase"_ba;
const QByteArray kUploadRequest = "PUT /api/v1/officer/certificates/"_ba;
const QByteArray kDownloadRequest = "GET /api/v1/officer/certificates/"_ba;
const QByteArray kPrintRequest = "POST /api/v1/officer/certificates/"_ba;

QByteArray officerPath(const QString &number, const QByteArray &tail)
{
    return "/api/v1/officer/applications/"_ba + QUrl::toPercentEncoding(number) + tail;
}

// Starts a round and waits for its end; returns its ok flag.
bool runRound(SyncController &controller)
{
    QSignalSpy finished(&controller, &SyncController::syncFinished);
    controller.syncNow();
    return finished.wait(kWaitMs) && finished.first().at(0).toBool();
}

// Every number named by the certificateFilesChanged() signals that spy recorded.
QStringList changedNumbers(const QSignalSpy &spy)
{
    QStringList numbers;
    for (const QList<QVariant> &arguments : spy)
        numbers += arguments.at(0).toStringList();
    return numbers;
}

// What the server stored for a certificate: "published <sha256>" or "unpublished".
QString serverCertificateState(ApiTestServer &api, const QString &number)
{
    QString error;
    QSqlQuery query(api.db->database().connection(&error));
    if (!execPrepared(query, u"SELECT published_at, pdf_sha256 FROM certificate WHERE number = :number"_s,
                      {{u"number"_s, number}}, &error) ||
        !query.next())
        return error.isEmpty() ? u"missing"_s : error;
    return query.value(0).isNull() ? u"unpublished"_s : u"published "_s + query.value(1).toString();
}

// The prints the server recorded of a certificate, oldest first, as "<copy>/<state>/<print id>/<printed at>".
QStringList serverPrints(ApiTestServer &api, const QString &number)
{
    QString error;
    QSqlQuery query(api.db->database().connection(&error));
    if (!execPrepared(query,
                      u"SELECT p.copy_no, p.state, p.print_id, p.printed_at FROM certificate_print p"
                      " JOIN certificate c ON c.id = p.certificate_id WHERE c.number = :number ORDER BY p.id"_s,
                      {{u"number"_s, number}}, &error))
        return {error};
    QStringList prints;
    while (query.next()) {
        prints.append(u"%1/%2/%3/%4"_s.arg(query.value(0).toString(), query.value(1).toString(),
                                           query.value(2).toString(), query.value(3).toString()));
    }
    return prints;
}

} // namespace

class TestWorkstationCertificateSync : public QObject
{
    Q_OBJECT

private:
#define START_CERTIFICATE_SERVER(api)                                                                                  \
    NODUES_START_API_SERVER(api, insertSyncConsumers, roomyApiSettings(), roomyOtpSettings(), ApplicationSettings{},   \
                            PasswordHasher::Cost::Interactive);                                                        \
    QVERIFY(restartWithBodyLimit(api, kRoomyBodyLimit));

    QTemporaryDir m_folder;
    int m_cacheSerial = 0;
    int m_printSerial = 0;
    std::unique_ptr<SoftHsmToken> m_token;
    std::unique_ptr<Pkcs12SigningKey> m_key;
    // The key of another token, whose certificate is registered for nobody.
    std::unique_ptr<SoftHsmToken> m_otherToken;
    std::unique_ptr<Pkcs12SigningKey> m_otherKey;
    std::unique_ptr<CertificateRenderer> m_renderer;

    // The office of one test: a clerk and the division officer, who has the token's certificate
    // registered as the DSC, with their tokens and the division officer's profile from /me.
    struct Office
    {
        Officer clerk;
        Officer divisionOfficer;
        QString clerkToken;
        QString divisionOfficerToken;
        CertificateOfficer signer;
    };

    Office openOffice(ApiTestServer &api)
    {
        Office office;
        Database &database = api.db->database();
        office.clerk = addOfficer(database, kClerk, OfficerRole::Clerk, u"2030201"_s, kClerkMobile);
        office.divisionOfficer =
            addOfficer(database, kDivisionOfficer, OfficerRole::DivisionOfficer, u"20302"_s, kDivisionOfficerMobile);
        office.clerkToken = officerToken(api, office.clerk);
        office.divisionOfficerToken = officerToken(api, office.divisionOfficer);
        SigningCertificateStore certificates(database, api.clock);
        QString error;
        if (!certificates.registerCertificate(kDivisionOfficer, m_token->certificatePem(), u"test"_s, &error))
            QTest::qFail(qPrintable(error), __FILE__, __LINE__);

        const QJsonObject me = jsonOf(api.withToken("GET"_ba, "/api/v1/officer/me"_ba, office.divisionOfficerToken));
        office.signer.name = me[u"name"_s].toString();
        office.signer.nameHi = me[u"name_hi"_s].toString();
        office.signer.designation = me[u"designation"_s].toString();
        office.signer.officeCode = me[u"office_code"_s].toString();
        office.signer.officeName = me[u"office_name"_s].toString();
        office.signer.officeNameHi = me[u"office_name_hi"_s].toString();
        return office;
    }

    // Submits the applications of consumers, has the clerk forward them and the division officer
    // approve them as one batch with the OTP from the spool. Returns the certificate numbers.
    static QStringList approve(ApiTestServer &api, const Office &office, const QList<int> &consumers)
    {
        QJsonArray items;
        for (const int consumer : consumers) {
            const QString number = submitFor(api, consumer);
            const HttpTestResponse forwarded =
                api.withToken("POST"_ba, officerPath(number, "/forward"_ba), office.clerkToken,
                              jsonBytes({{u"version"_s, 1}, {u"idempotency_key"_s, u"forward-%1"_s.arg(consumer)}}));
            if (forwarded.status != 200) {
                QTest::qFail(forwarded.body.constData(), __FILE__, __LINE__);
                return {};
            }
            items.append(QJsonObject{{u"number"_s, number}, {u"version"_s, 2}});
        }
        QJsonObject batch{{u"action"_s, u"approve"_s}, {u"applications"_s, items}};
        const HttpTestResponse challenge =
            api.withToken("POST"_ba, "/api/v1/officer/decisions/otp"_ba, office.divisionOfficerToken, jsonBytes(batch));
        batch[u"challenge_id"_s] = jsonOf(challenge)[u"challenge_id"_s].toString();
        batch[u"otp"_s] = api.deliveredCode(kDivisionOfficerMobile);
        batch[u"idempotency_key"_s] = u"approve-%1"_s.arg(consumers.first());
        const HttpTestResponse decided =
            api.withToken("POST"_ba, "/api/v1/officer/decisions"_ba, office.divisionOfficerToken, jsonBytes(batch));
        const QJsonArray results = jsonOf(decided)[u"results"_s].toArray();
        if (decided.status != 200 || results.size() != consumers.size()) {
            QTest::qFail(decided.body.constData(), __FILE__, __LINE__);
            return {};
        }
        QStringList numbers;
        for (const QJsonValue &result : results)
            numbers.append(result[u"certificate"_s][u"number"_s].toString());
        return numbers;
    }

    // A controller of its own cache, synced once with token at url; false when that round fails.
    bool startSynced(SyncController &controller, const QUrl &url, const QString &token)
    {
        SyncSettings settings =
            syncSettings(url, token, m_folder.filePath(u"cache%1.sqlite"_s.arg(++m_cacheSerial)), 100);
        settings.requestTimeoutMs = 3000;
        QSignalSpy finished(&controller, &SyncController::syncFinished);
        QString error;
        if (!controller.configure(settings, &error)) {
            qWarning() << "Could not configure sync:" << error;
            return false;
        }
        return finished.wait(kWaitMs) && finished.first().at(0).toBool();
    }

    // The certificate numbered certificateNumber as the workstation signs it: built from the
    // synced copy of its application, rendered and signed with key, or with the token's key.
    QByteArray signFromCache(LocalCache &cache, const Office &office, const QString &certificateNumber,
                             const SigningKey *key = nullptr)
    {
        for (const CachedApplication &application : cache.loadAll()) {
            if (!application.certificate || application.certificate->number != certificateNumber)
                continue;
            QString error;
            const std::optional<IssuedCertificate> issued = issuedCertificate(application, &error);
            if (!issued) {
                QTest::qFail(qPrintable(error), __FILE__, __LINE__);
                return {};
            }
            const std::optional<CertificateDocument> document =
                CertificateDocumentBuilder::build(application, *issued, office.signer, m_renderer->text(), &error);
            const std::optional<QByteArray> unsignedPdf =
                document ? m_renderer->render(*document, &error) : std::nullopt;
            if (!unsignedPdf) {
                QTest::qFail(qPrintable(error), __FILE__, __LINE__);
                return {};
            }
            SignatureRequest request;
            request.certificateNumber = certificateNumber;
            request.signer = {office.signer.name,
                              office.signer.nameHi,
                              office.signer.designation,
                              {},
                              QDateTime::currentDateTimeUtc()};
            SigningError signingError;
            const std::optional<QByteArray> signedPdf =
                PadesSigner::sign(*unsignedPdf, key ? *key : *m_key, request, &signingError);
            if (!signedPdf) {
                QTest::qFail(qPrintable(signingError.message + u" / "_s + signingError.detail), __FILE__, __LINE__);
                return {};
            }
            return *signedPdf;
        }
        QTest::qFail(qPrintable(u"Certificate %1 is not in the cache"_s.arg(certificateNumber)), __FILE__, __LINE__);
        return {};
    }

    // Signs numbers on the division officer's PC of its own cache and uploads them, so every PC
    // of the office can download and print them.
    void publishFromOfficerPc(ApiTestServer &api, const Office &office, const QStringList &numbers)
    {
        SyncController officerPc;
        QVERIFY(startSynced(officerPc, serverUrlOf(api.server->port()), office.divisionOfficerToken));
        for (const QString &number : numbers) {
            const QByteArray pdf = signFromCache(*officerPc.cache(), office, number);
            QVERIFY(!pdf.isEmpty());
            QString error;
            QVERIFY2(officerPc.storeSignedCertificate(number, pdf, &error), qPrintable(error));
        }
        // Each store starts a round of its own, so the test waits for the server's state.
        for (const QString &number : numbers)
            QTRY_COMPARE_WITH_TIMEOUT(serverCertificateState(api, number).section(u' ', 0, 0), u"published"_s, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!officerPc.isSyncing(), kWaitMs);
    }

    // Prints numbers on the PC of cache as officer, to PDF files in folder (a new folder when
    // empty). The print times come from the server's clock, so the server accepts them. Returns
    // the copy numbers printed, in order.
    QList<int> printOnPc(ApiTestServer &api, LocalCache &cache, const QString &officer, const QStringList &numbers,
                         QString folder = {})
    {
        if (folder.isEmpty())
            folder = m_folder.filePath(u"pc-print-%1"_s.arg(++m_printSerial));
        if (!QDir().mkpath(folder)) {
            QTest::qFail(qPrintable(u"Could not create "_s + folder), __FILE__, __LINE__);
            return {};
        }
        CertificatePrintRun run(cache, officer, api.clock);
        QString error;
        const CertificatePrintRun::Plan plan = run.planChosen(numbers, &error);
        if (!error.isEmpty() || plan.numbers() != numbers) {
            QTest::qFail(qPrintable(u"Plan: "_s + error + plan.numbers().join(u' ')), __FILE__, __LINE__);
            return {};
        }
        const CertificatePrintRun::Result result =
            run.run(plan, PrintTarget::pdfFolder(folder), u"NoDues test"_s, BatchSelection::Chosen, {});
        if (result.outcome != CertificatePrintRun::Outcome::Printed) {
            QTest::qFail("The print run did not print", __FILE__, __LINE__);
            return {};
        }
        QList<int> copies;
        for (const CertificatePrintRun::Planned &planned : plan.certificates)
            copies.append(planned.copyNumber);
        return copies;
    }

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"nodues.*.info=false\nnodues.*.debug=false"_s);
        QVERIFY(m_folder.isValid());
        QString error;
        m_renderer = CertificateRenderer::create(&error);
        if (!m_renderer)
            QSKIP(qPrintable(u"The certificate renderer is not available: "_s + error));
        m_token = SoftHsmToken::create(u"Anil Kumar Verma"_s, QDateTime::currentDateTimeUtc(), &error);
        if (!m_token)
            QSKIP(qPrintable(u"No SoftHSM2 token: "_s + error));
        const QString path = m_token->writePkcs12(u"officer.p12"_s, kPassphrase, false, &error);
        QVERIFY2(!path.isEmpty(), qPrintable(error));
        m_key = std::make_unique<Pkcs12SigningKey>(path);
        SigningError signingError;
        QVERIFY2(m_key->unlock(kPassphrase, &signingError), qPrintable(signingError.message));

        // Only the PKCS#12 export of the other token is used, so SoftHSM2 serving it from now on
        // does not matter.
        m_otherToken = SoftHsmToken::create(u"Anil Kumar Verma"_s, QDateTime::currentDateTimeUtc(), &error);
        QVERIFY2(m_otherToken, qPrintable(error));
        const QString otherPath = m_otherToken->writePkcs12(u"other.p12"_s, kPassphrase, false, &error);
        QVERIFY2(!otherPath.isEmpty(), qPrintable(error));
        m_otherKey = std::make_unique<Pkcs12SigningKey>(otherPath);
        QVERIFY2(m_otherKey->unlock(kPassphrase, &signingError), qPrintable(signingError.message));
    }

    void cacheCarriesIssuedCertificate_data()
    {
        addBackendColumn();
    }
    void cacheCarriesIssuedCertificate()
    {
        START_CERTIFICATE_SERVER(api);
        const Office office = openOffice(api);
        const QStringList numbers = approve(api, office, {1});
        QCOMPARE(numbers.size(), 1);
        SyncController controller;
        QVERIFY(startSynced(controller, serverUrlOf(api.server->port()), office.clerkToken));

        // The clerk's cache has what the approval issued, enough to render the certificate.
        const QList<CachedApplication> applications = controller.cache()->loadAll();
        QCOMPARE(applications.size(), 1);
        QString error;
        const std::optional<IssuedCertificate> issued = issuedCertificate(applications.first(), &error);
        QVERIFY2(issued, qPrintable(error));
        QCOMPARE(issued->number, numbers.first());
        QCOMPARE(issued->issuedAt, api.clock.nowUtc());
        QVERIFY(issued->qrPayload.startsWith(u"1."_s + numbers.first() + u'.'));
        QCOMPARE(issued->verifyUrl, ApiTestServer::publicBaseUrl() + u"/verify/"_s +
                                        QString::fromLatin1(QUrl::toPercentEncoding(numbers.first())) + u'#' +
                                        issued->qrPayload);

        // An application without a certificate has none to give.
        CachedApplication submitted = applications.first();
        submitted.certificate.reset();
        QVERIFY(!issuedCertificate(submitted, &error));
        QVERIFY2(error.contains(u"no certificate"_s), qPrintable(error));
    }

    void uploadRetriedAfterDrop_data()
    {
        addBackendColumn();
    }
    void uploadRetriedAfterDrop()
    {
        START_CERTIFICATE_SERVER(api);
        const Office office = openOffice(api);
        const QStringList numbers = approve(api, office, {1});
        QCOMPARE(numbers.size(), 1);
        const QString number = numbers.first();
        FaultyProxy proxy(api.server->port());
        QVERIFY(proxy.listen());
        SyncController controller;
        QVERIFY(startSynced(controller, serverUrlOf(proxy.port()), office.divisionOfficerToken));
        const QByteArray pdf = signFromCache(*controller.cache(), office, number);
        QVERIFY(!pdf.isEmpty());

        // Signed while the link is down: stored at once, the upload waits.
        proxy.setMode(FaultyProxy::Mode::Drop);
        proxy.abortAll();
        QSignalSpy filesChanged(&controller, &SyncController::certificateFilesChanged);
        QSignalSpy finished(&controller, &SyncController::syncFinished);
        QString error;
        QVERIFY2(controller.storeSignedCertificate(number, pdf, &error), qPrintable(error));
        QCOMPARE(changedNumbers(filesChanged), QStringList{number});
        QCOMPARE(controller.pendingUploads(), 1);
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(controller.isOnline(), false);
        CertificateFiles files(*controller.cache());
        std::optional<CertificateFileEntry> entry = files.entry(number);
        QVERIFY(entry);
        QCOMPARE(entry->uploadState, CertificateUploadState::Pending);
        QCOMPARE(entry->source, CertificateFileSource::SignedHere);
        QCOMPARE(entry->uploadErrorCode, u"network"_s);
        QCOMPARE(entry->attempts, 1);
        QCOMPARE(entry->sha256, SecureRandom::sha256Hex(pdf));
        QCOMPARE(controller.pendingUploads(), 1);
        QCOMPARE(serverCertificateState(api, number), u"unpublished"_s);

        // Still down: tried again, still waiting.
        QVERIFY(!runRound(controller));
        QCOMPARE(files.entry(number)->attempts, 2);
        QCOMPARE(files.entry(number)->uploadState, CertificateUploadState::Pending);

        // Back again: the upload lands once, and the next page brings the issued application.
        proxy.setMode(FaultyProxy::Mode::Pass);
        filesChanged.clear();
        QVERIFY(runRound(controller));
        entry = files.entry(number);
        QCOMPARE(entry->uploadState, CertificateUploadState::Uploaded);
        QVERIFY(entry->uploadErrorCode.isEmpty());
        QCOMPARE(entry->attempts, 3);
        QCOMPARE(controller.pendingUploads(), 0);
        QVERIFY(changedNumbers(filesChanged).contains(number));
        QCOMPARE(serverCertificateState(api, number), u"published "_s + SecureRandom::sha256Hex(pdf));
        QCOMPARE(proxy.countInRequests(kUploadRequest), 1);
        const QString application = controller.cache()->loadAll().first().number;
        QCOMPARE(serverEventCount(api, application, u"certificate_issued"_s), 1);
        QCOMPARE(controller.cache()->load(application)->status, ApplicationStatus::Issued);
        QVERIFY(controller.cache()->load(application)->certificate->isPublished());
        QCOMPARE(*files.pdf(number), pdf);

        // Nothing is sent or fetched again: the stored file is the published one.
        QVERIFY(runRound(controller));
        QCOMPARE(proxy.countInRequests(kUploadRequest), 1);
        QCOMPARE(proxy.countInRequests(kDownloadRequest), 0);
        QCOMPARE(files.entry(number)->uploadState, CertificateUploadState::Uploaded);
    }

    void wrongNumberStaysRejected_data()
    {
        addBackendColumn();
    }
    void wrongNumberStaysRejected()
    {
        START_CERTIFICATE_SERVER(api);
        const Office office = openOffice(api);
        const QStringList numbers = approve(api, office, {1, 2});
        QCOMPARE(numbers.size(), 2);
        FaultyProxy proxy(api.server->port());
        QVERIFY(proxy.listen());
        SyncController controller;
        QVERIFY(startSynced(controller, serverUrlOf(proxy.port()), office.divisionOfficerToken));
        const QByteArray first = signFromCache(*controller.cache(), office, numbers.at(0));
        QVERIFY(!first.isEmpty());

        // The first certificate's PDF stored as the second's: the server refuses it.
        QSignalSpy refused(&controller, &SyncController::certificateUploadRefused);
        QString error;
        QVERIFY2(controller.storeSignedCertificate(numbers.at(1), first, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!controller.isSyncing(), kWaitMs);
        const QString message = u"The signed PDF is for certificate \"%1\" (the location of its signature), not for "
                                "%2. Upload the signed PDF of certificate %2."_s.arg(numbers.at(0), numbers.at(1));
        QCOMPARE(refused.first().at(0).toString(), numbers.at(1));
        QCOMPARE(refused.first().at(1).toString(), message);
        CertificateFiles files(*controller.cache());
        std::optional<CertificateFileEntry> entry = files.entry(numbers.at(1));
        QCOMPARE(entry->uploadState, CertificateUploadState::Refused);
        QCOMPARE(entry->uploadErrorCode, u"certificate_number_mismatch"_s);
        QCOMPARE(entry->uploadErrorMessage, message);
        QCOMPARE(entry->attempts, 1);
        QCOMPARE(controller.pendingUploads(), 0);
        QCOMPARE(serverCertificateState(api, numbers.at(1)), u"unpublished"_s);
        QCOMPARE(proxy.countInRequests(kUploadRequest), 1);

        // Later rounds leave it refused and send nothing.
        QVERIFY(runRound(controller));
        QVERIFY(runRound(controller));
        QCOMPARE(proxy.countInRequests(kUploadRequest), 1);
        entry = files.entry(numbers.at(1));
        QCOMPARE(entry->uploadState, CertificateUploadState::Refused);
        QCOMPARE(entry->uploadErrorMessage, message);
        QCOMPARE(entry->attempts, 1);
        QCOMPARE(refused.size(), 1);

        // Signed again, correctly, it replaces the refused file and is published.
        const QByteArray second = signFromCache(*controller.cache(), office, numbers.at(1));
        QVERIFY2(controller.storeSignedCertificate(numbers.at(1), second, &error), qPrintable(error));
        QCOMPARE(files.entry(numbers.at(1))->uploadState, CertificateUploadState::Pending);
        QVERIFY(runRound(controller));
        QCOMPARE(files.entry(numbers.at(1))->uploadState, CertificateUploadState::Uploaded);
        QCOMPARE(serverCertificateState(api, numbers.at(1)), u"published "_s + SecureRandom::sha256Hex(second));

        // A published file is not replaced by another signature.
        QVERIFY(!controller.storeSignedCertificate(numbers.at(1), first, &error));
        QVERIFY2(error.contains(u"already has a published PDF"_s), qPrintable(error));
        QCOMPARE(*files.pdf(numbers.at(1)), second);
    }

    void rejectedSignatureIsNotPrinted_data()
    {
        addBackendColumn();
    }
    void rejectedSignatureIsNotPrinted()
    {
        START_CERTIFICATE_SERVER(api);
        const Office office = openOffice(api);
        const QStringList numbers = approve(api, office, {1, 2});
        QCOMPARE(numbers.size(), 2);
        const QString refusedNumber = numbers.at(0);
        const QString pendingNumber = numbers.at(1);
        FaultyProxy proxy(api.server->port());
        QVERIFY(proxy.listen());
        SyncController controller;
        QVERIFY(startSynced(controller, serverUrlOf(proxy.port()), office.divisionOfficerToken));

        // Signed with a key that is not the officer's registered DSC: the server refuses it.
        const QByteArray wrongKey = signFromCache(*controller.cache(), office, refusedNumber, m_otherKey.get());
        QVERIFY(!wrongKey.isEmpty());
        QSignalSpy refused(&controller, &SyncController::certificateUploadRefused);
        QString error;
        QVERIFY2(controller.storeSignedCertificate(refusedNumber, wrongKey, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!controller.isSyncing(), kWaitMs);
        CertificateFiles files(*controller.cache());
        QCOMPARE(files.entry(refusedNumber)->uploadState, CertificateUploadState::Refused);
        const QString serverReason = refused.first().at(1).toString();
        QVERIFY(!serverReason.isEmpty());
        QCOMPARE(serverCertificateState(api, refusedNumber), u"unpublished"_s);

        // The other is signed correctly while the link is down: its upload waits.
        proxy.setMode(FaultyProxy::Mode::Drop);
        proxy.abortAll();
        const QByteArray good = signFromCache(*controller.cache(), office, pendingNumber);
        QVERIFY2(controller.storeSignedCertificate(pendingNumber, good, &error), qPrintable(error));
        QVERIFY(!runRound(controller));
        QCOMPARE(files.entry(pendingNumber)->uploadState, CertificateUploadState::Pending);

        // Printing leaves out the refused one, with the server's reason; the pending one prints.
        CertificatePrintRun run(*controller.cache(), kDivisionOfficer);
        const CertificatePrintRun::Plan plan = run.planChosen(numbers, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(plan.numbers(), QStringList{pendingNumber});
        QCOMPARE(plan.skipped.size(), 1);
        QCOMPARE(plan.skipped.first().reason, CertificatePrintRun::SkipReason::Refused);
        QVERIFY2(plan.skipped.first().message.contains(refusedNumber), qPrintable(plan.skipped.first().message));
        QVERIFY2(plan.skipped.first().message.contains(serverReason), qPrintable(plan.skipped.first().message));
        QCOMPARE(run.planUnprinted(&error).numbers(), QStringList{pendingNumber});

        const QString folder = m_folder.filePath(u"printed-%1"_s.arg(m_cacheSerial));
        QVERIFY(QDir().mkpath(folder));
        const PrintTarget target = PrintTarget::pdfFolder(folder);
        const CertificatePrintRun::Result result =
            run.run(plan, target, u"NoDues batch of 1"_s, BatchSelection::Chosen, {});
        QCOMPARE(result.outcome, CertificatePrintRun::Outcome::Printed);
        QCOMPARE(result.printed, QStringList{pendingNumber});
        QCOMPARE(QDir(folder).entryList(QDir::Files),
                 QStringList{QFileInfo(target.fileFor(pendingNumber, 0)).fileName()});
        PrintJournal journal(*controller.cache());
        QVERIFY(journal.entries(refusedNumber).isEmpty());
        QCOMPARE(journal.entries(pendingNumber).size(), 1);
        QCOMPARE(journal.entries(pendingNumber).first().state, PrintState::Printed);
    }

    void uploadWaitsForSignIn_data()
    {
        addBackendColumn();
    }
    void uploadWaitsForSignIn()
    {
        START_CERTIFICATE_SERVER(api);
        const Office office = openOffice(api);
        const QStringList numbers = approve(api, office, {1});
        QCOMPARE(numbers.size(), 1);
        SyncController controller;
        QVERIFY(startSynced(controller, serverUrlOf(api.server->port()), office.divisionOfficerToken));
        const QByteArray pdf = signFromCache(*controller.cache(), office, numbers.first());
        QVERIFY(!pdf.isEmpty());

        // The session ends on the server: the upload stays pending and sync pauses.
        const HttpTestResponse signedOut =
            api.withToken("DELETE"_ba, "/api/v1/officer/session"_ba, office.divisionOfficerToken);
        QCOMPARE(signedOut.status, 204);
        QSignalSpy ended(&controller, &SyncController::sessionEnded);
        QString error;
        QVERIFY2(controller.storeSignedCertificate(numbers.first(), pdf, &error), qPrintable(error));
        QVERIFY(ended.wait(kWaitMs));
        CertificateFiles files(*controller.cache());
        QCOMPARE(files.entry(numbers.first())->uploadState, CertificateUploadState::Pending);
        QCOMPARE(files.entry(numbers.first())->attempts, 1);
        QCOMPARE(controller.pendingUploads(), 1);
        QCOMPARE(serverCertificateState(api, numbers.first()), u"unpublished"_s);

        // Signed in again, it goes.
        QSignalSpy finished(&controller, &SyncController::syncFinished);
        controller.setToken(officerToken(api, office.divisionOfficer));
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(files.entry(numbers.first())->uploadState, CertificateUploadState::Uploaded);
        QCOMPARE(serverCertificateState(api, numbers.first()), u"published "_s + SecureRandom::sha256Hex(pdf));
    }

    void secondWorkstationDownloads_data()
    {
        addBackendColumn();
    }
    void secondWorkstationDownloads()
    {
        START_CERTIFICATE_SERVER(api);
        const Office office = openOffice(api);
        const QStringList numbers = approve(api, office, {1, 2});
        QCOMPARE(numbers.size(), 2);
        FaultyProxy proxy(api.server->port());
        QVERIFY(proxy.listen());

        // The clerk's PC syncs first: approved, nothing published, nothing to fetch.
        SyncController clerkPc;
        QVERIFY(startSynced(clerkPc, serverUrlOf(proxy.port()), office.clerkToken));
        CertificateFiles clerkFiles(*clerkPc.cache());
        QVERIFY(clerkFiles.entries().isEmpty());
        QCOMPARE(proxy.countInRequests(kDownloadRequest), 0);

        // The division officer's PC signs and uploads the first certificate.
        SyncController officerPc;
        QVERIFY(startSynced(officerPc, serverUrlOf(api.server->port()), office.divisionOfficerToken));
        const QByteArray pdf = signFromCache(*officerPc.cache(), office, numbers.at(0));
        QVERIFY(!pdf.isEmpty());
        QString error;
        QVERIFY2(officerPc.storeSignedCertificate(numbers.at(0), pdf, &error), qPrintable(error));
        QVERIFY(runRound(officerPc));
        QCOMPARE(CertificateFiles(*officerPc.cache()).entry(numbers.at(0))->uploadState,
                 CertificateUploadState::Uploaded);

        // The clerk's PC downloads the published file, byte for byte, and only that one.
        QSignalSpy filesChanged(&clerkPc, &SyncController::certificateFilesChanged);
        QVERIFY(runRound(clerkPc));
        QCOMPARE(changedNumbers(filesChanged), QStringList{numbers.at(0)});
        const std::optional<QByteArray> downloaded = clerkFiles.pdf(numbers.at(0));
        QVERIFY(downloaded);
        QCOMPARE(*downloaded, pdf);
        const std::optional<CertificateFileEntry> entry = clerkFiles.entry(numbers.at(0));
        QCOMPARE(entry->source, CertificateFileSource::Downloaded);
        QCOMPARE(entry->uploadState, CertificateUploadState::NotNeeded);
        QCOMPARE(entry->sha256, SecureRandom::sha256Hex(pdf));
        QCOMPARE(entry->bytes, qint64(pdf.size()));
        QVERIFY(!clerkFiles.entry(numbers.at(1)));
        QCOMPARE(proxy.countInRequests(kDownloadRequest), 1);
        QCOMPARE(clerkPc.pendingUploads(), 0);

        // Offline, the file is still there to print; back online nothing is fetched twice.
        proxy.setMode(FaultyProxy::Mode::Drop);
        proxy.abortAll();
        QVERIFY(!runRound(clerkPc));
        QCOMPARE(*clerkFiles.pdf(numbers.at(0)), pdf);
        proxy.setMode(FaultyProxy::Mode::Pass);
        QVERIFY(runRound(clerkPc));
        QCOMPARE(proxy.countInRequests(kDownloadRequest), 1);
    }

    // Two PCs of the office against one server: PC A prints the original and syncs, so PC B
    // prints a copy, and its batch of every certificate not yet printed leaves it out.
    void secondPcPrintsCopy_data()
    {
        addBackendColumn();
    }
    void secondPcPrintsCopy()
    {
        START_CERTIFICATE_SERVER(api);
        const Office office = openOffice(api);
        const QStringList numbers = approve(api, office, {1, 2});
        QCOMPARE(numbers.size(), 2);
        const QString printedNumber = numbers.at(0);
        publishFromOfficerPc(api, office, numbers);
        QVERIFY(!QTest::currentTestFailed());
        const Officer otherClerk =
            addOfficer(api.db->database(), kOtherClerk, OfficerRole::Clerk, u"2030201"_s, kOtherClerkMobile);
        SyncController pcA;
        QVERIFY(startSynced(pcA, serverUrlOf(api.server->port()), office.clerkToken));
        SyncController pcB;
        QVERIFY(startSynced(pcB, serverUrlOf(api.server->port()), officerToken(api, otherClerk)));

        // PC A prints the original and reports it in its next round.
        QCOMPARE(PrintJournal(*pcA.cache()).nextCopyNumber(printedNumber), 0);
        QCOMPARE(printOnPc(api, *pcA.cache(), kClerk, {printedNumber}), QList<int>{0});
        QCOMPARE(PrintUploads(*pcA.cache()).pendingUploadCount(), 1);
        QVERIFY(runRound(pcA));
        const QList<PrintEntry> entriesA = PrintJournal(*pcA.cache()).entries(printedNumber);
        QCOMPARE(entriesA.size(), 1);
        QCOMPARE(entriesA.first().uploadState, PrintUploadState::Uploaded);
        QCOMPARE(PrintUploads(*pcA.cache()).pendingUploadCount(), 0);
        QCOMPARE(serverPrints(api, printedNumber),
                 QStringList{u"0/printed/%1/%2"_s.arg(entriesA.first().printId,
                                                      Timestamp::toStorage(entriesA.first().sentAt))});

        // PC B has not printed it, yet after a sync its next print is copy 1.
        QCOMPARE(PrintJournal(*pcB.cache()).nextCopyNumber(printedNumber), 0);
        QVERIFY(runRound(pcB));
        const std::optional<ServerPrints> known = PrintUploads(*pcB.cache()).serverPrints(printedNumber);
        QVERIFY(known);
        QCOMPARE(known->count, 1);
        QCOMPARE(known->highestCopyNumber, 0);
        QCOMPARE(PrintJournal(*pcB.cache()).nextCopyNumber(printedNumber), 1);
        QVERIFY(PrintJournal(*pcB.cache()).numbersOnPaper().contains(printedNumber));
        CertificatePrintRun runB(*pcB.cache(), kOtherClerk);
        QString error;
        QCOMPARE(runB.planUnprinted(&error).numbers(), QStringList{numbers.at(1)});
        QVERIFY2(error.isEmpty(), qPrintable(error));

        // PC B's print of it is marked COPY 1 on the page and reported as copy 1.
        const QString folder = m_folder.filePath(u"pc-b-%1"_s.arg(m_cacheSerial));
        QCOMPARE(printOnPc(api, *pcB.cache(), kOtherClerk, {printedNumber}, folder), QList<int>{1});
        const QString page = PrintTarget::pdfFolder(folder).fileFor(printedNumber, 1);
        QVERIFY2(QFileInfo::exists(page), qPrintable(page));
        if (!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QVERIFY2(pdfText(page).contains(u"COPY 1"_s), qPrintable(pdfText(page)));
        QVERIFY(runRound(pcB));
        QCOMPARE(serverPrints(api, printedNumber).size(), 2);
        QVERIFY(serverPrints(api, printedNumber).at(1).startsWith(u"1/printed/"_s));

        // And PC A, which printed the original, numbers its next print after PC B's copy.
        QVERIFY(runRound(pcA));
        QCOMPARE(PrintJournal(*pcA.cache()).nextCopyNumber(printedNumber), 2);
    }

    // A print made while the server cannot be reached is reported once the link returns. A
    // report that the server rejects for good stays rejected, and the round goes on.
    void printReportedWhenLinkReturns_data()
    {
        addBackendColumn();
    }
    void printReportedWhenLinkReturns()
    {
        START_CERTIFICATE_SERVER(api);
        const Office office = openOffice(api);
        const QStringList numbers = approve(api, office, {1, 2});
        QCOMPARE(numbers.size(), 2);
        publishFromOfficerPc(api, office, numbers);
        QVERIFY(!QTest::currentTestFailed());
        FaultyProxy proxy(api.server->port());
        QVERIFY(proxy.listen());
        SyncController pc;
        QVERIFY(startSynced(pc, serverUrlOf(proxy.port()), office.clerkToken));

        // Printed offline: the report waits.
        proxy.setMode(FaultyProxy::Mode::Drop);
        proxy.abortAll();
        QCOMPARE(printOnPc(api, *pc.cache(), kClerk, {numbers.at(0)}), QList<int>{0});
        QSignalSpy waiting(&pc, &SyncController::pendingPrintUploadsChanged);
        QVERIFY(!runRound(pc));
        QCOMPARE(pc.isOnline(), false);
        QVERIFY(!waiting.isEmpty());
        QCOMPARE(waiting.last().at(0).toInt(), 1);
        PrintJournal journal(*pc.cache());
        PrintEntry entry = journal.entries(numbers.at(0)).first();
        QCOMPARE(entry.uploadState, PrintUploadState::Pending);
        QCOMPARE(entry.uploadErrorCode, u"network"_s);
        QCOMPARE(entry.uploadAttempts, 1);
        QVERIFY(serverPrints(api, numbers.at(0)).isEmpty());

        // The link returns: the report lands once.
        proxy.setMode(FaultyProxy::Mode::Pass);
        QVERIFY(runRound(pc));
        QCOMPARE(waiting.last().at(0).toInt(), 0);
        entry = journal.entries(numbers.at(0)).first();
        QCOMPARE(entry.uploadState, PrintUploadState::Uploaded);
        QVERIFY(entry.uploadErrorCode.isEmpty());
        QCOMPARE(entry.uploadAttempts, 2);
        QCOMPARE(serverPrints(api, numbers.at(0)),
                 QStringList{u"0/printed/%1/%2"_s.arg(entry.printId, Timestamp::toStorage(entry.sentAt))});
        QVERIFY(runRound(pc));
        QCOMPARE(proxy.countInRequests(kPrintRequest), 1);

        // A print dated two days ahead of the server is rejected: kept with the reason, never
        // sent again, and the rest of the round still runs.
        QCOMPARE(printOnPc(api, *pc.cache(), kClerk, {numbers.at(1)}), QList<int>{0});
        const qint64 entryId = journal.entries(numbers.at(1)).first().id;
        QString error;
        QSqlQuery query(pc.cache()->database().connection(&error));
        QVERIFY2(execPrepared(query, u"UPDATE certificate_print SET sent_at = :at WHERE id = :id"_s,
                              {{u"at"_s, Timestamp::toStorage(api.clock.nowUtc().addDays(2))}, {u"id"_s, entryId}},
                              &error),
                 qPrintable(error));
        query.finish();
        QSignalSpy rejected(&pc, &SyncController::printUploadRejected);
        QSignalSpy pages(&pc, &SyncController::pageApplied);
        QVERIFY(runRound(pc));
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().at(0).toString(), numbers.at(1));
        QVERIFY(!pages.isEmpty());
        entry = journal.entries(numbers.at(1)).first();
        QCOMPARE(entry.uploadState, PrintUploadState::Rejected);
        QCOMPARE(entry.uploadErrorCode, u"invalid_printed_at"_s);
        QVERIFY2(entry.uploadErrorMessage.contains(u"more than a day after"_s), qPrintable(entry.uploadErrorMessage));
        QCOMPARE(PrintUploads(*pc.cache()).rejectedUploads().size(), 1);
        QCOMPARE(PrintUploads(*pc.cache()).pendingUploadCount(), 0);
        const int sent = proxy.countInRequests(kPrintRequest);
        QVERIFY(runRound(pc));
        QCOMPARE(proxy.countInRequests(kPrintRequest), sent);
        QVERIFY(serverPrints(api, numbers.at(1)).isEmpty());
    }

    // The server records a print but its response is lost on the way: the next round reports it
    // again under the same print id, and the server keeps one record.
    void lostResponseRecordedOnce_data()
    {
        addBackendColumn();
    }
    void lostResponseRecordedOnce()
    {
        START_CERTIFICATE_SERVER(api);
        const Office office = openOffice(api);
        const QStringList numbers = approve(api, office, {1});
        QCOMPARE(numbers.size(), 1);
        publishFromOfficerPc(api, office, numbers);
        QVERIFY(!QTest::currentTestFailed());
        FaultyProxy proxy(api.server->port());
        QVERIFY(proxy.listen());
        SyncController pc;
        QVERIFY(startSynced(pc, serverUrlOf(proxy.port()), office.clerkToken));

        QCOMPARE(printOnPc(api, *pc.cache(), kClerk, {numbers.first()}), QList<int>{0});
        proxy.setMode(FaultyProxy::Mode::Cut);
        proxy.setCutAfterBytes(0);
        QVERIFY(!runRound(pc));
        PrintJournal journal(*pc.cache());
        PrintEntry entry = journal.entries(numbers.first()).first();
        QCOMPARE(entry.uploadState, PrintUploadState::Pending);
        QCOMPARE(entry.uploadErrorCode, u"network"_s);
        QCOMPARE(serverPrints(api, numbers.first()).size(), 1);

        proxy.setMode(FaultyProxy::Mode::Pass);
        QVERIFY(runRound(pc));
        entry = journal.entries(numbers.first()).first();
        QCOMPARE(entry.uploadState, PrintUploadState::Uploaded);
        QCOMPARE(entry.uploadAttempts, 2);
        // Qt's network access may send the cut request again by itself, so at least two reached
        // the server.
        QVERIFY2(proxy.countInRequests(kPrintRequest) >= 2,
                 qPrintable(QString::number(proxy.countInRequests(kPrintRequest))));
        QCOMPARE(serverPrints(api, numbers.first()),
                 QStringList{u"0/printed/%1/%2"_s.arg(entry.printId, Timestamp::toStorage(entry.sentAt))});
        QCOMPARE(countRows(api.db->database(), u"SELECT COUNT(*) FROM audit_log WHERE action = 'certificate.print'"_s),
                 1);
    }
};

QTEST_MAIN(TestWorkstationCertificateSync)
#include "TestWorkstationCertificateSync.moc"
