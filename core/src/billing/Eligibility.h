#pragma once

#include "billing/BillingRecord.h"

#include <QList>
#include <QString>

namespace nodues {

// The checks a connection must pass before a No Dues certificate can name it.
enum class EligibilityCheck { Dues, Ekyc, Meter };

// One check's outcome, with text for people (translated through tr()).
struct CheckResult
{
    EligibilityCheck check = EligibilityCheck::Dues;
    bool passed = false;
    bool applicable = true; // false when the rule does not apply (meter of an unmetered or PDC connection)
    QString reason;         // what was found: "Outstanding dues of ₹1,250.00"
    QString remedy;         // what to do: "Pay the dues at the DC or online, then apply again." Empty when passed.
};

struct EligibilityVerdict
{
    bool eligible = false;
    QList<CheckResult> checks; // always Dues, Ekyc, Meter, in that order
    QList<CheckResult> failedChecks() const;
};

// The one place the rule lives (server and workstation both call it):
//   dues:  arrears <= ₹0.00 (a credit balance passes);
//   e-KYC: done;
//   meter: working, or not applicable for an unmetered connection;
//   a permanently disconnected (PDC) connection needs only zero dues: e-KYC and meter do not apply.
EligibilityVerdict evaluateEligibility(const BillingRecord &record);

// The stable machine name of a check, for JSON: "dues", "ekyc", "meter".
QString checkCode(EligibilityCheck check);

} // namespace nodues
