// The division officer's main window around certificates, on a cache filled beforehand and no
// server (the sync engine points at a closed port):
// - the "To sign or print" tab keeps a certificate until it is printed, and Print (Ctrl+P) to a
//   PDF file takes it out;
// - the details show how far a certificate got: to be signed, signed and waiting to be uploaded,
//   uploaded, or not accepted by the server, and follow the sync engine's reports;
// - unticking "remember" in Settings deletes the kept PKCS#12 passphrase on Save, and a keychain
//   that fails is reported without blocking.
// Dialogs are answered through the ScriptedPrompter.

#include "Clock.h"
#include "SignedCertificateSamples.h"
#include "WorkstationQueueFixtures.h"
#include "api/OfficerApiClient.h"
#include "app/Fonts.h"
#include "app/LanguageSwitcher.h"
#include "app/WorkstationSettings.h"
#include "cache/CertificateFiles.h"
#include "cache/LocalCache.h"
#include "cache/PrintJournal.h"
#include "certificate/SigningKeyConfig.h"
#include "gui/CertificatePrinting.h"
#include "gui/DetailsPanel.h"
#include "gui/MainWindow.h"
#include "gui/QueueFilterBar.h"
#include "gui/QueueFilterModel.h"
#include "gui/QueueModel.h"
#include "gui/ScriptedPrompter.h"
#include "gui/StatusBar.h"
#include "keychain/InMemoryCredentialStore.h"
#include "sync/SyncController.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTabBar>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace nodues;
using namespace nodues::test;
using namespace nodues::workstation;
using namespace nodues::workstation::test;

namespace {

// 2026-12-05 11:30 IST.
const QDateTime kNow(QDate(2026, 12, 5), QTime(6, 0), Qt::UTC);
const QString kPassphrase = u"Correct horse 42"_s;

QString applicationNumber(int serial)
{
    return u"APP/2030201/2026-27/%1"_s.arg(700 + serial, 6, 10, QChar(u'0'));
}

QString certificateNumber(int serial)
{
    return u"NDC/20302/2026-27/%1"_s.arg(400 + serial, 6, 10, QChar(u'0'));
}

// Certificate serial, approved by dgm.city: issued (published) when published, revoked when asked.
CachedApplication withCertificate(int serial, bool published, bool revoked = false)
{
    ApplicationSpec spec;
    spec.number = applicationNumber(serial);
    spec.status = published ? u"issued"_s : u"approved"_s;
    spec.changeSeq = serial;
    spec.certificateNumber = certificateNumber(serial);
    if (published)
        spec.publishedAt = QDateTime(QDate(2026, 12, 5), QTime(5, 0), Qt::UTC);
    spec.connections = {ConnectionSpec{u"10000007%1"_s.arg(serial, 2, 10, QChar(u'0'))}};
    spec.connections.first().primary = true;
    QJsonObject json = applicationJson(spec);
    if (revoked) {
        QJsonObject certificate = json[u"certificate"_s].toObject();
        certificate[u"revoked"_s] = true;
        certificate[u"revoked_at"_s] = u"2026-12-05T05:30:00.000Z"_s;
        certificate[u"revoked_at_ist"_s] = u"05-12-2026 11:00"_s;
        certificate[u"revoked_reason"_s] = u"Issued in error"_s;
        json[u"certificate"_s] = certificate;
    }
    QString error;
    const std::optional<CachedApplication> application = CachedApplication::fromJson(json, &error);
    if (!application)
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
    return application.value_or(CachedApplication{});
}

OfficerProfile divisionOfficer()
{
    OfficerProfile officer;
    officer.username = u"dgm.city"_s;
    officer.name = u"Sunita Verma"_s;
    officer.nameHi = u"सुनीता वर्मा"_s;
    officer.designation = u"Deputy General Manager"_s;
    officer.designationHi = u"उप महाप्रबंधक"_s;
    officer.role = OfficerRole::DivisionOfficer;
    officer.officeCode = u"20302"_s;
    officer.dcCodes = {u"2030201"_s};
    officer.mobileMasked = u"94XXXXX002"_s;
    return officer;
}

quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 9;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

// The numbers of the applications that the filter shows, in its order.
QStringList shownNumbers(const QAbstractItemModel &model)
{
    QStringList numbers;
    for (int row = 0; row < model.rowCount(); ++row)
        numbers << model.index(row, 0).data(QueueModel::NumberRole).toString();
    numbers.sort();
    return numbers;
}

// A division officer's window over a cache with these certificates:
//   1 approved, not signed          2 approved, signed here, upload pending
//   3 issued, downloaded, unprinted 4 issued, downloaded, printed
//   5 issued and revoked
struct Desk
{
    QTemporaryDir directory;
    ManualClock clock{kNow};
    SyncController sync;
    OfficerApiClient api;
    ScriptedPrompter prompter;
    InMemoryCredentialStore credentials;
    LanguageSwitcher languages;
    std::unique_ptr<WorkstationSettings> settings;
    std::unique_ptr<MainWindow> window;

