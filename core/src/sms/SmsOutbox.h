#pragma once

#include "sms/SmsKind.h"
#include "sms/SmsTemplates.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace nodues {

class Clock;
class Database;
class WriteTransaction;

// Counts of the outbox by status, for `nodues-server sms status`.
struct SmsOutboxSummary
{
    QMap<QString, qint64> countByStatus; // "pending", "sending", "sent", "failed"
    qint64 dueCount = 0;                 // pending rows whose next attempt is due now
    qint64 oldestPendingAgeSeconds = -1; // age of the oldest pending or sending row, -1 when none
};

// The table sms_outbox: each SMS is a row written in the same transaction as the event that
// causes it, so the event and its SMS commit or roll back together. SmsDispatcher sends rows
// later. Bodies are never logged; OTP bodies are redacted once the row is sent or has failed.
class SmsOutbox final
{
    Q_DECLARE_TR_FUNCTIONS(SmsOutbox)

public:
    explicit SmsOutbox(const SmsTemplates &templates);

    // Renders kind in language for mobile (10 digits starting 6 to 9) and inserts it as a pending
    // row inside transaction, due at once. Returns the row id, or -1 with error set.
    qint64 enqueue(WriteTransaction &transaction, const Clock &clock, SmsKind kind, const QString &language,
                   const QString &mobile, const SmsVariables &variables, QString *error) const;

    static bool summarize(Database &database, const Clock &clock, SmsOutboxSummary *summary, QString *error);

private:
    const SmsTemplates &m_templates;
};

} // namespace nodues
