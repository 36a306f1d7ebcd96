#include "http/SystemRoutes.h"

#include "http/ApiError.h"
#include "http/Router.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

namespace nodues::server {

namespace {

int latestSchemaVersion()
{
    const std::vector<Migration> &migrations = serverMigrations();
    return migrations.empty() ? 0 : migrations.back().version;
}

Response unavailable(const Request &request, const QString &code, const LocalizedMessage &message)
{
    Response response = errorResponse(request, 503, code, message);
    QJsonObject body = QJsonDocument::fromJson(response.body).object();
    body.insert(u"status"_s, u"unavailable"_s);
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    response.headers.set("Retry-After"_ba, "5"_ba);
    return response;
}

Response health(Database &database, const Request &request)
{
    QString error;
    QSqlDatabase db = database.connection(&error);
    int version = -1;
    if (db.isOpen()) {
        // Read-only on purpose: schemaVersion() would create the version table if it were missing.
        QSqlQuery query(db);
        if (execPlain(query, u"SELECT COALESCE(MAX(version), 0) FROM schema_version"_s, &error) && query.next())
            version = query.value(0).toInt();
    }

    if (version < 0) {
        // The driver's message may name hosts and users, so it goes to the log, not to the client.
        qCWarning(lcHttp).noquote() << "Health check failed for request" << request.requestId << ":" << error;
        return unavailable(request, u"database_unavailable"_s,
                           {"HttpError",
                            QT_TRANSLATE_NOOP("HttpError", "The database cannot be reached; the server log has the "
                                                           "reason (request id %1)."),
                            {request.requestId}});
    }
    if (version < latestSchemaVersion()) {
        return unavailable(request, u"schema_outdated"_s,
                           {"HttpError",
                            QT_TRANSLATE_NOOP("HttpError", "The database is at schema version %1 but this server needs "
                                                           "version %2; run nodues-server init."),
                            {QString::number(version), QString::number(latestSchemaVersion())}});
    }
    return Response::json(200, QJsonObject{{u"status"_s, u"ok"_s}, {u"schema_version"_s, version}});
}

} // namespace

void addSystemRoutes(Router &router, Database &database, const QString &serverVersion)
{
    router.get(u"/healthz"_s, [&database](const Request &request) { return health(database, request); });
    router.get(u"/api/v1/version"_s, [serverVersion](const Request &) {
        return Response::json(200, QJsonObject{{u"name"_s, u"nodues-server"_s},
                                               {u"version"_s, serverVersion},
                                               {u"api"_s, u"v1"_s},
                                               {u"schema_version"_s, latestSchemaVersion()}});
    });
}

} // namespace nodues::server
