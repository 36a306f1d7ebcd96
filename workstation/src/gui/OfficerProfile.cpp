#include "gui/OfficerProfile.h"

#include "cache/CachedApplication.h"
#include "cache/JsonFields.h"

#include <QJsonArray>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

std::optional<OfficerProfile> OfficerProfile::fromJson(const QJsonObject &json, QString *error)
{
    JsonFields fields(json, u"officer"_s);
    OfficerProfile profile;
    profile.username = fields.text(u"username"_s);
    profile.name = fields.text(u"name"_s);
    profile.nameHi = fields.text(u"name_hi"_s);
    profile.designation = fields.text(u"designation"_s);
    // Profiles kept by "Remember me" before the server sent it lack the member.
    if (fields.has(u"designation_hi"_s))
        profile.designationHi = fields.text(u"designation_hi"_s);
    if (fields.has(u"signing_certificate_sha256"_s))
        profile.signingCertificateSha256 = fields.nullableText(u"signing_certificate_sha256"_s);
    const QString roleCode = fields.text(u"role"_s);
    profile.officeCode = fields.text(u"office_code"_s);
    profile.officeName = fields.text(u"office_name"_s);
    profile.officeNameHi = fields.text(u"office_name_hi"_s);
    profile.mobileMasked = fields.text(u"mobile_masked"_s);
    const QJsonArray dcCodes = fields.array(u"dc_codes"_s);
    for (const QJsonValue &code : dcCodes) {
        if (!code.isString())
            fields.fail(u"%1 must list strings"_s.arg(fields.pathOf(u"dc_codes"_s)));
        profile.dcCodes << code.toString();
    }

    const std::optional<OfficerRole> role = officerRoleFromCode(roleCode);
    if (fields.ok() && !role)
        fields.fail(u"%1 is not a known role: \"%2\""_s.arg(fields.pathOf(u"role"_s), roleCode));
    if (!fields.ok()) {
        if (error)
            *error = fields.error();
        return std::nullopt;
    }
    profile.role = *role;
    return profile;
}

QJsonObject OfficerProfile::toJson() const
{
    QJsonObject json{{u"username"_s, username},
                     {u"name"_s, name},
                     {u"name_hi"_s, nameHi},
                     {u"designation"_s, designation},
                     {u"designation_hi"_s, designationHi},
                     {u"role"_s, toCode(role)},
                     {u"office_code"_s, officeCode},
                     {u"office_name"_s, officeName},
                     {u"office_name_hi"_s, officeNameHi},
                     {u"mobile_masked"_s, mobileMasked},
                     {u"dc_codes"_s, QJsonArray::fromStringList(dcCodes)}};
    if (signingCertificateSha256) {
        json.insert(u"signing_certificate_sha256"_s, signingCertificateSha256->isEmpty()
                                                         ? QJsonValue(QJsonValue::Null)
                                                         : QJsonValue(*signingCertificateSha256));
    }
    return json;
}

QString OfficerProfile::displayName() const
{
    const bool hindi = QLocale().language() == QLocale::Hindi;
    const QString &preferred = hindi ? nameHi : name;
    const QString &other = hindi ? name : nameHi;
    return preferred.trimmed().isEmpty() ? other : preferred;
}

CertificateOfficer OfficerProfile::certificateOfficer(const CachedApplication &application) const
{
    CertificateOfficer signer;
    signer.name = name;
    signer.nameHi = nameHi;
    signer.designation = designation;
    signer.designationHi = designationHi;
    signer.officeCode = officeCode;
    signer.officeName = officeName;
    signer.officeNameHi = officeNameHi;

    const std::optional<CachedApprover> &approver =
        application.certificate ? application.certificate->approvedBy : std::nullopt;
    if (approver && approver->username.compare(username, Qt::CaseInsensitive) == 0) {
        signer.name = approver->name;
        signer.nameHi = approver->nameHi;
        signer.designation = approver->designation;
        signer.designationHi = approver->designationHi;
    }
    return signer;
}

} // namespace nodues::workstation