    bool open(const QHash<int, QByteArray> &pdfs)
    {
        const QString cachePath = directory.filePath(u"cache.sqlite"_s);
        QString error;
        {
            std::unique_ptr<LocalCache> cache = LocalCache::open(cachePath, &error);
            const QList<CachedApplication> applications{withCertificate(1, false), withCertificate(2, false),
                                                        withCertificate(3, true), withCertificate(4, true),
                                                        withCertificate(5, true, true)};
            if (!cache || !cache->applyPage(applications, 5, &error)) {
                qWarning("%s", qPrintable(error));
                return false;
            }
            CertificateFiles files(*cache);
            PrintJournal journal(*cache, clock);
            const auto printed = journal.markSending({{certificateNumber(4), 0}}, std::nullopt, u"Office_Printer"_s,
                                                     u"dgm.city"_s, &error);
            if (!files.storeSigned(certificateNumber(2), pdfs.value(2), &error) ||
                !files.storeDownloaded(certificateNumber(3), pdfs.value(3), &error) ||
                !files.storeDownloaded(certificateNumber(4), pdfs.value(4), &error) || !printed ||
                !journal.markPrinted({printed->first().id}, 0, &error)) {
                qWarning("%s", qPrintable(error));
                return false;
            }
        }

        settings = std::make_unique<WorkstationSettings>(directory.filePath(u"workstation.ini"_s));
        const QUrl serverUrl(u"http://127.0.0.1:%1"_s.arg(closedPort()));
        SyncSettings syncSettings;
        syncSettings.serverUrl = serverUrl;
        syncSettings.token = u"test-token"_s;
        syncSettings.language = u"en"_s;
        syncSettings.cachePath = cachePath;
        syncSettings.intervalMs = 3600 * 1000;
        syncSettings.retryMinMs = 3600 * 1000;
        syncSettings.retryMaxMs = 3600 * 1000;
        if (!sync.configure(syncSettings, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        api.setServerUrl(serverUrl);
        api.setToken(u"test-token"_s);
        window = std::make_unique<MainWindow>(
            MainWindowServices{sync, api, prompter, clock, settings.get(), &languages, &credentials},
            divisionOfficer());
        window->show();
        // The first round fails against the closed port; the cache is left to the test after it.
        return waitActive(window.get()) && QTest::qWaitFor([this] { return !sync.isSyncing(); }, 20000);
    }

    QString outcomeText() const { return window->detailsPanel()->findChild<QLabel *>(u"outcomeLabel"_s)->text(); }
    QString pendingText() const
    {
        return window->workstationStatusBar()->findChild<QLabel *>(u"pendingActionsLabel"_s)->text();
    }
};

// Presses key where the keyboard focus is, as an officer would.
void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY(target);
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

} // namespace

class TestWorkstationCertificateQueue : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SignedCertificateSamples> m_samples;
    QHash<int, QByteArray> m_pdfs; // signed PDFs by certificate serial

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::India));
        QVERIFY(installBundledFonts());
        QString error;
        m_samples = SignedCertificateSamples::create(&error);
        QVERIFY2(m_samples, qPrintable(error));
        for (const int serial : {2, 3, 4}) {
            QString verifyUrl;
            const std::optional<QByteArray> pdf = m_samples->make(certificateNumber(serial), &verifyUrl, &error);
            QVERIFY2(pdf, qPrintable(error));
            m_pdfs.insert(serial, *pdf);
        }
    }

    // Signed certificates stay in "To sign or print" until they are printed: Ctrl+P to a PDF
    // file takes the current one out, and the Approved tab keeps it.
    void toSignTabKeepsUntilPrinted()
    {
        Desk desk;
        QVERIFY(desk.open(m_pdfs));
        QueueFilterModel &filter = *desk.window->filterModel();
        desk.window->filterBar()->setTab(QueueTab::ToSign);
        QCOMPARE(shownNumbers(filter), (QStringList{applicationNumber(1), applicationNumber(2), applicationNumber(3)}));
        QCOMPARE(filter.tabCount(QueueTab::ToSign), 3);
        QCOMPARE(filter.tabCount(QueueTab::Approved), 5);

        // Print certificate 3 to a PDF file through the print dialog.
        QVERIFY(desk.window->selectApplication(applicationNumber(3)));
        desk.window->queueView()->setFocus();
        QVERIFY(desk.window->printing()->printAction()->isEnabled());
        const QString output = desk.directory.filePath(u"printed.pdf"_s);
        desk.prompter.scriptNextDialog([&output](QDialog &dialog) {
            auto *printDialog = qobject_cast<QPrintDialog *>(&dialog);
            QVERIFY(printDialog);
            // done() keeps the printer as set here. accept() would copy the dialog's own choices
            // over it, and with no printer installed those name a file in $HOME.
            printDialog->printer()->setOutputFileName(output);
            dialog.done(QDialog::Accepted);
        });
        press(Qt::Key_P, Qt::ControlModifier);
        QCOMPARE(desk.prompter.unansweredCount(), 0);
        const QList<ScriptedPrompter::Record> informed = desk.prompter.recordsOf(ScriptedPrompter::Kind::Information);
        QCOMPARE(informed.size(), 1);
        QCOMPARE(informed.first().title, u"Printed"_s);
        QVERIFY2(QFileInfo(output).size() > 0, qPrintable(output));
        QCOMPARE(PrintJournal(*desk.sync.cache()).entries(certificateNumber(3)).size(), 1);

        QCOMPARE(shownNumbers(filter), (QStringList{applicationNumber(1), applicationNumber(2)}));
        QCOMPARE(filter.tabCount(QueueTab::ToSign), 2);
        QCOMPARE(filter.tabCount(QueueTab::Approved), 5);
        const QString tabText = desk.window->filterBar()->tabBar()->tabText(int(QueueTab::ToSign));
        QCOMPARE(tabText, u"To sign or print (2)"_s);
    }

    // The details follow the signed PDF in the cache, while the status bar counts the upload.
    void detailsFollowUpload()
    {
        Desk desk;
        QVERIFY(desk.open(m_pdfs));
        desk.window->filterBar()->setTab(QueueTab::All);

        QVERIFY(desk.window->selectApplication(applicationNumber(1)));
        QCOMPARE(desk.outcomeText(), u"Certificate %1, to be signed and uploaded"_s.arg(certificateNumber(1)));

        QVERIFY(desk.window->selectApplication(applicationNumber(2)));
        QCOMPARE(desk.outcomeText(), u"Certificate %1, signed, waiting to be uploaded"_s.arg(certificateNumber(2)));
        // The English catalogue is not loaded, so the plural shows its source form.
        QVERIFY2(desk.pendingText().contains(u"1 signed certificate(s) waiting to be uploaded"_s),
                 qPrintable(desk.pendingText()));

        // The sync engine reports the upload: the details follow at once.
        CertificateFiles files(*desk.sync.cache());
        const QString sha256 = CertificateFiles::sha256Hex(m_pdfs.value(2));
        QString error;
        QVERIFY2(files.markUploaded(certificateNumber(2), sha256, &error), qPrintable(error));
        emit desk.sync.certificateFilesChanged({certificateNumber(2)});
        QCOMPARE(desk.outcomeText(), u"Certificate %1, signed and uploaded"_s.arg(certificateNumber(2)));

        // Once the sync brings the publication, its time is shown.
        QVERIFY(desk.window->selectApplication(applicationNumber(3)));
        QCOMPARE(desk.outcomeText(), u"Certificate %1, uploaded on 05-12-2026 10:30"_s.arg(certificateNumber(3)));
        QVERIFY(desk.window->selectApplication(applicationNumber(5)));
        QCOMPARE(desk.outcomeText(), u"Certificate %1, revoked on 05-12-2026 11:00"_s.arg(certificateNumber(5)));
    }

    void detailsShowUploadNotAccepted()
    {
        Desk desk;
        QVERIFY(desk.open(m_pdfs));
        desk.window->filterBar()->setTab(QueueTab::All);
        CertificateFiles files(*desk.sync.cache());
        QString error;
        QVERIFY2(files.markUploadRefused(certificateNumber(2), CertificateFiles::sha256Hex(m_pdfs.value(2)),
                                         u"certificate_number_mismatch"_s,
                                         u"The signed PDF is for another certificate."_s, &error),
                 qPrintable(error));
        emit desk.sync.certificateFilesChanged({certificateNumber(2)});
        QVERIFY(desk.window->selectApplication(applicationNumber(2)));
        QCOMPARE(desk.outcomeText(),
                 u"Certificate %1, signed, but the server did not accept the upload: The signed PDF is for another "
                 "certificate. Sign it again."_s.arg(certificateNumber(2)));
    }

    // Unticking "remember" in Settings deletes the kept passphrase on Save, not at the next
    // signing. A keychain that fails to delete it is reported without blocking.
    void settingsForgetPassphraseOnSave_data()
    {
        QTest::addColumn<bool>("keychainFails");
        QTest::newRow("keychain works") << false;
        QTest::newRow("keychain fails") << true;
    }
    void settingsForgetPassphraseOnSave()
    {
        QFETCH(bool, keychainFails);
        Desk desk;
        QVERIFY(desk.open(m_pdfs));
        const QString p12 = desk.directory.filePath(u"officer.p12"_s);
        QFile file(p12);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not read by this test");
        file.close();
        SigningKeyConfig key;
        key.kind = SigningKeyConfig::Kind::Pkcs12;
        key.pkcs12File = p12;
        desk.settings->setSigningKey(key);
        desk.settings->setRememberPkcs12Passphrase(true);
        const QString keychainKey = pkcs12PassphraseKey(desk.api.serverUrl().toString(), u"dgm.city"_s, p12);
        desk.credentials.setEntry(keychainKey, kPassphrase);
        if (keychainFails)
            desk.credentials.setFailure(u"The keychain is locked."_s);

        // Cancel keeps it.
        desk.prompter.scriptNextDialog([](QDialog &dialog) {
            QCOMPARE(dialog.objectName(), u"settingsDialog"_s);
            dialog.findChild<QCheckBox *>(u"rememberPassphraseCheckBox"_s)->setChecked(false);
            dialog.findChild<QPushButton *>(u"cancelButton"_s)->click();
        });
        desk.window->findChild<QAction *>(u"settingsAction"_s)->trigger();
        QCOMPARE(desk.prompter.unansweredCount(), 0);
        QVERIFY(desk.settings->rememberPkcs12Passphrase());
        QCOMPARE(desk.credentials.operationCount(), 0);

        // Save removes it at once.
        desk.prompter.scriptNextDialog([](QDialog &dialog) {
            auto *remember = dialog.findChild<QCheckBox *>(u"rememberPassphraseCheckBox"_s);
            QVERIFY(remember->isChecked());
            remember->setChecked(false);
            dialog.findChild<QPushButton *>(u"saveButton"_s)->click();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        });
        desk.window->findChild<QAction *>(u"settingsAction"_s)->trigger();
        QCOMPARE(desk.prompter.unansweredCount(), 0);
        QVERIFY(!desk.settings->rememberPkcs12Passphrase());
        QCOMPARE(desk.credentials.operationCount(), 1);
        if (!keychainFails) {
            QVERIFY(!desk.credentials.entries().contains(keychainKey));
            QTest::qWait(0);
            QVERIFY(desk.prompter.recordsOf(ScriptedPrompter::Kind::ModelessWarning).isEmpty());
            return;
        }
        QTRY_COMPARE(desk.prompter.recordsOf(ScriptedPrompter::Kind::ModelessWarning).size(), 1);
        const ScriptedPrompter::Record warning =
            desk.prompter.recordsOf(ScriptedPrompter::Kind::ModelessWarning).first();
        QCOMPARE(warning.title, u"Passphrase not deleted"_s);
        QVERIFY2(warning.text.startsWith(u"The passphrase of officer.p12 kept in this computer's keychain could not be "
                                         "deleted."_s),
                 qPrintable(warning.text));
        QVERIFY(desk.credentials.entries().contains(keychainKey));
    }
};

QTEST_MAIN(TestWorkstationCertificateQueue)
#include "TestWorkstationCertificateQueue.moc"
