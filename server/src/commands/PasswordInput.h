#pragma once

#include <QByteArray>
#include <QString>

namespace nodues::server {

// Reads a new password for a command: from the first line of passwordFile ("-" for standard
// input) when given, else from the terminal with echo off, asked twice. Returns an empty array
// and sets error when neither source works or the two entries differ. The caller should wipe the
// result after use.
QByteArray readNewPassword(const QString &passwordFile, const QString &prompt, QString *error);

} // namespace nodues::server
