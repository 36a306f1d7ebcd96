#include "sms/SmsKind.h"

using namespace Qt::Literals::StringLiterals;

namespace nodues {

const QList<SmsKindInfo> &smsKinds()
{
    static const QList<SmsKindInfo> kinds = {
        {SmsKind::SignInOtp, u"sign_in_otp"_s, {u"otp"_s, u"minutes"_s}, true},
        {SmsKind::LinkConnectionOtp, u"link_connection_otp"_s, {u"otp"_s, u"ivrs"_s, u"requester"_s, u"minutes"_s},
         true},
        {SmsKind::ApplicationSubmitOtp, u"application_submit_otp"_s, {u"otp"_s, u"minutes"_s}, true},
        {SmsKind::ApplicationAcknowledged, u"application_acknowledged"_s, {u"application_number"_s}, false},
        {SmsKind::ApplicationRejected, u"application_rejected"_s, {u"application_number"_s, u"reason"_s}, false},
        {SmsKind::CertificateReady, u"certificate_ready"_s, {u"application_number"_s, u"link"_s}, false},
        {SmsKind::OfficerSignInOtp, u"officer_sign_in_otp"_s, {u"otp"_s, u"minutes"_s}, true},
        {SmsKind::OfficerDecisionOtp,
         u"officer_decision_otp"_s,
         {u"otp"_s, u"decision"_s, u"count"_s, u"minutes"_s},
         true},
        {SmsKind::RevocationOtp, u"revocation_otp"_s, {u"otp"_s, u"certificate_number"_s, u"minutes"_s}, true},
    };
    return kinds;
}

const SmsKindInfo &smsKindInfo(SmsKind kind)
{
    for (const SmsKindInfo &info : smsKinds()) {
        if (info.kind == kind)
            return info;
    }
    Q_UNREACHABLE();
}

QString smsKindName(SmsKind kind)
{
    return smsKindInfo(kind).name;
}

std::optional<SmsKind> smsKindFromName(const QString &name)
{
    for (const SmsKindInfo &info : smsKinds()) {
        if (info.name == name)
            return info.kind;
    }
    return std::nullopt;
}

QStringList smsLanguages()
{
    return {u"hi"_s, u"en"_s};
}

QString defaultSmsLanguage()
{
    return u"hi"_s;
}

} // namespace nodues
