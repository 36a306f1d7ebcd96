#pragma once

#include "officers/PasswordHasher.h"

#include <QCommandLineParser>
#include <QHash>
#include <QString>

#include <memory>

namespace nodues {
class Database;
}

namespace nodues::server {

// Settings shared by nodues-server's commands, from three sources, later ones winning:
//   1. an INI file named by --config or NODUES_CONFIG ("[sms]\ngateway=file");
//   2. environment variables NODUES_<SECTION>_<KEY> ("NODUES_SMS_GATEWAY=file");
//   3. for the database only, --db, else NODUES_DB, else the file's [database] url.
// An INI file that sets a key this program does not know is refused.
// Keys are "section/key" in lower case.
class ServerConfig
{
public:
    // Adds --db and --config to a command's parser.
    static void addCommonOptions(QCommandLineParser &parser);

    // Loads the INI file and environment; returns false with error when the INI file named is
    // missing or unreadable.
    bool load(const QCommandLineParser &parser, QString *error);

    QString value(const QString &key, const QString &defaultValue = {}) const;
    // Returns defaultValue when the key is unset; sets error when it is set but not an integer.
    qint64 integer(const QString &key, qint64 defaultValue, QString *error) const;
    // Reads officers/password_cost: "moderate" (the default, for production) or "interactive".
    // Sets error naming the value otherwise.
    bool passwordCost(PasswordHasher::Cost *cost, QString *error) const;

    QString databaseUrl() const { return m_databaseUrl; }

    // The schema check that openDatabase() makes before returning.
    enum class SchemaRequirement {
        Current, // the database exists and is at this program's schema version (every command but init)
        Any,     // anything goes: init creates or upgrades it, serve and sms check it themselves
    };

    // Parses the database URL and opens this thread's connection. With SchemaRequirement::Current
    // a missing SQLite file is not created, and a database without the schema, or at another
    // version, is refused with a message saying to run nodues-server init.
    std::unique_ptr<Database> openDatabase(QString *error,
                                           SchemaRequirement requirement = SchemaRequirement::Current) const;

    void setValue(const QString &key, const QString &value) { m_values.insert(key, value); }

    // The SQLite file used when neither --db nor NODUES_DB is given.
    static QString defaultDatabaseUrl();

private:
    QHash<QString, QString> m_values;
    QString m_databaseUrl;
};

} // namespace nodues::server
