#include "sms/SmsEncoding.h"

#include <QList>

using namespace Qt::Literals::StringLiterals;

namespace nodues {

namespace {

constexpr int kGsm7SinglePart = 160;
constexpr int kGsm7MultiPart = 153;
constexpr int kUcs2SinglePart = 70;
constexpr int kUcs2MultiPart = 67;

// The GSM 03.38 default alphabet (3GPP TS 23.038, section 6.2.1), as Unicode code points. The
// escape code 0x1B is left out because it is not a character a text can contain.
const QString &basicSet()
{
    static const QString set = u"@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                               "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"_s;
    return set;
}

// The extension table reached through the escape code: each costs two septets.
const QString &extensionSet()
{
    static const QString set = u"\f^{}\\[~]|€"_s;
    return set;
}

// Counts the parts of a text cut into units, where unitCosts[i] is the cost of the i-th
// indivisible unit (a character, an escaped character or a surrogate pair).
int countParts(const QList<int> &unitCosts, int total, int singleLimit, int partLimit)
{
    if (total <= singleLimit)
        return 1;

    int parts = 1;
    int used = 0;
    for (const int cost : unitCosts) {
        if (used + cost > partLimit) {
            ++parts;
            used = 0;
        }
        used += cost;
    }
    return parts;
}

} // namespace

bool isGsm7Text(const QString &text)
{
    for (const QChar character : text) {
        if (!basicSet().contains(character) && !extensionSet().contains(character))
            return false;
    }
    return true;
}

SmsSegmentation segmentSms(const QString &text)
{
    SmsSegmentation result;
    QList<int> unitCosts;
    unitCosts.reserve(text.size());

    if (isGsm7Text(text)) {
        result.encoding = SmsEncoding::Gsm7;
        for (const QChar character : text)
            unitCosts.append(extensionSet().contains(character) ? 2 : 1);
    } else {
        result.encoding = SmsEncoding::Ucs2;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const bool pair = text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
            unitCosts.append(pair ? 2 : 1);
            if (pair)
                ++i;
        }
    }

    for (const int cost : std::as_const(unitCosts))
        result.unitCount += cost;
    result.partCount = result.encoding == SmsEncoding::Gsm7
                           ? countParts(unitCosts, result.unitCount, kGsm7SinglePart, kGsm7MultiPart)
                           : countParts(unitCosts, result.unitCount, kUcs2SinglePart, kUcs2MultiPart);
    return result;
}

QString smsEncodingName(SmsEncoding encoding)
{
    return encoding == SmsEncoding::Gsm7 ? u"GSM7"_s : u"UCS2"_s;
}

} // namespace nodues
