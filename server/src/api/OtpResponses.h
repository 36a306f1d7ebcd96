#pragma once

#include "http/Request.h"
#include "http/Response.h"
#include "http/ResponseLanguage.h"
#include "security/OtpService.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace nodues::server {

// The messages for the verification results whose advice depends on what the code confirms.
// Wrong, Expired and TooManyAttempts read the same for every purpose.
struct OtpRejectionMessages
{
    LocalizedMessage alreadyUsed;
    LocalizedMessage superseded;
    LocalizedMessage wrongPurpose;
    LocalizedMessage notFound; // also used for an unknown or malformed challenge id
};

// What a refused code was meant to do, which decides the status. A sign-in code that fails is
// 401: the caller has no session. A code confirming an action of a signed-in caller is 422, so a
// client can tell "type the code again" from "your session ended, sign in again".
enum class OtpUse
{
    SignIn,
    ConfirmAction,
};

// Builds the 401 or 422 for a verification that did not return Ok. The error code is
// "otp_<status>" ("otp_wrong", "otp_expired", ...), and the body carries "attempts_left": the
// tries the code has left after a wrong code or a try for another purpose, 0 otherwise.
Response otpRejectedResponse(const Request &request, OtpUse use, const OtpVerifyResult &result,
                             const OtpRejectionMessages &messages);

// Builds the 429 for a send refused by a cap, with Retry-After. mobileCapCode and
// mobileCapMessage describe the per-mobile cap (its %1 is the seconds to wait); the per-address
// cap is "too_many_codes_for_address" everywhere.
Response otpSendCappedResponse(const Request &request, const OtpIssueResult &result, const QString &mobileCapCode,
                               const char *mobileCapMessage);

// Checks that otp is six ASCII digits; otherwise sets failure to 400 "invalid_otp_format".
// The value is not echoed, because a mistyped OTP is still close to a real one.
bool checkOtpFormat(const Request &request, const QString &otp, Response *failure);

// Builds the 202 of a route that sent an OTP: {"challenge_id", "expires_in_seconds", "expires_at",
// "sent_to_masked"} with recipientMobile masked, plus extra members, and Cache-Control: no-store.
Response otpChallengeResponse(const QDateTime &now, const OtpIssueResult &result, const QString &recipientMobile,
                              const QJsonObject &extra = {});

// Whole seconds from now to later, rounded up, never negative: "expires_in_seconds".
qint64 secondsUntil(const QDateTime &now, const QDateTime &later);

// The SMS language for a request without an explicit choice: "en" when Accept-Language prefers
// English, "hi" otherwise.
QString smsLanguageFromHeaders(const Request &request);

} // namespace nodues::server
