#include "print/CupsSubmission.h"

#include "print/PrintLogging.h"

#include <QElapsedTimer>
#include <QFile>

#ifdef NODUES_HAVE_CUPS
#include <cups/cups.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace nodues::workstation::CupsSubmission {

CallControl CallControl::fromEnvironment()
{
    CallControl control;
    const QByteArray text = qgetenv("NODUES_PRINT_TIMEOUT");
    if (text.isEmpty())
        return control;
    bool ok = false;
    const int seconds = text.toInt(&ok);
    if (ok && seconds >= 1 && seconds <= 3600)
        control.silenceLimitSeconds = seconds;
    else
        qCWarning(lcPrint).noquote() << "NODUES_PRINT_TIMEOUT" << text << "is not 1 to 3600 seconds; using"
                                     << control.silenceLimitSeconds;
    return control;
}

#ifdef NODUES_HAVE_CUPS

namespace {

// How often libcups calls back while it waits for the scheduler, in seconds.
constexpr double kTickSeconds = 0.5;
// The part of the file sent with each write.
constexpr qint64 kChunkBytes = 64 * 1024;

// The reason a call stopped early.
enum class Stop { None, Cancelled, Silent };

// Watches one connection: libcups calls stillWaiting() each kTickSeconds that it waits without
// a byte read or written. Callbacks closer together than two ticks belong to one unbroken wait;
// a longer gap means the scheduler responded in between, and the silence starts again.
// NOTE: the silence is measured from these callbacks, so it may be up to a tick longer.
struct Watch
{
    const CallControl *control = nullptr;
    QElapsedTimer sinceLastTick;
    qint64 silentMs = 0;
    Stop stop = Stop::None;

    static int stillWaiting(http_t *, void *data)
    {
        auto *watch = static_cast<Watch *>(data);
        return watch->tick() ? 1 : 0;
    }

    bool tick()
    {
        const qint64 tickMs = qint64(kTickSeconds * 1000);
        const qint64 gapMs = sinceLastTick.isValid() ? sinceLastTick.restart() : tickMs;
        if (!sinceLastTick.isValid())
            sinceLastTick.start();
        silentMs = gapMs < 2 * tickMs ? silentMs + gapMs : tickMs;
        if (cancelled())
            stop = Stop::Cancelled;
        else if (silentMs >= qint64(control->silenceLimitSeconds) * 1000)
            stop = Stop::Silent;
        return stop == Stop::None;
    }

    bool cancelled() const { return control->cancelled->load(); }
};

// One connection to the scheduler that CUPS_SERVER or client.conf names.
class Connection
{
public:
    Connection(const CallControl &control)
    {
        m_watch.control = &control;
        m_http = httpConnect2(cupsServer(), ippPort(), nullptr, AF_UNSPEC, cupsEncryption(), 1,
                              control.silenceLimitSeconds * 1000, nullptr);
        if (m_http)
            httpSetTimeout(m_http, kTickSeconds, &Watch::stillWaiting, &m_watch);
    }
    ~Connection()
    {
        if (m_http)
            httpClose(m_http);
    }
    Q_DISABLE_COPY_MOVE(Connection)

    http_t *http() const { return m_http; }
    Stop stop() const { return m_watch.stop; }
    // Checks for a cancel between steps, where libcups is not waiting.
    bool cancelledNow()
    {
        if (m_watch.stop == Stop::None && m_watch.cancelled())
            m_watch.stop = Stop::Cancelled;
        return m_watch.stop == Stop::Cancelled;
    }

