#pragma once

// Applications for the workstation's queue tests, built as the officer sync sends them
// (OfficerApplication in docs/api/openapi.yaml) and read back through CachedApplication::fromJson,
// so the tests feed the models exactly what the cache would hold.

#include "Timestamp.h"
#include "cache/CachedApplication.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTest>
#include <QUrl>
#include <QWidget>

namespace nodues::workstation::test {

struct ConnectionSpec
{
    QString ivrs;
    QString link = QStringLiteral("billing_mobile");
    bool primary = false;
    QString name = QStringLiteral("Billed Name");
    qint64 arrearsPaise = 0;
    bool inBillingData = true;
    bool ekycDone = true;
    bool meterWorking = true;
};

struct ApplicationSpec
{
    QString number;
    QString status = QStringLiteral("submitted");
    QString name = QStringLiteral("Ramesh Kumar");
    QString nameHi = QStringLiteral("रमेश कुमार");
    QString mobileMasked = QStringLiteral("98XXXXX210");
    QString dcCode = QStringLiteral("2030201");
    QString dcName = QStringLiteral("Arera Colony DC");
    QString dcNameHi = QStringLiteral("अरेरा कॉलोनी वितरण केंद्र");
    QString electionKind = QStringLiteral("gram_panchayat_sarpanch");
    QDateTime submittedAt = QDateTime(QDate(2026, 12, 4), QTime(10, 0), Qt::UTC);
    qint64 dueHours = 48;
    qint64 version = 1;
    qint64 changeSeq = 1;
    QList<ConnectionSpec> connections;
    // For approved and issued applications; publishedAt set means the signed PDF is uploaded.
    QString certificateNumber;
    QDateTime publishedAt;
    QString rejectionReason; // for rejected ones
};

inline QJsonObject checkJson(const QString &code, const QString &title, bool passed, const QString &reason)
{
    return QJsonObject{{QStringLiteral("check"), code},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("passed"), passed},
                       {QStringLiteral("applicable"), true},
                       {QStringLiteral("reason"), reason},
                       {QStringLiteral("remedy"), passed ? QString() : QStringLiteral("Fix it at the DC.")}};
}

inline QJsonObject connectionJson(const ConnectionSpec &spec, const QString &dcCode)
{
    const bool duesPassed = spec.arrearsPaise <= 0;
    QJsonArray checks;
    if (spec.inBillingData) {
        checks = QJsonArray{
            checkJson(QStringLiteral("dues"), QStringLiteral("Arrears"), duesPassed,
                      duesPassed ? QStringLiteral("No arrears are outstanding.")
                                 : QStringLiteral("Arrears are outstanding.")),
            checkJson(QStringLiteral("ekyc"), QStringLiteral("e-KYC"), spec.ekycDone,
                      spec.ekycDone ? QStringLiteral("e-KYC is done.") : QStringLiteral("e-KYC is pending.")),
            checkJson(QStringLiteral("meter"), QStringLiteral("Meter"), spec.meterWorking,
                      spec.meterWorking ? QStringLiteral("The meter is working.")
                                        : QStringLiteral("The meter is faulty."))};
    }
    const bool eligible = spec.inBillingData && duesPassed && spec.ekycDone && spec.meterWorking;
    return QJsonObject{
        {QStringLiteral("ivrs"), spec.ivrs},
        {QStringLiteral("link"), spec.link},
        {QStringLiteral("primary"), spec.primary},
        {QStringLiteral("name"), spec.name},
        {QStringLiteral("address"), QStringLiteral("12 Shivaji Nagar, Bhopal")},
        {QStringLiteral("dc_code"), dcCode},
        {QStringLiteral("arrears_paise_at_submission"), spec.arrearsPaise},
        {QStringLiteral("eligible_at_submission"), spec.link != QStringLiteral("unlinked") && eligible},
        {QStringLiteral("in_billing_data"), spec.inBillingData},
        {QStringLiteral("arrears_paise"), spec.inBillingData ? QJsonValue(spec.arrearsPaise) : QJsonValue()},
        {QStringLiteral("arrears"), QJsonValue()},
        {QStringLiteral("mobile_masked"), QJsonValue()},
        {QStringLiteral("refreshed_at"),
         spec.inBillingData ? QJsonValue(QStringLiteral("2026-12-01T00:30:00.000Z")) : QJsonValue()},
        {QStringLiteral("eligible"), eligible},
        {QStringLiteral("checks"), checks}};
}

