#include "Timestamp.h"

#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace nodues::Timestamp {

namespace {

const QTimeZone &istZone()
{
    // India has had a fixed UTC+05:30 offset with no daylight saving since 1945; a fixed offset
    // keeps this correct even on a machine without tzdata.
    static const QTimeZone zone(5 * 3600 + 30 * 60);
    return zone;
}

} // namespace

QString toStorage(const QDateTime &instant)
{
    return instant.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzz'Z'"_s);
}

QDateTime fromStorage(const QString &text)
{
    QDateTime parsed = QDateTime::fromString(text, u"yyyy-MM-ddTHH:mm:ss.zzz'Z'"_s);
    if (!parsed.isValid())
        return {};
    parsed.setTimeSpec(Qt::UTC);
    return parsed;
}

QDateTime toIst(const QDateTime &instant)
{
    return instant.toTimeZone(istZone());
}

QString istDate(const QDateTime &instant)
{
    return toIst(instant).toString(u"dd-MM-yyyy"_s);
}

QString istDateTime(const QDateTime &instant)
{
    return toIst(instant).toString(u"dd-MM-yyyy HH:mm"_s);
}

QString fiscalYear(const QDateTime &instant)
{
    const QDate date = toIst(instant).date();
    const int startYear = date.month() >= 4 ? date.year() : date.year() - 1;
    return u"%1-%2"_s.arg(startYear).arg((startYear + 1) % 100, 2, 10, QLatin1Char('0'));
}

} // namespace nodues::Timestamp
