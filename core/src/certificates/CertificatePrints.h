#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace nodues {

class Clock;
class Database;
class Jurisdiction;
class WriteTransaction;
struct Officer;

// The state a workstation reports for a print: printed (the printer took the job), or
// unconfirmed (the workstation stopped while handing the job over, so the pages may be on paper).
enum class ReportedPrintState { Printed, Unconfirmed };
QString reportedPrintStateCode(ReportedPrintState state); // printed, unconfirmed
std::optional<ReportedPrintState> reportedPrintStateFromCode(const QString &code);

// One print as a workstation reports it.
struct PrintReport
{
    QString printId;     // the UUID the workstation gave its print entry, lower-case canonical form
    int copyNumber = 0;  // 0 for the original, n for the page marked "COPY n"
    QDateTime printedAt; // UTC, by the workstation's clock: when the job left for the printer
    ReportedPrintState state = ReportedPrintState::Printed;
};

// One print as the server stores it.
struct StoredPrint
{
    QString certificateNumber;
    QString printId;
    int copyNumber = 0;
    QString officer; // the username of the officer who reported it
    QDateTime printedAt;
    QDateTime receivedAt; // UTC, by the server's clock
    ReportedPrintState state = ReportedPrintState::Printed;
    // The print is dated at or after the certificate's revocation: a workstation printed it
    // before it learnt of the revocation.
    bool afterRevocation = false;
};

// The prints recorded on the server for one certificate.
struct PrintSummary
{
    int count = 0;
    int highestCopyNumber = -1; // -1 while no print is known
};

enum class PrintRecordStatus {
    Recorded,        // a new row; print is that row
    AlreadyRecorded, // the print id was recorded before with the same content; print is that row
    PrintIdConflict, // the print id was recorded before with other content; print is that row
    NotFound,        // no certificate has the number, or it is outside the officer's jurisdiction
    NotPublished,    // the certificate's signed PDF is not published yet, so nothing can be printed
    InvalidReport,   // a field of the report fails the checks below
};

struct PrintRecordResult
{
    PrintRecordStatus status = PrintRecordStatus::Recorded;
    StoredPrint print;
    QString applicationNumber;
    PrintSummary summary; // of the certificate after this call, for Recorded and AlreadyRecorded
};

// The prints of issued certificates that officers' workstations report (table certificate_print),
// so every workstation of an office numbers its next print after the prints made on other PCs.
//
// Who: any officer role, for certificates within the officer's jurisdiction, the same rule as
// the officer's download of the signed PDF (Jurisdiction::coversCertificateOfDc()).
//
// State: the certificate must be published, because only its signed PDF is printed. A revoked
// certificate's print is recorded too, because a paper copy of a revoked certificate is exactly
// what officers need to know about. It is marked afterRevocation when printedAt is at or after the
// revocation (a workstation that printed offline before it learnt of it).
//
// Idempotency: the print id identifies the report. The same id with the same certificate, copy
// number, print time, state and officer returns the stored row and writes nothing; with any of
// them different it is a conflict, and nothing is written either.
namespace CertificatePrints {

// The largest copy number accepted. A certificate reprinted this often points to a fault.
inline constexpr int kMaxCopyNumber = 999;
// How far a reported print time may lie after the server's clock: workstation clocks drift.
inline constexpr qint64 kMaxClockAheadSeconds = 24 * 3600;

// A UUID in canonical form, 8-4-4-4-12 hexadecimal digits; upper-case digits are accepted.
bool isValidPrintId(const QString &printId);
bool isValidCopyNumber(qint64 copyNumber);
// Whether printedAt is a valid instant no later than kMaxClockAheadSeconds after now.
bool isPlausiblePrintTime(const QDateTime &printedAt, const QDateTime &now);

// Records report as a print of certificateNumber by officer, whose jurisdiction is given. Checks
// the report, the certificate (NotFound, NotPublished) and the print id, then writes the row, an
// audit row "certificate.print", and a new change sequence value for the application, so officers'
// sync sends the application again with its print summary. Runs inside the caller's transaction.
// Returns false with error set only on a database failure; on any status but Recorded nothing was
// written.
bool record(WriteTransaction &transaction, const Clock &clock, const Officer &officer, const Jurisdiction &jurisdiction,
            const QString &certificateNumber, const PrintReport &report, PrintRecordResult *result, QString *error);

// The prints known of certificateNumber; zero prints for an unknown number. Returns false with
// error set on a database failure.
bool summary(Database &database, const QString &certificateNumber, PrintSummary *result, QString *error);

} // namespace CertificatePrints
} // namespace nodues
