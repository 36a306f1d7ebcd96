#pragma once

#include "cache/CachedApplication.h"
#include "gui/OfficerProfile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace nodues {
class Clock;
}

namespace nodues::workstation {

class CertificateRenderer;
class SigningKey;
class SyncController;

// The division officer's signing step without a window, for `nodues-workstation --sign-batch`:
// sync the cache, sign each approved certificate of the officer's that waits for a signature
// (isApprovedBy(), needsSignature()), store it through SyncController::storeSignedCertificate(),
// and wait for the sync engine to upload it. The window's Sign action (CertificateSigning) does
// the same with a preview, a PIN dialog and a progress dialog.
//
// Blocks in local event loops while the sync engine works; use it on the thread that owns sync.
class HeadlessSigningRun
{
    Q_DECLARE_TR_FUNCTIONS(HeadlessSigningRun)

public:
    // The outcome for one certificate.
    enum class State {
        NotSigned, // could not be rendered, signed or stored; message gives the reason
        Signed,    // signed and stored; the upload has not ended yet
        Uploaded,  // the server accepted the signed PDF and published it
        Rejected,  // the server rejected the signed PDF for good; message is its reason
        Pending,   // signed and stored, the upload waits for the server; the next sync retries it
    };

    struct Certificate
    {
        QString number;            // NDC/...
        QString applicationNumber; // APP/...
        State state = State::NotSigned;
        QString message; // translated, or the server's message; empty for Signed and Uploaded
    };

    // sync must be configured with the officer's session and cache.
    HeadlessSigningRun(SyncController &sync, OfficerProfile officer, const Clock &clock);
    ~HeadlessSigningRun();
    Q_DISABLE_COPY_MOVE(HeadlessSigningRun)

    // Waits for the sync round that configure() started. Returns false with error (translated or
    // the server's message) when it did not complete: no server, a refusal, or the session ended.
    bool waitForSync(QString *error);

    // The cached applications whose certificates wait for this officer's signature, by
    // application number, or nothing with error (English, for the log) when the cache cannot be
    // read.
    std::optional<QList<CachedApplication>> findUnsigned(QString *error);

    // Renders and signs each application's certificate with key, which must be unlocked, and
    // stores it for upload. Every certificate gets State NotSigned or Signed.
    QList<Certificate> sign(const QList<CachedApplication> &applications, const SigningKey &key);

    // Runs sync rounds until every Signed certificate of certificates is uploaded, rejected or
    // pending after a failed try, and sets its State. A round that cannot reach the server leaves
    // the rest Pending. maxRounds bounds the wait when rounds end before the upload was due.
    void waitForUploads(QList<Certificate> *certificates, int maxRounds = 4);

private:
    struct Round
    {
        bool ok = false;
        QString message;
    };
    Round waitForRound();
    std::optional<QByteArray> renderUnsigned(const CachedApplication &application, QString *error);

    SyncController &m_sync;
    OfficerProfile m_officer;
    const Clock &m_clock;
    std::unique_ptr<CertificateRenderer> m_renderer;
};

} // namespace nodues::workstation
