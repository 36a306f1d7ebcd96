#pragma once

namespace nodues::workstation {

// Runs nodues-workstation: sets up the application (settings, bundled fonts, language), then
// signs the officer in and opens the main window. Returns the exit code for main().
//
// Command line: --server URL fills the sign-in form with another server address than the saved
// one. --help and --version print and exit without opening a display. Without a display (on
// Linux: no DISPLAY, WAYLAND_DISPLAY, QT_QPA_PLATFORM or -platform), it prints why on standard
// error and returns 1. The environment variable NODUES_LANG ("hi" or "en") overrides the saved
// language for this run.
int runWorkstation(int argc, char *argv[]);

} // namespace nodues::workstation
