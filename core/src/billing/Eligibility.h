#pragma once

#include "TranslatableText.h"
#include "billing/BillingRecord.h"

#include <QList>
#include <QString>

namespace nodues {

// The checks a connection must pass before a No Dues certificate can name it.
enum class EligibilityCheck { Dues, Ekyc, Meter };

// One check's outcome, with text for people, marked for translation: the server translates it
// per response, other callers with TranslatableText::translated().
struct CheckResult
{
    EligibilityCheck check = EligibilityCheck::Dues;
    bool passed = false;
    // False when the rule does not apply (the meter of an unmetered or PDC connection). A check
    // that does not apply counts as passed.
    bool applicable = true;
    TranslatableText reason; // what was found: "Arrears of ₹1,250.00 are outstanding."
    TranslatableText remedy; // what to do: "Pay the arrears of ₹1,250.00 at the DC or online, ..."; empty when passed
};

struct EligibilityVerdict
{
    bool eligible = false;
    QList<CheckResult> checks; // always Dues, Ekyc, Meter, in that order
    // The applicable checks that did not pass, in the order of checks.
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

// The check's name for people, marked for translation: "Arrears", "e-KYC", "Meter".
TranslatableText checkTitle(EligibilityCheck check);

} // namespace nodues
