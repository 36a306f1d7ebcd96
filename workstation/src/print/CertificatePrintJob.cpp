#include "print/CertificatePrintJob.h"

#include "print/CertificatePagePainter.h"
#include "print/CupsSubmission.h"
#include "print/OffThreadCall.h"
#include "print/PrintLogging.h"

#include <QFile>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPrinter>
#include <QPrinterInfo>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation {

CertificatePrintJob::CertificatePrintJob(PrintTarget target, QString title)
    : m_target(std::move(target))
    , m_title(std::move(title))
{
}

CertificatePrintJob::~CertificatePrintJob()
{
    if (m_state == State::Painting)
        abort();
}

int CertificatePrintJob::pageCount(const QByteArray &pdf, QString *error)
{
    CertificatePagePainter pages(kDpi);
    if (!pages.open(QString(), pdf, error))
        return -1;
    return pages.pageCount();
}

QString CertificatePrintJob::partPath() const
{
    return m_target.path + u".part"_s;
}

bool CertificatePrintJob::begin(QString *error)
{
    if (m_target.kind == PrintTarget::Kind::PdfFolder) {
        *error =
            tr("A print job goes to a printer or to one PDF file, not to the folder %1.").arg(m_target.displayName());
        return false;
    }
    if (m_target.kind == PrintTarget::Kind::PdfFile) {
        m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        m_printer->setOutputFormat(QPrinter::PdfFormat);
        // "<file>.part" keeps PdfFormat: only a ".pdf" suffix or an empty name changes the format.
        m_printer->setOutputFileName(partPath());
    } else if (m_target.printerName.isEmpty()) {
        *error = tr("No printer is chosen. Choose a printer in Settings.");
        return false;
    } else if (CupsSubmission::available()) {
        if (!checkCupsQueue(error))
            return false;
        // A plain PDF printer, so that painting makes no call to CUPS; handOver() submits the file.
        m_spoolDirectory = std::make_unique<QTemporaryDir>();
        if (!m_spoolDirectory->isValid()) {
            *error = tr("The print job could not be prepared: no temporary folder is available.");
            return false;
        }
        m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        m_printer->setOutputFormat(QPrinter::PdfFormat);
        m_printer->setOutputFileName(m_spoolDirectory->filePath(u"job.pdf"_s));
    } else {
        // NOTE: without libcups, QPrinterInfo queries the platform's print system on this thread.
        const QPrinterInfo info = QPrinterInfo::printerInfo(m_target.printerName);
        if (info.isNull()) {
            *error = tr("There is no printer called \"%1\" on this PC. Choose another printer in Settings.")
                         .arg(m_target.printerName);
            return false;
        }
        m_printer = std::make_unique<QPrinter>(info, QPrinter::HighResolution);
    }

    m_printer->setDocName(m_title);
    m_printer->setCreator(u"NoDues workstation"_s);
    m_printer->setResolution(kDpi);
    m_printer->setCopyCount(1);
    m_printer->setDuplex(QPrinter::DuplexNone);
    m_printer->setFullPage(true);
    const QPageLayout a4(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                         QPageLayout::Millimeter);
    if (!m_printer->setPageLayout(a4) || m_printer->pageLayout().pageSize().id() != QPageSize::A4) {
        *error = tr("The printer \"%1\" does not offer A4 paper, which certificates need.").arg(m_target.displayName());
        return false;
    }

    m_painter = std::make_unique<QPainter>();
    if (!m_painter->begin(m_printer.get())) {
        *error = tr("The print job for \"%1\" could not be started.").arg(m_target.displayName());
        m_painter.reset();
        return false;
    }
    m_state = State::Painting;
    return true;
}

bool CertificatePrintJob::keepWaiting(PrintStage stage) const
{
    return !m_waitCallback || m_waitCallback(stage);
}

bool CertificatePrintJob::checkCupsQueue(QString *error)
{
    const QString queue = m_target.printerName;
    const CupsSubmission::CallControl control = CupsSubmission::CallControl::fromEnvironment();
    const std::optional<CupsSubmission::QueueCheck> check = runOffThread<CupsSubmission::QueueCheck>(
        [queue, control] { return CupsSubmission::checkQueue(queue, control); },
        [this, &control] {
            if (keepWaiting(PrintStage::FindingPrinter))
                return true;
            control.cancel();
            return false;
        });
    if (!check) {
        qCInfo(lcPrint) << "Print job" << m_title << "cancelled while waiting for CUPS to find" << queue;
        error->clear();
        return false;
    }

    switch (check->status) {
    case CupsSubmission::QueueCheck::Status::Ready:
        return true;
    case CupsSubmission::QueueCheck::Status::NotFound:
        *error = tr("There is no printer called \"%1\" on this PC. Choose another printer in Settings.").arg(queue);
        return false;
    case CupsSubmission::QueueCheck::Status::NoA4:
        *error = tr("The printer \"%1\" does not offer A4 paper, which certificates need.").arg(queue);
        return false;
    case CupsSubmission::QueueCheck::Status::Unreachable:
        qCWarning(lcPrint) << "CUPS could not be asked about" << queue << ":" << check->detail;
        *error = tr("The printing service (CUPS) could not be asked about the printer \"%1\": %2. Check that it is "
                    "running, then print again.")
                     .arg(queue, check->detail);
        return false;
    }
    return false;
}

