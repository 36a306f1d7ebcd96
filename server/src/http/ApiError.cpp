#include "http/ApiError.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace nodues::server {

ResponseLanguage responseLanguage(const Request &request)
{
    return languageFromAcceptLanguage(request.header("Accept-Language"_ba));
}

Response errorResponse(const Request &request, int status, const QString &code, const LocalizedMessage &message)
{
    return errorResponse(responseLanguage(request), status, code, message);
}

Response errorResponse(ResponseLanguage language, int status, const QString &code, const LocalizedMessage &message)
{
    const QJsonObject error{{u"code"_s, code}, {u"message"_s, message.toString(language)}};
    Response response = Response::json(status, QJsonObject{{u"error"_s, error}});
    response.headers.set("Content-Language"_ba, languageTag(language));
    return response;
}

} // namespace nodues::server
