#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace nodues::workstation {

// Reads the members of one JSON object of a server response strictly, as the schema in
// docs/api/openapi.yaml types them. The first missing or mistyped member is remembered as the
// error, named by its path ("changes[3].connections[0].ivrs"); later reads return empty values,
// so a parser reads every member and checks ok() once at the end.
class JsonFields final
{
public:
    JsonFields(const QJsonObject &object, QString path);

    bool ok() const { return m_error.isEmpty(); }
    // English, for the log and the sync error message.
    QString error() const { return m_error; }
    QString path() const { return m_path; }
    QString pathOf(const QString &key) const;

    // Whether the object has key, for members that older servers did not send.
    bool has(const QString &key) const { return m_object.contains(key); }

    QString text(const QString &key);
    // A string or null (an empty QString for null, and for a missing member when optional).
    QString nullableText(const QString &key);
    bool flag(const QString &key);
    qint64 integer(const QString &key);
    std::optional<qint64> nullableInteger(const QString &key);
    // An instant in the storage form "2026-12-04T10:10:00.000Z", as UTC.
    QDateTime instant(const QString &key);
    QDateTime nullableInstant(const QString &key);
    QJsonObject object(const QString &key);
    std::optional<QJsonObject> nullableObject(const QString &key);
    QJsonArray array(const QString &key);

    // Records a problem found by the caller, unless an earlier one is recorded.
    void fail(const QString &message);

private:
    // The member, or an undefined value with the error set when it is missing.
    QJsonValue member(const QString &key);
    void wrongType(const QString &key, const char *expected);

    QJsonObject m_object;
    QString m_path;
    QString m_error;
};

// The first error of child (when any) becomes parent's error.
void adoptError(JsonFields &parent, const JsonFields &child);

} // namespace nodues::workstation
