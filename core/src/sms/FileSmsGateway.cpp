#include "sms/FileSmsGateway.h"

#include "Clock.h"
#include "Timestamp.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace nodues {

namespace {

QString systemError(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

} // namespace

FileSmsGateway::FileSmsGateway(QString path, const Clock &clock)
    : m_path(std::move(path))
    , m_clock(clock)
{
}

SmsSendResult FileSmsGateway::send(const SmsOutgoing &message)
{
    SmsSendResult result;
    const QJsonObject line{
        {u"id"_s, message.id},
        {u"mobile"_s, message.mobile},
        {u"kind"_s, message.kind},
        {u"language"_s, message.language},
        {u"template_id"_s, message.templateId},
        {u"sender"_s, message.senderId},
        {u"body"_s, message.body},
        {u"parts"_s, message.partCount},
        {u"encoding"_s, smsEncodingName(message.encoding)},
        {u"sent_at"_s, Timestamp::toStorage(m_clock.nowUtc())},
    };
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';

    const int fd = ::open(QFile::encodeName(m_path).constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        result.error = u"could not open the spool file %1: %2"_s.arg(m_path, systemError(errno));
        return result;
    }
    if (::flock(fd, LOCK_EX) != 0) {
        result.error = u"could not lock the spool file %1: %2"_s.arg(m_path, systemError(errno));
        ::close(fd);
        return result;
    }

    const off_t offset = ::lseek(fd, 0, SEEK_END);
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t count = ::write(fd, bytes.constData() + written, size_t(bytes.size() - written));
        if (count < 0 && errno == EINTR)
            continue;
        if (count <= 0) {
            result.error = u"could not write to the spool file %1: %2"_s.arg(m_path, systemError(errno));
            // Cut a partial line off so the file stays one JSON object per line.
            if (written > 0 && offset >= 0 && ::ftruncate(fd, offset) != 0)
                result.error += u" (and could not remove the partial line)"_s;
            ::close(fd);
            return result;
        }
        written += count;
    }
    ::close(fd); // also releases the lock

    result.accepted = true;
    result.reference = u"%1@%2"_s.arg(m_path).arg(qint64(offset));
    return result;
}

} // namespace nodues
