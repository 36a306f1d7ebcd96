#include "certificates/CertificatePrints.h"

#include "Clock.h"
#include "Timestamp.h"
#include "applications/ChangeSequence.h"
#include "audit/AuditLog.h"
#include "officers/Jurisdiction.h"
#include "officers/Officer.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"
#include "storage/WriteTransaction.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace nodues {

QString reportedPrintStateCode(ReportedPrintState state)
{
    return state == ReportedPrintState::Unconfirmed ? u"unconfirmed"_s : u"printed"_s;
}

std::optional<ReportedPrintState> reportedPrintStateFromCode(const QString &code)
{
    if (code == u"printed"_s)
        return ReportedPrintState::Printed;
    if (code == u"unconfirmed"_s)
        return ReportedPrintState::Unconfirmed;
    return std::nullopt;
}

namespace CertificatePrints {

namespace {

// The certificate row as recording a print needs it.
struct PrintTarget
{
    qint64 certificateId = 0;
    qint64 applicationId = 0;
    QString applicationNumber;
    QString dcCode;
    bool published = false;
    QDateTime revokedAt; // invalid unless revoked
};

std::optional<PrintTarget> findTarget(WriteTransaction &transaction, const QString &number, QString *error)
{
    QSqlQuery query(transaction.db());
    if (!execPrepared(query,
                      u"SELECT c.id, a.id, a.number, a.dc_code, c.published_at, c.revoked_at FROM certificate c"
                      " JOIN application a ON a.id = c.application_id WHERE c.number = :number"_s,
                      {{u"number"_s, number}}, error) ||
        !query.next())
        return std::nullopt;
    PrintTarget target;
    target.certificateId = query.value(0).toLongLong();
    target.applicationId = query.value(1).toLongLong();
    target.applicationNumber = query.value(2).toString();
    target.dcCode = query.value(3).toString();
    target.published = !query.value(4).isNull();
    if (!query.value(5).isNull())
        target.revokedAt = Timestamp::fromStorage(query.value(5).toString());
    return target;
}

// The row recorded under printId, with the officer's id for comparing; nothing when none.
struct ExistingPrint
{
    StoredPrint print;
    qint64 certificateId = 0;
    qint64 officerId = 0;
};

std::optional<ExistingPrint> findPrint(WriteTransaction &transaction, const QString &printId, QString *error)
{
    QSqlQuery query(transaction.db());
    if (!execPrepared(query,
                      u"SELECT p.certificate_id, c.number, p.copy_no, p.officer_id, o.username, p.printed_at,"
                      " p.received_at, p.state, c.revoked_at FROM certificate_print p"
                      " JOIN certificate c ON c.id = p.certificate_id JOIN officer o ON o.id = p.officer_id"
                      " WHERE p.print_id = :print_id"_s,
                      {{u"print_id"_s, printId}}, error) ||
        !query.next())
        return std::nullopt;
    ExistingPrint existing;
    existing.certificateId = query.value(0).toLongLong();
    existing.print.certificateNumber = query.value(1).toString();
    existing.print.printId = printId;
    existing.print.copyNumber = query.value(2).toInt();
    existing.officerId = query.value(3).toLongLong();
    existing.print.officer = query.value(4).toString();
    existing.print.printedAt = Timestamp::fromStorage(query.value(5).toString());
    existing.print.receivedAt = Timestamp::fromStorage(query.value(6).toString());
    existing.print.state = reportedPrintStateFromCode(query.value(7).toString()).value_or(ReportedPrintState::Printed);
    const QDateTime revokedAt = Timestamp::fromStorage(query.value(8).toString());
    existing.print.afterRevocation = revokedAt.isValid() && existing.print.printedAt >= revokedAt;
    return existing;
}

bool summaryOn(QSqlDatabase db, const QString &number, PrintSummary *summary, QString *error)
{
    *summary = PrintSummary{};
    QSqlQuery query(db);
    if (!execPrepared(query,
                      u"SELECT COUNT(*), MAX(p.copy_no) FROM certificate_print p"
                      " JOIN certificate c ON c.id = p.certificate_id WHERE c.number = :number"_s,
                      {{u"number"_s, number}}, error) ||
        !query.next())
        return false;
    summary->count = query.value(0).toInt();
    summary->highestCopyNumber = summary->count == 0 ? -1 : query.value(1).toInt();
    return true;
}

bool isValidReport(const PrintReport &report, const QDateTime &now)
{
    return isValidPrintId(report.printId) && report.printId == report.printId.toLower() &&
           isValidCopyNumber(report.copyNumber) && isPlausiblePrintTime(report.printedAt, now);
}

} // namespace

bool isValidPrintId(const QString &printId)
{
    static const QRegularExpression shape(
        u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_s);
    return shape.match(printId).hasMatch();
}

bool isValidCopyNumber(qint64 copyNumber)
{
    return copyNumber >= 0 && copyNumber <= kMaxCopyNumber;
}

bool isPlausiblePrintTime(const QDateTime &printedAt, const QDateTime &now)
{
    return printedAt.isValid() && printedAt <= now.addSecs(kMaxClockAheadSeconds);
}

bool record(WriteTransaction &transaction, const Clock &clock, const Officer &officer, const Jurisdiction &jurisdiction,
            const QString &certificateNumber, const PrintReport &report, PrintRecordResult *result, QString *error)
{
    *result = PrintRecordResult{};
    error->clear();
    const QDateTime now = clock.nowUtc();
    if (!isValidReport(report, now)) {
        result->status = PrintRecordStatus::InvalidReport;
        return true;
    }

    // The chain's head first, as in every workflow transaction, so two reports of one print id
    // run one after the other and the second finds the first's row.
    if (!AuditLog::lockHead(transaction, error))
        return false;
    const std::optional<PrintTarget> target = findTarget(transaction, certificateNumber, error);
    if (!error->isEmpty())
        return false;
    if (!target || !jurisdiction.coversCertificateOfDc(target->dcCode)) {
        result->status = PrintRecordStatus::NotFound;
        return true;
    }
    result->applicationNumber = target->applicationNumber;

    // Stored instants have millisecond precision, so the report is compared in that form.
    const QString printedAtText = Timestamp::toStorage(report.printedAt);
    const std::optional<ExistingPrint> existing = findPrint(transaction, report.printId, error);
    if (!error->isEmpty())
        return false;
    if (existing) {
        result->print = existing->print;
        const bool same = existing->certificateId == target->certificateId &&
                          existing->print.copyNumber == report.copyNumber &&
                          Timestamp::toStorage(existing->print.printedAt) == printedAtText &&
                          existing->print.state == report.state && existing->officerId == officer.id;
        result->status = same ? PrintRecordStatus::AlreadyRecorded : PrintRecordStatus::PrintIdConflict;
        return !same || summaryOn(transaction.db(), certificateNumber, &result->summary, error);
    }
    if (!target->published) {
        result->status = PrintRecordStatus::NotPublished;
        return true;
    }

    StoredPrint &print = result->print;
    print.certificateNumber = certificateNumber;
    print.printId = report.printId;
    print.copyNumber = report.copyNumber;
    print.officer = officer.username;
    print.printedAt = Timestamp::fromStorage(printedAtText);
    print.receivedAt = Timestamp::fromStorage(Timestamp::toStorage(now));
    print.state = report.state;
    print.afterRevocation = target->revokedAt.isValid() && print.printedAt >= target->revokedAt;
    QSqlQuery query(transaction.db());
    if (!execPrepared(query,
                      u"INSERT INTO certificate_print (certificate_id, print_id, copy_no, officer_id, printed_at,"
                      " received_at, state) VALUES (:certificate, :print_id, :copy, :officer, :printed_at,"
                      " :received_at, :state)"_s,
                      {{u"certificate"_s, target->certificateId},
                       {u"print_id"_s, print.printId},
                       {u"copy"_s, print.copyNumber},
                       {u"officer"_s, officer.id},
                       {u"printed_at"_s, printedAtText},
                       {u"received_at"_s, Timestamp::toStorage(print.receivedAt)},
                       {u"state"_s, reportedPrintStateCode(print.state)}},
                      error) ||
        !ChangeSequence::touchApplication(transaction, target->applicationId, error))
        return false;

    QJsonObject details{{u"application"_s, target->applicationNumber},
                        {u"print_id"_s, print.printId},
                        {u"copy_number"_s, print.copyNumber},
                        {u"printed_at"_s, printedAtText},
                        {u"state"_s, reportedPrintStateCode(print.state)}};
    if (print.afterRevocation)
        details.insert(u"after_revocation"_s, true);
    const AuditEntry entry{u"officer:"_s + officer.username, u"certificate.print"_s, u"certificate"_s,
                           certificateNumber, details};
    if (!AuditLog::append(transaction, clock, entry, error) ||
        !summaryOn(transaction.db(), certificateNumber, &result->summary, error))
        return false;
    result->status = PrintRecordStatus::Recorded;
    return true;
}

bool summary(Database &database, const QString &certificateNumber, PrintSummary *result, QString *error)
{
    error->clear();
    QSqlDatabase db = database.connection(error);
    if (!db.isOpen())
        return false;
    return summaryOn(db, certificateNumber, result, error);
}

} // namespace CertificatePrints
} // namespace nodues
