#pragma once

#include "TranslatableText.h"

#include <QString>

#include <optional>

namespace nodues {

// The life of an application:
//   submitted -> forwarded (by the DC clerk) -> approved (by the division officer) -> issued
//   (the signed certificate was uploaded); submitted or forwarded -> rejected.
// submitted, forwarded and approved are open: a mobile may have one open application at a time.
enum class ApplicationStatus { Submitted, Forwarded, Approved, Rejected, Issued };

QString applicationStatusCode(ApplicationStatus status);
std::optional<ApplicationStatus> applicationStatusFromCode(QStringView code);
// For people, marked for translation: "Rejected", "Certificate issued", ...
TranslatableText applicationStatusTitle(ApplicationStatus status);
bool isOpen(ApplicationStatus status);

} // namespace nodues
