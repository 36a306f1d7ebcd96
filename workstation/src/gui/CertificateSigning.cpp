#include "gui/CertificateSigning.h"

#include "Clock.h"
#include "api/OfficerApiClient.h"
#include "app/WorkstationSettings.h"
#include "cache/CertificateFiles.h"
#include "cache/LocalCache.h"
#include "certificate/CachedIssuedCertificate.h"
#include "certificate/CertificateDocumentBuilder.h"
#include "certificate/CertificateRenderer.h"
#include "certificate/PadesSigner.h"
#include "certificate/RegisteredCertificateCheck.h"
#include "certificate/SigningKey.h"
#include "certificate/SigningKeyConfig.h"
#include "certificate/UnsignedCertificates.h"
#include "gui/CertificatePreviewDialog.h"
#include "gui/Prompter.h"
#include "gui/QueueModel.h"
#include "gui/SigningKeyUnlocker.h"
#include "gui/SigningLogging.h"
#include "sync/SyncController.h"

#include <QAction>
#include <QApplication>
#include <QProgressDialog>
#include <QStyle>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

CertificateSigning::CertificateSigning(const MainWindowServices &services, const OfficerProfile &officer,
                                       CredentialStore *credentials, QWidget *window)
    : QObject(window)
    , m_services(services)
    , m_officer(officer)
    , m_credentials(credentials)
    , m_window(window)
{
    const auto makeAction = [this](const QString &name, const QKeySequence &shortcut, QStyle::StandardPixmap icon) {
        auto *action = new QAction(QApplication::style()->standardIcon(icon), QString(), m_window);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WindowShortcut);
        m_window->addAction(action);
        return action;
    };
    m_signAction = makeAction(u"signCertificatesAction"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                              QStyle::SP_DialogSaveButton);
    m_previewAction =
        makeAction(u"previewCertificateAction"_s, QKeySequence(Qt::Key_F3), QStyle::SP_FileDialogContentsView);
    connect(m_signAction, &QAction::triggered, this, &CertificateSigning::sign);
    // An upload, a refusal or a download changes what can be signed or previewed.
    connect(&m_services.sync, &SyncController::certificateFilesChanged, this, &CertificateSigning::refresh);
    connect(m_previewAction, &QAction::triggered, this, &CertificateSigning::preview);

    // Only division officers sign; every role may look at a certificate.
    m_signAction->setVisible(m_officer.role == OfficerRole::DivisionOfficer);
    retranslate();
}

CertificateSigning::~CertificateSigning() = default;

QList<QAction *> CertificateSigning::roleActions() const
{
    if (m_officer.role == OfficerRole::DivisionOfficer)
        return {m_signAction, m_previewAction};
    return {m_previewAction};
}

void CertificateSigning::setCurrent(const std::optional<CachedApplication> &current,
                                    const QList<CachedApplication> &selection)
{
    m_current = current;
    m_selection = selection;
    updateEnabled();
}

void CertificateSigning::refresh()
{
    updateEnabled();
}

void CertificateSigning::retranslate()
{
    m_signAction->setText(tr("&Sign certificates"));
    m_previewAction->setText(tr("Pre&view certificate"));
    updateEnabled();
}

void CertificateSigning::updateEnabled()
{
    const auto describe = [](QAction *action, const QString &reason) {
        const QString shortcut = action->shortcut().toString(QKeySequence::NativeText);
        const QString name = action->text().remove(u'&');
        action->setEnabled(reason.isEmpty());
        action->setToolTip(reason.isEmpty() ? u"%1 (%2)"_s.arg(name, shortcut)
                                            : u"%1 (%2)\n%3"_s.arg(name, shortcut, reason));
        action->setStatusTip(reason);
    };

    QString signReason;
    if (m_signing)
        signReason = tr("Certificates are being signed.");
    else
        signableSelection(&signReason);
    describe(m_signAction, signReason);

    QString previewReason;
    if (m_signing)
        previewReason = tr("Certificates are being signed.");
    else if (previewableSelection().isEmpty())
        previewReason = tr("Choose an approved application whose certificate is signed, or one you approved.");
    describe(m_previewAction, previewReason);
}

QList<CachedApplication> CertificateSigning::signableSelection(QString *reason) const
{
    QList<CachedApplication> signable;
    bool approvedByOthers = false;
    for (const CachedApplication &application : m_selection) {
        if (!needsSignature(application, storedPdfEntry(application)))
            continue;
        if (isApprovedBy(application, m_officer.username))
            signable << application;
        else
            approvedByOthers = true;
    }
    if (signable.isEmpty())
        *reason = approvedByOthers
                      ? tr("Another officer approved the chosen applications; only the approving officer can sign "
                           "their certificates.")
                      : tr("Choose one or more approved applications whose certificates are not signed yet.");
    return signable;
}

