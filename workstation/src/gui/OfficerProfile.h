#pragma once

#include "certificate/CertificateDocument.h"
#include "officers/Officer.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace nodues::workstation {

struct CachedApplication;

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
    QString designationHi; // empty when the account has none
    OfficerRole role = OfficerRole::Clerk;
    QString officeCode;
    QString officeName;
    QString officeNameHi;
    QString mobileMasked; // decision OTPs go to this mobile
    QStringList dcCodes;  // the DCs whose applications the officer acts on
    // The SHA-256 fingerprint of the DSC registered on the server ("3F:A1:..."), empty when none
    // is registered. Nothing when a profile kept by "Remember me" predates the member.
    std::optional<QString> signingCertificateSha256;

    // The profile of an Officer object, or nothing with error (English, for the log) naming the
    // first missing or mistyped member.
    static std::optional<OfficerProfile> fromJson(const QJsonObject &json, QString *error);
    QJsonObject toJson() const;

    // The name in the interface language (the default QLocale's): nameHi in Hindi, name in
    // English, and the other one when that is empty.
    QString displayName() const;

    // The officer as the certificate of application names them. The certificate's approved_by,
    // read at the latest sync, wins when it names this officer: a profile kept by "Remember me"
    // may predate the Hindi designation.
    CertificateOfficer certificateOfficer(const CachedApplication &application) const;
};

} // namespace nodues::workstation
