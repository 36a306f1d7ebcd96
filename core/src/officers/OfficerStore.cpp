#include "officers/OfficerStore.h"

#include "Clock.h"
#include "Timestamp.h"
#include "audit/AuditLog.h"
#include "billing/MobileNumber.h"
#include "officers/SignInLockout.h"
#include "security/OtpBinding.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcOfficers, "nodues.core.officers")

namespace nodues {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OfficerStore)
};

const QString kSelectColumns = u"SELECT id, username, name, name_hi, designation, mobile, role, office_code,"
                               " created_at, disabled_at, signing_certificate_pem IS NOT NULL, designation_hi"
                               " FROM officer"_s;

Officer officerFromRow(const QSqlQuery &query)
{
    Officer officer;
    officer.id = query.value(0).toLongLong();
    officer.username = query.value(1).toString();
    officer.name = query.value(2).toString();
    officer.nameHi = query.value(3).toString();
    officer.designation = query.value(4).toString();
    officer.mobile = query.value(5).toString();
    officer.role = officerRoleFromCode(query.value(6).toString()).value_or(OfficerRole::Clerk);
    officer.officeCode = query.value(7).toString();
    officer.createdAt = Timestamp::fromStorage(query.value(8).toString());
    officer.disabledAt = Timestamp::fromStorage(query.value(9).toString());
    officer.hasSigningCertificate = query.value(10).toBool();
    officer.designationHi = query.value(11).toString();
    return officer;
}

constexpr qsizetype kMaxDetailLength = 100;

bool isDevanagari(QChar c)
{
    return c.unicode() >= 0x0900 && c.unicode() <= 0x097F;
}

// The problem with one typed detail (a name or a designation), or empty when it is fine. label
// names the detail in the message. An English detail may not contain Devanagari, and a Hindi one
// must contain some, so the two are not swapped.
QString detailProblem(const QString &typed, const QString &label, bool hindi)
{
    const QString text = typed.trimmed();
    if (text.size() > kMaxDetailLength)
        return Tr::tr("The %1 has %2 characters; use at most %3.").arg(label).arg(text.size()).arg(kMaxDetailLength);
    const bool printable = std::all_of(text.cbegin(), text.cend(),
                                       [](QChar c) { return c.isPrint() || c == QChar(0x200C) || c == QChar(0x200D); });
    if (!printable)
        return Tr::tr("The %1 \"%2\" contains a line break or another control character; type it on one line.")
            .arg(label, text);
    const bool hasDevanagari = std::any_of(text.cbegin(), text.cend(), isDevanagari);
    if (hindi && !text.isEmpty() && !hasDevanagari)
        return Tr::tr("The %1 \"%2\" has no Devanagari letters; type it in Hindi.").arg(label, text);
    if (!hindi && hasDevanagari)
        return Tr::tr("The %1 \"%2\" contains Devanagari letters; type it in English and give the Hindi with the "
                      "Hindi option.")
            .arg(label, text);
    return {};
}

// Adds the problems of the details that are given (not nullopt) to problems.
void checkDetails(const std::optional<QString> &name, const std::optional<QString> &nameHi,
                  const std::optional<QString> &designation, const std::optional<QString> &designationHi,
                  QStringList *problems)
{
    const auto add = [problems](const QString &problem) {
        if (!problem.isEmpty())
            problems->append(problem);
    };
    if (name)
        add(detailProblem(*name, Tr::tr("name"), false));
    if (nameHi)
        add(detailProblem(*nameHi, Tr::tr("Hindi name"), true));
    if (designation)
        add(detailProblem(*designation, Tr::tr("designation"), false));
    if (designationHi)
        add(detailProblem(*designationHi, Tr::tr("Hindi designation"), true));
}

