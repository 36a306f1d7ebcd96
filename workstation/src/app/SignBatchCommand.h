#pragma once

namespace nodues::workstation {

// nodues-workstation --sign-batch: the division officer's signing without a window, for offices
// that sign at night and for the headless demo. It signs the officer in, syncs the cache, signs
// every approved certificate of theirs that waits for a signature with their Digital Signature
// Certificate, uploads the signed PDFs and signs out. `--print-batch` then prints them.
//
//   nodues-workstation --sign-batch --password-file FILE [--otp-file FILE]
//                      [--server URL] [--officer USERNAME] [--cache PATH]
//                      [--pkcs12 FILE --passphrase-file FILE
//                       | [--pkcs11-module PATH] --pkcs11-token LABEL|URI --pin-file FILE]
//
// The server and officer default to those of the last sign-in, the key to the one in the
// settings, and the cache to the officer's on that server, as the window uses it. Secrets come
// from files or standard input ("-"), never from the arguments (see readSecret()). The password
// is read first. The passphrase or PIN follows and unlocks the key before the sign-in, so a wrong
// one costs no OTP. The OTP comes last, read only once the server has sent it; --otp-file
// defaults to standard input. A terminal gets a prompt for each secret read from standard input.
//
// Output: standard output gets the officer signed in and one line per certificate signed and
// uploaded. Standard error gets problems, each naming the value or certificate concerned, and
// the log. Messages follow the workstation's language (NODUES_LANG overrides it).
enum SignBatchExitCode : int {
    kSignBatchOk = 0,          // every certificate signed and uploaded, or none waited for a signature
    kSignBatchUsage = 1,       // a missing, conflicting or malformed option
    kSignBatchUnavailable = 2, // the server, the cache, a secret's file or the signing key cannot be used
    kSignBatchRejected = 3,    // a secret was rejected, the officer may not sign, or the DSC is not the registered one
    kSignBatchIncomplete = 4,  // some certificates were not signed or not uploaded; each is named
};

// Whether --sign-batch is among the arguments.
bool isSignBatchCommand(int argc, char *argv[]);

// Runs the command (it makes its own QCoreApplication) and returns the exit code.
int runSignBatchCommand(int argc, char *argv[]);

} // namespace nodues::workstation
