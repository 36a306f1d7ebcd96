#include "api/JsonFields.h"

#include "http/ApiError.h"

#include <QJsonValue>

using namespace Qt::Literals::StringLiterals;

namespace nodues::server {

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"boolean"_s;
    case QJsonValue::Double:
        return u"number"_s;
    case QJsonValue::String:
        return u"string"_s;
    case QJsonValue::Array:
        return u"array"_s;
    case QJsonValue::Object:
        return u"object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"undefined"_s;
}

bool requireStringField(const Request &request, const QJsonObject &object, const QString &name, QString *value,
                        Response *failure)
{
    const QJsonValue member = object.value(name);
    if (member.isUndefined() || member.isNull()) {
        *failure = errorResponse(request, 400, u"missing_field"_s,
                                       {"ApiError", QT_TRANSLATE_NOOP("ApiError", "The field \"%1\" is missing; send "
                                                                                  "it as a JSON string."),
                                        {name}});
        return false;
    }
    if (!member.isString()) {
        *failure = errorResponse(request, 400, u"invalid_field_type"_s,
                                       {"ApiError", QT_TRANSLATE_NOOP("ApiError", "The field \"%1\" is a %2; send it "
                                                                                  "as a JSON string."),
                                        {name, jsonTypeName(member)}});
        return false;
    }
    *value = member.toString();
    return true;
}

} // namespace nodues::server
