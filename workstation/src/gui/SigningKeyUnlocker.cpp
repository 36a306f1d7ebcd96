#include "gui/SigningKeyUnlocker.h"

#include "app/WorkstationSettings.h"
#include "certificate/OpenSslSupport.h"
#include "certificate/Pkcs11TokenStatus.h"
#include "certificate/SigningKey.h"
#include "gui/PinDialog.h"
#include "gui/Prompter.h"
#include "gui/SigningLogging.h"
#include "keychain/CredentialStore.h"

#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

namespace {

// A wrong or refused secret is worth another try; anything else is not.
bool worthAnotherTry(const SigningError &error)
{
    return error.code == SigningErrorCode::WrongSecret || error.code == SigningErrorCode::SecretRejected;
}

} // namespace

SigningKeyUnlocker::SigningKeyUnlocker(Services services, QWidget *window)
    : QObject(window)
    , m_services(std::move(services))
    , m_window(window)
{
}

void SigningKeyUnlocker::unlock(SigningKey &key, const SigningKeyConfig &config, int certificateCount, Done done)
{
    m_key = &key;
    m_config = config;
    m_certificateCount = certificateCount;
    m_done = std::move(done);

    if (config.kind != SigningKeyConfig::Kind::Pkcs12 || !m_services.credentials ||
        !m_services.settings.rememberPkcs12Passphrase()) {
        ask(QString());
        return;
    }
    m_services.credentials->read(passphraseKey(), this,
                                 [this](bool ok, const QString &passphrase, const QString &error) {
                                     if (!ok)
                                         qCWarning(lcSigningGui) << "Could not read the kept PKCS#12 passphrase from "
                                                                    "the keychain:"
                                                                 << error;
                                     if (ok && !passphrase.isEmpty())
                                         tryKeptPassphrase(passphrase);
                                     else
                                         ask(QString());
                                 });
}

void SigningKeyUnlocker::tryKeptPassphrase(const QString &passphrase)
{
    SigningError error;
    if (m_key->unlock(passphrase.toUtf8(), &error)) {
        qCInfo(lcSigningGui).noquote() << "Unlocked" << m_key->description()
                                       << "with the passphrase kept in the "
                                          "keychain";
        finish(true);
        return;
    }
    if (!worthAnotherTry(error)) {
        m_services.prompter.warn(m_window, tr("Signing key not usable"), error.message);
        finish(false);
        return;
    }

    // The file changed or got a new passphrase: the kept one goes, and the officer types it.
    qCInfo(lcSigningGui).noquote() << "The passphrase kept in the keychain no longer opens" << m_key->description();
    keepOrForget({}, false);
    ask(tr("The passphrase kept in the keychain no longer opens %1. Type the file's passphrase.").arg(keyName()));
}

