#pragma once

#include <QString>

#include <optional>

namespace nodues {

enum class SqlDialect { Sqlite, Postgres };

// Where the database lives, parsed from a URL given by --db or NODUES_DB:
//   sqlite:///var/lib/nodues/nodues.db        (absolute path after the third slash)
//   sqlite://relative/nodues.db               (relative to the working directory)
//   postgresql://user[:password]@host[:port]/database[?schema=name][&sslmode=require]
// A PostgreSQL password left out of the URL is taken by libpq from PGPASSWORD or ~/.pgpass.
// The schema option puts every table in that schema, which tests use to isolate one run. The
// sslmode option is passed to libpq (disable, allow, prefer, require, verify-ca, verify-full).
struct DatabaseUrl
{
    SqlDialect dialect = SqlDialect::Sqlite;
    QString sqlitePath;
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString databaseName;
    QString schema;
    QString sslMode; // empty: libpq's default (prefer)

    // Returns nothing and sets error when text is not a supported database URL.
    static std::optional<DatabaseUrl> parse(const QString &text, QString *error);

    // The URL with any password replaced by "***", for logs and messages.
    QString redacted() const;
};

} // namespace nodues
