#include "gui/CertificatePrinting.h"

#include "Timestamp.h"
#include "app/WorkstationSettings.h"
#include "cache/CertificateFiles.h"
#include "cache/LocalCache.h"
#include "cache/PrintJournal.h"
#include "gui/BatchPrintDialog.h"
#include "gui/Prompter.h"
#include "gui/UncertainPrintsDialog.h"
#include "print/CertificatePagePainter.h"
#include "print/CupsSubmission.h"
#include "print/OffThreadCall.h"
#include "print/PrintJobTitle.h"
#include "print/PrintLogging.h"
#include "sync/SyncController.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QMap>
#include <QPageLayout>
#include <QPageSize>
#include <QPaintEngine>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QProgressDialog>
#include <QSet>
#include <QStyle>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

namespace {

// Preview pages are rendered at a screen's resolution: enough to read, quick to draw.
constexpr int kPreviewDpi = 150;

} // namespace

CertificatePrinting::CertificatePrinting(const MainWindowServices &services, const OfficerProfile &officer,
                                         QWidget *window)
    : QObject(window)
    , m_services(services)
    , m_officer(officer)
    , m_window(window)
{
    const auto makeAction = [this](const QString &name, const QKeySequence &shortcut, QStyle::StandardPixmap icon) {
        auto *action = new QAction(QApplication::style()->standardIcon(icon), QString(), m_window);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WindowShortcut);
        m_window->addAction(action);
        return action;
    };
    m_printAction = makeAction(u"printAction"_s, QKeySequence(Qt::CTRL | Qt::Key_P), QStyle::SP_DialogSaveButton);
    m_previewAction = makeAction(u"printPreviewAction"_s, QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P),
                                 QStyle::SP_FileDialogContentsView);
    m_batchAction = makeAction(u"batchPrintAction"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                               QStyle::SP_FileDialogListView);
    connect(m_printAction, &QAction::triggered, this, &CertificatePrinting::print);
    connect(m_previewAction, &QAction::triggered, this, &CertificatePrinting::printPreview);
    connect(m_batchAction, &QAction::triggered, this, &CertificatePrinting::batchPrint);

    const bool prints = m_officer.role != OfficerRole::Admin;
    for (QAction *action : {m_printAction, m_previewAction, m_batchAction})
        action->setVisible(prints);
    retranslate();
}

QList<QAction *> CertificatePrinting::roleActions() const
{
    if (m_officer.role == OfficerRole::Admin)
        return {};
    return {m_printAction, m_batchAction};
}

QList<QAction *> CertificatePrinting::menuActions() const
{
    if (m_officer.role == OfficerRole::Admin)
        return {};
    return {m_printAction, m_previewAction, m_batchAction};
}

void CertificatePrinting::setCurrent(const std::optional<CachedApplication> &current,
                                     const QList<CachedApplication> &selection)
{
    m_current = current;
    m_selection = selection;
    updateEnabled();
}

void CertificatePrinting::refresh()
{
    updateEnabled();
}

void CertificatePrinting::retranslate()
{
    m_printAction->setText(tr("&Print certificate"));
    m_previewAction->setText(tr("Print pre&view"));
    m_batchAction->setText(tr("&Batch print"));
    updateEnabled();
}

std::optional<QString> CertificatePrinting::currentPrintable(QString *reason) const
{
    if (!m_current) {
        *reason = tr("Choose an approved application in the queue.");
        return std::nullopt;
    }
    if (!m_current->certificate || m_current->certificate->number.isEmpty() ||
        (m_current->status != ApplicationStatus::Approved && m_current->status != ApplicationStatus::Issued)) {
        *reason = tr("Application %1 has no approved certificate.").arg(m_current->number);
        return std::nullopt;
    }
    const QString number = m_current->certificate->number;
    if (m_current->certificate->revoked) {
        *reason = CertificatePrintRun::skipMessage(number, CertificatePrintRun::SkipReason::Revoked);
        return std::nullopt;
    }
    LocalCache *cache = m_services.sync.cache();
    const std::optional<CertificateFileEntry> file = cache ? CertificateFiles(*cache).entry(number) : std::nullopt;
    if (!file) {
        *reason = CertificatePrintRun::skipMessage(number, CertificatePrintRun::SkipReason::NotSigned);
        return std::nullopt;
    }
    if (file->isRefused()) {
        *reason = CertificatePrintRun::skipMessage(number, CertificatePrintRun::SkipReason::Refused,
                                                   CertificatePrintRun::refusalReason(*file));
        return std::nullopt;
    }
    return number;
}

