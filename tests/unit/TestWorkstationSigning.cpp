// Signing certificates through the workstation's widgets against an in-process nodues-server on
// loopback, on SQLite and PostgreSQL. A division officer approves a batch with the OTP read from
// the SMS spool, then signs the certificates with a SoftHSM2 token: a wrong PIN first, which is
// shown and stores nothing, then the right one. The stored PDFs must pass poppler's pdfsig and the
// server's PdfSignatureVerifier, and the sync round must upload them. A second case signs with a
// PKCS#12 file whose passphrase the in-memory credential store keeps only when the officer ticks
// "remember". No PIN or passphrase may reach the log. The ScriptedPrompter runs each dialog
// with the keyboard.

#include "ApiTestServer.h"
#include "ApplicationFixtures.h"
#include "CertificateFixtures.h"
#include "CertificatePreviewChecks.h"
#include "Clock.h"
#include "OfficeFixtures.h"
#include "SignatureBoxChecks.h"
#include "SignedPdfFixtures.h"
#include "SoftHsmToken.h"
#include "WorkstationQueueFixtures.h"
#include "api/OfficerApiClient.h"
#include "app/Fonts.h"
#include "app/LanguageSwitcher.h"
#include "app/WorkstationSettings.h"
#include "cache/CertificateFiles.h"
#include "cache/LocalCache.h"
#include "certificates/PdfSignatureVerifier.h"
#include "gui/CertificatePreviewDialog.h"
#include "gui/CertificateSigning.h"
#include "gui/MainWindow.h"
#include "gui/QueueDecisions.h"
#include "gui/QueueFilterBar.h"
#include "gui/QueueFilterModel.h"
#include "gui/QueueModel.h"
#include "gui/ScriptedPrompter.h"
#include "keychain/InMemoryCredentialStore.h"
#include "officers/SigningCertificate.h"
#include "officers/SigningCertificateStore.h"
#include "sync/SyncController.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QFile>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;
using namespace nodues::test;
using namespace nodues::workstation;
using nodues::workstation::test::saveScreen;
using nodues::workstation::test::waitActive;
using nodues::workstation::test::waitPageDrawn;

namespace {

const QStringList kMobiles{u"9876543210"_s, u"9123456780"_s, u"7012345678"_s};
const QStringList kIvrs{u"1000000001"_s, u"2000000001"_s, u"3000000001"_s};
const QString kClerkMobile = u"9000000001"_s;
const QString kDivisionOfficerMobile = u"9000000002"_s;
const QByteArray kWrongPin = "999999";
const QByteArray kPassphrase = "Correct horse 42";
const QByteArray kWrongPassphrase = "Wrong horse 42";
constexpr int kWaitMs = 20000;

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
    if (previousHandler && type != QtDebugMsg && type != QtInfoMsg)
        previousHandler(type, context, message);
}

void insertBillingRows(Database &database)
{
    for (qsizetype index = 0; index < kIvrs.size(); ++index) {
        insertBillingConnection(database, BillingFixture{kIvrs.at(index), u"Billed Name"_s, QString(),
                                                         kMobiles.at(index), u"2030201"_s, u"METERED"_s, u"WORKING"_s,
                                                         u"DONE"_s, 0, u"2026-11-15"_s});
    }
}

server::ApiSettings roomyApiSettings()
{
    return {1000, 1000, 1000, 1000, 900, 1000, 1000};
}

OtpSettings roomyOtpSettings()
{
    OtpSettings settings;
    settings.maxCodesPerMobile = 100;
    settings.maxCodesPerMobileAllAddresses = 1000;
    settings.maxCodesPerAddress = 1000;
    return settings;
}

// Presses key where the keyboard focus is, as an officer would.
void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY(target);
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

struct ToolOutput
{
    int exitCode = -1;
    QString text; // standard output and error, merged
};

