#include "billing/IvrsNumber.h"

#include <QCoreApplication>

namespace nodues::IvrsNumber {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(IvrsNumber)
};

constexpr qsizetype maxDigits = 20;

} // namespace

bool isValid(QStringView text, QString *reason)
{
    if (text.isEmpty()) {
        *reason = Tr::tr("The IVRS number is empty. Write the consumer's IVRS number as printed on the bill.");
        return false;
    }
    for (const QChar c : text) {
        if (c < u'0' || c > u'9') {
            *reason = Tr::tr("\"%1\" is not a valid IVRS number: \"%2\" is not a digit. An IVRS number has digits "
                             "only.")
                          .arg(text.toString(), QString(c));
            return false;
        }
    }
    if (text.size() > maxDigits) {
        *reason = Tr::tr("\"%1\" is not a valid IVRS number: it has %2 digits, more than the %3 allowed.")
                      .arg(text.toString())
                      .arg(text.size())
                      .arg(maxDigits);
        return false;
    }
    return true;
}

} // namespace nodues::IvrsNumber
