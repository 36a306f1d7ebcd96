#include "certificate/Pkcs11Uri.h"

#include <QSet>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

namespace {

const QString kScheme = u"pkcs11:"_s;

} // namespace

std::optional<Pkcs11Uri> Pkcs11Uri::parse(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.startsWith(kScheme, Qt::CaseInsensitive)) {
        *error = u"the URI does not start with \"pkcs11:\""_s;
        return std::nullopt;
    }

    // pkcs11:<path attributes separated by ";">[?<query attributes separated by "&">]
    const QString rest = trimmed.mid(kScheme.size());
    const qsizetype question = rest.indexOf(u'?');
    const QString path = question < 0 ? rest : rest.left(question);
    const QString query = question < 0 ? QString() : rest.mid(question + 1);

    Pkcs11Uri uri;
    QSet<QString> seen;
    const auto read = [&](const QString &attribute, bool inQuery) {
        if (attribute.isEmpty())
            return true;
        const qsizetype equals = attribute.indexOf(u'=');
        const QString name = (equals < 0 ? attribute : attribute.left(equals)).toLower();
        if (equals < 0) {
            *error = u"the attribute \"%1\" has no value"_s.arg(name);
            return false;
        }
        const QByteArray raw = QByteArray::fromPercentEncoding(attribute.mid(equals + 1).toUtf8());
        if (seen.contains(name)) {
            *error = u"the attribute \"%1\" appears twice"_s.arg(name);
            return false;
        }
        seen.insert(name);

        const QString value = QString::fromUtf8(raw);
        if (!inQuery && name == u"token"_s)
            uri.token = value;
        else if (!inQuery && name == u"manufacturer"_s)
            uri.manufacturer = value;
        else if (!inQuery && name == u"serial"_s)
            uri.serial = value;
        else if (!inQuery && name == u"model"_s)
            uri.model = value;
        else if (!inQuery && name == u"object"_s)
            uri.object = value;
        else if (!inQuery && name == u"id"_s)
            uri.id = raw;
        else if (!inQuery && name == u"type"_s)
            uri.type = value;
        else if (inQuery && name == u"module-path"_s)
            uri.modulePath = value;
        else if (inQuery && (name == u"pin-value"_s || name == u"pin-source"_s)) {
            // Never taken from a URI, which ends up in settings files and logs.
        } else {
            *error = u"the attribute \"%1\" is not supported"_s.arg(name);
            return false;
        }
        return true;
    };
    for (const QString &attribute : path.split(u';'))
        if (!read(attribute, false))
            return std::nullopt;
    for (const QString &attribute : query.split(u'&'))
        if (!read(attribute, true))
            return std::nullopt;
    return uri;
}

} // namespace nodues::workstation