// Adds a problem when another officer than username has mobile, because each officer's OTPs must
// reach only them. Returns false on a database error.
bool checkMobileUnused(QSqlQuery &query, const QString &mobile, const QString &username, QStringList *problems,
                       QString *error)
{
    if (!execPrepared(query, u"SELECT username FROM officer WHERE mobile = :mobile AND username <> :username"_s,
                      {{u"mobile"_s, mobile}, {u"username"_s, username}}, error))
        return false;
    if (query.next()) {
        problems->append(Tr::tr("The mobile %1 is already registered to officer \"%2\". Each officer needs a mobile "
                                "of their own, because sign-in and decision OTPs go to it.")
                             .arg(MobileNumber::mask(mobile), query.value(0).toString()));
    }
    query.finish();
    return true;
}

} // namespace

OfficerStore::OfficerStore(Database &database, const Clock &clock, PasswordHasher::Cost cost)
    : m_database(database)
    , m_clock(clock)
    , m_cost(cost)
{
}

bool OfficerStore::isValidUsername(const QString &username)
{
    static const QRegularExpression pattern(u"^[a-z][a-z0-9._-]{2,31}$"_s);
    return pattern.match(username).hasMatch();
}

std::optional<Officer> OfficerStore::add(const NewOfficer &input, const QByteArray &password, const QString &actor,
                                         QString *error)
{
    // Check every field first and report all problems at once.
    QStringList problems;
    const QString username = input.username.trimmed();
    if (!isValidUsername(username))
        problems << Tr::tr("The username \"%1\" is invalid: use 3 to 32 lower-case letters, digits, '.', '_' or "
                           "'-', starting with a letter.")
                        .arg(username);
    if (input.name.trimmed().isEmpty())
        problems << Tr::tr("The name is missing.");
    if (input.designation.trimmed().isEmpty())
        problems << Tr::tr("The designation is missing, for example \"Assistant Engineer\".");
    checkDetails(input.name, input.nameHi, input.designation, input.designationHi, &problems);
    QString reason;
    const std::optional<QString> mobile = MobileNumber::normalize(input.mobile, &reason);
    if (!mobile)
        problems << reason;
    const std::optional<OfficerRole> role = officerRoleFromCode(input.role);
    if (!role)
        problems << Tr::tr("The role \"%1\" is unknown: use clerk, division_officer or admin.").arg(input.role);
    const QString passwordText = QString::fromUtf8(password);
    if (!PasswordHasher::meetsPolicy(passwordText, username, &reason))
        problems << reason;

    WriteTransaction transaction(m_database);
    if (!transaction.begin(error))
        return std::nullopt;
    QSqlQuery query(transaction.db());

    // The office must exist and be of the type the role works at.
    if (!execPrepared(query, u"SELECT type FROM office WHERE code = :code"_s, {{u"code"_s, input.officeCode}}, error))
        return std::nullopt;
    if (!query.next()) {
        problems << Tr::tr("The office \"%1\" does not exist; import the offices first.").arg(input.officeCode);
    } else if (role && !requiredOfficeType(*role).isEmpty() && query.value(0).toString() != requiredOfficeType(*role)) {
        problems << Tr::tr("The office \"%1\" is a %2, but a %3 must be attached to a %4.")
                        .arg(input.officeCode, query.value(0).toString(), toCode(*role), requiredOfficeType(*role));
    }

    if (!execPrepared(query, u"SELECT 1 FROM officer WHERE username = :username"_s, {{u"username"_s, username}}, error))
        return std::nullopt;
    if (query.next())
        problems << Tr::tr("An officer with the username \"%1\" already exists.").arg(username);
    query.finish();
    if (mobile && !checkMobileUnused(query, *mobile, username, &problems, error))
        return std::nullopt;

    if (!problems.isEmpty()) {
        *error = problems.join(u'\n');
        return std::nullopt;
    }

    const QString passwordHash = PasswordHasher::hash(password, m_cost, error);
    if (passwordHash.isEmpty())
        return std::nullopt;

    const QString now = Timestamp::toStorage(m_clock.nowUtc());
    if (!execPrepared(query,
                      u"INSERT INTO officer (username, name, name_hi, designation, designation_hi, mobile, role,"
                      " office_code, password_hash, created_at, updated_at) VALUES (:username, :name, :name_hi,"
                      " :designation, :designation_hi, :mobile, :role, :office_code, :password_hash, :now, :now)"
                      " RETURNING id"_s,
                      {{u"username"_s, username},
                       {u"name"_s, input.name.trimmed()},
                       {u"name_hi"_s, emptyIfNull(input.nameHi.trimmed())},
                       {u"designation"_s, input.designation.trimmed()},
                       {u"designation_hi"_s, emptyIfNull(input.designationHi.trimmed())},
                       {u"mobile"_s, *mobile},
                       {u"role"_s, toCode(*role)},
                       {u"office_code"_s, input.officeCode},
                       {u"password_hash"_s, passwordHash},
                       {u"now"_s, now}},
                      error))
        return std::nullopt;
    if (!query.next()) {
        *error = Tr::tr("The database did not return the new officer's id.");
        return std::nullopt;
    }
    const qint64 id = query.value(0).toLongLong();
    query.finish();

    const AuditEntry entry{actor, u"officer.add"_s, u"officer"_s, username,
                           QJsonObject{{u"role"_s, toCode(*role)},
                                       {u"office_code"_s, input.officeCode},
                                       {u"designation"_s, input.designation.trimmed()},
                                       {u"designation_hi"_s, input.designationHi.trimmed()},
                                       {u"mobile"_s, MobileNumber::mask(*mobile)}}};
    if (!AuditLog::append(transaction, m_clock, entry, error) || !transaction.commit(error))
        return std::nullopt;
    qCInfo(lcOfficers) << "Added officer" << username << "role" << toCode(*role) << "at" << input.officeCode;

    Officer officer;
    officer.id = id;
    officer.username = username;
    officer.name = input.name.trimmed();
    officer.nameHi = input.nameHi.trimmed();
    officer.designation = input.designation.trimmed();
    officer.designationHi = input.designationHi.trimmed();
    officer.mobile = *mobile;
    officer.role = *role;
    officer.officeCode = input.officeCode;
    officer.createdAt = Timestamp::fromStorage(now);
    return officer;
}

