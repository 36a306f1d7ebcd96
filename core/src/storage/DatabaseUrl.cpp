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
                     .arg(text);
        return std::nullopt;
    }

    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        *error = Tr::tr("The database URL \"%1\" is invalid: it needs a host, as in "
                        "postgresql://user@host:5432/nodues.")
                     .arg(url.toString(QUrl::RemovePassword));
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
        } else {
            *error = Tr::tr("The database URL option \"%1\" is unknown; the only option is schema.").arg(key);
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
    if (!schema.isEmpty())
        text += u"?schema="_s + schema;
    return text;
}

} // namespace nodues
