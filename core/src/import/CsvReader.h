#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>
#include <QStringList>

#include <deque>
#include <memory>

struct csv_parser;

namespace nodues {

// One record of a CSV file.
struct CsvRecord
{
    qint64 line = 0; // the physical line (1-based, counted by LF) on which the record starts
    QStringList fields;
};

// A streaming RFC 4180 reader over libcsv, handing out one record at a time.
//
// Accepts UTF-8 with or without a byte order mark, LF or CRLF line ends, and quoted fields that
// contain commas, doubled quotes and line breaks. Spaces are part of a field (RFC 4180, section
// 2), and callers trim what they validate. Blank lines are skipped. The file is read in chunks of
// kChunkSize bytes and fed to libcsv one physical line at a time, so memory stays constant
// whatever the file's size: at most one chunk, one record and the record after it are held.
//
// Reports malformed CSV with its line number and stops: a quote inside an unquoted field, text
// after a closing quote, a quoted field still open at the end of the file, bytes that are not
// UTF-8, and a record longer than kMaxRecordBytes (usually a missing closing quote).
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
    Q_DISABLE_COPY_MOVE(CsvReader)

public:
    static constexpr qint64 kChunkSize = 64 * 1024;
    static constexpr qint64 kMaxRecordBytes = 1024 * 1024;

    CsvReader();
    ~CsvReader();

    bool open(const QString &path, QString *error);

    // Reads the next record into record. Returns false at the end of the file with error left
    // empty, and on malformed input or a read failure with error set. Every later call returns
    // false too.
    bool readRecord(CsvRecord *record, QString *error);

    // Bytes of the file consumed so far and its size, for progress reports.
    qint64 bytesRead() const { return m_bytesRead; }
    qint64 fileSize() const { return m_fileSize; }

private:
    static void handleField(void *data, size_t length, void *reader);
    static void handleRecordEnd(int terminator, void *reader);

    bool fillChunk(QString *error);
    bool parseNextSegment(QString *error);
    bool finish(QString *error);
    void fail(const QString &message);

    std::unique_ptr<csv_parser> m_parser;
    QFile m_file;
    QByteArray m_chunk;
    qsizetype m_chunkPos = 0;
    qint64 m_bytesRead = 0;
    qint64 m_fileSize = 0;
    bool m_atFileStart = true;
    bool m_endOfFile = false;
    bool m_done = false;
    QString m_error;

    // Line tracking. libcsv reports fields and record ends but no positions, so the reader feeds
    // it one physical line at a time and counts the LFs itself. Lines are counted by LF only: a
    // bare CR ends a record without starting a new line.
    qint64 m_line = 1;        // the line of the next byte fed to libcsv
    bool m_recordOpen = false; // content has been fed since the last record ended
    qint64 m_openLine = 1;    // the line on which that content started
    qint64 m_recordBytes = 0; // bytes fed since then
    qint64 m_recordLine = 0;  // the start line of the record whose fields are in m_fields

    QStringDecoder m_decoder;
    qint64 m_fieldLine = 0;
    QStringList m_fields;
    std::deque<CsvRecord> m_ready;
};

} // namespace nodues