QList<CachedApplication> CertificateSigning::previewableSelection() const
{
    QList<CachedApplication> chosen = m_selection;
    if (chosen.isEmpty() && m_current)
        chosen << *m_current;

    QList<CachedApplication> previewable;
    LocalCache *cache = m_services.sync.cache();
    for (const CachedApplication &application : std::as_const(chosen)) {
        if (!application.certificate)
            continue;
        const bool stored = cache && CertificateFiles(*cache).entry(application.certificate->number).has_value();
        // Only the approving officer's own name and designation can go on an unsigned page.
        const bool renderable =
            application.status == ApplicationStatus::Approved && isApprovedBy(application, m_officer.username);
        if (stored || renderable)
            previewable << application;
    }
    return previewable;
}

std::optional<CertificateFileEntry> CertificateSigning::storedPdfEntry(const CachedApplication &application) const
{
    LocalCache *cache = m_services.sync.cache();
    if (!cache || !application.certificate)
        return std::nullopt;
    return CertificateFiles(*cache).entry(application.certificate->number);
}

std::optional<QByteArray> CertificateSigning::renderUnsigned(const CachedApplication &application, QString *error)
{
    if (!m_renderer) {
        m_renderer = CertificateRenderer::create(error);
        if (!m_renderer)
            return std::nullopt;
    }
    QString reason;
    const std::optional<IssuedCertificate> issued = issuedCertificate(application, &reason);
    if (!issued) {
        qCWarning(lcSigningGui) << "Cannot render the certificate of" << application.number << ":" << reason;
        *error = tr("This computer lacks the details of certificate %1 that the server issued. Sync with the "
                    "server (F5), then try again.")
                     .arg(application.certificate ? application.certificate->number : application.number);
        return std::nullopt;
    }
    const std::optional<CertificateDocument> document = CertificateDocumentBuilder::build(
        application, *issued, m_officer.certificateOfficer(application), m_renderer->text(), error);
    if (!document)
        return std::nullopt;
    return m_renderer->render(*document, error);
}

void CertificateSigning::sign()
{
    QString reason;
    const QList<CachedApplication> applications = m_signing ? QList<CachedApplication>() : signableSelection(&reason);
    if (applications.isEmpty())
        return;
    LocalCache *cache = m_services.sync.cache();
    if (!cache)
        return;

    // The key first: without one nothing is rendered.
    QString error;
    const SigningKeyConfig config = m_services.settings ? m_services.settings->signingKey() : SigningKeyConfig();
    m_key = config.createKey(&error);
    if (!m_key) {
        m_services.prompter.warn(
            m_window, tr("No signing key"),
            error + u' ' +
                tr("Open Settings (%1) to choose it.")
                    .arg(QKeySequence(Qt::CTRL | Qt::Key_Comma).toString(QKeySequence::NativeText)));
        emit signingFinished({});
        return;
    }

    // Each certificate is rendered from the cache; one that cannot be is reported, not signed.
    m_batch.clear();
    m_failedBeforeSigning.clear();
    QList<CertificatePreviewDialog::Item> items;
    for (const CachedApplication &application : applications) {
        const QString number = application.certificate->number;
        const QString applicant = QueueModel::applicantText(application.applicant);
        const std::optional<QByteArray> pdf = renderUnsigned(application, &error);
        if (!pdf) {
            qCWarning(lcSigningGui) << "Could not render certificate" << number << "of" << application.number << ":"
                                    << error;
            m_failedBeforeSigning << SigningOutcome{number, application.number, applicant, false, error};
            continue;
        }
        m_batch << Prepared{application, number, *pdf};
        items << CertificatePreviewDialog::Item{number, applicant,
                                                tr("Not signed yet: check the certificate, "
                                                   "then sign."),
                                                *pdf};
    }
    if (m_batch.isEmpty()) {
        m_key.reset();
        finishBatch(m_failedBeforeSigning, false);
        return;
    }

    CertificatePreviewDialog previewDialog(m_window);
    previewDialog.setItems(items);
    previewDialog.setAcceptVerb(tr("Sign %n certificate(s)", nullptr, int(m_batch.size())));
    if (m_services.prompter.execDialog(previewDialog) != QDialog::Accepted) {
        qCInfo(lcSigningGui) << "The officer closed the preview of" << m_batch.size() << "certificate(s) unsigned";
        m_batch.clear();
        m_key.reset();
        emit signingFinished({});
        return;
    }

    m_signing = true;
    updateEnabled();
    unlocker().unlock(*m_key, config, int(m_batch.size()), [this](bool unlocked) {
        if (unlocked) {
            checkRegisteredThenSign();
            return;
        }
        // Nothing was signed or stored.
        abandonBatch();
    });
}

