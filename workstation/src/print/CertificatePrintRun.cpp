#include "print/CertificatePrintRun.h"

#include "Clock.h"
#include "cache/CertificateFiles.h"
#include "cache/LocalCache.h"
#include "cache/PrintJournal.h"
#include "print/CertificatePrintJob.h"
#include "print/PrintLogging.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

// What the cache knows about the certificates, read once per plan.
struct CertificatePrintRun::Known
{
    struct Certificate
    {
        bool issued = false; // approved or issued
        bool revoked = false;
    };
    QHash<QString, Certificate> certificates; // by certificate number
    QStringList order;                        // certificate numbers by application number
    QSet<QString> signedNumbers;              // with a stored signed PDF, refused ones included
    QHash<QString, QString> refused;          // number -> the server's reason for refusing its PDF
    QSet<QString> onPaper;                    // printed, sending or unconfirmed
    QList<PrintEntry> uncertain;              // sending
};

QStringList CertificatePrintRun::Plan::numbers() const
{
    QStringList numbers;
    for (const Planned &planned : certificates)
        numbers.append(planned.number);
    return numbers;
}

int CertificatePrintRun::Plan::copyCount() const
{
    return int(std::count_if(certificates.cbegin(), certificates.cend(),
                             [](const Planned &planned) { return planned.copyNumber > 0; }));
}

CertificatePrintRun::CertificatePrintRun(LocalCache &cache, QString officer)
    : CertificatePrintRun(cache, std::move(officer), Clock::system())
{
}

CertificatePrintRun::CertificatePrintRun(LocalCache &cache, QString officer, const Clock &clock)
    : m_cache(cache)
    , m_officer(std::move(officer))
    , m_clock(clock)
{
}

QString CertificatePrintRun::skipMessage(const QString &number, SkipReason reason, const QString &serverReason)
{
    switch (reason) {
    case SkipReason::Unknown:
        return tr("Certificate %1 is not in this workstation's records. Check the number, or sync and try again.")
            .arg(number);
    case SkipReason::NotIssued:
        return tr("Certificate %1 belongs to an application that is not approved now, so it is not printed.")
            .arg(number);
    case SkipReason::Revoked:
        return tr("Certificate %1 is revoked and is not printed.").arg(number);
    case SkipReason::Refused:
        return tr("Certificate %1 cannot be printed: the server refused its signed PDF, so that PDF is not the "
                  "published certificate. Choose your registered Digital Signature Certificate in Settings and sign "
                  "the certificate again. The server's reason: %2")
            .arg(number, serverReason);
    case SkipReason::NotSigned:
        return tr("Certificate %1 is not signed yet, or its signed PDF has not reached this PC. Sign it, or sync "
                  "and try again.")
            .arg(number);
    case SkipReason::Uncertain:
        return tr("Certificate %1 may have printed before the workstation stopped. Check the printer's output and "
                  "decide first.")
            .arg(number);
    }
    return {};
}

QString CertificatePrintRun::refusalReason(const CertificateFileEntry &entry)
{
    if (!entry.uploadErrorMessage.trimmed().isEmpty())
        return entry.uploadErrorMessage.trimmed();
    return entry.uploadErrorCode.isEmpty() ? u"-"_s : entry.uploadErrorCode;
}

std::optional<CertificatePrintRun::Known> CertificatePrintRun::known(QString *error)
{
    Known known;
    error->clear();
    for (const CachedApplication &application : m_cache.loadAll(error)) {
        if (!application.certificate || application.certificate->number.isEmpty())
            continue;
        const bool issued =
            application.status == ApplicationStatus::Approved || application.status == ApplicationStatus::Issued;
        known.certificates.insert(application.certificate->number, {issued, application.certificate->revoked});
        known.order.append(application.certificate->number);
    }
    if (!error->isEmpty())
        return std::nullopt;

    const CertificateFiles files(m_cache);
    for (const CertificateFileEntry &entry : files.entries(error)) {
        known.signedNumbers.insert(entry.number);
        if (entry.isRefused())
            known.refused.insert(entry.number, refusalReason(entry));
    }
    if (!error->isEmpty())
        return std::nullopt;

    PrintJournal journal(m_cache, m_clock);
    known.onPaper = journal.numbersOnPaper(error);
    if (!error->isEmpty())
        return std::nullopt;
    known.uncertain = journal.uncertain(error);
    if (!error->isEmpty())
        return std::nullopt;
    return known;
}

void CertificatePrintRun::addUncertain(Plan &plan, const QList<PrintEntry> &uncertain) const
{
    for (const PrintEntry &entry : uncertain) {
        plan.uncertain.append(entry);
        plan.skipped.append({entry.number, SkipReason::Uncertain, skipMessage(entry.number, SkipReason::Uncertain)});
    }
}

