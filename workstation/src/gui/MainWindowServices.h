#pragma once

namespace nodues {
class Clock;
}

namespace nodues::workstation {

class CredentialStore;
class LanguageSwitcher;
class OfficerApiClient;
class Prompter;
class SyncController;
class WorkstationSettings;

// The services of the main window. The application owns all of them and outlives the window.
// sync must be configured (its cache open) before the window is made: the window reads the cache
// at once, before any network call.
struct MainWindowServices
{
    SyncController &sync;
    // The GUI thread's client, signed in, for the division officer's decisions and the list of
    // rejection reasons. The clerk's actions go through the sync engine's queue instead.
    OfficerApiClient &api;
    Prompter &prompter;
    const Clock &clock;
    // Optional: without them the menu's Settings entry emits MainWindow::settingsRequested()
    // and the language entries are hidden.
    WorkstationSettings *settings = nullptr;
    LanguageSwitcher *languages = nullptr;
    // Optional: where a PKCS#12 passphrase is kept at the officer's request. Without it, none is kept.
    CredentialStore *credentials = nullptr;
};

} // namespace nodues::workstation
