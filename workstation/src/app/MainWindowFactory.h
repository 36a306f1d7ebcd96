#pragma once

#include "app/OfficerSession.h"

#include <QWidget>

#include <functional>
#include <memory>

namespace nodues {
class Clock;
}

namespace nodues::workstation {

class CredentialStore;
class LanguageSwitcher;
class OfficerApiClient;
class Prompter;
class WorkstationSettings;

// The objects that live as long as the program and that windows share.
struct WorkstationServices
{
    OfficerApiClient &api;
    CredentialStore &credentials;
    WorkstationSettings &settings;
    LanguageSwitcher &languages;
    Prompter &prompter;
    const Clock &clock;
};

// The inputs of the main window.
struct MainWindowContext
{
    WorkstationServices services;
    // The signed-in officer; services.api already carries the server address and the token.
    OfficerSession session;
    // Ends the session on the server and in the keychain, then shows the sign-in dialog. The main
    // window confirms with the officer before it calls this, and is deleted afterwards.
    std::function<void()> signOut;
};

// Creates the main window for a signed-in officer, with its sync controller and local cache
// (one per server and officer). The caller shows it and takes ownership; it quits the program
// when the window is closed. Returns nullptr, after telling the officer why through the
// Prompter, when the cache cannot be opened, or when the server is unreachable and no profile
// of the officer was kept from an earlier sign-in.
std::unique_ptr<QWidget> createMainWindow(const MainWindowContext &context);

} // namespace nodues::workstation