ToolOutput pdfsig(const QByteArray &pdf)
{
    QTemporaryDir directory;
    const QString path = directory.filePath(u"signed.pdf"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {-1, u"could not write "_s + path};
    file.close();
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(u"pdfsig"_s, {path});
    if (!process.waitForStarted(10000) || !process.waitForFinished(60000))
        return {-1, u"pdfsig did not run: "_s + process.errorString()};
    return {process.exitCode(), QString::fromUtf8(process.readAll())};
}

// The text of pdf as poppler's pdftotext extracts it.
QString pdftotext(const QByteArray &pdf)
{
    QTemporaryDir directory;
    const QString path = directory.filePath(u"certificate.pdf"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return u"could not write "_s + path;
    file.close();
    QProcess process;
    process.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    if (!process.waitForStarted(10000) || !process.waitForFinished(60000))
        return u"pdftotext did not run: "_s + process.errorString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The applications submitted by kMobiles, forwarded by the DC's clerk over HTTP, and the
// division officer who approves them.
struct Office
{
    QStringList numbers;
    Officer divisionOfficer;
    QString token;
    OfficerProfile profile;
};

Office forwardedApplications(ApiTestServer &api, int count)
{
    Office office;
    Database &database = api.db->database();
    for (int index = 0; index < count; ++index)
        office.numbers << submitApplication(api, kMobiles.at(index), applicationForm(kIvrs.at(index))).number;
    const QString clerk =
        officerToken(api, addOfficer(database, u"clerk.arera"_s, OfficerRole::Clerk, u"2030201"_s, kClerkMobile));
    for (qsizetype index = 0; index < office.numbers.size(); ++index) {
        const HttpTestResponse forwarded = api.withToken(
            "POST"_ba,
            "/api/v1/officer/applications/"_ba + QUrl::toPercentEncoding(office.numbers.at(index)) + "/forward"_ba,
            clerk, jsonBytes({{u"version"_s, 1}, {u"idempotency_key"_s, u"forward-%1-0000000"_s.arg(index)}}));
        if (forwarded.status != 200)
            QTest::qFail(forwarded.body.constData(), __FILE__, __LINE__);
    }
    office.divisionOfficer =
        addOfficer(database, u"dgm.bhopal"_s, OfficerRole::DivisionOfficer, u"20302"_s, kDivisionOfficerMobile);
    office.token = officerToken(api, office.divisionOfficer);
    QString error;
    const std::optional<OfficerProfile> profile =
        OfficerProfile::fromJson(jsonOf(api.withToken("GET"_ba, "/api/v1/officer/me"_ba, office.token)), &error);
    if (!profile)
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
    else
        office.profile = *profile;
    return office;
}

// Registers pem as the officer's Digital Signature Certificate, as "nodues-server officer
// set-certificate" does, so the server accepts uploads signed with its key.
bool registerCertificate(ApiTestServer &api, const Officer &officer, const QByteArray &pem)
{
    SigningCertificateStore certificates(api.db->database(), api.clock);
    QString error;
    if (!certificates.registerCertificate(officer.username, pem, u"test"_s, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

// The division officer's workstation: its own cache, settings and keychain, and the main window
// with its CertificateSigning.
struct Desk
{
    QTemporaryDir directory;
    ManualClock clock{ApiTestServer::startTime()};
    SyncController sync;
    OfficerApiClient api;
    ScriptedPrompter prompter;
    InMemoryCredentialStore credentials;
    std::unique_ptr<WorkstationSettings> settings;
    std::unique_ptr<MainWindow> window;
    CertificateSigning *signing = nullptr; // a child of window

    bool open(const QUrl &serverUrl, const QString &token, const OfficerProfile &officer)
    {
        settings = std::make_unique<WorkstationSettings>(directory.filePath(u"workstation.ini"_s));
        SyncSettings syncSettings;
        syncSettings.serverUrl = serverUrl;
        syncSettings.token = token;
        syncSettings.language = u"en"_s;
        syncSettings.cachePath = directory.filePath(u"dgm.sqlite"_s);
        syncSettings.intervalMs = 1000;
        syncSettings.requestTimeoutMs = 5000;
        syncSettings.retryMinMs = 200;
        syncSettings.retryMaxMs = 1000;
        QString error;
        if (!sync.configure(syncSettings, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        api.setServerUrl(serverUrl);
        api.setToken(token);
        api.setLanguage(u"en"_s);
        const MainWindowServices services{sync, api, prompter, clock, settings.get(), nullptr, &credentials};
        window = std::make_unique<MainWindow>(services, officer);
        signing = window->signing();
        window->show();
        return waitActive(window.get());
    }

    // What MainWindow::showCurrent() hands QueueDecisions, handed to CertificateSigning.
    void follow()
    {
        const QModelIndexList rows = window->queueView()->selectionModel()->selectedRows();
        QList<CachedApplication> selection;
        for (const QModelIndex &index : rows) {
            if (const CachedApplication *row =
                    window->queueModel()->applicationAt(window->filterModel()->mapToSource(index).row()))
                selection << *row;
        }
        std::optional<CachedApplication> current;
        if (!selection.isEmpty())
            current = selection.last();
        signing->setCurrent(current, selection);
    }

    LocalCache &cache() const { return *sync.cache(); }
    QString statusOf(const QString &number) const
    {
        const CachedApplication *found = window->queueModel()->applicationAt(window->queueModel()->rowOf(number));
        return found ? found->statusCode() : QString();
    }
    QString certificateOf(const QString &number) const
    {
        const CachedApplication *found = window->queueModel()->applicationAt(window->queueModel()->rowOf(number));
        return found && found->certificate ? found->certificate->number : QString();
    }
    // Chooses the given applications in the queue, with the keyboard focus there.
    bool choose(const QStringList &numbers)
    {
        if (!waitActive(window.get()))
            return false;
        // Making a row current selects it alone, so the rows are selected together afterwards.
        QModelIndexList rows;
        for (const QString &number : numbers) {
            if (!window->selectApplication(number))
                return false;
            rows << window->queueView()->currentIndex();
        }
        QItemSelectionModel *selection = window->queueView()->selectionModel();
        for (const QModelIndex &row : std::as_const(rows))
            selection->select(row, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        window->queueView()->setFocus();
        follow();
        return QApplication::focusWidget() == window->queueView();
    }
};

// Approves every forwarded application in desk's queue with the OTP from the SMS spool.
void approveAll(Desk &desk, ApiTestServer &api, int expected)
{
    QTRY_COMPARE_WITH_TIMEOUT(desk.window->filterModel()->tabCount(QueueTab::Forwarded), expected, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(desk.sync.isOnline(), kWaitMs);
    QVERIFY(waitActive(desk.window.get()));
    desk.window->queueView()->setFocus();
    press(Qt::Key_A, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(desk.window->decisions()->approveAction()->isEnabled(), kWaitMs);
    desk.prompter.scriptNextDialog([&api](QDialog &dialog) {
        QCOMPARE(dialog.objectName(), u"otpDialog"_s);
        QVERIFY(waitActive(&dialog));
        press(Qt::Key_Return);
        auto *codeEdit = dialog.findChild<QLineEdit *>(u"otpCodeEdit"_s);
        QTRY_VERIFY_WITH_TIMEOUT(codeEdit->isEnabled(), kWaitMs);
        QTest::keyClicks(codeEdit, api.deliveredCode(kDivisionOfficerMobile));
        press(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), kWaitMs);
    });
    desk.prompter.scriptNextDialog([expected](QDialog &dialog) {
        QCOMPARE(dialog.objectName(), u"approvalResultsDialog"_s);
        QCOMPARE(dialog.findChild<QTreeWidget *>(u"resultsTree"_s)->topLevelItemCount(), expected);
        dialog.accept();
    });
    press(Qt::Key_F9);
    QVERIFY(waitActive(desk.window.get()));
    QCOMPARE(desk.prompter.unansweredCount(), 0);
    QCOMPARE(desk.window->filterModel()->tabCount(QueueTab::ToSign), expected);
    desk.window->filterBar()->setTab(QueueTab::ToSign);
}

// Checks what any signed certificate of this test must pass.
void checkSignedPdf(const QByteArray &pdf, const QString &number, const QByteArray &certificatePem,
                    const QString &signerName)
{
    QVERIFY(pdf.startsWith("%PDF-"));
    const ToolOutput report = pdfsig(pdf);
    QVERIFY2(report.text.contains(u"Signature Validation: Signature is Valid."_s), qPrintable(report.text));
    QVERIFY2(report.text.contains(u"Signature Type: ETSI.CAdES.detached"_s), qPrintable(report.text));
    QVERIFY2(report.text.contains(u"Total document signed"_s), qPrintable(report.text));

    const PdfSignatureCheck check = PdfSignatureVerifier::verify(pdf, certificatePem);
    QVERIFY2(check.status == PdfSignatureStatus::Valid, qPrintable(check.message.translated() + check.detail));
    QCOMPARE(check.location, number);
    QCOMPARE(check.name, signerName);
}

} // namespace

class TestWorkstationSigning : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SoftHsmToken> m_token;
    // The English catalogue, for the plural forms ("Sign 2 certificates").
    LanguageSwitcher m_english;

private slots:
    void initTestCase()
    {
        QVERIFY(m_english.apply(Language::English));
        // Every category and level, so that the check for secrets covers all the code logs. The
        // handler passes on warnings only, to keep the output readable.
        QLoggingCategory::setFilterRules(u"nodues.*=true\nnodues.server.*.debug=false"_s);
        previousHandler = qInstallMessageHandler(recordMessage);
        QVERIFY(installBundledFonts());
        QString error;
        m_token = SoftHsmToken::create(u"Rajesh Kumar Sharma"_s, QDateTime::currentDateTimeUtc(), &error);
        QVERIFY2(m_token, qPrintable(error));
    }

    void cleanupTestCase() { qInstallMessageHandler(previousHandler); }

    void signWithToken_data() { addBackendColumn(); }
    void signWithToken()
    {
        NODUES_START_API_SERVER(api, insertBillingRows, roomyApiSettings(), roomyOtpSettings(), ApplicationSettings{},
                                PasswordHasher::Cost::Interactive);
        // Signed certificates are larger than the default limit of a request body.
        QVERIFY(restartWithBodyLimit(api, 1024 * 1024));
        Office office = forwardedApplications(api, 2);
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY(registerCertificate(api, office.divisionOfficer, m_token->certificatePem()));

        Desk desk;
        QVERIFY(desk.open(QUrl(api.server->url()), office.token, office.profile));
        approveAll(desk, api, 2);
        QVERIFY(!QTest::currentTestFailed());
        const QStringList certificates{desk.certificateOf(office.numbers.at(0)),
                                       desk.certificateOf(office.numbers.at(1))};
        for (const QString &certificate : certificates)
            QVERIFY2(certificate.startsWith(u"NDC/20302/2026-27/"_s), qPrintable(certificate));

        // No key is set up yet: Sign reports it and signs nothing.
        QVERIFY(desk.choose(office.numbers));
        QVERIFY(desk.signing->signAction()->isEnabled());
        press(Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(desk.prompter.recordsOf(ScriptedPrompter::Kind::Warning).size(), 1);
        QVERIFY2(desk.prompter.records().last().text.startsWith(u"No signing key is set."_s),
                 qPrintable(desk.prompter.records().last().text));
        desk.prompter.clearRecords();

        SigningKeyConfig key;
        key.kind = SigningKeyConfig::Kind::Pkcs11;
        key.pkcs11Module = QString::fromLatin1(SoftHsmToken::kModulePath);
        key.pkcs11Token = QString::fromLatin1(SoftHsmToken::kLabel);
        desk.settings->setSigningKey(key);

        // Cancel in the PIN dialog: nothing is signed or stored.
        {
            QSignalSpy cancelled(desk.signing, &CertificateSigning::signingFinished);
            desk.prompter.scriptNextDialog([](QDialog &dialog) { dialog.accept(); });
            desk.prompter.scriptNextDialog([](QDialog &dialog) {
                QCOMPARE(dialog.objectName(), u"pinDialog"_s);
                QVERIFY(waitActive(&dialog));
                press(Qt::Key_Escape);
            });
            QVERIFY(desk.choose(office.numbers));
            press(Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
            QTRY_COMPARE_WITH_TIMEOUT(cancelled.size(), 1, kWaitMs);
            QVERIFY(cancelled.first().first().toStringList().isEmpty());
            QCOMPARE(desk.prompter.unansweredCount(), 0);
            QVERIFY(CertificateFiles(desk.cache()).entries().isEmpty());
            QVERIFY(!desk.signing->isSigning());
            QVERIFY(desk.signing->signAction()->isEnabled());
        }

        // Preview, a wrong PIN, the error shown with nothing stored, the right PIN, the results.
        desk.prompter.scriptNextDialog([&certificates](QDialog &dialog) {
            QCOMPARE(dialog.objectName(), u"certificatePreviewDialog"_s);
            QVERIFY(waitActive(&dialog));
            auto &preview = static_cast<CertificatePreviewDialog &>(dialog);
            QCOMPARE(preview.itemCount(), 2);
            QCOMPARE(preview.pageCount(), 1);
            const QString pages = preview.findChild<QLabel *>(u"pageCountLabel"_s)->text();
            QVERIFY2(pages == u"Certificate %1, 1 page"_s.arg(certificates.at(0)) ||
                         pages == u"Certificate %1, 1 page"_s.arg(certificates.at(1)),
                     qPrintable(pages));
            QCOMPARE(preview.findChild<QPushButton *>(u"acceptButton"_s)->text(), u"Sign 2 certificates"_s);
            QVERIFY(waitPageDrawn(preview.view()));
            saveScreen(dialog, u"signing-preview-dialog"_s);
            press(Qt::Key_Return);
        });
        desk.prompter.scriptNextDialog([](QDialog &dialog) {
            QCOMPARE(dialog.objectName(), u"pinDialog"_s);
            QVERIFY(waitActive(&dialog));
            auto *secret = dialog.findChild<QLineEdit *>(u"secretEdit"_s);
            QCOMPARE(QApplication::focusWidget(), secret);
            QVERIFY(!dialog.findChild<QLabel *>(u"errorLabel"_s)->isVisible());
            QTest::keyClicks(secret, QString::fromLatin1(kWrongPin));
            press(Qt::Key_Return);
        });
        desk.prompter.scriptNextDialog([this, &desk](QDialog &dialog) {
            QCOMPARE(dialog.objectName(), u"pinDialog"_s);
            QVERIFY(waitActive(&dialog));
            auto *errorLabel = dialog.findChild<QLabel *>(u"errorLabel"_s);
            QVERIFY(errorLabel->isVisible());
            QCOMPARE(errorLabel->text(), u"The token's PIN is wrong. Type it again carefully: after a few wrong PINs "
                                         "the token locks itself."_s);
            // SoftHSM2 reports the wrong try, and nothing was signed or stored.
            QVERIFY(dialog.findChild<QLabel *>(u"triesLabel"_s)->isVisible());
            QVERIFY(CertificateFiles(desk.cache()).entries().isEmpty());
            saveScreen(dialog, u"signing-pin-dialog-wrong-pin"_s);
            auto *secret = dialog.findChild<QLineEdit *>(u"secretEdit"_s);
            QVERIFY(secret->text().isEmpty());
            QTest::keyClicks(secret, QString::fromLatin1(m_token->pin()));
            press(Qt::Key_Return);
        });
        desk.prompter.scriptNextDialog([&certificates](QDialog &dialog) {
            QCOMPARE(dialog.objectName(), u"signingResultsDialog"_s);
            QVERIFY(waitActive(&dialog));
            auto *results = dialog.findChild<QTreeWidget *>(u"resultsTree"_s);
            QCOMPARE(results->topLevelItemCount(), 2);
            const QStringList uploadStates{u"Signed; waiting to be uploaded"_s, u"Signed and uploaded"_s};
            for (int row = 0; row < 2; ++row) {
                QVERIFY(certificates.contains(results->topLevelItem(row)->text(0)));
                QVERIFY2(uploadStates.contains(results->topLevelItem(row)->text(2)),
                         qPrintable(results->topLevelItem(row)->text(2)));
            }
            saveScreen(dialog, u"signing-results-dialog"_s);
            // The sync round uploads them while the dialog is open, and the dialog shows it.
            for (int row = 0; row < 2; ++row)
                QTRY_COMPARE_WITH_TIMEOUT(results->topLevelItem(row)->text(2), u"Signed and uploaded"_s, kWaitMs);
            const QString summary = dialog.findChild<QLabel *>(u"resultsSummaryLabel"_s)->text();
            QVERIFY2(summary.contains(u"signed and uploaded to the server."_s), qPrintable(summary));
            press(Qt::Key_Return);
        });
        QSignalSpy finished(desk.signing, &CertificateSigning::signingFinished);
        QVERIFY(desk.choose(office.numbers));
        press(Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWaitMs);
        QCOMPARE(desk.prompter.unansweredCount(), 0);
        QCOMPARE(desk.prompter.pendingCount(), 0);
        QVERIFY(desk.prompter.recordsOf(ScriptedPrompter::Kind::Warning).isEmpty());
        QStringList signedNumbers = finished.first().first().toStringList();
        signedNumbers.sort();
        QStringList expected = certificates;
        expected.sort();
        QCOMPARE(signedNumbers, expected);

        // The stored PDFs are valid PAdES signatures by the officer's key, for their own numbers.
        CertificateFiles files(desk.cache());
        for (const QString &certificate : certificates) {
            const std::optional<QByteArray> pdf = files.pdf(certificate);
            QVERIFY(pdf);
            checkSignedPdf(*pdf, certificate, m_token->certificatePem(), office.profile.name);
            QCOMPARE(files.entry(certificate)->source, CertificateFileSource::SignedHere);
            // The officer's designation in Hindi and English, below the signature box.
            const QString text = pdftotext(*pdf);
            QVERIFY2(text.contains(u"उप महाप्रबंधक / Deputy General Manager"_s), qPrintable(text));
        }
        // Signed certificates are not offered for signing again.
        desk.follow();
        QVERIFY(!desk.signing->signAction()->isEnabled());

        // The sync round uploads them; the server publishes them and the applications are issued.
        for (const QString &certificate : certificates)
            QTRY_COMPARE_WITH_TIMEOUT(files.entry(certificate)->uploadState, CertificateUploadState::Uploaded, kWaitMs);
        for (const QString &number : office.numbers)
            QTRY_COMPARE_WITH_TIMEOUT(desk.statusOf(number), u"issued"_s, kWaitMs);

        // Issued but not printed, they stay in "To sign or print". F3 shows the stored signed PDF.
        QCOMPARE(desk.window->filterModel()->tabCount(QueueTab::ToSign), 2);
        desk.window->queueView()->clearSelection();
        desk.window->filterBar()->setTab(QueueTab::All);
        QVERIFY(desk.choose({office.numbers.at(0)}));
        QVERIFY(desk.signing->previewAction()->isEnabled());
        desk.prompter.scriptNextDialog([&](QDialog &dialog) {
            QCOMPARE(dialog.objectName(), u"certificatePreviewDialog"_s);
            auto &preview = static_cast<CertificatePreviewDialog &>(dialog);
            QCOMPARE(preview.itemCount(), 1);
            QCOMPARE(preview.pageCount(), 1);
            QCOMPARE(preview.findChild<QLabel *>(u"noteLabel"_s)->text(), u"Signed and uploaded to the server."_s);
            QVERIFY(!preview.findChild<QPushButton *>(u"acceptButton"_s)->isVisible());
            QVERIFY(waitPageDrawn(preview.view()));
            // The visible signature shows: the signature box, blank before signing, has the
            // signer's name, designation and date in it.
            const double ink = signatureInk(preview.pageImage(0));
            QVERIFY2(ink > kMinSignatureInk, qPrintable(QString::number(ink)));
            saveScreen(dialog, u"signed-certificate-preview"_s);
            press(Qt::Key_Escape);
        });
        press(Qt::Key_F3);
        QCOMPARE(desk.prompter.unansweredCount(), 0);
        QCOMPARE(desk.prompter.pendingCount(), 0);
    }

    void signWithPkcs12_data() { addBackendColumn(); }
    void signWithPkcs12()
    {
        NODUES_START_API_SERVER(api, insertBillingRows, roomyApiSettings(), roomyOtpSettings(), ApplicationSettings{},
                                PasswordHasher::Cost::Interactive);
        // Signed certificates are larger than the default limit of a request body.
        QVERIFY(restartWithBodyLimit(api, 1024 * 1024));
        Office office = forwardedApplications(api, 3);
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY(registerCertificate(api, office.divisionOfficer, m_token->certificatePem()));
        QString error;
        const QString p12 = m_token->writePkcs12(u"officer.p12"_s, kPassphrase, false, &error);
        QVERIFY2(!p12.isEmpty(), qPrintable(error));

        // A profile kept by "Remember me" before the server sent the Hindi designation: the
        // certificate's approved_by supplies it.
        QCOMPARE(office.profile.designationHi, u"उप महाप्रबंधक"_s);
        office.profile.designationHi.clear();
        Desk desk;
        QVERIFY(desk.open(QUrl(api.server->url()), office.token, office.profile));
        approveAll(desk, api, 3);
        QVERIFY(!QTest::currentTestFailed());
        SigningKeyConfig key;
        key.kind = SigningKeyConfig::Kind::Pkcs12;
        key.pkcs12File = p12;
        desk.settings->setSigningKey(key);
        const QString keychainKey = pkcs12PassphraseKey(api.server->url(), office.profile.username, p12);

        const auto signOne = [&](const QString &number, const ScriptedPrompter::DialogScript &passphraseScript) {
            QSignalSpy finished(desk.signing, &CertificateSigning::signingFinished);
            desk.prompter.scriptNextDialog([](QDialog &dialog) {
                QCOMPARE(dialog.objectName(), u"certificatePreviewDialog"_s);
                QCOMPARE(static_cast<CertificatePreviewDialog &>(dialog).pageCount(), 1);
                dialog.accept();
            });
            if (passphraseScript)
                desk.prompter.scriptNextDialog(passphraseScript);
            desk.prompter.scriptNextDialog([](QDialog &dialog) {
                QCOMPARE(dialog.objectName(), u"signingResultsDialog"_s);
                const QString outcome = dialog.findChild<QTreeWidget *>(u"resultsTree"_s)->topLevelItem(0)->text(2);
                QVERIFY2(outcome == u"Signed; waiting to be uploaded"_s || outcome == u"Signed and uploaded"_s,
                         qPrintable(outcome));
                dialog.accept();
            });
            QVERIFY(desk.choose({number}));
            press(Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWaitMs);
            QCOMPARE(finished.first().first().toStringList(), QStringList{desk.certificateOf(number)});
            QCOMPARE(desk.prompter.unansweredCount(), 0);
            QCOMPARE(desk.prompter.pendingCount(), 0);
        };

        int passphraseDialogs = 0;
        const auto typePassphrase = [&passphraseDialogs](const QByteArray &passphrase, bool remember,
                                                         const QString &expectedError) {
            return [&passphraseDialogs, passphrase, remember, expectedError](QDialog &dialog) {
                ++passphraseDialogs;
                QCOMPARE(dialog.objectName(), u"pinDialog"_s);
                QVERIFY(waitActive(&dialog));
                auto *rememberBox = dialog.findChild<QCheckBox *>(u"rememberCheckBox"_s);
                QVERIFY(rememberBox->isVisible());
                rememberBox->setChecked(remember);
                auto *errorLabel = dialog.findChild<QLabel *>(u"errorLabel"_s);
                QCOMPARE(errorLabel->isVisible(), !expectedError.isEmpty());
                if (!expectedError.isEmpty())
                    QVERIFY2(errorLabel->text().startsWith(expectedError), qPrintable(errorLabel->text()));
                QTest::keyClicks(dialog.findChild<QLineEdit *>(u"secretEdit"_s), QString::fromLatin1(passphrase));
                press(Qt::Key_Return);
            };
        };

        // 1: a wrong passphrase, then the right one with "remember" left unticked: nothing is kept.
        {
            QSignalSpy finished(desk.signing, &CertificateSigning::signingFinished);
            desk.prompter.scriptNextDialog([](QDialog &dialog) { dialog.accept(); });
            desk.prompter.scriptNextDialog(typePassphrase(kWrongPassphrase, false, {}));
            desk.prompter.scriptNextDialog(
                typePassphrase(kPassphrase, false, u"The passphrase of the PKCS#12 file "_s));
            desk.prompter.scriptNextDialog([](QDialog &dialog) {
                QCOMPARE(dialog.objectName(), u"signingResultsDialog"_s);
                dialog.accept();
            });
            QVERIFY(desk.choose({office.numbers.at(0)}));
            press(Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWaitMs);
            QCOMPARE(desk.prompter.unansweredCount(), 0);
        }
        QCOMPARE(passphraseDialogs, 2);
        QTRY_VERIFY_WITH_TIMEOUT(!desk.credentials.entries().contains(keychainKey), kWaitMs);
        QVERIFY(desk.credentials.entries().isEmpty());
        QVERIFY(!desk.settings->rememberPkcs12Passphrase());

        // 2: "remember" ticked: the passphrase is kept under the key of this server, officer and file.
        signOne(office.numbers.at(1), typePassphrase(kPassphrase, true, {}));
        QCOMPARE(passphraseDialogs, 3);
        QTRY_COMPARE_WITH_TIMEOUT(desk.credentials.entries().value(keychainKey), QString::fromLatin1(kPassphrase),
                                  kWaitMs);
        QVERIFY(desk.settings->rememberPkcs12Passphrase());

        // 3: the kept passphrase opens the file, so no dialog requests it.
        desk.prompter.clearRecords();
        signOne(office.numbers.at(2), nullptr);
        QCOMPARE(passphraseDialogs, 3);
        for (const ScriptedPrompter::Record &record : desk.prompter.records())
            QVERIFY2(record.dialogName != u"pinDialog"_s, "the passphrase was asked although it is kept");

        CertificateFiles stored(desk.cache());
        for (const QString &number : office.numbers) {
            const QString certificate = desk.certificateOf(number);
            const std::optional<QByteArray> pdf = stored.pdf(certificate);
            QVERIFY(pdf);
            checkSignedPdf(*pdf, certificate, m_token->certificatePem(), office.profile.name);
            const QString text = pdftotext(*pdf);
            QVERIFY2(text.contains(u"उप महाप्रबंधक / Deputy General Manager"_s), qPrintable(text));
        }
    }

    // Runs last: the messages of every test above are checked.
    void otherDscSignsNothing_data() { addBackendColumn(); }
    void otherDscSignsNothing()
    {
        NODUES_START_API_SERVER(api, insertBillingRows, roomyApiSettings(), roomyOtpSettings(), ApplicationSettings{},
                                PasswordHasher::Cost::Interactive);
        Office office = forwardedApplications(api, 1);
        QVERIFY(!QTest::currentTestFailed());
        // The profile from the sign-in names no DSC. An administrator then registers one that is
        // not the officer's key, so the window must ask the server again and refuse to sign.
        QCOMPARE(office.profile.signingCertificateSha256, std::optional<QString>(QString()));
        const QByteArray otherPem =
            TestSigningIdentity::validAround(u"Another Officer"_s, QDateTime::currentDateTimeUtc()).certificatePem();
        QVERIFY(registerCertificate(api, office.divisionOfficer, otherPem));
        QString error;
        const std::optional<SigningCertificate> other = SigningCertificate::parse(otherPem, &error);
        QVERIFY2(other, qPrintable(error));
        const QString p12 = m_token->writePkcs12(u"officer-other.p12"_s, kPassphrase, false, &error);
        QVERIFY2(!p12.isEmpty(), qPrintable(error));

        Desk desk;
        QVERIFY(desk.open(QUrl(api.server->url()), office.token, office.profile));
        approveAll(desk, api, 1);
        QVERIFY(!QTest::currentTestFailed());
        SigningKeyConfig key;
        key.kind = SigningKeyConfig::Kind::Pkcs12;
        key.pkcs12File = p12;
        desk.settings->setSigningKey(key);

        QSignalSpy finished(desk.signing, &CertificateSigning::signingFinished);
        desk.prompter.scriptNextDialog([](QDialog &dialog) {
            QCOMPARE(dialog.objectName(), u"certificatePreviewDialog"_s);
            dialog.accept();
        });
        desk.prompter.scriptNextDialog([](QDialog &dialog) {
            QCOMPARE(dialog.objectName(), u"pinDialog"_s);
            QVERIFY(waitActive(&dialog));
            QTest::keyClicks(dialog.findChild<QLineEdit *>(u"secretEdit"_s), QString::fromLatin1(kPassphrase));
            press(Qt::Key_Return);
        });
        QVERIFY(desk.choose(office.numbers));
        press(Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWaitMs);
        QVERIFY(finished.first().first().toStringList().isEmpty());
        QCOMPARE(desk.prompter.unansweredCount(), 0);

        const QList<ScriptedPrompter::Record> warnings = desk.prompter.recordsOf(ScriptedPrompter::Kind::Warning);
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.first().title, u"Wrong Digital Signature Certificate"_s);
        QVERIFY2(warnings.first().text.contains(u"is not the one registered for you"_s),
                 qPrintable(warnings.first().text));
        QVERIFY2(warnings.first().text.contains(u"Registered: SHA-256 "_s + other->sha256Fingerprint),
                 qPrintable(warnings.first().text));
        QVERIFY(CertificateFiles(desk.cache()).entries().isEmpty());
        QVERIFY(!desk.signing->isSigning());
        QVERIFY(desk.signing->signAction()->isEnabled());
    }

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
        // The signing steps were logged, so the check covered them.
        QVERIFY2(loggedMessages.filter(u"nodues.gui.signing: Signed certificate"_s).size() >= 5,
                 qPrintable(loggedMessages.filter(u"nodues.gui.signing"_s).join(u'\n')));
        QVERIFY(!loggedMessages.filter(u"nodues.gui.signing: Wrong secret"_s).isEmpty());
    }
};

QTEST_MAIN(TestWorkstationSigning)
#include "TestWorkstationSigning.moc"
