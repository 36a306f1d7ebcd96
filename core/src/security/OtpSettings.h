#pragma once

#include <QCoreApplication>
#include <QString>

namespace nodues {

// The OTP rules. Every value can be changed by configuration; the defaults are the product's.
struct OtpSettings
{
    Q_DECLARE_TR_FUNCTIONS(OtpSettings)

public:
    // Seconds a code stays valid after it is sent.
    int validitySeconds = 10 * 60;
    // Wrong tries after which a code is dead, even if a later try would be right.
    int maxWrongAttempts = 5;
    // Codes of one purpose sent within sendWindowSeconds to one recipient mobile at the request of
    // one client address; and, for purposes other than signing in, codes of one purpose for one
    // subject (the signed-in consumer or officer who asks). Further sends are refused.
    int maxCodesPerMobile = 3;
    // Codes of one purpose sent within sendWindowSeconds to one recipient mobile from all
    // addresses together. It bounds what many clients can send to one phone. Because sign-in
    // codes are counted per address first, one client cannot use up a phone's sign-in codes
    // alone: it takes more than maxCodesPerMobileAllAddresses / maxCodesPerMobile addresses.
    int maxCodesPerMobileAllAddresses = 10;
    // Codes of the consumers' purposes requested within sendWindowSeconds from one client address
    // (IP). Officers' codes (sign-in, decision, revocation) are neither capped nor counted here:
    // they go only to the officer's own registered mobile, a sign-in code only after the right
    // password, and an office's PCs often share one address with consumers.
    // NOTE: mobile carriers put many subscribers behind one carrier-grade NAT address, and an
    // office may reach the server through one address too, so at peak this cap can refuse honest
    // users. Refusals are logged with the address; raise the cap when they show up there.
    int maxCodesPerAddress = 10;
    // Codes of one purpose that one officer may ask for within sendWindowSeconds to confirm
    // decisions or revocations, sent to their own registered mobile. It replaces
    // maxCodesPerMobile for those purposes, because a division officer works through many batches
    // a day. The officer's session and this cap bound them instead of maxCodesPerAddress.
    int maxOfficerActionCodes = 20;
    // The sliding window of the send caps, in seconds.
    int sendWindowSeconds = 15 * 60;

    // Checks that every value is in range; sets error naming the first value that is not.
    bool validate(QString *error) const;
};

} // namespace nodues
