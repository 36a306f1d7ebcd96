#include "security/OtpSettings.h"

namespace nodues {

bool OtpSettings::validate(QString *error) const
{
    // validitySeconds is shown in the SMS in whole minutes, from 1 to 9999.
    if (validitySeconds < 60 || validitySeconds > 9999 * 60) {
        *error = tr("The OTP validity of %1 seconds is out of range: use 60 to 599940 seconds.").arg(validitySeconds);
        return false;
    }
    if (maxWrongAttempts < 1 || maxWrongAttempts > 100) {
        *error = tr("The OTP limit of %1 wrong tries is out of range: use 1 to 100.").arg(maxWrongAttempts);
        return false;
    }
    if (maxCodesPerMobile < 1 || maxCodesPerMobile > 1000) {
        *error = tr("The limit of %1 OTPs per mobile is out of range: use 1 to 1000.").arg(maxCodesPerMobile);
        return false;
    }
    if (maxCodesPerMobileAllAddresses < maxCodesPerMobile || maxCodesPerMobileAllAddresses > 10000) {
        *error = tr("The limit of %1 OTPs per mobile from all addresses is out of range: use %2 (the limit per mobile "
                    "and address) to 10000.")
                     .arg(maxCodesPerMobileAllAddresses)
                     .arg(maxCodesPerMobile);
        return false;
    }
    if (maxCodesPerAddress < 1 || maxCodesPerAddress > 100000) {
        *error =
            tr("The limit of %1 OTPs per client address is out of range: use 1 to 100000.").arg(maxCodesPerAddress);
        return false;
    }
    if (maxOfficerActionCodes < 1 || maxOfficerActionCodes > 1000) {
        *error = tr("The limit of %1 OTPs per officer for decisions and revocations is out of range: use 1 to 1000.")
                     .arg(maxOfficerActionCodes);
        return false;
    }
    if (sendWindowSeconds < 1 || sendWindowSeconds > 7 * 24 * 3600) {
        *error =
            tr("The OTP send window of %1 seconds is out of range: use 1 to 604800 seconds.").arg(sendWindowSeconds);
        return false;
    }
    return true;
}

} // namespace nodues
