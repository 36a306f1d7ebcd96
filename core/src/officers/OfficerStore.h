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
    OfficerStore(Database &database, const Clock &clock,
                 PasswordHasher::Cost cost = PasswordHasher::Cost::Moderate);

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

    // Checks a username: 3 to 32 characters, lower-case letters, digits, '.', '_' or '-',
    // starting with a letter.
    static bool isValidUsername(const QString &username);

private:
    Database &m_database;
    const Clock &m_clock;
    PasswordHasher::Cost m_cost;
};

} // namespace nodues
