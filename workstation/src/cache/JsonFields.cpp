#include "cache/JsonFields.h"

#include "Timestamp.h"

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

JsonFields::JsonFields(const QJsonObject &object, QString path)
    : m_object(object)
    , m_path(std::move(path))
{
}

QString JsonFields::pathOf(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + u'.' + key;
}

void JsonFields::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

QJsonValue JsonFields::member(const QString &key)
{
    const auto found = m_object.constFind(key);
    if (found == m_object.constEnd()) {
        fail(u"%1 is missing"_s.arg(pathOf(key)));
        return QJsonValue(QJsonValue::Undefined);
    }
    return found.value();
}

void JsonFields::wrongType(const QString &key, const char *expected)
{
    fail(u"%1 is not %2"_s.arg(pathOf(key), QLatin1StringView(expected)));
}

QString JsonFields::text(const QString &key)
{
    const QJsonValue value = member(key);
    if (value.isString())
        return value.toString();
    if (!value.isUndefined())
        wrongType(key, "a string");
    return {};
}

QString JsonFields::nullableText(const QString &key)
{
    const QJsonValue value = member(key);
    if (value.isString())
        return value.toString();
    if (!value.isNull() && !value.isUndefined())
        wrongType(key, "a string or null");
    return {};
}

bool JsonFields::flag(const QString &key)
{
    const QJsonValue value = member(key);
    if (value.isBool())
        return value.toBool();
    if (!value.isUndefined())
        wrongType(key, "true or false");
    return false;
}

qint64 JsonFields::integer(const QString &key)
{
    const std::optional<qint64> value = nullableInteger(key);
    if (!value)
        wrongType(key, "a whole number");
    return value.value_or(0);
}

std::optional<qint64> JsonFields::nullableInteger(const QString &key)
{
    const QJsonValue value = member(key);
    if (value.isNull() || value.isUndefined())
        return std::nullopt;
    // QJsonValue keeps integers up to 2^53 exactly; paise and sequence numbers stay far below.
    const double number = value.toDouble();
    if (!value.isDouble() || number != double(qint64(number))) {
        wrongType(key, "a whole number");
        return std::nullopt;
    }
    return value.toInteger();
}

QDateTime JsonFields::instant(const QString &key)
{
    const QDateTime value = nullableInstant(key);
    if (!value.isValid())
        wrongType(key, "an instant");
    return value;
}

QDateTime JsonFields::nullableInstant(const QString &key)
{
    const QString text = nullableText(key);
    if (text.isEmpty())
        return {};
    const QDateTime value = Timestamp::fromStorage(text);
    if (!value.isValid())
        fail(u"%1 is not an instant like 2026-12-04T10:10:00.000Z: \"%2\""_s.arg(pathOf(key), text.left(40)));
    return value;
}

QJsonObject JsonFields::object(const QString &key)
{
    const QJsonValue value = member(key);
    if (value.isObject())
        return value.toObject();
    if (!value.isUndefined())
        wrongType(key, "an object");
    return {};
}

std::optional<QJsonObject> JsonFields::nullableObject(const QString &key)
{
    const QJsonValue value = member(key);
    if (value.isObject())
        return value.toObject();
    if (!value.isNull() && !value.isUndefined())
        wrongType(key, "an object or null");
    return std::nullopt;
}

QJsonArray JsonFields::array(const QString &key)
{
    const QJsonValue value = member(key);
    if (value.isArray())
        return value.toArray();
    if (!value.isUndefined())
        wrongType(key, "an array");
    return {};
}

void adoptError(JsonFields &parent, const JsonFields &child)
{
    if (!child.ok())
        parent.fail(child.error());
}

} // namespace nodues::workstation