inline QJsonObject eventJson(const QString &event, const QString &status, const QString &actor, const QDateTime &at,
                             const QString &reasonCode = {}, const QString &remarks = {})
{
    return QJsonObject{{QStringLiteral("event"), event},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("actor"), actor},
                       {QStringLiteral("actor_name"), actor.startsWith(QStringLiteral("officer:"))
                                                          ? QJsonValue(QStringLiteral("Test Officer"))
                                                          : QJsonValue()},
                       {QStringLiteral("actor_name_hi"), actor.startsWith(QStringLiteral("officer:"))
                                                             ? QJsonValue(QStringLiteral("परीक्षण अधिकारी"))
                                                             : QJsonValue()},
                       {QStringLiteral("at"), Timestamp::toStorage(at)},
                       {QStringLiteral("at_ist"), Timestamp::istDateTime(at)},
                       {QStringLiteral("reason_code"), reasonCode.isEmpty() ? QJsonValue() : QJsonValue(reasonCode)},
                       {QStringLiteral("remarks"), remarks.isEmpty() ? QJsonValue() : QJsonValue(remarks)}};
}

inline QJsonObject applicationJson(const ApplicationSpec &spec)
{
    const QDateTime dueAt = spec.submittedAt.addSecs(spec.dueHours * 3600);
    QJsonArray connections;
    for (const ConnectionSpec &connection : spec.connections)
        connections.append(connectionJson(connection, spec.dcCode));

    QJsonArray events{eventJson(QStringLiteral("submitted"), QStringLiteral("submitted"),
                                QStringLiteral("consumer:") + spec.mobileMasked, spec.submittedAt)};
    const QDateTime later = spec.submittedAt.addSecs(3600);
    if (spec.status != QStringLiteral("submitted") && spec.status != QStringLiteral("rejected"))
        events.append(eventJson(QStringLiteral("forwarded"), QStringLiteral("forwarded"),
                                QStringLiteral("officer:rkumar"), later, {},
                                QStringLiteral("Verified at the counter")));
    if (spec.status == QStringLiteral("approved") || spec.status == QStringLiteral("issued"))
        events.append(eventJson(QStringLiteral("approved"), QStringLiteral("approved"),
                                QStringLiteral("officer:dgm.city"), later.addSecs(3600)));
    if (spec.status == QStringLiteral("rejected"))
        events.append(eventJson(QStringLiteral("rejected"), QStringLiteral("rejected"),
                                QStringLiteral("officer:rkumar"), later, spec.rejectionReason,
                                QStringLiteral("New bill shows arrears")));

    QJsonValue certificate;
    if (!spec.certificateNumber.isEmpty()) {
        // A stand-in for the server's signed payload; the workstation only carries it to the QR.
        const QDateTime issuedAt = later.addSecs(3600);
        const QString payload = QString(QStringLiteral("1.") + spec.certificateNumber + QStringLiteral(".test-payload"));
        certificate = QJsonObject{
            {QStringLiteral("number"), spec.certificateNumber},
            {QStringLiteral("issued_at"), Timestamp::toStorage(issuedAt)},
            {QStringLiteral("issued_at_ist"), Timestamp::istDateTime(issuedAt)},
            {QStringLiteral("qr_payload"), payload},
            {QStringLiteral("verify_url"), QString(QStringLiteral("https://nodues.example.in/verify/") +
                                                       QString::fromLatin1(QUrl::toPercentEncoding(spec.certificateNumber)) +
                                                       QLatin1Char('#') + payload)},
            {QStringLiteral("published_at"),
             spec.publishedAt.isValid() ? QJsonValue(Timestamp::toStorage(spec.publishedAt)) : QJsonValue()},
            {QStringLiteral("published_at_ist"),
             spec.publishedAt.isValid() ? QJsonValue(Timestamp::istDateTime(spec.publishedAt)) : QJsonValue()},
            {QStringLiteral("download_path"), QJsonValue()},
            {QStringLiteral("revoked"), false},
            {QStringLiteral("revoked_at"), QJsonValue()},
            {QStringLiteral("revoked_at_ist"), QJsonValue()},
            {QStringLiteral("revoked_reason"), QJsonValue()}};
    }
    QJsonValue rejection;
    if (spec.status == QStringLiteral("rejected")) {
        rejection = QJsonObject{{QStringLiteral("reason_code"), spec.rejectionReason},
                                {QStringLiteral("remarks"), QStringLiteral("New bill shows arrears")}};
    }

    return QJsonObject{
        {QStringLiteral("number"), spec.number},
        {QStringLiteral("status"), spec.status},
        {QStringLiteral("status_title"), spec.status},
        {QStringLiteral("kind"),
         spec.connections.isEmpty() ? QStringLiteral("no_connection") : QStringLiteral("connections")},
        {QStringLiteral("mobile_masked"), spec.mobileMasked},
        {QStringLiteral("dc_code"), spec.dcCode},
        {QStringLiteral("dc_name"), spec.dcName},
        {QStringLiteral("dc_name_hi"), spec.dcNameHi},
        {QStringLiteral("applicant"),
         QJsonObject{{QStringLiteral("name"), spec.name},
                     {QStringLiteral("name_hi"), spec.nameHi},
                     {QStringLiteral("relation"), QStringLiteral("father")},
                     {QStringLiteral("relative_name"), QStringLiteral("Suresh Kumar")},
                     {QStringLiteral("address"), QStringLiteral("12 Shivaji Nagar, Bhopal")}}},
        {QStringLiteral("election"), QJsonObject{{QStringLiteral("kind"), spec.electionKind},
                                                 {QStringLiteral("title"), QStringLiteral("Sarpanch, Gram Panchayat")},
                                                 {QStringLiteral("body"), QStringLiteral("Gram Panchayat Bilkhiria")},
                                                 {QStringLiteral("ward"), QStringLiteral("Ward 7")}}},
        {QStringLiteral("primary_ivrs"),
         spec.connections.isEmpty() ? QJsonValue() : QJsonValue(spec.connections.first().ivrs)},
        {QStringLiteral("sms_language"), QStringLiteral("hi")},
        {QStringLiteral("submitted_at"), Timestamp::toStorage(spec.submittedAt)},
        {QStringLiteral("submitted_at_ist"), Timestamp::istDateTime(spec.submittedAt)},
        {QStringLiteral("due_at"), Timestamp::toStorage(dueAt)},
        {QStringLiteral("due_at_ist"), Timestamp::istDateTime(dueAt)},
        {QStringLiteral("updated_at"), Timestamp::toStorage(spec.submittedAt)},
        {QStringLiteral("updated_at_ist"), Timestamp::istDateTime(spec.submittedAt)},
        {QStringLiteral("version"), spec.version},
        {QStringLiteral("change_seq"), spec.changeSeq},
        {QStringLiteral("sla"), QJsonObject{{QStringLiteral("due_at"), Timestamp::toStorage(dueAt)},
                                            {QStringLiteral("due_at_ist"), Timestamp::istDateTime(dueAt)},
                                            {QStringLiteral("overdue"), false},
                                            {QStringLiteral("seconds_left"), 0}}},
        {QStringLiteral("rejection"), rejection},
        {QStringLiteral("certificate"), certificate},
        {QStringLiteral("connections"), connections},
        {QStringLiteral("events"), events}};
}

