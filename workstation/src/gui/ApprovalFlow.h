#pragma once

#include "api/ApiResult.h"
#include "cache/CachedApplication.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class QWidget;

namespace nodues {
class Clock;
}

namespace nodues::workstation {

class OfficerApiClient;
class OtpDialog;
class Prompter;

// The division officer's decision on a batch of 1 to 200 forwarded applications, confirmed with
// an OTP sent to the officer's own mobile: POST /api/v1/officer/decisions/otp when the officer
// presses "Send code" in the OtpDialog, then POST /api/v1/officer/decisions with the code.
//
// Decisions need the server, so the flow never queues anything. When no response arrives, the
// dialog shows an error and the officer may try again. A retry within one code sends the same idempotency key,
// so an approval whose response was lost is not made twice. Each new code gets a new key. A batch
// is not all-or-nothing: each application's outcome (approved with its certificate number, or
// refused with the server's reason) is in the result.
class ApprovalFlow final
{
    Q_DECLARE_TR_FUNCTIONS(ApprovalFlow)

public:
    enum class Action { Approve, Reject };

    struct Outcome
    {
        QString number;
        // approved, rejected, or the code of a refusal (stale_version, connections_not_eligible, ...).
        QString outcome;
        QString message;           // the server's reason for a refusal
        QString certificateNumber; // for approved
        bool decided() const { return outcome == u"approved" || outcome == u"rejected"; }
    };

    struct Result
    {
        int done = 0;
        int refused = 0;
        QList<Outcome> outcomes;
        // The applications as the response carried them, to store in the cache at once.
        QList<CachedApplication> applications;
    };

    static constexpr int kMaxBatchSize = 200;

    ApprovalFlow(OfficerApiClient &api, Prompter &prompter, const Clock &clock);

    // Runs the OTP dialog over window for action on applications (their numbers and the versions
    // the officer saw; at most kMaxBatchSize). reasonCode and remarks are for Reject. Returns the
    // result once the server decided, or nothing when the officer cancelled first.
    std::optional<Result> run(QWidget *window, Action action, const QList<CachedApplication> &applications,
                              const QString &reasonCode = {}, const QString &remarks = {});

    // "Approve 2 applications: APP/..., APP/..." in the interface language.
    static QString summaryText(Action action, const QList<CachedApplication> &applications);
    // The outcome of one application for people.
    static QString outcomeText(const Outcome &outcome);
    // Why the server refused the code (a 422 with an "otp_" error code), for the OTP dialog. The
    // dialog shows the tries left on its own line, so the text never repeats their number.
    static QString refusedCodeText(const ApiResult &result, int attemptsLeft);
    // The result of POST /api/v1/officer/decisions (DecisionBatchResult), or nothing with error
    // (English, for the log) when the body does not match the schema.
    static std::optional<Result> parseResult(const QJsonObject &body, QString *error);

private:
    void sendCode(OtpDialog &dialog, Action action, const QList<CachedApplication> &applications);
    void confirmCode(OtpDialog &dialog, Action action, const QList<CachedApplication> &applications,
                     const QString &code, const QString &reasonCode, const QString &remarks);

    OfficerApiClient &m_api;
    Prompter &m_prompter;
    const Clock &m_clock;
    QString m_challengeId;
    QString m_idempotencyKey;
    std::optional<Result> m_result;
};

} // namespace nodues::workstation
