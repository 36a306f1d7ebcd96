#pragma once

#include "officers/Officer.h"
#include "officers/PasswordHasher.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace nodues {

class Clock;
class Database;

// The details of an account to create, as an administrator typed them.
struct NewOfficer
{
    QString username;
    QString name;
    QString nameHi;
    QString designation;
    QString mobile;     // any form MobileNumber::normalize accepts
    QString role;       // "clerk", "division_officer" or "admin"
    QString officeCode; // a DC for a clerk, a division for a division officer
    // In Hindi; may be empty. Last and default-initialized, so brace lists without it stay valid.
    QString designationHi{};
};

// The details of an account to change; members left empty stay as they are. Role and office are
// not here: an officer who moves gets a new account, so past decisions keep their jurisdiction.
struct OfficerEdit
{
    std::optional<QString> name;
    std::optional<QString> nameHi; // an empty text clears it
    std::optional<QString> designation;
    std::optional<QString> designationHi; // an empty text clears it
    std::optional<QString> mobile;        // any form MobileNumber::normalize accepts

    bool isEmpty() const { return !name && !nameHi && !designation && !designationHi && !mobile; }
};

struct OfficerFilter
{
    QString officeCode; // empty: every office
    std::optional<OfficerRole> role;
    bool includeDisabled = true;
};

// Officer accounts in the central database. Every change writes its audit row in the same
// transaction; passwords are hashed with Argon2id and never logged, printed or audited.
class OfficerStore final
{
public:
    OfficerStore(Database &database, const Clock &clock, PasswordHasher::Cost cost = PasswordHasher::Cost::Moderate);

    // Creates the account. On invalid input returns nothing and sets error to every problem
    // found, one per line.
    std::optional<Officer> add(const NewOfficer &officer, const QByteArray &password, const QString &actor,
                               QString *error);

    // Returns nothing with an empty error when no officer has that username.
    std::optional<Officer> find(const QString &username, QString *error);
    // Lists the officers matching filter; an office code that does not exist is an error.
    QList<Officer> list(const OfficerFilter &filter, QString *error);

    // Disables an account at once (sign-ins fail; later issues also reject its sessions), or
    // enables it again. Disabling a disabled account is an error, so a typo is noticed.
    bool setDisabled(const QString &username, bool disabled, const QString &reason, const QString &actor,
                     QString *error);
    bool setPassword(const QString &username, const QByteArray &password, const QString &actor, QString *error);

    // Changes the details in edit, with the audit row "officer.edit" listing each old and new value
    // (mobiles masked). A new mobile supersedes the officer's active OTPs, which went to the old one.
    // Returns the account as stored, or nothing with error listing every problem, one per line.
    // An edit that changes nothing is an error, so a typo is noticed.
    std::optional<Officer> edit(const QString &username, const OfficerEdit &edit, const QString &actor, QString *error);

    // Checks a username: 3 to 32 characters, lower-case letters, digits, '.', '_' or '-',
    // starting with a letter.
    static bool isValidUsername(const QString &username);

private:
    Database &m_database;
    const Clock &m_clock;
    PasswordHasher::Cost m_cost;
};

} // namespace nodues
