#pragma once

#include <QString>
#include <QStringView>

namespace nodues::IvrsNumber {

// An IVRS number is the consumer number of the billing system (NGB): digits only, kept as text
// so leading zeros survive. Every number seen in the field has 10 digits, but the rule accepts
// 1 to 20 digits so a different length from the export is stored rather than guessed at.
bool isValid(QStringView text, QString *reason);

} // namespace nodues::IvrsNumber
