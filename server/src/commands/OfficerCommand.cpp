// nodues-server officer add|list|edit|disable|enable|set-password: officer accounts.

#include "Clock.h"
#include "Timestamp.h"
#include "billing/MobileNumber.h"
#include "commands/Command.h"
#include "commands/CommandSupport.h"
#include "commands/PasswordInput.h"
#include "officers/OfficerStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace nodues::server {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OfficerCommand)
};

// Parses the command line, opens the database and builds the store; returns -1 to go on.
struct OfficerContext
{
    ServerConfig config;
    std::unique_ptr<Database> database;
    std::unique_ptr<OfficerStore> store;
};

int openContext(QCommandLineParser &parser, const QStringList &arguments, int positional, OfficerContext &context)
{
    if (const int exit = parseCommandLine(parser, arguments, context.config, positional, positional); exit >= 0)
        return exit;
    PasswordHasher::Cost cost = PasswordHasher::Cost::Moderate;
    QString error;
    if (!context.config.passwordCost(&cost, &error)) {
        standardError() << error << u'\n';
        return ExitFailure;
    }
    context.database = context.config.openDatabase(&error);
    if (!context.database) {
        standardError() << error << u'\n';
        return ExitFailure;
    }
    context.store = std::make_unique<OfficerStore>(*context.database, Clock::system(), cost);
    return -1;
}

QCommandLineOption passwordFileOption()
{
    return {u"password-file"_s,
            Tr::tr("Read the password from the first line of FILE ('-': standard input) instead of asking on the "
                   "terminal."),
            u"file"_s};
}

int runAdd(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Create an officer account. The password is asked on the terminal."));
    const QCommandLineOption usernameOption(u"username"_s,
                                            Tr::tr("Sign-in name: 3 to 32 lower-case letters, digits, "
                                                   "'.', '_' or '-'."),
                                            u"name"_s);
    const QCommandLineOption nameOption(u"name"_s, Tr::tr("Full name in English."), u"text"_s);
    const QCommandLineOption nameHiOption(u"name-hi"_s, Tr::tr("Full name in Hindi."), u"text"_s);
    const QCommandLineOption designationOption(u"designation"_s, Tr::tr("Designation, e.g. \"Assistant Engineer\"."),
                                               u"text"_s);
    const QCommandLineOption designationHiOption(
        u"designation-hi"_s,
        Tr::tr("Designation in Hindi, e.g. \"सहायक यंत्री\", for the Hindi half of certificates. Without it they "
               "show the English designation."),
        u"text"_s);
    const QCommandLineOption mobileOption(u"mobile"_s, Tr::tr("Registered mobile for OTPs (10 digits)."), u"number"_s);
    const QCommandLineOption roleOption(
        u"role"_s, Tr::tr("clerk (at a DC), division_officer (at a division) or admin."), u"role"_s);
    const QCommandLineOption officeOption(u"office"_s, Tr::tr("Office code: the DC or division the officer works at."),
                                          u"code"_s);
    parser.addOptions({usernameOption, nameOption, nameHiOption, designationOption, designationHiOption, mobileOption,
                       roleOption, officeOption, passwordFileOption()});

    OfficerContext context;
    if (const int exit = openContext(parser, arguments, 0, context); exit >= 0)
        return exit;

    QStringList missing;
    for (const QCommandLineOption &option :
         {usernameOption, nameOption, designationOption, mobileOption, roleOption, officeOption}) {
        if (!parser.isSet(option))
            missing << u"--"_s + option.names().constFirst();
    }
    if (!missing.isEmpty()) {
        standardError() << Tr::tr("Missing options: %1.").arg(missing.join(u", "_s)) << u'\n';
        return ExitUsage;
    }

    QString error;
    QByteArray password = readNewPassword(parser.value(passwordFileOption()), Tr::tr("Password: "), &error);
    if (password.isEmpty()) {
        standardError() << error << u'\n';
        return ExitFailure;
    }
    const NewOfficer input{parser.value(usernameOption), parser.value(nameOption),
                           parser.value(nameHiOption),   parser.value(designationOption),
                           parser.value(mobileOption),   parser.value(roleOption),
                           parser.value(officeOption),   parser.value(designationHiOption)};
    const std::optional<Officer> officer = context.store->add(input, password, commandLineActor(), &error);
    password.fill('\0');
    if (!officer) {
        standardError() << Tr::tr("Could not add the officer:") << u'\n' << error << u'\n';
        return ExitFailure;
    }
    standardOutput() << Tr::tr("Added officer %1 (%2) at office %3, OTPs to %4.")
                            .arg(officer->username, toCode(officer->role), officer->officeCode,
                                 MobileNumber::mask(officer->mobile))
                     << u'\n';
    return ExitOk;
}

