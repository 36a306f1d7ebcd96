#pragma once

#include "app/MainWindowFactory.h"

#include <QObject>
#include <QPointer>

namespace nodues::workstation {

class SignInDialog;

// The program's course from start to quit. It resumes a remembered session or shows the sign-in
// dialog, then opens the main window, and shows the sign-in dialog again after a sign-out. It
// emits finished() when the officer closes the sign-in dialog or the main window.
class WorkstationFlow : public QObject
{
    Q_OBJECT

public:
    explicit WorkstationFlow(WorkstationServices services, QObject *parent = nullptr);
    ~WorkstationFlow() override;

    // A server address to put in the sign-in form instead of the saved one. When it differs
    // from the saved address, no remembered session is resumed.
    void setServerOverride(const QString &url) { m_serverOverride = url; }

    void start();

signals:
    // Emitted when the program should end.
    void finished();

private:
    void showSignIn();
    void showMainWindow(const OfficerSession &session);
    void signOut(const OfficerSession &session);

    WorkstationServices m_services;
    QString m_serverOverride;
    QPointer<SignInDialog> m_signInDialog;
    QPointer<QWidget> m_mainWindow;
    bool m_signingOut = false;
};

} // namespace nodues::workstation
