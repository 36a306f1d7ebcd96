#pragma once

#include "ApiTestServer.h"
#include "officers/Officer.h"

#include <QJsonObject>
#include <QString>

namespace nodues::test {

// A complete application form naming primaryIvrs (kind "connections"), for Ramesh Kumar,
// sarpanch of Gram Panchayat Bilkhiria, ward 7.
QJsonObject applicationForm(const QString &primaryIvrs);
// The same form as a "no connection found" application routed to dcCode.
QJsonObject noConnectionApplicationForm(const QString &dcCode);
QJsonObject withOtp(QJsonObject form, const QString &challengeId, const QString &otp);

struct SubmittedApplication
{
    HttpTestResponse response;
    QString number;
};

// Signs mobile in, asks for the submit OTP of form, reads it from the SMS spool and submits.
// Fails the running test when the OTP request is refused.
SubmittedApplication submitApplication(ApiTestServer &api, const QString &mobile, const QJsonObject &form);

// Sets the arrears of a billing row, as a new billing import would.
void setArrears(Database &database, const QString &ivrs, qint64 paise);

// Creates an officer account (password hashed at the interactive cost) and returns it; fails the
// running test on an error.
Officer addOfficer(Database &database, const QString &username, OfficerRole role, const QString &officeCode,
                   const QString &mobile);

// A bearer token of officer on device "test-pc", made in the session store directly; the two-step
// sign-in has tests of its own.
QString officerToken(ApiTestServer &api, const Officer &officer);

} // namespace nodues::test