bool CertificatePrintJob::add(const CertificatePrintItem &item, const std::function<bool()> &afterPage, QString *error)
{
    error->clear();
    if (m_state == State::Idle && !begin(error)) {
        fail();
        if (error->isEmpty())
            m_state = State::Aborted;
        return false;
    }
    if (m_state != State::Painting) {
        *error = tr("The print job has already ended.");
        return false;
    }

    CertificatePagePainter pages(kDpi);
    if (!pages.open(item.number, item.pdf, error)) {
        fail();
        return false;
    }
    const QRectF paper(QPointF(0, 0), m_printer->pageLayout().fullRectPixels(m_printer->resolution()).size());
    for (int page = 0; page < pages.pageCount(); ++page) {
        if (m_pagesPainted > 0 && !m_printer->newPage()) {
            *error = tr("The print job for \"%1\" could not start a new page.").arg(m_target.displayName());
            fail();
            return false;
        }
        if (!pages.paint(*m_painter, page, paper, item.copyNumber, error)) {
            fail();
            return false;
        }
        ++m_pagesPainted;
        if (afterPage && !afterPage()) {
            qCInfo(lcPrint) << "Print job" << m_title << "cancelled after" << m_pagesPainted << "pages";
            abort();
            return false;
        }
    }
    return true;
}

bool CertificatePrintJob::handOver(QString *error)
{
    if (m_state != State::Painting) {
        *error = tr("The print job has no pages to print.");
        return false;
    }
    if (!m_painter->end()) {
        *error = tr("The print job for \"%1\" could not be finished.").arg(m_target.displayName());
        fail();
        return false;
    }

    if (m_target.kind == PrintTarget::Kind::PdfFile) {
        QFile::remove(m_target.path);
        if (!QFile::rename(partPath(), m_target.path)) {
            *error = tr("The PDF file %1 could not be written.").arg(m_target.displayName());
            fail();
            return false;
        }
    } else if (CupsSubmission::available()) {
        // The spool folder goes with the call, so the file outlives this job if the wait ends first.
        const QString queue = m_target.printerName;
        const QString path = m_printer->outputFileName();
        const QString title = m_title;
        const std::shared_ptr<QTemporaryDir> spool(std::move(m_spoolDirectory));
        // A cancel during the wait requests that CUPS withdraw the job. The wait goes on until it
        // has or the call gives up, so the result shows whether anything can print.
        const CupsSubmission::CallControl control = CupsSubmission::CallControl::fromEnvironment();
        const std::optional<CupsSubmission::Submitted> submitted = runOffThread<CupsSubmission::Submitted>(
            [queue, path, title, spool, control] { return CupsSubmission::submit(queue, path, title, control); },
            [this, &control] {
                if (!control.cancelled->load() && !keepWaiting(PrintStage::Sending))
                    control.cancel();
                return true;
            });
        if (!submitted) {
            qCWarning(lcPrint) << "Print job" << m_title << "handed to CUPS without an answer";
            *error = tr("The printer \"%1\" did not answer while the job was being sent. The job may still print; "
                        "check the printer's output.")
                         .arg(queue);
            m_state = State::Sent;
            return false;
        }
        switch (submitted->status) {
        case CupsSubmission::Submitted::Status::Accepted:
            break;
        case CupsSubmission::Submitted::Status::NotPrinted:
            qCWarning(lcPrint) << "Print job" << m_title << "not submitted:" << submitted->error;
            if (submitted->cancelled) {
                error->clear();
                m_state = State::Aborted;
            } else if (submitted->timedOut) {
                *error = tr("The printer \"%1\" did not answer for %n second(s), so the job was withdrawn. Nothing "
                            "was printed. Check the printer and the printing service (CUPS), then print again.",
                            nullptr, control.silenceLimitSeconds)
                             .arg(queue);
                m_state = State::Failed;
            } else {
                *error = tr("The printer \"%1\" did not accept the job: %2").arg(queue, submitted->error);
                m_state = State::Failed;
            }
            return false;
        case CupsSubmission::Submitted::Status::Uncertain:
            qCWarning(lcPrint) << "Print job" << m_title << "may print:" << submitted->error;
            *error = tr("The printer \"%1\" stopped answering while the job was being sent, and the job could not be "
                        "withdrawn. It may still print; check the printer's output.")
                         .arg(queue);
            m_cupsJobId = submitted->jobId;
            m_state = State::Sent;
            return false;
        }
        m_cupsJobId = submitted->jobId;
    }

    m_state = State::HandedOver;
    qCInfo(lcPrint) << "Print job" << m_title << "with" << m_pagesPainted << "pages handed to" << m_target.journalName()
                    << "as CUPS job" << m_cupsJobId;
    return true;
}

void CertificatePrintJob::abort()
{
    if (m_state != State::Painting)
        return;
    // Qt's PDF and CUPS engines cannot abort (QPrinter::abort() returns false there) and write
    // the file when painting ends: the file is private, and deleted below, so nothing prints.
    if (!CupsSubmission::available() && m_target.kind == PrintTarget::Kind::Printer)
        m_printer->abort();
    m_painter->end();
    if (m_target.kind == PrintTarget::Kind::PdfFile)
        QFile::remove(partPath());
    m_spoolDirectory.reset();
    m_state = State::Aborted;
}

void CertificatePrintJob::fail()
{
    abort();
    m_state = State::Failed;
}

} // namespace nodues::workstation
