#include "storage/DatabaseUrl.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace nodues {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseUrl)
};

// The URL text with any password replaced by "***", for error messages about malformed URLs
// that cannot be parsed into a DatabaseUrl first.
QString hidePassword(const QString &text)
{
    static const QRegularExpression credentials(u"^([A-Za-z][A-Za-z0-9+.-]*://[^:/@]*):[^@]*@"_s);
    QString hidden = text;
    hidden.replace(credentials, u"\\1:***@"_s);
    return hidden;
}

bool isSqlIdentifier(const QString &name)
{
    static const QRegularExpression pattern(u"^[a-z_][a-z0-9_]{0,62}$"_s);
    return pattern.match(name).hasMatch();
}

} // namespace

std::optional<DatabaseUrl> DatabaseUrl::parse(const QString &text, QString *error)
{
    DatabaseUrl result;

    if (text.startsWith(u"sqlite://"_s)) {
        result.dialect = SqlDialect::Sqlite;
        result.sqlitePath = text.mid(u"sqlite://"_s.size());
        if (result.sqlitePath.isEmpty()) {
            *error = Tr::tr("The database URL \"%1\" names no file. Use sqlite:///path/to/nodues.db.").arg(text);
            return std::nullopt;
        }
        return result;
    }

    if (!text.startsWith(u"postgresql://"_s) && !text.startsWith(u"postgres://"_s)) {
        *error = Tr::tr("The database URL \"%1\" is not supported. Use sqlite:///path/to/nodues.db or "
                        "postgresql://user@host:5432/nodues.")
                     .arg(hidePassword(text));
        return std::nullopt;
    }

    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        *error = Tr::tr("The database URL \"%1\" is invalid: it needs a host, as in "
                        "postgresql://user@host:5432/nodues.")
                     .arg(hidePassword(text));
        return std::nullopt;
    }
    if (url.port() == -1 && text.section(u'@', -1).section(u'/', 0, 0).contains(u':')) {
        *error = Tr::tr("The port in the database URL \"%1\" is invalid: use a number from 1 to 65535.")
                     .arg(hidePassword(text));
        return std::nullopt;
    }
    result.dialect = SqlDialect::Postgres;
    result.host = url.host();
    result.port = url.port(5432);
    result.user = url.userName(QUrl::FullyDecoded);
    result.password = url.password(QUrl::FullyDecoded);
    result.databaseName = url.path(QUrl::FullyDecoded).mid(1);
    if (result.databaseName.isEmpty()) {
        *error = Tr::tr("The database URL for host %1 names no database. Add it after the port, as in "
                        "postgresql://user@host:5432/nodues.")
                     .arg(result.host);
        return std::nullopt;
    }

    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"schema"_s) {
            if (!isSqlIdentifier(value)) {
                *error = Tr::tr("The schema name \"%1\" is invalid: use lower-case letters, digits and "
                                "underscores, starting with a letter.")
                             .arg(value);
                return std::nullopt;
            }
            result.schema = value;
        } else if (key == u"sslmode"_s) {
            static const QStringList modes = {u"disable"_s, u"allow"_s, u"prefer"_s,
                                              u"require"_s, u"verify-ca"_s, u"verify-full"_s};
            if (!modes.contains(value)) {
                *error = Tr::tr("The sslmode \"%1\" is invalid: use one of %2.").arg(value, modes.join(u", "_s));
                return std::nullopt;
            }
            result.sslMode = value;
        } else {
            *error = Tr::tr("The database URL option \"%1\" is unknown; the options are schema and sslmode.").arg(key);
            return std::nullopt;
        }
    }
    return result;
}

QString DatabaseUrl::redacted() const
{
    if (dialect == SqlDialect::Sqlite)
        return u"sqlite://"_s + sqlitePath;

    QString text = u"postgresql://"_s;
    if (!user.isEmpty()) {
        text += user;
        if (!password.isEmpty())
            text += u":***"_s;
        text += u'@';
    }
    text += host + u':' + QString::number(port) + u'/' + databaseName;
    QStringList options;
    if (!schema.isEmpty())
        options << u"schema="_s + schema;
    if (!sslMode.isEmpty())
        options << u"sslmode="_s + sslMode;
    if (!options.isEmpty())
        text += u'?' + options.join(u'&');
    return text;
}

} // namespace nodues
