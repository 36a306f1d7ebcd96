#include "billing/MobileNumber.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace nodues::MobileNumber {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MobileNumber)
};

constexpr qsizetype digitCount = 10;

} // namespace

std::optional<QString> normalize(QStringView text, QString *reason)
{
    const QStringView trimmed = text.trimmed();
    const QString valueText = trimmed.toString();
    if (trimmed.isEmpty()) {
        *reason = Tr::tr("The mobile number is empty. Write its 10 digits, such as 9876543210.");
        return std::nullopt;
    }

    // "+91" is the only country code accepted, and the 10 digits must follow it.
    QStringView rest = trimmed;
    const bool countryCode = rest.startsWith(u'+');
    if (countryCode) {
        if (!rest.startsWith(u"+91")) {
            *reason = Tr::tr("\"%1\" is not an Indian mobile number: only the country code +91 is accepted.")
                          .arg(valueText);
            return std::nullopt;
        }
        rest = rest.mid(3);
    }

    QString digits;
    digits.reserve(rest.size());
    for (const QChar c : rest) {
        if (c >= u'0' && c <= u'9')
            digits += c;
        else if (c != u' ' && c != u'-') {
            *reason = Tr::tr("\"%1\" is not a valid mobile number: \"%2\" is not allowed. Write digits, with "
                             "spaces or hyphens between them if you like.")
                          .arg(valueText, QString(c));
            return std::nullopt;
        }
    }

    // Without "+", 12 digits are 91 and the number, and 11 digits are 0 and the number.
    if (!countryCode && digits.size() == digitCount + 2 && digits.startsWith(u"91"))
        digits.remove(0, 2);
    else if (!countryCode && digits.size() == digitCount + 1 && digits.startsWith(u'0'))
        digits.remove(0, 1);
    if (digits.size() != digitCount) {
        *reason = Tr::tr("\"%1\" is not a valid mobile number: 10 digits are expected after an optional +91, 91 "
                         "or 0 prefix, but it has %2.")
                      .arg(valueText)
                      .arg(digits.size());
        return std::nullopt;
    }
    if (digits.front() < u'6') {
        *reason = Tr::tr("\"%1\" is not a valid mobile number: Indian mobile numbers start with 6, 7, 8 or 9, "
                         "not %2.")
                      .arg(valueText, QString(digits.front()));
        return std::nullopt;
    }
    return digits;
}

QString mask(const QString &mobile)
{
    if (mobile.size() <= 5)
        return QString(mobile.size(), u'X');
    return mobile.left(2) + QString(mobile.size() - 5, u'X') + mobile.right(3);
}

} // namespace nodues::MobileNumber
