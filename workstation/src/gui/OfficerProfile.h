#pragma once

#include "certificate/CertificateDocument.h"
#include "officers/Officer.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace nodues::workstation {

// The signed-in officer as GET /api/v1/officer/me and the sign-in response describe them (schema
// Officer). The role decides what the main window offers: a clerk forwards, rejects and checks
// links; a division officer approves and rejects forwarded applications; an administrator only
// reads.
struct OfficerProfile
{
    QString username;
    QString name;
    QString nameHi; // empty when the account has none
    QString designation;
    OfficerRole role = OfficerRole::Clerk;
    QString officeCode;
    QString officeName;
    QString officeNameHi;
    QString mobileMasked; // decision OTPs go to this mobile
    QStringList dcCodes;  // the DCs whose applications the officer acts on

    // The profile of an Officer object, or nothing with error (English, for the log) naming the
    // first missing or mistyped member.
    static std::optional<OfficerProfile> fromJson(const QJsonObject &json, QString *error);
    QJsonObject toJson() const;
    // The officer as the certificates they approve name them.
    CertificateOfficer certificateOfficer() const;
};

} // namespace nodues::workstation
