#include "app/WorkstationSettings.h"

#include <QRect>
#include <QSettings>
#include <QSysInfo>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

namespace {

// The server accepts device names of 1 to 64 printable characters.
constexpr qsizetype kMaxDeviceNameLength = 64;

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

QString printableOnly(const QString &text)
{
    QString result;
    for (const QChar character : text) {
        if (character.isPrint())
            result += character;
    }
    return result.trimmed().left(kMaxDeviceNameLength);
}

} // namespace

WorkstationSettings::WorkstationSettings()
    : m_settings(std::make_unique<QSettings>())
{
}

WorkstationSettings::WorkstationSettings(const QString &iniFilePath)
    : m_settings(std::make_unique<QSettings>(iniFilePath, QSettings::IniFormat))
{
}

WorkstationSettings::~WorkstationSettings() = default;

Language WorkstationSettings::language() const
{
    return languageFromCode(m_settings->value(key(kLanguageKey)).toString(), Language::Hindi);
}

void WorkstationSettings::setLanguage(Language language)
{
    m_settings->setValue(key(kLanguageKey), languageCode(language));
}

QString WorkstationSettings::serverUrl() const
{
    return m_settings->value(key(kServerUrlKey)).toString();
}

void WorkstationSettings::setServerUrl(const QString &url)
{
    m_settings->setValue(key(kServerUrlKey), url.trimmed());
}

QString WorkstationSettings::lastUsername() const
{
    return m_settings->value(key(kLastUsernameKey)).toString();
}

void WorkstationSettings::setLastUsername(const QString &username)
{
    m_settings->setValue(key(kLastUsernameKey), username.trimmed());
}

bool WorkstationSettings::rememberMe() const
{
    return m_settings->value(key(kRememberMeKey), false).toBool();
}

void WorkstationSettings::setRememberMe(bool remember)
{
    m_settings->setValue(key(kRememberMeKey), remember);
}

QString WorkstationSettings::deviceName() const
{
    const QString saved = printableOnly(m_settings->value(key(kDeviceNameKey)).toString());
    return saved.isEmpty() ? defaultDeviceName() : saved;
}

void WorkstationSettings::setDeviceName(const QString &name)
{
    m_settings->setValue(key(kDeviceNameKey), printableOnly(name));
}

QString WorkstationSettings::defaultDeviceName()
{
    const QString hostName = printableOnly(QSysInfo::machineHostName());
    return hostName.isEmpty() ? u"nodues-workstation"_s : hostName;
}

QString WorkstationSettings::printerName() const
{
    return m_settings->value(key(kPrinterNameKey)).toString();
}

void WorkstationSettings::setPrinterName(const QString &name)
{
    m_settings->setValue(key(kPrinterNameKey), name.trimmed());
}

SigningKeyConfig WorkstationSettings::signingKey() const
{
    SigningKeyConfig config;
    config.kind = SigningKeyConfig::kindFromCode(m_settings->value(key(kSigningKeyKindKey)).toString());
    config.pkcs11Module = m_settings->value(key(kPkcs11ModuleKey)).toString();
    config.pkcs11Token = m_settings->value(key(kPkcs11TokenKey)).toString();
    config.pkcs12File = m_settings->value(key(kPkcs12FileKey)).toString();
    return config;
}

void WorkstationSettings::setSigningKey(const SigningKeyConfig &config)
{
    // The fields of the kind not chosen are kept, so switching back finds them filled in.
    m_settings->setValue(key(kSigningKeyKindKey), SigningKeyConfig::kindCode(config.kind));
    m_settings->setValue(key(kPkcs11ModuleKey), config.pkcs11Module.trimmed());
    m_settings->setValue(key(kPkcs11TokenKey), config.pkcs11Token.trimmed());
    m_settings->setValue(key(kPkcs12FileKey), config.pkcs12File.trimmed());
}

bool WorkstationSettings::rememberPkcs12Passphrase() const
{
    return m_settings->value(key(kRememberPassphraseKey), false).toBool();
}

void WorkstationSettings::setRememberPkcs12Passphrase(bool remember)
{
    m_settings->setValue(key(kRememberPassphraseKey), remember);
}

QRect WorkstationSettings::mainWindowGeometry() const
{
    return m_settings->value(key(kMainWindowGeometryKey)).toRect();
}

bool WorkstationSettings::mainWindowMaximized() const
{
    return m_settings->value(key(kMainWindowMaximizedKey), false).toBool();
}

void WorkstationSettings::setMainWindowGeometry(const QRect &geometry, bool maximized)
{
    m_settings->setValue(key(kMainWindowGeometryKey), geometry);
    m_settings->setValue(key(kMainWindowMaximizedKey), maximized);
}

QByteArray WorkstationSettings::queueHeaderState() const
{
    return m_settings->value(key(kQueueHeaderStateKey)).toByteArray();
}

void WorkstationSettings::setQueueHeaderState(const QByteArray &state)
{
    m_settings->setValue(key(kQueueHeaderStateKey), state);
}

void WorkstationSettings::sync()
{
    m_settings->sync();
}

} // namespace nodues::workstation