void CertificateSigning::checkRegisteredThenSign()
{
    SigningError notRegistered;
    if (RegisteredCertificateCheck::matches(*m_key, m_officer.signingCertificateSha256, &notRegistered)) {
        signPrepared();
        return;
    }
    // The profile dates from the sign-in, and an administrator may have registered this DSC
    // since then, so the profile is requested once more before the warning.
    m_services.api.me(this, [this, notRegistered](const ApiResult &result) {
        SigningError error = notRegistered;
        QString profileError;
        const std::optional<OfficerProfile> fresh =
            result.ok() ? OfficerProfile::fromJson(result.body, &profileError) : std::optional<OfficerProfile>();
        if (fresh && fresh->username == m_officer.username) {
            m_officer.signingCertificateSha256 = fresh->signingCertificateSha256;
            if (RegisteredCertificateCheck::matches(*m_key, m_officer.signingCertificateSha256, &error)) {
                signPrepared();
                return;
            }
        } else if (!result.ok()) {
            qCInfo(lcSigningGui).noquote()
                << "Could not refresh the officer profile, status" << result.httpStatus << result.networkError;
        }
        qCWarning(lcSigningGui).noquote()
            << "Not signing" << m_batch.size() << "certificate(s) with" << m_key->description() << ":" << error.detail;
        m_key->lock();
        m_services.prompter.warn(m_window, tr("Wrong Digital Signature Certificate"), error.message);
        abandonBatch();
    });
}

void CertificateSigning::abandonBatch()
{
    m_batch.clear();
    m_key.reset();
    m_signing = false;
    updateEnabled();
    emit signingFinished({});
}

void CertificateSigning::forgetKeptPassphrase(const QString &pkcs12File)
{
    if (m_credentials && m_services.settings)
        unlocker().forgetPassphrase(pkcs12File);
}

SigningKeyUnlocker &CertificateSigning::unlocker()
{
    // Callers check that settings are given: sign() reads the key from them.
    if (!m_unlocker) {
        m_unlocker = new SigningKeyUnlocker({m_services.prompter, m_credentials, *m_services.settings,
                                             m_services.api.serverUrl().toString(), m_officer.username},
                                            m_window);
    }
    return *m_unlocker;
}

void CertificateSigning::signPrepared()
{
    QList<SigningOutcome> outcomes = m_failedBeforeSigning;
    const int count = int(m_batch.size());
    QProgressDialog progress(m_window);
    progress.setObjectName(u"signingProgressDialog"_s);
    progress.setWindowTitle(tr("Signing certificates"));
    progress.setCancelButtonText(tr("Stop"));
    progress.setRange(0, count);
    progress.setMinimumDuration(500);
    progress.setWindowModality(Qt::WindowModal);

    bool stopped = false;
    for (int index = 0; index < count; ++index) {
        if (progress.wasCanceled()) {
            stopped = true;
            qCInfo(lcSigningGui) << "The officer stopped the batch after" << index << "of" << count << "certificates";
            break;
        }
        const Prepared &prepared = m_batch.at(index);
        progress.setLabelText(
            tr("Signing certificate %1 (%2 of %3)…").arg(prepared.certificateNumber).arg(index + 1).arg(count));
        progress.setValue(index);

        SigningOutcome outcome{prepared.certificateNumber,
                               prepared.application.number,
                               QueueModel::applicantText(prepared.application.applicant),
                               false,
                               {}};
        SignatureRequest request;
        request.certificateNumber = prepared.certificateNumber;
        const CertificateOfficer signer = m_officer.certificateOfficer(prepared.application);
        request.signer = {signer.name, signer.nameHi, signer.designation, signer.designationHi,
                          m_services.clock.nowUtc()};
        SigningError signingError;
        const std::optional<QByteArray> signedPdf =
            PadesSigner::sign(prepared.unsignedPdf, *m_key, request, &signingError);
        QString storeError;
        if (!signedPdf) {
            qCWarning(lcSigningGui) << "Could not sign certificate" << prepared.certificateNumber << ":"
                                    << signingError.detail;
            outcome.message = signingError.message;
        } else if (!m_services.sync.storeSignedCertificate(prepared.certificateNumber, *signedPdf, &storeError)) {
            qCWarning(lcSigningGui) << "Could not store the signed certificate" << prepared.certificateNumber << ":"
                                    << storeError;
            outcome.message = tr("The signed PDF could not be saved on this computer. Check that the disk has "
                                 "free space, then sign again.");
        } else {
            qCInfo(lcSigningGui) << "Signed certificate" << prepared.certificateNumber << "of"
                                 << prepared.application.number << "," << signedPdf->size() << "bytes";
            outcome.stored = true;
        }
        outcomes << outcome;
    }
    progress.setValue(count);

    m_key->lock();
    m_key.reset();
    m_batch.clear();
    finishBatch(outcomes, stopped);
}