void SigningKeyUnlocker::ask(const QString &previousError)
{
    const bool pkcs12 = m_config.kind == SigningKeyConfig::Kind::Pkcs12;
    QString message = previousError;
    for (;;) {
        PinDialog dialog(pkcs12 ? PinDialog::SecretKind::Pkcs12Passphrase : PinDialog::SecretKind::TokenPin, keyName(),
                         m_certificateCount, m_window);
        if (!pkcs12) {
            // The flags are read before each try, since a wrong PIN may have changed them.
            SigningError error;
            const std::optional<Pkcs11TokenStatus> status = Pkcs11TokenStatus::read(m_config.pkcs11Location(), &error);
            if (!status || status->pinLocked) {
                if (status)
                    qCWarning(lcSigningGui).noquote()
                        << "The token of" << m_key->description() << "reports its PIN locked";
                else
                    qCWarning(lcSigningGui).noquote()
                        << "Could not read the token of" << m_key->description() << ":" << error.detail;
                m_services.prompter.warn(m_window, tr("Signing key not usable"),
                                         status ? Pkcs11TokenStatus::lockedMessage() : error.message);
                finish(false);
                return;
            }
            dialog.setTokenStatus(*status);
        } else if (m_services.credentials) {
            dialog.offerRemember(m_services.settings.rememberPkcs12Passphrase());
        }
        dialog.setError(message);

        if (m_services.prompter.execDialog(dialog) != QDialog::Accepted) {
            qCInfo(lcSigningGui).noquote() << "The officer cancelled unlocking" << m_key->description();
            finish(false);
            return;
        }
        QByteArray secret = dialog.takeSecret();
        const bool remember = dialog.rememberChecked();
        // A copy of its own for the keychain, since unlock() wipes the bytes it is given.
        QByteArray keychainCopy = remember ? QByteArray(secret.constData(), secret.size()) : QByteArray();
        // Nothing is kept while "remember" stays off, because Settings deletes the kept
        // passphrase when the officer unticks it there.
        const bool wasRemembering = m_services.settings.rememberPkcs12Passphrase();
        if (pkcs12 && m_services.credentials)
            m_services.settings.setRememberPkcs12Passphrase(remember);

        SigningError error;
        const bool unlocked = m_key->unlock(std::move(secret), &error);
        if (unlocked && pkcs12 && m_services.credentials && (remember || wasRemembering))
            keepOrForget(keychainCopy, remember);
        openssl::wipe(keychainCopy);
        if (unlocked) {
            finish(true);
            return;
        }
        if (!worthAnotherTry(error)) {
            m_services.prompter.warn(m_window, tr("Signing key not usable"), error.message);
            finish(false);
            return;
        }
        qCInfo(lcSigningGui).noquote() << "Wrong secret for" << m_key->description() << "; asking again";
        message = error.message;
    }
}

void SigningKeyUnlocker::keepOrForget(const QByteArray &passphrase, bool remember)
{
    if (!remember) {
        remove(m_config.pkcs12File);
        return;
    }
    const QString description = m_key->description();
    const QString file = keyName();
    m_services.credentials->write(
        passphraseKey(), QString::fromUtf8(passphrase), this, [this, description, file](bool ok, const QString &error) {
            if (ok) {
                qCInfo(lcSigningGui).noquote() << "Kept the passphrase of" << description << "in the keychain";
                return;
            }
            qCWarning(lcSigningGui).noquote()
                << "Could not keep the passphrase of" << description << "in the keychain:" << error;
            m_services.prompter.warnModeless(
                m_window, tr("Passphrase not remembered"),
                tr("The passphrase of %1 could not be saved in this computer's keychain, so you will be asked for "
                   "it at the next signing. Check that the keychain is unlocked.")
                    .arg(file));
        });
}

void SigningKeyUnlocker::forgetPassphrase(const QString &pkcs12File)
{
    if (m_services.credentials && !pkcs12File.isEmpty())
        remove(pkcs12File);
}

void SigningKeyUnlocker::remove(const QString &pkcs12File)
{
    const QString key = pkcs12PassphraseKey(m_services.serverUrl, m_services.username, pkcs12File);
    const QString file = QFileInfo(pkcs12File).fileName();
    m_services.credentials->remove(key, this, [this, pkcs12File, file](bool ok, const QString &error) {
        if (ok)
            return;
        qCWarning(lcSigningGui).noquote()
            << "Could not delete the kept passphrase of" << pkcs12File << "from the keychain:" << error;
        m_services.prompter.warnModeless(
            m_window, tr("Passphrase not deleted"),
            tr("The passphrase of %1 kept in this computer's keychain could not be deleted. Check that the keychain "
               "is unlocked, or delete the entry with the keychain's own program.")
                .arg(file));
    });
}

void SigningKeyUnlocker::finish(bool unlocked)
{
    m_key = nullptr;
    // done may start another unlock(), so it is moved out first.
    const Done done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(unlocked);
}

QString SigningKeyUnlocker::passphraseKey() const
{
    return pkcs12PassphraseKey(m_services.serverUrl, m_services.username, m_config.pkcs12File);
}

QString SigningKeyUnlocker::keyName() const
{
    if (m_config.kind == SigningKeyConfig::Kind::Pkcs12)
        return QFileInfo(m_config.pkcs12File).fileName();
    const QString token = m_config.pkcs11Token.trimmed();
    return token.startsWith(u"pkcs11:"_s, Qt::CaseInsensitive) ? token : u"\"%1\""_s.arg(token);
}

} // namespace nodues::workstation