    // The reason for a failed step: the stop, or CUPS's last error.
    QString reason() const
    {
        switch (m_watch.stop) {
        case Stop::Cancelled:
            return u"the call was cancelled"_s;
        case Stop::Silent:
            return u"the scheduler did not answer for %1 s"_s.arg(m_watch.control->silenceLimitSeconds);
        case Stop::None:
            break;
        }
        return QString::fromUtf8(cupsLastErrorString());
    }

private:
    Watch m_watch;
    http_t *m_http = nullptr;
};

QString noConnection()
{
    return u"could not connect to the scheduler at %1: %2"_s.arg(QString::fromUtf8(cupsServer()),
                                                                 QString::fromUtf8(cupsLastErrorString()));
}

// Cancels job on a new connection that is not cancelled itself. Returns whether the scheduler
// confirmed it.
bool cancelJob(const QString &queue, int job, int silenceLimitSeconds, QString *error)
{
    CallControl control;
    control.silenceLimitSeconds = silenceLimitSeconds;
    Connection connection(control);
    if (!connection.http()) {
        *error = noConnection();
        return false;
    }
    if (cupsCancelJob2(connection.http(), queue.toLocal8Bit().constData(), job, 0) != IPP_STATUS_OK) {
        *error = connection.reason();
        return false;
    }
    return true;
}

// The result for a job that was created and then stopped or failed after step: cancelled when
// the scheduler confirms it, else uncertain.
Submitted withdraw(const QString &queue, int job, const Connection &connection, const QString &step,
                   const CallControl &control)
{
    Submitted result;
    result.jobId = job;
    result.cancelled = connection.stop() == Stop::Cancelled;
    result.timedOut = connection.stop() == Stop::Silent;
    const QString reason = u"CUPS job %1 on %2 stopped while %3: %4"_s.arg(job).arg(queue, step, connection.reason());
    QString cancelError;
    if (cancelJob(queue, job, control.silenceLimitSeconds, &cancelError)) {
        result.status = Submitted::Status::NotPrinted;
        result.error = reason + u"; the job was cancelled"_s;
    } else {
        result.status = Submitted::Status::Uncertain;
        result.error = reason + u"; cancelling it failed too: "_s + cancelError;
    }
    return result;
}

// The printer-uri of queue on the connected scheduler, and the resource requests go to. The
// scheduler takes "localhost" as itself, as libcups's own helpers do.
QByteArray printerUri(const QString &queue)
{
    char uri[HTTP_MAX_URI];
    httpAssembleURIf(HTTP_URI_CODING_ALL, uri, sizeof(uri), "ipp", nullptr, "localhost", ippPort(), "/printers/%s",
                     queue.toUtf8().constData());
    return QByteArray(uri);
}

QByteArray printerResource(const QString &queue)
{
    return "/printers/" + queue.toUtf8();
}

// A request to queue from this user. libcups's high-level helpers (cupsGetNamedDest(),
// cupsCreateJob()) are not used, because after a failure on the given connection they go on
// with requests on the default connection, which waits without limit.
ipp_t *newRequest(ipp_op_t operation, const QString &queue)
{
    ipp_t *request = ippNewRequest(operation);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, printerUri(queue).constData());
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nullptr, cupsUser());
    return request;
}

// Whether media-supported lists A4 under its PWG name or its plain one.
bool listsA4(ipp_attribute_t *media)
{
    for (int index = 0; index < ippGetCount(media); ++index) {
        const QByteArray value = QByteArray(ippGetString(media, index, nullptr)).toLower();
        if (value.startsWith("iso_a4_") || value == "a4")
            return true;
    }
    return false;
}

} // namespace

bool available()
{
    return true;
}

QueueCheck checkQueue(const QString &queue, const CallControl &control)
{
    Connection connection(control);
    if (!connection.http())
        return {QueueCheck::Status::Unreachable, noConnection()};
    ipp_t *request = newRequest(IPP_OP_GET_PRINTER_ATTRIBUTES, queue);
    static const char *const kAttributes[] = {"media-supported", "printer-state"};
    ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", 2, nullptr, kAttributes);
    ipp_t *response = cupsDoRequest(connection.http(), request, "/");
    const ipp_status_t status = cupsLastError();
    if (!response || status > IPP_STATUS_OK_EVENTS_COMPLETE) {
        ippDelete(response);
        if (connection.stop() == Stop::None && status == IPP_STATUS_ERROR_NOT_FOUND)
            return {QueueCheck::Status::NotFound, {}};
        return {QueueCheck::Status::Unreachable, connection.reason()};
    }

    // A queue that does not list its media is given the job anyway, because the job itself
    // requests A4.
    ipp_attribute_t *media = ippFindAttribute(response, "media-supported", IPP_TAG_ZERO);
    const QueueCheck check{media && !listsA4(media) ? QueueCheck::Status::NoA4 : QueueCheck::Status::Ready, {}};
    ippDelete(response);
    return check;
}

