#pragma once

#include "print/PrintTarget.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

class QPainter;
class QPrinter;
class QTemporaryDir;

namespace nodues::workstation {

// The stage of a print: painting pages, or waiting for CUPS to find the printer or to accept
// the job.
enum class PrintStage { Painting, FindingPrinter, Sending };

// One certificate to print: its signed PDF, and which print of it this is.
struct CertificatePrintItem
{
    QString number;
    QByteArray pdf;     // the signed certificate as stored in the cache
    int copyNumber = 0; // 0 for the original; n > 0 for the n-th reprint, marked as a copy
};

// One print job: the pages of one or more certificates, as one job for a printer or as one PDF
// file.
//
// Pages: PdfPageRenderer (poppler) renders each page of the signed PDF at kDpi (annotations and
// form fields included, so the signature's appearance shows) and the image is drawn over a whole
// A4 portrait page. The job requests A4 whatever the default paper of the printer, the dialog or
// the locale, and no margins, because the certificate keeps its own 15 mm margins inside the page. A reprint gets the
// certificate renderer's copy mark, "प्रति n / COPY n" in a box at the top right, drawn as
// text, so that the printed words can be read back.
//
// Order of events: pages are painted first, and the job is handed over last (handOver()), so
// that the print journal can record the certificates as "sending" in between. Until handOver(),
// abort() or destroying the job prints nothing.
// - Printer, built with libcups: the first add() queries CUPS for the queue and whether it
//   takes A4 (CupsSubmission::checkQueue()). The pages are painted through QPrinter::PdfFormat
//   into a private file, and handOver() gives that file to CUPS as one job. Qt's own CUPS
//   engine would submit inside QPrinter::end() and cannot abort (see CupsSubmission).
// - Printer, without libcups (Windows): the pages go straight to the printer's QPrinter, whose
//   engine spools them itself; abort() calls QPrinter::abort().
// - PDF file: the pages go to "<file>.part" through QPrinter::PdfFormat, and handOver() renames
//   it to the file, replacing an older one.
//
// Painting runs on the calling thread, the GUI thread in the window (QPrinter and the poppler
// document are not shared across threads). The two calls to CUPS run on a worker thread
// (runOffThread()) while the calling thread waits in a local event loop. So the window keeps
// repainting when CUPS is slow or hangs, and the wait callback reports each wait.
class CertificatePrintJob final
{
    Q_DECLARE_TR_FUNCTIONS(CertificatePrintJob)

public:
    // The rendering resolution: 300 dpi keeps the QR code's 0.71 mm modules about 8 pixels wide.
    static constexpr int kDpi = 300;

    // Sent: handed to CUPS without a response, so it may print or not.
    enum class State { Idle, Painting, HandedOver, Sent, Aborted, Failed };

    // Called while the job waits for CUPS: when a wait starts and then every kOffThreadPollMs.
    // Returning false while FindingPrinter stops the wait and aborts the job, as afterPage() of
    // add() does. Returning false while Sending requests that CUPS withdraw the job, and the wait goes
    // on until CUPS confirms it or the call gives up (CupsSubmission).
    using WaitCallback = std::function<bool(PrintStage)>;

    // title names the job in CUPS and in the PDF; keep it ASCII (see PrintJobTitle).
    CertificatePrintJob(PrintTarget target, QString title);
    ~CertificatePrintJob();
    Q_DISABLE_COPY_MOVE(CertificatePrintJob)

    // The number of pages of pdf, or -1 with *error (translated) when it cannot be read.
    static int pageCount(const QByteArray &pdf, QString *error);

    // Paints item's pages, calling afterPage() after each one. Returns false with *error
    // (translated) on an error, which fails the job, and false with *error empty when
    // afterPage() returned false, which aborts the job.
    bool add(const CertificatePrintItem &item, const std::function<bool()> &afterPage, QString *error);

    void setWaitCallback(WaitCallback callback) { m_waitCallback = std::move(callback); }

    // Ends painting and hands the job over: to CUPS, or the PDF file into place. Returns false
    // with *error (translated) when nothing was handed over; the job is then failed. A job
    // withdrawn after a cancel during the wait returns false with *error empty and the state
    // Aborted. When CUPS may have the job without confirming it (it stopped responding and the
    // job could not be withdrawn, or the application is quitting), returns false with *error set
    // and the state Sent, because the job may still print.
    bool handOver(QString *error);
    // Drops the job: nothing reaches the printer and no PDF file is left.
    void abort();

    State state() const { return m_state; }
    int pagesPainted() const { return m_pagesPainted; }
    // The CUPS job id after handOver() to a printer through libcups; 0 otherwise.
    int cupsJobId() const { return m_cupsJobId; }
    const PrintTarget &target() const { return m_target; }

private:
    bool begin(QString *error);
    bool checkCupsQueue(QString *error);
    bool keepWaiting(PrintStage stage) const;
    void fail();
    QString partPath() const;

    PrintTarget m_target;
    QString m_title;
    State m_state = State::Idle;
    int m_pagesPainted = 0;
    int m_cupsJobId = 0;
    WaitCallback m_waitCallback;
    std::unique_ptr<QTemporaryDir> m_spoolDirectory;
    std::unique_ptr<QPrinter> m_printer;
    std::unique_ptr<QPainter> m_painter;
};

} // namespace nodues::workstation