int runList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("List officer accounts; mobiles are shown masked."));
    const QCommandLineOption officeOption(u"office"_s, Tr::tr("Only officers at this office code."), u"code"_s);
    const QCommandLineOption roleOption(u"role"_s, Tr::tr("Only officers with this role."), u"role"_s);
    const QCommandLineOption jsonOption(u"json"_s, Tr::tr("Print JSON instead of a table."));
    parser.addOptions({officeOption, roleOption, jsonOption});

    OfficerContext context;
    if (const int exit = openContext(parser, arguments, 0, context); exit >= 0)
        return exit;

    OfficerFilter filter;
    filter.officeCode = parser.value(officeOption);
    if (parser.isSet(roleOption)) {
        filter.role = officerRoleFromCode(parser.value(roleOption));
        if (!filter.role) {
            standardError() << Tr::tr("The role \"%1\" is unknown: use clerk, division_officer or admin.")
                                   .arg(parser.value(roleOption))
                            << u'\n';
            return ExitUsage;
        }
    }
    QString error;
    const QList<Officer> officers = context.store->list(filter, &error);
    if (!error.isEmpty()) {
        standardError() << error << u'\n';
        return ExitFailure;
    }

    if (parser.isSet(jsonOption)) {
        QJsonArray rows;
        for (const Officer &officer : officers) {
            rows.append(QJsonObject{{u"username"_s, officer.username},
                                    {u"name"_s, officer.name},
                                    {u"name_hi"_s, officer.nameHi},
                                    {u"designation"_s, officer.designation},
                                    {u"designation_hi"_s, officer.designationHi},
                                    {u"mobile"_s, MobileNumber::mask(officer.mobile)},
                                    {u"role"_s, toCode(officer.role)},
                                    {u"office_code"_s, officer.officeCode},
                                    {u"disabled"_s, officer.isDisabled()},
                                    {u"has_signing_certificate"_s, officer.hasSigningCertificate}});
        }
        standardOutput() << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
        return ExitOk;
    }

    for (const Officer &officer : officers) {
        standardOutput() << officer.username.leftJustified(20) << u' ' << toCode(officer.role).leftJustified(17) << u' '
                         << officer.officeCode.leftJustified(8) << u' ' << MobileNumber::mask(officer.mobile) << u' '
                         << (officer.isDisabled() ? Tr::tr("disabled") : Tr::tr("active")).leftJustified(9) << u' '
                         << officer.name << u" ("_s << officer.designation << u")\n"_s;
    }
    standardOutput() << Tr::tr("%n officer(s)", nullptr, int(officers.size())) << u'\n';
    return ExitOk;
}

int runEdit(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Change an officer's name, designation or mobile. Give only the details to change; an empty Hindi "
               "text clears it. Certificates already issued keep the details they were issued with. To move an "
               "officer to another office or role, disable this account and add a new one."));
    parser.addPositionalArgument(u"username"_s, Tr::tr("The officer's username."));
    const QCommandLineOption nameOption(u"name"_s, Tr::tr("Full name in English."), u"text"_s);
    const QCommandLineOption nameHiOption(u"name-hi"_s, Tr::tr("Full name in Hindi."), u"text"_s);
    const QCommandLineOption designationOption(u"designation"_s, Tr::tr("Designation, e.g. \"Assistant Engineer\"."),
                                               u"text"_s);
    const QCommandLineOption designationHiOption(
        u"designation-hi"_s, Tr::tr("Designation in Hindi, e.g. \"सहायक यंत्री\", for the Hindi half of certificates."),
        u"text"_s);
    const QCommandLineOption mobileOption(
        u"mobile"_s,
        Tr::tr("New registered mobile for OTPs (10 digits). Codes already sent to the old one stop working."),
        u"number"_s);
    parser.addOptions({nameOption, nameHiOption, designationOption, designationHiOption, mobileOption});

    OfficerContext context;
    if (const int exit = openContext(parser, arguments, 1, context); exit >= 0)
        return exit;
    const QString username = parser.positionalArguments().constFirst();
    const auto valueOf = [&parser](const QCommandLineOption &option) {
        return parser.isSet(option) ? std::optional<QString>(parser.value(option)) : std::nullopt;
    };
    OfficerEdit edit;
    edit.name = valueOf(nameOption);
    edit.nameHi = valueOf(nameHiOption);
    edit.designation = valueOf(designationOption);
    edit.designationHi = valueOf(designationHiOption);
    edit.mobile = valueOf(mobileOption);
    if (edit.isEmpty()) {
        standardError() << Tr::tr("Give at least one of --name, --name-hi, --designation, --designation-hi or "
                                  "--mobile.")
                        << u'\n';
        return ExitUsage;
    }

    QString error;
    const std::optional<Officer> officer = context.store->edit(username, edit, commandLineActor(), &error);
    if (!officer) {
        standardError() << Tr::tr("Could not change the officer:") << u'\n' << error << u'\n';
        return ExitFailure;
    }
    standardOutput() << Tr::tr("Changed officer %1: %2 (%3), %4 (%5), OTPs to %6.")
                            .arg(officer->username, officer->name, officer->nameHi, officer->designation,
                                 officer->designationHi, MobileNumber::mask(officer->mobile))
                     << u'\n';
    return ExitOk;
}