bool CertificatePrinting::currentRefused() const
{
    LocalCache *cache = m_services.sync.cache();
    if (!cache || !m_current || !m_current->certificate || m_current->certificate->number.isEmpty())
        return false;
    const std::optional<CertificateFileEntry> file = CertificateFiles(*cache).entry(m_current->certificate->number);
    return file && file->isRefused();
}

QStringList CertificatePrinting::selectedCertificates() const
{
    QStringList numbers;
    for (const CachedApplication &application : m_selection) {
        if (application.certificate && !application.certificate->number.isEmpty())
            numbers.append(application.certificate->number);
    }
    return numbers;
}

void CertificatePrinting::updateEnabled()
{
    const auto describe = [](QAction *action, const QString &reason) {
        const QString shortcut = action->shortcut().toString(QKeySequence::NativeText);
        const QString name = action->text().remove(u'&');
        action->setToolTip(reason.isEmpty() ? u"%1 (%2)"_s.arg(name, shortcut)
                                            : u"%1 (%2)\n%3"_s.arg(name, shortcut, reason));
        action->setStatusTip(reason);
    };
    QString reason;
    const bool printable = currentPrintable(&reason).has_value();
    // A certificate whose signed PDF the server refused keeps Print and Print preview enabled,
    // so that Ctrl+P shows why it cannot print and what to do.
    const bool explainOnTrigger = !printable && currentRefused();
    m_printAction->setEnabled(printable || explainOnTrigger);
    m_previewAction->setEnabled(printable || explainOnTrigger);
    describe(m_printAction, printable ? QString() : reason);
    describe(m_previewAction, printable ? QString() : reason);
    m_batchAction->setEnabled(m_services.sync.cache() != nullptr);
    describe(m_batchAction, {});
}

void CertificatePrinting::preparePrinter(QPrinter &printer, const QString &preferredPrinter) const
{
    QString name = preferredPrinter;
    if (name.isEmpty() && m_services.settings)
        name = m_services.settings->printerName();
    if (!name.isEmpty() && !QPrinterInfo::printerInfo(name).isNull())
        printer.setPrinterName(name);
    printer.setFullPage(true);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    printer.setCopyCount(1);
}

PrintTarget CertificatePrinting::targetOf(const QPrinter &printer)
{
    if (printer.outputFileName().isEmpty())
        return PrintTarget::printer(printer.printerName());
    QString path = printer.outputFileName();
    if (QFileInfo(path).suffix().compare(u"pdf"_s, Qt::CaseInsensitive) != 0)
        path += u".pdf"_s;
    return PrintTarget::pdfFile(path);
}

