#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace nodues {

// Every message the product sends by SMS. Each kind has one DLT-registered template per
// language; the name is what sms_outbox.kind and the template file store.
enum class SmsKind {
    SignInOtp,               // consumer signs in with mobile and OTP
    LinkConnectionOtp,       // consumer links a connection; sent to that connection's billing mobile
    ApplicationSubmitOtp,    // consumer confirms an application
    ApplicationAcknowledged, // the application was received, with its number
    ApplicationRejected,     // the application was rejected, with the reason
    CertificateReady,        // the signed certificate can be downloaded, with the link
    OfficerSignInOtp,        // an officer signs in to the workstation
    OfficerDecisionOtp,      // a division officer approves or rejects a batch of applications
    RevocationOtp,           // an officer revokes a certificate
};

// The variables a template of some kind is rendered with; each must appear in every language's
// text, and a caller must supply exactly these.
struct SmsKindInfo
{
    SmsKind kind;
    QString name;          // "sign_in_otp"
    QStringList variables; // "otp", "minutes", ...
    // Sensitive kinds (OTPs) have their body redacted in the outbox once sent or failed, and the
    // gateways send them as OTP traffic.
    bool sensitive = false;
};

const QList<SmsKindInfo> &smsKinds();
const SmsKindInfo &smsKindInfo(SmsKind kind);
QString smsKindName(SmsKind kind);
std::optional<SmsKind> smsKindFromName(const QString &name);

// The languages every template exists in; Hindi is the default.
QStringList smsLanguages();
QString defaultSmsLanguage();

} // namespace nodues
