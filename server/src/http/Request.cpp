#include "http/Request.h"

namespace nodues::server {

QString Request::queryValue(const QString &name, const QString &defaultValue) const
{
    for (const auto &[key, value] : queryParameters) {
        if (key == name)
            return value;
    }
    return defaultValue;
}

bool Request::hasQueryValue(const QString &name) const
{
    for (const auto &parameter : queryParameters) {
        if (parameter.first == name)
            return true;
    }
    return false;
}

} // namespace nodues::server
