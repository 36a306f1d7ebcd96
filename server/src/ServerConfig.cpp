#include "ServerConfig.h"

#include "storage/Database.h"
#include "storage/DatabaseUrl.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace nodues::server {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ServerConfig)
};

} // namespace

void ServerConfig::addCommonOptions(QCommandLineParser &parser)
{
    parser.addOption({u"db"_s,
                      Tr::tr("Database URL: sqlite:///path/nodues.db or postgresql://user@host:5432/nodues. "
                             "Default: NODUES_DB, else %1.")
                          .arg(defaultDatabaseUrl()),
                      u"url"_s});
    parser.addOption({u"config"_s, Tr::tr("INI file with server settings. Default: NODUES_CONFIG, if set."), u"file"_s});
}

QString ServerConfig::defaultDatabaseUrl()
{
    return u"sqlite://nodues.db"_s;
}

bool ServerConfig::load(const QCommandLineParser &parser, QString *error)
{
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();

    QString configFile = parser.isSet(u"config"_s) ? parser.value(u"config"_s) : environment.value(u"NODUES_CONFIG"_s);
    if (!configFile.isEmpty()) {
        if (!QFileInfo(configFile).isReadable()) {
            *error = Tr::tr("The configuration file %1 does not exist or cannot be read.").arg(configFile);
            return false;
        }
        QSettings settings(configFile, QSettings::IniFormat);
        if (settings.status() != QSettings::NoError) {
            *error = Tr::tr("The configuration file %1 is not a valid INI file.").arg(configFile);
            return false;
        }
        const QStringList keys = settings.allKeys();
        for (const QString &key : keys) {
            // QSettings reads an unquoted "a, b" as a list; keep it as the comma-separated text.
            const QVariant value = settings.value(key);
            m_values.insert(key.toLower(), value.typeId() == QMetaType::QStringList
                                               ? value.toStringList().join(u',')
                                               : value.toString());
        }
    }

    const QStringList names = environment.keys();
    for (const QString &name : names) {
        if (!name.startsWith(u"NODUES_"_s) || name == u"NODUES_DB"_s || name == u"NODUES_CONFIG"_s)
            continue;
        const QString rest = name.mid(7).toLower();
        const qsizetype split = rest.indexOf(u'_');
        if (split <= 0)
            continue;
        m_values.insert(rest.left(split) + u'/' + rest.mid(split + 1), environment.value(name));
    }

    if (parser.isSet(u"db"_s))
        m_databaseUrl = parser.value(u"db"_s);
    else if (environment.contains(u"NODUES_DB"_s))
        m_databaseUrl = environment.value(u"NODUES_DB"_s);
    else
        m_databaseUrl = defaultDatabaseUrl();
    return true;
}

QString ServerConfig::value(const QString &key, const QString &defaultValue) const
{
    return m_values.value(key, defaultValue);
}

qint64 ServerConfig::integer(const QString &key, qint64 defaultValue, QString *error) const
{
    const auto found = m_values.constFind(key);
    if (found == m_values.constEnd())
        return defaultValue;
    bool ok = false;
    const qint64 parsed = found->trimmed().toLongLong(&ok);
    if (!ok) {
        *error = Tr::tr("The setting %1 is \"%2\", which is not a whole number.").arg(key, *found);
        return defaultValue;
    }
    return parsed;
}

std::unique_ptr<Database> ServerConfig::openDatabase(QString *error) const
{
    const std::optional<DatabaseUrl> url = DatabaseUrl::parse(m_databaseUrl, error);
    if (!url)
        return nullptr;
    auto database = std::make_unique<Database>(*url);
    if (!database->connection(error).isOpen())
        return nullptr;
    return database;
}

} // namespace nodues::server
