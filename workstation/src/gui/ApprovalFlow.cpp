#include "gui/ApprovalFlow.h"

#include "api/OfficerApiClient.h"
#include "cache/JsonFields.h"
#include "gui/OtpDialog.h"
#include "gui/Prompter.h"
#include "gui/QueueLogging.h"
#include "gui/UnbreakableText.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

namespace {

// The most numbers the OTP dialog lists before it says how many more there are.
constexpr int kListedNumbers = 10;

QString actionCode(ApprovalFlow::Action action)
{
    return action == ApprovalFlow::Action::Approve ? u"approve"_s : u"reject"_s;
}

QList<OfficerApiClient::VersionedNumber> versionedNumbers(const QList<CachedApplication> &applications)
{
    QList<OfficerApiClient::VersionedNumber> numbers;
    numbers.reserve(applications.size());
    for (const CachedApplication &application : applications)
        numbers.append({application.number, application.version});
    return numbers;
}

} // namespace

ApprovalFlow::ApprovalFlow(OfficerApiClient &api, Prompter &prompter, const Clock &clock)
    : m_api(api)
    , m_prompter(prompter)
    , m_clock(clock)
{
}

std::optional<ApprovalFlow::Result> ApprovalFlow::run(QWidget *window, Action action,
                                                      const QList<CachedApplication> &applications,
                                                      const QString &reasonCode, const QString &remarks)
{
    if (applications.isEmpty() || applications.size() > kMaxBatchSize)
        return std::nullopt;
    m_challengeId.clear();
    m_idempotencyKey.clear();
    m_result.reset();

    OtpDialog dialog(m_clock, window);
    const int count = int(applications.size());
    dialog.setWindowTitle(action == Action::Approve ? tr("Approve applications") : tr("Reject applications"));
    dialog.setSummary([action, applications] { return summaryText(action, applications); });
    dialog.setConfirmVerb([action, count] {
        return action == Action::Approve ? tr("Approve %n application(s)", nullptr, count)
                                         : tr("Reject %n application(s)", nullptr, count);
    });
    dialog.setSendCode([this, &dialog, action, applications] { sendCode(dialog, action, applications); });
    dialog.setConfirmCode([this, &dialog, action, applications, reasonCode, remarks](const QString &code) {
        confirmCode(dialog, action, applications, code, reasonCode, remarks);
    });

    qCInfo(lcQueue) << "Decision" << actionCode(action) << "started for" << count << "applications";
    if (m_prompter.execDialog(dialog) != QDialog::Accepted || !m_result) {
        qCInfo(lcQueue) << "Decision" << actionCode(action) << "cancelled";
        return std::nullopt;
    }
    qCInfo(lcQueue) << "Decision" << actionCode(action) << "done:" << m_result->done << "decided," << m_result->refused
                    << "refused";
    return m_result;
}

QString ApprovalFlow::summaryText(Action action, const QList<CachedApplication> &applications)
{
    const int count = int(applications.size());
    QStringList numbers;
    for (const CachedApplication &application : applications.first(std::min(count, kListedNumbers)))
        numbers << unbreakable(application.number);
    if (count > kListedNumbers)
        numbers << tr("and %n more", nullptr, count - kListedNumbers);
    const QString intro = action == Action::Approve
                              ? tr("Approve %n application(s) and issue their certificates:", nullptr, count)
                              : tr("Reject %n application(s); each applicant gets an SMS:", nullptr, count);
    return u"%1\n%2"_s.arg(intro, numbers.join(u", "_s));
}

QString ApprovalFlow::outcomeText(const Outcome &outcome)
{
    if (outcome.outcome == u"approved")
        return tr("Approved; certificate %1").arg(outcome.certificateNumber);
    if (outcome.outcome == u"rejected")
        return tr("Rejected");
    if (!outcome.message.isEmpty())
        return tr("Not decided: %1").arg(outcome.message);
    return tr("Not decided (%1)").arg(outcome.outcome);
}

QString ApprovalFlow::refusedCodeText(const ApiResult &result, int attemptsLeft)
{
    // The server's own message for a wrong code names the tries left, which the dialog shows
    // already, so these texts leave them out.
    const QString &code = result.errorCode;
    if (code == u"otp_wrong"_s && attemptsLeft == 0)
        return tr("The OTP is wrong and no tries are left for this code. Press \"Resend code\" to get a new one.");
    if (code == u"otp_wrong"_s)
        return tr("The OTP is wrong. Check the 6 digits in the SMS and enter them again.");
    if (code == u"otp_expired"_s)
        return tr("The OTP has expired. Press \"Resend code\" to get a new one.");
    if (code == u"otp_too_many_attempts"_s)
        return tr("This OTP was entered wrongly too many times. Press \"Resend code\" to get a new one.");
    if (code == u"otp_already_used"_s || code == u"otp_superseded"_s || code == u"otp_wrong_purpose"_s ||
        code == u"otp_not_found"_s)
        return tr("This OTP does not confirm this decision, for example because a newer one was sent. Enter the "
                  "newest OTP, or press \"Resend code\".");
    return result.errorMessage.isEmpty() ? tr("The server did not accept the OTP.") : result.errorMessage;
}

