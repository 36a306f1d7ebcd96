#include "officers/Officer.h"

using namespace Qt::Literals::StringLiterals;

namespace nodues {

QString toCode(OfficerRole role)
{
    switch (role) {
    case OfficerRole::Clerk:
        return u"clerk"_s;
    case OfficerRole::DivisionOfficer:
        return u"division_officer"_s;
    case OfficerRole::Admin:
        return u"admin"_s;
    }
    return {};
}

std::optional<OfficerRole> officerRoleFromCode(QStringView code)
{
    const QString normalized = code.trimmed().toString().toLower();
    if (normalized == u"clerk"_s)
        return OfficerRole::Clerk;
    if (normalized == u"division_officer"_s)
        return OfficerRole::DivisionOfficer;
    if (normalized == u"admin"_s)
        return OfficerRole::Admin;
    return std::nullopt;
}

TranslatableText officerRoleTitle(OfficerRole role)
{
    switch (role) {
    case OfficerRole::Clerk:
        return {"Officer", QT_TRANSLATE_NOOP("Officer", "DC clerk"), {}};
    case OfficerRole::DivisionOfficer:
        return {"Officer", QT_TRANSLATE_NOOP("Officer", "division officer"), {}};
    case OfficerRole::Admin:
        return {"Officer", QT_TRANSLATE_NOOP("Officer", "administrator"), {}};
    }
    return {};
}

QString requiredOfficeType(OfficerRole role)
{
    switch (role) {
    case OfficerRole::Clerk:
        return u"dc"_s;
    case OfficerRole::DivisionOfficer:
        return u"division"_s;
    case OfficerRole::Admin:
        return {};
    }
    return {};
}

} // namespace nodues
