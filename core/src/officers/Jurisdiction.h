#pragma once

#include "officers/Officer.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace nodues {

class Database;

// The Distribution Centres whose applications an officer acts on: a clerk's own DC, and for a
// division officer every DC whose parent office is the officer's division. An administrator
// manages accounts and keys and has no DC.
class Jurisdiction final
{
public:
    // Looks up the DCs of officer in the office table. Returns false with error set on a database
    // failure.
    static bool load(Database &database, const Officer &officer, Jurisdiction *jurisdiction, QString *error);

    OfficerRole role() const { return m_role; }
    // The office the officer is attached to: a DC, a division, or any office for an administrator.
    const QString &officeCode() const { return m_officeCode; }
    bool coversDc(const QString &dcCode) const { return m_dcCodes.contains(dcCode); }
    // Whether the officer may read and print the certificate of an application of dcCode: one
    // of the officer's DCs, or any DC for an administrator.
    bool coversCertificateOfDc(const QString &dcCode) const { return m_role == OfficerRole::Admin || coversDc(dcCode); }
    // Sorted, for SQL IN lists and for display.
    QStringList dcCodes() const;

private:
    OfficerRole m_role = OfficerRole::Clerk;
    QString m_officeCode;
    QSet<QString> m_dcCodes;
};

} // namespace nodues
