#pragma once

#include "sms/SmsKind.h"
#include "sms/SmsTemplates.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace nodues {

// The action an OTP confirms. The stored name (otp_challenge.purpose) is the code below.
enum class OtpPurpose {
    ConsumerSignIn,    // "consumer_sign_in": a consumer signs in with their mobile
    LinkConnection,    // "link_connection": a consumer links a connection; sent to its billing mobile
    SubmitApplication, // "submit_application": a consumer submits one exact application
    OfficerSignIn,     // "officer_sign_in": an officer's second step after the password
    OfficerDecision,   // "officer_decision": a division officer approves or rejects a batch
    Revocation,        // "revocation": an officer revokes a certificate
};

QString otpPurposeCode(OtpPurpose purpose);
std::optional<OtpPurpose> otpPurposeFromCode(QStringView code);
// The SMS kind that carries a code of this purpose.
SmsKind otpSmsKind(OtpPurpose purpose);

// One application of a decision batch, at the version the officer saw.
struct ApplicationVersion
{
    QString applicationNumber;
    qint64 version = 0;
};

// The exact thing an OTP confirms: its purpose and a canonical text of what it is bound to.
// The stored keyed hash covers purpose, binding text and code together, so a code sent for one
// binding never verifies for another, even if a caller forgot to compare bindings.
//
// Build bindings only with the factory functions. A factory given invalid input returns a binding
// whose problem() is set, and OtpService refuses it with that message.
class OtpBinding final
{
    Q_DECLARE_TR_FUNCTIONS(OtpBinding)

public:
    // Sign-in of the consumer with this mobile (10 digits).
    static OtpBinding consumerSignIn(const QString &mobile);
    // Linking connection ivrs to the consumer signed in with mobile.
    static OtpBinding linkConnection(const QString &mobile, const QString &ivrs);
    // Submitting, by the consumer with mobile, the application whose canonical content has this
    // SHA-256 (64 hex digits). Any change to the content needs a new code.
    static OtpBinding submitApplication(const QString &mobile, const QString &contentSha256Hex);
    // The second sign-in step of the officer with this id.
    static OtpBinding officerSignIn(qint64 officerId);
    // A decision ("approve" or "reject") by the officer on these applications at these versions.
    // Order does not matter: the list is sorted by application number. An empty list, an empty
    // number, a negative version or a number listed twice is invalid.
    static OtpBinding officerDecision(qint64 officerId, const QString &action,
                                      const QList<ApplicationVersion> &applications);
    // Revocation of one certificate by the officer with this id.
    static OtpBinding revocation(qint64 officerId, const QString &certificateNumber);

    OtpPurpose purpose() const { return m_purpose; }
    // Whose send cap the code counts against: "mobile:<10 digits>" or "officer:<id>".
    const QString &subject() const { return m_subject; }
    // The canonical binding text, e.g. "9876543210/ivrs:1234567890".
    const QString &value() const { return m_value; }
    // SHA-256 hex of value(), as stored in otp_challenge.binding_digest.
    QString digest() const;
    // The SMS variables besides {otp} and {minutes} that this purpose's template needs.
    const SmsVariables &smsVariables() const { return m_smsVariables; }
    // Empty when the binding is valid; otherwise what is wrong with the input, translated.
    const QString &problem() const { return m_problem; }

private:
    OtpBinding() = default;

    OtpPurpose m_purpose = OtpPurpose::ConsumerSignIn;
    QString m_subject;
    QString m_value;
    SmsVariables m_smsVariables;
    QString m_problem;
};

} // namespace nodues
