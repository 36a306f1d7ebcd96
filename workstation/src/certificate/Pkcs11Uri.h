#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace nodues::workstation {

// The parts of an RFC 7512 "pkcs11:" URI that select a token, a key or certificate on it, and
// the module to load. Attributes the URI leaves out are empty and match anything.
struct Pkcs11Uri
{
    // Token attributes (CK_TOKEN_INFO).
    QString token;        // "token": the token label
    QString manufacturer; // "manufacturer"
    QString serial;       // "serial"
    QString model;        // "model"
    // Object attributes.
    QString object; // "object": CKA_LABEL
    QByteArray id;  // "id": CKA_ID, as bytes
    QString type;   // "type": "private", "cert", "public", "secret-key" or "data"
    // Query attribute "module-path": the PKCS#11 module to load.
    QString modulePath;

    // Parses text. Percent-encoded bytes are decoded, and values are read as UTF-8. The query
    // attributes "pin-value" and "pin-source" are skipped: the PIN is always asked for. Returns
    // nothing with *error set (English, naming the offending attribute) when text does not start
    // with "pkcs11:", repeats an attribute or uses one that is not listed above.
    static std::optional<Pkcs11Uri> parse(const QString &text, QString *error);
};

} // namespace nodues::workstation
