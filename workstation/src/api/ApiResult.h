#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace nodues::workstation {

// The outcome of one request to nodues-server, as the officer API documents it
// (docs/api/openapi.yaml): the HTTP status and the JSON body, with the error code and message of
// an error body picked out.
struct ApiResult
{
    // 0 when no answer came: the server could not be reached, the connection broke, or the
    // request timed out. networkError then says which, in English, for the log.
    int httpStatus = 0;
    QString networkError;
    QJsonObject body;
    // From {"error": {"code", "message"}}; empty on success. The message is in the language the
    // request asked for with Accept-Language, and is meant for the officer.
    QString errorCode;
    QString errorMessage;

    bool ok() const { return httpStatus >= 200 && httpStatus < 300; }
    bool unreachable() const { return httpStatus == 0; }
    // 401 always means the session is gone (expired, revoked, officer disabled): sign in again.
    // A refused OTP on an action is 422 with an "otp_" code and keeps the session.
    bool sessionEnded() const { return httpStatus == 401; }
    bool otpRefused() const { return httpStatus == 422 && errorCode.startsWith(QLatin1String("otp_")); }

    // Builds the result from what came back: httpStatus 0 with networkError when nothing did.
    // A body that is not a JSON object leaves body empty; an error status without the error
    // member gets errorCode "unexpected_response".
    static ApiResult fromResponse(int httpStatus, const QByteArray &rawBody, const QString &networkError);
};

} // namespace nodues::workstation
