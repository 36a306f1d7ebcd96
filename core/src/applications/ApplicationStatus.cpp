#include "applications/ApplicationStatus.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace nodues {

namespace {

constexpr ApplicationStatus kStatuses[] = {ApplicationStatus::Submitted, ApplicationStatus::Forwarded,
                                           ApplicationStatus::Approved, ApplicationStatus::Rejected,
                                           ApplicationStatus::Issued};

} // namespace

QString applicationStatusCode(ApplicationStatus status)
{
    switch (status) {
    case ApplicationStatus::Submitted:
        return u"submitted"_s;
    case ApplicationStatus::Forwarded:
        return u"forwarded"_s;
    case ApplicationStatus::Approved:
        return u"approved"_s;
    case ApplicationStatus::Rejected:
        return u"rejected"_s;
    case ApplicationStatus::Issued:
        return u"issued"_s;
    }
    return {};
}

std::optional<ApplicationStatus> applicationStatusFromCode(QStringView code)
{
    for (const ApplicationStatus status : kStatuses) {
        if (applicationStatusCode(status) == code)
            return status;
    }
    return std::nullopt;
}

TranslatableText applicationStatusTitle(ApplicationStatus status)
{
    switch (status) {
    case ApplicationStatus::Submitted:
        return {"ApplicationStatus", QT_TRANSLATE_NOOP("ApplicationStatus", "Submitted, awaiting verification at the distribution centre"), {}};
    case ApplicationStatus::Forwarded:
        return {"ApplicationStatus", QT_TRANSLATE_NOOP("ApplicationStatus", "Verified and forwarded to the division"), {}};
    case ApplicationStatus::Approved:
        return {"ApplicationStatus", QT_TRANSLATE_NOOP("ApplicationStatus", "Approved; awaiting the division officer's signature"), {}};
    case ApplicationStatus::Rejected:
        return {"ApplicationStatus", QT_TRANSLATE_NOOP("ApplicationStatus", "Rejected"), {}};
    case ApplicationStatus::Issued:
        return {"ApplicationStatus", QT_TRANSLATE_NOOP("ApplicationStatus", "Certificate issued"), {}};
    }
    return {};
}

bool isOpen(ApplicationStatus status)
{
    return status == ApplicationStatus::Submitted || status == ApplicationStatus::Forwarded ||
           status == ApplicationStatus::Approved;
}

} // namespace nodues
