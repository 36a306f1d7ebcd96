#include "app/WorkstationSettings.h"

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

void WorkstationSettings::sync()
{
    m_settings->sync();
}

} // namespace nodues::workstation
