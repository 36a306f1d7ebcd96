// nodues-server officer sessions|revoke: an administrator's view of officers' sign-in sessions.

#include "Clock.h"
#include "Timestamp.h"
#include "commands/Command.h"
#include "commands/CommandSupport.h"
#include "officers/OfficerStore.h"
#include "security/SessionStore.h"
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
    Q_DECLARE_TR_FUNCTIONS(OfficerSessionCommand)
};

// Parses the command line, opens the database and finds the officer named by the first
// positional argument. Returns -1 to go on, or the exit code.
int openOfficer(QCommandLineParser &parser, const QStringList &arguments, ServerConfig &config,
                std::unique_ptr<Database> *database, Officer *officer)
{
    parser.addPositionalArgument(u"username"_s, Tr::tr("The officer's username."));
    if (const int exit = parseCommandLine(parser, arguments, config, 1, 1); exit >= 0)
        return exit;
    QString error;
    *database = config.openDatabase(&error);
    if (!*database) {
        standardError() << error << u'\n';
        return ExitFailure;
    }
    OfficerStore store(**database, Clock::system());
    const QString username = parser.positionalArguments().constFirst();
    const std::optional<Officer> found = store.find(username, &error);
    if (!found) {
        standardError() << (error.isEmpty() ? Tr::tr("No officer has the username \"%1\".").arg(username) : error)
                        << u'\n';
        return ExitFailure;
    }
    *officer = *found;
    return -1;
}

QString sessionState(const Session &session, const QDateTime &now)
{
    if (session.revokedAt.isValid())
        return Tr::tr("ended %1 (%2)").arg(Timestamp::istDateTime(session.revokedAt), session.revokedReason);
    if (now >= session.expiresAt)
        return Tr::tr("expired %1").arg(Timestamp::istDateTime(session.expiresAt));
    return Tr::tr("active until %1").arg(Timestamp::istDateTime(session.expiresAt));
}

int runSessions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("List an officer's sign-in sessions, newest first. Times are IST."));
    const QCommandLineOption allOption(u"all"_s, Tr::tr("Also list sessions that have expired or ended."));
    const QCommandLineOption jsonOption(u"json"_s, Tr::tr("Print JSON instead of a table."));
    parser.addOptions({allOption, jsonOption});
    ServerConfig config;
    std::unique_ptr<Database> database;
    Officer officer;
    if (const int exit = openOfficer(parser, arguments, config, &database, &officer); exit >= 0)
        return exit;

    SessionStore store(*database, Clock::system(), SessionSettings{});
    QString error;
    const QList<Session> sessions = store.listForOfficer(officer.id, parser.isSet(allOption), &error);
    if (!error.isEmpty()) {
        standardError() << error << u'\n';
        return ExitFailure;
    }
    const QDateTime now = Clock::system().nowUtc();
    if (parser.isSet(jsonOption)) {
        QJsonArray rows;
        for (const Session &session : sessions) {
            rows.append(QJsonObject{
                {u"id"_s, session.id},
                {u"device_name"_s, session.deviceName},
                {u"client_address"_s, session.clientAddress},
                {u"created_at"_s, Timestamp::toStorage(session.createdAt)},
                {u"last_used_at"_s, Timestamp::toStorage(session.lastUsedAt)},
                {u"expires_at"_s, Timestamp::toStorage(session.expiresAt)},
                {u"revoked_at"_s, session.revokedAt.isValid() ? QJsonValue(Timestamp::toStorage(session.revokedAt))
                                                              : QJsonValue(QJsonValue::Null)},
                {u"revoked_reason"_s,
                 session.revokedAt.isValid() ? QJsonValue(session.revokedReason) : QJsonValue(QJsonValue::Null)},
            });
        }
        standardOutput() << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    if (sessions.isEmpty()) {
        standardOutput() << Tr::tr("Officer %1 has no active sessions.").arg(officer.username) << u'\n';
        return ExitOk;
    }
    standardOutput() << Tr::tr("id\tdevice\taddress\tsigned in\tlast used\tstate") << u'\n';
    for (const Session &session : sessions) {
        standardOutput() << session.id << u'\t' << session.deviceName << u'\t' << session.clientAddress << u'\t'
                         << Timestamp::istDateTime(session.createdAt) << u'\t'
                         << Timestamp::istDateTime(session.lastUsedAt) << u'\t' << sessionState(session, now) << u'\n';
    }
    return ExitOk;
}

int runRevoke(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("End an officer's sign-in sessions at once: one with --session, otherwise every active one."));
    const QCommandLineOption sessionOption(u"session"_s,
                                           Tr::tr("The id of the session to end, from `officer "
                                                  "sessions`."),
                                           u"id"_s);
    const QCommandLineOption reasonOption(u"reason"_s, Tr::tr("Why, for the audit log."), u"text"_s,
                                          u"revoked by an administrator"_s);
    parser.addOptions({sessionOption, reasonOption});
    ServerConfig config;
    std::unique_ptr<Database> database;
    Officer officer;
    if (const int exit = openOfficer(parser, arguments, config, &database, &officer); exit >= 0)
        return exit;

    SessionStore store(*database, Clock::system(), SessionSettings{});
    QString error;
    if (!parser.isSet(sessionOption)) {
        const int ended = store.revokeAllForOfficer(officer.id, parser.value(reasonOption), commandLineActor(), &error);
        if (ended < 0) {
            standardError() << error << u'\n';
            return ExitFailure;
        }
        standardOutput() << Tr::tr("Ended %n session(s) of officer %1.", nullptr, ended).arg(officer.username) << u'\n';
        return ExitOk;
    }

    bool isNumber = false;
    const qint64 sessionId = parser.value(sessionOption).toLongLong(&isNumber);
    const QList<Session> sessions = store.listForOfficer(officer.id, true, &error);
    const bool owned = isNumber && std::any_of(sessions.cbegin(), sessions.cend(),
                                               [sessionId](const Session &session) { return session.id == sessionId; });
    if (!error.isEmpty()) {
        standardError() << error << u'\n';
        return ExitFailure;
    }
    if (!owned) {
        standardError() << Tr::tr("Officer %1 has no session with the id \"%2\"; `officer sessions %1 --all` lists "
                                  "them.")
                               .arg(officer.username, parser.value(sessionOption))
                        << u'\n';
        return ExitFailure;
    }
    if (!store.revoke(sessionId, parser.value(reasonOption), commandLineActor(), &error)) {
        standardError() << error << u'\n';
        return ExitFailure;
    }
    standardOutput() << Tr::tr("Ended session %1 of officer %2.").arg(sessionId).arg(officer.username) << u'\n';
    return ExitOk;
}

const CommandRegistrar sessionsRegistrar({u"officer sessions"_s,
                                          QT_TRANSLATE_NOOP("Commands", "List an officer's sign-in sessions"),
                                          runSessions});
const CommandRegistrar revokeRegistrar({u"officer revoke"_s,
                                        QT_TRANSLATE_NOOP("Commands", "End an officer's sign-in sessions at once"),
                                        runRevoke});

} // namespace
} // namespace nodues::server
