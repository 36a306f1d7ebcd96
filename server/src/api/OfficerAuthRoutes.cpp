#include "api/OfficerAuthRoutes.h"

#include "Clock.h"
#include "Timestamp.h"
#include "api/ApiLogging.h"
#include "api/ApplicationJson.h"
#include "api/ConsumerAuthentication.h"
#include "api/JsonFields.h"
#include "api/OfficerAuthentication.h"
#include "api/OtpResponses.h"
#include "api/ServerContext.h"
#include "billing/MobileNumber.h"
#include "http/ApiError.h"
#include "http/JsonBody.h"
#include "http/RateLimiter.h"
#include "http/Router.h"
#include "officers/SigningCertificate.h"
#include "officers/SigningCertificateStore.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace nodues::server {

namespace {

constexpr qsizetype kMaxDeviceNameLength = 64;

// Reads "device_name": 1 to 64 printable characters naming the workstation ("DC-Kolar-PC2").
bool readDeviceName(const Request &request, const QJsonObject &body, QString *deviceName, Response *failure)
{
    if (!requireStringField(request, body, u"device_name"_s, deviceName, failure))
        return false;
    *deviceName = deviceName->simplified();
    const bool printable =
        std::all_of(deviceName->cbegin(), deviceName->cend(), [](QChar c) { return c.isPrint() && !c.isSurrogate(); });
    if (!deviceName->isEmpty() && deviceName->size() <= kMaxDeviceNameLength && printable)
        return true;
    *failure = errorResponse(request, 400, u"invalid_device_name"_s,
                             {"ApiError",
                              QT_TRANSLATE_NOOP("ApiError", "The device name must have 1 to %1 printable characters, "
                                                            "for example the computer's name \"DC-Kolar-PC2\"."),
                              {QString::number(kMaxDeviceNameLength)}});
    return false;
}

// The SHA-256 fingerprint of the officer's registered DSC, so the workstation can check its key
// before signing. Null when none is registered, or when the registered one cannot be read.
QJsonValue signingCertificateFingerprint(ServerContext &context, const Officer &officer)
{
    if (!officer.hasSigningCertificate)
        return QJsonValue::Null;
    SigningCertificateStore store(context.database(), context.clock());
    QString error;
    const std::optional<QByteArray> pem = store.certificatePem(officer.id, &error);
    const std::optional<SigningCertificate> certificate =
        pem ? SigningCertificate::parse(*pem, &error) : std::optional<SigningCertificate>();
    if (!certificate) {
        qCWarning(lcApi).noquote() << "The registered DSC of officer" << officer.username << "cannot be read:" << error;
        return QJsonValue::Null;
    }
    return certificate->sha256Fingerprint;
}

QJsonObject officerJson(ServerContext &context, const Officer &officer, const Jurisdiction &jurisdiction,
                        ResponseLanguage language)
{
    OfficeNames office;
    QString error;
    if (!loadOfficeNames(context.database(), officer.officeCode, &office, &error))
        qCWarning(lcApi).noquote() << "Office names of" << officer.officeCode << "unavailable:" << error;
    return QJsonObject{
        {u"username"_s, officer.username},
        {u"name"_s, officer.name},
        {u"name_hi"_s, officer.nameHi},
        {u"designation"_s, officer.designation},
        {u"designation_hi"_s, officer.designationHi},
        {u"role"_s, toCode(officer.role)},
        {u"role_title"_s, localized(officerRoleTitle(officer.role)).toString(language)},
        {u"office_code"_s, officer.officeCode},
        {u"office_name"_s, office.name},
        {u"office_name_hi"_s, office.nameHi},
        {u"mobile_masked"_s, MobileNumber::mask(officer.mobile)},
        {u"dc_codes"_s, QJsonArray::fromStringList(jurisdiction.dcCodes())},
        {u"has_signing_certificate"_s, officer.hasSigningCertificate},
        {u"signing_certificate_sha256"_s, signingCertificateFingerprint(context, officer)},
    };
}

Response invalidCredentials(const Request &request)
{
    Response response = errorResponse(request, 401, u"invalid_credentials"_s,
                                      {"ApiError",
                                       QT_TRANSLATE_NOOP("ApiError", "The username or the password is wrong. After "
                                                                     "repeated failures, sign-in with this username "
                                                                     "locks for a while."),
                                       {}});
    response.headers.set("WWW-Authenticate"_ba, "Bearer realm=\"nodues\""_ba);
    return response;
}

// The 423 for a locked username. Unknown usernames lock the same way, so it reveals nothing about
// whether the username exists.
Response accountLocked(ServerContext &context, const Request &request, const PasswordCheckResult &check)
{
    const qint64 seconds = qMax<qint64>(1, context.clock().nowUtc().secsTo(check.lockedUntil));
    const QString until = Timestamp::istDateTime(check.lockedUntil);
    Response response =
        check.lockScope == SignInLockScope::AllAddresses
            ? errorResponse(request, 423, u"account_locked"_s,
                            {"ApiError",
                             QT_TRANSLATE_NOOP("ApiError", "Too many failed sign-ins with this username from many "
                                                           "network addresses: sign-in is locked for every address "
                                                           "until %1 IST. Try again then, or ask an administrator to "
                                                           "set a new password."),
                             {until}})
            : errorResponse(request, 423, u"account_locked"_s,
                            {"ApiError",
                             QT_TRANSLATE_NOOP("ApiError", "Too many failed sign-ins with this username from your "
                                                           "network address: sign-in from it is locked until %1 IST. "
                                                           "Try again then, or ask an administrator to set a new "
                                                           "password."),
                             {until}});
    response.headers.set("Retry-After"_ba, QByteArray::number(seconds));
    return response;
}

Response signIn(ServerContext &context, const Request &request)
{
    QJsonObject body;
    Response failure;
    if (!parseJsonObjectBody(request, &body, &failure))
        return failure;
    QString username;
    QString password;
    QString deviceName;
    if (!requireStringField(request, body, u"username"_s, &username, &failure) ||
        !requireStringField(request, body, u"password"_s, &password, &failure) ||
        !readDeviceName(request, body, &deviceName, &failure))
        return failure;
    // Taken once the request is well-formed, so a malformed one uses none of the address's budget.
    const RateLimiter::Decision decision = context.otpRequestLimiter().take(request.clientAddress);
    if (!decision.allowed)
        return tooManyRequestsResponse(request, decision);

    PasswordCheckResult check;
    QString error;
    QByteArray passwordBytes = password.toUtf8();
    const bool checked =
        context.officerAuthenticator().checkPassword(username, passwordBytes, request.clientAddress, &check, &error);
    passwordBytes.fill('\0');
    password.fill(u'\0');
    if (!checked)
        return internalErrorResponse(request, error);
    switch (check.status) {
    case PasswordCheckStatus::Ok:
        break;
    case PasswordCheckStatus::WrongCredentials:
        return invalidCredentials(request);
    case PasswordCheckStatus::LockedOut:
        return accountLocked(context, request, check);
    case PasswordCheckStatus::Disabled:
        return errorResponse(request, 403, u"account_disabled"_s,
                             {"ApiError",
                              QT_TRANSLATE_NOOP("ApiError", "This officer account is disabled. Ask an administrator "
                                                            "to enable it."),
                              {}});
    }

    const Officer &officer = *check.officer;
    OtpIssueRequest issue;
    issue.recipientMobile = officer.mobile;
    issue.clientAddress = request.clientAddress;
    issue.language = smsLanguageFromHeaders(request);
    issue.actor = u"officer:"_s + officer.username;
    OtpIssueResult result;
    if (!context.otpService().issue(OtpBinding::officerSignIn(officer.id), issue, &result, &error))
        return internalErrorResponse(request, error);
    if (result.status != OtpIssueStatus::Issued) {
        return otpSendCappedResponse(request, result, u"too_many_codes_for_officer"_s,
                                     QT_TRANSLATE_NOOP("ApiError", "Too many OTPs were sent to your registered mobile "
                                                                   "recently; wait %1 s and sign in "
                                                                   "again."));
    }
    qCInfo(lcApi).noquote() << "Officer" << officer.username << "passed the password step from" << deviceName;
    return otpChallengeResponse(context.clock().nowUtc(), result, officer.mobile);
}

Response createSession(ServerContext &context, const Request &request)
{
    const RateLimiter::Decision decision = context.sessionRequestLimiter().take(request.clientAddress);
    if (!decision.allowed)
        return tooManyRequestsResponse(request, decision);
    QJsonObject body;
    Response failure;
    if (!parseJsonObjectBody(request, &body, &failure))
        return failure;
    QString username;
    QString challengeId;
    QString otp;
    QString deviceName;
    if (!requireStringField(request, body, u"username"_s, &username, &failure) ||
        !requireStringField(request, body, u"challenge_id"_s, &challengeId, &failure) ||
        !requireStringField(request, body, u"otp"_s, &otp, &failure) ||
        !readDeviceName(request, body, &deviceName, &failure))
        return failure;
    otp = otp.trimmed();
    if (!checkOtpFormat(request, otp, &failure))
        return failure;

    static const LocalizedMessage notThisSignIn{
        "ApiError",
        QT_TRANSLATE_NOOP("ApiError", "This OTP does not complete this sign-in; enter your password again to get a "
                                      "new OTP."),
        {}};
    QString error;
    const std::optional<Officer> officer =
        context.officerStore().find(SignInLockout::normalizedUsername(username), &error);
    if (!error.isEmpty())
        return internalErrorResponse(request, error);

    // An unknown username is checked against the binding of officer id 0, which no code is ever
    // issued for (ids start at 1, and OtpService refuses to issue for 0). So it does the same work
    // as a known username, and a live code presented with it loses a try just the same.
    OtpVerifyRequest verify;
    verify.challengeId = challengeId;
    verify.code = otp;
    verify.clientAddress = request.clientAddress;
    verify.actor = officer ? u"officer:"_s + officer->username : u"anonymous"_s;
    OtpVerifyResult result;
    if (!context.otpService().verify(OtpBinding::officerSignIn(officer ? officer->id : 0), verify, &result, &error))
        return internalErrorResponse(request, error);
    // A code of another officer, of a consumer or under an unknown username gets the response for
    // an unknown challenge, so the response does not depend on whether the username exists.
    if (result.status == OtpVerifyStatus::WrongPurpose)
        result = OtpVerifyResult{OtpVerifyStatus::NotFound, 0};
    if (result.status != OtpVerifyStatus::Ok || !officer)
        return otpRejectedResponse(request, OtpUse::SignIn, result,
                                   {notThisSignIn, notThisSignIn, notThisSignIn, notThisSignIn});
    if (officer->isDisabled()) {
        return errorResponse(request, 403, u"account_disabled"_s,
                             {"ApiError",
                              QT_TRANSLATE_NOOP("ApiError", "This officer account is disabled. Ask an administrator "
                                                            "to enable it."),
                              {}});
    }

    const std::optional<NewSession> created =
        context.sessionStore().createForOfficer(officer->id, deviceName, request.clientAddress, &error);
    if (!created)
        return internalErrorResponse(request, error);
    Jurisdiction jurisdiction;
    if (!Jurisdiction::load(context.database(), *officer, &jurisdiction, &error))
        return internalErrorResponse(request, error);
    qCInfo(lcApi).noquote() << "Officer" << officer->username << "signed in on" << deviceName << "session"
                            << created->session.id;
    const Session &session = created->session;
    return noStore(Response::json(
        201, QJsonObject{{u"token"_s, created->token},
                         {u"token_type"_s, u"Bearer"_s},
                         {u"expires_at"_s, Timestamp::toStorage(session.expiresAt)},
                         {u"absolute_expires_at"_s, Timestamp::toStorage(session.absoluteExpiresAt)},
                         {u"device_name"_s, session.deviceName},
                         {u"officer"_s, officerJson(context, *officer, jurisdiction, responseLanguage(request))}}));
}

Response deleteSession(ServerContext &context, const Request &request)
{
    OfficerCaller caller;
    Response failure;
    if (!authenticateOfficer(context, request, {OfficerRole::Clerk, OfficerRole::DivisionOfficer, OfficerRole::Admin},
                             &caller, &failure))
        return failure;
    QString error;
    if (!context.sessionStore().signOut(caller.token, &error)) {
        // A concurrent sign-out may have ended the session first, which is what was asked for; a
        // second lookup tells that apart from a database error.
        SessionLookupStatus status = SessionLookupStatus::Valid;
        QString lookupError;
        if (!context.sessionStore().lookup(caller.token, &status, nullptr, &lookupError) ||
            status == SessionLookupStatus::Valid)
            return internalErrorResponse(request,
                                         u"Sign-out of session %1 failed: %2"_s.arg(caller.session.id).arg(error));
    }
    return noStore(Response::empty(204));
}

Response showMe(ServerContext &context, const Request &request)
{
    OfficerCaller caller;
    Response failure;
    if (!authenticateOfficer(context, request, {OfficerRole::Clerk, OfficerRole::DivisionOfficer, OfficerRole::Admin},
                             &caller, &failure))
        return failure;
    return noStore(
        Response::json(200, officerJson(context, caller.officer, caller.jurisdiction, responseLanguage(request))));
}

} // namespace

void addOfficerAuthRoutes(Router &router, ServerContext &context)
{
    router.post(u"/api/v1/officer/sign-in"_s, [&context](const Request &request) { return signIn(context, request); });
    router.post(u"/api/v1/officer/session"_s,
                [&context](const Request &request) { return createSession(context, request); });
    router.del(u"/api/v1/officer/session"_s,
               [&context](const Request &request) { return deleteSession(context, request); });
    router.get(u"/api/v1/officer/me"_s, [&context](const Request &request) { return showMe(context, request); });
}

} // namespace nodues::server
