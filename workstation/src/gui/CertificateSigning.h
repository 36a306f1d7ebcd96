#pragma once

#include "cache/CachedApplication.h"
#include "gui/CertificatePreviewDialog.h"
#include "gui/MainWindowServices.h"
#include "gui/OfficerProfile.h"
#include "gui/SigningResultsDialog.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

class QAction;
class QWidget;

namespace nodues::workstation {

class CertificateFiles;
struct CertificateFileEntry;
class CertificateRenderer;
class CredentialStore;
class SigningKey;
class SigningKeyUnlocker;

// The certificate actions of the main window, as QActions with keyboard shortcuts that follow
// the current application and the selection:
//   Sign certificates (Ctrl+Shift+S)  division officers: the approved applications of the
//       selection that this officer approved and whose certificate has no signed PDF in the
//       cache yet (or only one the server refused). Each certificate is built from the cache and
//       rendered, the batch is shown in the preview, the key is unlocked once (PIN or
//       passphrase, SigningKeyUnlocker), each PDF is signed as PAdES and stored in the cache
//       (SyncController::storeSignedCertificate()), which starts a sync round to upload it. The
//       results are listed per certificate. Signing needs no network: the upload waits until the
//       server responds.
//   Preview certificate (F3)  every role: the signed PDF stored in the cache, or for the
//       approving officer before signing, the certificate as it will be signed.
// Signing runs on the GUI thread: PKCS#11 tokens are used from the thread that logged in, and
// the progress dialog lets the officer stop between certificates.
class CertificateSigning final : public QObject
{
    Q_OBJECT

public:
    // services.settings names the signing key. Without it, Sign reports that no key is set up.
    // credentials keeps a PKCS#12 passphrase at the officer's request; null keeps none.
    CertificateSigning(const MainWindowServices &services, const OfficerProfile &officer, CredentialStore *credentials,
                       QWidget *window);
    ~CertificateSigning() override;

    QAction *signAction() const { return m_signAction; }
    QAction *previewAction() const { return m_previewAction; }
    // The actions the officer's role offers, in toolbar order.
    QList<QAction *> roleActions() const;

    // The application with the keyboard focus and the selected ones; the actions follow them.
    void setCurrent(const std::optional<CachedApplication> &current, const QList<CachedApplication> &selection);
    // Reads the cache again for the state of the current applications' signed PDFs, for example
    // after the sync engine uploaded or downloaded some.
    void refresh();
    void retranslate();

    // True from the start of a batch until its results are shown.
    bool isSigning() const { return m_signing; }

    void sign();
    void preview();
    // Deletes the PKCS#12 passphrase kept in the keychain for pkcs12File, when a credential
    // store was given; a failure is shown as a modeless warning.
    void forgetKeptPassphrase(const QString &pkcs12File);

signals:
    // The signed PDFs of these applications were stored in the cache.
    void applicationsChanged(const QStringList &applicationNumbers);
    // sign() ended: certificateNumbers lists the certificates signed and stored, and is empty
    // when none was (no key, the preview or the PIN dialog cancelled, every one failed).
    void signingFinished(const QStringList &certificateNumbers);

private:
    struct Prepared
    {
        CachedApplication application;
        QString certificateNumber;
        QByteArray unsignedPdf;
    };

    void updateEnabled();
    SigningKeyUnlocker &unlocker();
    QList<CachedApplication> signableSelection(QString *reason) const;
    QList<CachedApplication> previewableSelection() const;
    // The cache's entry for application's certificate PDF; nothing when none is stored.
    std::optional<CertificateFileEntry> storedPdfEntry(const CachedApplication &application) const;

    std::optional<QByteArray> renderUnsigned(const CachedApplication &application, QString *error);
    // Signs the prepared batch when the unlocked key's DSC is the one registered on the server,
    // requesting the officer's profile again before it warns that the DSC is not.
    void checkRegisteredThenSign();
    void signPrepared();
    // Ends a batch that signed nothing: the key is released and signingFinished() reports none.
    void abandonBatch();
    void finishBatch(const QList<SigningOutcome> &outcomes, bool stopped);
    void previewStored(const QList<SigningOutcome> &outcomes);
    // The stored signed PDF of number with a note on its upload, or nothing when none is stored.
    static std::optional<CertificatePreviewDialog::Item> storedItem(const CertificateFiles &files,
                                                                    const QString &number, const QString &applicant);

    MainWindowServices m_services;
    OfficerProfile m_officer;
    CredentialStore *m_credentials;
    QWidget *m_window;
    std::optional<CachedApplication> m_current;
    QList<CachedApplication> m_selection;

    std::unique_ptr<CertificateRenderer> m_renderer;
    SigningKeyUnlocker *m_unlocker = nullptr;
    // The batch being signed, between the preview and the results.
    bool m_signing = false;
    std::unique_ptr<SigningKey> m_key;
    QList<Prepared> m_batch;
    QList<SigningOutcome> m_failedBeforeSigning;

    QAction *m_signAction = nullptr;
    QAction *m_previewAction = nullptr;
};

} // namespace nodues::workstation