std::optional<Officer> OfficerStore::find(const QString &username, QString *error)
{
    error->clear();
    QSqlDatabase db = m_database.connection(error);
    if (!db.isOpen())
        return std::nullopt;
    QSqlQuery query(db);
    if (!execPrepared(query, kSelectColumns + u" WHERE username = :username"_s, {{u"username"_s, username}}, error))
        return std::nullopt;
    if (!query.next())
        return std::nullopt;
    return officerFromRow(query);
}

QList<Officer> OfficerStore::list(const OfficerFilter &filter, QString *error)
{
    QSqlDatabase db = m_database.connection(error);
    if (!db.isOpen())
        return {};

    // An unknown office is a typo to report, not an office without officers.
    QSqlQuery query(db);
    if (!filter.officeCode.isEmpty()) {
        if (!execPrepared(query, u"SELECT 1 FROM office WHERE code = :code"_s, {{u"code"_s, filter.officeCode}}, error))
            return {};
        if (!query.next()) {
            *error = Tr::tr("The office \"%1\" does not exist. Check the code with the offices you imported.")
                         .arg(filter.officeCode);
            return {};
        }
        query.finish();
    }

    // The optional filters are written as "(:x = '' OR column = :x)" so the SQL text is fixed.
    const QString sql = kSelectColumns +
                        u" WHERE (:office = '' OR office_code = :office) AND (:role = '' OR role = :role)"
                        " AND (:include_disabled = 1 OR disabled_at IS NULL) ORDER BY office_code, username"_s;
    if (!execPrepared(query, sql,
                      {{u"office"_s, filter.officeCode.isNull() ? u""_s : filter.officeCode},
                       {u"role"_s, filter.role ? toCode(*filter.role) : u""_s},
                       {u"include_disabled"_s, filter.includeDisabled ? 1 : 0}},
                      error))
        return {};
    QList<Officer> officers;
    while (query.next())
        officers.append(officerFromRow(query));
    return officers;
}

