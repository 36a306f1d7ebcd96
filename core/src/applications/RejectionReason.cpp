#include "applications/RejectionReason.h"

using namespace Qt::Literals::StringLiterals;

namespace nodues {

const QList<RejectionReason> &rejectionReasons()
{
    static const QList<RejectionReason> reasons = {
        {u"dues_outstanding"_s, u"Dues outstanding"_s, u"बकाया राशि शेष"_s, false},
        {u"ekyc_pending"_s, u"e-KYC not done"_s, u"ई-केवायसी नहीं हुआ"_s, false},
        {u"meter_faulty"_s, u"Meter not working"_s, u"मीटर खराब"_s, false},
        {u"connection_not_applicants"_s, u"Connection not applicant's"_s, u"कनेक्शन आवेदक का नहीं"_s, false},
        {u"details_mismatch"_s, u"Details do not match records"_s, u"विवरण रिकॉर्ड से मेल नहीं"_s, false},
        {u"unlinked_connection_dues"_s, u"Dues on unlinked connection"_s, u"हटाए कनेक्शन पर बकाया"_s, false},
        {u"duplicate_application"_s, u"Duplicate application"_s, u"दोहरा आवेदन"_s, false},
        // The SMS names only the reason, so this reason names where the applicant finds the remarks.
        {u"other"_s, u"Other (remarks on the portal)"_s, u"अन्य (टिप्पणी पोर्टल पर देखें)"_s, true},
    };
    return reasons;
}

std::optional<RejectionReason> rejectionReasonFromCode(const QString &code)
{
    for (const RejectionReason &reason : rejectionReasons()) {
        if (reason.code == code)
            return reason;
    }
    return std::nullopt;
}

} // namespace nodues
