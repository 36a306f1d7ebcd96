#pragma once

#include "applications/ApplicationForm.h"
#include "billing/BillingRecord.h"
#include "billing/Eligibility.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace nodues {

class Database;

// A connection an application names, as the latest billing data shows it.
struct NamedConnection
{
    BillingRecord record;
    // How it relates to the applicant's mobile: "billing_mobile", "linked",
    // "pending_verification", or "unlinked" (billed to the mobile but unlinked by the applicant;
    // shown to officers, not certified, not checked).
    QString link;
    bool primary = false;
    EligibilityVerdict verdict; // empty for "unlinked"
};

enum class SubmissionCheckStatus {
    Ok,
    NoConnectionsLinked, // kind "connections", but no connection counts for the mobile
    PrimaryNotLinked,    // the primary IVRS is not among the connections that count
    HasConnections,      // kind "no_connection", but connections count for the mobile
    UnknownDc,           // the DC (chosen, or of the primary connection) is not a DC in the office list
    NotEligible,         // a counted connection fails a check
};

QString submissionCheckStatusCode(SubmissionCheckStatus status);

// Everything the server checks against storage before an application may be submitted, and what
// the application would then name. The OTP request and the submission run the same check, the
// submission inside its write transaction.
struct SubmissionCheck
{
    SubmissionCheckStatus status = SubmissionCheckStatus::Ok;
    QList<NamedConnection> connections; // those that count for the mobile, ordered by IVRS
    QList<NamedConnection> unlinkedOwn; // billed to the mobile, unlinked by the applicant
    QString dcCode;                     // the DC that handles the application

    // The IVRS numbers of connections, the list the submit OTP is bound to.
    QStringList countedIvrs() const;
    // The counted connections that fail a check, ordered by IVRS.
    QList<NamedConnection> ineligible() const;

    // Runs the checks for the consumer with mobile and form on the calling thread's connection
    // (inside the caller's transaction when one is open). Returns false with error set only on
    // a database failure; a failed check is a status.
    static bool run(Database &database, const QString &mobile, const ApplicationForm &form, SubmissionCheck *check,
                    QString *error);
};

} // namespace nodues
