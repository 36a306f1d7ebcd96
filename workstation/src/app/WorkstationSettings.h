#pragma once

#include "app/Language.h"
#include "certificate/SigningKeyConfig.h"

#include <QByteArray>
#include <QRect>
#include <QString>

#include <memory>

class QSettings;

namespace nodues::workstation {

// The workstation's preferences, kept with QSettings: in ~/.config/NoDues/nodues-workstation.conf
// on Linux and in the registry on Windows, or in an INI file that tests choose. Secrets never go
// here: a remembered session token and a remembered PKCS#12 passphrase are in the keychain
// (CredentialStore), and a token's PIN is never stored.
class WorkstationSettings
{
public:
    // The settings of the application's organization and name (QCoreApplication).
    WorkstationSettings();
    // The settings in the INI file at path, created on the first write.
    explicit WorkstationSettings(const QString &iniFilePath);
    ~WorkstationSettings();
    Q_DISABLE_COPY_MOVE(WorkstationSettings)

    // The settings keys, in "group/name" form.
    static constexpr const char *kLanguageKey = "ui/language";
    static constexpr const char *kServerUrlKey = "server/url";
    static constexpr const char *kLastUsernameKey = "signIn/lastUsername";
    static constexpr const char *kRememberMeKey = "signIn/rememberMe";
    static constexpr const char *kDeviceNameKey = "device/name";
    static constexpr const char *kPrinterNameKey = "printing/printerName";
    static constexpr const char *kSigningKeyKindKey = "signing/keyKind";
    static constexpr const char *kPkcs11ModuleKey = "signing/pkcs11Module";
    static constexpr const char *kPkcs11TokenKey = "signing/pkcs11Token";
    static constexpr const char *kPkcs12FileKey = "signing/pkcs12File";
    static constexpr const char *kRememberPassphraseKey = "signing/rememberPkcs12Passphrase";
    static constexpr const char *kMainWindowGeometryKey = "ui/mainWindowGeometry";
    static constexpr const char *kMainWindowMaximizedKey = "ui/mainWindowMaximized";
    static constexpr const char *kQueueHeaderStateKey = "ui/queueHeaderState";

    // Hindi unless English was chosen.
    Language language() const;
    void setLanguage(Language language);

    // The server's base URL as the officer typed it, for example "https://nodues.example.in";
    // empty until one is saved.
    QString serverUrl() const;
    void setServerUrl(const QString &url);

    // The username of the last successful sign-in, to fill the sign-in form; empty at first.
    QString lastUsername() const;
    void setLastUsername(const QString &username);

    // Whether the last sign-in asked to keep the session token; false at first.
    bool rememberMe() const;
    void setRememberMe(bool remember);

    // The name this PC gives the server for its sessions (1 to 64 printable characters): the
    // saved one, else the host name, else "nodues-workstation".
    QString deviceName() const;
    void setDeviceName(const QString &name);
    // The host name cut to the server's limit of 64 characters, without characters that do not
    // print; "nodues-workstation" when nothing is left.
    static QString defaultDeviceName();

    // The certificate printer's queue name (QPrinterInfo::printerName()); empty until one is chosen,
    // which means the system's default printer.
    QString printerName() const;
    void setPrinterName(const QString &name);

    // Where the officer's signing key is; kind None until it is set up.
    SigningKeyConfig signingKey() const;
    void setSigningKey(const SigningKeyConfig &key);

    // Whether the PKCS#12 passphrase may be kept in the keychain after it opened the file; false
    // at first. Only the choice is stored here, never the passphrase.
    bool rememberPkcs12Passphrase() const;
    void setRememberPkcs12Passphrase(bool remember);

    // The main window's geometry when it was last hidden: its client area without the frame
    // (QWidget::normalGeometry()) and whether it was maximized. Invalid and false at first.
    QRect mainWindowGeometry() const;
    bool mainWindowMaximized() const;
    void setMainWindowGeometry(const QRect &geometry, bool maximized);

    // The queue's column widths, order and sort column (QHeaderView::saveState()). Empty at first.
    QByteArray queueHeaderState() const;
    void setQueueHeaderState(const QByteArray &state);

    // Writes pending changes to storage; QSettings also does this on its own.
    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace nodues::workstation
