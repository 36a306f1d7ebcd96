#pragma once

// Sample officer sync entries (schema OfficerApplication) for the workstation's cache tests,
// shaped like the examples of GET /api/v1/officer/sync in docs/api/openapi.yaml.

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace nodues::test {

inline QJsonObject sampleCheck(const QString &check, bool passed)
{
    using namespace Qt::Literals::StringLiterals;
    return {{u"check"_s, check},     {u"title"_s, check.toUpper()}, {u"passed"_s, passed},
            {u"applicable"_s, true}, {u"reason"_s, u"Reason"_s},    {u"remedy"_s, passed ? u""_s : u"Pay"_s}};
}

inline QJsonObject sampleConnection(const QString &ivrs, const QString &link, bool primary)
{
    using namespace Qt::Literals::StringLiterals;
    return {{u"ivrs"_s, ivrs},
            {u"link"_s, link},
            {u"primary"_s, primary},
            {u"name"_s, u"Suresh Kumar"_s},
            {u"address"_s, u"14 Arera Colony, Bhopal"_s},
            {u"dc_code"_s, u"2030201"_s},
            {u"arrears_paise_at_submission"_s, -5000},
            {u"eligible_at_submission"_s, link != u"unlinked"_s},
            {u"in_billing_data"_s, true},
            {u"mobile_masked"_s, u"98XXXXX210"_s},
            {u"arrears_paise"_s, 78000},
            {u"arrears"_s, u"₹780.00"_s},
            {u"refreshed_at"_s, u"2026-12-05T00:36:00.945Z"_s},
            {u"eligible"_s, false},
            {u"checks"_s,
             QJsonArray{sampleCheck(u"dues"_s, false), sampleCheck(u"ekyc"_s, true), sampleCheck(u"meter"_s, true)}}};
}

// A submitted application of Ramesh Kumar in DC 2030201, due 2026-12-07T00:36:18.413Z.
inline QJsonObject sampleApplication(const QString &number, qint64 changeSeq, qint64 version = 1,
                                     const QString &status = QStringLiteral("submitted"))
{
    using namespace Qt::Literals::StringLiterals;
    const QJsonObject event{{u"event"_s, u"submitted"_s},           {u"status"_s, u"submitted"_s},
                            {u"actor"_s, u"consumer:98XXXXX210"_s}, {u"actor_name"_s, QJsonValue::Null},
                            {u"actor_name_hi"_s, QJsonValue::Null},
                            {u"at"_s, u"2026-12-05T00:36:18.413Z"_s},
                            {u"at_ist"_s, u"05-12-2026 06:06"_s},   {u"reason_code"_s, QJsonValue::Null},
                            {u"remarks"_s, QJsonValue::Null}};
    return {{u"number"_s, number},
            {u"status"_s, status},
            {u"status_title"_s, u"Submitted"_s},
            {u"kind"_s, u"connections"_s},
            {u"mobile_masked"_s, u"98XXXXX210"_s},
            {u"dc_code"_s, u"2030201"_s},
            {u"dc_name"_s, u"Arera Colony DC"_s},
            {u"dc_name_hi"_s, u"अरेरा कॉलोनी वितरण केंद्र"_s},
            {u"applicant"_s, QJsonObject{{u"name"_s, u"Ramesh Kumar"_s},
                                         {u"name_hi"_s, u"रमेश कुमार"_s},
                                         {u"relation"_s, u"father"_s},
                                         {u"relative_name"_s, u"Suresh Kumar"_s},
                                         {u"address"_s, u"12 Shivaji Nagar, Bhopal"_s}}},
            {u"election"_s, QJsonObject{{u"kind"_s, u"gram_panchayat_sarpanch"_s},
                                        {u"title"_s, u"Sarpanch, Gram Panchayat"_s},
                                        {u"body"_s, u"Gram Panchayat Bilkhiria"_s},
                                        {u"ward"_s, u"Ward 7"_s}}},
            {u"primary_ivrs"_s, u"0100000001"_s},
            {u"sms_language"_s, u"hi"_s},
            {u"submitted_at"_s, u"2026-12-05T00:36:18.413Z"_s},
            {u"submitted_at_ist"_s, u"05-12-2026 06:06"_s},
            {u"due_at"_s, u"2026-12-07T00:36:18.413Z"_s},
            {u"due_at_ist"_s, u"07-12-2026 06:06"_s},
            {u"updated_at"_s, u"2026-12-05T00:36:18.413Z"_s},
            {u"updated_at_ist"_s, u"05-12-2026 06:06"_s},
            {u"version"_s, version},
            {u"change_seq"_s, changeSeq},
            {u"sla"_s, QJsonObject{{u"due_at"_s, u"2026-12-07T00:36:18.413Z"_s},
                                   {u"due_at_ist"_s, u"07-12-2026 06:06"_s},
                                   {u"overdue"_s, false},
                                   {u"seconds_left"_s, 172753}}},
            {u"rejection"_s, QJsonValue::Null},
            {u"certificate"_s, QJsonValue::Null},
            {u"connections"_s, QJsonArray{sampleConnection(u"0100000001"_s, u"billing_mobile"_s, true),
                                          sampleConnection(u"2000000004"_s, u"pending_verification"_s, false)}},
            {u"events"_s, QJsonArray{event}}};
}

} // namespace nodues::test
