#pragma once

#include "sms/SmsGateway.h"

namespace nodues {

class Clock;

// Appends each message as one JSON line (id, mobile, kind, language, template_id, sender, body,
// parts, encoding, sent_at) to a spool file. It takes the place of a phone in the demo and in
// tests, which read OTPs from the file. It is the one place an OTP body leaves the database, so
// the file is created readable by its owner only.
//
// Several dispatchers, in one process or several, may append to the same file: each line is
// written by one write() on a descriptor opened with O_APPEND while an exclusive flock() is
// held, so lines never interleave.
class FileSmsGateway final : public SmsGateway
{
public:
    FileSmsGateway(QString path, const Clock &clock);

    QString name() const override { return QStringLiteral("file"); }
    SmsSendResult send(const SmsOutgoing &message) override;

private:
    QString m_path;
    const Clock &m_clock;
};

} // namespace nodues
