#pragma once

#include "http/Request.h"
#include "http/Response.h"

#include <QJsonObject>
#include <QString>

namespace nodues::server {

// Reads the string member name of a request's JSON object. Returns false and sets failure
// to 400 "missing_field" when it is absent or null, and to 400 "invalid_field_type" naming the
// member and the type found when it is not a string.
bool requireStringField(const Request &request, const QJsonObject &object, const QString &name, QString *value,
                        Response *failure);

// The JSON type of a value for messages: "number", "object", ...
QString jsonTypeName(const QJsonValue &value);

} // namespace nodues::server
