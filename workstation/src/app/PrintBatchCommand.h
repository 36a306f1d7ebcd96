#pragma once

namespace nodues::workstation {

// nodues-workstation --print-batch: prints signed certificates from the local cache with no
// window and no network, for offices that print at night.
//
//   nodues-workstation --print-batch (--all-unprinted | --numbers N1,N2,...)
//                      (--printer NAME | --pdf-dir DIR)
//                      [--server URL --officer USERNAME | --cache PATH [--officer USERNAME]]
//
// --all-unprinted prints every certificate of the office not yet printed; --numbers the listed
// certificates, reprints as copies. --printer sends one job to the printer queue NAME;
// --pdf-dir writes one PDF file of the printed pages per certificate into DIR, which must exist
// and be writable ("<number>-print.pdf", see PrintTarget::fileFor()). The cache (the "local
// copy" in the texts for people, as in the README) is the officer's on that server, as the
// window uses it, or the file at PATH; without either, the server and officer of the last
// sign-in. Prints are recorded in the cache's print journal, as from the window (see
// CertificatePrintRun), under the officer's username. A certificate whose signed PDF the server
// refused is left out and named (exit code 4).
//
// Output: standard output gets one line per certificate printed, with its file. Standard error
// gets problems, skipped certificates and prints left uncertain by a crash, each naming the
// value or certificate concerned. Messages follow the workstation's language (NODUES_LANG overrides it).
// --help lists the options and the exit codes below. With no display (no DISPLAY or
// WAYLAND_DISPLAY), Qt's offscreen platform is used.
enum PrintBatchExitCode : int {
    kPrintBatchOk = 0,          // every planned certificate printed, or nothing was left to print
    kPrintBatchUsage = 1,       // a missing, conflicting or malformed option
    kPrintBatchUnavailable = 2, // the cache, the printer or the folder cannot be used
    kPrintBatchFailed = 3,      // the job failed or was cancelled; the certificates are not printed
    kPrintBatchIncomplete = 4,  // printed what it could; some certificates were left out (listed)
};

// Whether --print-batch is among the arguments.
bool isPrintBatchCommand(int argc, char *argv[]);

// Runs the command (it makes its own QApplication) and returns the exit code.
int runPrintBatchCommand(int argc, char *argv[]);

} // namespace nodues::workstation
