#include "security/OtpBinding.h"

#include "billing/MobileNumber.h"
#include "security/SecureRandom.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace nodues {

namespace {

bool isMobile(const QString &mobile)
{
    static const QRegularExpression pattern(u"^[6-9][0-9]{9}$"_s);
    return pattern.match(mobile).hasMatch();
}

bool isDigits(const QString &text)
{
    static const QRegularExpression pattern(u"^[0-9]{1,20}$"_s);
    return pattern.match(text).hasMatch();
}

} // namespace

QString otpPurposeCode(OtpPurpose purpose)
{
    switch (purpose) {
    case OtpPurpose::ConsumerSignIn:
        return u"consumer_sign_in"_s;
    case OtpPurpose::LinkConnection:
        return u"link_connection"_s;
    case OtpPurpose::SubmitApplication:
        return u"submit_application"_s;
    case OtpPurpose::OfficerSignIn:
        return u"officer_sign_in"_s;
    case OtpPurpose::OfficerDecision:
        return u"officer_decision"_s;
    case OtpPurpose::Revocation:
        return u"revocation"_s;
    }
    return {};
}

std::optional<OtpPurpose> otpPurposeFromCode(QStringView code)
{
    for (const OtpPurpose purpose :
         {OtpPurpose::ConsumerSignIn, OtpPurpose::LinkConnection, OtpPurpose::SubmitApplication,
          OtpPurpose::OfficerSignIn, OtpPurpose::OfficerDecision, OtpPurpose::Revocation}) {
        if (code == otpPurposeCode(purpose))
            return purpose;
    }
    return std::nullopt;
}

SmsKind otpSmsKind(OtpPurpose purpose)
{
    switch (purpose) {
    case OtpPurpose::ConsumerSignIn:
        return SmsKind::SignInOtp;
    case OtpPurpose::LinkConnection:
        return SmsKind::LinkConnectionOtp;
    case OtpPurpose::SubmitApplication:
        return SmsKind::ApplicationSubmitOtp;
    case OtpPurpose::OfficerSignIn:
        return SmsKind::OfficerSignInOtp;
    case OtpPurpose::OfficerDecision:
        return SmsKind::OfficerDecisionOtp;
    case OtpPurpose::Revocation:
        return SmsKind::RevocationOtp;
    }
    return SmsKind::SignInOtp;
}

OtpBinding OtpBinding::consumerSignIn(const QString &mobile)
{
    OtpBinding binding;
    binding.m_purpose = OtpPurpose::ConsumerSignIn;
    binding.m_subject = u"mobile:"_s + mobile;
    binding.m_value = mobile;
    if (!isMobile(mobile))
        binding.m_problem = tr("The mobile number \"%1\" is not 10 digits starting with 6, 7, 8 or 9.").arg(mobile);
    return binding;
}

OtpBinding OtpBinding::linkConnection(const QString &mobile, const QString &ivrs)
{
    OtpBinding binding = consumerSignIn(mobile);
    binding.m_purpose = OtpPurpose::LinkConnection;
    binding.m_value = mobile + u"/ivrs:"_s + ivrs;
    // The SMS goes to the connection's billing mobile, whose holder must see who is asking.
    binding.m_smsVariables = {{u"ivrs"_s, ivrs}, {u"requester"_s, MobileNumber::mask(mobile)}};
    if (binding.m_problem.isEmpty() && !isDigits(ivrs))
        binding.m_problem = tr("The IVRS number \"%1\" must be 1 to 20 digits.").arg(ivrs);
    return binding;
}

OtpBinding OtpBinding::submitApplication(const QString &mobile, const QString &contentSha256Hex)
{
    static const QRegularExpression sha256(u"^[0-9a-f]{64}$"_s);
    OtpBinding binding = consumerSignIn(mobile);
    binding.m_purpose = OtpPurpose::SubmitApplication;
    binding.m_value = mobile + u"/content:"_s + contentSha256Hex;
    if (binding.m_problem.isEmpty() && !sha256.match(contentSha256Hex).hasMatch())
        binding.m_problem =
            tr("The application content hash \"%1\" is not 64 lower-case hexadecimal digits.").arg(contentSha256Hex);
    return binding;
}

OtpBinding OtpBinding::officerSignIn(qint64 officerId)
{
    OtpBinding binding;
    binding.m_purpose = OtpPurpose::OfficerSignIn;
    binding.m_subject = u"officer:%1"_s.arg(officerId);
    binding.m_value = u"officer:%1"_s.arg(officerId);
    if (officerId <= 0)
        binding.m_problem = tr("The officer id %1 is invalid.").arg(officerId);
    return binding;
}

OtpBinding OtpBinding::officerDecision(qint64 officerId, const QString &action,
                                       const QList<ApplicationVersion> &applications)
{
    OtpBinding binding = officerSignIn(officerId);
    binding.m_purpose = OtpPurpose::OfficerDecision;
    binding.m_smsVariables = {{u"decision"_s, action}, {u"count"_s, QString::number(applications.size())}};

    QList<ApplicationVersion> sorted = applications;
    std::sort(sorted.begin(), sorted.end(), [](const ApplicationVersion &a, const ApplicationVersion &b) {
        return a.applicationNumber < b.applicationNumber;
    });

    // The canonical text names the officer, the action and each application at its version, one
    // per line, sorted. Its SHA-256 is the binding, so the code confirms exactly this set.
    QString canonical = u"officer_decision/v1\nofficer:%1\naction:%2\n"_s.arg(officerId).arg(action);
    QSet<QString> seen;
    for (const ApplicationVersion &application : sorted) {
        if (binding.m_problem.isEmpty() && application.applicationNumber.trimmed().isEmpty())
            binding.m_problem = tr("An application number of the decision is empty.");
        if (binding.m_problem.isEmpty() && application.version < 0)
            binding.m_problem = tr("The application %1 has the invalid version %2.")
                                    .arg(application.applicationNumber, QString::number(application.version));
        if (binding.m_problem.isEmpty() && seen.contains(application.applicationNumber))
            binding.m_problem =
                tr("The application %1 is listed twice in one decision.").arg(application.applicationNumber);
        seen.insert(application.applicationNumber);
        canonical += application.applicationNumber + u'@' + QString::number(application.version) + u'\n';
    }
    binding.m_value = u"officer:%1/%2/%3"_s.arg(officerId).arg(action, SecureRandom::sha256Hex(canonical.toUtf8()));

    if (binding.m_problem.isEmpty() && action != u"approve"_s && action != u"reject"_s)
        binding.m_problem = tr("The decision \"%1\" is unknown: use approve or reject.").arg(action);
    if (binding.m_problem.isEmpty() && applications.isEmpty())
        binding.m_problem = tr("A decision needs at least one application.");
    return binding;
}

OtpBinding OtpBinding::revocation(qint64 officerId, const QString &certificateNumber)
{
    OtpBinding binding = officerSignIn(officerId);
    binding.m_purpose = OtpPurpose::Revocation;
    binding.m_value = u"officer:%1/certificate:%2"_s.arg(officerId).arg(certificateNumber);
    binding.m_smsVariables = {{u"certificate_number"_s, certificateNumber}};
    if (binding.m_problem.isEmpty() && certificateNumber.trimmed().isEmpty())
        binding.m_problem = tr("The certificate number is missing.");
    return binding;
}

QString OtpBinding::digest() const
{
    return SecureRandom::sha256Hex(m_value.toUtf8());
}

} // namespace nodues
