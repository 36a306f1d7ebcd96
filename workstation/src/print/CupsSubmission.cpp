#include "print/CupsSubmission.h"

#include <QFile>

#ifdef NODUES_HAVE_CUPS
#include <cups/cups.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation::CupsSubmission {

#ifdef NODUES_HAVE_CUPS

bool available()
{
    return true;
}

QueueCheck checkQueue(const QString &queue)
{
    cups_dest_t *destination = cupsGetNamedDest(CUPS_HTTP_DEFAULT, queue.toLocal8Bit().constData(), nullptr);
    if (!destination) {
        const ipp_status_t status = cupsLastError();
        if (status == IPP_STATUS_OK || status == IPP_STATUS_ERROR_NOT_FOUND)
            return {QueueCheck::Status::NotFound, {}};
        return {QueueCheck::Status::Unreachable, QString::fromUtf8(cupsLastErrorString())};
    }

    // A queue that does not list its media (no response to Get-Printer-Attributes) is given
    // the job anyway, because the job itself requests A4.
    QueueCheck check{QueueCheck::Status::Ready, {}};
    cups_dinfo_t *info = cupsCopyDestInfo(CUPS_HTTP_DEFAULT, destination);
    if (info && cupsFindDestSupported(CUPS_HTTP_DEFAULT, destination, info, CUPS_MEDIA) &&
        !cupsCheckDestSupported(CUPS_HTTP_DEFAULT, destination, info, CUPS_MEDIA, CUPS_MEDIA_A4))
        check.status = QueueCheck::Status::NoA4;
    if (info)
        cupsFreeDestInfo(info);
    cupsFreeDests(1, destination);
    return check;
}

Submitted submit(const QString &queue, const QString &path, const QString &title)
{
    cups_option_t *options = nullptr;
    int optionCount = 0;
    optionCount = cupsAddOption("media", "A4", optionCount, &options);
    optionCount = cupsAddOption("sides", "one-sided", optionCount, &options);
    optionCount = cupsAddOption("copies", "1", optionCount, &options);

    const int job =
        cupsPrintFile2(CUPS_HTTP_DEFAULT, queue.toLocal8Bit().constData(), QFile::encodeName(path).constData(),
                       title.toUtf8().constData(), optionCount, options);
    cupsFreeOptions(optionCount, options);
    if (job <= 0)
        return {0, u"CUPS refused the job for %1: %2"_s.arg(queue, QString::fromUtf8(cupsLastErrorString()))};
    return {job, {}};
}

#else

bool available()
{
    return false;
}

QueueCheck checkQueue(const QString &queue)
{
    return {QueueCheck::Status::Unreachable, u"This build cannot ask CUPS about queue %1"_s.arg(queue)};
}

Submitted submit(const QString &queue, const QString &, const QString &)
{
    return {0, u"This build cannot submit to CUPS queue %1 directly"_s.arg(queue)};
}

#endif

} // namespace nodues::workstation::CupsSubmission
