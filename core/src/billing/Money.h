#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace nodues::Money {

// Parses an amount in rupees as the billing export writes it into integer paise:
// an optional minus sign (a credit), digits with optional thousands separators in Indian
// ("1,23,456.50") or Western ("123,456.50") grouping, and at most two decimals.
// Surrounding spaces are ignored, and a "₹" right after the optional minus sign is accepted so
// that every string formatRupees writes parses back to the same paise. "-0.00" is 0.
// Returns nothing and sets reason (translated, naming the value) when text is not such an
// amount or lies outside the range of qint64 paise.
std::optional<qint64> parseRupees(QStringView text, QString *reason);

// Formats paise as rupees with Indian digit grouping: 12345650 -> "₹1,23,456.50",
// -1250 -> "-₹12.50", 0 -> "₹0.00".
QString formatRupees(qint64 paise);

} // namespace nodues::Money
