#include "officers/Jurisdiction.h"

#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QSqlQuery>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace nodues {

bool Jurisdiction::load(Database &database, const Officer &officer, Jurisdiction *jurisdiction, QString *error)
{
    *jurisdiction = Jurisdiction{};
    jurisdiction->m_role = officer.role;
    jurisdiction->m_officeCode = officer.officeCode;
    switch (officer.role) {
    case OfficerRole::Admin:
        return true;
    case OfficerRole::Clerk:
        jurisdiction->m_dcCodes.insert(officer.officeCode);
        return true;
    case OfficerRole::DivisionOfficer:
        break;
    }

    QSqlDatabase db = database.connection(error);
    if (!db.isOpen())
        return false;
    QSqlQuery query(db);
    if (!execPrepared(query, u"SELECT code FROM office WHERE parent_code = :division AND type = 'dc'"_s,
                      {{u"division"_s, officer.officeCode}}, error))
        return false;
    while (query.next())
        jurisdiction->m_dcCodes.insert(query.value(0).toString());
    return true;
}

QStringList Jurisdiction::dcCodes() const
{
    QStringList codes(m_dcCodes.cbegin(), m_dcCodes.cend());
    std::sort(codes.begin(), codes.end());
    return codes;
}

} // namespace nodues