std::optional<ApprovalFlow::Result> ApprovalFlow::parseResult(const QJsonObject &body, QString *error)
{
    JsonFields fields(body, u"decision"_s);
    Result result;
    result.done = int(fields.integer(u"done"_s));
    result.refused = int(fields.integer(u"refused"_s));
    const QJsonArray results = fields.array(u"results"_s);
    for (qsizetype index = 0; index < results.size() && fields.ok(); ++index) {
        // message, certificate and application are members of some outcomes only.
        const QJsonObject object = results.at(index).toObject();
        JsonFields entry(object, u"%1[%2]"_s.arg(fields.pathOf(u"results"_s)).arg(index));
        if (!results.at(index).isObject())
            entry.fail(u"%1 is not an object"_s.arg(entry.path()));
        Outcome outcome;
        outcome.number = entry.text(u"number"_s);
        outcome.outcome = entry.text(u"outcome"_s);
        if (object.contains(u"message"_s))
            outcome.message = entry.text(u"message"_s);
        if (object.contains(u"certificate"_s)) {
            if (const std::optional<QJsonObject> certificate = entry.nullableObject(u"certificate"_s)) {
                JsonFields certificateFields(*certificate, entry.pathOf(u"certificate"_s));
                outcome.certificateNumber = certificateFields.text(u"number"_s);
                adoptError(entry, certificateFields);
            }
        }
        if (object.contains(u"application"_s)) {
            if (const std::optional<QJsonObject> application = entry.nullableObject(u"application"_s)) {
                QString applicationError;
                const std::optional<CachedApplication> parsed =
                    CachedApplication::fromJson(*application, &applicationError);
                if (parsed)
                    result.applications << *parsed;
                else
                    entry.fail(applicationError);
            }
        }
        adoptError(fields, entry);
        result.outcomes << outcome;
    }
    if (!fields.ok()) {
        if (error)
            *error = fields.error();
        return std::nullopt;
    }
    return result;
}

void ApprovalFlow::sendCode(OtpDialog &dialog, Action action, const QList<CachedApplication> &applications)
{
    m_api.requestDecisionOtp(
        actionCode(action), versionedNumbers(applications), &dialog, [this, &dialog](const ApiResult &result) {
            if (result.httpStatus == 202) {
                m_challengeId = result.body.value(u"challenge_id"_s).toString();
                // A new code is a new request: a key used with the previous code could be replayed.
                m_idempotencyKey = OfficerApiClient::newIdempotencyKey();
                dialog.codeSent(result.body.value(u"sent_to_masked"_s).toString(),
                                result.body.value(u"expires_in_seconds"_s).toInt());
                return;
            }
            if (result.unreachable()) {
                qCWarning(lcQueue) << "Decision code request got no answer:" << result.networkError;
                dialog.sendFailed(tr("The server cannot be reached, so no code was sent. Check the network and "
                                     "send the code again."));
                return;
            }
            qCWarning(lcQueue) << "Decision code request refused:" << result.httpStatus << result.errorCode;
            if (result.errorCode == u"batch_not_ready") {
                QStringList lines{result.errorMessage};
                const QJsonArray notReady = result.body.value(u"applications"_s).toArray();
                for (const QJsonValue &entry : notReady) {
                    const QString number = entry[u"number"_s].toString();
                    const QString code = entry[u"code"_s].toString();
                    if (code == u"stale_version")
                        lines << tr("%1 changed since you saw it.").arg(unbreakable(number));
                    else if (code == u"wrong_state")
                        lines << tr("%1 is no longer forwarded.").arg(unbreakable(number));
                    else
                        lines << tr("%1 is not in your jurisdiction.").arg(unbreakable(number));
                }
                lines << tr("Close this dialog and sync, then choose again.");
                dialog.sendFailed(lines.join(u'\n'));
                return;
            }
            dialog.sendFailed(result.errorMessage.isEmpty() ? tr("The server refused to send a code.")
                                                            : result.errorMessage);
        });
}

void ApprovalFlow::confirmCode(OtpDialog &dialog, Action action, const QList<CachedApplication> &applications,
                               const QString &code, const QString &reasonCode, const QString &remarks)
{
    if (m_challengeId.isEmpty()) {
        dialog.showError(tr("Send a code first."));
        return;
    }
    m_api.decide(actionCode(action), versionedNumbers(applications), m_challengeId, code, m_idempotencyKey,
                 action == Action::Reject ? reasonCode : QString(), remarks, &dialog,
                 [this, &dialog](const ApiResult &result) {
                     if (result.ok()) {
                         QString error;
                         m_result = parseResult(result.body, &error);
                         if (!m_result) {
                             qCWarning(lcQueue) << "Decision answer does not match the API:" << error;
                             dialog.showError(tr("The server's response could not be read. Sync to see what was "
                                                 "decided."));
                             return;
                         }
                         dialog.accept();
                         return;
                     }
                     if (result.otpRefused()) {
                         const QJsonValue value = result.body.value(u"attempts_left"_s);
                         const int attemptsLeft = value.isDouble() ? value.toInt() : -1;
                         dialog.codeRefused(refusedCodeText(result, attemptsLeft), attemptsLeft);
                         return;
                     }
                     if (result.unreachable()) {
                         qCWarning(lcQueue) << "Decision got no answer:" << result.networkError;
                         dialog.showError(tr("The server cannot be reached. Check the network and confirm again; "
                                             "the code works until it expires."));
                         return;
                     }
                     qCWarning(lcQueue) << "Decision refused:" << result.httpStatus << result.errorCode;
                     if (result.sessionEnded()) {
                         dialog.showError(tr("Your session has ended. Sign in again, then decide again."));
                         return;
                     }
                     dialog.showError(result.errorMessage.isEmpty() ? tr("The server refused the decision.")
                                                                    : result.errorMessage);
                 });
}

} // namespace nodues::workstation
