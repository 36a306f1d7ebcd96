#include "billing/Eligibility.h"

#include "billing/Money.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace nodues {

namespace {

CheckResult checkDues(const BillingRecord &record)
{
    CheckResult result;
    result.check = EligibilityCheck::Dues;
    result.passed = record.arrearsPaise <= 0;
    if (record.arrearsPaise > 0) {
        result.reason = TranslatableText{"Eligibility",
                                         QT_TRANSLATE_NOOP("Eligibility", "Arrears of %1 are outstanding."),
                                         {Money::formatRupees(record.arrearsPaise)}};
        result.remedy = TranslatableText{
            "Eligibility",
            QT_TRANSLATE_NOOP("Eligibility",
                              "Pay the arrears of %1 at the DC or online, then apply again once the payment "
                              "shows in the billing data."),
            {Money::formatRupees(record.arrearsPaise)}};
    } else if (record.arrearsPaise < 0) {
        result.reason =
            TranslatableText{"Eligibility",
                             QT_TRANSLATE_NOOP("Eligibility", "No arrears: the account has a credit balance of %1."),
                             {Money::formatRupees(-record.arrearsPaise)}};
    } else {
        result.reason =
            TranslatableText{"Eligibility", QT_TRANSLATE_NOOP("Eligibility", "No arrears are outstanding."), {}};
    }
    return result;
}

CheckResult checkEkyc(const BillingRecord &record)
{
    CheckResult result;
    result.check = EligibilityCheck::Ekyc;
    if (record.connectionStatus == ConnectionStatus::PermanentlyDisconnected) {
        result.applicable = false;
        result.passed = true;
        result.reason = TranslatableText{
            "Eligibility",
            QT_TRANSLATE_NOOP("Eligibility",
                              "e-KYC is not required: the connection is permanently disconnected (PDC)."),
            {}};
        return result;
    }
    result.passed = record.ekyc == EkycStatus::Done;
    if (result.passed) {
        result.reason = TranslatableText{"Eligibility", QT_TRANSLATE_NOOP("Eligibility", "e-KYC is done."), {}};
    } else {
        result.reason = TranslatableText{"Eligibility", QT_TRANSLATE_NOOP("Eligibility", "e-KYC is pending."), {}};
        result.remedy = TranslatableText{
            "Eligibility",
            QT_TRANSLATE_NOOP("Eligibility", "Complete the e-KYC of this connection at the DC, then apply again."),
            {}};
    }
    return result;
}

CheckResult checkMeter(const BillingRecord &record)
{
    CheckResult result;
    result.check = EligibilityCheck::Meter;
    if (record.connectionStatus == ConnectionStatus::PermanentlyDisconnected) {
        result.applicable = false;
        result.passed = true;
        result.reason = TranslatableText{
            "Eligibility",
            QT_TRANSLATE_NOOP("Eligibility",
                              "The meter is not checked: the connection is permanently disconnected (PDC)."),
            {}};
        return result;
    }
    if (record.metering == Metering::Unmetered) {
        result.applicable = false;
        result.passed = true;
        result.reason = TranslatableText{
            "Eligibility",
            QT_TRANSLATE_NOOP("Eligibility", "The meter is not checked: the connection is billed unmetered."),
            {}};
        return result;
    }

    const TranslatableText replaceRemedy = TranslatableText{
        "Eligibility",
        QT_TRANSLATE_NOOP("Eligibility", "Ask the DC to replace the meter, then apply again once the billing data "
                                         "shows it working."),
        {}};
    if (!record.meterStatus) {
        result.reason = TranslatableText{
            "Eligibility",
            QT_TRANSLATE_NOOP("Eligibility", "The meter status of this metered connection is not recorded."),
            {}};
        result.remedy = TranslatableText{
            "Eligibility",
            QT_TRANSLATE_NOOP("Eligibility", "Ask the DC to record the meter status, then apply again."),
            {}};
        return result;
    }
    switch (*record.meterStatus) {
    case MeterStatus::Working:
        result.passed = true;
        result.reason = TranslatableText{"Eligibility", QT_TRANSLATE_NOOP("Eligibility", "The meter is working."), {}};
        break;
    case MeterStatus::Defective:
        result.reason =
            TranslatableText{"Eligibility", QT_TRANSLATE_NOOP("Eligibility", "The meter is defective."), {}};
        result.remedy = replaceRemedy;
        break;
    case MeterStatus::Stopped:
        result.reason = TranslatableText{"Eligibility", QT_TRANSLATE_NOOP("Eligibility", "The meter has stopped."), {}};
        result.remedy = replaceRemedy;
        break;
    case MeterStatus::Burnt:
        result.reason = TranslatableText{"Eligibility", QT_TRANSLATE_NOOP("Eligibility", "The meter is burnt."), {}};
        result.remedy = replaceRemedy;
        break;
    case MeterStatus::NotInstalled:
        result.reason = TranslatableText{
            "Eligibility", QT_TRANSLATE_NOOP("Eligibility", "No meter is installed on this metered connection."), {}};
        result.remedy = TranslatableText{
            "Eligibility",
            QT_TRANSLATE_NOOP("Eligibility",
                              "Ask the DC to install a meter, then apply again once the billing data shows it "
                              "working."),
            {}};
        break;
    }
    return result;
}

} // namespace

QList<CheckResult> EligibilityVerdict::failedChecks() const
{
    QList<CheckResult> failed;
    for (const CheckResult &result : checks) {
        if (result.applicable && !result.passed)
            failed.append(result);
    }
    return failed;
}

EligibilityVerdict evaluateEligibility(const BillingRecord &record)
{
    EligibilityVerdict verdict;
    verdict.checks = {checkDues(record), checkEkyc(record), checkMeter(record)};
    verdict.eligible = verdict.failedChecks().isEmpty();
    return verdict;
}

QString checkCode(EligibilityCheck check)
{
    switch (check) {
    case EligibilityCheck::Dues:
        return u"dues"_s;
    case EligibilityCheck::Ekyc:
        return u"ekyc"_s;
    case EligibilityCheck::Meter:
        return u"meter"_s;
    }
    return {};
}

TranslatableText checkTitle(EligibilityCheck check)
{
    switch (check) {
    case EligibilityCheck::Dues:
        return TranslatableText{"Eligibility", QT_TRANSLATE_NOOP("Eligibility", "Arrears"), {}};
    case EligibilityCheck::Ekyc:
        return TranslatableText{"Eligibility", QT_TRANSLATE_NOOP("Eligibility", "e-KYC"), {}};
    case EligibilityCheck::Meter:
        return TranslatableText{"Eligibility", QT_TRANSLATE_NOOP("Eligibility", "Meter"), {}};
    }
    return {};
}

} // namespace nodues
