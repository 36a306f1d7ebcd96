#include "ServerConfig.h"

#include "storage/Database.h"
#include "storage/DatabaseUrl.h"
#include "storage/Migrations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QSettings>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace nodues::server {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ServerConfig)
};

// Every key an INI file may set. A misspelt key must not silently fall back to a default (a typo
// in [sms] gateway would send OTPs to the spool file instead of phones), so load() refuses any
// other key. Sections listed with an empty key set are checked by their own code.
const QHash<QString, QStringList> &knownKeys()
{
    static const QHash<QString, QStringList> keys = {
        {u"database"_s, {u"url"_s}},
        {u"http"_s,
         {u"listen"_s, u"io_threads"_s, u"worker_threads"_s, u"body_limit_bytes"_s, u"header_limit_bytes"_s,
          u"max_connections"_s, u"read_timeout_seconds"_s, u"idle_timeout_seconds"_s, u"write_timeout_seconds"_s,
          u"shutdown_grace_seconds"_s}},
        {u"sms"_s,
         {u"gateway"_s, u"spool_file"_s, u"sender_id"_s, u"templates_file"_s, u"link_domains"_s, u"cdac_url"_s,
          u"cdac_username"_s, u"cdac_password"_s, u"cdac_secure_key"_s, u"http_url"_s, u"http_method"_s,
          u"http_body"_s, u"http_content_type"_s, u"http_headers_file"_s, u"request_timeout_seconds"_s,
          u"poll_interval_ms"_s, u"batch_size"_s, u"lease_seconds"_s, u"max_attempts"_s,
          u"backoff_initial_seconds"_s, u"backoff_max_seconds"_s, u"dispatcher_id"_s, u"dispatch_in_serve"_s}},
        {u"officers"_s,
         {u"password_cost"_s, u"max_sign_in_failures"_s, u"max_sign_in_failures_all_addresses"_s, u"lock_minutes"_s}},
        {u"api"_s,
         {u"otp_request_burst"_s, u"otp_requests_per_minute"_s, u"session_request_burst"_s,
          u"session_requests_per_minute"_s, u"public_request_burst"_s, u"public_requests_per_minute"_s}},
        {u"applications"_s, {u"sla_hours"_s, u"download_link_days"_s, u"public_base_url"_s}},
        {u"security"_s, {}},
        {u"otp"_s, {}},
        {u"session"_s, {}},
    };
    return keys;
}

} // namespace

bool ServerConfig::passwordCost(PasswordHasher::Cost *cost, QString *error) const
{
    const QString text = value(u"officers/password_cost"_s, u"moderate"_s);
    if (text == u"moderate"_s) {
        *cost = PasswordHasher::Cost::Moderate;
        return true;
    }
    if (text == u"interactive"_s) {
        *cost = PasswordHasher::Cost::Interactive;
        return true;
    }
    *error = Tr::tr("The setting officers/password_cost is \"%1\"; use moderate or interactive.").arg(text);
    return false;
}

void ServerConfig::addCommonOptions(QCommandLineParser &parser)
{
    parser.addOption({u"db"_s,
                      Tr::tr("Database URL: sqlite:///path/nodues.db or postgresql://user@host:5432/nodues. "
                             "Default: NODUES_DB, else database/url in the configuration file, else %1.")
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
        QStringList unknown;
        for (const QString &key : keys) {
            const QString section = key.section(u'/', 0, 0).toLower();
            const QString name = key.section(u'/', 1).toLower();
            const auto known = knownKeys().constFind(section);
            if (!key.contains(u'/') || known == knownKeys().constEnd()
                || (!known->isEmpty() && !known->contains(name)))
                unknown << key;
        }
        if (!unknown.isEmpty()) {
            *error = Tr::tr("The configuration file %1 sets unknown settings: %2. Check their spelling against "
                            "docs/configuration.md.")
                         .arg(configFile, unknown.join(u", "_s));
            return false;
        }
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
    else if (m_values.contains(u"database/url"_s))
        m_databaseUrl = m_values.value(u"database/url"_s);
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

std::unique_ptr<Database> ServerConfig::openDatabase(QString *error, SchemaRequirement requirement) const
{
    const std::optional<DatabaseUrl> url = DatabaseUrl::parse(m_databaseUrl, error);
    if (!url)
        return nullptr;
    const bool requireCurrent = requirement == SchemaRequirement::Current;
    if (requireCurrent && url->dialect == SqlDialect::Sqlite && !QFileInfo::exists(url->sqlitePath)) {
        *error = Tr::tr("The database file %1 does not exist. Check --db or NODUES_DB, or create it with "
                        "nodues-server init.")
                     .arg(url->sqlitePath);
        return nullptr;
    }

    auto database = std::make_unique<Database>(*url);
    QSqlDatabase db = database->connection(error);
    if (!db.isOpen())
        return nullptr;
    if (!requireCurrent)
        return database;

    // Read the version without creating anything, unlike schemaVersion().
    const int latest = serverMigrations().back().version;
    QSqlQuery query(db);
    if (!query.exec(u"SELECT MAX(version) FROM schema_version"_s) || !query.next()) {
        *error = Tr::tr("The database %1 has no NoDues schema. Create it with nodues-server init.")
                     .arg(url->redacted());
        return nullptr;
    }
    const int version = query.value(0).toInt();
    query.finish();
    if (version < latest) {
        *error = Tr::tr("The database %1 is at schema version %2, but this nodues-server needs version %3. "
                        "Upgrade it with nodues-server init.")
                     .arg(url->redacted())
                     .arg(version)
                     .arg(latest);
        return nullptr;
    }
    if (version > latest) {
        *error = Tr::tr("The database %1 is at schema version %2, newer than this nodues-server knows (%3). "
                        "Use the newer nodues-server.")
                     .arg(url->redacted())
                     .arg(version)
                     .arg(latest);
        return nullptr;
    }
    return database;
}

} // namespace nodues::server
