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

// A connection linked "pending_verification" has no billing mobile, so nothing yet shows that it
// is the consumer's: the consumer API shows its IVRS, DC and verdict, but not the name, address,
// amounts or check reasons of another person's bill, until the DC confirms the link.
bool detailsHiddenFromConsumer(const QString &linkCode);
// The reason and remedy shown in place of a hidden check's own.
LocalizedMessage hiddenCheckReason();
LocalizedMessage hiddenCheckRemedy();

// The signed-in download path of an application's certificate, the number percent-encoded.
QString applicationCertificatePath(const QString &applicationNumber);
// What a certificate's QR code holds: "<publicBaseUrl>/verify/<number percent-encoded>#<qrPayload>",
// without a doubled "/" when publicBaseUrl ends with one.
QString certificateVerifyUrl(const QString &publicBaseUrl, const QString &certificateNumber, const QString &qrPayload);

// An application as the consumer API shows it (its schema is Application in
// docs/api/openapi.yaml). Times are given in UTC storage form and in IST ("_ist", DD-MM-YYYY
// HH:MM); titles are in language. Officers' usernames are left out of the events.
QJsonObject applicationJson(const ApplicationRecord &application, const OfficeNames &dc, ResponseLanguage language);

} // namespace nodues::server
