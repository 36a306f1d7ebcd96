#pragma once

#include <QByteArray>
#include <QList>

#include <utility>

namespace nodues::server {

// The header fields of a request or response, in the order they arrived or were added.
// Field names compare case-insensitively (ASCII), as HTTP defines; values are bytes as sent.
class HttpHeaders
{
public:
    using Field = std::pair<QByteArray, QByteArray>;

    // Returns the first value of the field, or an empty array when it is absent.
    QByteArray value(const QByteArray &name) const;
    QList<QByteArray> values(const QByteArray &name) const;
    bool contains(const QByteArray &name) const;

    // Appends a field, keeping any earlier field of the same name.
    void add(const QByteArray &name, const QByteArray &value);
    // Replaces every field of that name with one field.
    void set(const QByteArray &name, const QByteArray &value);
    // Adds the field only when no field of that name is present.
    void setIfAbsent(const QByteArray &name, const QByteArray &value);
    void remove(const QByteArray &name);

    const QList<Field> &fields() const { return m_fields; }
    bool isEmpty() const { return m_fields.isEmpty(); }

private:
    QList<Field> m_fields;
};

} // namespace nodues::server
