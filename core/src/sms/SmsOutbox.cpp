#include "sms/SmsOutbox.h"

#include "Clock.h"
#include "Timestamp.h"
#include "sms/SmsLogging.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"
#include "storage/WriteTransaction.h"

#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace nodues {

SmsOutbox::SmsOutbox(const SmsTemplates &templates)
    : m_templates(templates)
{
}

qint64 SmsOutbox::enqueue(WriteTransaction &transaction, const Clock &clock, SmsKind kind, const QString &language,
                          const QString &mobile, const SmsVariables &variables, QString *error) const
{
    static const QRegularExpression indianMobile(u"^[6-9][0-9]{9}$"_s);
    if (!indianMobile.match(mobile).hasMatch()) {
        *error = tr("Could not queue the SMS %1: the mobile number \"%2\" is not 10 digits starting with 6, 7, 8 or 9.")
                     .arg(smsKindName(kind), mobile);
        return -1;
    }
    if (!transaction.isActive()) {
        *error = tr("Could not queue the SMS %1: no write transaction is active.").arg(smsKindName(kind));
        return -1;
    }

    SmsRendered rendered;
    if (!m_templates.render(kind, language, variables, &rendered, error))
        return -1;

    const QString now = Timestamp::toStorage(clock.nowUtc());
    QSqlQuery query(transaction.db());
    const bool inserted = execPrepared(
        query,
        u"INSERT INTO sms_outbox (created_at, kind, language, template_id, sender_id, mobile, body, sensitive,"
        " encoding, part_count, status, attempt_count, next_attempt_at)"
        " VALUES (:created_at, :kind, :language, :template_id, :sender_id, :mobile, :body, :sensitive,"
        " :encoding, :part_count, 'pending', 0, :next_attempt_at) RETURNING id"_s,
        {{u"created_at"_s, now},
         {u"kind"_s, smsKindName(kind)},
         {u"language"_s, rendered.language},
         {u"template_id"_s, rendered.templateId},
         {u"sender_id"_s, rendered.senderId},
         {u"mobile"_s, mobile},
         {u"body"_s, rendered.body},
         {u"sensitive"_s, rendered.sensitive ? 1 : 0},
         {u"encoding"_s, smsEncodingName(rendered.segmentation.encoding)},
         {u"part_count"_s, rendered.segmentation.partCount},
         {u"next_attempt_at"_s, now}},
        error);
    if (!inserted || !query.next()) {
        if (inserted)
            *error = u"INSERT INTO sms_outbox returned no id"_s;
        *error = tr("Could not queue the SMS %1: %2").arg(smsKindName(kind), *error);
        return -1;
    }

    const qint64 id = query.value(0).toLongLong();
    qCInfo(lcSms) << "Queued SMS" << id << "kind" << smsKindName(kind) << "language" << rendered.language << "parts"
                  << rendered.segmentation.partCount;
    return id;
}

bool SmsOutbox::summarize(Database &database, const Clock &clock, SmsOutboxSummary *summary, QString *error)
{
    QSqlDatabase db = database.connection(error);
    if (!db.isOpen())
        return false;
    const QDateTime now = clock.nowUtc();

    QSqlQuery query(db);
    if (!execPlain(query, u"SELECT status, COUNT(*) FROM sms_outbox GROUP BY status"_s, error))
        return false;
    summary->countByStatus.clear();
    for (const QString &status : {u"pending"_s, u"sending"_s, u"sent"_s, u"failed"_s})
        summary->countByStatus.insert(status, 0);
    while (query.next())
        summary->countByStatus.insert(query.value(0).toString(), query.value(1).toLongLong());

    if (!execPrepared(query, u"SELECT COUNT(*) FROM sms_outbox WHERE status = 'pending' AND next_attempt_at <= :now"_s,
                      {{u"now"_s, Timestamp::toStorage(now)}}, error) ||
        !query.next())
        return false;
    summary->dueCount = query.value(0).toLongLong();

    if (!execPlain(query, u"SELECT MIN(created_at) FROM sms_outbox WHERE status IN ('pending', 'sending')"_s, error) ||
        !query.next())
        return false;
    const QDateTime oldest = Timestamp::fromStorage(query.value(0).toString());
    summary->oldestPendingAgeSeconds = oldest.isValid() ? oldest.secsTo(now) : -1;
    return true;
}

} // namespace nodues
