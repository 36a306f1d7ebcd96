#include "import/CsvWriter.h"

using namespace Qt::Literals::StringLiterals;

namespace nodues::CsvWriter {

namespace {

bool needsQuotes(const QString &field)
{
    if (field.isEmpty())
        return false;
    if (field.front() == u' ' || field.back() == u' ')
        return true;
    for (const QChar c : field) {
        if (c == u',' || c == u'"' || c == u'\r' || c == u'\n')
            return true;
    }
    return false;
}

} // namespace

QByteArray formatRecord(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += u',';
        const QString &field = fields.at(i);
        if (needsQuotes(field)) {
            QString escaped = field;
            escaped.replace(u"\""_s, u"\"\""_s);
            line += u'"' + escaped + u'"';
        } else {
            line += field;
        }
    }
    line += u"\r\n"_s;
    return line.toUtf8();
}

} // namespace nodues::CsvWriter
