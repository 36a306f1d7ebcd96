#include "billing/Money.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace nodues::Money {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Money)
};

constexpr quint64 maxPositivePaise = quint64(std::numeric_limits<qint64>::max());
// The magnitude of INT64_MIN, so that formatRupees(INT64_MIN) parses back.
constexpr quint64 maxNegativePaise = maxPositivePaise + 1;

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Checks the placement of thousands separators in the whole-rupee part. Groups are the runs of
// digits between commas; with no comma any number of digits is fine. Otherwise the last group has
// 3 digits and the earlier ones follow one grammar, never a mix of the two:
//   Western: 1 to 3 digits, then groups of 3   (123,456,789)
//   Indian:  1 or 2 digits, then groups of 2   (12,34,56,789)
// A single separator fits both ("1,234", "12,345"), and so does "123,456" as Western.
bool groupingIsValid(const QList<QStringView> &groups)
{
    if (groups.size() == 1)
        return true;
    if (groups.last().size() != 3 || groups.first().isEmpty() || groups.first().front() == u'0')
        return false;

    const QList<QStringView> middle = groups.mid(1, groups.size() - 2);
    const auto allOfSize = [&middle](qsizetype size) {
        return std::all_of(middle.begin(), middle.end(), [size](QStringView group) { return group.size() == size; });
    };
    const bool western = groups.first().size() <= 3 && allOfSize(3);
    const bool indian = groups.first().size() <= 2 && allOfSize(2);
    return western || indian;
}

} // namespace

std::optional<qint64> parseRupees(QStringView text, QString *reason)
{
    const QStringView trimmed = text.trimmed();
    const QString valueText = trimmed.toString();
    if (trimmed.isEmpty()) {
        *reason = Tr::tr("The amount is empty. Write it in rupees, such as 1250.50 or 0.");
        return std::nullopt;
    }

    // The sign, then an optional rupee sign as formatRupees writes it ("-₹12.50").
    QStringView rest = trimmed;
    const bool negative = rest.startsWith(u'-');
    if (negative)
        rest = rest.mid(1);
    if (rest.startsWith(u'₹'))
        rest = rest.mid(1);

    for (const QChar c : rest) {
        if (!isAsciiDigit(c) && c != u',' && c != u'.') {
            *reason = Tr::tr("\"%1\" is not a valid amount: \"%2\" is not allowed. Write digits with an optional "
                             "leading minus sign, such as -1,250.50.")
                          .arg(valueText, QString(c));
            return std::nullopt;
        }
    }

    if (!std::any_of(rest.begin(), rest.end(), isAsciiDigit)) {
        *reason = Tr::tr("\"%1\" is not a valid amount: it has no digits. Write it in rupees, such as 1250.50.")
                      .arg(valueText);
        return std::nullopt;
    }

    const qsizetype point = rest.indexOf(u'.');
    const QStringView wholePart = point < 0 ? rest : rest.left(point);
    const QStringView decimalPart = point < 0 ? QStringView() : rest.mid(point + 1);
    if (point >= 0 && (decimalPart.isEmpty() || decimalPart.size() > 2 || decimalPart.contains(u'.')
                       || decimalPart.contains(u','))) {
        *reason = Tr::tr("\"%1\" is not a valid amount: write one or two digits after the decimal point, "
                         "such as 1250.5 or 1250.50.")
                      .arg(valueText);
        return std::nullopt;
    }
    if (wholePart.isEmpty()) {
        *reason = Tr::tr("\"%1\" is not a valid amount: it has no digits before the decimal point. Write 0.50, "
                         "not .50.")
                      .arg(valueText);
        return std::nullopt;
    }

    const QList<QStringView> groups = wholePart.split(u',');
    if (!groupingIsValid(groups)) {
        *reason = Tr::tr("\"%1\" is not a valid amount: the thousands separators are misplaced. Use Indian "
                         "grouping (1,23,456.50), Western grouping (123,456.50) or none (123456.50).")
                      .arg(valueText);
        return std::nullopt;
    }

    // Accumulate the magnitude in paise, checking before each step that it cannot pass the limit.
    const quint64 limit = negative ? maxNegativePaise : maxPositivePaise;
    quint64 paise = 0;
    const auto appendDigit = [&paise, limit](QChar digit) {
        const quint64 value = quint64(digit.unicode() - u'0');
        if (paise > (limit - value) / 10)
            return false;
        paise = paise * 10 + value;
        return true;
    };
    bool fits = true;
    for (const QStringView group : groups) {
        for (const QChar c : group)
            fits = fits && appendDigit(c);
    }
    fits = fits && appendDigit(decimalPart.size() >= 1 ? decimalPart[0] : u'0');
    fits = fits && appendDigit(decimalPart.size() == 2 ? decimalPart[1] : u'0');
    if (!fits) {
        *reason = Tr::tr("\"%1\" is not a valid amount: it is too large to store. Check the value in the export.")
                      .arg(valueText);
        return std::nullopt;
    }

    if (!negative)
        return qint64(paise);
    // Negating in unsigned arithmetic reaches INT64_MIN without signed overflow; "-0.00" gives 0.
    return qint64(0 - paise);
}

QString formatRupees(qint64 paise)
{
    const bool negative = paise < 0;
    const quint64 magnitude = negative ? 0 - quint64(paise) : quint64(paise);
    const quint64 rupees = magnitude / 100;
    const quint64 fraction = magnitude % 100;

    // Indian grouping: a comma before the last three digits, then before every further pair
    // ("1,23,45,678").
    const QString digits = QString::number(rupees);
    QString grouped;
    grouped.reserve(digits.size() + digits.size() / 2);
    for (qsizetype i = 0; i < digits.size(); ++i) {
        const qsizetype remaining = digits.size() - i;
        if (i > 0 && remaining >= 3 && (remaining - 3) % 2 == 0)
            grouped += u',';
        grouped += digits[i];
    }

    const QString cents = fraction < 10 ? u"0"_s + QString::number(fraction) : QString::number(fraction);
    return (negative ? u"-₹"_s : u"₹"_s) + grouped + u'.' + cents;
}

} // namespace nodues::Money
