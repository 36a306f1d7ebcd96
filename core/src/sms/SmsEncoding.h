#pragma once

#include <QString>

namespace nodues {

// How a text travels over the air: GSM 7-bit (GSM 03.38 default alphabet) when every character
// is in its basic set or extension table, else UCS-2 (UTF-16 code units on today's phones).
enum class SmsEncoding { Gsm7, Ucs2 };

// The parts a text takes as one (possibly concatenated) SMS.
//
// Limits per part: GSM 7-bit 160 septets for a single SMS and 153 per part of a longer one;
// UCS-2 70 code units and 67 per part. A character of the GSM extension table (^ { } \ [ ] ~ |
// and the euro sign, form feed) costs two septets, an escape and the character, and never
// straddles two parts; a UTF-16 surrogate pair (an emoji, for instance) never straddles two
// parts either, so a boundary that would split one moves before it and the part ends short.
struct SmsSegmentation
{
    SmsEncoding encoding = SmsEncoding::Gsm7;
    int partCount = 1;
    // Septets for GSM 7-bit, UTF-16 code units for UCS-2.
    int unitCount = 0;
};

SmsSegmentation segmentSms(const QString &text);

// True when every character of text is in the GSM 03.38 basic set or its extension table.
bool isGsm7Text(const QString &text);

// "GSM7" or "UCS2", the form stored in sms_outbox.encoding.
QString smsEncodingName(SmsEncoding encoding);

} // namespace nodues
