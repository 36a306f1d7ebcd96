#pragma once

#include "cache/CachedApplication.h"
#include "gui/MainWindowServices.h"
#include "gui/OfficerProfile.h"
#include "print/CertificatePrintRun.h"
#include "print/PrintTarget.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

class QAction;
class QPrinter;
class QWidget;

namespace nodues::workstation {

// The print actions of the main window, as QActions with keyboard shortcuts, for clerks and
// division officers (an administrator only reads):
//   Print (Ctrl+P)              the current application's signed certificate, after the print
//                               dialog; a certificate printed before prints as the next copy,
//                               after a question.
//   Print preview (Ctrl+Alt+P)  the same pages in QPrintPreviewDialog; its Print button prints
//                               as Print does, with the same question before a copy.
//   Batch print (Ctrl+Shift+P)  the chosen certificates, or every certificate of the office not
//                               yet printed (BatchPrintDialog), as one job after the print
//                               dialog, with a progress dialog whose Cancel drops the job: then
//                               nothing prints and nothing is recorded printed.
// Everything works offline: the signed PDFs and the print journal are in the cache (see
// CertificatePrintRun). A certificate whose signed PDF the server refused does not print: Print
// and Print preview stay enabled for it and show the reason and what to do. The printer is the one
// chosen in Settings, preselected in the print dialog; "Print to file" there writes a PDF
// instead. Print jobs have ASCII names (PrintJobTitle). The calls to CUPS run off the GUI thread
// while the progress dialog shows; Cancel works until the job is being sent.
// NOTE: QPrintDialog itself lists the printers through Qt on the GUI thread.
//
// After a crash, checkUnfinishedPrints() (called once the window shows) lists the prints left
// "sending" (UncertainPrintsDialog: mark as printed, print again as copies, or decide later), then
// offers to finish each batch that was interrupted before its job left.
//
// Dialogs run through the Prompter (the print dialog, the preview, the batch and crash dialogs),
// so tests can script them without timers. The progress dialog is modal, and pagePrinted() is
// emitted after each page.
class CertificatePrinting final : public QObject
{
    Q_OBJECT

public:
    CertificatePrinting(const MainWindowServices &services, const OfficerProfile &officer, QWidget *window);

    QAction *printAction() const { return m_printAction; }
    QAction *printPreviewAction() const { return m_previewAction; }
    QAction *batchPrintAction() const { return m_batchAction; }
    // The actions the officer's role offers, in toolbar order.
    QList<QAction *> roleActions() const;
    // The same with Print preview, for the Certificates menu.
    QList<QAction *> menuActions() const;

    // The application with the keyboard focus and the selected ones; the actions follow them.
    void setCurrent(const std::optional<CachedApplication> &current, const QList<CachedApplication> &selection);
    // Reads the cache again for the signed PDFs of the current application (after a sync).
    void refresh();
    void retranslate();

    void print();
    void printPreview();
    void batchPrint();
    // Asks about prints left "sending" and batches left open by a crash. Returns at once when
    // there are none.
    void checkUnfinishedPrints();

    // The outcome of the latest print, batch print or resumed batch; for tests and the status bar.
    const std::optional<CertificatePrintRun::Result> &lastResult() const { return m_lastResult; }

signals:
    // After each page of a job is painted; cancelling the progress dialog now drops the job.
    void pagePrinted(int pagesDone, const QString &certificateNumber);
    // A job reached the printer with these certificates.
    void certificatesPrinted(const QStringList &certificateNumbers);
    // The print started waiting for CUPS (stage FindingPrinter or Sending). The window keeps
    // processing events during the wait, with the progress dialog showing.
    void waitingForPrinter(PrintStage stage);

private:
    void updateEnabled();
    std::optional<QString> currentPrintable(QString *reason) const;
    // Whether the current certificate's signed PDF was refused by the server.
    bool currentRefused() const;
    QStringList selectedCertificates() const;

    // Shows the print dialog titled dialogTitle for the job jobTitle, with the chosen printer (or
    // the batch's, when set) preselected and A4 forced. Returns nothing when the officer cancels.
    // Asks CUPS for its queues within the print time limit, with a progress dialog whose Cancel
    // stops the wait, because Qt's print dialogs wait without limit for a scheduler that does not
    // respond. Returns false after telling the officer, or when they cancelled. A scheduler that
    // cannot be reached at all passes, because the dialog can still print to a PDF file.
    // NOTE: a scheduler that stops between this check and the dialog still freezes the window.
    bool printingServiceResponds();
    std::optional<PrintTarget> choosePrinter(const QString &jobTitle, const QString &dialogTitle,
                                             const QString &preferredPrinter = {});
    void preparePrinter(QPrinter &printer, const QString &preferredPrinter) const;
    static PrintTarget targetOf(const QPrinter &printer);
    CertificatePrintRun::Result runWithProgress(const CertificatePrintRun::Plan &plan, const PrintTarget &target,
                                                const QString &jobTitle, std::optional<BatchSelection> selection);
    void report(const CertificatePrintRun::Result &result, const PrintTarget &target);
    // Asks before each certificate of plan that printed before (copy number above 0). Returns
    // false when the officer declines one, so nothing of plan is printed.
    bool confirmCopies(const CertificatePrintRun::Plan &plan);
    void paintPreview(QPrinter *printer, const CertificatePrintRun::Plan &plan, const QString &title);
    void resolveUncertain();
    void resumeInterruptedBatches();

    MainWindowServices m_services;
    OfficerProfile m_officer;
    QWidget *m_window;
    std::optional<CachedApplication> m_current;
    QList<CachedApplication> m_selection;
    std::optional<CertificatePrintRun::Result> m_lastResult;

    QAction *m_printAction = nullptr;
    QAction *m_previewAction = nullptr;
    QAction *m_batchAction = nullptr;
};

} // namespace nodues::workstation
