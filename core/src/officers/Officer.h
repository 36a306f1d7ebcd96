#pragma once

#include "TranslatableText.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace nodues {

// The permissions of an officer account. A clerk works at a Distribution Centre (DC) and a
// division officer (DGM City / O&M) at a division. An administrator manages accounts and keys
// and decides nothing.
enum class OfficerRole { Clerk, DivisionOfficer, Admin };

// "clerk", "division_officer", "admin": the stored and command-line form.
QString toCode(OfficerRole role);
std::optional<OfficerRole> officerRoleFromCode(QStringView code);
// For people, marked for translation: "DC clerk", "division officer", "administrator".
TranslatableText officerRoleTitle(OfficerRole role);

// The office type an officer of this role must be attached to: "dc", "division"; an
// administrator may sit at any office, so Admin returns an empty string.
QString requiredOfficeType(OfficerRole role);

struct Officer
{
    qint64 id = 0;
    QString username;
    QString name;
    QString nameHi;
    QString designation; // "Assistant Engineer", "DGM (City)", ...
    // The designation in Hindi ("सहायक यंत्री"); empty for an account added without one, and
    // then the certificate's Hindi half shows designation.
    QString designationHi;
    QString mobile;      // 10 digits; OTPs for sign-in and decisions go here
    OfficerRole role = OfficerRole::Clerk;
    QString officeCode;
    QDateTime createdAt;
    QDateTime disabledAt; // invalid while the account is enabled
    bool hasSigningCertificate = false;

    bool isDisabled() const { return disabledAt.isValid(); }
};

} // namespace nodues
