#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace nodues::MobileNumber {

// Normalizes an Indian mobile number to its 10 digits, starting 6 to 9. Accepts a leading
// "+91", "91" or "0", and spaces and hyphens between digits. Returns nothing and sets reason
// (translated) otherwise.
std::optional<QString> normalize(QStringView text, QString *reason);

// The number with its middle hidden, for every place the full number is not needed:
// "9876543210" -> "98XXXXX210".
QString mask(const QString &mobile);

} // namespace nodues::MobileNumber