void CertificateSigning::finishBatch(const QList<SigningOutcome> &outcomes, bool stopped)
{
    m_signing = false;
    QStringList applications;
    QStringList stored;
    for (const SigningOutcome &outcome : outcomes) {
        if (!outcome.stored)
            continue;
        applications << outcome.applicationNumber;
        stored << outcome.certificateNumber;
    }
    // SyncController started a round to upload what was stored; offline, the uploads wait in the
    // cache.
    if (!stored.isEmpty())
        emit applicationsChanged(applications);
    updateEnabled();

    // The upload may have landed already, and more land while the dialog is open.
    SigningResultsDialog results(outcomes, stopped, m_window);
    const auto showUploads = [this, &results](const QStringList &numbers) {
        LocalCache *cache = m_services.sync.cache();
        if (!cache)
            return;
        const CertificateFiles files(*cache);
        for (const QString &number : numbers) {
            if (const std::optional<CertificateFileEntry> entry = files.entry(number))
                results.setUploadState(number, entry->uploadState, entry->uploadErrorMessage);
        }
    };
    showUploads(stored);
    const QMetaObject::Connection uploads =
        connect(&m_services.sync, &SyncController::certificateFilesChanged, &results, showUploads);
    const int answer = m_services.prompter.execDialog(results);
    disconnect(uploads);
    emit signingFinished(stored);
    if (answer == SigningResultsDialog::PreviewResult)
        previewStored(outcomes);
}

void CertificateSigning::preview()
{
    if (m_signing)
        return;
    const QList<CachedApplication> applications = previewableSelection();
    if (applications.isEmpty())
        return;
    LocalCache *cache = m_services.sync.cache();
    if (!cache)
        return;

    QList<CertificatePreviewDialog::Item> items;
    int currentIndex = 0;
    CertificateFiles files(*cache);
    for (const CachedApplication &application : applications) {
        const QString number = application.certificate->number;
        const QString applicant = QueueModel::applicantText(application.applicant);
        if (m_current && m_current->number == application.number)
            currentIndex = int(items.size());

        if (std::optional<CertificatePreviewDialog::Item> stored = storedItem(files, number, applicant)) {
            items << *stored;
            continue;
        }
        QString error;
        const std::optional<QByteArray> pdf = renderUnsigned(application, &error);
        if (!pdf) {
            qCWarning(lcSigningGui) << "Could not render certificate" << number << "for the preview:" << error;
            m_services.prompter.warn(m_window, tr("Cannot preview certificate"), error);
            return;
        }
        items << CertificatePreviewDialog::Item{number, applicant, tr("Not signed yet."), *pdf};
    }

    CertificatePreviewDialog dialog(m_window);
    dialog.setItems(items);
    dialog.setCurrentIndex(currentIndex);
    m_services.prompter.execDialog(dialog);
}

void CertificateSigning::previewStored(const QList<SigningOutcome> &outcomes)
{
    LocalCache *cache = m_services.sync.cache();
    if (!cache)
        return;
    QList<CertificatePreviewDialog::Item> items;
    CertificateFiles files(*cache);
    for (const SigningOutcome &outcome : outcomes) {
        if (!outcome.stored)
            continue;
        if (std::optional<CertificatePreviewDialog::Item> item =
                storedItem(files, outcome.certificateNumber, outcome.applicant))
            items << *item;
    }
    if (items.isEmpty())
        return;
    CertificatePreviewDialog dialog(m_window);
    dialog.setItems(items);
    m_services.prompter.execDialog(dialog);
}

std::optional<CertificatePreviewDialog::Item>
CertificateSigning::storedItem(const CertificateFiles &files, const QString &number, const QString &applicant)
{
    QString error;
    const std::optional<QByteArray> pdf = files.pdf(number, &error);
    const std::optional<CertificateFileEntry> entry = pdf ? files.entry(number, &error) : std::nullopt;
    if (!pdf || !entry) {
        if (!error.isEmpty())
            qCWarning(lcSigningGui) << "Could not read the stored PDF of certificate" << number << ":" << error;
        return std::nullopt;
    }

    QString note;
    switch (entry->uploadState) {
    case CertificateUploadState::Pending:
        note = tr("Signed on this computer; waiting to be uploaded to the server.");
        break;
    case CertificateUploadState::Uploaded:
        note = tr("Signed and uploaded to the server.");
        break;
    case CertificateUploadState::Refused:
        //: %1 is the server's reason, a full sentence.
        note = tr("Signed, but the server refused the upload: %1 Sign it again.").arg(entry->uploadErrorMessage);
        break;
    case CertificateUploadState::NotNeeded:
        note = tr("Signed and published; downloaded from the server.");
        break;
    }
    return CertificatePreviewDialog::Item{number, applicant, note, *pdf};
}

} // namespace nodues::workstation