bool OfficerStore::setDisabled(const QString &username, bool disabled, const QString &reason, const QString &actor,
                               QString *error)
{
    WriteTransaction transaction(m_database);
    if (!transaction.begin(error))
        return false;
    QSqlQuery query(transaction.db());
    if (!execPrepared(query, u"SELECT disabled_at, id FROM officer WHERE username = :username"_s,
                      {{u"username"_s, username}}, error))
        return false;
    if (!query.next()) {
        *error = Tr::tr("No officer has the username \"%1\".").arg(username);
        return false;
    }
    const bool isDisabled = !query.value(0).isNull();
    const qint64 officerId = query.value(1).toLongLong();
    query.finish();
    if (isDisabled == disabled) {
        *error = disabled ? Tr::tr("The officer \"%1\" is already disabled.").arg(username)
                          : Tr::tr("The officer \"%1\" is already enabled.").arg(username);
        return false;
    }

    const QString now = Timestamp::toStorage(m_clock.nowUtc());
    if (!execPrepared(query,
                      u"UPDATE officer SET disabled_at = :disabled_at, updated_at = :now WHERE username = :username"_s,
                      {{u"disabled_at"_s, disabled ? QVariant(now) : QVariant(QMetaType::fromType<QString>())},
                       {u"now"_s, now},
                       {u"username"_s, username}},
                      error))
        return false;

    // Disabling ends every session for good, so enabling the account later does not revive a
    // token that was issued before.
    int revokedSessions = 0;
    if (disabled) {
        if (!execPrepared(query,
                          u"UPDATE auth_session SET revoked_at = :now, revoked_reason = 'officer_disabled'"
                          " WHERE officer_id = :officer_id AND revoked_at IS NULL"_s,
                          {{u"now"_s, now}, {u"officer_id"_s, officerId}}, error))
            return false;
        revokedSessions = query.numRowsAffected();
    }

    QJsonObject details{{u"reason"_s, emptyIfNull(reason)}};
    if (disabled)
        details.insert(u"sessions_revoked"_s, revokedSessions);
    const AuditEntry entry{actor, disabled ? u"officer.disable"_s : u"officer.enable"_s, u"officer"_s, username,
                           details};
    if (!AuditLog::append(transaction, m_clock, entry, error) || !transaction.commit(error))
        return false;
    qCInfo(lcOfficers) << (disabled ? "Disabled officer" : "Enabled officer") << username;
    return true;
}

bool OfficerStore::setPassword(const QString &username, const QByteArray &password, const QString &actor,
                               QString *error)
{
    QString reason;
    if (!PasswordHasher::meetsPolicy(QString::fromUtf8(password), username, &reason)) {
        *error = reason;
        return false;
    }
    const QString passwordHash = PasswordHasher::hash(password, m_cost, error);
    if (passwordHash.isEmpty())
        return false;

    WriteTransaction transaction(m_database);
    if (!transaction.begin(error))
        return false;
    QSqlQuery query(transaction.db());
    const QString now = Timestamp::toStorage(m_clock.nowUtc());
    // A new password also ends the sign-in lockout of this username, from every address. It is
    // cleared first, because a sign-in locks the lockout rows before the officer row as well.
    if (!SignInLockout::clearUsername(transaction, username, error))
        return false;
    if (!execPrepared(query,
                      u"UPDATE officer SET password_hash = :hash, updated_at = :now WHERE username = :username"_s,
                      {{u"hash"_s, passwordHash}, {u"now"_s, now}, {u"username"_s, username}}, error))
        return false;
    if (query.numRowsAffected() != 1) {
        *error = Tr::tr("No officer has the username \"%1\".").arg(username);
        return false;
    }
    const AuditEntry entry{actor, u"officer.set_password"_s, u"officer"_s, username, QJsonObject{}};
    if (!AuditLog::append(transaction, m_clock, entry, error) || !transaction.commit(error))
        return false;
    qCInfo(lcOfficers) << "Changed the password of officer" << username;
    return true;
}