// The record the cache would hold for spec; fails the running test when it does not parse.
inline CachedApplication cachedApplication(const ApplicationSpec &spec)
{
    QString error;
    const std::optional<CachedApplication> application = CachedApplication::fromJson(applicationJson(spec), &error);
    if (!application) {
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
        return {};
    }
    return *application;
}

// Waits until window is the application's active window, as the keyboard needs it to be.
// QTest::qWaitForWindowActive() can return while Qt Widgets still names the previous window.
inline bool waitActive(QWidget *window)
{
    if (QApplication::activeWindow() != window)
        window->activateWindow();
    return QTest::qWaitFor([window] { return QApplication::activeWindow() == window; }, 5000);
}

// Types text into widget one character at a time, as a keyboard layout does for characters that
// have no Qt::Key (QTest::keyClicks() accepts only ASCII).
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar character : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(character), Qt::NoModifier);
}

// Saves widget as <build dir>/tests/test-artifacts/<name>-<hi|en>.png, the language taken from
// the default locale, and returns the path; fails the running test when the file cannot be written.
inline QString saveScreen(QWidget &widget, const QString &name)
{
    const QString directory = QCoreApplication::applicationDirPath() + QStringLiteral("/test-artifacts");
    QDir().mkpath(directory);
    const QString language = QLocale().language() == QLocale::Hindi ? QStringLiteral("hi") : QStringLiteral("en");
    const QString path = QStringLiteral("%1/%2-%3.png").arg(directory, name, language);
    if (!widget.grab().save(path))
        QTest::qFail(qPrintable(QStringLiteral("Could not save ") + path), __FILE__, __LINE__);
    return path;
}

} // namespace nodues::workstation::test
