#include "api/ApiResult.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

ApiResult ApiResult::fromResponse(int httpStatus, const QByteArray &rawBody, const QString &networkError)
{
    ApiResult result;
    result.httpStatus = httpStatus;
    if (httpStatus == 0) {
        result.networkError = networkError.isEmpty() ? u"no answer"_s : networkError;
        return result;
    }
    const QJsonDocument document = QJsonDocument::fromJson(rawBody);
    if (document.isObject())
        result.body = document.object();
    if (!result.ok()) {
        const QJsonObject error = result.body.value(u"error"_s).toObject();
        result.errorCode = error.value(u"code"_s).toString();
        result.errorMessage = error.value(u"message"_s).toString();
        if (result.errorCode.isEmpty())
            result.errorCode = u"unexpected_response"_s;
    }
    return result;
}

} // namespace nodues::workstation