CertificatePrintRun::Plan CertificatePrintRun::planChosen(const QStringList &certificateNumbers, QString *error)
{
    Plan plan;
    const std::optional<Known> known = this->known(error);
    if (!known)
        return plan;

    PrintJournal journal(m_cache, m_clock);
    QSet<QString> seen;
    for (const QString &number : certificateNumbers) {
        if (seen.contains(number))
            continue;
        seen.insert(number);

        std::optional<SkipReason> reason;
        const auto certificate = known->certificates.constFind(number);
        if (certificate == known->certificates.cend())
            reason = SkipReason::Unknown;
        else if (certificate->revoked)
            reason = SkipReason::Revoked;
        else if (!certificate->issued)
            reason = SkipReason::NotIssued;
        else if (!known->signedNumbers.contains(number))
            reason = SkipReason::NotSigned;
        else if (known->refused.contains(number))
            reason = SkipReason::Refused;
        if (reason) {
            plan.skipped.append({number, *reason, skipMessage(number, *reason, known->refused.value(number))});
            continue;
        }

        const auto uncertain = std::find_if(known->uncertain.cbegin(), known->uncertain.cend(),
                                            [&](const PrintEntry &entry) { return entry.number == number; });
        if (uncertain != known->uncertain.cend()) {
            addUncertain(plan, {*uncertain});
            continue;
        }
        const int copyNumber = journal.nextCopyNumber(number, error);
        if (copyNumber < 0)
            return {};
        plan.certificates.append({number, copyNumber});
    }
    return plan;
}

CertificatePrintRun::Plan CertificatePrintRun::planUnprinted(QString *error)
{
    Plan plan;
    const std::optional<Known> known = this->known(error);
    if (!known)
        return plan;

    for (const QString &number : known->order) {
        const Known::Certificate certificate = known->certificates.value(number);
        if (!certificate.issued || certificate.revoked || !known->signedNumbers.contains(number) ||
            known->onPaper.contains(number))
            continue;
        const auto refused = known->refused.constFind(number);
        if (refused != known->refused.cend()) {
            plan.skipped.append({number, SkipReason::Refused, skipMessage(number, SkipReason::Refused, *refused)});
            continue;
        }
        plan.certificates.append({number, 0});
    }
    addUncertain(plan, known->uncertain);
    return plan;
}

CertificatePrintRun::Plan CertificatePrintRun::planResume(const PrintBatchRecord &batch, QString *error)
{
    PrintJournal journal(m_cache, m_clock);
    QSet<QString> inBatch;
    for (const PrintEntry &entry : journal.entriesOfBatch(batch.id, error))
        inBatch.insert(entry.number);
    if (!error->isEmpty())
        return {};

    QStringList remaining;
    for (const QString &number : batch.numbers) {
        if (!inBatch.contains(number))
            remaining.append(number);
    }
    Plan plan = planChosen(remaining, error);
    if (!error->isEmpty())
        return {};
    if (batch.selection == BatchSelection::AllUnprinted) {
        // Printed elsewhere since the batch began: no longer unprinted.
        plan.certificates.removeIf([](const Planned &planned) { return planned.copyNumber > 0; });
    }
    // The batch's own uncertain prints are reported too, though no longer in remaining.
    for (const PrintEntry &entry : journal.uncertain(error)) {
        const bool reported = std::any_of(plan.uncertain.cbegin(), plan.uncertain.cend(),
                                          [&](const PrintEntry &each) { return each.id == entry.id; });
        if (entry.batchId == batch.id && !reported)
            addUncertain(plan, {entry});
    }
    plan.resumedBatchId = batch.id;
    return plan;
}

