#pragma once

#include "applications/ApplicationForm.h"
#include "applications/ApplicationSettings.h"
#include "applications/SubmissionCheck.h"
#include "security/OtpService.h"
#include "sms/SmsOutbox.h"

#include <QCoreApplication>
#include <QString>

namespace nodues {

class Clock;
class Database;
class SmsTemplates;

struct SubmitRequest
{
    QString mobile; // the signed-in consumer's 10-digit mobile
    ApplicationForm form;
    QString challengeId; // of the submit OTP, issued for this form and these connections
    QString otpCode;
    QString clientAddress;
};

enum class SubmitStatus {
    Submitted,        // a new application was created
    AlreadySubmitted, // the mobile's open application has this exact content: it is returned
    OtherOpen,        // the mobile has an open application with other content: its number is returned
    CheckFailed,      // SubmissionCheck refused it; see check
    OtpRejected,      // the OTP did not verify; see otp
};

struct SubmitResult
{
    SubmitStatus status = SubmitStatus::Submitted;
    qint64 applicationId = 0;   // Submitted, AlreadySubmitted, OtherOpen
    QString applicationNumber;  // Submitted, AlreadySubmitted, OtherOpen
    SubmissionCheck check;      // CheckFailed, Submitted
    OtpVerifyResult otp;        // OtpRejected
};

// The consumer's submission of an application: the workflow step that creates it.
//
// One open application per mobile: the database has a unique index on the mobile of open
// applications, and submit() looks for one first. A repeated submit (a double click, a retry
// after a timeout) finds the application the first one created and returns it as
// AlreadySubmitted, so no second application and no second acknowledgement SMS exist. Two
// concurrent submits with one OTP serialize on the challenge row: the second finds the code used
// and then the first's application.
class ApplicationSubmission final
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationSubmission)

public:
    ApplicationSubmission(Database &database, const Clock &clock, OtpService &otpService,
                          const SmsTemplates &templates, ApplicationSettings settings = {});

    // The binding of the submit OTP for this mobile, form and check (run just before).
    static OtpBinding otpBinding(const QString &mobile, const ApplicationForm &form, const SubmissionCheck &check);

    // The mobile's open application, if any: its id, number and content digest. Returns false
    // with error set on a database failure; id 0 means none.
    bool findOpen(const QString &mobile, qint64 *id, QString *number, QString *contentSha256, QString *error);

    // In one transaction: refuses when the mobile has an open application or the checks fail,
    // verifies the OTP against this exact content, numbers the application for its DC and the
    // IST fiscal year, sets its SLA due time, writes it with its connections, its first event
    // and an audit row "application.submit", and queues the acknowledgement SMS in the
    // applicant's language. The SMS row commits with the application, so the dispatcher can
    // only send it for an application that exists. A failed check rolls back and leaves the
    // OTP unused; a wrong OTP counts as a try.
    // Returns false with error set only on a database failure.
    bool submit(const SubmitRequest &request, SubmitResult *result, QString *error);

private:
    bool insertApplication(WriteTransaction &transaction, const SubmitRequest &request, const SubmissionCheck &check,
                           const QString &contentSha256, SubmitResult *result, QString *error);

    Database &m_database;
    const Clock &m_clock;
    OtpService &m_otpService;
    SmsOutbox m_outbox;
    ApplicationSettings m_settings;
};

} // namespace nodues
