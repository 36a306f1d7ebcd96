#pragma once

#include <QByteArray>
#include <QStringList>

namespace nodues::CsvWriter {

// Encodes one record as an RFC 4180 line in UTF-8 ending in CRLF. A field is enclosed in quotes,
// with each quote doubled, when it contains a comma, a quote, a CR or an LF, or starts or ends
// with a space; other fields are written as they are.
QByteArray formatRecord(const QStringList &fields);

} // namespace nodues::CsvWriter
