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

int submit(const QString &queue, const QString &path, const QString &title, QString *error)
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
    if (job <= 0) {
        *error = u"CUPS refused the job for %1: %2"_s.arg(queue, QString::fromUtf8(cupsLastErrorString()));
        return 0;
    }
    return job;
}

#else

bool available()
{
    return false;
}

int submit(const QString &queue, const QString &, const QString &, QString *error)
{
    *error = u"This build cannot submit to CUPS queue %1 directly"_s.arg(queue);
    return 0;
}

#endif

} // namespace nodues::workstation::CupsSubmission