QueueList listQueues(const CallControl &control)
{
    Connection connection(control);
    if (!connection.http())
        return {false, {}, noConnection()};
    QueueList list{true, {}, {}};
    for (const ipp_op_t operation : {IPP_OP_CUPS_GET_PRINTERS, IPP_OP_CUPS_GET_CLASSES}) {
        ipp_t *request = ippNewRequest(operation);
        ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", nullptr, "printer-name");
        ipp_t *response = cupsDoRequest(connection.http(), request, "/");
        const ipp_status_t status = cupsLastError();
        // A scheduler without classes responds to CUPS-Get-Classes with not-found.
        if (!response && (connection.stop() != Stop::None || status != IPP_STATUS_ERROR_NOT_FOUND))
            return {false, {}, connection.reason(), connection.stop() == Stop::Silent};
        for (ipp_attribute_t *attribute = ippFindAttribute(response, "printer-name", IPP_TAG_NAME); attribute;
             attribute = ippFindNextAttribute(response, "printer-name", IPP_TAG_NAME))
            list.names.append(QString::fromUtf8(ippGetString(attribute, 0, nullptr)));
        ippDelete(response);
    }
    return list;
}

Submitted submit(const QString &queue, const QString &path, const QString &title, const CallControl &control)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {Submitted::Status::NotPrinted, 0,
                u"the job file %1 cannot be read: %2"_s.arg(path, file.errorString())};

    Connection connection(control);
    if (!connection.http())
        return {Submitted::Status::NotPrinted, 0, noConnection()};
    const QByteArray queueName = queue.toLocal8Bit();
    const QByteArray titleText = title.toUtf8();
    int job = 0;
    if (!connection.cancelledNow()) {
        ipp_t *request = newRequest(IPP_OP_CREATE_JOB, queue);
        ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "job-name", nullptr, titleText.constData());
        cups_option_t *options = nullptr;
        int optionCount = 0;
        optionCount = cupsAddOption("media", "A4", optionCount, &options);
        optionCount = cupsAddOption("sides", "one-sided", optionCount, &options);
        optionCount = cupsAddOption("copies", "1", optionCount, &options);
        cupsEncodeOptions2(request, optionCount, options, IPP_TAG_JOB);
        cupsFreeOptions(optionCount, options);
        ipp_t *response = cupsDoRequest(connection.http(), request, printerResource(queue).constData());
        if (ipp_attribute_t *id = response && cupsLastError() <= IPP_STATUS_OK_EVENTS_COMPLETE
                                      ? ippFindAttribute(response, "job-id", IPP_TAG_INTEGER)
                                      : nullptr)
            job = ippGetInteger(id, 0);
        ippDelete(response);
    }
    if (job <= 0) {
        // A job created without the response has no document, so it cannot print.
        Submitted result{Submitted::Status::NotPrinted, 0,
                         u"CUPS created no job for %1: %2"_s.arg(queue, connection.reason())};
        result.cancelled = connection.stop() == Stop::Cancelled;
        result.timedOut = connection.stop() == Stop::Silent;
        return result;
    }

    const http_status_t started =
        cupsStartDocument(connection.http(), queueName.constData(), job, titleText.constData(), CUPS_FORMAT_PDF, 1);
    if (started != HTTP_STATUS_CONTINUE)
        return withdraw(queue, job, connection, u"its document started"_s, control);
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(kChunkBytes);
        if (chunk.isEmpty() && file.error() != QFile::NoError)
            return withdraw(queue, job, connection, u"reading %1"_s.arg(path), control);
        if (connection.cancelledNow() ||
            cupsWriteRequestData(connection.http(), chunk.constData(), size_t(chunk.size())) != HTTP_STATUS_CONTINUE)
            return withdraw(queue, job, connection, u"its document was sent"_s, control);
    }
    const ipp_status_t finished = cupsFinishDocument(connection.http(), queueName.constData());
    if (finished > IPP_STATUS_OK_EVENTS_COMPLETE)
        return withdraw(queue, job, connection, u"its document was closed"_s, control);
    return {Submitted::Status::Accepted, job, {}};
}

#else

bool available()
{
    return false;
}

QueueCheck checkQueue(const QString &queue, const CallControl &)
{
    return {QueueCheck::Status::Unreachable, u"This build cannot ask CUPS about queue %1"_s.arg(queue)};
}

QueueList listQueues(const CallControl &)
{
    return {false, {}, u"This build cannot ask CUPS for its queues"_s};
}

Submitted submit(const QString &queue, const QString &, const QString &, const CallControl &)
{
    return {Submitted::Status::NotPrinted, 0, u"This build cannot submit to CUPS queue %1 directly"_s.arg(queue)};
}

#endif

} // namespace nodues::workstation::CupsSubmission
