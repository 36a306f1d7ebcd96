#pragma once

#include "applications/ApplicationStore.h"
#include "http/ResponseLanguage.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace nodues {
class Database;
}

namespace nodues::server {

// An office's names in both languages.
struct OfficeNames
{
    QString name;
    QString nameHi;
};

// The names of office code, empty when the office table has no such row. Returns false with
// error set on a database failure.
bool loadOfficeNames(Database &database, const QString &code, OfficeNames *names, QString *error);

// The signed-in download path of an application's certificate, the number percent-encoded.
QString applicationCertificatePath(const QString &applicationNumber);

// An application as the consumer API shows it (its schema is Application in
// docs/api/openapi.yaml). Times are given in UTC storage form and in IST ("_ist", DD-MM-YYYY
// HH:MM); titles are in language. Officers' usernames are left out of the events.
QJsonObject applicationJson(const ApplicationRecord &application, const OfficeNames &dc, ResponseLanguage language);

} // namespace nodues::server
