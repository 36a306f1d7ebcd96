#include "http/JsonBody.h"

#include "http/ApiError.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::Literals::StringLiterals;

namespace nodues::server {

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
        *object = document.object();
        return true;
    }

    // QJsonDocument holds only objects and arrays, so a lone value ("5", "\"text\"") fails to parse;
    // wrapped in an array it parses, which tells a valid non-object from malformed JSON.
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

    // Qt reports a body cut short either as an unterminated value or as an error at its end.
    const bool truncated = parseError.error == QJsonParseError::UnterminatedObject
        || parseError.error == QJsonParseError::UnterminatedArray
        || parseError.error == QJsonParseError::UnterminatedString
        || parseError.offset >= request.body.trimmed().size();
    if (truncated) {
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