int runSetDisabled(const QStringList &arguments, bool disabled)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(disabled ? Tr::tr("Disable an officer account at once.")
                                              : Tr::tr("Enable a disabled officer account."));
    parser.addPositionalArgument(u"username"_s, Tr::tr("The officer's username."));
    const QCommandLineOption reasonOption(u"reason"_s, Tr::tr("Why, for the audit log."), u"text"_s);
    parser.addOption(reasonOption);

    OfficerContext context;
    if (const int exit = openContext(parser, arguments, 1, context); exit >= 0)
        return exit;
    const QString username = parser.positionalArguments().constFirst();
    QString error;
    if (!context.store->setDisabled(username, disabled, parser.value(reasonOption), commandLineActor(), &error)) {
        standardError() << error << u'\n';
        return ExitFailure;
    }
    standardOutput() << (disabled ? Tr::tr("Disabled officer %1.") : Tr::tr("Enabled officer %1.")).arg(username)
                     << u'\n';
    return ExitOk;
}

int runSetPassword(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Set a new password for an officer and clear any sign-in lockout."));
    parser.addPositionalArgument(u"username"_s, Tr::tr("The officer's username."));
    parser.addOption(passwordFileOption());

    OfficerContext context;
    if (const int exit = openContext(parser, arguments, 1, context); exit >= 0)
        return exit;
    const QString username = parser.positionalArguments().constFirst();

    QString error;
    if (!context.store->find(username, &error)) {
        standardError() << (error.isEmpty() ? Tr::tr("No officer has the username \"%1\".").arg(username) : error)
                        << u'\n';
        return ExitFailure;
    }
    QByteArray password = readNewPassword(parser.value(passwordFileOption()), Tr::tr("New password: "), &error);
    if (password.isEmpty()) {
        standardError() << error << u'\n';
        return ExitFailure;
    }
    const bool changed = context.store->setPassword(username, password, commandLineActor(), &error);
    password.fill('\0');
    if (!changed) {
        standardError() << Tr::tr("Could not set the password: %1").arg(error) << u'\n';
        return ExitFailure;
    }
    standardOutput() << Tr::tr("Set a new password for officer %1.").arg(username) << u'\n';
    return ExitOk;
}

const CommandRegistrar addRegistrar({u"officer add"_s, QT_TRANSLATE_NOOP("Commands", "Create an officer account"),
                                     runAdd});
const CommandRegistrar listRegistrar({u"officer list"_s, QT_TRANSLATE_NOOP("Commands", "List officer accounts"),
                                      runList});
const CommandRegistrar editRegistrar({u"officer edit"_s,
                                      QT_TRANSLATE_NOOP("Commands", "Change an officer's name, designation or mobile"),
                                      runEdit});
const CommandRegistrar disableRegistrar({u"officer disable"_s,
                                         QT_TRANSLATE_NOOP("Commands", "Disable an officer account at once"),
                                         [](const QStringList &arguments) {
                                             return runSetDisabled(arguments, true);
                                         }});
const CommandRegistrar enableRegistrar({u"officer enable"_s,
                                        QT_TRANSLATE_NOOP("Commands", "Enable a disabled officer account"),
                                        [](const QStringList &arguments) {
                                            return runSetDisabled(arguments, false);
                                        }});
const CommandRegistrar setPasswordRegistrar({u"officer set-password"_s,
                                             QT_TRANSLATE_NOOP("Commands", "Set an officer's password"),
                                             runSetPassword});

} // namespace
} // namespace nodues::server
