#include "import/CsvReader.h"

#include <csv.h>

#include <algorithm>
#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace nodues {

namespace {

// RFC 4180 keeps spaces as part of a field. libcsv trims spaces and tabs around unquoted fields
// unless its space function reports no character as a space.
int noCharacterIsSpace(unsigned char)
{
    return 0;
}

bool hasContent(QByteArrayView segment)
{
    return std::any_of(segment.begin(), segment.end(), [](char c) { return c != '\r' && c != '\n'; });
}

} // namespace

CsvReader::CsvReader()
    : m_parser(std::make_unique<csv_parser>())
    , m_decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom)
{
    // Stateless: a sequence cut off at the end of a field counts as invalid instead of waiting
    // for bytes that never come. ConvertInitialBom: a field keeps a U+FEFF it starts with; only
    // the file's own byte order mark is removed, by fillChunk().
    csv_init(m_parser.get(), CSV_STRICT | CSV_STRICT_FINI);
    csv_set_space_func(m_parser.get(), noCharacterIsSpace);
}

CsvReader::~CsvReader()
{
    csv_free(m_parser.get());
}

bool CsvReader::open(const QString &path, QString *error)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        *error = tr("Could not open %1: %2. Check the path and the file's permissions.").arg(path, m_file.errorString());
        return false;
    }
    m_fileSize = m_file.size();
    return true;
}

bool CsvReader::readRecord(CsvRecord *record, QString *error)
{
    while (m_ready.empty()) {
        if (!m_error.isEmpty()) {
            *error = m_error;
            return false;
        }
        if (m_done) {
            error->clear();
            return false;
        }

        if (m_chunkPos < m_chunk.size())
            parseNextSegment(error);
        else if (m_endOfFile)
            finish(error);
        else
            fillChunk(error);
    }

    // Once an error is found, records queued before it are dropped too, because callers stop at
    // the first malformed byte.
    if (!m_error.isEmpty()) {
        *error = m_error;
        return false;
    }
    *record = std::move(m_ready.front());
    m_ready.pop_front();
    return true;
}

bool CsvReader::fillChunk(QString *error)
{
    m_chunk.resize(kChunkSize);
    const qint64 count = m_file.read(m_chunk.data(), kChunkSize);
    if (count < 0) {
        fail(tr("Could not read %1: %2.").arg(m_file.fileName(), m_file.errorString()));
        *error = m_error;
        return false;
    }
    m_chunk.resize(count);
    m_chunkPos = 0;
    m_bytesRead += count;
    if (count == 0)
        m_endOfFile = true;

    if (m_atFileStart && count > 0) {
        m_atFileStart = false;
        if (m_chunk.startsWith("\xEF\xBB\xBF"))
            m_chunkPos = 3;
    }
    return true;
}

bool CsvReader::parseNextSegment(QString *error)
{
    // Feed libcsv one physical line (or the part of it in this chunk), so every callback it
    // makes belongs to the line m_line.
    const char *begin = m_chunk.constData() + m_chunkPos;
    const qsizetype available = m_chunk.size() - m_chunkPos;
    const void *newline = std::memchr(begin, '\n', size_t(available));
    const qsizetype length = newline ? static_cast<const char *>(newline) - begin + 1 : available;
    const QByteArrayView segment(begin, length);

    if (!m_recordOpen && hasContent(segment)) {
        m_recordOpen = true;
        m_openLine = m_line;
        m_recordBytes = 0;
    }

    const size_t parsed = csv_parse(m_parser.get(), begin, size_t(length), handleField, handleRecordEnd, this);
    m_chunkPos += length;
    if (parsed != size_t(length)) {
        const int status = csv_error(m_parser.get());
        if (status == CSV_EPARSE)
            fail(tr("Line %1 is not valid CSV: a quote appears inside an unquoted field, or text follows a "
                    "closing quote. Enclose the whole field in quotes and double each quote inside it.")
                     .arg(m_line));
        else
            fail(tr("Could not parse line %1: %2.").arg(m_line).arg(QString::fromUtf8(csv_strerror(status))));
    }

    if (m_recordOpen) {
        m_recordBytes += length;
        if (m_recordBytes > kMaxRecordBytes)
            fail(tr("The record starting on line %1 is longer than %2 bytes. Check that its quoted fields "
                    "have their closing quotes.")
                     .arg(m_openLine)
                     .arg(kMaxRecordBytes));
    }
    if (newline)
        ++m_line;

    if (!m_error.isEmpty()) {
        *error = m_error;
        return false;
    }
    return true;
}

bool CsvReader::finish(QString *error)
{
    m_done = true;
    if (csv_fini(m_parser.get(), handleField, handleRecordEnd, this) != 0) {
        fail(tr("The quoted field in the record starting on line %1 has no closing quote before the end of the "
                "file. Add the missing quote.")
                 .arg(m_openLine));
    }
    if (!m_error.isEmpty()) {
        *error = m_error;
        return false;
    }
    return true;
}

void CsvReader::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    m_done = true;
}

void CsvReader::handleField(void *data, size_t length, void *reader)
{
    auto *self = static_cast<CsvReader *>(reader);
    if (self->m_fields.isEmpty()) {
        self->m_recordLine = self->m_recordOpen ? self->m_openLine : self->m_line;
        self->m_fieldLine = self->m_recordLine;
    }

    const QByteArrayView bytes(static_cast<const char *>(data), data ? qsizetype(length) : 0);
    self->m_decoder.resetState();
    QString text = self->m_decoder.decode(bytes);
    if (self->m_decoder.hasError())
        self->fail(tr("Line %1, field %2 is not valid UTF-8. Save the file as UTF-8 and import it again.")
                       .arg(self->m_fieldLine)
                       .arg(self->m_fields.size() + 1));

    // A quoted field may span lines; the next field starts on the line this one ends on.
    self->m_fieldLine += std::count(bytes.begin(), bytes.end(), '\n');
    self->m_fields.append(std::move(text));
}

void CsvReader::handleRecordEnd(int, void *reader)
{
    auto *self = static_cast<CsvReader *>(reader);
    self->m_ready.push_back(CsvRecord{self->m_recordLine, std::move(self->m_fields)});
    self->m_fields = QStringList();
    self->m_recordOpen = false;
}

} // namespace nodues
