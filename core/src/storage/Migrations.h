#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace nodues {

class Database;

// One step of the schema. Statements may use these tokens, replaced per dialect:
//   %ID%  an auto-numbered BIGINT primary key column type
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
};

// The migrations of the central database, in order; a released migration is never edited,
// a change to the schema is a new migration at the end.
const std::vector<Migration> &serverMigrations();

// Applies every migration newer than the database's schema_version, each in its own
// transaction together with its schema_version row. Safe to run from several processes at
// once: the schema_version table is locked while a step runs.
bool migrateDatabase(Database &database, const std::vector<Migration> &migrations, QString *error);

// The highest applied version, 0 for an empty database, -1 on error.
int schemaVersion(Database &database, QString *error);

} // namespace nodues