std::optional<Officer> OfficerStore::edit(const QString &username, const OfficerEdit &edit, const QString &actor,
                                          QString *error)
{
    if (edit.isEmpty()) {
        *error = Tr::tr("Nothing to change for \"%1\": give at least one new detail.").arg(username);
        return std::nullopt;
    }
    QStringList problems;
    if (edit.name && edit.name->trimmed().isEmpty())
        problems << Tr::tr("The name is missing.");
    if (edit.designation && edit.designation->trimmed().isEmpty())
        problems << Tr::tr("The designation is missing, for example \"Assistant Engineer\".");
    checkDetails(edit.name, edit.nameHi, edit.designation, edit.designationHi, &problems);
    std::optional<QString> mobile;
    if (edit.mobile) {
        QString reason;
        mobile = MobileNumber::normalize(*edit.mobile, &reason);
        if (!mobile)
            problems << reason;
    }

    WriteTransaction transaction(m_database);
    if (!transaction.begin(error))
        return std::nullopt;
    QSqlQuery query(transaction.db());
    const QString lock = transaction.dialect() == SqlDialect::Postgres ? u" FOR UPDATE"_s : QString();
    if (!execPrepared(query, kSelectColumns + u" WHERE username = :username"_s + lock, {{u"username"_s, username}},
                      error))
        return std::nullopt;
    if (!query.next()) {
        problems.prepend(Tr::tr("No officer has the username \"%1\".").arg(username));
        *error = problems.join(u'\n');
        return std::nullopt;
    }
    const Officer before = officerFromRow(query);
    query.finish();
    if (mobile && !checkMobileUnused(query, *mobile, username, &problems, error))
        return std::nullopt;
    if (!problems.isEmpty()) {
        *error = problems.join(u'\n');
        return std::nullopt;
    }

    Officer after = before;
    QJsonObject changes;
    const auto change = [&changes](const QString &key, QString *field, const std::optional<QString> &value,
                                   bool masked = false) {
        if (!value || value->trimmed() == *field)
            return;
        const QString next = value->trimmed();
        changes.insert(key, QJsonObject{{u"old"_s, masked ? MobileNumber::mask(*field) : *field},
                                        {u"new"_s, masked ? MobileNumber::mask(next) : next}});
        *field = next;
    };
    change(u"name"_s, &after.name, edit.name);
    change(u"name_hi"_s, &after.nameHi, edit.nameHi);
    change(u"designation"_s, &after.designation, edit.designation);
    change(u"designation_hi"_s, &after.designationHi, edit.designationHi);
    change(u"mobile"_s, &after.mobile, mobile, true);
    if (changes.isEmpty()) {
        *error = Tr::tr("The officer \"%1\" already has these details; nothing was changed.").arg(username);
        return std::nullopt;
    }

    const QString now = Timestamp::toStorage(m_clock.nowUtc());
    if (!execPrepared(query,
                      u"UPDATE officer SET name = :name, name_hi = :name_hi, designation = :designation,"
                      " designation_hi = :designation_hi, mobile = :mobile, updated_at = :now WHERE id = :id"_s,
                      {{u"name"_s, after.name},
                       {u"name_hi"_s, emptyIfNull(after.nameHi)},
                       {u"designation"_s, after.designation},
                       {u"designation_hi"_s, emptyIfNull(after.designationHi)},
                       {u"mobile"_s, after.mobile},
                       {u"now"_s, now},
                       {u"id"_s, before.id}},
                      error))
        return std::nullopt;

    // Codes already sent went to the old mobile, which may be lost or in other hands.
    QJsonObject details{{u"changes"_s, changes}};
    if (after.mobile != before.mobile) {
        if (!execPrepared(query,
                          u"UPDATE otp_challenge SET status = 'superseded' WHERE subject = :subject"
                          " AND status = 'active'"_s,
                          {{u"subject"_s, OtpBinding::officerSignIn(before.id).subject()}}, error))
            return std::nullopt;
        details.insert(u"otps_superseded"_s, query.numRowsAffected());
    }
    if (!AuditLog::append(transaction, m_clock, {actor, u"officer.edit"_s, u"officer"_s, username, details}, error) ||
        !transaction.commit(error))
        return std::nullopt;
    qCInfo(lcOfficers).noquote() << "Edited officer" << username << "fields" << changes.keys().join(u", "_s);
    return after;
}

} // namespace nodues