CertificatePrintRun::Result CertificatePrintRun::run(const Plan &plan, const PrintTarget &target, const QString &title,
                                                     std::optional<BatchSelection> batchSelection,
                                                     const ProgressCallback &progress)
{
    Result result;
    result.skipped = plan.skipped;
    result.uncertain = plan.uncertain;
    PrintJournal journal(m_cache, m_clock);
    QString storageError;

    if (plan.certificates.isEmpty()) {
        if (plan.resumedBatchId && !journal.closeBatch(*plan.resumedBatchId, BatchState::Done, &storageError))
            qCWarning(lcPrint) << "Print batch" << *plan.resumedBatchId << "not closed:" << storageError;
        return result;
    }

    // The batch is recorded before painting starts, so a crash while painting leaves it open.
    result.batchId = plan.resumedBatchId;
    if (batchSelection && !result.batchId) {
        const std::optional<PrintBatchRecord> batch =
            journal.openBatch(target.journalName(), m_officer, *batchSelection, plan.numbers(), &storageError);
        if (!batch) {
            result.outcome = Outcome::Failed;
            result.error = tr("The print could not be recorded in this workstation's records: %1").arg(storageError);
            return result;
        }
        result.batchId = batch->id;
    }

    Progress state{0, int(plan.certificates.size()), 0, {}, PrintStage::Painting};
    if (target.kind != PrintTarget::Kind::PdfFolder) {
        result.outcome = printJob(plan.certificates, target, title, state, progress, result);
    } else if (!QFileInfo(target.path).isDir()) {
        result.outcome = Outcome::Failed;
        result.error =
            tr("The folder %1 does not exist. Create it, or choose an existing folder.").arg(target.displayName());
    } else {
        // One file, and so one job, per certificate: each is recorded as soon as it is written.
        result.outcome = Outcome::Printed;
        for (const Planned &planned : plan.certificates) {
            const PrintTarget file = PrintTarget::pdfFile(target.fileFor(planned.number, planned.copyNumber));
            result.outcome = printJob({planned}, file, title, state, progress, result);
            if (result.outcome != Outcome::Printed)
                break;
        }
    }

    const BatchState batchState = result.outcome == Outcome::Printed     ? BatchState::Done
                                  : result.outcome == Outcome::Cancelled ? BatchState::Cancelled
                                                                         : BatchState::Failed;
    if (result.batchId && !journal.closeBatch(*result.batchId, batchState, &storageError))
        qCWarning(lcPrint) << "Print batch" << *result.batchId << "not closed:" << storageError;
    return result;
}

CertificatePrintRun::Outcome CertificatePrintRun::printJob(const QList<Planned> &certificates,
                                                           const PrintTarget &target, const QString &title,
                                                           Progress &state, const ProgressCallback &progress,
                                                           Result &result)
{
    PrintJournal journal(m_cache, m_clock);
    const CertificateFiles files(m_cache);
    QString storageError;

    // Paint every page; the job goes nowhere yet.
    CertificatePrintJob job(target, title);
    job.setWaitCallback([&](PrintStage stage) {
        Progress waiting = state;
        waiting.stage = stage;
        return !progress || progress(waiting);
    });
    for (const Planned &planned : certificates) {
        state.number = planned.number;
        const std::optional<QByteArray> pdf = files.pdf(planned.number, &storageError);
        if (!pdf) {
            job.abort();
            result.error = skipMessage(planned.number, SkipReason::NotSigned);
            return Outcome::Failed;
        }
        QString error;
        const bool added = job.add(
            {planned.number, *pdf, planned.copyNumber},
            [&] {
                ++state.pagesDone;
                return !progress || progress(state);
            },
            &error);
        if (!added) {
            result.error = error;
            return error.isEmpty() ? Outcome::Cancelled : Outcome::Failed;
        }
        ++state.certificatesDone;
    }

    // The crash rule: "sending" in one transaction before the job leaves, "printed" right after.
    QList<PrintJournal::Print> prints;
    for (const Planned &planned : certificates)
        prints.append({planned.number, planned.copyNumber});
    const std::optional<QList<PrintEntry>> entries =
        journal.markSending(prints, result.batchId, target.journalName(), m_officer, &storageError);
    if (!entries) {
        job.abort();
        result.error = tr("The print could not be recorded in this workstation's records, so nothing was sent to the "
                          "printer: %1")
                           .arg(storageError);
        return Outcome::Failed;
    }
    QList<qint64> ids;
    for (const PrintEntry &entry : *entries)
        ids.append(entry.id);

    QString handOverError;
    if (!job.handOver(&handOverError)) {
        // A job sent without a response stays "sending", because it may be on paper. One that
        // CUPS withdrew after a cancel printed nothing.
        const bool withdrawn = job.state() == CertificatePrintJob::State::Aborted;
        const QString reason = withdrawn ? u"Cancelled while being sent; CUPS withdrew the job"_s : handOverError;
        if (job.state() != CertificatePrintJob::State::Sent && !journal.markFailed(ids, reason, &storageError))
            qCWarning(lcPrint) << "Failed prints" << ids << "not recorded:" << storageError;
        result.error = handOverError;
        return withdrawn ? Outcome::Cancelled : Outcome::Failed;
    }
    for (const Planned &planned : certificates)
        result.printed.append(planned.number);
    result.pages += job.pagesPainted();
    if (target.kind == PrintTarget::Kind::PdfFile)
        result.files.append(target.path);
    result.cupsJobId = job.cupsJobId();
    if (!journal.markPrinted(ids, job.cupsJobId(), &storageError)) {
        // The pages are on their way; the entries stay "sending" and are shown as uncertain.
        qCWarning(lcPrint) << "Printed entries" << ids << "not recorded:" << storageError;
        result.error =
            tr("The certificates were sent to the printer, but this could not be recorded: %1").arg(storageError);
    }
    return Outcome::Printed;
}

} // namespace nodues::workstation