bool CertificatePrinting::printingServiceResponds()
{
    if (!CupsSubmission::available())
        return true;
    QProgressDialog progress(m_window);
    progress.setObjectName(u"printServiceProgressDialog"_s);
    progress.setWindowTitle(tr("Print"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setLabelText(tr("Waiting for the printing service (CUPS)…"));
    progress.setCancelButtonText(tr("Cancel"));
    progress.setRange(0, 0);
    progress.setMinimumDuration(0);
    progress.show();
    const CupsSubmission::CallControl control = CupsSubmission::CallControl::fromEnvironment();
    const std::optional<CupsSubmission::QueueList> queues =
        runOffThread<CupsSubmission::QueueList>([control] { return CupsSubmission::listQueues(control); },
                                                [&progress, &control] {
                                                    if (!progress.wasCanceled())
                                                        return true;
                                                    control.cancel();
                                                    return false;
                                                });
    progress.close();
    if (!queues) {
        qCInfo(lcPrint) << "The officer cancelled the wait for the printing service";
        return false;
    }
    // A scheduler that cannot be reached fails fast in Qt's dialog too, which can still print to
    // a PDF file. Only a silent one would freeze it.
    if (!queues->ok && !queues->timedOut) {
        qCInfo(lcPrint) << "The printing service cannot be reached; the print dialog opens without it:"
                        << queues->detail;
        return true;
    }
    if (!queues->ok) {
        qCWarning(lcPrint) << "The printing service did not respond before a print dialog:" << queues->detail;
        m_services.prompter.warn(m_window, tr("Print"),
                                 tr("The printing service (CUPS) did not respond, so the print dialog cannot open. "
                                    "Check that it is running, then print again."));
        return false;
    }
    return true;
}

std::optional<PrintTarget> CertificatePrinting::choosePrinter(const QString &jobTitle, const QString &dialogTitle,
                                                              const QString &preferredPrinter)
{
    if (!printingServiceResponds())
        return std::nullopt;
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, preferredPrinter);
    printer.setDocName(jobTitle);
    QPrintDialog dialog(&printer, m_window);
    dialog.setObjectName(u"printDialog"_s);
    dialog.setWindowTitle(dialogTitle);
    // Each copy must be recorded, and a page range would print part of a certificate.
    dialog.setOptions(QAbstractPrintDialog::PrintToFile);
    if (m_services.prompter.execDialog(dialog) != QDialog::Accepted)
        return std::nullopt;
    const PrintTarget target = targetOf(printer);
    if (target.kind == PrintTarget::Kind::Printer && target.printerName.isEmpty()) {
        m_services.prompter.warn(m_window, tr("Print"),
                                 tr("No printer is set up on this PC. Add a printer, or "
                                    "print to a PDF file."));
        return std::nullopt;
    }
    return target;
}

CertificatePrintRun::Result CertificatePrinting::runWithProgress(const CertificatePrintRun::Plan &plan,
                                                                 const PrintTarget &target, const QString &jobTitle,
                                                                 std::optional<BatchSelection> selection)
{
    QProgressDialog progress(m_window);
    progress.setObjectName(u"printProgressDialog"_s);
    progress.setWindowTitle(tr("Print"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setCancelButtonText(tr("Cancel"));
    progress.setRange(0, int(plan.certificates.size()));
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setLabelText(tr("Preparing the pages for %1…").arg(target.displayName()));
    progress.setValue(0);
    progress.show();

    // While the run waits for CUPS, this is called every few tenths of a second from a local
    // event loop, which keeps the window painted and the Cancel button working.
    PrintStage shownStage = PrintStage::Painting;
    const auto showWait = [&](PrintStage stage) {
        if (stage == shownStage)
            return;
        shownStage = stage;
        if (stage == PrintStage::FindingPrinter) {
            progress.setLabelText(tr("Waiting for the printer %1 to answer…").arg(target.displayName()));
        } else {
            progress.setLabelText(tr("Sending the job to %1…").arg(target.displayName()));
        }
        emit waitingForPrinter(stage);
    };
    // A cancel while sending requests that CUPS withdraw the job, and the run waits for the result.
    bool withdrawing = false;
    const auto showWithdrawing = [&] {
        if (withdrawing)
            return;
        withdrawing = true;
        progress.setLabelText(tr("Withdrawing the job from %1…").arg(target.displayName()));
        progress.setCancelButtonText(QString());
    };
    connect(&progress, &QProgressDialog::canceled, this, [&] {
        if (shownStage == PrintStage::Sending)
            showWithdrawing();
    });

    CertificatePrintRun run(*m_services.sync.cache(), m_officer.username, m_services.clock);
    const CertificatePrintRun::Result result =
        run.run(plan, target, jobTitle, selection, [&](const CertificatePrintRun::Progress &state) {
            if (state.stage != PrintStage::Painting) {
                showWait(state.stage);
                if (state.stage == PrintStage::Sending && progress.wasCanceled())
                    showWithdrawing();
                return !progress.wasCanceled();
            }
            shownStage = PrintStage::Painting;
            progress.setLabelText(tr("Certificate %1 (%2 of %3)")
                                      .arg(state.number)
                                      .arg(qMin(state.certificatesDone + 1, state.certificateCount))
                                      .arg(state.certificateCount));
            progress.setValue(state.certificatesDone);
            // The window-modal dialog takes input between pages, also within a certificate of
            // several pages, where setValue() does not process events.
            QCoreApplication::processEvents();
            emit pagePrinted(state.pagesDone, state.number);
            return !progress.wasCanceled();
        });
    progress.close();
    m_lastResult = result;
    qCInfo(lcPrint) << "Print of" << plan.certificates.size() << "certificates to" << target.journalName()
                    << "ended:" << int(result.outcome) << "pages" << result.pages;
    if (result.outcome == CertificatePrintRun::Outcome::Printed)
        emit certificatesPrinted(result.printed);
    return result;
}

void CertificatePrinting::report(const CertificatePrintRun::Result &result, const PrintTarget &target)
{
    QStringList notes;
    for (const CertificatePrintRun::Skipped &skipped : result.skipped)
        notes << skipped.message;
    const QString details = notes.isEmpty() ? QString() : u"\n\n"_s + notes.join(u'\n');

    switch (result.outcome) {
    case CertificatePrintRun::Outcome::Printed: {
        QString text =
            tr("%n certificates were sent to %1.", nullptr, int(result.printed.size())).arg(target.displayName());
        if (!result.error.isEmpty())
            text += u"\n\n"_s + result.error;
        m_services.prompter.inform(m_window, tr("Printed"), text + details);
        return;
    }
    case CertificatePrintRun::Outcome::Cancelled:
        m_services.prompter.inform(m_window, tr("Print cancelled"),
                                   tr("The print was cancelled before it reached the printer. Nothing was printed."));
        return;
    case CertificatePrintRun::Outcome::Failed:
        m_services.prompter.warn(m_window, tr("Not printed"),
                                 tr("The certificates were not printed. %1").arg(result.error) + details);
        return;
    case CertificatePrintRun::Outcome::NothingToPrint:
        m_services.prompter.warn(m_window, tr("Nothing to print"),
                                 tr("None of these certificates can be printed now.") + details);
        return;
    }
}

void CertificatePrinting::print()
{
    QString reason;
    const std::optional<QString> number = currentPrintable(&reason);
    if (!number) {
        m_services.prompter.warn(m_window, tr("Print certificate"), reason);
        return;
    }
    CertificatePrintRun run(*m_services.sync.cache(), m_officer.username, m_services.clock);
    QString error;
    const CertificatePrintRun::Plan plan = run.planChosen({*number}, &error);
    if (!error.isEmpty() || plan.certificates.isEmpty()) {
        CertificatePrintRun::Result nothing;
        nothing.skipped = plan.skipped;
        nothing.error = error;
        nothing.outcome =
            error.isEmpty() ? CertificatePrintRun::Outcome::NothingToPrint : CertificatePrintRun::Outcome::Failed;
        report(nothing, {});
        return;
    }

    if (!confirmCopies(plan))
        return;

    const QString title = certificateJobTitle(*number);
    const std::optional<PrintTarget> target = choosePrinter(title, tr("Print certificate %1").arg(*number));
    if (!target)
        return;
    report(runWithProgress(plan, *target, title, std::nullopt), *target);
}

bool CertificatePrinting::confirmCopies(const CertificatePrintRun::Plan &plan)
{
    for (const CertificatePrintRun::Planned &planned : plan.certificates) {
        if (planned.copyNumber == 0)
            continue;
        Question question;
        question.title = tr("Print a copy");
        question.text = tr("Certificate %1 was printed before. Print it again as copy %2?")
                            .arg(planned.number)
                            .arg(planned.copyNumber);
        question.detail = tr("The pages are marked \"COPY %1\" and the reprint is recorded.").arg(planned.copyNumber);
        question.acceptVerb = tr("Print copy");
        if (!m_services.prompter.ask(m_window, question)) {
            qCInfo(lcPrint) << "The officer chose not to reprint certificate" << planned.number;
            return false;
        }
    }
    return true;
}

void CertificatePrinting::paintPreview(QPrinter *printer, const CertificatePrintRun::Plan &plan, const QString &title)
{
    // The preview draws into a picture engine; Print inside the preview hands over the real
    // printer, after QPrintPreviewDialog's own print dialog. A reprint is confirmed as Print
    // (Ctrl+P) confirms it.
    if (printer->paintEngine() && printer->paintEngine()->type() != QPaintEngine::Picture) {
        if (!confirmCopies(plan))
            return;
        const PrintTarget target = targetOf(*printer);
        report(runWithProgress(plan, target, title, std::nullopt), target);
        return;
    }

    const CertificateFiles files(*m_services.sync.cache());
    QPainter painter(printer);
    const QRectF paper(QPointF(0, 0), printer->pageLayout().fullRectPixels(printer->resolution()).size());
    bool first = true;
    for (const CertificatePrintRun::Planned &planned : plan.certificates) {
        const std::optional<QByteArray> pdf = files.pdf(planned.number);
        CertificatePagePainter pages(kPreviewDpi);
        QString error;
        if (!pdf || !pages.open(planned.number, *pdf, &error)) {
            qCWarning(lcPrint) << "Preview of" << planned.number << "failed:" << error;
            continue;
        }
        for (int page = 0; page < pages.pageCount(); ++page) {
            if (!first)
                printer->newPage();
            first = false;
            if (!pages.paint(painter, page, paper, planned.copyNumber, &error))
                qCWarning(lcPrint) << "Preview of" << planned.number << "page" << page << "failed:" << error;
        }
    }
}

void CertificatePrinting::printPreview()
{
    QString reason;
    const std::optional<QString> number = currentPrintable(&reason);
    if (!number) {
        m_services.prompter.warn(m_window, tr("Print preview"), reason);
        return;
    }
    CertificatePrintRun run(*m_services.sync.cache(), m_officer.username, m_services.clock);
    QString error;
    const CertificatePrintRun::Plan plan = run.planChosen({*number}, &error);
    if (plan.certificates.isEmpty()) {
        CertificatePrintRun::Result nothing;
        nothing.skipped = plan.skipped;
        report(nothing, {});
        return;
    }

    const QString title = certificateJobTitle(*number);
    if (!printingServiceResponds())
        return;
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, {});
    printer.setDocName(title);
    QPrintPreviewDialog dialog(&printer, m_window);
    dialog.setObjectName(u"printPreviewDialog"_s);
    dialog.setWindowTitle(tr("Print preview: %1").arg(*number));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [this, &plan, &title](QPrinter *target) { paintPreview(target, plan, title); });
    m_services.prompter.execDialog(dialog);
}

void CertificatePrinting::batchPrint()
{
    LocalCache *cache = m_services.sync.cache();
    if (!cache)
        return;
    CertificatePrintRun run(*cache, m_officer.username, m_services.clock);
    QString error;
    const CertificatePrintRun::Plan chosen = run.planChosen(selectedCertificates(), &error);
    const CertificatePrintRun::Plan unprinted =
        error.isEmpty() ? run.planUnprinted(&error) : CertificatePrintRun::Plan{};
    if (!error.isEmpty()) {
        qCWarning(lcPrint) << "Batch print not planned:" << error;
        m_services.prompter.warn(m_window, tr("Batch print"),
                                 tr("This workstation's records could not be read. %1").arg(error));
        return;
    }
    // The reasons certificates are left out, once per certificate. Uncertain prints are counted apart.
    QStringList reasons;
    QSet<QString> refused;
    QMap<CertificatePrintRun::SkipReason, int> chosenSkipped;
    for (const CertificatePrintRun::Plan *plan : {&chosen, &unprinted}) {
        for (const CertificatePrintRun::Skipped &skipped : plan->skipped) {
            if (skipped.reason == CertificatePrintRun::SkipReason::Uncertain || refused.contains(skipped.number))
                continue;
            if (skipped.reason == CertificatePrintRun::SkipReason::Refused)
                refused.insert(skipped.number);
            else if (plan == &chosen)
                ++chosenSkipped[skipped.reason];
            reasons << skipped.message;
        }
    }

    if (chosen.certificates.isEmpty() && unprinted.certificates.isEmpty()) {
        QString text = tr("There is nothing to print: every signed certificate of your office is printed, and no "
                          "chosen certificate can be printed.");
        if (!reasons.isEmpty())
            text += u"\n\n"_s + reasons.join(u'\n');
        if (!unprinted.uncertain.isEmpty())
            text += u"\n\n"_s + tr("%n certificates may have printed before the workstation stopped; check the "
                                   "printer's output and decide about them first.",
                                   nullptr, int(unprinted.uncertain.size()));
        m_services.prompter.inform(m_window, tr("Batch print"), text);
        return;
    }

    BatchPrintDialog::Counts counts;
    counts.chosen = int(chosen.certificates.size());
    counts.chosenCopies = chosen.copyCount();
    counts.chosenSkipped = chosenSkipped;
    counts.refused = int(refused.size());
    counts.unprinted = int(unprinted.certificates.size());
    counts.uncertain = int(unprinted.uncertain.size());
    BatchPrintDialog dialog(counts, m_window);
    if (m_services.prompter.execDialog(dialog) != QDialog::Accepted)
        return;
    const bool all = dialog.choice() == BatchPrintDialog::Choice::AllUnprinted;
    const CertificatePrintRun::Plan &plan = all ? unprinted : chosen;
    if (plan.certificates.isEmpty())
        return;

    const QString title = batchJobTitle(int(plan.certificates.size()));
    const std::optional<PrintTarget> target = choosePrinter(title, tr("Batch print"));
    if (!target)
        return;
    const CertificatePrintRun::Result result =
        runWithProgress(plan, *target, title, all ? BatchSelection::AllUnprinted : BatchSelection::Chosen);
    report(result, *target);
}

void CertificatePrinting::checkUnfinishedPrints()
{
    if (!m_services.sync.cache() || m_officer.role == OfficerRole::Admin)
        return;
    resolveUncertain();
    resumeInterruptedBatches();
}

void CertificatePrinting::resolveUncertain()
{
    PrintJournal journal(*m_services.sync.cache(), m_services.clock);
    QString error;
    const QList<PrintEntry> uncertain = journal.uncertain(&error);
    if (uncertain.isEmpty())
        return;

    UncertainPrintsDialog dialog(uncertain, m_window);
    m_services.prompter.execDialog(dialog);
    QList<qint64> ids;
    QStringList numbers;
    for (const PrintEntry &entry : uncertain) {
        ids.append(entry.id);
        numbers.append(entry.number);
    }
    switch (dialog.decision()) {
    case UncertainPrintsDialog::Decision::Later:
        return;
    case UncertainPrintsDialog::Decision::MarkPrinted:
        if (!journal.confirmPrinted(ids, &error))
            qCWarning(lcPrint) << "Uncertain prints not confirmed:" << error;
        return;
    case UncertainPrintsDialog::Decision::PrintAgain:
        break;
    }

    if (!journal.markUnconfirmed(ids, &error)) {
        qCWarning(lcPrint) << "Uncertain prints not updated:" << error;
        m_services.prompter.warn(m_window, tr("Print again"),
                                 tr("This workstation's records could not be updated. %1").arg(error));
        return;
    }
    CertificatePrintRun run(*m_services.sync.cache(), m_officer.username, m_services.clock);
    const CertificatePrintRun::Plan plan = run.planChosen(numbers, &error);
    if (plan.certificates.isEmpty()) {
        CertificatePrintRun::Result nothing;
        nothing.skipped = plan.skipped;
        report(nothing, {});
        return;
    }
    const QString title = batchJobTitle(int(plan.certificates.size()));
    const std::optional<PrintTarget> target = choosePrinter(title, tr("Print again"), uncertain.first().printer);
    if (!target)
        return;
    report(runWithProgress(plan, *target, title, BatchSelection::Chosen), *target);
}

void CertificatePrinting::resumeInterruptedBatches()
{
    PrintJournal journal(*m_services.sync.cache(), m_services.clock);
    QString error;
    for (const PrintBatchRecord &batch : journal.openBatches(&error)) {
        CertificatePrintRun run(*m_services.sync.cache(), m_officer.username, m_services.clock);
        const CertificatePrintRun::Plan plan = run.planResume(batch, &error);
        if (!error.isEmpty()) {
            qCWarning(lcPrint) << "Batch" << batch.id << "not planned:" << error;
            continue;
        }
        if (plan.certificates.isEmpty()) {
            journal.closeBatch(batch.id, BatchState::Done, &error);
            continue;
        }

        Question question;
        question.title = tr("Finish the batch print");
        question.text = tr("A batch print of %1 certificates on %2, started %3 IST, did not finish. Print the %4 "
                           "certificates it has not printed yet?")
                            .arg(batch.total())
                            .arg(batch.printer, Timestamp::istDateTime(batch.createdAt))
                            .arg(plan.certificates.size());
        question.detail = tr("Certificates that may have printed are not printed again.");
        question.acceptVerb = tr("Print the rest");
        if (!m_services.prompter.ask(m_window, question)) {
            journal.closeBatch(batch.id, BatchState::Cancelled, &error);
            continue;
        }
        const QString title = batchJobTitle(int(plan.certificates.size()));
        const std::optional<PrintTarget> target = choosePrinter(title, tr("Finish the batch print"), batch.printer);
        if (!target)
            continue;
        report(runWithProgress(plan, *target, title, std::nullopt), *target);
    }
}

} // namespace nodues::workstation
