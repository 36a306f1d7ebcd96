#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace nodues::workstation {

// Reads a password, OTP, PIN or passphrase for a command-line run. Secrets come from a file or
// from standard input, never from the arguments, which every user of the computer can read
// (ps, /proc/PID/cmdline).
//
// source "-" reads the next line of standard input: at a terminal after showing prompt on
// standard error with echo off, else without a prompt, so one pipe can carry several secrets,
// one per line. Any other source is a file, opened only when this is called: a named pipe that a
// script writes the OTP into once it has arrived works. The first line counts, without its line
// break; at most 1 KiB is read.
//
// Returns nothing, with *error naming the option and the file (translated), when the source
// cannot be read or the line is empty. The caller wipes the result after use.
std::optional<QByteArray> readSecret(const QString &source, const QString &optionName, const QString &prompt,
                                     QString *error);

} // namespace nodues::workstation
