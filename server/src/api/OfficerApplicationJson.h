#pragma once

#include "applications/ApplicationStore.h"
#include "http/ResponseLanguage.h"

#include <QDateTime>
#include <QJsonObject>

namespace nodues {
class Database;
}

namespace nodues::server {

// An application as officers see it in sync pages: everything the consumer sees, plus the masked
// mobile, each connection's current checks from the latest billing data next to the figures at
// submission (connections unlinked by the applicant and links pending verification included and
// marked), the events with their actors, and the SLA: due time and whether it is overdue at now.
// Returns false with error set on a database failure.
bool officerApplicationJson(Database &database, const ApplicationRecord &application, const QDateTime &now,
                            ResponseLanguage language, QJsonObject *json, QString *error);

} // namespace nodues::server
