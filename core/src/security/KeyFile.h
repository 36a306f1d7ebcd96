#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace nodues {

// A secret key of fixed size kept in its own file as lower-case hex and a newline, readable by
// the server's user only (mode 0600).
//
// Keys live in files, not in the database, so a database dump alone is not enough to check OTP
// guesses offline. A key file whose mode lets the group or other users read or write it is
// rejected with the chmod command that fixes it. Symbolic links are rejected too, so the file
// checked is the file read.
class KeyFile final
{
    Q_DECLARE_TR_FUNCTIONS(KeyFile)

public:
    // Reads the key at path. Returns nothing and sets error when the file is missing, is not a
    // regular file, is open to other users, or does not hold exactly keySize bytes of hex.
    // notFound (optional) is set to whether the failure was only that the file does not exist.
    static std::optional<QByteArray> load(const QString &path, qsizetype keySize, QString *error,
                                          bool *notFound = nullptr);

    // Reads the key at path, or creates it with keySize fresh random bytes when it does not exist.
    // Creation writes a temporary file with mode 0600, syncs it and hard-links it into place. The
    // link fails rather than overwrites when another process created the key first, and then that
    // process's key is read and used. created (optional) says whether this call made the file.
    static std::optional<QByteArray> loadOrCreate(const QString &path, qsizetype keySize, QString *error,
                                                  bool *created = nullptr);
};

} // namespace nodues
