#include "http/JsonBody.h"

#include "http/ApiError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::Literals::StringLiterals;

namespace nodues::server {

namespace {

// Returns true when text is an incomplete start of some valid JSON document: the input ends
// inside a string, number, literal, object or array, and nothing before that end is invalid.
// Qt's parse errors cannot tell this apart: it reports "{'a':1}" as an unterminated object and
// "{\"a\": }" as an error at the end of the input.
bool isTruncatedJson(const QByteArray &text)
{
    enum class Expect { Value, KeyOrEnd, Key, Colon, ValueOrEnd, CommaOrEnd, Nothing };
    QList<char> containers;  // '{' or '['
    Expect expect = Expect::Value;
    qsizetype i = 0;
    const qsizetype size = text.size();

    const auto afterValue = [&] { expect = containers.isEmpty() ? Expect::Nothing : Expect::CommaOrEnd; };
    // Consumes a string starting at the quote at i; returns false when the input ends inside it.
    const auto skipString = [&] {
        for (++i; i < size; ++i) {
            if (text.at(i) == '\\')
                ++i;
            else if (text.at(i) == '"')
                return true;
        }
        return false;
    };

    for (; i < size; ++i) {
        const char c = text.at(i);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            continue;

        switch (expect) {
        case Expect::Nothing:
            return false;
        case Expect::Colon:
            if (c != ':')
                return false;
            expect = Expect::Value;
            continue;
        case Expect::CommaOrEnd:
            if (c == ',') {
                expect = containers.last() == '{' ? Expect::Key : Expect::Value;
            } else if ((c == '}' && containers.last() == '{') || (c == ']' && containers.last() == '[')) {
                containers.removeLast();
                afterValue();
            } else {
                return false;
            }
            continue;
        case Expect::KeyOrEnd:
        case Expect::Key:
            if (c == '}' && expect == Expect::KeyOrEnd) {
                containers.removeLast();
                afterValue();
                continue;
            }
            if (c != '"')
                return false;
            if (!skipString())
                return true;
            expect = Expect::Colon;
            continue;
        case Expect::ValueOrEnd:
            if (c == ']') {
                containers.removeLast();
                afterValue();
                continue;
            }
            [[fallthrough]];
        case Expect::Value:
            if (c == '{') {
                containers.append('{');
                expect = Expect::KeyOrEnd;
            } else if (c == '[') {
                containers.append('[');
                expect = Expect::ValueOrEnd;
            } else if (c == '"') {
                if (!skipString())
                    return true;
                afterValue();
            } else if (c == '-' || (c >= '0' && c <= '9')) {
                while (i + 1 < size && QByteArrayView("0123456789+-.eE").contains(text.at(i + 1)))
                    ++i;
                afterValue();
            } else if (c == 't' || c == 'f' || c == 'n') {
                QByteArray literal = "null"_ba;
                if (c == 't')
                    literal = "true"_ba;
                else if (c == 'f')
                    literal = "false"_ba;
                const QByteArray rest = text.mid(i, literal.size());
                if (!literal.startsWith(rest))
                    return false;
                if (rest.size() < literal.size())
                    return true;
                i += literal.size() - 1;
                afterValue();
            } else {
                return false;
            }
            continue;
        }
    }
    return expect != Expect::Nothing;
}

// True when text holds a control character other than tab, line feed and carriage return
// (U+0000 included), or half of a surrogate pair. Such text has no place in any field, and
// PostgreSQL cannot store U+0000 at all.
bool isBadText(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate())
            return true;
        if (c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r')
            return true;
        if (c.unicode() == 0x7F)
            return true;
    }
    return false;
}

// The path ("election.body", "items[2]") of the first string, member name or value, for which
// isBadText() holds; an empty string when there is none. QJsonDocument refuses documents nested
// deeper than its own limit, so the recursion is bounded.
QString firstBadTextPath(const QJsonValue &value, const QString &path)
{
    if (value.isString())
        return isBadText(value.toString()) ? path : QString();
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString found = firstBadTextPath(array.at(i), path + u"[%1]"_s.arg(i));
            if (!found.isEmpty())
                return found;
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString memberPath = path.isEmpty() ? it.key() : path + u'.' + it.key();
            if (isBadText(it.key()))
                return path.isEmpty() ? u"(a member name)"_s : path;
            const QString found = firstBadTextPath(it.value(), memberPath);
            if (!found.isEmpty())
                return found;
        }
    }
    return {};
}

} // namespace

