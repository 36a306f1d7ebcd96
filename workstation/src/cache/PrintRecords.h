#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace nodues::workstation {

// One print of one certificate in the print journal (PrintJournal).
//
// States:
//   sending      recorded just before the job left for the printer (or the PDF file was moved
//                into place). A workstation that stops here, in a crash or a power cut, cannot
//                tell whether the paper came out. So the entry stays "sending" until the officer
//                decides, and the certificate is not printed again on its own.
//   printed      the printer took the job (CUPS accepted it, or the PDF file was written).
//   failed       the job was refused; nothing of it printed.
//   unconfirmed  was "sending" after a crash, and the officer chose to print the certificate
//                again instead of confirming it: it may have printed, so the next print is a
//                copy.
// Copy numbers count every print that is or may be on paper (printed, sending, unconfirmed):
// 0 is the original, n the n-th reprint, which is marked "COPY n".
enum class PrintState { Sending, Printed, Failed, Unconfirmed };

QString printStateCode(PrintState state); // sending, printed, failed, unconfirmed
std::optional<PrintState> printStateFromCode(const QString &code);

// Whether the server has a print entry (PrintUploads). Only printed and unconfirmed entries are
// sent; a sending one waits until the printer or the officer settles it.
//   pending     not on the server yet; sent when nextUploadAt is invalid or has passed
//   uploaded    the server recorded it (201, or 200 for the same report again)
//   rejected    the server rejected it for a reason a retry cannot fix: a 4xx other than 401 and
//               certificate_not_published, or a server error that persisted. Its code and
//               message are kept, and it is never sent again.
//   not_needed  a failed print: nothing of it is on paper
enum class PrintUploadState { Pending, Uploaded, Rejected, NotNeeded };
QString printUploadStateCode(PrintUploadState state); // pending, uploaded, rejected, not_needed
std::optional<PrintUploadState> printUploadStateFromCode(const QString &code);

struct PrintEntry
{
    qint64 id = 0;
    QString number;     // the certificate number
    int copyNumber = 0; // 0 for the original
    std::optional<qint64> batchId;
    PrintState state = PrintState::Sending;
    QString printer; // the queue name, or "pdf:<folder>" for PDF files (PrintTarget::journalName())
    QString officer; // the username of the officer who printed
    int cupsJobId = 0;
    QString error;        // why a failed print failed
    QDateTime recordedAt; // the last change of state, UTC
    QString printId;      // a UUID, the key of the entry's upload to the server
    QDateTime sentAt;     // UTC: when the job left for the printer, the print time the server gets
    PrintUploadState uploadState = PrintUploadState::Pending;
    // For rejected: the server's error code and message. While pending after a failed try:
    // "network" or the server's code of the latest try, and its message.
    QString uploadErrorCode;
    QString uploadErrorMessage;
    int uploadAttempts = 0;
    QDateTime nextUploadAt; // UTC; invalid for "now"
};

// The choice of certificates in a batch: the officer's selection (or the command line's
// --numbers), or every certificate of the office not yet printed.
enum class BatchSelection { Chosen, AllUnprinted };
// The state of a batch. open: being printed, or interrupted by a crash. done: printed, and its
// entries record how each certificate went. cancelled: the officer cancelled before the job
// left, so nothing of it printed. failed: the printer rejected the job.
enum class BatchState { Open, Done, Cancelled, Failed };

QString batchSelectionCode(BatchSelection selection); // chosen, all_unprinted
std::optional<BatchSelection> batchSelectionFromCode(const QString &code);
QString batchStateCode(BatchState state); // open, done, cancelled, failed
std::optional<BatchState> batchStateFromCode(const QString &code);

// A batch print: one job with the certificates chosen at its start, in print order.
struct PrintBatchRecord
{
    qint64 id = 0;
    QDateTime createdAt; // UTC
    QString printer;
    QString officer;
    BatchSelection selection = BatchSelection::Chosen;
    QStringList numbers; // the certificates to print, in order
    BatchState state = BatchState::Open;
    QDateTime updatedAt; // UTC

    int total() const { return int(numbers.size()); }
};

} // namespace nodues::workstation
