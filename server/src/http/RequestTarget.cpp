#include "http/RequestTarget.h"

#include <QCoreApplication>
#include <QStringDecoder>

using namespace Qt::Literals::StringLiterals;

namespace nodues::server {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

bool percentDecode(const QByteArray &encoded, QString *decoded, bool plusIsSpace)
{
    QByteArray bytes;
    bytes.reserve(encoded.size());
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded.at(i);
        if (c == '%') {
            if (i + 2 >= encoded.size())
                return false;
            const int high = hexValue(encoded.at(i + 1));
            const int low = hexValue(encoded.at(i + 2));
            if (high < 0 || low < 0)
                return false;
            bytes.append(char(high * 16 + low));
            i += 2;
        } else if (c == '+' && plusIsSpace) {
            bytes.append(' ');
        } else {
            bytes.append(c);
        }
    }

    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return false;
    for (const QChar character : text) {
        if (character.category() == QChar::Other_Control)
            return false;
    }
    *decoded = text;
    return true;
}

bool parseRequestTarget(const QByteArray &target, Request *request, LocalizedMessage *error)
{
    if (!target.startsWith('/')) {
        *error = {"HttpError", QT_TRANSLATE_NOOP("HttpError", "The request target must be a path starting with \"/\"."), {}};
        return false;
    }

    const qsizetype queryStart = target.indexOf('?');
    const QByteArray rawPath = queryStart < 0 ? target : target.left(queryStart);
    const QByteArray query = queryStart < 0 ? QByteArray() : target.mid(queryStart + 1);

    QString path;
    if (!percentDecode(rawPath, &path)) {
        *error = {"HttpError", QT_TRANSLATE_NOOP("HttpError", "The request path is not valid percent-encoded UTF-8."), {}};
        return false;
    }

    QList<std::pair<QString, QString>> parameters;
    const QList<QByteArray> pairs = query.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        QString name;
        QString value;
        if (!percentDecode(equals < 0 ? pair : pair.left(equals), &name, true)
            || !percentDecode(equals < 0 ? QByteArray() : pair.mid(equals + 1), &value, true)) {
            *error = {"HttpError", QT_TRANSLATE_NOOP("HttpError", "The query string is not valid percent-encoded UTF-8."), {}};
            return false;
        }
        parameters.append({name, value});
    }

    request->target = target;
    request->rawPath = rawPath;
    request->path = path;
    request->queryParameters = parameters;
    return true;
}

} // namespace nodues::server