bool isJsonContentType(const QByteArray &contentType)
{
    const QList<QByteArray> parts = contentType.split(';');
    const QByteArray mediaType = parts.first().trimmed().toLower();
    if (mediaType != "application/json" && !(mediaType.startsWith("application/") && mediaType.endsWith("+json")))
        return false;

    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray parameter = parts.at(i).trimmed().toLower();
        if (!parameter.startsWith("charset="))
            continue;
        QByteArray charset = parameter.mid(8);
        if (charset.size() >= 2 && charset.startsWith('"') && charset.endsWith('"'))
            charset = charset.mid(1, charset.size() - 2);
        if (charset != "utf-8" && charset != "utf8")
            return false;
    }
    return true;
}

bool parseJsonObjectBody(const Request &request, QJsonObject *object, Response *errorResponse)
{
    const QByteArray contentType = request.header("Content-Type"_ba);
    if (!isJsonContentType(contentType)) {
        *errorResponse = nodues::server::errorResponse(
            request, 415, u"unsupported_media_type"_s,
            {"HttpError",
             QT_TRANSLATE_NOOP("HttpError",
                               "The request body has Content-Type \"%1\"; send it as application/json in UTF-8."),
             {QString::fromLatin1(contentType.left(100))}});
        return false;
    }

    if (request.body.trimmed().isEmpty()) {
        *errorResponse = nodues::server::errorResponse(
            request, 400, u"empty_body"_s,
            {"HttpError", QT_TRANSLATE_NOOP("HttpError", "The request body is empty; send a JSON object."), {}});
        return false;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error == QJsonParseError::NoError && document.isObject()) {
        const QString badPath = firstBadTextPath(document.object(), QString());
        if (!badPath.isEmpty()) {
            *errorResponse = nodues::server::errorResponse(
                request, 400, u"invalid_text"_s,
                {"HttpError",
                 QT_TRANSLATE_NOOP("HttpError", "The text of %1 contains a control character or a broken "
                                                "character (such as U+0000); remove it and send the request again."),
                 {badPath.left(100)}});
            return false;
        }
        *object = document.object();
        return true;
    }

    // QJsonDocument contains only objects and arrays, so a lone value ("5", "\"text\"") fails to
    // parse. Wrapped in an array it parses, which distinguishes a valid non-object from malformed JSON.
    const bool isArray = parseError.error == QJsonParseError::NoError;
    const bool isScalar = !isArray && QJsonDocument::fromJson("[" + request.body + "]").isArray();
    if (isArray || isScalar) {
        *errorResponse = nodues::server::errorResponse(
            request, 400, u"json_not_object"_s,
            isArray ? LocalizedMessage{"HttpError",
                                       QT_TRANSLATE_NOOP("HttpError",
                                                         "The JSON body is an array; send a JSON object ({...})."),
                                       {}}
                    : LocalizedMessage{"HttpError",
                                       QT_TRANSLATE_NOOP("HttpError",
                                                         "The JSON body is a single value; send a JSON object ({...})."),
                                       {}});
        return false;
    }

    if (isTruncatedJson(request.body)) {
        *errorResponse = nodues::server::errorResponse(
            request, 400, u"truncated_json"_s,
            {"HttpError",
             QT_TRANSLATE_NOOP("HttpError", "The JSON body ends early after %1 bytes; send the complete object."),
             {QString::number(request.body.size())}});
        return false;
    }
    *errorResponse = nodues::server::errorResponse(
        request, 400, u"malformed_json"_s,
        {"HttpError", QT_TRANSLATE_NOOP("HttpError", "The JSON body is invalid at byte %1 (%2); correct it and retry."),
         {QString::number(parseError.offset), parseError.errorString()}});
    return false;
}

} // namespace nodues::server
